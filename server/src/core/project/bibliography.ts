// Keys BibTeX will not find: a key the ClaimLens library knows (so ClaimLens is happy) that is in none of
// the .bib files the document's project declares. LaTeX would print "[?]" for it. The fix is to add the
// entry to the writer's .bib, formatted from the library's record with the fields it knows and no others.
import type { KnowledgeBase, PaperRecord } from '../kb/knowledgeBase';
import type { Paper } from '../kb/schema';
import type { ProseDocument, SourceSpan } from '../text/prose';

export interface KeyOutsideBibliography {
  key: string;
  span: SourceSpan;
  /** The .bib file to add the entry to: the first the project declares. */
  bibliography: string;
  message: string;
  /** The BibTeX entry for the key, from the library's record. */
  entry: string;
}

/** True when the paper's entry is in one of the given .bib files. */
export function inBibliographies(paper: PaperRecord, bibliographies: readonly string[]): boolean {
  const files = new Set(bibliographies.map(slashes));
  return (paper.origin === 'bib' && files.has(slashes(paper.file))) || (paper.bibLocation !== undefined && files.has(slashes(paper.bibLocation.file)));
}

/**
 * Every cited key that the library holds but no declared bibliography does; nothing when none is declared.
 * `tool` is what will fail to find the key: BibTeX for LaTeX, Pandoc for Markdown.
 */
export function keysOutsideBibliography(prose: ProseDocument, kb: KnowledgeBase, bibliographies: readonly string[], tool: 'BibTeX' | 'Pandoc' = 'BibTeX'): KeyOutsideBibliography[] {
  if (bibliographies.length === 0) return [];
  const found: KeyOutsideBibliography[] = [];
  for (const block of prose.blocks) {
    for (const citation of block.citations) {
      for (const { key, span } of citation.keys) {
        const paper = kb.papers.get(key);
        if (!paper || inBibliographies(paper, bibliographies)) continue;
        const name = fileName(bibliographies[0]);
        found.push({
          key, span, bibliography: bibliographies[0], entry: bibtexEntry(paper),
          message: `${key} is in the ClaimLens library but not in ${name}: ${tool} will not find it`,
        });
      }
    }
  }
  return found;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX @article for a library paper. Unknown (null) fields are left out, never filled in. */
export function bibtexEntry(paper: Paper): string {
  const fields: [string, string][] = [];
  if (paper.authors && paper.authors.length > 0) {
    const names = paper.authors.map((a) => (a.given ? `${value(a.family)}, ${value(a.given)}` : value(a.family)));
    if (paper.authorsTruncated) names.push('others');
    fields.push(['author', names.join(' and ')]);
  }
  fields.push(['title', `{${value(paper.title)}}`]);
  if (paper.journal) fields.push(['journal', value(paper.journal)]);
  if (paper.year) fields.push(['year', String(paper.year)]);
  if (paper.volume) fields.push(['volume', value(paper.volume)]);
  if (paper.issue) fields.push(['number', value(paper.issue)]);
  if (paper.pages) fields.push(['pages', value(paper.pages).replace(/(\d)\s*[-–]\s*(\d)/, '$1--$2')]);
  if (paper.doi) fields.push(['doi', paper.doi]);
  if (paper.pmid) fields.push(['pmid', paper.pmid]);
  const body = fields.map(([name, text]) => `  ${name} = {${text}}`);
  if (paper.month && paper.year) body.splice(body.findIndex((f) => f.startsWith('  year')) + 1, 0, `  month = ${months[paper.month - 1]}`);
  return `@article{${paper.key},\n${body.join(',\n')}\n}\n`;
}

/** Text from data is never markup: LaTeX specials are escaped and braces dropped so the entry stays balanced. */
function value(text: string): string {
  return text.replace(/[{}\\]/g, '').replace(/([&%#_$])/g, '\\$1');
}

function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function fileName(path: string): string {
  return slashes(path).split('/').pop() ?? path;
}

export interface UnusedEntry {
  key: string;
  file: string;
  /** 0-based position of the entry in its .bib file. */
  line: number;
  character: number;
}

/**
 * Entries of the given .bib files that no checked file cites (texlab's "unused entry"). `\nocite{key}`
 * counts as a citation and `\nocite{*}` uses every entry. Only meaningful when every file of the project
 * was read: a chapter alone cites only part of the bibliography.
 */
export function unusedEntries(kb: KnowledgeBase, bibliographies: readonly string[], prose: readonly ProseDocument[], sources: readonly string[]): UnusedEntry[] {
  const files = new Set(bibliographies.map(slashes));
  if (files.size === 0) return [];
  const cited = new Set(prose.flatMap((doc) => doc.blocks.flatMap((b) => b.citations.flatMap((c) => c.keys.map((k) => k.key)))));
  for (const source of sources) {
    for (const match of source.matchAll(/\\nocite\s*\{([^}]*)\}/g)) for (const key of match[1].split(',')) cited.add(key.trim());
  }
  if (cited.has('*')) return [];
  const unused: UnusedEntry[] = [];
  for (const paper of kb.papers.values()) {
    const where = paper.origin === 'bib' ? { file: paper.file, ...paper.location } : paper.bibLocation;
    if (!where || !files.has(slashes(where.file)) || cited.has(paper.key)) continue;
    unused.push({ key: paper.key, file: where.file, line: where.line ?? 0, character: where.character ?? 0 });
  }
  return unused.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
