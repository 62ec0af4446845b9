// Reads a BibTeX or BibLaTeX file into paper records, so that every key of the writer's own bibliography
// is known to the checker (a cited key is "undefined" only when neither the library nor a .bib defines it).
// Parsing is done by @retorquere/bibtex-parser, the parser behind Zotero's Better BibTeX.
import type { Creator } from '@retorquere/bibtex-parser';
import { type ScannedEntry, scanBib } from './bibScan';
import { LineIndex, type LineColumn } from '../util/lines';
import { recordLocations } from './loadFile';
import type { KbProblem } from './problems';
import { citationKeyPattern, type Paper, type Person } from './schema';

export interface LoadedBib {
  papers: Paper[];
  problems: KbProblem[];
  /** Keys of entries the parser could not read whole: their last good version is kept when there is one. */
  broken: string[];
}

// The parser ships a broken CommonJS build; its ES module build works, and a dynamic import selects it both
// under Node and in the esbuild bundle. It is loaded once, the first time an entry the scan cannot read
// needs it (loading it, with its unicode tables, took ~15% of the server's start-up).
let parser: Promise<typeof import('@retorquere/bibtex-parser')> | undefined;

/** At most this many problems per file: a file of 32,000 stray "@" is one problem, not 32,000. */
export const maxProblemsPerFile = 20;

/** How many unclosed entries in a row one parser call reads (see loadBib). */
const unclosedPerParse = 16;

// The parser's unicode conversion treats "<" and ">" as the OT1 ligatures for "¡" and "¿", which is wrong
// for every abstract with "p < 0.05". They are swapped for private-use characters of the same length (so
// offsets stay exact) before parsing and swapped back in every field afterwards.
const lessThan = '\uE000';
const greaterThan = '\uE001';

interface ReadEntry {
  key: string;
  fields: Record<string, unknown>;
  offset: number;
  truncatedAuthors?: boolean;
}

type Parse = typeof import('@retorquere/bibtex-parser').parse;

/** Entries the real parser read, by their exact text, so a reload re-parses only entries that changed. */
let parsedEntries = new Map<string, { key: string; fields: Record<string, unknown> }[]>();

