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
}

// The parser ships a broken CommonJS build; its ES module build works, and a dynamic import selects it both
// under Node and in the esbuild bundle. It is loaded once, the first time a .bib file is read.
let parser: Promise<typeof import('@retorquere/bibtex-parser')> | undefined;

export async function loadBib(file: string, text: string): Promise<LoadedBib> {
  parser ??= import('@retorquere/bibtex-parser');
  const { parse } = await parser;
  const lines = new LineIndex(text);
  const problems: KbProblem[] = [];
  const report = (offset: number, path: string, message: string, severity: KbProblem['severity'] = 'error'): void => {
    const at = lines.positionAt(offset);
    problems.push({ file, line: at.line, character: at.character, path, message, severity });
  };

  let library;
  try {
    library = parse(text, { english: false, caseProtection: false, sentenceCase: false, unsupported: 'ignore' });
  } catch (error) {
    // The parser throws only on input it cannot tokenize at all; report it at the top of the file.
    report(0, '', `cannot read BibTeX: ${error instanceof Error ? error.message : String(error)}`);
    return { papers: [], problems };
  }

  for (const error of library.errors) {
    // The parser notices a broken entry where it stops reading, often at the next entry or the end of the
    // file; the entry itself is what the writer must fix, so point at its start when it can be found.
    const lineMatch = /at line (\d+), column (\d+)/.exec(error.error);
    const entryStart = error.input && /^\s*@/.test(error.input) ? text.indexOf(error.input.trimStart()) : -1;
    const offset = entryStart >= 0
      ? entryStart
      : lineMatch
        ? lines.offsetAt({ line: Number(lineMatch[1]) - 1, character: Number(lineMatch[2]) - 1 })
        : Math.max(0, error.input ? text.indexOf(error.input) : 0);
    const entryKey = /^@\w+\s*\{\s*([^,\s]+)/.exec(error.input ?? '')?.[1] ?? '';
    report(offset, entryKey, error.error.replace(/\s*at line \d+, column \d+/, ''));
  }

  const papers: Paper[] = [];
  const seen = new Set<string>();
  for (const entry of library.entries) {
    const offset = Math.max(0, entry.input ? text.indexOf(entry.input) : text.indexOf(entry.key));
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
  return { papers, problems };
}

function toPaper(entry: Entry): Paper {
  const field = (...names: string[]): string | null => {
    for (const name of names) {
      const value = entry.fields[name];
      if (typeof value === 'string' && value.trim()) return value.trim();
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
    keywords: Array.isArray(keywords) ? keywords.filter((k): k is string => typeof k === 'string') : [],
    summary: null,
  };
}

function toPerson(creator: Creator): Person {
  if (creator.lastName) return { family: creator.lastName, given: creator.firstName || undefined };
  return { family: creator.name ?? '?' };
}
