// "Knocked out X", "knocking out X", "knocked-down X" before the name are a loss of X (vocabulary.ts lossWording, stop 52,
// h-misread52): the table had "knocked out" only after the name or in the passive, and "knocked down" only spaced, so
// "Knocked out IL-6 weakened Y" was read as IL-6's own effect, lowering Y. A loss inverts: IL-6 raises Y.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { lossPatterns } from '../../src/core/claims/vocabulary';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a participle or gerund of knocking out before the name is its loss', () => {
  test('the loss inverts the change', () => {
    for (const [text, claim] of [
      ['Knocked out IL-6 weakened the metastasis of liver cancer cells.', 'IL6 increases METASTASIS [ctx LIVER_CANCER]'],
      ['Knocking out IL-6 reduced STAT3 phosphorylation.', 'IL6 increases STAT3'],
      ['Knocked-down IL-11 reduced MMP-13 expression.', 'IL11 increases MMP13'],
      ['Knocked out IL-6 raised the sensitivity of HCC cells to sorafenib.', 'IL6 increases SORAFENIB_RESISTANCE [ctx HCC]'],
    ]) assert.deepEqual(claimsOf(text, kb), [claim], text);
  });

  test('the pattern readers see the same loss before the name', () => {
    for (const before of ['Knocked out ', 'knocking out ', 'knocked-down ', 'after knocking out the ']) assert.ok(lossPatterns.before.test(before), before);
  });

  test('controls: the forms read before are read as they were', () => {
    for (const [text, claim] of [
      ['Knockout of IL-6 weakened the metastasis of liver cancer cells.', 'IL6 increases METASTASIS [ctx LIVER_CANCER]'],
      ['IL-6 knocked out weakened the metastasis of liver cancer cells.', 'IL6 increases METASTASIS [ctx LIVER_CANCER]'],
      ['Knocked down STAT3 reduced invasion of HCC cells.', 'STAT3 increases CELL_INVASION [ctx HCC]'],
      ['Depleted IL-6 reduced STAT3 phosphorylation.', 'IL6 increases STAT3'],
      // No loss: the name's own effect.
      ['IL-6 weakened the metastasis of liver cancer cells.', 'IL6 decreases METASTASIS [ctx LIVER_CANCER]'],
    ]) assert.deepEqual(claimsOf(text, kb), [claim], text);
  });
});
