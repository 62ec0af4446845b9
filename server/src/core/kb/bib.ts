// Reads a BibTeX or BibLaTeX file into paper records, so that every key of the writer's own bibliography
// is known to the checker (a cited key is "undefined" only when neither the library nor a .bib defines it).
// Parsing is done by @retorquere/bibtex-parser, the parser behind Zotero's Better BibTeX.
import type { Creator, Entry } from '@retorquere/bibtex-parser';
import { LineIndex } from '../util/lines';
import { recordLocations } from './loadFile';
import type { KbProblem } from './problems';
import { CitationKey, type Paper, type Person } from './schema';

export interface LoadedBib {
  papers: Paper[];
  problems: KbProblem[];
  /** Keys of entries the parser could not read whole: their last good version is kept when there is one. */
  broken: string[];
}

// The parser ships a broken CommonJS build; its ES module build works, and a dynamic import selects it both
// under Node and in the esbuild bundle. It is loaded once, the first time a .bib file is read.
let parser: Promise<typeof import('@retorquere/bibtex-parser')> | undefined;

/** At most this many problems per file: a file of 32,000 stray "@" is one problem, not 32,000. */
export const maxProblemsPerFile = 20;

// The parser's unicode conversion treats "<" and ">" as the OT1 ligatures for "¡" and "¿", which is wrong
// for every abstract with "p < 0.05". They are swapped for private-use characters of the same length (so
// offsets stay exact) before parsing and swapped back in every field afterwards.
const lessThan = '\uE000';
const greaterThan = '\uE001';

export async function loadBib(file: string, text: string): Promise<LoadedBib> {
  parser ??= import('@retorquere/bibtex-parser');
  const { parse } = await parser;
  const lines = new LineIndex(text);
  const problems: KbProblem[] = [];
  let dropped = 0;
  const report = (offset: number, path: string, message: string, severity: KbProblem['severity'] = 'error'): void => {
    if (problems.length >= maxProblemsPerFile) {
      dropped++;
      return;
    }
    const at = lines.positionAt(offset);
    problems.push({ file, line: at.line, character: at.character, path, message, severity });
  };

  let library;
  try {
    const shielded = text.replace(/</g, lessThan).replace(/>/g, greaterThan);
    library = parse(shielded, { english: false, caseProtection: false, sentenceCase: false, unsupported: 'ignore' });
  } catch (error) {
    // The parser throws only on input it cannot tokenize at all; report it at the top of the file.
    report(0, '', `cannot read BibTeX: ${error instanceof Error ? error.message : String(error)}`);
    return { papers: [], problems, broken: [] };
  }

  // Entries and errors come in file order, so each is looked for after the previous one: one pass over the
  // file instead of a search from its start per entry (which made 100k entries take minutes).
  const broken = new Set<string>();
  let errorCursor = 0;
  for (const error of library.errors) {
    if (problems.length >= maxProblemsPerFile) {
      dropped++;
      continue;
    }
    const input = restore(error.input ?? '');
    const trimmed = input.trimStart();
    const found = trimmed ? text.indexOf(trimmed, errorCursor) : -1;
    const lineMatch = /at line (\d+), column (\d+)/.exec(error.error);
    const errorOffset = lineMatch ? lines.offsetAt({ line: Number(lineMatch[1]) - 1, character: Number(lineMatch[2]) - 1 }) : -1;
    const entryStart = found >= 0 ? found : errorOffset >= 0 ? errorOffset : errorCursor;
    errorCursor = Math.max(errorCursor, entryStart + 1);
    const entryKey = /^@\w+\s*[{(]\s*([^,\s]+)/.exec(trimmed)?.[1] ?? '';
    if (entryKey) broken.add(entryKey);
    const message = explainBibError(restore(error.error), text, errorOffset);
    const where = `line ${lines.positionAt(entryStart).line + 1}`;
    report(entryStart, '', entryKey ? `entry ${entryKey}, ${where}: ${message}` : `${where}: ${message}`);
  }

  const papers: Paper[] = [];
  const seen = new Set<string>();
  let cursor = 0;
  for (const entry of library.entries) {
    const input = entry.input ? restore(entry.input) : '';
    let offset = input ? text.indexOf(input, cursor) : -1;
    if (offset < 0) offset = findEntryStart(text, entry.key, cursor);
    if (offset < 0) offset = cursor;
    cursor = offset + Math.max(1, input.length);
    if (!CitationKey.safeParse(entry.key).success) {
      report(offset, entry.key, `"${entry.key}" is not a usable citation key`);
      continue;
    }
    if (seen.has(entry.key)) {
      report(offset, entry.key, `duplicate key ${entry.key}; the first entry is used`, 'warning');
      continue;
    }
    seen.add(entry.key);
    const paper = toPaper(entry);
    recordLocations.set(paper, lines.positionAt(offset));
    papers.push(paper);
  }
  if (dropped > 0) {
    problems.push({ file, line: problems[problems.length - 1]?.line ?? 0, character: 0, path: '', severity: 'warning', message: `${dropped} more problems in this file are not listed` });
  }
  return { papers, problems, broken: [...broken] };
}

function restore(value: string): string {
  return value.replace(/\uE000/g, '<').replace(/\uE001/g, '>');
}

/** Where "@type{key" starts at or after `from`, or -1. */
function findEntryStart(text: string, key: string, from: number): number {
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
  const nextEntry = offset >= 0 ? /^@\w+\s*[{(]\s*[^,\s]*/.exec(text.slice(offset, offset + 200))?.[0] : undefined;
  const found = /found "(.*?)"(?:\.\.\.)?\s+at line/.exec(error)?.[1]?.replace(/\\n/g, ' ').trim();
  if (/expected "\}"/.test(error) && nextEntry) return `a closing brace is missing before ${nextEntry}`;
  if (/expected "\}"/.test(error) && found && /^[\w-]+\s*=/.test(found)) return `a comma is missing before "${found.replace(/\s*=.*$/, '')} ="`;
  if (/expected "\}"/.test(error)) return `a closing brace is missing${found ? ` before "${found}"` : ''}`;
  if (/Unterminated brace-value/.test(error)) return 'a field value opens a brace that is never closed';
  if (/expected '\{' or '\('/.test(error)) return '"@" starts no entry (an entry is @type{key, ...})';
  return error.replace(/\s*at line \d+, column \d+/, '');
}

function toPaper(entry: Entry): Paper {
  const field = (...names: string[]): string | null => {
    for (const name of names) {
      const value = entry.fields[name];
      if (typeof value === 'string' && value.trim()) return restore(value.trim());
    }
    return null;
  };
  const date = field('date');
  const yearText = field('year') ?? (date ? date.slice(0, 4) : null);
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const monthText = date && /^\d{4}-(\d{2})/.exec(date)?.[1];
  const creators = entry.fields.author;
  const keywords = entry.fields.keywords;
  const doi = field('doi');
  const pmid = field('pmid');
  const abstract = field('abstract');
  return {
    key: entry.key,
    title: field('title') ?? entry.key,
    authors: Array.isArray(creators) && creators.length > 0 ? creators.map(toPerson) : null,
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
    ...(abstract ? { abstract } : {}),
  };
}

function toPerson(creator: Creator): Person {
  if (creator.lastName) return { family: restore(creator.lastName), given: creator.firstName ? restore(creator.firstName) : undefined };
  return { family: restore(creator.name ?? '?') };
}
