// A noun of change that names no direction after a verb of cause (vocabulary.ts neutralChangeNouns, claims/lastResort.ts
// directionBetween; issue 7, h-prec45): "X caused changes in Y", "X led to alterations in Y levels" say that X acts
// on Y, not which way. The last-resort reading took the verb's sign ("caused": a rise), and a finding that X lowers
// Y made it a false contradiction. Sentences written for this test.
import * as assert from 'node:assert/strict';
import { bundledPlainReadings } from './helpers';

const { plain } = bundledPlainReadings();

suite('a noun of change with no direction', () => {
  const unsigned: [string, string][] = [
    ['IL-11 led to changes in E-cadherin expression in MDA-MB-231 cells.', 'IL11 regulates CDH1'],
    ['NT157 caused changes in IRS-1 levels in HCC cells.', 'NT157 regulates IRS1'],
    ['IL-6 produced changes in IGF-1 levels in HCC cells.', 'IL6 regulates IGF1'],
  ];
  for (const [text, reads] of unsigned) {
    test(text, () => {
      const claims = plain(text);
      assert.ok(claims.includes(reads), `${reads} not in ${JSON.stringify(claims)}`);
      assert.ok(!claims.some((c) => /\b(?:increases|decreases|induces)\b/.test(c)), `a direction read in ${JSON.stringify(claims)}`);
    });
  }
  test('a named direction stays as it reads', () => assert.ok(plain('IL-11 raised vimentin levels in MDA-MB-231 cells.').includes('IL11 increases VIM')));
  test('a change prevented is no effect read here', () => assert.deepEqual(plain('Sarilumab prevented changes in STAT3 phosphorylation in HCC cells.'), []));
});
