// A fast first pass over a .bib file for the common case: entries whose fields are plain text (letters,
// digits, punctuation, case-protecting braces and the escapes \% \& \# \_ \$ that Better BibTeX writes).
// Those entries are read here in one linear pass; any entry with other TeX in it (accents, commands, math,
// string macros, concatenation) or that does not scan cleanly is handed, on its own, to the real parser
// (@retorquere/bibtex-parser, see bib.ts), which also produces the error messages. A file with @string, or
// with a @preamble that defines commands, is left to the real parser whole (`whole`), since its macros apply
// across entries; a preamble that defines nothing is skipped (`inertPreambleEnd`). An entry whose brace never
// closes is cut at the next entry head, even on the same line, and goes to the parser alone in both cases:
// the parser's error recovery re-reads to the end of its input for every "@" after an error, so "@book{" x n
// handed over whole cost time quadratic in n (issue 11's fuzz: 94 ms for 10 kB of nested "@preamble{").
//
// Why: the real parser converts every field through a LaTeX parser, about 2-5 ms per entry on a busy
// 2-core machine: minutes for a 100k-entry library. Plain entries need no conversion at all.

export interface ScannedCreator {
  lastName?: string;
  firstName?: string;
  name?: string;
}

export interface ScannedEntry {
  key: string;
  type: string;
  /** Offsets of the entry in the file, from its "@" to its closing brace. */
  start: number;
  end: number;
  /** Field values as the real parser would give them; null when the entry needs the real parser. */
  fields: Record<string, string | ScannedCreator[]> | null;
  /** "and others" ended the author list. */
  truncatedAuthors?: boolean;
  /** An "@" that starts no entry (and the text after it up to the next entry): a problem, nothing to parse. */
  stray?: true;
  /** The entry's opening brace never closes before the next entry: it ends there, and is broken whatever the parser reads. */
  unclosed?: true;
}

export interface ScannedBib {
  /** Every entry, stray and unclosed entry in file order (with `whole`, the real parser reads all but strays and unclosed ones). */
  entries: ScannedEntry[];
  /** The file must go to the real parser whole: it has @string macros or a @preamble that defines commands. */
  whole: boolean;
}

const verbatimFields = new Set(['doi', 'url', 'file', 'pmid', 'eprint', 'isbn', 'issn']);
const creatorFields = new Set(['author', 'editor']);

/** The entries of a .bib file, and whether the real parser must read it whole (macros, preambles that define commands). */
export function scanBib(text: string): ScannedBib {
  const entries: ScannedEntry[] = [];
  const nextEntryStart = entryStartsOf(text);
  const braces = new BraceMatcher(text, nextEntryStart);
  let whole = false;
  let at = text.indexOf('@');
  while (at >= 0) {
    // The head is read where it stands (no copy of the text after each "@"); it must fit in 64 characters.
    typeMatch.lastIndex = at;
    const found = typeMatch.exec(text);
    const head = found && found[0].length <= 64 ? found : null;
    if (!head) {
      // A stray "@" starts no entry. It and the text up to the next "@" that does start one are one stray
      // (one problem), and the scan goes on from there, so a stray "@" never hides the entries after it.
      // (Handing the rest of the file to the real parser instead made 32,000 "@" cost seconds: its error
      // recovery is quadratic.)
      let next = text.indexOf('@', at + 1);
      while (next >= 0 && !startsEntry(text, next)) next = text.indexOf('@', next + 1);
      entries.push({ key: '', type: '', start: at, end: next < 0 ? text.length : next, fields: null, stray: true });
      at = next;
      continue;
    }
    const type = head[1].toLowerCase();
    const open = at + head[0].length - 1;
    if (type === 'comment') {
      at = text.indexOf('@', nextEntryStart(at + 1));
      continue;
    }
    if (type === 'string' || type === 'preamble') {
      const unclosed = braces.unclosedEnd(open);
      if (unclosed >= 0) {
        entries.push({ key: '', type, start: at, end: unclosed, fields: null, unclosed: true });
        at = text.indexOf('@', unclosed);
        continue;
      }
      const end = type === 'preamble' ? inertPreambleEnd(text, open, nextEntryStart) : -1;
      if (end < 0) {
        // Macros, or commands the entries may use: the parser reads the file whole; the scan goes on only to
        // find what the parser must not see (strays, unclosed entries).
        whole = true;
        const close = braces.closing(open);
        at = text.indexOf('@', close < 0 ? nextEntryStart(open) : close + 1);
        continue;
      }
      at = text.indexOf('@', end);
      continue;
    }
    const scanned = scanEntry(text, at, at + head[0].length, head[2] === '{' ? '}' : ')', type, braces, nextEntryStart);
    entries.push(scanned);
    at = scanned.end < text.length ? text.indexOf('@', scanned.end) : -1;
  }
  return { entries, whole };
}

