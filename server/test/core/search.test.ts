// The one binary search behind line numbers in problems, a fact's file and a sentence's citations.
import * as assert from 'node:assert/strict';
import { firstAtOrAfter, lastAtOrBefore } from '../../src/core/util/search';
import { LineIndex } from '../../src/core/util/lines';

suite('binary search over offsets', () => {
  test('agrees with a scan on generated sorted arrays with repeats, at and between every value', () => {
    let seed = 11;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let run = 0; run < 500; run++) {
      const values = Array.from({ length: next(12) }, () => next(20)).sort((a, b) => a - b);
      for (let target = -1; target <= 21; target++) {
        assert.equal(lastAtOrBefore(values, target), values.map((v) => v <= target).lastIndexOf(true), `${values} ${target}`);
        const first = values.findIndex((v) => v >= target);
        assert.equal(firstAtOrAfter(values, target), first < 0 ? values.length : first, `${values} ${target}`);
      }
    }
  });

  test('a problem at an offset is reported on its line and column', () => {
    const lines = new LineIndex('@article{a,\n  title = {x}\n}\n\n@book{b,');
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(12), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(30), { line: 4, character: 1 });
  });
});
