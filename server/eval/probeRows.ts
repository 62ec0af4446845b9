// The rows a probe of the reader (flipProbe.ts, swapProbe.ts) reads: the files and flags of its command line, the
// real set's split and a wave's half as the eval takes them. A probe that prints rows (--rows) refuses a held-out file
// (the newest wave, the half A of a wave after realSplit.ts OPENED_THROUGH, the real set's blind split: server/test/corpus/README.md), since its rows are
// the held-out sentences; counts alone it may print for any set, as waves.ts does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toLabelledRow, type LabelledRow } from './evaluate';
import { half, heldOutWholeWave, selectSplit, studiedWhole, type Split } from './realSplit';

/** Why a file may not have its rows printed under these flags, or undefined when it may. */
export function refusal(file: string, halfArg: string | undefined, split: string): string | undefined {
  const base = path.basename(file);
  const wave = /^fresh(\d*)-/.exec(base);
  if (wave) {
    const dir = path.dirname(file);
    const newest = heldOutWholeWave((fs.existsSync(dir) ? fs.readdirSync(dir) : []).map((f) => Number(/^fresh(\d+)-/.exec(f)?.[1] ?? 0)));
    const n = wave[1] === '' ? 0 : Number(wave[1]);
    if (n > 0 && n === newest) return `${base} is held out whole (the newest wave)`;
    if (!studiedWhole(n) && halfArg !== 'B') return `${base}: only its half B is studied (--half=B)`;
  }
  if (file.includes(`${path.sep}real${path.sep}`) && split !== 'dev') return `${base}: only the dev split is studied (--split=dev)`;
  return undefined;
}

export interface ProbeRows {
  rows: LabelledRow[];
  showRows: boolean;
  flags: readonly string[];
}

/** The command line's rows (`<files> [--half=A|B] [--split=dev|blind|all] [--rows]`); exits on a refused file. */
export function probeRows(args: readonly string[], probe: string): ProbeRows {
  const files = args.filter((a) => !a.startsWith('-'));
  const halfArg = args.find((a) => a.startsWith('--half='))?.slice(7).toUpperCase();
  const split = (args.find((a) => a.startsWith('--split='))?.slice(8) ?? 'all') as Split;
  const showRows = args.includes('--rows');
  for (const f of showRows ? files : []) {
    const why = refusal(path.resolve(f), halfArg, split);
    if (why) { console.error(`${probe}: --rows refused, ${why}`); process.exit(2); }
  }
  const all: LabelledRow[] = files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => toLabelledRow(JSON.parse(l) as Record<string, unknown>)));
  return { rows: selectSplit(all, split).filter((r) => !halfArg || half(r.id) === halfArg), showRows, flags: args.filter((a) => a.startsWith('-')) };
}
