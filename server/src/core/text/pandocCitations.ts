// Pandoc citation syntax, found in the text of one Markdown paragraph. The Markdown extractor first copies a
// paragraph's visible characters (with their source offsets) into one string, with a barrier character where
// code, math or HTML stood, and then looks for citations in that string: working on the whole paragraph
// rather than on single mdast text nodes means it does not matter how the parser split the text.

import { allMatches } from '../util/allMatches';

/** Stands for markup that a citation can never span (code, math, HTML, images). */
export const BARRIER = '\uFFFF';

export interface FoundKey {
  key: string;
  /** Half-open range in the scanned string. */
  start: number;
  end: number;
}

export interface FoundCitation {
  /** Half-open range in the scanned string: the brackets, or the @key with any locator that follows it. */
  start: number;
  end: number;
  textual: boolean;
  keys: FoundKey[];
}

// Pandoc keys start with a letter, digit or _, and may contain the punctuation :.#$%&-+?<>~/ inside, but a
// punctuation character at the end belongs to the sentence ("as @wu2022." cites "wu2022").
const plainKey = String.raw`[\p{L}\p{N}_]+(?:[:.#$%&\-+?<>~/]+[\p{L}\p{N}_]+)*`;
const bracedKey = String.raw`\{[^{}\n\uFFFF]+\}`;
const keyPattern = new RegExp(String.raw`@(?:(${plainKey})|(${bracedKey}))`, 'uy');
const bareAt = /@/g;

/** Reads a key right after the "@" at `at`; `after` is where the key's markup (a closing brace) ends. */
function readKey(s: string, at: number): { key: FoundKey; after: number } | undefined {
  keyPattern.lastIndex = at;
  const match = keyPattern.exec(s);
  if (!match) return undefined;
  const after = at + match[0].length;
  if (match[1] !== undefined) return { key: { key: match[1], start: at + 1, end: after }, after };
  // For the braced form the key is what lies between the braces, and its span excludes them.
  return { key: { key: match[2].slice(1, -1), start: at + 2, end: after - 1 }, after };
}

/**
 * Parses the inside of a bracket as a list of `prefix @key suffix` items separated by semicolons. Every
 * item must hold a key at a word start, as in Pandoc; otherwise the bracket is ordinary text.
 */
function parseBracket(s: string, open: number, close: number): FoundKey[] | undefined {
  const keys: FoundKey[] = [];
  let itemStart = open + 1;
  while (itemStart <= close) {
    let itemEnd = s.indexOf(';', itemStart);
    if (itemEnd === -1 || itemEnd > close) itemEnd = close;
    let found: { key: FoundKey; after: number } | undefined;
    for (let i = itemStart; i < itemEnd && !found; i++) {
      if (s[i] !== '@') continue;
      let before = i - 1;
      if (before >= itemStart && s[before] === '-') before--; // "-@key" suppresses the author.
      if (before >= itemStart && !/\s/.test(s[before])) continue;
      found = readKey(s, i);
    }
    if (!found || found.after > itemEnd) return undefined;
    keys.push(found.key);
    itemStart = itemEnd + 1;
  }
  return keys.length > 0 ? keys : undefined;
}

// A bare @key must start a word: this is what keeps "me@example.org" from being a citation.
function startsWord(s: string, at: number): boolean {
  if (at === 0) return true;
  return /[\s(\[{"'“‘—–]/.test(s[at - 1]);
}

/** All Pandoc citations in `s`, in order and never overlapping. */
export function findPandocCitations(s: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  // Bracketed citations first; a bracket holding another bracket, a barrier or a line break is no citation.
  for (let open = s.indexOf('['); open !== -1; open = s.indexOf('[', open + 1)) {
    let close = open + 1;
    while (close < s.length && s[close] !== ']' && s[close] !== '[' && s[close] !== BARRIER) close++;
    if (s[close] !== ']') continue;
    const keys = parseBracket(s, open, close);
    if (keys) {
      found.push({ start: open, end: close + 1, textual: false, keys });
      open = close;
    }
  }
  // Then bare @keys outside those brackets; each stands for the authors in the sentence. Both lists are in
  // order, so one pointer into the brackets tells whether an @ lies inside one.
  const bare: FoundCitation[] = [];
  let next = 0;
  for (const match of allMatches(bareAt, s)) {
    const at = match.index;
    while (next < found.length && found[next].end <= at) next++;
    if (next < found.length && found[next].start <= at) continue;
    if (!startsWord(s, at)) continue;
    const read = readKey(s, at);
    if (read) bare.push({ start: at, end: read.after, textual: true, keys: [read.key] });
  }
  // "@wu2022 [p. 33]" is an in-text citation with a locator; the locator goes with it.
  for (const citation of bare) {
    const locator = /^ ?\[[^\[\]@\uFFFF]*\]/.exec(s.slice(citation.end, citation.end + 200));
    if (locator) citation.end += locator[0].length;
  }
  return [...found, ...bare].sort((a, b) => a.start - b.start);
}
