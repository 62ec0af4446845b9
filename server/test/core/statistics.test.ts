import * as assert from 'node:assert/strict';
import { blankStatistics, isStatistics } from '../../src/core/kb/statistics';

suite('statistics brackets', () => {
  test('a bracket of a hazard ratio, its interval and p value is blanked, offsets kept', () => {
    const text = 'Loss of X predicted worse relapse-free survival (hazard ratio [HR], 1.3; 95% CI, 1.0 to 1.7; p=.04) and death.';
    const out = blankStatistics(text);
    assert.equal(out.length, text.length);
    assert.ok(!out.includes('HR') && !out.includes('95%'));
    assert.ok(out.endsWith(' and death.'));
  });
  test('a symbol with its value, or a p value, is statistics; a gene symbol alone is not', () => {
    assert.ok(isStatistics('OR: 2.4, P = 0.01'));
    assert.ok(isStatistics('p < 0.001'));
    assert.ok(!isStatistics('HR'));
    assert.ok(!isStatistics('HER2'));
  });
  test('brackets that name things stay', () => {
    const text = 'Vascular endothelial growth factor (VEGF) and matrix metalloproteinase 9 (MMP-9, 92 kDa) rose.';
    assert.equal(blankStatistics(text), text);
  });
});
