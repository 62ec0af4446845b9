// Issue 7, stop 42 (h-actor42): a relative clause on the subject written without commas (claims/bareRelative.ts).
// The name before "which" ("that", "who") is the subject of the relative clause's verbs and of the main verb after
// it, as it is with commas; a name inside the relative clause is not the main verb's subject. Sentences of our own:
// other verbs, other entities, "that" and "which", a passive and an object relative; near misses nm-i008..i011.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a relative clause on the subject without commas', () => {
  test('a copula in the clause: the name before "that" acts', () => {
    assert.deepEqual(claimsOf('STAT3 that is a transcription factor promotes angiogenesis.', kb), ['STAT3 promotes ANGIOGENESIS']);
  });
  test('a name inside the clause is no subject of the main verb', () => {
    assert.deepEqual(claimsOf('STAT3 which is known for its role in inflammation promotes angiogenesis.', kb), ['STAT3 promotes ANGIOGENESIS']);
  });
  test('a passive verb in the clause reads its own pair, the main verb the name before "which"', () => {
    assert.deepEqual(claimsOf('STAT3 which is activated by IL-6 promotes cell proliferation.', kb), ['IL6 activates STAT3', 'STAT3 promotes CELL_PROLIFERATION']);
  });
  test('an object relative: the name before "that", not the relative clause\'s subject, acts', () => {
    assert.deepEqual(claimsOf('MMP-9 that IL-6 induces is required for the invasion of tumour cells.', kb), ['MMP9 promotes CELL_INVASION [ctx CANCER]']);
  });
  test('a bracketed short form before "which", and a frame as the main predicate', () => {
    assert.deepEqual(
      claimsOf('Signal transducers and activators of transcription (STATs) which are mainly known as transcription factors are involved in controlling processes such as cell proliferation and angiogenesis.', kb),
      ['STAT_FAMILY regulates ANGIOGENESIS', 'STAT_FAMILY regulates CELL_PROLIFERATION'],
    );
  });
  test('a condition as the name: hypoxia which is common in tumours', () => {
    assert.equal(verdictOf('Hypoxia which is common in solid tumours promotes the invasion of breast cancer cells.', kb), 'supported');
  });
  test('after a copula the name is inside the predicate: no subject of the relative verb', () => {
    assert.deepEqual(claimsOf('Hyper-IL-6 is a designer version of IL-6 that activates STAT3 in HCC cells.', kb), []);
  });
  test('the direction turned round is a contradiction', () => {
    assert.equal(verdictOf('IL-11 which is secreted by tumour cells lowers the invasion of breast cancer cells.', kb), 'contradicted');
  });
});
