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

export function wallMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}
