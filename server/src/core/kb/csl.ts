// Reads the other bibliography formats reference managers export: CSL-JSON (Zotero, Better BibTeX's "Better
// CSL JSON", Pandoc's `bibliography: refs.json`), CSL-YAML (Pandoc's `references:`) and RIS. Each becomes a
// list of CSL items and then paper records, so every key the writer cites is known and every abstract can
// be read. JSON is parsed with jsonc-parser (positions for every problem), YAML with `yaml` (the YAML 1.2
// parser Pandoc-compatible tools use), RIS with citation-js's RIS plugin (the same CSL mapping citation-js
// uses for formatting).
import { parseTree, type Node, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { LineCounter, parseDocument, isSeq, isMap, type Node as YamlNode } from 'yaml';
import { LineIndex, type LineColumn } from '../util/lines';
import { nodeValue, recordLocations } from './loadFile';
import type { KbProblem } from './problems';
import { CitationKey, type Paper, type Person } from './schema';

export interface LoadedBibliography {
  papers: Paper[];
  problems: KbProblem[];
}

/** A CSL item as reference managers write it; only the fields ClaimLens uses are named. */
export interface CslItem {
  id?: unknown;
  'citation-key'?: unknown;
  type?: unknown;
  title?: unknown;
  author?: unknown;
  'container-title'?: unknown;
  'container-title-short'?: unknown;
  journalAbbreviation?: unknown;
  issued?: unknown;
  volume?: unknown;
  issue?: unknown;
  page?: unknown;
  DOI?: unknown;
  PMID?: unknown;
  abstract?: unknown;
  keyword?: unknown;
  [field: string]: unknown;
}

/** A JSON file is a CSL-JSON bibliography when it is a list of items (Pandoc, Zotero, Better CSL JSON); library files are objects. */
export function isCslJsonText(text: string): boolean {
  const start = /^\uFEFF?\s*(\S)/.exec(text)?.[1];
  return start === '[';
}

export function loadCslJson(file: string, text: string): LoadedBibliography {
  const lines = new LineIndex(text);
  const problems: KbProblem[] = [];
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!tree || tree.type !== 'array') {
    const at = lines.positionAt(errors[0]?.offset ?? 0);
    const why = errors[0] ? printParseErrorCode(errors[0].error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'a CSL-JSON bibliography is a list of items';
    problems.push({ file, ...at, path: '', message: `invalid CSL-JSON: ${why}`, severity: 'error' });
    return { papers: [], problems };
  }
  // A syntax error inside one item loses that item only: jsonc-parser recovers and keeps the rest.
  for (const error of errors.slice(0, 5)) {
    problems.push({ file, ...lines.positionAt(error.offset), path: '', message: `invalid JSON: ${printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`, severity: 'error' });
  }
  const items = (tree.children ?? []).map((node) => ({ item: nodeValue(node) as CslItem, at: lines.positionAt(node.offset) }));
  return toPapers(file, items, problems);
}

export function loadCslYaml(file: string, text: string): LoadedBibliography {
  const counter = new LineCounter();
  const problems: KbProblem[] = [];
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const position = (offset: number): LineColumn => {
    const { line, col } = counter.linePos(offset);
    return { line: line - 1, character: col - 1 };
  };
  for (const error of doc.errors.slice(0, 5)) {
    problems.push({ file, ...position(error.pos[0]), path: '', message: `invalid YAML: ${error.message.split('\n')[0]}`, severity: 'error' });
  }
  // Pandoc's form is a mapping with `references:`; a bare list of items is accepted as well.
  let list: YamlNode | null | undefined = doc.contents as YamlNode | null;
  if (isMap(list)) list = list.get('references', true) as YamlNode | undefined;
  if (!isSeq(list)) {
    if (problems.length === 0) problems.push({ file, line: 0, character: 0, path: '', message: 'a CSL-YAML bibliography is a list of items or a mapping with "references"', severity: 'error' });
    return { papers: [], problems };
  }
  const items = list.items.map((node) => ({
    item: ((node as YamlNode & { toJSON?: () => unknown }).toJSON?.() ?? {}) as CslItem,
    at: position((node as YamlNode).range?.[0] ?? 0),
  }));
  return toPapers(file, items, problems);
}

type RisParser = (text: string) => CslItem[];
let risParser: RisParser | undefined;

/** citation-js's RIS plugin: RIS records to CSL items. Loaded on first use. */
function loadRisParser(): RisParser {
  if (!risParser) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const core = require('@citation-js/core') as { plugins: { input: { chain: (input: string, options: Record<string, unknown>) => CslItem[] } } };
    require('@citation-js/plugin-ris');
    /* eslint-enable @typescript-eslint/no-require-imports */
    risParser = (text) => core.plugins.input.chain(text, { forceType: '@ris/file', generateGraph: false });
  }
  return risParser;
}

