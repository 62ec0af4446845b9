// `npx tsx server/eval/flipProbe.ts <files> [--half=B] [--split=dev] [--rows] [--negate]`: a symmetry probe of the reader.
// Every row the checker calls SUPPORTED (and so reads) has each of its direction words flipped in turn
// (increased/decreased, promotes/inhibits, high/low, ...); a flipped sentence that is not read as CONTRADICTED
// shows a word whose opposite the reader does not read. Prints counts grouped by the flip that failed; with
// --rows also the flipped sentences (only for studiable sets: probeRows.ts refuses held-out files). With --negate, each supported row is denied instead
// ("is" -> "is not", "increases" -> "does not increase", "reduced" -> "did not reduce", one verb group at a time): a
// denied sentence must never come out SUPPORTED; the counts say how many are read as CONTRADICTED, and the rows
// printed are the denials still called SUPPORTED. Only a finite verb group whose head the reader used as the trigger
// of a backed claim is denied (`ownFault`, stop 54); --all denies every verb group as before; --rows --skipped also
// prints the skipped denials that came out SUPPORTED, with the reason they were skipped.
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { tagWords } from '../src/core/language/tagger';
import { evaluateRow, resolvePlaceholders } from './evaluate';
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

interface Denial { word: string; to: string; text: string; at: number }

function negations(text: string): Denial[] {
  const out: Denial[] = [];
  const re = /[A-Za-z][A-Za-z-]*/g;
  let previous = '';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lower = m[0].toLowerCase();
    const next = text.slice(m.index + m[0].length).match(/^\s+([A-Za-z]+)/)?.[1]?.toLowerCase();
    if (auxiliaries.has(lower) && next !== 'not' && next !== 'no') {
      out.push({ word: lower, to: `${lower} not`, at: m.index, text: `${text.slice(0, m.index + m[0].length)} not${text.slice(m.index + m[0].length)}` });
    } else if (!auxiliaries.has(previous) && !['a', 'an', 'the', 'with', 'of', 'by', 'to', 'and', 'in'].includes(previous)) {
      const base = baseForm(lower);
      if (base && /(?:s|ed)$/.test(lower)) {
        const aux = lower.endsWith('ed') ? 'did not' : 'does not';
        out.push({ word: lower, to: `${aux} ${base}`, at: m.index, text: `${text.slice(0, m.index)}${aux} ${base}${text.slice(m.index + m[0].length)}` });
      }
    }
    previous = lower;
  }
  return out;
}

/** The claims of a sentence the library backs, as subject|relation|object (side remarks left out). */
function supportedClaims(text: string, kb: KnowledgeBase): Set<string> {
  const keys = new Set<string>();
  for (const s of analyzeDocument('markdown', resolvePlaceholders(text, kb), kb).sentences) {
    for (const c of s.claims) {
      if (c.verification.verdict === 'supported' && !c.claim.aside) keys.add(`${c.claim.subject.entityId}|${c.claim.relation}|${c.claim.object.entityId}`);
    }
  }
  return keys;
}

/** Words that stand between an auxiliary and the word it governs ("is also elevated", "has not yet been shown"). */
const betweenAuxiliaryAndHead = new Set(['been', 'be', 'being']);

/**
 * The probe's own fault (stop 54): a denial placed where the sentence's claim does not hang on it. Only a finite
 * verb group is denied (an auxiliary the tagger reads as one, or a direction verb it reads as a finite verb with no
 * auxiliary, determiner, preposition or adverb before it: "including increased potential", "are also promoted" and
 * "have high levels" are none), and only one whose head the reader used as the trigger of a claim the library backs:
 * a head (the participle an auxiliary governs and the verb of its infinitive, "has been found to block"; else the
 * copula, its predicate's adjectives and first noun) put out of play by a neutral word of its kind ("noted", "seems",
 * "notable", "note") loses one of the sentence's supported claims. A denial in a side clause, whose claim
 * is not the one that makes the sentence SUPPORTED, keeps them all and is skipped.
 */
