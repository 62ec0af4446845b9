// "worsen" on a harm and on a good outcome (claims/worsenedOutcome.ts), and a drug's effect on the prognosis checked
// as its effect on overall survival (verify.ts): sentences of our own, each a different wording.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const verdictOf = (text: string): string => labelOf(text, kb);

suite('"worsen": more of a harm, less of a good outcome', () => {
  test('a harm worsened rises', () => {
    assert.deepEqual(claimsOf('Tumour hypoxia worsens inflammation.', kb), ['HYPOXIA increases INFLAMMATION']);
  });
  test('survival worsened falls, in either voice', () => {
    assert.deepEqual(claimsOf('Hypoxia worsened overall survival in the mice.', kb), ['HYPOXIA decreases OVERALL_SURVIVAL']);
    assert.equal(verdictOf('Overall survival of patients with HCC was worsened by sorafenib.'), 'contradicted');
  });
  test('preventing a worsening of the outcome improves it', () => {
    assert.equal(verdictOf('Sorafenib prevented a worsening of the clinical outcome in HCC patients.'), 'supported');
  });
});

suite('a drug\'s effect on the prognosis is its effect on the patients\' overall survival', () => {
  test('improved clinical outcomes are backed, worsened ones contradicted, by a finding on overall survival', () => {
    assert.equal(verdictOf('Sorafenib improved clinical outcomes for patients with HCC.'), 'supported');
    assert.equal(verdictOf('Sorafenib worsened clinical outcomes for patients with HCC.'), 'contradicted');
  });
  test('another cancer is another context', () => {
    assert.equal(verdictOf('Sorafenib worsened the prognosis of patients with breast cancer.'), 'unsupported/other-context');
  });
  test('only a drug: what anything else does to the prognosis may be said of the cells\' survival', () => {
    assert.equal(verdictOf('IL-6 improved the prognosis of patients with HCC.'), 'unsupported/no-evidence');
  });
});
