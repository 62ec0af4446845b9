// `npx tsx server/eval/waves.ts studied|heldout|pooled|blind [--newest=N]`: the aggregates of every labelled set
// under the project's study split, one line a set, from one load of the bundled library. It prints scores only,
// never a row, so it may run on held-out sets (issue 7's rule: a change is kept only if no held-out aggregate drops).
//
// The split (server/test/corpus/README.md states it each stop): the newest wave of fresh real prose is held out
// whole until the stop after it is measured; from then on its half B (realSplit.ts `half`) is studied and its half A
// stays held out. Waves 3 and 5 were studied whole. The stop-25 sets (fresh-hcc, fresh-il11, fresh-scope) are one
// wave, halved the same way. `--newest=N` names the wave held out whole (default: the highest wave number found).
// `studied` adds the real set's dev split, the team corpora, the near misses and dev-claims, and the opened halves A
// (realSplit.ts OPENED_THROUGH: waves 2..13 and the stop-25 sets from stop 52, 14..19 from stop 53; `opened` is them as
// one set); `pooled` is the halves A still held out (waves 20..26 from stop 53) as one set; `blind` is the real set's blind
// third and all 200 rows, for the end of a piece of work only. `--detail` adds, under each set, the confusion of
// expected against predicted answer (with basis) and the pipeline stage (missStage.ts) of the wrong rows, as counts:
// where a held-out set's errors come from, still without a row.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { evaluateRow, score, toLabelledRow, verdictBasisClass, verdictClass, type LabelledRow, type RowResult } from './evaluate';
import { half, heldOutWholeWave, OPENED_THROUGH, selectSplit } from './realSplit';

const corpus = path.join(__dirname, '..', 'test', 'corpus');
const shared = path.join(__dirname, '..', '..', '..', 'shared', 'eval');
const STUDIED_WHOLE = new Set([3, 5]);
// The stop-25 sets, measured as one wave. Not the number 25: wave 25 (fresh25-*.jsonl, built in stop 46) is a wave of
// its own, and a key equal to its number read the stop-25 sets in its place.
const STOP_25 = 'stop-25' as const;

function readRows(file: string): LabelledRow[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => toLabelledRow(JSON.parse(l) as Record<string, unknown>));
}

function wave(n: number | typeof STOP_25): LabelledRow[] {
  const names = n === STOP_25 ? ['fresh-hcc', 'fresh-il11', 'fresh-scope'] : [`fresh${n}-hcc`, `fresh${n}-il11`];
  return names.map((b) => path.join(corpus, `${b}.jsonl`)).filter((f) => fs.existsSync(f)).flatMap(readRows);
}

function realRows(): LabelledRow[] {
  const dir = path.join(shared, 'real');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readRows(path.join(dir, f)));
}

const ofHalf = (rows: LabelledRow[], h: 'A' | 'B') => rows.filter((r) => half(r.id) === h);