function ownFault(text: string, d: Denial, kb: KnowledgeBase, before: Set<string>): string | undefined {
  const words = tagWords(text);
  const i = words.findIndex((w) => w.start === d.at);
  if (i < 0) return 'untagged';
  const w = words[i];
  const heads: number[] = [];
  if (d.to.endsWith(' not')) {
    if (w.pos !== 'AUX') return 'main verb, not auxiliary';
    let j = i + 1;
    while (words[j] && (words[j].pos === 'ADV' || words[j].pos === 'PART' || betweenAuxiliaryAndHead.has(words[j].text.toLowerCase()))) j++;
    if (words[j]?.pos === 'VERB') {
      // "has been found to block Y": the infinitive's verb is the trigger the participle carries.
      heads.push(j);
      if (words[j + 1]?.text.toLowerCase() === 'to' && words[j + 2]?.pos === 'VERB') heads.push(j + 2);
    } else {
      // A copula: its predicate's describing words and its first noun ("is essential for", "is a key driver of").
      heads.push(i);
      while (words[j] && ['DET', 'ADV', 'ADJ'].includes(words[j].pos)) { if (words[j].pos === 'ADJ') heads.push(j); j++; }
      if (words[j]?.pos === 'NOUN') heads.push(j);
    }
  } else {
    const prev = words[i - 1];
    if (w.pos !== 'VERB' || (prev && ['DET', 'ADP', 'ADJ', 'ADV', 'AUX', 'CCONJ', 'PUNCT', 'PART', 'VERB'].includes(prev.pos))) return 'participle or adjective';
    heads.push(i);
  }
  const neutralFor = (h: { text: string; pos: string }): string =>
    h.pos === 'AUX' ? (/^(?:are|were|have|do)$/i.test(h.text) ? 'seem' : 'seems') : h.pos === 'ADJ' ? 'notable' : h.pos === 'NOUN' ? 'note'
      : /ed$/i.test(h.text) ? 'noted' : /s$/i.test(h.text) ? 'notes' : 'note';
  for (const k of heads) {
    const h = words[k];
    const knocked = supportedClaims(text.slice(0, h.start) + neutralFor(h) + text.slice(h.end), kb);
    if ([...before].some((key) => !knocked.has(key))) return undefined;
  }
  return 'not the trigger of a supported claim';
}

async function main(): Promise<void> {
  const { rows, showRows, flags } = probeRows(process.argv.slice(2), 'flipProbe');
  const negate = flags.includes('--negate');
  const { kb } = await loadKnowledgeBase({ extra: [] });
  let tried = 0, read = 0;
  const misses = new Map<string, number>(), hits = new Map<string, number>();
  let supportedDenials = 0, skipped = 0;
  const all = flags.includes('--all'), showSkipped = showRows && flags.includes('--skipped');
  for (const row of rows) {
    if (evaluateRow(row, kb).verdict !== 'supported') continue;
    const before = negate && !all ? supportedClaims(row.text, kb) : new Set<string>();
    for (const v of negate ? negations(row.text) : variants(row.text)) {
      const fault = negate && !all ? ownFault(row.text, v as Denial, kb, before) : undefined;
      if (fault) {
        skipped++;
        if (showSkipped && evaluateRow({ ...row, text: v.text, label: 'contradicted', basis: undefined }, kb).verdict === 'supported') console.log(`skipped (${fault})\t${row.id}\t${v.word}->${v.to}\t${v.text}`);
        continue;
      }
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
  if (negate) console.log(`denied ${tried}${all ? '' : ` (skipped ${skipped} not the trigger's finite verb; --all keeps them)`}, read as contradicted ${read}, not contradicted ${tried - read}, still SUPPORTED ${supportedDenials}`);
  else console.log(`flipped ${tried}, read as contradicted ${read}, missed ${tried - read}`);
  for (const [k, n] of [...misses].sort((a, b) => b[1] - a[1])) console.log(`  miss ${n}\t${k}\t(hits ${hits.get(k) ?? 0})`);
}
void main();
