// "in addition" before a second predicate (claims/subjects.ts skipBack, issue 7, h-dev44b): "X raised A and in addition
// increased B" reads B's verb with X as its subject, as "and also increased B" does. Sentences written for this test:
// three wordings, and near readings where "in addition" opens the sentence or stands before "to".
import * as assert from 'node:assert/strict';
import { bundledPlainReadings } from './helpers';

const { plain, reads } = bundledPlainReadings();

suite('"in addition" before a second predicate', () => {
  reads([
    ['Hypoxia raised Snail levels and in addition increased migration of MDA-MB-231 cells.', 'HYPOXIA increases CELL_MIGRATION'],
    ['IL-11 activated STAT3 and in addition raised MMP-9 in gastric cancer cells.', 'IL11 increases MMP9'],
    ['Sorafenib induced ATF3 and in addition elevated IL-6R in HCC cells.', 'SORAFENIB increases IL6R'],
  ]);
  test('"in addition" opening the sentence or before "to" changes nothing', () => {
    assert.ok(plain('In addition, IL-6 promoted sorafenib resistance in HCC.').includes('IL6 promotes SORAFENIB_RESISTANCE'));
    assert.ok(plain('In addition to STAT3, IL-11 raised MMP-9 in these cells.').includes('IL11 increases MMP9'));
  });
});