/**
 * Which braces of the text close, and where, found for a stretch of the text at a time: from an entry's
 * opening brace to where a broken entry is taken to end (the next line-start "@"), in one pass. An entry
 * head inside that stretch ("@book{@book{...", all on one line) is answered from the same pass, so a line of
 * n nested heads is read once, not n times.
 */
class BraceMatcher {
  readonly #text: string;
  readonly #nextEntryStart: (from: number) => number;
  #from = -1;
  #to = -1;
  #closes = new Map<number, number>();

  constructor(text: string, nextEntryStart: (from: number) => number) {
    this.#text = text;
    this.#nextEntryStart = nextEntryStart;
  }

  /** The brace closing the one at `open` before the next line-start "@", or -1 (also for a "(" head). */
  closing(open: number): number {
    if (this.#text.charCodeAt(open) !== openBrace) return -1;
    if (open < this.#from || open >= this.#to) this.#match(open, this.#nextEntryStart(open));
    return this.#closes.get(open) ?? -1;
  }

  /**
   * Where an entry whose brace at `open` never closes ends: at the next entry head in its body, on the same
   * line or not (a head inside one of its field values, "note = {@misc{x}}", is the value's text), or at the
   * next line-start "@" / the file's end. -1 when the brace closes (or the head has a parenthesis).
   */
  unclosedEnd(open: number): number {
    const text = this.#text;
    if (text.charCodeAt(open) !== openBrace || this.closing(open) >= 0) return -1;
    let depth = 1;
    for (let i = open + 1; i < this.#to; i++) {
      const c = text.charCodeAt(i);
      if (c === backslash) i++;
      else if (c === openBrace) depth++;
      else if (c === closeBrace) depth--;
      else if (c === atSign && depth === 1 && startsEntry(text, i)) {
        bibScanWork.characters += i - open;
        return i;
      }
    }
    bibScanWork.characters += this.#to - open;
    return this.#to;
  }

  #match(from: number, to: number): void {
    const text = this.#text;
    const closes = new Map<number, number>();
    const stack: number[] = [];
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === backslash) i++;
      else if (c === openBrace) stack.push(i);
      else if (c === closeBrace && stack.length > 0) closes.set(stack.pop()!, i);
    }
    bibScanWork.characters += to - from;
    [this.#from, this.#to, this.#closes] = [from, to, closes];
  }
}

/**
 * The end of a `@preamble{...}` that cannot change how any entry reads, or -1. The parser converts a preamble
 * through its LaTeX parser (about 300 ms per 10 kB) and keeps nothing of it but the commands it defines
 * (`\newcommand`, `\ProvideTextCommandDefault`); we never read the preamble itself. So a preamble that defines
 * nothing and closes, as the parser reads it (the braces around it are its value: escapes skipped, every "$"
 * closed), before the next entry, with no "#" concatenation after it, is skipped like a comment; any other
 * goes to the parser with the whole file, as before.
 */
function inertPreambleEnd(text: string, open: number, nextEntryStart: (from: number) => number): number {
  if (text.charCodeAt(open) !== openBrace) return -1;
  const end = closingBrace(text, open, nextEntryStart(open));
  if (end < 0) return -1;
  let dollars = 0;
  for (let k = open + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === backslash) k++;
    else if (c === 36) dollars++;
  }
  if (dollars % 2 === 1) return -1;
  const body = text.slice(open + 1, end);
  if (body.includes('newcommand') || body.includes('ProvideTextCommandDefault')) return -1;
  const next = text.charCodeAt(skipSpace(text, end + 1));
  return next === 35 || next === 37 ? -1 : end + 1;
}

