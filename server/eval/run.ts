// `npm run eval [file.jsonl]`: confusion matrix and per-label precision, recall and F1 of the claim checker,
// on the project's labelled corpus by default or on any JSONL of the shape of shared/eval/dev-claims.jsonl.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { evaluateRow, score, toLabelledRow, verdictBasisClass, verdictClass, type LabelledRow, type RowResult, type Scores } from './evaluate';
import { half, selectSplit, type Split } from './realSplit';
import { anchoring } from '../src/core/claims/anchored';
import { lastResortReading } from '../src/core/claims/lastResort';
import { simplifiedViews } from '../src/core/claims/simplifiedViews';
import { oracleReading, type GoldClaim } from './oracle';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  // `--split dev|blind|all` picks a part of the real-prose set (shared/eval/real); see realSplit.ts.
  const splitArg = args.find((a) => a.startsWith('--split='))?.slice('--split='.length) as Split | undefined;
  const given = args.filter((a) => !a.startsWith('-'));
  const inputs = given.length ? given : [path.join(__dirname, '..', 'test', 'corpus', 'claims.jsonl')];
  const files = inputs.flatMap((input) =>
    fs.existsSync(input) && fs.statSync(input).isDirectory()
      ? fs.readdirSync(input).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(input, f))
      : [input],
  );
  const missing = files.find((f) => !fs.existsSync(f));
  if (missing) {
    process.stderr.write(`eval: no such file: ${missing}\n`);
    process.exitCode = 2;
    return;
  }
  const goldClaims = new Map<string, GoldClaim>();
  const all = files.flatMap((file) =>
    fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
      const row = toLabelledRow(raw);
      if (raw.claim && typeof raw.claim === 'object') goldClaims.set(row.id, raw.claim as GoldClaim);
      return row;
    }),
  );
  const split: Split = splitArg ?? 'all';
  // `--half=A|B` halves the chosen rows by a fixed rule (realSplit.ts `half`): study errors in one half, and the
  // other half's score tells how a change does on sentences its author has not read.
  const halfArg = args.find((a) => a.startsWith('--half='))?.slice('--half='.length).toUpperCase();
  if (halfArg !== undefined && halfArg !== 'A' && halfArg !== 'B') throw new Error(`eval: --half takes A or B, not ${halfArg}`);
  const rows: LabelledRow[] = selectSplit(all, split).filter((r) => halfArg === undefined || half(r.id) === halfArg);
  const file = `${files.join(', ')}${split === 'all' ? '' : ` (${split} split)`}${halfArg ? ` half ${halfArg}` : ''}`;
  const { kb } = await loadKnowledgeBase({ extra: [] });
  // `--anchored-only`: only knowledge-anchored reading reads claims (anchored.ts `anchoring.alone`).
  if (args.includes('--anchored-only')) anchoring.alone = true;
  // `--no-last-resort`: without the last-resort reading (claims/lastResort.ts), to measure it alone; `--lr-gap=N`,
  // `--lr-comma` (a comma does not end the clause), `--lr-any-head`, `--lr-same-type` (only a name of the same type between stops it)
  // narrow or widen its conditions for the trade-off table.
  if (args.includes('--no-last-resort')) lastResortReading.enabled = false;
  // `--no-simplified-views`: sentences read with their clutter, as before stop 32 (claims/simplifiedViews.ts).
  if (args.includes('--no-simplified-views')) simplifiedViews.enabled = false;
  const gapArg = args.find((a) => a.startsWith('--lr-gap='));
  if (gapArg) lastResortReading.maxGap = Number(gapArg.slice('--lr-gap='.length));
  if (args.includes('--lr-comma')) lastResortReading.commaBreaks = false;
  if (args.includes('--lr-same-type')) lastResortReading.noEntityBetween = false;
  // `--lr-any-head`: a name inside a phrase headed by another noun ("X target genes") is read too.
  if (args.includes('--lr-any-head')) lastResortReading.ownHeadsOnly = false;
  const started = process.hrtime.bigint();
  // `--stops`: per row, why anchored reading left each linked pair unread (anchored/stops.ts `stop`); counts only.
  const stops = args.includes('--stops') ? new Map<string, { wrong: number; right: number }>() : undefined;
  // With --verbose too, each row printed below names its pairs' chunks and stops (anchored.ts `anchoring.trace`).
  const traces = new Map<string, string[]>();
  const results = rows.map((row) => {
    if (!stops) return evaluateRow(row, kb);
    anchoring.stops = new Map();
    if (verbose) anchoring.trace = [];
    const result = evaluateRow(row, kb);
    if (anchoring.trace) traces.set(row.id, anchoring.trace);
    anchoring.trace = undefined;
    for (const reason of anchoring.stops.keys()) {
      const count = stops.get(reason) ?? { wrong: 0, right: 0 };
      count[result.basisRight ? 'right' : 'wrong']++;
      stops.set(reason, count);
    }
    anchoring.stops = undefined;
    return result;
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  console.log(`${file}: ${rows.length} sentences, checked in ${ms.toFixed(0)} ms\n`);
  printScores('Verdict', score(results, verdictClass));
  printScores('Verdict with basis', score(results, verdictBasisClass));
  const s = score(results, verdictClass);
  console.log(`verdict accuracy ${pct(s.accuracy)}  verdict+basis ${pct(s.basisAccuracy)}  evidence papers exact ${pct(s.evidenceAccuracy)}  citation issue ${pct(s.citationAccuracy)}`);
  console.log(`macro-F1 (verdict) ${s.macroF1.toFixed(3)}  macro-F1 (verdict with basis) ${score(results, verdictBasisClass).macroF1.toFixed(3)}\n`);

  if (stops) {
    console.log('Anchored reading left a linked pair unread because (rows wrong / rows right, a row counted once per reason):');
    for (const [reason, { wrong, right }] of [...stops].sort((a, b) => b[1].wrong - a[1].wrong)) console.log(`  ${String(wrong).padStart(3)} / ${String(right).padStart(3)}  ${reason}`);
    console.log('');
  }
  // `--stages`: the wrong rows counted by where their answer was decided (missStage.ts); counts only, so it is
  // allowed on held-out files (with --no-rows) and tells recognition, reading and knowledge gaps apart there.
  if (args.includes('--stages')) printStages(results);
  // The blind split is scored, never read: its sentences are not printed, and its gold claims never used.
  if (args.includes('--oracle') && split !== 'blind') printOracle(results, goldClaims, kb, args.includes('--no-rows'));
  if (split === 'blind' || args.includes('--no-rows')) return;
  const wrong = results.filter((r) => !r.basisRight || !r.evidenceRight || !r.citationRight);
  console.log(`${wrong.length} rows with a difference${verbose || wrong.length <= 40 ? ':' : ' (first 40; --verbose for all):'}`);
  for (const r of verbose ? wrong : wrong.slice(0, 40)) console.log(describe(r) + (args.includes('--stages') ? `\n      stage    ${r.stage}` : '') + (traces.get(r.row.id) ?? []).map((t) => `\n      ${t}`).join(''));
}

/**
 * `--oracle`: the same rows verified from their gold claims (oracle.ts). Rows wrong from the sentence but right
 * from the gold claim are reading gaps; rows wrong from both are knowledge, inference or recognition gaps.
 */
function printOracle(results: readonly RowResult[], gold: ReadonlyMap<string, GoldClaim>, kb: KnowledgeBase, quiet: boolean): void {
  const oracle = results.map((r) => {
    const reading = gold.has(r.row.id) ? oracleReading(gold.get(r.row.id)!, kb) : { verdict: 'out-of-scope' as const, basis: null, note: 'no gold claim' };
    // A sentence the reader marks as a non-claim (an aim, a method) stays one: the gold claim says what it names, not that it asserts it.
    const nonClaim = r.nonClaim !== undefined;
    const verdict = nonClaim ? 'out-of-scope' : reading.verdict;
    const basis = nonClaim ? null : reading.basis;
    const right = verdict === r.row.label && (r.row.label !== 'unsupported' || basis === (r.row.basis ?? null));
    return { r, reading, verdict, basis, right };
  });
  const asResults: RowResult[] = oracle.map(({ r, verdict, basis }) => ({ ...r, verdict, basis }));
  const s = score(asResults, verdictBasisClass);
  printScores('Oracle (gold claims through our recognizer and verifyClaim), verdict with basis', s);
  const reading = oracle.filter((o) => o.right && !o.r.basisRight);
  const knowledge = oracle.filter((o) => !o.right && !o.r.basisRight);
  const oracleOnly = oracle.filter((o) => !o.right && o.r.basisRight);
  console.log(`oracle macro-F1 ${s.macroF1.toFixed(3)}; sentence wrong: ${reading.length + knowledge.length} = reading gaps ${reading.length} (right from the gold claim) + knowledge/inference/recognition gaps ${knowledge.length} (wrong from both); right from the sentence, wrong from the gold claim: ${oracleOnly.length}\n`);
  if (quiet) return;
  const show = (o: (typeof oracle)[number]): string => {
    const c = o.reading.claim;
    const claim = c ? `${c.negated ? 'NOT ' : ''}${c.subject} ${c.relation} ${c.object}${c.mediators.length ? ` via ${c.mediators.join(',')}` : ''}${c.context.length ? ` in ${c.context.join(',')}` : ''}` : (o.reading.note ?? '');
    return `  ${o.r.row.id} expected ${o.r.row.label}${o.r.row.basis ? `/${o.r.row.basis}` : ''}; sentence ${o.r.verdict}${o.r.basis ? `/${o.r.basis}` : ''}; oracle ${o.verdict}${o.basis ? `/${o.basis}` : ''}: ${claim}`;
  };
  console.log('Reading gaps (right from the gold claim):');
  for (const o of reading) console.log(show(o));
  console.log('Knowledge/inference/recognition gaps (wrong from the gold claim too):');
  for (const o of knowledge) console.log(show(o));
  console.log('Right from the sentence, wrong from the gold claim:');
  for (const o of oracleOnly) console.log(show(o));
  console.log('');
}

function printStages(results: readonly RowResult[]): void {
  const counts = new Map<string, number>();
  for (const r of results.filter((x) => !x.basisRight)) {
    const key = `${r.row.label}${r.row.basis ? `/${r.row.basis}` : ''} -> ${r.verdict}${r.basis ? `/${r.basis}` : ''}: ${r.stage}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log(`Wrong rows by where their answer was decided (${[...counts.values()].reduce((a, b) => a + b, 0)} rows):`);
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(n).padStart(3)}  ${key}`);
  console.log('');
}

function printScores(title: string, s: Scores): void {
  const classes = Object.keys(s.confusion);
  const width = Math.max(14, ...classes.map((c) => c.length + 1));
  console.log(`${title}: rows = expected, columns = predicted`);
  console.log(' '.repeat(width) + classes.map((c) => short(c).padStart(13)).join(''));
  for (const expected of classes) console.log(expected.padEnd(width) + classes.map((p) => String(s.confusion[expected][p]).padStart(13)).join(''));
  console.log(`\n${'label'.padEnd(width)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}${'support'.padStart(10)}`);
  for (const c of classes) {
    const l = s.perLabel[c];
    console.log(`${c.padEnd(width)}${l.precision.toFixed(3).padStart(10)}${l.recall.toFixed(3).padStart(10)}${l.f1.toFixed(3).padStart(10)}${String(l.support).padStart(10)}`);
  }
  console.log(`${'macro-F1'.padEnd(width)}${s.macroF1.toFixed(3).padStart(30)}\n`);
}

function short(c: string): string {
  return c.replace('unsupported/other-context', 'unsup/ctx').replace('unsupported/no-evidence', 'unsup/none').replace('out-of-scope', 'out');
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function describe(r: RowResult): string {
  const expected = `${r.row.label}${r.row.basis ? `/${r.row.basis}` : ''} [${r.expectedEvidence.join(',')}]${r.row.citationIssue ? ` cite:${r.row.citationIssue}` : ''}`;
  const got = `${r.verdict}${r.basis ? `/${r.basis}` : ''} [${r.evidence.join(',')}]${r.citationIssue ? ` cite:${r.citationIssue}` : ''}`;
  return `  ${r.row.id}: ${r.row.text}\n      expected ${expected}\n      got      ${got}`;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
