// A sentence's words, found once and shared (issue 10). Three prefilters each made their own pass over each
// sentence's lower case for the words their rules need (wordIndex.ts): the constructions' trigger words
// (constructions.ts), the non-claim patterns' words and literals (verify/scope.ts) and the implied mentions'
// literals (impliedMentions.ts). Each table registers its words here when its module loads, and one pass over
// the sentence (and the few characters after it the constructions look at) finds them all, with where each first
// ends, so each reader can ask whether a word is inside the sentence proper.
import { foldForLiterals } from '../util/requiredLiterals';
import { WordIndex } from './wordIndex';
import { prebuiltWordIndex } from './wordIndexPrebuilt';

/** How far past the sentence's end the pass reads: what constructions.ts looks at (its `lookAhead`). */
export const sentenceWordsLookAhead = 40;

export interface SentenceWords {
  /**
   * The text the sentence is a part of, and its bounds. (Another text with the same characters from `start` to the
   * end of the stretch read, a view of the block, is answered with the same object.)
   */
  text: string;
  start: number;
  end: number;
  /**
   * The numbers (in the shared index) of the registered words that occur in the lower case of `text` [start,
   * min(end + lookAhead, length)), and where each first ends, counted from `start` (parallel arrays).
   */
  found: Int32Array;
  ends: Int32Array;
  /**
   * The lower case has the text's length, so a word ending at or before `end - start` is inside the sentence; when it
   * has not (a rare character whose lower case is longer), every word found counts as inside, more than the sentence
   * holds, which lets a reader try a rule it need not but never turns one away.
   */
  aligned: boolean;
  /** The index the numbers are of. */
  index: WordIndex;
}

/** The most a word found may end (from the sentence's start) and be inside the sentence proper. */
export function sentenceLimit(words: SentenceWords): number {
  return words.aligned ? words.end - words.start : Infinity;
}

/** Whether `word` occurs in the sentence's own lower case (up to `end`), or may (see `aligned`); for the tests. */
export function within(words: SentenceWords, word: string): boolean {
  const k = words.found.indexOf(words.index.words.indexOf(word));
  return k >= 0 && words.ends[k] <= sentenceLimit(words);
}

const sources: (() => Iterable<string>)[] = [];
let index: WordIndex | undefined;
const byNumber = new WeakMap<ReadonlyMap<string, unknown>, { index: WordIndex; table: unknown[] }>();

/**
 * A table's words, read when the shared index is first needed after it registers. A module registers as it loads,
 * before any of its functions can ask for a sentence's words, so the index it is answered from holds its words.
 */
export function registerSentenceWords(words: () => Iterable<string>): void {
  sources.push(words);
  index = undefined;
  last = undefined;
}

/**
 * A reader's table by word (its owners: the rules each word lets through) as an array by the words' numbers in the
 * index `words` was found with: made once per table and index, so a sentence's words are looked up by number.
 */
export function byWordNumber<T>(words: SentenceWords, owners: ReadonlyMap<string, T>): readonly (T | undefined)[] {
  const known = byNumber.get(owners);
  if (known && known.index === words.index) return known.table as (T | undefined)[];
  const table = words.index.words.map((word) => owners.get(word));
  byNumber.set(owners, { index: words.index, table });
  return table;
}

/**
 * Rules gated by their literals: for each rule, the strings one of which its every match holds (as foldForLiterals
 * gives the text), or null for a rule tried on every sentence. A sentence's shared pass tells which rules may match
 * it. The gate registers its words when it is made, so it is made as its module loads; the literals are asked for
 * when the shared index is first built (reading them from patterns costs start-up time a session may not need).
 */
export class LiteralGate {
  readonly #literals: () => readonly (readonly string[] | null)[];
  #table: { owners: Map<string, number[]>; ungated: Uint8Array; scratch: Uint8Array } | undefined;

