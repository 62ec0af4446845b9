// `npm run fuzz`: 10^5 generated inputs per parser (fixed seeds), each timed in CPU; prints the worst CPU
// time per 10 kB with the input that caused it. Exits 1 if a parser throws (with the input). The slowest
// inputs are timed again before any verdict (measure.ts): the first figure and the median of the timings
// again are both printed, and the verdict rests on the second.
import fc from 'fast-check';
import { goalMsPerTenKb, perTenKb, remeasure, Slowest, verdict } from './measure';
import { parsers } from './parsers';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
// The generated inputs are mostly under a kilobyte, and an input under 1 kB counts as 1 kB (measure.ts), so
// only a cost of over 5 ms per input could show: a cost that grows faster than the input (issue 11's shapes:
// '- ' x 8,000, a 100 kB line of entity names) stays hidden at that size. So some inputs are also scaled up:
// a generated input repeated to about `scaledBytes`, which is where such a shape costs more per 10 kB.
const scaledRuns = Number(process.env.FUZZ_SCALED_RUNS ?? Math.ceil(runs / 200));
const scaledBytes = 10_000;
const only = process.env.FUZZ_PARSERS?.split(',');

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function timed(run: () => void | Promise<void>): Promise<number> {
  const before = cpuMs();
  await run();
  return cpuMs() - before;
}

const gc = (globalThis as { gc?: () => void }).gc;

function short(input: string): string {
  return JSON.stringify(input.length > 300 ? `${input.slice(0, 300)}…` : input);
}

async function main(): Promise<void> {
  let failed = false;
  console.log(`fuzz: ${runs} inputs per parser and ${scaledRuns} more repeated to ${scaledBytes / 1000} kB; worst CPU per 10 kB (goal < ${goalMsPerTenKb} ms), first timing, and the median of 5 again once its timings settle (warm-up runs until they stop falling)${gc ? '' : ' (no --expose-gc: heap not collected before the timings again)'}`);
  for (const [index, parser] of parsers.entries()) {
    if (only && !only.includes(parser.name)) continue;
    // Warm-up (module loading, JIT) on inputs of the run's own size.
    const warmUp = fc.sample(parser.inputs(400), { seed: 1, numRuns: 200 });
    for (const input of warmUp) await parser.run(input);
    const slowest = new Slowest(10);
    let total = 0;
    const started = cpuMs();
    for (const input of fc.sample(parser.inputs(400), { seed: 20261201 + index, numRuns: runs })) {
      let ms: number;
      try {
        ms = await timed(() => parser.run(input));
      } catch (error) {
        failed = true;
        console.log(`${parser.name}: THREW ${(error as Error).message} on ${JSON.stringify(input)}`);
        continue;
      }
      total += input.length;
      slowest.add(input, ms);
    }
    let scaledTotal = 0;
    for (const piece of fc.sample(parser.inputs(400).filter((x) => x.length >= 4), { seed: 20261204 + index, numRuns: scaledRuns })) {
      const input = piece.repeat(Math.ceil(scaledBytes / piece.length));
      let ms: number;
      try {
        ms = await timed(() => parser.run(input));
      } catch (error) {
        failed = true;
        console.log(`${parser.name}: THREW ${(error as Error).message} on ${short(piece)} repeated to ${input.length} chars`);
        continue;
      }
      total += input.length;
      scaledTotal += input.length;
      slowest.add(input, ms);
    }
    const seconds = (cpuMs() - started) / 1000;
    let flushed = 0;
    const again = await remeasure(slowest.list, {
      time: (input) => timed(() => parser.run(input)),
      flush: async () => void (await parser.run(warmUp[flushed++ % warmUp.length])),
      gc: () => gc?.(),
      minWarmUps: 30,
    });
    const first = slowest.list[0];
    const worst = again[0];
    console.log(
      `${parser.name.padEnd(8)} ${verdict(again)} worst ${worst.againPerTenKb.toFixed(1)} ms/10 kB timed again (median of ${worst.runs.length} after ${worst.warmUps} warm-up runs: ${worst.againMs.toFixed(1)} ms for ${worst.input.length} chars; first ${worst.firstPerTenKb.toFixed(1)}); ` +
        `worst first timing ${perTenKb(first.ms, first.input.length).toFixed(1)} ms/10 kB (${first.ms.toFixed(1)} ms for ${first.input.length} chars, ${(again.find((r) => r.input === first.input)?.againPerTenKb ?? 0).toFixed(1)} again); ` +
        `${slowest.overGoal} inputs over the goal at first timing; ${(total / 1e6).toFixed(1)} MB (${scaledRuns} of the inputs scaled up to ${scaledBytes / 1000} kB, ${(scaledTotal / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s CPU`,
    );
    console.log(`         worst input timed again: ${short(worst.input)}`);
    if (first.input !== worst.input) console.log(`         worst input at first timing: ${short(first.input)}`);
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
