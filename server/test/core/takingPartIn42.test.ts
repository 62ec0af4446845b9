// Issue 7, stop 42 (h-actor42): a predicate of taking part whose object is an act named by a gerund, and a predicate
// noun with a participle in -ing after it. "X is involved in regulating Y", "X takes part in driving Y" and "X is a
// kinase limiting Y" read nothing, while "X is involved in the regulation of Y" and "X plays a part in driving Y"
// read (frames.ts involved-in-doing, takes-part-in-doing, noun-then-gerund). The gerund's verb names the relation.
// Sentences of our own: other verbs, other entities, another order; near misses in nearmiss.jsonl (nm-i0*).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('involvement in an act named by a gerund', () => {
  const cases: [string, string][] = [
    ['Hypoxia is implicated in promoting the invasion of tumour cells.', 'HYPOXIA promotes CELL_INVASION [ctx CANCER]'],
    ['STAT3 is mainly involved in limiting apoptosis.', 'STAT3 decreases APOPTOSIS'],
    ['Vimentin is known to be actively involved in controlling the migration of tumour cells.', 'VIM regulates CELL_MIGRATION [ctx CANCER]'],
    ['In breast cancer, IL-11 participated in driving metastasis.', 'IL11 promotes METASTASIS [ctx BREAST_CANCER]'],
    ['MMP-9 is a key player in promoting angiogenesis.', 'MMP9 promotes ANGIOGENESIS'],
  ];
  for (const [text, claim] of cases) test(text, () => assert.deepEqual(claimsOf(text, kb), [claim]));
  test('a denial before the participle denies the act', () => {
    assert.deepEqual(claimsOf('IL-11 is not involved in promoting metastasis.', kb), ['NOT IL11 increases METASTASIS']);
  });
  test('a lowering gerund against a finding that raises is a contradiction', () => {
    assert.equal(verdictOf('IL-11 is involved in limiting the invasion of tumour cells.', kb), 'contradicted');
  });
});

suite('a predicate noun with a participle in -ing after it', () => {
  test('"a N driving Y" reads as "a N that drives Y"', () => {
    assert.deepEqual(claimsOf('HIF-1α is a transcription factor driving angiogenesis.', kb), ['HIF1A promotes ANGIOGENESIS']);
  });
  test('another noun and another place', () => {
    assert.deepEqual(claimsOf('IL-6 is a pleiotropic cytokine promoting the invasion of tumour cells.', kb), ['IL6 promotes CELL_INVASION [ctx CANCER]']);
  });
  test('a participle the lexicon does not know reads nothing of it', () => {
    assert.deepEqual(claimsOf('MMP-9 is an enzyme degrading the extracellular matrix.', kb), []);
  });
  test('another cancer stays another context', () => {
    assert.equal(verdictOf('IL-11 is a cytokine promoting the invasion of gastric cancer cells.', kb), 'unsupported/other-context');
  });
});