export async function loadBib(file: string, text: string): Promise<LoadedBib> {
  // The index of every line is made only when a problem or the real parser needs it; the entries' own
  // positions are counted forward (they come in file order).
  let lineIndex: LineIndex | undefined;
  const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
  const problems: KbProblem[] = [];
  let dropped = 0;
  // Where the parser reported problems while it read a run of unclosed entries (see below).
  let reported: number[] | undefined;
  const report = (offset: number, path: string, message: string, severity: KbProblem['severity'] = 'error'): void => {
    reported?.push(offset);
    if (problems.length >= maxProblemsPerFile) {
      dropped++;
      return;
    }
    const at = lines().positionAt(offset);
    problems.push({ file, line: at.line, character: at.character, path, message, severity });
  };

  const entries: ReadEntry[] = [];
  const broken = new Set<string>();
  const previousParsed = parsedEntries;
  const nextParsed = new Map<string, { key: string; fields: Record<string, unknown> }[]>();
  // Plain entries are read by the fast scan; the rest, each on its own, by the real parser (bibScan.ts). A file
  // with macros goes to the parser whole, without its strays and unclosed entries (blanked, so that offsets
  // and lines stay), which are read here one by one as in any other file.
  const scan = scanBib(text);
  const parse = scan.whole || scan.entries.some((entry) => !entry.stray && !entry.fields) ? (await (parser ??= import('@retorquere/bibtex-parser'))).parse : undefined;
  if (scan.whole) parseWithLibrary(parse!, blankOut(text, scan.entries), 0, text, lines(), entries, broken, report);
  for (let index = 0; index < scan.entries.length; index++) {
    const entry = scan.entries[index];
    if (entry.stray) {
      report(entry.start, '', `line ${lines().positionAt(entry.start).line + 1}: "@" starts no entry (an entry is @type{key, ...})`);
      continue;
    }
    if (scan.whole && !entry.unclosed) continue;
    if (entry.fields) {
      entries.push({ key: entry.key, fields: entry.fields, offset: entry.start, truncatedAuthors: entry.truncatedAuthors });
      continue;
    }
    if (entry.unclosed && problems.length >= maxProblemsPerFile && !text.slice(entry.start, entry.end).includes('=')) {
      // Past the cap an unclosed entry without a field is only counted, not parsed: the parser could read
      // nothing from it but its key, and a call costs ~0.1 ms even for "@book{" (10,000 of them, a second).
      // Its key, if it has one, keeps its last good version.
      report(entry.start, '', '');
      if (citationKeyPattern.test(entry.key)) broken.add(entry.key);
      continue;
    }
    // Unclosed entries one after another ("@book{@book{...") go to the parser a few at a time: a call costs
    // ~0.1 ms however short its text, and its error recovery re-reads the rest of its text at each "@", so
    // a handful is cheaper than one each and far cheaper than all at once.
    const first = index;
    let end = entry.end;
    for (let count = 1; entry.unclosed && count < unclosedPerParse && scan.entries[index + 1]?.unclosed && scan.entries[index + 1].start === end; count++) end = scan.entries[++index].end;
    const slice = text.slice(entry.start, end);
    const cached = previousParsed.get(slice);
    if (cached) {
      nextParsed.set(slice, cached);
      for (const e of cached) entries.push({ ...e, offset: entry.start });
      continue;
    }
    const before = entries.length;
    reported = index > first ? [] : undefined;
    const clean = parseWithLibrary(parse!, slice, entry.start, text, lines(), entries, broken, report);
    if (clean) nextParsed.set(slice, entries.slice(before).map(({ key, fields }) => ({ key, fields })));
    // The parser may say one thing for several unclosed entries in a row; each of them is a problem of its own.
    const said = reported;
    reported = undefined;
    for (let k = first + 1; said && k <= index; k++) {
      const later = scan.entries[k];
      if (said.some((offset) => offset >= later.start && offset < later.end)) continue;
      // What the parser says of an entry that a next one interrupts: "a closing brace is missing before @type{key".
      const message = explainBibError('expected "}"', text, later.end < text.length ? later.end : -1);
      report(later.start, '', `${later.key ? `entry ${later.key}, ` : ''}line ${lines().positionAt(later.start).line + 1}: ${message}`);
    }
  }
  // With a whole parse, the unclosed entries' partial readings come after the file's: back in file order, so
  // that the first of two entries with one key is the one used.
  if (scan.whole) entries.sort((a, b) => a.offset - b.offset);
  parsedEntries = nextParsed;

  const papers: Paper[] = [];
  const seen = new Set<string>();
  const positions = new ForwardPositions(text, lines);
  for (const entry of entries) {
    if (!citationKeyPattern.test(entry.key)) {
      report(entry.offset, entry.key, `"${entry.key}" is not a usable citation key`);
      continue;
    }
    if (seen.has(entry.key)) {
      report(entry.offset, entry.key, `duplicate key ${entry.key}; the first entry is used`, 'warning');
      continue;
    }
    seen.add(entry.key);
    const paper = toPaper(entry);
    recordLocations.set(paper, positions.at(entry.offset));
    papers.push(paper);
  }
  // A file that gave no entry at all may not be a bibliography (a manuscript can name any file): its problems
  // then say what and where, but quote none of its text, not even an entry key.
  if (papers.every((paper) => broken.has(paper.key))) {
    for (const problem of problems) problem.message = problem.message.replace(/^entry [^,]*, /, '').replace(/ before .*$/, '').replace(/"[^"]*"/g, '"…"');
  }
  mergeAlike(problems);
  if (dropped > 0) {
    problems.push({ file, line: problems[problems.length - 1]?.line ?? 0, character: 0, path: '', severity: 'warning', message: `${dropped} more problems in this file are not listed` });
  }
  return { papers, problems, broken: [...broken] };
}

/**
 * The text with the strays and unclosed entries of a scan turned into spaces (line breaks kept, so every
 * offset and line stays where it was), for a parse of the whole file that must not meet them.
 */
