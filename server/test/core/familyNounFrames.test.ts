// A family the lexicon names with one word ("cytokine", an entity of its own) as a frame's class noun: "X is a key
// cytokine in Y" reads as "X is a key factor in Y" (claims/frames.ts familyNounsAsWords). Sentences of our own.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a one-word family name as the class noun of a frame', () => {
  test('"a central cytokine in Y" is a factor in Y: the member promotes Y', () => {
    assert.deepEqual(claimsOf('IL-6 is a central cytokine in gut inflammation.', kb), ['IL6 promotes INFLAMMATION']);
    assert.equal(verdictOf('IL-6 is a central cytokine in gut inflammation.', kb), 'supported');
  });
  test('the member decides: a sibling with no finding is not backed', () => {
    assert.equal(verdictOf('IL-11 is a key cytokine in gut inflammation.', kb), 'unsupported/no-evidence');
  });
  test('the family\'s own claims are read as before', () => {
    assert.deepEqual(claimsOf('Cytokines are key factors in inflammation.', kb), ['CYTOKINE promotes INFLAMMATION']);
    assert.deepEqual(claimsOf('IL-6 is a cytokine that promotes inflammation.', kb), ['IL6 promotes INFLAMMATION']);
  });
  test('without the adjective of weight there is no frame', () => {
    assert.deepEqual(claimsOf('IL-6 is a cytokine in the serum of these patients.', kb), []);
  });
});
