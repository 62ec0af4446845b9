// `npm run fuzz`: 10^5 generated inputs per parser (fixed seeds), each timed in CPU; prints the worst CPU
// time per 10 kB with the input that caused it. Inputs under 1 kB count as 1 kB, so that the cost of a
// call itself does not read as a cost per size. Exits 1 if a parser throws (with the input).
import fc from 'fast-check';
import { parsers } from './parsers';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const goalMsPer10k = 50;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function timed(run: () => void | Promise<void>): Promise<number> {
  const before = cpuMs();
  await run();
  return cpuMs() - before;
}

async function main(): Promise<void> {
  let failed = false;
  console.log(`fuzz: ${runs} inputs per parser; worst CPU per 10 kB (goal < ${goalMsPer10k} ms)`);
  for (const [index, parser] of parsers.entries()) {
    // Warm-up (module loading, JIT), then every input timed once; the slowest few are timed again three
    // times and their best time kept, so that a garbage-collection pause does not pass for a slow input.
    for (const input of fc.sample(parser.inputs(40), { seed: 1, numRuns: 200 })) await parser.run(input);
    const slowest: { perTenKb: number; input: string }[] = [];
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
      const perTenKb = ms / (Math.max(input.length, 1000) / 10_000);
      if (slowest.length < 10 || perTenKb > slowest[slowest.length - 1].perTenKb) {
        slowest.push({ perTenKb, input });
        slowest.sort((a, b) => b.perTenKb - a.perTenKb);
        slowest.length = Math.min(slowest.length, 10);
      }
    }
    let worst = { perTenKb: 0, ms: 0, input: '' };
    for (const { input } of slowest) {
      let ms = Infinity;
      for (let k = 0; k < 3; k++) ms = Math.min(ms, await timed(() => parser.run(input)));
      const perTenKb = ms / (Math.max(input.length, 1000) / 10_000);
      if (perTenKb > worst.perTenKb) worst = { perTenKb, ms, input };
    }
    const verdict = worst.perTenKb < goalMsPer10k ? 'PASS' : 'FAIL';
    console.log(`${parser.name.padEnd(8)} ${verdict} worst ${worst.perTenKb.toFixed(1)} ms/10 kB (${worst.ms.toFixed(1)} ms for ${worst.input.length} chars); ${(total / 1e6).toFixed(1)} MB in ${((cpuMs() - started) / 1000).toFixed(1)} s CPU`);
    console.log(`         worst input: ${JSON.stringify(worst.input.length > 300 ? `${worst.input.slice(0, 300)}…` : worst.input)}`);
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
