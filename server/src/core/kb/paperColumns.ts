// A library snapshot's papers as columns (librarySnapshot.ts). A hundred thousand papers as one JSON text took
// as long to parse as the million facts took to make (JSON.parse makes every author, keyword list and string
// afresh). Papers of the usual shape (the schema's required fields, in its order, no optional ones) are stored
// as numbers into a table of strings and tables of author lists and keyword lists, and made again as one
// literal each; their authors and keyword lists are shared between papers that have the same ones (nothing
// changes a loaded paper, as nothing changes a loaded fact: sharedParts.ts). Any other paper is kept as JSON.
// Pure: arrays in, arrays out; every number is checked when decoded.
import type { Paper, Person } from './schema';

/** The usual paper's keys, in the order the schema and a library file write them. */
const plainKeys = ['key', 'title', 'authors', 'journal', 'year', 'volume', 'issue', 'pages', 'doi', 'pmid', 'keywords', 'summary'] as const;
/** Numbers per usual paper: key, title, authors, journal, year, volume, issue, pages, doi, pmid, keywords, summary. */
const width = plainKeys.length;
/** `year` null. */
const noYear = -0x80000000;

export interface EncodedPapers {
  /** Per paper: a row of `columns` (>= 0), or -1 - k for the k-th paper of `others`. */
  rows: Int32Array;
  columns: Int32Array;
  /** JSON texts: the strings, the people, the author lists (people's numbers), the keyword lists, the other papers. */
  strings: string;
  people: string;
  authorLists: string;
  keywordLists: string;
  others: string;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const stringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** Whether a paper has exactly the usual shape, with values JSON gives back as they are. */
function plain(paper: Paper): boolean {
  const keys = Object.keys(paper);
  if (keys.length !== width || keys.some((key, i) => key !== plainKeys[i])) return false;
  const p = paper as unknown as Record<string, unknown>;
  if (!isString(p.key) || !isString(p.title) || !stringOrNull(p.journal) || !stringOrNull(p.summary)) return false;
  if (!['volume', 'issue', 'pages', 'doi', 'pmid'].every((key) => stringOrNull(p[key]))) return false;
  if (p.year !== null && !(Number.isInteger(p.year) && p.year !== noYear && Math.abs(p.year as number) < 2 ** 31)) return false;
  if (!Array.isArray(p.keywords) || !p.keywords.every(isString)) return false;
  return p.authors === null || (Array.isArray(p.authors) && p.authors.every((person) => typeof person === 'object' && person !== null && isString((person as Person).family) && Object.values(person).every(isString)));
}

export function encodePapers(papers: readonly Paper[]): EncodedPapers {
  const steps = encodePapersInSteps(papers);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many papers an encoding step takes. */
const papersPerStep = 20_000;

/** `encodePapers` a step at a time (a library snapshot is written in steps: librarySnapshot.ts encodeSnapshotInSteps). */
export function* encodePapersInSteps(papers: readonly Paper[]): Generator<void, EncodedPapers> {
  const strings = new Numbered<string>((s) => s);
  const people = new Numbered<Person>((person) => JSON.stringify(person));
  const authorLists = new Numbered<number[]>((list) => list.join(','));
  const keywordLists = new Numbered<string[]>((list) => JSON.stringify(list));
  const others: Paper[] = [];
  const rows = new Int32Array(papers.length);
  const columns: number[] = [];
  const text = (value: string | null) => (value === null ? -1 : strings.id(value));
  for (let i = 0; i < papers.length; i++) {
    if (i > 0 && i % papersPerStep === 0) yield;
    const paper = papers[i];
    if (!plain(paper)) {
      rows[i] = -1 - others.length;
      others.push(paper);
      continue;
    }
    rows[i] = columns.length / width;
    columns.push(
      text(paper.key), text(paper.title), paper.authors === null ? -1 : authorLists.id(paper.authors.map((person) => people.id(person))), text(paper.journal),
      paper.year ?? noYear, text(paper.volume), text(paper.issue), text(paper.pages), text(paper.doi), text(paper.pmid), keywordLists.id(paper.keywords), text(paper.summary),
    );
  }
  yield;
  return {
    rows, columns: Int32Array.from(columns), strings: JSON.stringify(strings.values), people: JSON.stringify(people.values),
    authorLists: JSON.stringify(authorLists.values), keywordLists: JSON.stringify(keywordLists.values), others: JSON.stringify(others),
  };
}

/** The papers, in order, or undefined when a number points outside its table or a table is not what it should be. */
export function decodePapers(encoded: EncodedPapers): Paper[] | undefined {
  const strings = JSON.parse(encoded.strings) as unknown;
  const people = JSON.parse(encoded.people) as unknown;
  const authorIds = JSON.parse(encoded.authorLists) as unknown;
  const keywordLists = JSON.parse(encoded.keywordLists) as unknown;
  const others = JSON.parse(encoded.others) as unknown;
  if (!Array.isArray(strings) || !strings.every(isString) || !Array.isArray(others) || !Array.isArray(keywordLists) || !keywordLists.every((list) => Array.isArray(list) && list.every(isString))) return undefined;
  if (!Array.isArray(people) || !people.every((person) => typeof person === 'object' && person !== null && isString(person.family))) return undefined;
  if (!Array.isArray(authorIds) || !authorIds.every((list) => Array.isArray(list) && list.every((n) => Number.isInteger(n) && n >= 0 && n < people.length))) return undefined;
  const authorLists = (authorIds as number[][]).map((list) => list.map((n) => (people as Person[])[n]));
  const { rows, columns } = encoded;
  if (columns.length % width !== 0) return undefined;
  if (!columnsInRange(columns, authorLists.length, keywordLists.length, strings.length)) return undefined;
  return papersOf(rows, columns, strings as string[], authorLists, keywordLists as string[][], others);
}

// The loops over a hundred thousand papers are functions of their own: in decodePapers each was compiled on its own
// (on-stack replacement) with the code after it, not yet run, then deoptimized and compiled again (stop 35).

/** Every column but year is a number into a table (-1 for null where the field may be null). */
function columnsInRange(columns: Int32Array, authorLists: number, keywordLists: number, strings: number): boolean {
  for (let at = 0; at < columns.length; at++) {
    const value = columns[at];
    const field = at % width;
    const ok = field === 4 ? true : field === 2 ? value >= -1 && value < authorLists : field === 10 ? value >= 0 && value < keywordLists : value >= (field === 0 || field === 1 ? 0 : -1) && value < strings;
    if (!ok) return false;
  }
  return true;
}

/** The papers of the rows: a plain row's from the columns, another's as stored whole (undefined if rows and tables disagree). */
function papersOf(rows: Int32Array, columns: Int32Array, s: string[], authorLists: Person[][], keywordLists: string[][], others: unknown[]): Paper[] | undefined {
  const text = (n: number): string | null => (n < 0 ? null : s[n]);
  const papers: Paper[] = new Array(rows.length);
  let plainRow = 0;
  let other = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row < 0) {
      if (row !== -1 - other || other >= others.length) return undefined;
      papers[i] = others[other++] as Paper;
      continue;
    }
    if (row !== plainRow++) return undefined;
    const c = row * width;
    const authors = columns[c + 2];
    const year = columns[c + 4];
    papers[i] = {
      key: s[columns[c]], title: s[columns[c + 1]], authors: authors < 0 ? null : authorLists[authors], journal: text(columns[c + 3]), year: year === noYear ? null : year,
      volume: text(columns[c + 5]), issue: text(columns[c + 6]), pages: text(columns[c + 7]), doi: text(columns[c + 8]), pmid: text(columns[c + 9]),
      keywords: keywordLists[columns[c + 10]], summary: text(columns[c + 11]),
    };
  }
  return plainRow * width === columns.length && other === others.length ? papers : undefined;
}

/** Values numbered in the order first seen, by a key (the snapshot's tables: librarySnapshot.ts too). */
export class Numbered<T> {
  readonly values: T[] = [];
  readonly #ids = new Map<string, number>();

  constructor(readonly keyOf: (value: T) => string) {}

  get size(): number {
    return this.values.length;
  }

  id(value: T): number {
    const key = this.keyOf(value);
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.#ids.set(key, id);
      this.values.push(value);
    }
    return id;
  }
}
