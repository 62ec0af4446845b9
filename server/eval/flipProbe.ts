// `npx tsx server/eval/flipProbe.ts <files> [--half=B] [--split=dev] [--rows] [--negate]`: a symmetry probe of the reader.
// Every row the checker calls SUPPORTED (and so reads) has each of its direction words flipped in turn
// (increased/decreased, promotes/inhibits, high/low, ...); a flipped sentence that is not read as CONTRADICTED
// shows a word whose opposite the reader does not read. Prints counts grouped by the flip that failed; with
// --rows also the flipped sentences (only for studiable sets: probeRows.ts refuses held-out files). With --negate, each supported row is denied instead
// ("is" -> "is not", "increases" -> "does not increase", "reduced" -> "did not reduce", one verb group at a time): a
// denied sentence must never come out SUPPORTED; the counts say how many are read as CONTRADICTED, and the rows
// printed are the denials still called SUPPORTED.
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { evaluateRow } from './evaluate';
import { probeRows } from './probeRows';

const pairs: Array<[string, string]> = [
  ['increase', 'decrease'], ['increased', 'decreased'], ['increases', 'decreases'], ['increasing', 'decreasing'],
  ['promote', 'inhibit'], ['promotes', 'inhibits'], ['promoted', 'inhibited'], ['promoting', 'inhibiting'],
  ['enhance', 'reduce'], ['enhances', 'reduces'], ['enhanced', 'reduced'], ['enhancing', 'reducing'],
  ['upregulate', 'downregulate'], ['upregulates', 'downregulates'], ['upregulated', 'downregulated'],
  ['up-regulated', 'down-regulated'], ['up-regulates', 'down-regulates'], ['upregulation', 'downregulation'],
  ['up-regulation', 'down-regulation'],
  ['high', 'low'], ['higher', 'lower'], ['gain', 'loss'], ['raised', 'lowered'], ['raises', 'lowers'],
  ['accelerate', 'slow'], ['accelerates', 'slows'], ['accelerated', 'slowed'],
  ['facilitate', 'impede'], ['facilitates', 'impedes'], ['facilitated', 'impeded'],
  ['induce', 'suppress'], ['induces', 'suppresses'], ['induced', 'suppressed'], ['inducing', 'suppressing'],
  ['activate', 'inactivate'], ['activates', 'inactivates'],
  ['stimulate', 'inhibit'], ['stimulates', 'inhibits'], ['stimulated', 'inhibited'],
  ['elevated', 'reduced'], ['elevates', 'reduces'], ['poor', 'favourable'], ['poorer', 'better'],
  ['drive', 'restrain'], ['drives', 'restrains'], ['drove', 'restrained'],
  ['increase in', 'decrease in'], ['promotion', 'inhibition'], ['enhancement', 'reduction'], ['induction', 'suppression'],
  ['overexpression', 'underexpression'], ['overexpressed', 'underexpressed'],
  ['shorter', 'longer'], ['worse', 'better'], ['attenuated', 'augmented'], ['attenuates', 'augments'],
  ['boosts', 'dampens'], ['boosted', 'dampened'], ['augmented', 'diminished'], ['favors', 'hinders'], ['favours', 'hinders'],
];
const flip = new Map<string, string>();
for (const [a, b] of pairs) {
  if (!a.includes(' ')) { if (!flip.has(a)) flip.set(a, b); if (!flip.has(b)) flip.set(b, a); }
}

function variants(text: string): Array<{ word: string; to: string; text: string }> {
  const out: Array<{ word: string; to: string; text: string }> = [];
  const re = /[A-Za-z][A-Za-z-]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lower = m[0].toLowerCase();
    const to = flip.get(lower);
    if (!to) continue;
    const cased = m[0][0] === m[0][0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
    out.push({ word: lower, to, text: text.slice(0, m.index) + cased + text.slice(m.index + m[0].length) });
  }
  return out;
}

/** Verb groups denied in place: a copula or modal takes "not"; a direction verb its "does/did not" and base form. */
const auxiliaries = new Set(['is', 'are', 'was', 'were', 'can', 'may', 'could', 'might', 'does', 'do', 'did', 'has', 'have', 'had', 'will', 'would']);