const entryHead = /@[A-Za-z]+\s*[{(]/y;
const typeMatch = /@([A-Za-z]+)\s*([{(])/y;

/** Whether the "@" at `at` starts an entry ("@type{" or "@type("). */
function startsEntry(text: string, at: number): boolean {
  entryHead.lastIndex = at;
  return entryHead.test(text);
}

/**
 * Characters the scan has read in searches that run past an entry's own text (where entries start, the key's
 * comma, brace matching): a scan of a file reads each character a bounded number of times. Counted for the
 * tests, which compare files of different sizes (issue 11).
 */
export const bibScanWork = { characters: 0 };

const entryStartPattern = /\n[ \t]*@/g;

/**
 * The next "@" at the start of a line after `from` (where a broken entry is taken to end), or the file's end:
 * every such "@" found in one pass over the text, then each question answered by a binary search. Searching the
 * text afresh for every question was quadratic: a line of n nested "@article{" asked n times for the same "@"
 * at the line's end, each time reading the whole line (issue 11's fuzz: 53 ms for 10 kB after an @string).
 */
function entryStartsOf(text: string): (from: number) => number {
  const starts: number[] = [];
  const pattern = entryStartPattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // The newline before the "@" is where the pattern matched: a search from it or before finds this "@".
    starts.push(match.index, match.index + match[0].length - 1);
  }
  bibScanWork.characters += text.length;
  return (from: number): number => {
    // The first matched newline at or after `from`.
    let low = 0;
    let high = starts.length / 2;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[2 * middle] < from) low = middle + 1;
      else high = middle;
    }
    return low < starts.length / 2 ? starts[2 * low + 1] : text.length;
  };
}

function scanEntry(text: string, start: number, bodyStart: number, close: string, type: string, braces: BraceMatcher, nextEntryStart: (from: number) => number): ScannedEntry {
  const hard = (): ScannedEntry => {
    const unclosed = braces.unclosedEnd(bodyStart - 1);
    if (unclosed >= 0) return { key: keyGuess(text, bodyStart), type, start, end: unclosed, fields: null, unclosed: true };
    return { key: keyGuess(text, bodyStart), type, start, end: nextEntryStart(bodyStart), fields: null };
  };
  let i = bodyStart;
  const limit = nextEntryStart(bodyStart);
  const comma = keyComma(text, i, limit);
  if (comma < 0) return hard();
  const key = text.slice(i, comma).trim();
  if (!key || /[\s{}"]/.test(key)) return hard();
  i = comma + 1;
  const fields: Record<string, string | ScannedCreator[]> = {};
  let truncatedAuthors = false;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === close) break;
    const nameEnd = fieldNameEnd(text, i);
    if (nameEnd === i) return hard();
    const field = fieldNameOf(text.slice(i, nameEnd));
    i = skipSpace(text, nameEnd);
    if (text[i] !== '=') return hard();
    i = skipSpace(text, i + 1);
    let raw: string;
    if (text[i] === '{') {
      const end = closingBrace(text, i, limit);
      if (end < 0) return hard();
      raw = text.slice(i + 1, end);
      i = end + 1;
    } else if (text[i] === '"') {
      const end = closingQuote(text, i, limit);
      if (end < 0) return hard();
      raw = text.slice(i + 1, end);
      i = end + 1;
    } else {
      const number = digitRun;
      number.lastIndex = i;
      const digits = number.exec(text);
      if (!digits) return hard();
      raw = digits[0];
      i += raw.length;
    }
    i = skipSpace(text, i);
    if (text[i] === '#') return hard();
    if (creatorFields.has(field)) {
      const creators = plainCreators(raw);
      if (!creators) return hard();
      if (creators.truncated) truncatedAuthors = true;
      fields[field] = creators.list;
    } else {
      const value = verbatimFields.has(field) ? raw.trim() : plainValue(raw);
      if (value === null) return hard();
      fields[field] = value;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === close) break;
    return hard();
  }
  const scanned: ScannedEntry = { key, type, start, end: i + 1, fields };
  if (truncatedAuthors) scanned.truncatedAuthors = true;
  return scanned;
}

/** The end of the field name at `i` (`[A-Za-z][\w\-:.+]*`), or `i` when none starts there. */
function fieldNameEnd(text: string, i: number): number {
  const first = text.charCodeAt(i) | 32;
  if (first < 97 || first > 122) return i;
  let end = i + 1;
  for (let c = text.charCodeAt(end); isNameCharacter(c); c = text.charCodeAt(++end));
  return end;
}

function isNameCharacter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46 || c === 43;
}

