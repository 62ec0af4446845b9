// One left-to-right pass over a sentence's tokens that answers, in constant time, the questions the reader
// asks about what stands before a token: the preposition governing it, whether an entity precedes it.
// Asking them by walking back from every entity made reading quadratic in the sentence's length.
import type { Token } from './tokens';
import { doseNouns, doseUnits, prepositions } from './vocabulary';

export interface Scan {
  /** Index of the first entity token (Infinity when there is none). */
  firstEntity: number;
  /** For each token: the nearest entity or punctuation before it is an entity ("IL-11 silencing", not ", silencing"). */
  entityBeforePunct: boolean[];
  /** For each token: the nearest preposition before it, at any distance (-1 when none). */
  prepositionBefore: number[];
  /**
   * For each token: the nearest preposition before it within its noun phrase, or -1 when punctuation (other
   * than a comma or slash) or the comma closing an introductory phrase comes first.
   */
  governorIndex: number[];
}

const scans = new WeakMap<readonly Token[], Scan>();

export function scanOf(tokens: readonly Token[]): Scan {
  // The sentence asked last, before the map: roles.ts asks for every entity of the sentence it reads (issue 10:
  // the map's lookups were ~1% of a full check).
  if (tokens === lastTokens) return lastScan!;
  let scan = scans.get(tokens);
  if (!scan) {
    scan = buildScan(tokens);
    scans.set(tokens, scan);
  }
  lastTokens = tokens;
  lastScan = scan;
  return scan;
}

let lastTokens: readonly Token[] | undefined;
let lastScan: Scan | undefined;

/**
 * The word a preposition at `k` stands for: "in response to" is one governor that names a cause. Without
 * "in", "a poor response to trastuzumab" names an outcome, the response (drugOutcome.ts), not a cause.
 * "within 30 minutes of X stimulation" ("within hours of", "within 24 h of") names a time after X, as "after X
 * stimulation" does: the "of" stands for "after" (precision, stop 49: "STAT3 phosphorylation increased within 30
 * minutes of IL-6 stimulation" was read as STAT3 raising IL-6).
 */
export function prepositionWord(tokens: readonly Token[], k: number): string {
  const token = tokens[k];
  if (token.lower === 'of' && withinTimeOf(tokens, k)) return 'after';
  return token.lower === 'to' && tokens[k - 1]?.lower === 'response' && tokens[k - 2]?.lower === 'in' ? 'in-response-to' : token.lower;
}

const timeUnits = new Set(['seconds', 'second', 'minutes', 'minute', 'min', 'mins', 'hours', 'hour', 'h', 'hrs', 'hr', 'days', 'day', 'd', 'weeks', 'week', 'moments']);

/** "within (30|a few) minutes of": "of" after a unit of time that "within" opens. */
function withinTimeOf(tokens: readonly Token[], k: number): boolean {
  if (!timeUnits.has(tokens[k - 1]?.lower ?? '')) return false;
  for (let j = k - 2; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j];
    if (t.lower === 'within') return true;
    if (t.kind !== 'word' || !/^(?:\d+|a|few|several|the|first|one|two|three|four|six|twelve|twenty-four)$/.test(t.lower)) return false;
  }
  return false;
}

function buildScan(tokens: readonly Token[]): Scan {
  const n = tokens.length;
  // Plain arrays, filled in order: a typed array costs an ArrayBuffer per sentence, and allocating two of them
  // was most of this pass's time (issue 10).
  const entityBeforePunct: boolean[] = [];
  const prepositionBefore: number[] = [];
  const governorIndex: number[] = [];
  let firstEntity = Infinity;
  let lastEntityOrPunct: 'entity' | 'punct' | undefined;
  let lastPreposition = -1;
  let governor = -1;
  const firstPunct = tokens.findIndex((t) => t.kind === 'punct');
  for (let i = 0; i < n; i++) {
    entityBeforePunct.push(lastEntityOrPunct === 'entity');
    prepositionBefore.push(lastPreposition);
    governorIndex.push(governor);
    const token = tokens[i];
    if (token.kind === 'entity') {
      if (firstEntity === Infinity) firstEntity = i;
      lastEntityOrPunct = 'entity';
    } else if (token.kind === 'punct') {
      lastEntityOrPunct = 'punct';
      if ((token.text !== ',' && token.text !== '/') || (i === firstPunct && closesIntroduction(tokens, i))) governor = -1;
    } else if (prepositions.has(token.lower)) {
      // "activated by several kinds of cytokines", "by a number of pathways": the quantity phrase is no new
      // governor; the cytokines are still the agent "by" names (and "in a variety of cancers" still a setting).
      if (governor >= 0 && token.lower === 'of' && quantityPhraseBefore(tokens, i, governor)) continue;
      // "after treatment with the same concentration of X", "exposed to 10 ng/ml of X": a dose given is the agent
      // given; X stays governed by "with" or "to" (stop 48: the "of" took it from the treatment word).
      if (governor >= 0 && token.lower === 'of' && dosePhraseBefore(tokens, i, governor)) continue;
      lastPreposition = i;
      governor = i;
    }
  }
  return { firstEntity, entityBeforePunct, prepositionBefore, governorIndex };
}

/** Nouns of kind before "of": "several kinds of X", "many types of X". */
const kindNouns = new Set(['kinds', 'kind', 'types', 'sorts', 'classes']);
/** Nouns of quantity that count only after "a" (and an adjective): "a number of X", "a wide variety of X", never "the number of X" (a count). */
const quantityNouns = new Set(['number', 'variety', 'range', 'host', 'array', 'plethora', 'multitude', 'spectrum']);

/** Whether the "of" at `of` ends a quantity phrase ("several kinds", "a wide range") that begins right after the governor at `governor`. */
function quantityPhraseBefore(tokens: readonly Token[], of: number, governor: number): boolean {
  const noun = tokens[of - 1];
  if (noun?.kind !== 'word') return false;
  if (kindNouns.has(noun.lower)) return of - 1 - governor <= 3 && tokens.slice(governor + 1, of - 1).every((t) => t.kind === 'word' && !prepositions.has(t.lower));
  if (!quantityNouns.has(noun.lower)) return false;
  const a = tokens[governor + 1];
  return a?.kind === 'word' && a.lower === 'a' && of - 1 - governor <= 3 && tokens.slice(governor + 2, of - 1).every((t) => t.kind === 'word' && !prepositions.has(t.lower));
}

/**
 * Whether the "of" at `of` ends a dose ("the same concentration", "a high dose", "10 ng/ml") that begins right after
 * a preposition of giving at `governor` ("with", "to"): at most four words, numbers or a unit's slash between.
 */
function dosePhraseBefore(tokens: readonly Token[], of: number, governor: number): boolean {
  const noun = tokens[of - 1];
  if (noun?.kind !== 'word' || !(doseNouns.has(noun.lower) || doseUnits.has(noun.lower))) return false;
  if (!['with', 'to'].includes(tokens[governor].lower) || of - 1 - governor > 5) return false;
  return tokens.slice(governor + 1, of - 1).every((t) => t.kind !== 'entity' && (t.kind !== 'punct' || t.text === '/') && !prepositions.has(t.lower));
}

/** "In thyroid cancer cells, sorafenib ...": only the sentence's first punctuation, a comma, can close one. */
function closesIntroduction(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma].text !== ',') return false;
  const first = tokens[0];
  return first?.kind === 'word' && (prepositions.has(first.lower) || first.lower === 'consistently' || first.lower === 'together') && tokens[comma + 1]?.kind !== 'word';
}
