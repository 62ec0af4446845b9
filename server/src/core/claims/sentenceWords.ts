// A sentence's words, found once and shared (issue 10). Three prefilters each made their own pass over each
// sentence's lower case for the words their rules need (wordIndex.ts): the constructions' trigger words
// (constructions.ts), the non-claim patterns' words and literals (verify/scope.ts) and the implied mentions'
// literals (impliedMentions.ts). Each table registers its words here when its module loads, and one pass over
// the sentence (and the few characters after it the constructions look at) finds them all, with where each first
// ends, so each reader can ask whether a word is inside the sentence proper.
import { foldForLiterals } from '../util/requiredLiterals';
import { WordIndex } from './wordIndex';

/** How far past the sentence's end the pass reads: what constructions.ts looks at (its `lookAhead`). */
export const sentenceWordsLookAhead = 40;

export interface SentenceWords {
  /** The text the sentence is a part of, and its bounds. */
  text: string;
  start: number;
  end: number;
  /**
   * Each registered word that occurs in the lower case of `text` [start, min(end + lookAhead, length)), with the end
   * of its first occurrence counted from `start`.
   */
  ends: Map<string, number>;
  /**
   * The lower case has the text's length, so a word ending at or before `end - start` is inside the sentence; when it
   * has not (a rare character whose lower case is longer), `within` answers true for every word found, more than
   * the sentence holds, which lets a reader try a rule it need not but never turns one away.
   */
  aligned: boolean;
}

/** Whether `word` occurs in the sentence's own lower case (up to `end`), or may (see `aligned`). */
export function within(words: SentenceWords, word: string): boolean {
  const end = words.ends.get(word);
  return end !== undefined && (!words.aligned || end <= words.end - words.start);
}

const sources: (() => Iterable<string>)[] = [];
let index: WordIndex | undefined;

/**
 * A table's words, read when the shared index is first needed after it registers. A module registers as it loads,
 * before any of its functions can ask for a sentence's words, so the index it is answered from holds its words.
 */
export function registerSentenceWords(words: () => Iterable<string>): void {
  sources.push(words);
  index = undefined;
  last = undefined;
}

/** Every registered table's words, for the tests. */
export function registeredSentenceWords(): Set<string> {
  const all = new Set<string>();
  for (const source of sources) for (const word of source()) all.add(word);
  return all;
}

function sharedIndex(): WordIndex {
  // (No word holds a Greek sigma, whose lower case depends on the letter after it, so the lower case of the sentence
  // and of the stretch read past it agree over the sentence: sentenceWords.test.ts.)
  return (index ??= new WordIndex(registeredSentenceWords()));
}

let last: SentenceWords | undefined;

/**
 * The registered words of `text` [start, end) and just after it. The analysis of a sentence asks for them three
 * times (its implied mentions, its constructions, its non-claim patterns): the last answer is kept.
 */
export function sentenceWords(text: string, start: number, end: number): SentenceWords {
  if (last !== undefined && last.start === start && last.end === end && last.text === text) return last;
  const raw = text.slice(start, end + sentenceWordsLookAhead);
  const folded = foldForLiterals(raw);
  last = { text, start, end, ends: sharedIndex().firstEnds(folded), aligned: folded.length === raw.length };
  return last;
}
