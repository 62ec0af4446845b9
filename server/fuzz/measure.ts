// How `npm run fuzz` turns timings into a verdict (server/fuzz/run.ts), apart from the clock so that a test
// can drive it (server/test/fuzzMeasure.test.ts). An input is timed once as it is generated; one timing of a
// small input can be a garbage-collection pause or code V8 had not optimised yet (the 19:30 run reported a
// bibtex FAIL on one 8.9 ms timing of a 1 kB input). So the slowest inputs are timed again: the heap is
// collected, the input run once untimed (a warm-up), then `runs` timings, each after a run of another input (so a
// cache that remembers the last input, such as the .bib reader's parsed entries or LaTeX's brace table, cannot
// answer it), and the verdict rests on their median. Both figures are reported. The heap is collected once per
// input, not before every timing: a forced full collection right before a run made the next run of a nested
// Markdown list 4-5x slower than it is in a warm process (63 vs 13 ms), code and all being cold again.

export const goalMsPerTenKb = 50;

/** Cost per 10 kB; inputs under 1 kB count as 1 kB, so that the cost of a call itself is no cost per size. */
export function perTenKb(ms: number, length: number): number {
  return ms / (Math.max(length, 1000) / 10_000);
}

export interface FirstTiming {
  input: string;
  ms: number;
}

/** The `keep` slowest inputs per 10 kB, slowest first, kept as timings come in. */
export class Slowest {
  readonly list: FirstTiming[] = [];
  /** How many inputs came over the goal at their first timing. */
  overGoal = 0;

  constructor(readonly keep = 10) {}

  add(input: string, ms: number): void {
    const cost = perTenKb(ms, input.length);
    if (cost >= goalMsPerTenKb) this.overGoal++;
    const list = this.list;
    if (list.length >= this.keep && cost <= perTenKb(list[list.length - 1].ms, list[list.length - 1].input.length)) return;
    list.push({ input, ms });
    list.sort((a, b) => perTenKb(b.ms, b.input.length) - perTenKb(a.ms, a.input.length));
    if (list.length > this.keep) list.length = this.keep;
  }
}

export interface Remeasured {
  input: string;
  /** The first timing, ms and per 10 kB. */
  firstMs: number;
  firstPerTenKb: number;
  /** The median of the timings again, ms and per 10 kB. */
  againMs: number;
  againPerTenKb: number;
  /** Every timing again, in ms. */
  runs: number[];
  /** How many warm-up runs it took for the timings to settle (see `settled`). */
  warmUps: number;
}

export interface RemeasureOptions {
  /** CPU ms of one run of the parser on `input`. */
  time: (input: string) => Promise<number>;
  /** Runs the parser on another input, untimed: whatever it remembers of the last input is then of another. */
  flush: () => Promise<void>;
  /** Collects the heap (global.gc under --expose-gc) before an input's warm-up, so the 10^5 inputs' garbage is not paid for here. */
  gc: () => void;
  runs?: number;
  /** At most this many warm-up runs (see `settled`). */
  maxWarmUps?: number;
  /** At least this many warm-up runs, settled or not (see `remeasure`). */
  minWarmUps?: number;
}

/**
 * True when the last `window` warm-up timings' median is within 10% (or 0.05 ms) of the `window` before them:
 * the code the input reaches has stopped getting faster. V8 compiles and re-optimises the claim path over many
 * runs: one 918-character paragraph of claims took 11.6 ms after 20 runs of it and 3.2 ms after 70 (35 ms per
 * 10 kB), the same text at 100 kB 25 ms per 10 kB. The goal is about cost that grows with odd input, not
 * about a cold compiler, so the verdict times each slow input once warm, as benchmark harnesses do (JMH's
 * warm-up iterations); the first, cold figure is still printed beside it.
 */
export function settled(warmUps: readonly number[], window = 5): boolean {
  if (warmUps.length < 2 * window) return false;
  const last = median(warmUps.slice(-window));
  const before = median(warmUps.slice(-2 * window, -window));
  return Math.abs(last - before) <= Math.max(0.1 * before, 0.05);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
}

/** The slowest inputs timed again, slowest (by the median) first. */
export async function remeasure(slowest: readonly FirstTiming[], options: RemeasureOptions): Promise<Remeasured[]> {
  const runs = options.runs ?? 5;
  const maxWarmUps = options.maxWarmUps ?? 60;
  // A plateau after a handful of runs can be V8 between tiers, not the settled cost: the fuzz's worst paragraph
  // of claims (4,163 chars) took a median 77 ms over its first 10 runs, 41 ms over runs 20-40, 16 ms over runs
  // 60-80 and 12 ms over runs 130-150 (scratch runs, stop 22); the window rule had called it settled after 19.
  // Benchmark harnesses warm up for a fixed budget before they look at all (JMH: iterations of seconds); here,
  // at least `minWarmUps` runs (npm run fuzz asks for 30).
  const minWarmUps = Math.min(options.minWarmUps ?? 0, maxWarmUps);
  const out: Remeasured[] = [];
  for (const { input, ms } of slowest) {
    options.gc();
    // Warm-up until the timings settle: each run after another input, as the timed runs are, so a cache of
    // the last input never answers and a real cost stays in every warm-up timing too.
    const warmUps: number[] = [await options.time(input)];
    while (warmUps.length < maxWarmUps && (warmUps.length < minWarmUps || !settled(warmUps))) {
      await options.flush();
      warmUps.push(await options.time(input));
    }
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      await options.flush();
      times.push(await options.time(input));
    }
    const middle = median(times);
    out.push({ input, firstMs: ms, firstPerTenKb: perTenKb(ms, input.length), againMs: middle, againPerTenKb: perTenKb(middle, input.length), runs: times, warmUps: warmUps.length });
  }
  return out.sort((a, b) => b.againPerTenKb - a.againPerTenKb);
}

/** PASS when every input timed again is under the goal. */
export function verdict(remeasured: readonly Remeasured[]): 'PASS' | 'FAIL' {
  return remeasured.every((r) => r.againPerTenKb < goalMsPerTenKb) ? 'PASS' : 'FAIL';
}
