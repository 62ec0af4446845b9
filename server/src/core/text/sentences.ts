// Sentence splitting for scientific prose. A full stop ends a sentence only when what follows can start
// one, and never after the abbreviations papers are full of ("et al.", "Fig.", "e.g.", "vs."), after an
// initial ("C. Y. Wu"), or inside a number ("p < 0.05", "2.5").

export interface SentenceSpan {
  /** Offsets in the block's plain text, trimmed of surrounding whitespace. */
  start: number;
  end: number;
}

const abbreviations = new Set([
  'al', 'fig', 'figs', 'eg', 'e.g', 'ie', 'i.e', 'a.k.a', 'aka', 'vs', 'cf', 'approx', 'ca', 'resp', 'dr', 'prof', 'no', 'nos', 'eq', 'eqs',
  'ref', 'refs', 'suppl', 'tab', 'sect', 'sec', 'ch', 'vol', 'pp', 'p', 'inc', 'ltd', 'co', 'st', 'viz', 'mr', 'ms', 'jr',
  'sr', 'dept', 'univ', 'est', 'nr', 'spp', 'sp', 'var', 'subsp', 'ed', 'eds', 'approx', 'incl', 'max', 'min.', 'conc',
]);

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    // Swallow repeated terminators and closing quotes or brackets: "…cells.)" or "?!".
    let end = i + 1;
    while (end < text.length && /[.!?…)\]"'”’]/.test(text[end])) end++;
    if (end < text.length && !isSpace(text, end)) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (char === '.' && !endsSentence(text, start, i, next)) continue;
    spans.push(trimmed(text, start, end));
    start = next;
    i = next - 1;
  }
  if (start < text.length) {
    const last = trimmed(text, start, text.length);
    if (last.end > last.start) spans.push(last);
  }
  return spans;
}

function endsSentence(text: string, sentenceStart: number, period: number, next: number): boolean {
  // Scanned backwards from the period rather than matched on a copy of the sentence so far: a paragraph
  // with thousands of periods that do not end sentences would otherwise cost time quadratic in its length.
  let wordStart = period;
  while (wordStart > sentenceStart && wordChar.test(text[wordStart - 1])) wordStart--;
  // Surrogate pairs (letters outside the BMP) are tested as one character.
  if (wordStart > sentenceStart && /[\uDC00-\uDFFF]/.test(text[wordStart - 1])) wordStart = extendOverAstral(text, sentenceStart, wordStart);
  const wordBefore = text.slice(wordStart, period);
  const lower = wordBefore.toLowerCase();
  if (abbreviations.has(lower) || (lower.includes('.') && abbreviations.has(lower.replace(/\./g, '')))) return false;
  // An initial such as the "C." and "Y." in "C. Y. Wu": another initial stands before or after it, or a name
  // follows. "hepatitis B. IL-11 rose." ends a sentence.
  if (/^\p{Lu}$/u.test(wordBefore) && isInitial(text, period, next)) return false;
  return canStartSentence(text, next);
}

const wordChar = /[\p{L}\p{N}.]/u;

/** Moves `at` back over letters and digits written as surrogate pairs (and any word characters before them). */
function extendOverAstral(text: string, sentenceStart: number, at: number): number {
  while (at > sentenceStart) {
    const pair = at - 2 >= sentenceStart ? text.slice(at - 2, at) : '';
    if (pair.length === 2 && /^[\p{L}\p{N}]$/u.test(pair)) at -= 2;
    else if (wordChar.test(text[at - 1])) at--;
    else break;
  }
  return at;
}

function isInitial(text: string, period: number, next: number): boolean {
  const before = text.slice(Math.max(0, period - 4), period - 1);
  const after = /^\S+/.exec(text.slice(next, next + 40))?.[0] ?? '';
  if (/\p{Lu}\.\s*$/u.test(before) || /^\p{Lu}\.$/u.test(after)) return true;
  return /^\p{Lu}\p{Ll}+[,;]?$/u.test(after) && !sentenceStarters.has(after.replace(/[,;]$/, '').toLowerCase());
}

/** Words that start sentences far more often than they are surnames: "vitamin D. The levels rose." */
const sentenceStarters = new Set([
  'the', 'these', 'this', 'those', 'we', 'in', 'our', 'it', 'a', 'an', 'however', 'here', 'to', 'thus', 'therefore',
  'moreover', 'furthermore', 'finally', 'together', 'similarly', 'consistently', 'notably', 'interestingly', 'next',
  'after', 'as', 'at', 'by', 'for', 'from', 'on', 'under', 'with', 'when', 'while', 'although', 'because', 'since',
  'both', 'all', 'each', 'no', 'there', 'its', 'their', 'such', 'further', 'indeed', 'then', 'also', 'collectively',
]);

function canStartSentence(text: string, at: number): boolean {
  // The first character is tested before the word is cut out: most candidates are decided by it alone.
  const first = at < text.length && !/\s/.test(text[at]) ? text[at] : '';
  if (/[\p{Lu}\p{N}"'“‘(\[]/u.test(first)) return true;
  // Greek letters and gene names written in lower case ("α-SMA", "mTOR", "p53", "siRNA") start sentences too.
  if (/[α-ω]/.test(first)) return true;
  const word = /^[^\s]+/.exec(text.slice(at, at + 40))?.[0] ?? '';
  return /^\p{Ll}+[\p{Lu}\p{N}]/u.test(word);
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text, at)) at++;
  return at;
}

function trimmed(text: string, start: number, end: number): SentenceSpan {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  return { start, end };
}

/** /\s/ on one character, with ASCII answered by its code (the splitter asks at every terminator, issue 11). */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[at]);
}