  constructor(literals: () => readonly (readonly string[] | null)[]) {
    this.#literals = literals;
    registerSentenceWords(() => this.#made().owners.keys());
  }

  #made(): { owners: Map<string, number[]>; ungated: Uint8Array; scratch: Uint8Array } {
    if (!this.#table) {
      const literals = this.#literals();
      const owners = new Map<string, number[]>();
      const ungated = new Uint8Array(literals.length);
      literals.forEach((list, r) => {
        if (list === null) ungated[r] = 1;
        else
          for (const literal of list) {
            const rules = owners.get(literal);
            if (!rules) owners.set(literal, [r]);
            else if (rules[rules.length - 1] !== r) rules.push(r);
          }
      });
      this.#table = { owners, ungated, scratch: new Uint8Array(literals.length) };
    }
    return this.#table;
  }

  /**
   * Per rule (by position), 1 when the sentence `text` [start, end) holds one of its literals (or may: see
   * `aligned`) or it has none, else 0. The gate's own array, valid until it is asked again.
   */
  mayMatch(text: string, start: number, end: number): Uint8Array {
    const { owners, ungated, scratch: mayMatch } = this.#made();
    mayMatch.set(ungated);
    const words = sentenceWords(text, start, end);
    const rulesOf = byWordNumber(words, owners);
    const limit = sentenceLimit(words);
    for (let k = 0; k < words.found.length; k++) {
      const rules = rulesOf[words.found[k]];
      if (rules !== undefined && words.ends[k] <= limit) for (const r of rules) mayMatch[r] = 1;
    }
    return mayMatch;
  }
}

/** Every registered table's words, for the tests. */
export function registeredSentenceWords(): Set<string> {
  const all = new Set<string>();
  for (const source of sources) for (const word of source()) all.add(word);
  return all;
}

function sharedIndex(): WordIndex {
  // (No word holds a Greek sigma, whose lower case depends on the letter after it, so the lower case of the sentence
  // and of the stretch read past it agree over the sentence; and none is empty, which scan leaves out:
  // sentenceWords.test.ts.)
  return (index ??= sharedIndexOf(registeredSentenceWords()));
}

/**
 * The index of the registered words: the one built at bundle time when it holds exactly these (wordIndexPrebuilt.ts),
 * else built now. Sorted, so that the order in which tables register (their modules' load order, which differs
 * between a bundle and the sources) does not matter; a word's number is only a key into the readers' tables.
 */
export function sharedIndexOf(words: ReadonlySet<string>): WordIndex {
  const sorted = [...words].sort();
  const bytes = prebuiltWordIndex?.();
  return (bytes && WordIndex.fromBytes(bytes, sorted)) || new WordIndex(sorted);
}

let last: SentenceWords | undefined;
/** Where the stretch `last` was read from ends. */
let lastStretchEnd = -1;

function sameStretch(a: string, b: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * The registered words of `text` [start, end) and just after it. The analysis of a sentence asks for them three
 * times (its implied mentions, its constructions, its non-claim patterns): the last answer is kept.
 */
export function sentenceWords(text: string, start: number, end: number): SentenceWords {
  // The answer depends on the stretch read alone. The block's text and its views (simplifiedViews.ts: the same length,
  // clutter blanked) are different strings, and `===` on two of them compared them character by character up to
  // their first difference, often the whole block, for every sentence (issue 10, stop 36): the stretch is compared.
  const stretchEnd = Math.min(text.length, end + sentenceWordsLookAhead);
  if (last !== undefined && last.start === start && last.end === end && lastStretchEnd === stretchEnd && sameStretch(last.text, text, start, stretchEnd)) return last;
  lastStretchEnd = stretchEnd;
  const shared = sharedIndex();
  // In place (every character folded alone keeps the length: aligned); else from the folded copy.
  const inPlace = shared.scanFolded(text, start, stretchEnd);
  if (inPlace) return (last = { text, start, end, found: inPlace.found, ends: inPlace.ends, aligned: true, index: shared });
  const raw = text.slice(start, end + sentenceWordsLookAhead);
  const folded = foldForLiterals(raw);
  const { found, ends } = shared.scan(folded);
  last = { text, start, end, found, ends, aligned: folded.length === raw.length, index: shared };
  return last;
}
