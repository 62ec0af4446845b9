// How `npm run fuzz` reaches a verdict (server/fuzz/measure.ts), driven by a scripted clock: a pause on one
// first timing is no failure, a cost a cache hides on repeats is still one, and both figures are kept.
import * as assert from 'node:assert/strict';
import { perTenKb, remeasure, settled, Slowest, verdict } from '../fuzz/measure';

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
    // Ten warm-up runs already settled (medians 0.5 and 0.5), then the five timed ones.
    const script = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.3, 0.6, 0.4, 0.5];
    const again = await remeasure([{ input, ms: 8.9 }], { time: async () => script.shift()!, flush: async () => {}, gc: () => {} });
    assert.equal(again[0].firstPerTenKb, perTenKb(8.9, 1097));
    assert.ok(again[0].firstPerTenKb > 50);
    // The warm-up runs are not counted; the median of the five after them is 0.5.
    assert.equal(again[0].warmUps, 10);
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
    // Every timing after the first, warm-up or not, follows a run of another input.
    assert.equal(parser.log[0], 'gc');
    assert.equal(parser.log.length, 1 + 2 * (again[0].warmUps + 3) - 1);
    parser.log.slice(1).forEach((entry, k) => assert.equal(entry, k % 2 ? 'flush' : 'time 2000'));
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

  test('a cost that falls as the code warms up is timed once it settles, and a cost that stays is not warmed away', async () => {
    // A cold compiler: 12 ms, falling to 3 ms over 20 runs, flat after that (a 918-character paragraph of claims).
    const cold = (k: number) => Math.max(3, 12 - 0.45 * k);
    let k = 0;
    const again = await remeasure([{ input: 'z'.repeat(918), ms: 12 }], { time: async () => cold(k++), flush: async () => {}, gc: () => {} });
    assert.equal(again[0].againMs, 3);
    assert.ok(again[0].warmUps >= 20 && again[0].warmUps < 60);
    assert.equal(verdict(again), 'PASS');
    // A cost that never falls settles at once and fails.
    const flat = await remeasure([{ input: 'w'.repeat(1000), ms: 9 }], { time: async () => 9, flush: async () => {}, gc: () => {} });
    assert.equal(flat[0].warmUps, 10);
    assert.equal(verdict(flat), 'FAIL');
    // Timings that keep falling stop warming at the bound.
    let j = 0;
    const falling = await remeasure([{ input: 'v'.repeat(1000), ms: 200 }], { time: async () => 200 * 0.9 ** j++, flush: async () => {}, gc: () => {}, maxWarmUps: 30 });
    assert.equal(falling[0].warmUps, 30);
    assert.equal(settled([5, 5, 5, 5, 5, 4.6, 4.6, 4.6, 4.6, 4.6]), true);
    assert.equal(settled([5, 5, 5, 5, 5, 4, 4, 4, 4, 4]), false);
  });

  test('a plateau before the minimum warm-up is not taken for the settled cost', async () => {
    // Flat at 9 ms for 20 runs (settled by the window rule after 10), then 2 ms once the compiler moves up a tier.
    let k = 0;
    const tiered = () => (k++ < 20 ? 9 : 2);
    const early = await remeasure([{ input: 't'.repeat(1000), ms: 9 }], { time: async () => tiered(), flush: async () => {}, gc: () => {} });
    assert.equal(early[0].againMs, 9);
    k = 0;
    const warm = await remeasure([{ input: 't'.repeat(1000), ms: 9 }], { time: async () => tiered(), flush: async () => {}, gc: () => {}, minWarmUps: 30 });
    assert.equal(warm[0].warmUps, 30);
    assert.equal(warm[0].againMs, 2);
  });

  test('the verdict rests on the slowest median, sorted first', async () => {
    const times = new Map([['p', 1], ['q', 9]]);
    const again = await remeasure([{ input: 'p', ms: 30 }, { input: 'q', ms: 20 }], { time: async (i) => times.get(i)!, flush: async () => {}, gc: () => {} });
    assert.deepEqual(again.map((r) => r.input), ['q', 'p']);
    assert.equal(again[0].againPerTenKb, 90);
    assert.equal(verdict(again), 'FAIL');
  });
});