export function loadRis(file: string, text: string): LoadedBibliography {
  const problems: KbProblem[] = [];
  // RIS records start with "TY  -"; their positions come from the text, since citation-js keeps none.
  const lines = new LineIndex(text);
  const starts = [...text.matchAll(/^TY {2}-/gm)].map((m) => lines.positionAt(m.index ?? 0));
  // RIS has no key of its own; Zotero and others write it in ID.
  const ids = [...text.matchAll(/^TY {2}-[\s\S]*?(?=^TY {2}-|(?![\s\S]))/gm)].map((m) => /^ID {2}- *(.+?)\s*$/m.exec(m[0])?.[1]);
  let items: CslItem[];
  try {
    items = loadRisParser()(text);
  } catch (error) {
    problems.push({ file, line: 0, character: 0, path: '', message: `cannot read RIS: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' });
    return { papers: [], problems };
  }
  return toPapers(file, items.map((item, i) => ({ item: { ...item, id: ids[i] ?? item.id }, at: starts[i] ?? { line: 0, character: 0 } })), problems);
}

function toPapers(file: string, items: readonly { item: CslItem; at: LineColumn }[], problems: KbProblem[]): LoadedBibliography {
  const papers: Paper[] = [];
  const seen = new Set<string>();
  for (const { item, at } of items) {
    const report = (path: string, message: string, severity: KbProblem['severity'] = 'error') => problems.push({ file, ...at, path, message, severity });
    if (!item || typeof item !== 'object') {
      report('', 'a bibliography item is an object with an "id"');
      continue;
    }
    const key = text(item['citation-key']) ?? text(item.id);
    if (!key) {
      report('', 'this item has no "id" (its citation key)');
      continue;
    }
    if (!CitationKey.safeParse(key).success) {
      report(key, `"${key}" is not a usable citation key`);
      continue;
    }
    if (seen.has(key)) {
      report(key, `duplicate key ${key}; the first item is used`, 'warning');
      continue;
    }
    seen.add(key);
    const paper = cslToPaper(key, item);
    recordLocations.set(paper, at);
    papers.push(paper);
  }
  return { papers, problems };
}

export function cslToPaper(key: string, item: CslItem): Paper {
  const year = yearOf(item.issued);
  const doi = text(item.DOI);
  const pmid = text(item.PMID);
  const abstract = text(item.abstract);
  const keywords = text(item.keyword);
  const authors = Array.isArray(item.author) ? item.author.map(toPerson).filter((p): p is Person => p !== null) : [];
  return {
    key,
    title: text(item.title) ?? key,
    authors: authors.length > 0 ? authors : null,
    journal: text(item['container-title']),
    journalAbbrev: text(item['container-title-short']) ?? text(item.journalAbbreviation) ?? undefined,
    year: year?.year ?? null,
    month: year?.month,
    volume: text(item.volume),
    issue: text(item.issue),
    pages: text(item.page),
    doi: doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : null,
    pmid: pmid && /^\d+$/.test(pmid) ? pmid : null,
    keywords: keywords ? keywords.split(/[,;]\s*/).filter(Boolean) : [],
    summary: null,
    ...(abstract ? { abstract } : {}),
  };
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function yearOf(issued: unknown): { year: number; month?: number } | null {
  if (!issued || typeof issued !== 'object') return null;
  const parts = (issued as { 'date-parts'?: unknown })['date-parts'];
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? (parts[0] as unknown[]) : null;
  const raw = first ? Number(first[0]) : Number(/^\d{4}/.exec(String((issued as { raw?: unknown }).raw ?? ''))?.[0]);
  if (!Number.isInteger(raw) || raw < 1800 || raw > 2100) return null;
  const month = first ? Number(first[1]) : NaN;
  return { year: raw, month: Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined };
}

function toPerson(value: unknown): Person | null {
  if (!value || typeof value !== 'object') return null;
  const person = value as { family?: unknown; given?: unknown; literal?: unknown };
  const family = text(person.family) ?? text(person.literal);
  if (!family) return null;
  const given = text(person.given);
  return given ? { family, given } : { family };
}

