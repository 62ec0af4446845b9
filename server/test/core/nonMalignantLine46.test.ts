// A named cell line the sentence calls non-malignant ("untransformed", "non-transformed", "immortalised" up to three
// words before its name; vocabulary.ts nonMalignantWords, verify/scope.ts calledNonMalignant): a non-cancer setting the
// lexicon has no context for, read as naming no context (the corpus policy the lead kept at stop 46), not as a cancer
// line the lexicon lacks, which sets a context no finding names. Sentences written for this test.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a named line called non-malignant names no context', () => {
  test('against a finding on cancer, the opposite direction is a contradiction', () => {
    assert.equal(verdictOf('IL-11 suppressed the proliferation of non-transformed IEC-6 cells in culture.', kb), 'contradicted');
  });
  test('the same line not called non-malignant stays a context no finding names', () => {
    assert.equal(verdictOf('IL-11 raised the proliferation of IEC-6 cells.', kb), 'unsupported/other-context');
  });
  test('the sibling STAT1 in an untransformed line has no finding', () => {
    assert.equal(verdictOf('STAT1 raised proliferation in untransformed IEC-6 cells.', kb), 'unsupported/no-evidence');
  });
});
