// How `npm run fuzz` reaches a verdict (server/fuzz/measure.ts), driven by a scripted clock: a pause on one
// first timing is no failure, a cost a cache hides on repeats is still one, and both figures are kept.
import * as assert from 'node:assert/strict';
import { perTenKb, remeasure, Slowest, verdict } from '../fuzz/measure';

/** A parser that remembers the last input it read (as the .bib reader and LaTeX's brace table do). */
function cachingParser(costMs: number) {
  let last = '';
  const log: string[] = [];
  return {
    log,
    time: async (input: string) => {
      log.push(`time ${input.length}`);
      const ms = input === last ? 0.1 : costMs;
      last = input;
      return ms;
    },
    flush: async () => {
      log.push('flush');
      last = 'another input';
    },
    gc: () => void log.push('gc'),
  };
}

suite('fuzz: the slowest inputs are timed again before a verdict', () => {
  test('a first timing inflated by a pause passes on its median; the first figure is kept beside it', async () => {
    const input = 'x'.repeat(1097);
    const script = [0.4, 0.5, 0.3, 0.6, 0.4, 0.5];
    const again = await remeasure([{ input, ms: 8.9 }], { time: async () => script.shift()!, flush: async () => {}, gc: () => {} });
    assert.equal(again[0].firstPerTenKb, perTenKb(8.9, 1097));
    assert.ok(again[0].firstPerTenKb > 50);
    // The warm-up run (0.4) is not counted; the median of the five after it is 0.5.
    assert.deepEqual(again[0].runs, [0.5, 0.3, 0.6, 0.4, 0.5]);
    assert.equal(again[0].againMs, 0.5);
    assert.equal(verdict(again), 'PASS');
  });

  test('a real cost stays a failure: each timing again follows a run of another input; the heap is collected before the warm-up', async () => {
    const input = 'y'.repeat(2000);
    const parser = cachingParser(60);
    const again = await remeasure([{ input, ms: 60 }], { ...parser, runs: 3 });
    // Timed back to back, the cache would answer every repeat in 0.1 ms and the input would pass.
    assert.deepEqual(again[0].runs, [60, 60, 60]);
    assert.equal(verdict(again), 'FAIL');
    assert.deepEqual(parser.log, ['gc', 'time 2000', 'flush', 'time 2000', 'flush', 'time 2000', 'flush', 'time 2000']);
  });

  test('the slowest are kept per 10 kB (a short input counts as 1 kB), and inputs over the goal are counted', () => {
    const slowest = new Slowest(2);
    slowest.add('a'.repeat(100), 4); // 40 ms/10 kB (counted as 1 kB)
    slowest.add('b'.repeat(20_000), 120); // 60
    slowest.add('c'.repeat(1000), 5.5); // 55
    slowest.add('d'.repeat(5000), 10); // 20
    assert.deepEqual(slowest.list.map((t) => t.input[0]), ['b', 'c']);
    assert.equal(slowest.overGoal, 2);
  });

  test('the verdict rests on the slowest median, sorted first', async () => {
    const times = new Map([['p', 1], ['q', 9]]);
    const again = await remeasure([{ input: 'p', ms: 30 }, { input: 'q', ms: 20 }], { time: async (i) => times.get(i)!, flush: async () => {}, gc: () => {} });
    assert.deepEqual(again.map((r) => r.input), ['q', 'p']);
    assert.equal(again[0].againPerTenKb, 90);
    assert.equal(verdict(again), 'FAIL');
  });
});
