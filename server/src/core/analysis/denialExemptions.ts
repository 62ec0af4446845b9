// Whether a word of denial between a claim's participants is accounted for (issue 7, stop 55): the one decision the
// precision guard (unaccountedLink.ts) asks of every denial word (denialWords.ts) the claim does not carry. Stop 54
// built two readings of it, one on the tokens and one on the text, joined by "unread only if neither excuses it";
// here is their union on the tokens the guard already has, each exemption a row of data with its examples (the test
// denialExemptions.test.ts reads every example: each stays supported). A denial no row excuses means the reader did not
// see it, and a supported sentence becomes no evidence. (A denial the claim took in, negated, inverted, of no effect or
// read through a loss, is read before any row is asked: unaccountedLink.ts.)
import type { EntityMention } from '../entities/recognize';
import type { Token } from '../claims/tokens';
import { bareDenials, denialTable, denialWords, deniesAsUsed, notOnlyAfterArticle, notOnlyRightAfter, notOnlyWords, turnsDenialRound } from './denialWords';

/** A denial word in its place: the sentence's tokens, the word's index, and the gap [from, to) between the participants. */
export interface DenialSite {
  tokens: readonly Token[];
  at: number;
  from: number;
  to: number;
  /** The claim's own participants and routes: a rival set against one is no denial of the link. */
  own: readonly EntityMention[];
  /** The later participant. */
  second: EntityMention;
  /** Whether a name other than a place or condition lies in a span of the text. */
  namesSomething?: (from: number, to: number) => boolean;
}

export interface DenialExemption {
  name: string;
  /** Sentences whose denial the row excuses; each keeps its claim and stays supported (denialExemptions.test.ts). */
  examples: readonly { text: string; claim: string }[];
  excuses: (s: DenialSite) => boolean;
}

const word = (s: DenialSite, k: number): string => s.tokens[k]?.lower ?? '';
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** A determiner or quantifier before a name ("not the X", "these drugs"). */
export function determinerLike(w: string): boolean {
  return ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their'].includes(w);
}

/** Sentence openers of a concession: what the writer grants up to its comma is not the main claim's own words. */
const concessionOpeners: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whereas', 'despite']);

/** The index of a turning word within three words after the denial at `i` ("not unlikely", "did not fail to", "not a superfluous step"), or 0. */
export function cancelledAt(s: DenialSite, i: number): number {
  for (let k = i + 1; k < Math.min(s.to, i + 4); k++) if (turnsDenialRound(word(s, k))) return k;
  return 0;
}

/** Any "un-" word right after the denial at `i` (an article or "be" between): "not unexpectedly", "not understood". */
function unWordAfter(s: DenialSite, i: number): boolean {
  const next = ['a', 'an', 'the', 'be', 'been'].includes(word(s, i + 1)) ? i + 2 : i + 1;
  return next < s.to && /^un[a-z]+\b/i.test(s.tokens[next]?.text ?? '');
}

/** Whether the words after "not" at `i` grant the claim: "not only", "not surprisingly", "not the main", "not be the sole". */
function notOnlyAt(s: DenialSite, i: number): boolean {
  if (notOnlyRightAfter.includes(word(s, i + 1))) return true;
  for (let j = i + 1; j < i + 4 && j < s.tokens.length; j++) {
    if (notOnlyWords.has(word(s, j))) return true;
    if (!determinerLike(word(s, j)) && word(s, j) !== 'be') break;
  }
  const k = word(s, i + 1) === 'be' || word(s, i + 1) === 'been' ? i + 2 : i + 1;
  return articles.has(word(s, k)) && notOnlyAfterArticle.includes(word(s, k + 1));
}

/** "A, unlike B,", "via A rather than B", "A, but not B,": a rival set against a participant or route named right before. */
export function rivalAside(tokens: readonly Token[], i: number, own: readonly EntityMention[]): boolean {
  let before = i - 1;
  while (before >= 0 && (tokens[before].text === ',' || ['and', 'but', 'not', 'rather'].includes(tokens[before].lower))) before--;
  const named = tokens[before];
  if (named?.kind !== 'entity' || !own.some((m) => m.start <= named.start && m.end >= named.end)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    if (tokens[k].kind === 'entity') return true;
    if (!['than', 'not', 'of', 'to', 'the', 'a', 'an', 'with'].includes(tokens[k].lower)) return false;
  }
  return false;
}