/**
 * The usual field names, as written in this file: a name read from the file is looked up here and the
 * field stored under this (internalized) string, since storing a million fields under fresh strings was
 * a large part of the scan.
 */
const usualFieldNames = new Map(
  ['title', 'author', 'editor', 'journal', 'journaltitle', 'booktitle', 'publisher', 'year', 'date', 'month', 'volume', 'number', 'issue', 'pages', 'doi', 'pmid', 'url', 'issn', 'isbn', 'abstract', 'keywords', 'note', 'file', 'shortjournal', 'language', 'eprint', 'urldate'].map((name) => [name, name]),
);

function fieldNameOf(name: string): string {
  return usualFieldNames.get(name) ?? name.toLowerCase();
}

/**
 * The comma after an entry's key: the first "," in text[from, limit), or -1 when there is none or a brace or a
 * quote comes first (a key holding one is no plain key: the entry goes to the parser whatever follows). The
 * search stops there rather than reading on to the entry's limit: a line of n nested "@article{" has no comma,
 * and each head read the rest of the line for one (issue 11).
 */
function keyComma(text: string, from: number, limit: number): number {
  for (let at = from; at < limit; at++) {
    const c = text.charCodeAt(at);
    if (c === 44 || c === openBrace || c === closeBrace || c === 34) {
      bibScanWork.characters += at - from;
      return c === 44 ? at : -1;
    }
  }
  bibScanWork.characters += limit - from;
  return -1;
}

// Sticky patterns made once (a literal in the loop is a new RegExp per field: a million for a 100k-entry file).
const digitRun = /\d+/y;

function keyGuess(text: string, from: number): string {
  return /^\s*([^,\s{}]+)/.exec(text.slice(from, from + 200))?.[1] ?? '';
}

function skipSpace(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 9 || c === 13; c = text.charCodeAt(++i));
  return i;
}

/** The brace closing the one at `open`, or -1 (also when a line-start "@" comes first: a brace is missing). */
// (Character codes, not one-character strings: these loops run over every character of the file.)
function closingBrace(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === backslash) i++;
    else if (c === openBrace) depth++;
    else if (c === closeBrace && --depth === 0) return i;
  }
  return -1;
}

function closingQuote(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === backslash) i++;
    else if (c === openBrace) depth++;
    else if (c === closeBrace) depth--;
    else if (c === quote && depth === 0) return i;
  }
  return -1;
}

const backslash = 92;
const openBrace = 123;
const closeBrace = 125;
const quote = 34;
const atSign = 64;