/** The sets of one mode, each a name and its rows, in the order printed. */
export function setsOf(mode: string, newest: number): [string, () => LabelledRow[]][] {
  const older = Array.from({ length: newest - 2 }, (_, i) => newest - 1 - i).filter((n) => !STUDIED_WHOLE.has(n));
  const opened = older.filter((n) => n <= OPENED_THROUGH);
  const closed = older.filter((n) => n > OPENED_THROUGH);
  switch (mode) {
    case 'studied':
      return [
        ['dev', () => selectSplit(realRows(), 'dev')],
        ['team', () => ['claims', 'heldout', 'blind'].flatMap((b) => readRows(path.join(corpus, `${b}.jsonl`)))],
        ['near', () => readRows(path.join(corpus, 'nearmiss.jsonl'))],
        ['dclaims', () => (fs.existsSync(path.join(shared, 'dev-claims.jsonl')) ? readRows(path.join(shared, 'dev-claims.jsonl')) : [])],
        ['f25B', () => ofHalf(wave(STOP_25), 'B')],
        ...[...STUDIED_WHOLE].map((n): [string, () => LabelledRow[]] => [`w${n}`, () => wave(n)]),
        ...[...older].reverse().map((n): [string, () => LabelledRow[]] => [`w${n}B`, () => ofHalf(wave(n), 'B')]),
        // Opened in stops 52 and 53 (realSplit.ts OPENED_THROUGH): one line for all, and each half A.
        ['opened', () => [...opened, STOP_25].flatMap((n) => ofHalf(wave(n), 'A'))],
        ['f25A', () => ofHalf(wave(STOP_25), 'A')],
        ...[...opened].reverse().map((n): [string, () => LabelledRow[]] => [`w${n}A`, () => ofHalf(wave(n), 'A')]),
      ];
    case 'heldout':
      return [
        [`w${newest}`, () => wave(newest)],
        ...closed.map((n): [string, () => LabelledRow[]] => [`w${n}A`, () => ofHalf(wave(n), 'A')]),
      ];
    case 'pooled':
      return [['pooled', () => closed.flatMap((n) => ofHalf(wave(n), 'A'))]];
    case 'blind':
      return [
        ['blind', () => selectSplit(realRows(), 'blind')],
        ['all200', () => realRows()],
      ];
    default:
      throw new Error(`waves: the mode is studied, heldout, pooled or blind, not ${mode}`);
  }
}

/** The wave held out whole: the highest wave number among the corpus's fresh<N>-*.jsonl files, unless that wave is
 * already halved (realSplit.ts `HALVED_THROUGH`; then the next number, which has no rows). */
export function newestWave(): number {
  return heldOutWholeWave(fs.readdirSync(corpus).map((f) => /^fresh(\d+)-/.exec(f)?.[1]).filter((n): n is string => n !== undefined).map(Number));
}

/** Counts only: each wrong (expected -> predicted) pair with basis, and the stage each wrong row stopped at. */
export function detailOf(results: readonly RowResult[]): string {
  const count = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `    ${String(n).padStart(3)}  ${k}`);
  };
  const wrong = results.filter((r) => verdictBasisClass(r, 'expected') !== verdictBasisClass(r, 'predicted'));
  return [
    '  wrong (expected -> predicted):',
    ...count(wrong.map((r) => `${verdictBasisClass(r, 'expected')} -> ${verdictBasisClass(r, 'predicted')}`)),
    '  wrong rows by stage:',
    ...count(wrong.map((r) => r.stage)),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const mode = args.find((a) => !a.startsWith('-')) ?? 'studied';
  const newestArg = args.find((a) => a.startsWith('--newest='));
  const newest = newestArg ? Number(newestArg.slice('--newest='.length)) : newestWave();
  const detail = args.includes('--detail');
  const { kb } = await loadKnowledgeBase({ extra: [] });
  for (const [name, rowsOf] of setsOf(mode, newest)) {
    const rows = rowsOf();
    if (rows.length === 0) {
      console.log(`${name.padEnd(8)} (no rows here)`);
      continue;
    }
    const results = rows.map((r) => evaluateRow(r, kb));
    const s = score(results, verdictClass);
    const b = score(results, verdictBasisClass);
    const sup = s.perLabel.supported ?? { precision: 0, recall: 0, support: 0 };
    const con = s.perLabel.contradicted ?? { precision: 0, recall: 0, support: 0 };
    const falseSupported = results.filter((r) => r.verdict === 'supported' && r.row.label !== 'supported').length;
    console.log(
      `${name.padEnd(8)} n ${String(rows.length).padStart(4)}  F1 ${s.macroF1.toFixed(3)} / ${b.macroF1.toFixed(3)}  ` +
        `SUP ${s.confusion.supported?.supported ?? 0}/${sup.support} P ${sup.precision.toFixed(3)} R ${sup.recall.toFixed(3)} (false ${falseSupported})  ` +
        `CON ${s.confusion.contradicted?.contradicted ?? 0}/${con.support} P ${con.precision.toFixed(3)}  basisAcc ${b.accuracy.toFixed(3)}`,
    );
    if (detail) console.log(detailOf(results));
  }
}

if (require.main === module) void main();