/** Whether a comparison follows the denial in its sentence: "as <word> as", "than". */
function comparisonAfter(s: DenialSite): boolean {
  return s.tokens.some((t, k) => k > s.at && (t.lower === 'than' || (t.lower === 'as' && word(s, k + 2) === 'as')));
}

/** Whether the denial is right before the later participant: "of" or "the" between ("in the absence of the Y"), or a determiner ("cells lacking Y", "without its Y"). */
function beforeParticipant(s: DenialSite): boolean {
  let k = s.at + 1;
  if (word(s, k) === 'of') k++;
  if (word(s, k) === 'the') k++;
  if (k >= s.to) return true;
  const next = s.tokens[determinerLike(word(s, s.at + 1)) ? s.at + 2 : s.at + 1];
  return next?.kind === 'entity' && next.start >= s.second.start && next.start < s.second.end;
}

/** ", which ... ," (also "who", "whose") in the gap, its words between commas. */
function inWhichRemark(s: DenialSite): boolean {
  let c = s.at - 1;
  while (c >= s.from && s.tokens[c].text !== ',' && s.tokens[c].text !== ';') c--;
  if (c < s.from || s.tokens[c].text !== ',' || !['which', 'who', 'whose'].includes(word(s, c + 1))) return false;
  for (let d = s.at + 1; d < s.to; d++) {
    if (s.tokens[d].text === ';') return false;
    if (s.tokens[d].text === ',') return true;
  }
  return false;
}

