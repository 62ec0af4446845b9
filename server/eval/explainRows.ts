// `npx tsx server/eval/explainRows.ts <file.jsonl> [--half=A|B] [--id=a,b] [--label=supported]`: per row, the mentions the
// recognizer found, the claims the reader read and what verification made of each (evidence, nearest facts).
// Only for files whose rows may be printed (never the blind split or a held-out half): over the shared real-prose
// set (eval/real) it refuses to run without `--split=dev`, the part of it that is studied (waves.ts `studied` scores
// the whole dev split; the blind third is never printed), and a wave
// file it refuses as the probes do (probeRows.ts `refusal`: the newest wave whole, any wave without `--half=B`),
// since one run without the flag printed held-out rows (stop 42).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import type { Fact } from '../src/core/kb/schema';
import type { DerivedFact } from '../src/core/kb/inference';
import { anchoring } from '../src/core/claims/anchored';
import { blindIds, half } from './realSplit';
import { refusal } from './probeRows';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ids = args.find((a) => a.startsWith('--id='))?.slice(5).split(',');
  const label = args.find((a) => a.startsWith('--label='))?.slice(8);
  // `--half=B` prints only the studied half of a file whose other half is held out (the rule of run.ts).
  const halfArg = args.find((a) => a.startsWith('--half='))?.slice(7).toUpperCase();
  if (halfArg !== undefined && halfArg !== 'A' && halfArg !== 'B') throw new Error(`explainRows: --half takes A or B, not ${halfArg}`);
  const texts = args.filter((a) => a.startsWith('--text=')).map((a) => a.slice(7));
  const files = args.filter((a) => !a.startsWith('-'));
  for (const f of files) {
    const why = /[\\/]eval[\\/]real$/.test(path.dirname(path.resolve(f))) ? undefined : refusal(path.resolve(f), halfArg, 'dev');
    if (why) throw new Error(`explainRows prints rows: ${why}`);
  }
  // The shared real-prose set: its blind third is worked out over all its files together (realSplit.ts), and only
  // the dev split (every row outside the blind third) may be printed.
  const realDirs = [...new Set(files.map((f) => path.dirname(path.resolve(f))).filter((d) => /[\\/]eval[\\/]real$/.test(d)))];
  let blind = new Set<string>();
  if (realDirs.length > 0) {
    if (!args.includes('--split=dev')) throw new Error('explainRows prints rows: over the shared real-prose set it needs --split=dev (the blind split is never printed)');
    const everyId = realDirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.jsonl')).flatMap((f) => fs.readFileSync(path.join(d, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { id: string }).id)));
    blind = blindIds(everyId);
  }
  const rows = [
    ...files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      // The shared real-prose rows name their text `sentence`; the project's corpora `text`.
      const row = JSON.parse(l) as { id: string; text?: string; sentence?: string; label: string; basis?: string; note?: string };
      return { ...row, text: row.text ?? row.sentence ?? '' };
    })),
    ...texts.map((text, i) => ({ id: `text${i + 1}`, text, label: '?', basis: undefined as string | undefined })),
  ].filter((r) => !blind.has(r.id) && (!ids || ids.includes(r.id)) && (!label || r.label === label) && (halfArg === undefined || half(r.id) === halfArg));
  const { kb } = await loadKnowledgeBase({ extra: [] });
  // Each fact with its route (`via[...]`): a claim on a route ("IL-11 signals through gp130") is backed by findings
  // whose route names the step ("IL-11 raised MMP-13 by way of its IL-11Rα/gp130 receptors"), and without the route
  // such evidence read as unrelated facts (stop 49). A fact the library implies names its rule (`{route-upstream}`).
  const facts = (list: readonly Fact[]) => list.slice(0, 3).map((f) => {
    const via = f.mediators.length > 0 ? ` via[${f.mediators.join(',')}]` : '';
    const rule = (f as DerivedFact).derivedFrom?.rule;
    return `${f.id}: ${f.subject} ${f.relation}${f.polarity ? `(${f.polarity})` : ''} ${f.object ?? ''}${via} [${f.context.join(',')}]${rule ? ` {${rule}}` : ''}`;
  }).join(' | ');
  const trace = args.includes('--trace');
  for (const row of rows) {
    if (trace) {
      anchoring.stops = new Map();
      anchoring.trace = [];
    }
    const analysis = analyzeDocument('markdown', row.text, kb);
    console.log(`${row.id} (${row.label}${row.basis ? `/${row.basis}` : ''}): ${row.text}`);
    if ((row as { note?: string }).note) console.log(`  note: ${(row as { note?: string }).note}`);
    for (const s of analysis.sentences) {
      console.log(`  sentence: ${s.verdict}${s.basis ? `/${s.basis}` : ''}${s.nonClaim ? ` (non-claim: ${s.nonClaim})` : ''}`);
      console.log(`  mentions: ${s.mentions.map((m) => `${m.text}=${m.entityId}`).join('; ')}`);
      for (const { claim, verification: v } of s.claims) {
        console.log(`    ${claim.negated ? 'NOT ' : ''}${claim.subject.entityId} ${claim.relation}${claim.polarity ? `(${claim.polarity})` : ''} ${claim.object.entityId} med[${claim.mediators.map((m) => m.entityId).join(',')}] ctx[${claim.context.map((m) => m.entityId).join(',')}]${claim.hedged ? ' hedged' : ''} -> ${v.verdict}${v.basis ? `/${v.basis}` : ''}${v.reason ? ` (${v.reason})` : ''}`);
        if (v.evidence.length) console.log(`      evidence ${facts(v.evidence)}`);
        if (v.nearest.length) console.log(`      nearest ${facts(v.nearest)}`);
      }
    }
    for (const t of anchoring.trace ?? []) console.log(`  trace: ${t}`);
    anchoring.trace = undefined;
    anchoring.stops = undefined;
  }
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
