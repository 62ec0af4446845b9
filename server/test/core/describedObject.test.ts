// An agent noun in apposition on the earlier verb's object (claims/subjects.ts describedObject): "CAFs secrete IL-6, an
// inducer of IGF-1" also says what IL-6 does. Left without a subject before, the description went unread, so an object
// described against a finding came out supported by the main claim alone (issue 7, stop 39).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('an agent noun describing the object', () => {
  test('the description is a claim on the object, beside the main claim', () => {
    const sentence = onlySentence('Hypoxia raises IL-11, a potent inducer of MMP-13.', kb);
    assert.deepEqual(sentence.claims.map((c) => formatClaim(c.claim)).sort(), ['HYPOXIA increases IL11', 'IL11 induces MMP13']);
    assert.equal(sentence.verdict, 'supported');
  });

  test('a description against a finding contradicts the sentence', () => {
    const sentence = onlySentence('Cancer-associated fibroblasts secrete IL-6, an inhibitor of tumour growth.', kb);
    assert.ok(sentence.claims.some((c) => formatClaim(c.claim) === 'IL6 inhibits TUMOR_GROWTH'));
    assert.equal(sentence.verdict, 'contradicted');
  });

  test('no description without the article and comma, nor of a name before the earlier verb', () => {
    assert.ok(!onlySentence('Hypoxia raises IL-11 and inhibitors of invasion.', kb).claims.some((c) => formatClaim(c.claim).startsWith('IL11 inhibits')));
    assert.ok(!onlySentence('IL-11 raises MMP-13 in OSCC cells, an inducer of invasion.', kb).claims.some((c) => formatClaim(c.claim).startsWith('IL11 induces CELL_INVASION')));
  });
});
