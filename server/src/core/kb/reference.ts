// Reference formatting: the full reference (Vancouver style, the convention of biomedical journals) is
// produced by citation-js, a CSL processor; the short "Wu et al. 2022 · J Cell Physiol" label is ours.
import type { Paper, Person } from './schema';

type CiteConstructor = new (data: unknown) => { format(kind: string, options: Record<string, unknown>): string };
type FormatOutput = (kind: string, data: unknown[], options: Record<string, unknown>) => string;
let formatOutput: FormatOutput | null = null;
let citeClass: CiteConstructor | null | undefined;
const formatted = new WeakMap<Paper, string>();

function loadCite(): CiteConstructor | null {
  if (citeClass === undefined) {
    try {
      // Loaded on first use: the CSL engine and its styles take a moment to initialize.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const core = require('@citation-js/core') as { Cite: CiteConstructor; plugins: { output: { format: FormatOutput } } };
      require('@citation-js/plugin-csl');
      citeClass = core.Cite;
      // Our items are CSL-JSON already: formatting them directly skips citation-js's input detection, which
      // was half the cost of a hover on a key not formatted before (with a 100k-entry .bib, most are not).
      formatOutput = core.plugins.output.format;
    } catch {
      citeClass = null;
    }
  }
  return citeClass;
}

/** "Wu et al. 2022", "Lim et al. 2014", "Anonymous 2024" (authors unknown), "Zhong and Hu 2016". */
export function authorYear(paper: Paper): string {
  const authors = paper.authors;
  let who: string;
  if (!authors || authors.length === 0) who = 'Authors unknown';
  else if (authors.length === 1 && !paper.authorsTruncated) who = authors[0].family;
  else if (authors.length === 2 && !paper.authorsTruncated) who = `${authors[0].family} and ${authors[1].family}`;
  else who = `${authors[0].family} et al.`;
  return paper.year ? `${who} ${paper.year}` : who;
}

/** The completion detail: "Wu et al. 2022 · J Cell Physiol". */
export function shortReference(paper: Paper): string {
  const journal = paper.journalAbbrev ?? paper.journal;
  return journal ? `${authorYear(paper)} · ${journal}` : authorYear(paper);
}

/** The full reference as plain text, without a DOI (the caller links it). */
export function formatReference(paper: Paper): string {
  const cached = formatted.get(paper);
  if (cached) return cached;
  let text: string | undefined;
  const Cite = loadCite();
  if (Cite) {
    try {
      const options = { format: 'text', template: 'vancouver', lang: 'en-US' };
      const output = formatOutput ? formatOutput('bibliography', [toCsl(paper)], options) : new Cite(toCsl(paper)).format('bibliography', options);
      text = output.replace(/^\s*1\.\s*/, '').replace(/\s*doi:\s*\S+\s*$/i, '').replace(/^([^,.]+), et al\./, '$1 et al.').trim();
    } catch {
      text = undefined;
    }
  }
  text ||= fallbackReference(paper);
  formatted.set(paper, text);
  return text;
}

function toCsl(paper: Paper): Record<string, unknown> {
  const authors = (paper.authors ?? []).map((person: Person) => ({ family: person.family, given: person.given }));
  if (paper.authorsTruncated) authors.push({ family: 'et al.', given: undefined });
  return {
    id: paper.key,
    type: 'article-journal',
    title: paper.title,
    author: authors.length > 0 ? authors : undefined,
    'container-title': paper.journal ?? undefined,
    'container-title-short': paper.journalAbbrev ?? undefined,
    issued: paper.year ? { 'date-parts': [paper.month ? [paper.year, paper.month] : [paper.year]] } : undefined,
    volume: paper.volume ?? undefined,
    issue: paper.issue ?? undefined,
    page: paper.pages ?? undefined,
  };
}

function fallbackReference(paper: Paper): string {
  const authors = paper.authors ? paper.authors.map((a) => `${a.family}${a.given ? ` ${a.given}` : ''}`).join(', ') + (paper.authorsTruncated ? ', et al' : '') : 'Authors unknown';
  const where = [paper.journalAbbrev ?? paper.journal, paper.year, paper.volume && `${paper.volume}${paper.issue ? `(${paper.issue})` : ''}`, paper.pages].filter(Boolean).join('; ');
  return `${authors}. ${paper.title}. ${where}.`;
}
