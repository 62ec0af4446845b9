// Entity recognition: finds the knowledge base's entities in plain text by longest match over word
// sequences, comparing normalized forms (see normalize.ts). Plurals ("MMPs", "CAFs") match their singular;
// short acronyms only match in capitals; a document's own abbreviations take precedence over the lexicon.
import type { Lexicon, LexiconEntry } from './lexicon';
import { normalizeTerm } from './normalize';

export interface EntityMention {
  entityId: string;
  /** Offsets in the text that was searched (a block's plain text). */
  start: number;
  end: number;
  text: string;
}

/**
 * Abbreviations a document defines, by normalized short form. A null value means the document defines the
 * short form as something the library does not know, so the library's meaning must not be used.
 */
export type DocumentAbbreviations = ReadonlyMap<string, string | null>;

const noAbbreviations: DocumentAbbreviations = new Map();

interface Word {
  start: number;
  end: number;
  text: string;
  normalized: string;
}

const wordPattern = /[\p{L}\p{N}]+/gu;
/** What may stand between two words of one term: spaces, hyphens, dashes, slashes, brackets and plus signs. */
const joiner = /^[ \t\r\n\-‐‑–—\/()+]{0,3}$/;

export function splitWords(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  wordPattern.lastIndex = from;
  for (let match = wordPattern.exec(text); match && match.index < to; match = wordPattern.exec(text)) {
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0], normalized: normalizeTerm(match[0]) });
  }
  return words;
}

export function recognizeEntities(
  text: string,
  lexicon: Lexicon,
  abbreviations: DocumentAbbreviations = noAbbreviations,
  from = 0,
  to = text.length,
): EntityMention[] {
  const words = splitWords(text, from, to);
  const mentions: EntityMention[] = [];
  let i = 0;
  while (i < words.length) {
    const match = longestMatchAt(text, words, i, lexicon, abbreviations);
    if (match) {
      mentions.push(match.mention);
      i = match.nextWord;
    } else {
      i++;
    }
  }
  return mentions;
}

function longestMatchAt(
  text: string,
  words: Word[],
  first: number,
  lexicon: Lexicon,
  abbreviations: DocumentAbbreviations,
): { mention: EntityMention; nextWord: number } | undefined {
  let key = '';
  let best: { mention: EntityMention; nextWord: number } | undefined;
  let openBrackets = 0;
  for (let last = first; last < words.length && last < first + lexicon.maxWords; last++) {
    if (last > first) {
      const between = text.slice(words[last - 1].end, words[last].start);
      if (!joiner.test(between) || between.includes('\n\n')) break;
      for (const char of between) openBrackets += char === '(' ? 1 : char === ')' ? -1 : 0;
      if (openBrackets < 0) break;
    }
    key += words[last].normalized;
    if (openBrackets !== 0) continue;
    const start = words[first].start;
    const end = words[last].end;
    const surface = text.slice(start, end);
    const found = resolve(key, surface, lexicon, abbreviations);
    if (found === null) {
      // The document gave this short form another meaning: it is not the library's entity.
      if (last === first) return undefined;
      continue;
    }
    if (found) best = { mention: { entityId: found, start, end, text: surface }, nextWord: last + 1 };
  }
  return best;
}

/** The entity for a key, undefined when there is none, null when the document's abbreviations forbid one. */
function resolve(key: string, surface: string, lexicon: Lexicon, abbreviations: DocumentAbbreviations): string | null | undefined {
  if (abbreviations.has(key)) return abbreviations.get(key)!;
  const direct = pick(lexicon.lookup(key), surface);
  if (direct) return direct;
  // A plural: "MMPs", "CAFs", "metalloproteinases". Short keys are left alone ("as", "is").
  if (key.length > 3 && key.endsWith('s') && /s$/.test(surface)) {
    const singular = key.slice(0, -1);
    if (abbreviations.has(singular)) return abbreviations.get(singular)!;
    return pick(lexicon.lookup(singular), surface.slice(0, -1));
  }
  return undefined;
}

function pick(entries: readonly LexiconEntry[] | undefined, surface: string): string | undefined {
  if (!entries) return undefined;
  for (const entry of entries) {
    // Only Latin letters are compared: the Greek letter of "IL-6Rα" is lower case by convention.
    if (entry.capitalsOnly && /[a-z]/.test(surface.replace(/(alpha|beta|gamma|delta|kappa)$/i, ''))) continue;
    return entry.entityId;
  }
  return undefined;
}