function blankOut(text: string, scanned: readonly ScannedEntry[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const entry of scanned) {
    if (!entry.stray && !entry.unclosed) continue;
    parts.push(text.slice(from, entry.start), text.slice(entry.start, entry.end).replace(/[^\r\n]/g, ' '));
    from = entry.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Problems that say the same thing of different places become one, at the first place, which names the
 * others' lines: 20 unclosed "@preamble{" are one problem "(and 19 more like it, on lines ...)". The parser
 * merges its identical messages within one parse; entries parsed one by one are merged here.
 */
function mergeAlike(problems: KbProblem[]): void {
  const first = new Map<string, { problem: KbProblem; lines: number[] }>();
  let kept = 0;
  for (const problem of problems) {
    const what = `${problem.severity}\u0000${problem.path}\u0000${problem.message.replace(/^(?:entry [^,]*, )?line \d+: /, '')}`;
    const earlier = first.get(what);
    if (earlier) {
      earlier.lines.push(problem.line + 1);
      continue;
    }
    first.set(what, { problem, lines: [] });
    problems[kept++] = problem;
  }
  problems.length = kept;
  for (const { problem, lines } of first.values()) {
    if (lines.length === 0) continue;
    const shown = [...new Set(lines)];
    problem.message += ` (and ${lines.length} more like it, on line${shown.length > 1 ? 's' : ''} ${shown.slice(0, 5).join(', ')}${shown.length > 5 ? ', ...' : ''})`;
  }
}

/**
 * Positions of offsets asked for in file order, found by counting the newlines since the last one: a 100k-entry
 * file needs no index of its million lines. An offset before the last falls back to the line index.
 */
class ForwardPositions {
  readonly #text: string;
  readonly #lines: () => LineIndex;
  #offset = 0;
  #line = 0;
  #lineStart = 0;

  constructor(text: string, lines: () => LineIndex) {
    this.#text = text;
    this.#lines = lines;
  }

  at(offset: number): LineColumn {
    if (offset < this.#offset || offset > this.#text.length) return this.#lines().positionAt(offset);
    for (let i = this.#text.indexOf('\n', this.#offset); i >= 0 && i < offset; i = this.#text.indexOf('\n', i + 1)) {
      this.#line++;
      this.#lineStart = i + 1;
    }
    this.#offset = offset;
    return { line: this.#line, character: offset - this.#lineStart };
  }
}

/**
 * Runs the real parser on `slice` (the whole file, or one entry starting at `base`) and adds its entries and
 * problems, with offsets in the whole file. Returns true when the slice parsed without errors.
 */
function parseWithLibrary(
  parse: Parse,
  slice: string,
  base: number,
  text: string,
  lines: LineIndex,
  entries: ReadEntry[],
  broken: Set<string>,
  report: (offset: number, path: string, message: string) => void,
): boolean {
  let library;
  try {
    const shielded = slice.replace(/</g, lessThan).replace(/>/g, greaterThan);
    library = parse(shielded, { english: false, caseProtection: false, sentenceCase: false, unsupported: 'ignore' });
  } catch (error) {
    // The parser throws only on input it cannot tokenize at all.
    report(base, '', `cannot read BibTeX: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  const sliceLines = base === 0 && slice === text ? lines : new LineIndex(slice);
  // Entries and errors come in file order, so each is looked for after the previous one: one pass over the
  // slice instead of a search from its start per entry (which made 100k entries take minutes).
  let errorCursor = 0;
  let errors = 0;
  for (const error of library.errors) {
    // Past the cap, only the count matters; locating each error would cost a search per error.
    if (++errors > maxProblemsPerFile) {
      report(base, '', '');
      continue;
    }
    const input = restore(error.input ?? '');
    const trimmed = input.trimStart();
    const found = trimmed ? slice.indexOf(trimmed, errorCursor) : -1;
    const lineMatch = /at line (\d+), column (\d+)/.exec(error.error);
    const errorOffset = lineMatch ? base + Math.min(slice.length, sliceLines.offsetAt({ line: Number(lineMatch[1]) - 1, character: Number(lineMatch[2]) - 1 })) : -1;
    const entryStart = found >= 0 ? base + found : errorOffset >= 0 ? errorOffset : base + errorCursor;
    errorCursor = Math.max(errorCursor, entryStart - base + 1);
    const entryKey = /^@\w+\s*[{(]\s*([^,\s]+)/.exec(trimmed)?.[1] ?? '';
    if (entryKey) broken.add(entryKey);
    const message = explainBibError(restore(error.error), text, errorOffset);
    const where = `line ${lines.positionAt(entryStart).line + 1}`;
    report(entryStart, '', entryKey ? `entry ${entryKey}, ${where}: ${message}` : `${where}: ${message}`);
  }
  let cursor = 0;
  for (const entry of library.entries) {
    const input = entry.input ? restore(entry.input) : '';
    let offset = input ? slice.indexOf(input, cursor) : -1;
    if (offset < 0) offset = findEntryStart(slice, entry.key, cursor);
    if (offset < 0) offset = cursor;
    cursor = offset + Math.max(1, input.length);
    entries.push({ key: entry.key, fields: withoutMarkup(entry.fields as Record<string, unknown>), offset: base + offset });
  }
  return library.errors.length === 0;
}

/**
 * The parser renders formatting commands as HTML ("\emph{in vitro}" becomes "<i>in vitro</i>", "\url{...}" an
 * "<a href>"), which would reach hovers as literal tags and the abstract reader as words. The file's own "<" and
 * ">" are shielded as private-use characters while it parses, so every angle bracket in a parsed field is the
 * parser's markup: dropped, keeping the text inside.
 */
function withoutMarkup(fields: Record<string, unknown>): Record<string, unknown> {
  const plain = (value: unknown): unknown =>
    typeof value === 'string' ? (value.includes('<') ? value.replace(/<[^<>]*>/g, '') : value) : Array.isArray(value) ? value.map(plain) : value;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) out[name] = plain(value);
  return out;
}

/** Puts back "<" and ">", and composes accents ("u" + combining diaeresis, as the parser writes it, is "ü"). */
function restore(value: string): string {
  // Most values are plain ASCII: nothing to put back or compose.
  if (!/[^\x00-\x7f]/.test(value)) return value;
  return value.replace(/\uE000/g, '<').replace(/\uE001/g, '>').normalize('NFC');
}

/** Where "@type{key" starts at or after `from`, or -1. */
function findEntryStart(text: string, key: string, from: number): number {
  // An entry without a key ("@article{, ...") cannot be found by its key: an empty needle matches everywhere.
  if (key === '') return -1;
  let at = text.indexOf(key, from);
  while (at >= 0) {
    const before = text.slice(Math.max(0, at - 40), at);
    if (/@\w+\s*[{(]\s*$/.test(before)) return text.lastIndexOf('@', at);
    at = text.indexOf(key, at + key.length);
  }
  return -1;
}

/** The parser's message in a writer's words: what is wrong, and before what. */
function explainBibError(error: string, text: string, offset: number): string {
  const nextEntry = offset >= 0 ? /^@\w+\s*[{(]\s*[^,\s@{}]*/.exec(text.slice(offset, offset + 200))?.[0] : undefined;
  const found = /found "(.*?)"(?:\.\.\.)?\s+at line/.exec(error)?.[1]?.replace(/\\n/g, ' ').trim();
  if (/expected "\}"/.test(error) && nextEntry) return `a closing brace is missing before ${nextEntry}`;
  if (/expected "\}"/.test(error) && found && /^[\w-]+\s*=/.test(found)) return `a comma is missing before "${found.replace(/\s*=.*$/, '')} ="`;
  if (/expected "\}"/.test(error)) return `a closing brace is missing${found ? ` before "${found}"` : ''}`;
  if (/Runaway key/.test(error)) return 'the entry key runs on: a comma after the key is missing';
  if (/Unterminated brace-value/.test(error)) return 'a field value opens a brace that is never closed';
  if (/expected '\{' or '\('/.test(error)) return '"@" starts no entry (an entry is @type{key, ...})';
  return error.replace(/\s*at line \d+, column \d+/, '');
}

function toPaper(entry: ReadEntry): Paper {
  // Up to four names without a rest parameter: an array per call was a million arrays for 100k entries.
  const field = (name: string, second?: string, third?: string, fourth?: string): string | null =>
    fieldValue(entry, name) ?? (second === undefined ? null : fieldValue(entry, second) ?? (third === undefined ? null : fieldValue(entry, third) ?? (fourth === undefined ? null : fieldValue(entry, fourth))));
  const date = field('date');
  const yearText = field('year') ?? (date ? date.slice(0, 4) : null);
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const monthText = date && /^\d{4}-(\d{2})/.exec(date)?.[1];
  // "and others" ends a list whose further authors are unknown: shown as "et al.", never as an author.
  const listed = Array.isArray(entry.fields.author) ? (entry.fields.author as Creator[]) : [];
  const creators = listed.filter((c) => (c.name ?? c.lastName) !== 'others');
  const truncated = entry.truncatedAuthors || creators.length < listed.length;
  const keywords = entry.fields.keywords;
  const doi = field('doi');
  const pmid = field('pmid');
  const abstract = field('abstract');
  const paper: Paper = {
    key: entry.key,
    title: field('title') ?? entry.key,
    authors: creators.length > 0 ? creators.map(toPerson) : null,
    journal: field('journal', 'journaltitle', 'booktitle', 'publisher'),
    journalAbbrev: field('shortjournal', 'journal-abbrev') ?? undefined,
    year,
    month: monthText ? Number(monthText) : undefined,
    volume: field('volume'),
    issue: field('number', 'issue'),
    pages: field('pages'),
    doi: doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : null,
    pmid: pmid && /^\d+$/.test(pmid) ? pmid : null,
    keywords: Array.isArray(keywords) ? keywords.filter((k): k is string => typeof k === 'string').map(restore) : [],
    summary: null,
  };
  if (truncated) paper.authorsTruncated = true;
  if (abstract) paper.abstract = abstract;
  return paper;
}

function fieldValue(entry: ReadEntry, name: string): string | null {
  const value = entry.fields[name];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? restore(trimmed) : null;
}

function toPerson(creator: Creator): Person {
  if (creator.lastName) return { family: restore(creator.lastName), given: creator.firstName ? restore(creator.firstName) : undefined };
  return { family: restore(creator.name ?? '?') };
}
