// A fast first pass over a .bib file for the common case: entries whose fields are plain text (letters,
// digits, punctuation, case-protecting braces and the escapes \% \& \# \_ \$ that Better BibTeX writes).
// Those entries are read here in one linear pass; any entry with other TeX in it (accents, commands, math,
// string macros, concatenation) or that does not scan cleanly is handed, on its own, to the real parser
// (@retorquere/bibtex-parser, see bib.ts), which also produces the error messages. A file with @string or
// @preamble is left to the real parser whole, since its macros apply across entries.
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
}

const verbatimFields = new Set(['doi', 'url', 'file', 'pmid', 'eprint', 'isbn', 'issn']);
const creatorFields = new Set(['author', 'editor']);

/** The entries of a .bib file, or null when the file must be parsed whole (macros, preambles). */
export function scanBib(text: string): ScannedEntry[] | null {
  const entries: ScannedEntry[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    const typeMatch = /^@([A-Za-z]+)\s*([{(])/y;
    typeMatch.lastIndex = 0;
    const head = typeMatch.exec(text.slice(at, at + 64));
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
    if (type === 'string' || type === 'preamble') return null;
    if (type === 'comment') {
      at = text.indexOf('@', nextEntryStart(text, at + 1));
      continue;
    }
    const scanned = scanEntry(text, at, at + head[0].length, head[2] === '{' ? '}' : ')', type);
    entries.push(scanned);
    at = scanned.end < text.length ? text.indexOf('@', scanned.end) : -1;
  }
  return entries;
}

const entryHead = /@[A-Za-z]+\s*[{(]/y;

/** Whether the "@" at `at` starts an entry ("@type{" or "@type("). */
function startsEntry(text: string, at: number): boolean {
  entryHead.lastIndex = at;
  return entryHead.test(text);
}

/** The next "@" at the start of a line after `from` (where a broken entry is taken to end), or the file's end. */
const entryStartPattern = /\n[ \t]*@/g;

function nextEntryStart(text: string, from: number): number {
  const pattern = entryStartPattern;
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index + match[0].indexOf('@') : text.length;
}

function scanEntry(text: string, start: number, bodyStart: number, close: string, type: string): ScannedEntry {
  const hard = (): ScannedEntry => ({ key: keyGuess(text, bodyStart), type, start, end: nextEntryStart(text, bodyStart), fields: null });
  let i = bodyStart;
  const comma = text.indexOf(',', i);
  const limit = nextEntryStart(text, bodyStart);
  if (comma < 0 || comma > limit) return hard();
  const key = text.slice(i, comma).trim();
  if (!key || /[\s{}"]/.test(key)) return hard();
  i = comma + 1;
  const fields: Record<string, string | ScannedCreator[]> = {};
  let truncatedAuthors = false;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === close) break;
    const name = fieldName;
    name.lastIndex = i;
    const nameMatch = name.exec(text);
    if (!nameMatch) return hard();
    i = skipSpace(text, i + nameMatch[0].length);
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
    const field = nameMatch[0].toLowerCase();
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

// Sticky patterns made once (a literal in the loop is a new RegExp per field: a million for a 100k-entry file).
const fieldName = /[A-Za-z][\w\-:.+]*/y;
const digitRun = /\d+/y;

function keyGuess(text: string, from: number): string {
  return /^\s*([^,\s{}]+)/.exec(text.slice(from, from + 200))?.[1] ?? '';
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\r')) i++;
  return i;
}

/** The brace closing the one at `open`, or -1 (also when a line-start "@" comes first: a brace is missing). */
function closingBrace(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function closingQuote(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open + 1; i < limit; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '"' && depth === 0) return i;
  }
  return -1;
}

/** Plain text: case-protecting braces dropped, the escapes of special characters resolved; null for other TeX. */
function plainValue(raw: string): string | null {
  if (/[$^~]|\\(?![%&#_$])/.test(raw)) return null;
  // Most values need nothing done: one test instead of five replacements.
  if (!/[\\{}]|--|\s\s|[\n\t\r]/.test(raw)) return raw.trim();
  return raw
    .replace(/\\([%&#_$])/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Last, First and First Last and others"; null when a name needs the real parser (von parts, suffixes). */
function plainCreators(raw: string): { list: ScannedCreator[]; truncated: boolean } | null {
  if (/[\\$^~]/.test(raw)) return null;
  const names = splitAnd(raw);
  if (!names) return null;
  const list: ScannedCreator[] = [];
  let truncated = false;
  for (const name of names) {
    const trimmed = name.replace(/\s+/g, ' ').trim();
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

function startsLowerCase(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Splits a name list at " and " outside braces. */
function splitAnd(raw: string): string[] | null {
  if (!raw.includes('{')) return raw.split(/\s+and\s+/i);
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
