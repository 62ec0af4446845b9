// Issue 7 (h-loss34, stop 34): one table of how a loss of function is worded (vocabulary.ts lossWording), read by
// the token readers (lossOfFunctionBefore / After / Prefixes) and the pattern readers (lossPatterns), and one rule
// for a denial under a loss (noLongerAfterLoss.ts; abolishedByLoss.ts). Sentences and word forms of our own.
import * as assert from 'node:assert/strict';
import { lossOfFunctionAfter, lossOfFunctionBefore, lossOfFunctionPrefixes, lossPatterns, lossWording } from '../../src/core/claims/vocabulary';
import { readingTable } from './helpers';

suite('loss wording: one table', () => {
  test('every one-word row of the table reaches the token readers at its places', () => {
    for (const row of lossWording) {
      for (const word of row.words.filter((w) => !w.includes(' '))) {
        if (row.at.includes('before')) assert.ok(lossOfFunctionBefore.has(word), `before: ${word}`);
        if (row.at.includes('after')) assert.ok(lossOfFunctionAfter.has(word), `after: ${word}`);
        if (row.at.includes('prefix')) assert.ok(lossOfFunctionPrefixes.has(word), `prefix: ${word}`);
      }
    }
  });

  const after: readonly [string, boolean][] = [
    [' knockdown reduced', true],
    ['-depleted cells', true],
    [' gene silencing', true],
    [' antisense oligonucleotides', true],
    [' small interfering RNA', true],
    [' had been stably knocked down', true],
    [' was neutralised with an antibody', true],
    ['-ablated tumours', true],
    [' was suppressed with antisense oligonucleotides', true],
    [' inhibitor', true],
    // Not a loss: the name acts, or is only measured.
    [' raised invasion', false],
    [' was measured', false],
    [' levels', false],
  ];
  for (const [text, lost] of after) test(`after the name: "X${text}" ${lost ? 'is' : 'is not'} a loss`, () => assert.equal(lossPatterns.after.test(text), lost));

  const before: readonly [string, boolean][] = [
    ['after knockdown of the ', true],
    ['by interfering with ', true],
    ['in the absence of ', true],
    ['cells grown without ', true],
    ['after knocking down ', true],
    ['an underexpression of ', true],
    ['the induction of ', false],
    ['after treatment with ', false],
  ];
  for (const [text, lost] of before) test(`before the name: "${text}X" ${lost ? 'is' : 'is not'} a loss`, () => assert.equal(lossPatterns.before.test(text), lost));

  test('a passive of loss opens a clause: "when X was deleted, ..."', () => {
    assert.ok(lossPatterns.passive.test(' had been eliminated in the liver,'));
    assert.ok(!lossPatterns.passive.test(' was added to the medium,'));
  });
});

readingTable('loss wording', 'a denial under a loss is no denial of the agent\'s effect: the lost name acts as the agent did (abolishedByLoss.ts, noLongerAfterLoss.ts)', [
  ['IL-6 did not raise IGF-1 in hepatoma cells that had been transfected with STAT3 shRNA.', ['STAT3 promotes IGF1 [ctx HCC]'], 'supported'],
  ['Hypoxia failed to increase the invasion of OSCC cells that were transduced with IL-11 antisense.', ['IL11 promotes CELL_INVASION [ctx HYPOXIA,OSCC]'], 'unsupported/other-context'],
  // "No longer" also says the agent had the effect before the loss: it acts through the lost name.
  ['Once STAT3 had been knocked down, IL-11 no longer raised MMP-9 in MDA-MB-231 cells.', ['IL11 increases MMP9 [ctx MDA_MB_231] via STAT3', 'STAT3 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  ['When STAT3 was suppressed by shRNA, IL-11 no longer raised MMP-9 in MDA-MB-231 cells.', ['IL11 increases MMP9 [ctx MDA_MB_231] via STAT3', 'STAT3 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  // Control: a denial with no loss stays a denial.
  ['IL-11 did not enhance the migration of breast cancer cells.', ['NOT IL11 increases CELL_MIGRATION [ctx BREAST_CANCER]'], 'contradicted'],
]);