/** The exemptions, one row each. */
export const denialExemptions: readonly DenialExemption[] = [
  {
    name: 'a concession opening the sentence',
    examples: [{ text: 'Though hypoxia was not the strongest stimulus, it raised IL-11 expression in MDA-MB-231 cells.', claim: 'HYPOXIA increases IL11' }],
    excuses: (s) => {
      const k = word(s, 0) === 'even' && word(s, 1) === 'though' ? 1 : 0;
      if (!concessionOpeners.has(word(s, k))) return false;
      for (let c = k + 1; c < s.tokens.length; c++) {
        if (s.tokens[c].text === ';') return false;
        if (s.tokens[c].text === ',') return s.at < c;
      }
      return false;
    },
  },
  {
    name: 'a side remark',
    // ", which ... ," anywhere between the participants, however long: the writer's aside, no part of the link. (The
    // guard's walk skips the short ones for every kind of word: brackets, and up to ten words between commas before
    // the trigger opened by a negative, contrast or relative word, ", not surprisingly,".)
    examples: [{ text: 'Hypoxia, which in these experiments and under the usual culture conditions did not kill the cells, raised IL-11 expression in MDA-MB-231 cells.', claim: 'HYPOXIA increases IL11' }],
    excuses: inWhichRemark,
  },
  {
    name: 'a word of independence without its partner after it',
    // "independently associated with poor survival", "an independent prognostic factor", "independent of age": the
    // multivariate affirmative (denialWords.ts deniesAsUsed).
    examples: [{ text: 'Hypoxia independently raised IL-11 expression in MDA-MB-231 cells.', claim: 'HYPOXIA increases IL11' }],
    excuses: (s) => !deniesAsUsed(word(s, s.at), word(s, s.at + 1))
      || (denialTable[word(s, s.at)] === 'independence' && (independentPredictor.has(word(s, s.at + 2)) || (word(s, s.at + 1) === 'of' && ['age', 'stage', 'grade', 'other'].includes(word(s, s.at + 2))))),
  },
  {
    name: 'a double denial',
    // "did not fail to", "is not a dispensable step", "not unlikely": the two words turn round and assert the claim.
    examples: [
      { text: 'EMT is not a superfluous step in tumour metastasis.', claim: 'EMT promotes METASTASIS' },
      { text: 'IL-11 is not an expendable step in the invasion of MDA-MB-231 cells.', claim: 'IL11 promotes CELL_INVASION' },
    ],
    excuses: (s) => cancelledAt(s, s.at) > 0 || unWordAfter(s, s.at) || [1, 2, 3].some((d) => s.at - d >= s.from && s.tokens[s.at - d].kind === 'word' && denialWords.has(word(s, s.at - d)) && cancelledAt(s, s.at - d) === s.at),
  },
  {
    name: 'not only',
    // "not only ... but also", "not the only", "not surprisingly", "not until", "not the first": the claim is granted.
    examples: [{ text: 'IL-11 is not the only cytokine that raises STAT3 phosphorylation.', claim: 'IL11 increases STAT3' }],
    excuses: (s) => word(s, s.at) === 'not' && notOnlyAt(s, s.at),
  },
  {
    name: 'a denial of something else than the link',
    // "no longer" (after a loss), "whether or not", "with or without", "not all", "not always".
    examples: [
      { text: 'IL-11, with or without serum, raised STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
      { text: 'IL-11 did not always raise STAT3 phosphorylation as strongly as IL-6 in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' },
    ],
    excuses: (s) => (word(s, s.at) === 'no' && word(s, s.at + 1) === 'longer')
      || (word(s, s.at) === 'not' && (['whether', 'or', 'if'].includes(word(s, s.at - 1)) || ['all', 'always'].includes(word(s, s.at + 1))))
      || (word(s, s.at) === 'without' && word(s, s.at - 1) === 'or' && word(s, s.at - 2) === 'with'),
  },
  {
    name: 'a rival set aside',
    // "IL-11, unlike IL-6, raises Z", "A, but not B, ...", "not X alone", "but not X,": the claim's own participants stand.
    examples: [{ text: 'IL-11 and not IL-6 raised STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' }],
    excuses: (s) => rivalAside(s.tokens, s.at, s.own) || (word(s, s.at) === 'not' && (excludedRival(s) || (word(s, s.at + 2) === 'alone' && /^[\w-]+$/.test(s.tokens[s.at + 1].text)))),
  },
  {
    name: 'a comparison',
    // "did not raise Y as strongly as Z", "no more than": the link is granted, its degree denied.
    examples: [{ text: 'Hypoxia did not raise IL-11 as strongly as CoCl2 did in MDA-MB-231 cells.', claim: 'HYPOXIA increases IL11' }],
    excuses: comparisonAfter,
  },
  {
    name: 'the loss of the later participant',
    // "cells lacking Y", "without Y": the loss-of-function reading takes it in.
    examples: [{ text: 'Hypoxia-induced invasion was blocked in cells without IL-11.', claim: 'IL11 activates CELL_INVASION' }],
    excuses: beforeParticipant,
  },
  {
    name: 'a plain denial of another name',
    // "but not B", "no Y": a name right after a plain denial is what it denies.
    examples: [{ text: 'IL-11 given with no IL-6 raised STAT3 phosphorylation in MDA-MB-231 cells.', claim: 'IL11 increases STAT3' }],
    excuses: (s) => {
      if (!bareDenials.has(word(s, s.at))) return false;
      const k = word(s, s.at + 1) === 'the' ? s.at + 2 : s.at + 1;
      const next = s.tokens[k];
      return k < s.to && next !== undefined && next.start > s.tokens[s.at].end && (s.namesSomething?.(next.start, next.start + 1) ?? false);
    },
  },
];

/** The nouns after "independent (of)" that make it the multivariate affirmative: "an independent prognostic factor". */
const independentPredictor: ReadonlySet<string> = new Set(['predictor', 'predictors', 'prognostic', 'factor', 'factors', 'marker', 'markers', 'risk']);

/** "not X," after a comma: a rival named to be set aside. */
function excludedRival(s: DenialSite): boolean {
  const i = s.at;
  const next = determinerLike(word(s, i + 1)) ? i + 2 : i + 1;
  if (s.tokens[next]?.kind !== 'entity') return false;
  return word(s, next + 1) === 'alone' || (s.tokens[i - 1]?.text === ',' && s.tokens[next + 1]?.text === ',');
}

/** The exemption that accounts for the denial word at the site, or undefined: the word is unread. */
export function denialExemption(s: DenialSite): DenialExemption | undefined {
  return denialExemptions.find((e) => e.excuses(s));
}
