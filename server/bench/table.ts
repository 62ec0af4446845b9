// The scale table of `npm run bench` (issue 10): one row per goal, "what | measured | goal | PASS/FAIL",
// every row measured in the same run so that ratios compare like with like. Rows come from modules listed in
// rows.ts; a module is an async function that returns its rows, so another area's rows are one import and
// one line there.

export interface BenchRow {
  what: string;
  /** The measured figure(s), as printed ("p50 3.1 / p99 7.9 ms"). */
  measured: string;
  goal: string;
  /** null when the row has no pass/fail (a reference figure). */
  pass: boolean | null;
}

/** What a row module gets: the size knob, and a place to note why a figure is what it is. */
export interface BenchContext {
  /** `--quick` or CLAIMLENS_BENCH_QUICK=1: the big workloads at a tenth of their size (the goals still print). */
  quick: boolean;
}

export type RowModule = (context: BenchContext) => Promise<BenchRow[]>;

export function printTable(rows: readonly BenchRow[]): void {
  const header = ['what', 'measured', 'goal', 'PASS/FAIL'];
  const cells = rows.map((row) => [row.what, row.measured, row.goal, row.pass === null ? '-' : row.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

/** Runs each module in turn (one at a time: they measure time) and prints the table; a module that throws is a FAIL row. */
export async function runTable(modules: readonly { name: string; rows: RowModule }[], context: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const module of modules) {
    try {
      rows.push(...(await module.rows(context)));
    } catch (error) {
      rows.push({ what: module.name, measured: `error: ${error instanceof Error ? error.message : String(error)}`, goal: '', pass: false });
    }
    global.gc?.();
  }
  console.log(`\nscale (issue 10)${context.quick ? ', --quick: big workloads at a tenth of their size' : ''}`);
  printTable(rows);
  return rows;
}

// Small statistics shared by the row modules.
export function percentile(values: readonly number[], p: number): number {
  // No values, no percentile: NaN prints as "NaN" where `undefined` crashed the caller's toFixed (a short
  // `--edits` run has no "after the first 15" edits).
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * CPU time of the calling thread alone, in ms. process.cpuUsage() counts every thread of the process: V8's
 * helper threads (concurrent marking and sweeping of a heap holding a 100,000-entry library) ran while a
 * 0.1 ms hover was timed, and the hover counted their 4 ms. Node 23.9+ has process.threadCpuUsage; the Node
 * the project runs on (20, CI's) has not, and Linux's per-thread /proc counters move only at scheduler ticks,
 * so the thread's CPU clock (clock_gettime CLOCK_THREAD_CPUTIME_ID) is read through Node's WASI, whose
 * clock_time_get gives it for the calling thread, from a 140-byte module written out below.
 */
function threadClock(): () => number {
  const own = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (typeof own === 'function') {
    return () => {
      const usage = own.call(process);
      return (usage.user + usage.system) / 1000;
    };
  }
  try {
    // (module (import "wasi_snapshot_preview1" "clock_time_get" (func (param i32 i64 i32) (result i32)))
    //   (memory (export "memory") 1)
    //   (func (export "now") (result i64) (drop (call 0 (i32.const 3) (i64.const 1) (i32.const 0))) (i64.load (i32.const 0))))
    // Clock 3 is WASI's thread CPU time; the result, in nanoseconds, is written at address 0.
    const hex = (text: string) => Buffer.from(text).toString('hex');
    const bytes = Buffer.from(
      `0061736d01000000010c0260037f7e7f017f6000017e022901${'16'}${hex('wasi_snapshot_preview1')}0e${hex('clock_time_get')}0000` +
        `030201010503010001071002${'06'}${hex('memory')}020003${hex('now')}00010a120110004103420141001000` + '1a41002903000b',
      'hex',
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { WASI } = require('node:wasi') as typeof import('node:wasi');
    const wasi = new WASI({ version: 'preview1' });
    // The project's TypeScript libraries have no WebAssembly types: the three calls used, typed here.
    const wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object, imports: object) => { exports: Record<string, unknown> } } }).WebAssembly;
    const instance = new wasm.Instance(new wasm.Module(bytes), wasi.getImportObject());
    wasi.initialize(instance);
    const now = instance.exports.now as () => bigint;
    if (now() > 0n) return () => Number(now()) / 1e6;
  } catch {
    // No WASI here: the process's time below, which can only overstate.
  }
  return cpuMs;
}

let clock: (() => number) | undefined;

/** This thread's CPU time in ms (see threadClock; made on first use, so a run that times nothing loads no WASI). */
export function threadCpuMs(): number {
  clock ??= threadClock();
  return clock();
}

/** Which clock threadCpuMs reads, for the rows that print it. */
export function threadCpuClock(): string {
  clock ??= threadClock();
  return typeof (process as { threadCpuUsage?: unknown }).threadCpuUsage === 'function' ? 'process.threadCpuUsage' : clock === cpuMs ? 'the process (no thread clock here)' : "the thread's own clock";
}

export function wallMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}
