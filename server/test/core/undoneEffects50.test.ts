import * as assert from 'node:assert/strict';
import { sentenceFiltersOff } from '../../src/core/claims/sentenceFilters';
import { bundledReadings } from './helpers';

// Issue 7, stop 50 (h-wrong50): a word of undoing (rescue, reversal, restoration, normalisation, noun or verb) on a
// name's effects acts on what the name did, not on the name: no claim that the subject brings the name about
// (undoneEffects.ts, the `undone-effects` sentence filter). Our own sentences, one construction each.
const { read, check } = bundledReadings();

suite('effects undone: no claim on the name whose effects are undone (stop 50)', () => {
  test('"led to (a) rescue of Z effects" among changes: the changes stay, Z goes', () => {
    assert.deepEqual(read('Forced STAT3 expression led to a rescue of hypoxia effects and increased MMP-9 levels.').claims, ['STAT3 increases MMP9']);
    check('Forced STAT3 expression led to a rescue of hypoxia effects and increased MMP-9 levels.', 'supported', 'STAT3 increases MMP9');
  });
  test('"the reversal of the effects of Z", "restored the effects of Z", "normalised Z responses"', () => {
    assert.deepEqual(read('IL-6 brought about the reversal of the effects of sorafenib and raised STAT3 phosphorylation.').claims, ['IL6 increases STAT3']);
    assert.deepEqual(read('IL-6 restored the effects of hypoxia and activated STAT3.').claims, ['IL6 activates STAT3']);
    assert.deepEqual(read('IL-11 normalised hypoxia responses and raised MMP-9.').claims, ['IL11 increases MMP9']);
  });
  test('without the filter the name whose effects are undone is read as brought about', () => {
    sentenceFiltersOff.add('undone-effects');
    try {
      assert.ok(read('IL-6 restored the effects of hypoxia and activated STAT3.').claims.includes('IL6 increases HYPOXIA'));
    } finally {
      sentenceFiltersOff.delete('undone-effects');
    }
  });
  test('near misses: a word of undoing on the name itself names its change, and the name as the subject stays', () => {
    assert.deepEqual(read('IL-6 restored E-cadherin expression.').claims, ['IL6 increases CDH1']);
    assert.deepEqual(read('IL-6 led to increased IGF-1 and a rescue of STAT3.').claims, ['IL6 induces IGF1', 'IL6 induces STAT3']);
    check('Knockdown of STAT3 reversed IL-6-induced invasion.', 'supported', 'STAT3 promotes CELL_INVASION');
  });
});
