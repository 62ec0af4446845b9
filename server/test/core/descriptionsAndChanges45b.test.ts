// Issue 7, stop 45 (h-prec45b): four shapes where the checker trusted the wrong reading. Sentences written for this test.
// - a bare noun before a reduced passive on the subject, "X, transcription factor activated by Y, drives Z"
//   (appositions.ts bareNounDescription): the verb is X's, never the participle's agent's;
// - a change "in parallel with" (concomitant with, coinciding with) the clause's own (vocabulary.ts): an association
//   turned by the subject's loss, not a second object of the verb before the comma;
// - a noun of change with no direction after a verb of cause, "X caused alterations in Y" (roles.ts
//   changeWithoutDirection): X regulates Y, no rise;
// - a reduced relative of association on the clause's subject, "cytokines associated with inflammation do not rise"
//   (anchored.ts associationDescribesSubject): a description of the subject is no finding.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bareNounDescription } from '../../src/core/claims/appositions';
import { bundledKb, claimsOf, claimsWithoutContextOf, anchoredClaimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

suite('a bare noun before a reduced passive on the subject', () => {
  test(bareNounDescription.example, () => assert.deepEqual(claimsOf(bareNounDescription.example, kb), [...bareNounDescription.reads].sort()));
  const cases: [string, string, string][] = [
    ['AKT1, kinase activated by PI3K, promotes migration of HCC cells.', 'AKT1 promotes CELL_MIGRATION', 'PI3K promotes'],
    ['STAT1 and STAT3, transcription factors activated by JAKs, drive invasion of breast cancer cells.', 'STAT3 promotes CELL_INVASION', 'JAK_FAMILY promotes'],
    ['MMP-9, protease induced by IL-6, degrades the matrix and raises invasion of HCC cells.', 'MMP9', 'IL6 increases CELL_INVASION'],
  ];
  for (const [text, reads, notReads] of cases) {
    test(text, () => {
      const claims = claimsWithoutContextOf(text, kb);
      assert.ok(claims.some((c) => c.includes(reads)), `${reads} not in ${JSON.stringify(claims)}`);
      assert.ok(!claims.some((c) => c.startsWith(notReads)), `${notReads} in ${JSON.stringify(claims)}`);
    });
  }
});

suite('the same described subject, told with a class noun or a past verb', () => {
  test('a class noun the lexicon names is the bare noun', () => {
    const claims = claimsWithoutContextOf('IL-6, cytokine released by CAFs, activates STAT3 in HCC cells.', kb);
    assert.ok(claims.includes('IL6 activates STAT3'), JSON.stringify(claims));
    assert.ok(!claims.includes('CAF activates STAT3'), JSON.stringify(claims));
  });
  test('a past form with its object is the subject\'s verb', () => {
    const claims = claimsWithoutContextOf('MMP-9, gelatinase regulated by STAT3, raised invasion of HCC cells.', kb);
    assert.ok(claims.includes('MMP9 increases CELL_INVASION'), JSON.stringify(claims));
    assert.ok(!claims.includes('STAT3 increases CELL_INVASION'), JSON.stringify(claims));
  });
  test('a past form before a preposition is still a participle', () => {
    assert.ok(claimsWithoutContextOf('IL-11, induced by hypoxia, induced in HCC, promotes invasion.', kb).includes('HYPOXIA induces IL11'));
  });
});

suite('a change in parallel with the clause\'s own', () => {
  const cases: [string, string][] = [
    ['IL-11 knockdown lowered MMP-9 under hypoxia, in parallel with the suppression of invasion.', 'IL11 associated-with(positive) CELL_INVASION'],
    ['STAT3 silencing reduced MMP-2 in HCC cells, concomitant with a decrease in migration.', 'STAT3 associated-with(positive) CELL_MIGRATION'],
    ['IL-6 raised STAT3 phosphorylation in HCC cells, coinciding with a fall in apoptosis.', 'IL6 associated-with(negative) APOPTOSIS'],
  ];
  for (const [text, reads] of cases) {
    test(text, () => {
      const claims = claimsWithoutContextOf(text, kb);
      assert.ok(claims.includes(reads), `${reads} not in ${JSON.stringify(claims)}`);
    });
  }
});

suite('a noun of change with no direction after a verb of cause', () => {
  const cases: [string, string][] = [
    ['NT157 caused alterations in IRS-1 in HCC cells.', 'NT157 regulates IRS1'],
    ['IL-6 produced marked alterations in STAT3 phosphorylation in HCC cells.', 'IL6 regulates STAT3'],
    ['Hypoxia induced differences in the invasion of MDA-MB-231 cells.', 'HYPOXIA regulates CELL_INVASION'],
  ];
  for (const [text, reads] of cases) {
    test(text, () => {
      const claims = claimsWithoutContextOf(text, kb);
      assert.ok(claims.includes(reads), `${reads} not in ${JSON.stringify(claims)}`);
      assert.ok(!claims.some((c) => /\b(?:increases|decreases|induces)\b/.test(c)), `a direction read in ${JSON.stringify(claims)}`);
    });
  }
  test('a change prevented is not read', () => assert.deepEqual(claimsWithoutContextOf('Sarilumab prevented alterations in STAT3 phosphorylation in HCC cells.', kb), []));
});

suite('a reduced relative of association describing the clause\'s subject', () => {
  for (const text of [
    'Inflammatory cytokines associated with chronic inflammation do not rise during fasting.',
    'Proinflammatory cytokines linked to inflammation stayed unchanged after the diet.',
    'Other proinflammatory cytokines related to inflammation (for example, TNF) did not increase with training.',
  ]) {
    test(text, () => assert.deepEqual(anchoredClaimsOf(text, kb).filter((c) => c.includes('INFLAMMATION')), []));
  }
  test('the whole reading reads no description either', () => assert.deepEqual(claimsOf('Inflammatory cytokines associated with chronic inflammation do not rise during fasting.', kb), []));
  test('the conclusion after it is the claim', () => {
    const claims = claimsWithoutContextOf('Cytokines linked to inflammation (such as TNF) did not rise with training, suggesting that the IL-6 released then fosters an anti-inflammatory state.', kb);
    assert.ok(!claims.some((c) => c.startsWith('CYTOKINE') || c.startsWith('INFLAMMATORY_CYTOKINE')), JSON.stringify(claims));
  });
  test('said with a copula it is the finding', () => assert.ok(anchoredClaimsOf('Proinflammatory cytokines are associated with chronic inflammation.', kb).some((c) => c.includes('INFLAMMATION'))));
});