/** Plain text: case-protecting braces dropped, the escapes of special characters resolved; null for other TeX. */
function plainValue(raw: string): string | null {
  // One pass over the characters says which of the steps below the value needs (a million values: regular
  // expressions for each question were a large part of the scan). Most values need nothing done; page
  // ranges need only their "--" written as a dash.
  let work = false;
  let onlyDashes = true;
  let previousSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 36 || c === 94 || c === 126) return null;
    if (c === backslash) {
      if (!isEscapedSpecial(raw.charCodeAt(i + 1))) return null;
      work = true;
      onlyDashes = false;
    } else if (c === openBrace || c === closeBrace) {
      work = true;
      onlyDashes = false;
    } else if (c === 45) {
      if (raw.charCodeAt(i + 1) === 45) {
        work = true;
        if (raw.charCodeAt(i + 2) === 45) onlyDashes = false;
      }
    }
    const space = c === 32 || isSpace(c);
    if (space && (previousSpace || c === 10 || c === 9 || c === 13)) work = true;
    if (space && (previousSpace || c !== 32)) onlyDashes = false;
    previousSpace = space;
  }
  if (!work) return raw.trim();
  if (onlyDashes) return withDashes(raw).trim();
  return raw
    .replace(/\\([%&#_$])/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each "--" as an en dash (a page range has one: no regular expression for it). */
function withDashes(raw: string): string {
  let out = '';
  let from = 0;
  for (let at = raw.indexOf('--'); at >= 0; at = raw.indexOf('--', from)) {
    out += `${raw.slice(from, at)}\u2013`;
    from = at + 2;
  }
  return out + raw.slice(from);
}

/** \% \& \# \_ \$: the escapes Better BibTeX writes. */
function isEscapedSpecial(c: number): boolean {
  return c === 37 || c === 38 || c === 35 || c === 95 || c === 36;
}

/** What `\s` matches in a regular expression, by character code. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "Last, First and First Last and others"; null when a name needs the real parser (von parts, suffixes). */
function plainCreators(raw: string): { list: ScannedCreator[]; truncated: boolean } | null {
  if (/[\\$^~]/.test(raw)) return null;
  const names = splitAnd(raw);
  if (!names) return null;
  const list: ScannedCreator[] = [];
  let truncated = false;
  for (const name of names) {
    const trimmed = singleSpaced(name) ? name.trim() : name.replace(/\s+/g, ' ').trim();
    if (!trimmed) continue;
    if (trimmed === 'others') {
      truncated = true;
      continue;
    }
    if (/^\{[^{}]*\}$/.test(trimmed)) {
      list.push({ name: trimmed.slice(1, -1).trim() });
      continue;
    }
    if (/[{}]/.test(trimmed)) return null;
    // "Last, First" (one comma, the common case) without a list of parts.
    const comma = trimmed.indexOf(',');
    if (comma >= 0 && trimmed.indexOf(',', comma + 1) < 0) {
      const last = trimmed.slice(0, comma).trim();
      const first = trimmed.slice(comma + 1).trim();
      if (startsLowerCase(last)) return null;
      list.push(first ? { lastName: last, firstName: first } : { lastName: last });
      continue;
    }
    const parts = trimmed.split(',').map((p) => p.trim());
    if (parts.length === 2) {
      if (startsLowerCase(parts[0])) return null;
      list.push(parts[1] ? { lastName: parts[0], firstName: parts[1] } : { lastName: parts[0] });
      continue;
    }
    if (parts.length > 2) return null;
    const words = trimmed.split(' ');
    // A lower-case word is a "von" part ("Ludwig van Beethoven"): the real parser knows those rules.
    if (words.some(startsLowerCase)) return null;
    list.push(words.length === 1 ? { lastName: words[0] } : { lastName: words[words.length - 1], firstName: words.slice(0, -1).join(' ') });
  }
  return { list, truncated };
}

/** Whether every space in `name` is a single " " (then collapsing runs of spaces changes nothing). */
function singleSpaced(name: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const space = isSpace(c);
    if (space && (previousSpace || c !== 32)) return false;
    previousSpace = space;
  }
  return true;
}

function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return false;
  if (code >= 97 && code <= 122) return true;
  const c = word.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/**
 * `raw.split(/\s+and\s+/i)` written out (an author list per entry): a run of spaces followed by "and" (any
 * case) and a space splits; the run after "and" goes with it.
 */
function splitAtAnd(raw: string): string[] {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < raw.length) {
    if (!isSpace(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    if ((raw.charCodeAt(i) | 32) === 97 && (raw.charCodeAt(i + 1) | 32) === 110 && (raw.charCodeAt(i + 2) | 32) === 100 && isSpace(raw.charCodeAt(i + 3))) {
      out.push(raw.slice(from, runStart));
      i += 3;
      while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
      from = i;
    }
  }
  out.push(raw.slice(from));
  return out;
}

/** Splits a name list at " and " outside braces. */
function splitAnd(raw: string): string[] | null {
  if (!raw.includes('{')) return splitAtAnd(raw);
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /\s/.test(c) && /^\s+and\s/i.test(raw.slice(i, i + 6))) {
      out.push(raw.slice(from, i));
      const m = /^\s+and\s+/i.exec(raw.slice(i))!;
      i += m[0].length - 1;
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(raw.slice(from));
  return out;
}