function baseForm(word: string): string | undefined {
  if (!flip.has(word)) return undefined;
  if (/(?:ss|us)$/.test(word) || /ing$/.test(word) || /ion$/.test(word)) return undefined;
  // "suppresses", "suppressed" -> "suppress" (before the rules that keep the "e" of "raises", "raised").
  if (/(?:sh|ch|ss|x)(?:es|ed)$/.test(word)) return word.slice(0, -2);
  if (/(?:ates|izes|ises|ces|ves|ges|ses|kes|tes|res)$/.test(word)) return word.slice(0, -1);
  if (/s$/.test(word)) return word.slice(0, -1);
  if (/(?:at|iz|is|c|v|g|s|k|t|r|u)ed$/.test(word)) return word.slice(0, -1);
  if (/ed$/.test(word)) return word.slice(0, -2);
  return undefined;
}

function negations(text: string): Array<{ word: string; to: string; text: string }> {
  const out: Array<{ word: string; to: string; text: string }> = [];
  const re = /[A-Za-z][A-Za-z-]*/g;
  let previous = '';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lower = m[0].toLowerCase();
    const next = text.slice(m.index + m[0].length).match(/^\s+([A-Za-z]+)/)?.[1]?.toLowerCase();
    if (auxiliaries.has(lower) && next !== 'not' && next !== 'no') {
      out.push({ word: lower, to: `${lower} not`, text: `${text.slice(0, m.index + m[0].length)} not${text.slice(m.index + m[0].length)}` });
    } else if (!auxiliaries.has(previous) && !['a', 'an', 'the', 'with', 'of', 'by', 'to', 'and', 'in'].includes(previous)) {
      const base = baseForm(lower);
      if (base && /(?:s|ed)$/.test(lower)) {
        const aux = lower.endsWith('ed') ? 'did not' : 'does not';
        out.push({ word: lower, to: `${aux} ${base}`, text: `${text.slice(0, m.index)}${aux} ${base}${text.slice(m.index + m[0].length)}` });
      }
    }
    previous = lower;
  }
  return out;
}

async function main(): Promise<void> {
  const { rows, showRows, flags } = probeRows(process.argv.slice(2), 'flipProbe');
  const negate = flags.includes('--negate');
  const { kb } = await loadKnowledgeBase({ extra: [] });
  let tried = 0, read = 0;
  const misses = new Map<string, number>(), hits = new Map<string, number>();
  let supportedDenials = 0;
  for (const row of rows) {
    if (evaluateRow(row, kb).verdict !== 'supported') continue;
    for (const v of negate ? negations(row.text) : variants(row.text)) {
      tried++;
      if (negate) {
        const r = evaluateRow({ ...row, text: v.text, label: 'contradicted', basis: undefined }, kb);
        const key = `${v.word}->${v.to}`;
        if (r.verdict === 'contradicted') { read++; hits.set(key, (hits.get(key) ?? 0) + 1); continue; }
        misses.set(key, (misses.get(key) ?? 0) + 1);
        if (r.verdict === 'supported') { supportedDenials++; if (showRows) console.log(`${row.id}\t${key}\t${r.verdict}\t${r.stage}\t${v.text}`); }
        continue;
      }
      const r = evaluateRow({ ...row, text: v.text, label: 'contradicted', basis: undefined }, kb);
      const key = `${v.word}->${v.to}`;
      if (r.verdict === 'contradicted') { read++; hits.set(key, (hits.get(key) ?? 0) + 1); continue; }
      misses.set(key, (misses.get(key) ?? 0) + 1);
      if (showRows) console.log(`${row.id}\t${key}\t${r.verdict}\t${r.stage}\t${v.text}`);
    }
  }
  if (negate) console.log(`denied ${tried}, read as contradicted ${read}, not contradicted ${tried - read}, still SUPPORTED ${supportedDenials}`);
  else console.log(`flipped ${tried}, read as contradicted ${read}, missed ${tried - read}`);
  for (const [k, n] of [...misses].sort((a, b) => b[1] - a[1])) console.log(`  miss ${n}\t${k}\t(hits ${hits.get(k) ?? 0})`);
}
void main();
