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
  const text = plainVancouver(paper) || cslReference(paper) || fallbackReference(paper);
  formatted.set(paper, text);
  return text;
}

/** The reference as citation-js's CSL engine formats it (Vancouver), or undefined when it cannot. */
export function cslReference(paper: Paper): string | undefined {
  const Cite = loadCite();
  if (!Cite) return undefined;
  try {
    const options = { format: 'text', template: 'vancouver', lang: 'en-US' };
    const output = formatOutput ? formatOutput('bibliography', [toCsl(paper)], options) : new Cite(toCsl(paper)).format('bibliography', options);
    return output.replace(/^\s*1\.\s*/, '').replace(/\s*doi:\s*\S+\s*$/i, '').replace(/^([^,.]+), et al\./, '$1 et al.').trim() || undefined;
  } catch {
    return undefined;
  }
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Given names citation-js abbreviates to their initials: capitalised words ("John A", "M."), no hyphens. */
const simpleGiven = /^\p{Lu}\p{Ll}*\.?(?: \p{Lu}\p{Ll}*\.?)*$/u;
const simpleFamily = /^\p{L}[\p{L} -]*$/u;
/** Characters CSL processing may rewrite (quotes become curly, markup is read): those titles go to citation-js. */
const plainTitle = /^(?:[^<>"'`{}\\*_^~$[\]\u2018-\u201f\s]| (?! ))*[^\s.?!<>"'`{}\\*_^~$[\]\u2018-\u201f][.?!]?$/u;

/**
 * The reference as citation-js writes it in Vancouver style, for the common shape of a journal article
 * (simple names, a plain title, journal, year, optional volume, issue and ascending page range: an article in
 * press or online first has no volume, and went to the CSL engine for ~20 ms on its first hover), without
 * the CSL engine, which took 2-20 ms per reference (each key's first hover). Undefined for anything else,
 * which citation-js formats; a test checks the two agree on entries of every shape this covers.
 */
export function plainVancouver(paper: Paper): string | undefined {
  const journal = paper.journalAbbrev ?? paper.journal;
  if (!journal || !paper.year || !/^[\w .,:&()-]+$/.test(journal) || (paper.volume && !/^\w+$/.test(paper.volume)) || (paper.issue && !/^\w+$/.test(paper.issue))) return undefined;
  if (!plainTitle.test(paper.title)) return undefined;
  const authors = paper.authors ?? [];
  if (authors.length === 0 && paper.authorsTruncated) return undefined;
  if (!authors.every((a) => simpleFamily.test(a.family) && (a.given === undefined || simpleGiven.test(a.given)))) return undefined;
  const pages = paper.pages ? pageRange(paper.pages) : '';
  if (pages === undefined) return undefined;
  const names = authors.slice(0, 6).map((a) => (a.given ? `${a.family} ${a.given.split(' ').map((w) => w[0]).join('')}` : a.family));
  if (authors.length > 6 || (paper.authorsTruncated && names.length > 0)) names.push('et al');
  let who = names.length > 0 ? `${names.join(', ')}. ` : '';
  // formatReference's own rule: a single author before "et al." takes no comma.
  if (names.length === 2 && names[1] === 'et al') who = `${names[0]} et al. `;
  const title = /[.?!]$/.test(paper.title) ? paper.title : `${paper.title}.`;
  const date = paper.month && paper.month >= 1 && paper.month <= 12 ? `${paper.year} ${months[paper.month - 1]}` : String(paper.year);
  // "2020;3(4):10–20", and without a volume (in press, online first) "2020;(4):10–20", "2020;10–20", "2020".
  const volume = `${paper.volume ?? ''}${paper.issue ? `(${paper.issue})` : ''}`;
  const where = volume && pages ? `${volume}:${pages}` : volume || pages;
  return `${who}${title} ${journal}. ${date}${where ? `;${where}` : ''}.`;
}

/**
 * "1234-1245" as 1234–45, "1234-1236" as 1234–6 (CSL's minimal form), "49-905" whole (a last page with more
 * digits keeps them all); a single page or e-number as it is; undefined for other shapes.
 */
function pageRange(pages: string): string | undefined {
  if (/^e?\d+$/.test(pages)) return pages;
  const match = /^(\d+)[-–](\d+)$/.exec(pages);
  if (!match || match[1].length > match[2].length || Number(match[1]) >= Number(match[2])) return undefined;
  const [, first, last] = match;
  if (first.length < last.length) return first.startsWith('0') ? undefined : `${first}–${last}`;
  let same = 0;
  while (same < last.length - 1 && first[same] === last[same]) same++;
  return `${first}–${last.slice(same)}`;
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
