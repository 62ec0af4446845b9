// A denial inside a bounded aside qualifies the predicate, it does not deny it (issue 7, stop 55): "IL-11 raised,
// not always to the same degree, STAT3", "IL-11 raised, albeit not at first, STAT3", "IL-11 raised, though not in
// every line, STAT3". Read as the verb's denial, the object after the aside was set apart ("raised not STAT3 but
// STAT1", roles.ts) and the claim came out of no effect, contradicted by the finding the sentence states. The aside
// is bounded: a comma opens it (the denial right after it, or after a concessive word or two), and the next comma
// closes it within a few words, no ";" or ":" between; what it denies is a manner, a time, a degree or a share (the
// word after the denial). An aside that opens with a name ("raised, not STAT3, but STAT1") is a rival set aside and
// keeps the old reading, as does a denial before the comma ("did not, in these cells, raise") or one with no comma
// before it ("raised not STAT3 but STAT1"). The precision guard asks the same
// question of a denial aside in a claim's gap (analysis/unaccountedLink.ts, its side remarks).
import type { Token } from './tokens';

/** Words that may stand between the aside's opening comma and its denial: "though not", "if not", "albeit not", "but not". */
const asideLeadWords: ReadonlySet<string> = new Set(['though', 'although', 'albeit', 'if', 'even', 'but', 'and', 'yet', 'perhaps', 'probably', 'possibly', 'certainly', 'admittedly', 'surely']);
/** The denial words an aside may carry. */
const asideDenials: ReadonlySet<string> = new Set(['not', 'never']);
const significanceWords: ReadonlySet<string> = new Set(['significantly', 'significant', 'measurably', 'detectably', 'appreciably']);
/** Words that open what a denial in an aside bounds, besides "-ly" adverbs: prepositions of time, place and degree, quantifiers. */
const qualifierWords: ReadonlySet<string> = new Set([
  'always', 'all', 'every', 'each', 'quite', 'yet', 'much', 'as', 'so', 'to', 'in', 'at', 'within', 'for', 'during', 'under', 'until', 'till',
  'before', 'after', 'by', 'on', 'across', 'throughout', 'everywhere', 'uniformly', 'invariably',
]);
/** The most tokens an aside spans between its commas. */
const maxAsideTokens = 10;

/**
 * The index of the comma that closes the bounded aside the denial word at `i` opens, or -1: `tokens[i]` a denial
 * after a comma (up to two lead words between), the next comma within ten tokens, no ";" or ":" on the way.
 */
export function denialAsideClose(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.kind !== 'word' || !asideDenials.has(tokens[i].lower)) return -1;
  let open = i - 1;
  while (open >= 0 && open >= i - 2 && tokens[open].kind === 'word' && asideLeadWords.has(tokens[open].lower)) open--;
  if (open < 1 || tokens[open].text !== ',') return -1;
  // "raised, not significantly, Y" says the rise was not found: a denial of the finding, kept as the verb's.
  if (significanceWords.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.text === ',') return -1;
  // What is denied is a manner, a time, a degree or a share ("not always", "not at first", "not in every line", "not
  // to the same degree", "if not all"): a name or a noun right after the denial is a rival set aside ("but not Runx,
  // to induce Y", a name the lexicon does not know), which the aside rule leaves alone.
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || !(qualifierWords.has(next.lower) || /^[a-z]+ly$/.test(next.text))) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + maxAsideTokens; k++) {
    const t = tokens[k].text;
    if (t === ',') return k;
    if (t === ';' || t === ':') return -1;
  }
  return -1;
}

/** Whether the aside's words after `i`, up to its closing comma, name something: an entity token. */
export function asideNames(tokens: readonly Token[], i: number, close: number): boolean {
  for (let k = i + 1; k < close; k++) if (tokens[k].kind === 'entity') return true;
  return false;
}

/**
 * The index of the closing comma of a qualifying aside the comma at `comma` opens, or -1: a bounded denial aside
 * (denialAsideClose) that names nothing, "IL-11 raised, though not in every line, STAT3". The clause reader keeps
 * the verb and its object in one clause across it (triggers.ts clauseNumbers), and the precision guard passes it
 * as a side remark wherever it stands between the participants (analysis/unaccountedLink.ts).
 */
export function qualifyingAsideAfter(tokens: readonly Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  for (let k = comma + 1; k <= comma + 3 && k < tokens.length; k++) {
    if (tokens[k].kind !== 'word') return -1;
    if (asideDenials.has(tokens[k].lower)) {
      const close = denialAsideClose(tokens, k);
      return close > k && !asideNames(tokens, k, close) ? close : -1;
    }
    if (!asideLeadWords.has(tokens[k].lower)) return -1;
  }
  return -1;
}

/** The rule's examples, each read by denialAside.test.ts: asides that qualify (the claim stays), denials that stay denials. */
export const denialAsideExamples: { qualifies: readonly { text: string; claim: string }[]; denies: readonly string[] } = {
  qualifies: [
    { text: 'IL-11 raised, not always to the same degree, STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    { text: 'IL-11 raised, albeit not at first, STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    { text: 'IL-11 raised, never to the same degree, STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    { text: 'IL-11 raised, not in every line tested, STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    { text: 'IL-11 raised STAT3 phosphorylation in most, if not all, MDA-MB-231 cultures.', claim: 'IL11 increases STAT3' },
    { text: 'IL-11, not unexpectedly, raised STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    // (Between dashes, which the tokens do not keep: extract.ts isNegated reads "not un-...ly" with no auxiliary before it.)
    { text: 'IL-11 — not unexpectedly — raised STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    { text: 'IL-11 raised, though not in every line, STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    { text: 'IL-11 raised, if not in every experiment, STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    { text: 'IL-11 raised, but not within the first hour, STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    { text: 'Hypoxia, though not in every line tested, raised IL-11 expression in MDA-MB-231 cells.', claim: 'HYPOXIA increases IL11' },
  ],
  denies: [
    'IL-11 did not, in these cells, raise STAT3 phosphorylation in MDA-MB-231 cells.',
    'IL-11 raised not STAT3 but ERK phosphorylation in MDA-MB-231 cells.',
    'IL-11 did not unexpectedly raise STAT3 phosphorylation in MDA-MB-231 cells.',
    'IL-11 raised, not STAT3, but ERK phosphorylation in MDA-MB-231 cells.',
    'IL-11 raised, not significantly, STAT3 phosphorylation in MDA-MB-231 cells.',
    'IL-11 never raised, in any of our experiments, STAT3 phosphorylation in MDA-MB-231 cells.',
    'IL-11 raised, though not in MDA-MB-231 cells, STAT3 phosphorylation.',
    'Hypoxia needs STAT3, but not Qrx7, to raise IL-11 expression in MDA-MB-231 cells.',
  ],
};

/** The opening comma of the qualifying aside the comma at `close` closes, or -1 (walking back: the subject's phrase). */
export function qualifyingAsideBefore(tokens: readonly Token[], close: number): number {
  if (tokens[close]?.text !== ',') return -1;
  for (let j = close - 2; j >= 0 && j >= close - maxAsideTokens - 3; j--) if (tokens[j].text === ',') return qualifyingAsideAfter(tokens, j) === close ? j : -1;
  return -1;
}
