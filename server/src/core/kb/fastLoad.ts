// The fast path for a library JSON file: JSON.parse and hand-written checks of exactly what schema.ts
// demands, with no parse tree and no zod per record. A million-fact library loads in seconds this way
// instead of minutes. Any file that fails a check here goes to the precise path (loadFile.ts), which finds
// and words every problem with its line; so this path never reports anything, it only accepts or declines.
//
// Facts are located lazily: their positions (for go-to-definition) are found in the file's text the first
// time one is asked for. Papers and entities, far fewer, are located at once.
import { LineIndex, type LineColumn } from '../util/lines';
import { entityTypes, relations, type Entity, type Fact, type Paper } from './schema';

export interface FastContent {
  papers: Paper[];
  entities: Entity[];
  facts: Fact[];
}

const entityId = /^[A-Z0-9][A-Z0-9_]*$/;
const factId = /^[a-z0-9][a-z0-9_./-]*$/;
const citationKey = /^[^\s,{}"#%'()=@;\[\]]+$/;
const doi = /^10\.\d{4,9}\/\S+$/;
const pmid = /^\d+$/;
const types = new Set<string>(entityTypes);
const relationNames = new Set<string>(relations);
const aspects = new Set(['amount', 'expression', 'secretion', 'phosphorylation', 'activity', 'promoter', 'process']);
const rootKeys = new Set(['$schema', 'description', 'papers', 'entities', 'facts']);
const entityKeys = new Set(['id', 'name', 'symbol', 'type', 'synonyms', 'parents', 'components', 'description', 'xrefs']);
const factKeys = new Set(['id', 'subject', 'relation', 'polarity', 'object', 'objectAspect', 'mediators', 'context', 'evidence', 'statement']);
const evidenceKeys = new Set(['paper', 'locator', 'kind', 'cites', 'extracted']);
const extractedKeys = new Set(['sentence', 'text', 'reader', 'hedged', 'negated']);
const paperKeys = new Set(['key', 'title', 'authors', 'authorsTruncated', 'journal', 'journalAbbrev', 'year', 'month', 'volume', 'issue', 'pages', 'doi', 'pmid', 'keywords', 'summary', 'abstract', 'source']);

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const optionalText = (v: unknown): boolean => v === undefined || text(v);
const nullableText = (v: unknown): boolean => v === null || text(v);
const nullableString = (v: unknown): boolean => v === null || typeof v === 'string';
const ids = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every((id) => typeof id === 'string' && entityId.test(id)));
const texts = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every(text));
const int = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function onlyKeys(record: Json, allowed: ReadonlySet<string>): boolean {
  for (const key in record) if (!allowed.has(key)) return false;
  return true;
}

/** A valid entity, with schema.ts's defaults filled in (mutates the freshly parsed record). */
function entity(v: unknown): v is Entity {
  if (!isObject(v) || !onlyKeys(v, entityKeys)) return false;
  if (typeof v.id !== 'string' || !entityId.test(v.id) || !text(v.name) || !optionalText(v.symbol) || !types.has(v.type as string) || !text(v.description)) return false;
  if (!texts(v.synonyms) || !ids(v.parents) || !ids(v.components)) return false;
  if (v.xrefs !== undefined && !(isObject(v.xrefs) && onlyKeys(v.xrefs, new Set(['hgnc'])) && (v.xrefs.hgnc === undefined || typeof v.xrefs.hgnc === 'string'))) return false;
  v.synonyms ??= [];
  v.parents ??= [];
  v.components ??= [];
  return true;
}

function evidence(v: unknown): boolean {
  if (!isObject(v) || !onlyKeys(v, evidenceKeys)) return false;
  if (typeof v.paper !== 'string' || !citationKey.test(v.paper) || !text(v.locator) || (v.kind !== 'finding' && v.kind !== 'background') || !optionalText(v.cites)) return false;
  if (v.extracted === undefined) return true;
  const e = v.extracted;
  return isObject(e) && onlyKeys(e, extractedKeys) && int(e.sentence, 0, Number.MAX_SAFE_INTEGER) && text(e.text) && text(e.reader) && typeof e.hedged === 'boolean' && typeof e.negated === 'boolean';
}

/** A valid fact (the schema's refinements included), with its defaults filled in. */
function fact(v: unknown): v is Fact {
  if (!isObject(v) || !onlyKeys(v, factKeys)) return false;
  if (typeof v.id !== 'string' || !factId.test(v.id) || typeof v.subject !== 'string' || !entityId.test(v.subject) || !relationNames.has(v.relation as string)) return false;
  if (v.polarity !== undefined && v.polarity !== 'positive' && v.polarity !== 'negative') return false;
  if (v.object !== undefined && !(typeof v.object === 'string' && entityId.test(v.object))) return false;
  if (v.objectAspect !== undefined && !aspects.has(v.objectAspect as string)) return false;
  if (!ids(v.mediators) || !ids(v.context) || !evidence(v.evidence) || !text(v.statement)) return false;
  if (v.relation === 'associated-with' && !v.polarity) return false;
  if (v.relation !== 'signals-through' && !v.object) return false;
  if (v.relation === 'signals-through' && !v.object && !(Array.isArray(v.mediators) && v.mediators.length > 0)) return false;
  v.mediators ??= [];
  v.context ??= [];
  return true;
}

function person(v: unknown): boolean {
  return isObject(v) && onlyKeys(v, new Set(['family', 'given'])) && text(v.family) && (v.given === undefined || typeof v.given === 'string');
}

function paper(v: unknown): v is Paper {
  if (!isObject(v) || !onlyKeys(v, paperKeys)) return false;
  if (typeof v.key !== 'string' || !citationKey.test(v.key) || !text(v.title)) return false;
  if (!(v.authors === null || (Array.isArray(v.authors) && v.authors.every(person)))) return false;
  if (v.authorsTruncated !== undefined && typeof v.authorsTruncated !== 'boolean') return false;
  if (!nullableText(v.journal) || !(v.journalAbbrev === undefined || nullableText(v.journalAbbrev))) return false;
  if (!(v.year === null || int(v.year, 1800, 2100)) || !(v.month === undefined || v.month === null || int(v.month, 1, 12))) return false;
  if (!nullableString(v.volume) || !nullableString(v.issue) || !nullableString(v.pages)) return false;
  if (!(v.doi === null || (typeof v.doi === 'string' && doi.test(v.doi))) || !(v.pmid === null || (typeof v.pmid === 'string' && pmid.test(v.pmid)))) return false;
  if (!(v.keywords === undefined || (Array.isArray(v.keywords) && v.keywords.every((k) => typeof k === 'string')))) return false;
  if (!nullableText(v.summary) || !optionalText(v.abstract) || !(v.source === undefined || typeof v.source === 'string')) return false;
  v.keywords ??= [];
  return true;
}

const checks = { papers: paper, entities: entity, facts: fact } as const;

/**
 * The file's records when every one of them is valid, else undefined (the caller then takes the precise path).
 * `locate(record, at)` is told where each paper and entity starts.
 */
export function fastLoadKbJson(text: string, locate: (record: object, at: LineColumn) => void): FastContent | undefined {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(root) || !onlyKeys(root, rootKeys)) return undefined;
  const content: FastContent = { papers: [], entities: [], facts: [] };
  for (const section of ['papers', 'entities', 'facts'] as const) {
    const list = root[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return undefined;
    const check = checks[section] as (v: unknown) => boolean;
    for (const record of list) if (!check(record)) return undefined;
    (content[section] as unknown[]) = list;
  }
  // Papers and entities are few: locate each now, by its key or id, in file order (one forward pass).
  if (content.papers.length + content.entities.length > 0) {
    const lines = new LineIndex(text);
    for (const [records, field] of [[content.papers, 'key'], [content.entities, 'id']] as const) {
      let cursor = 0;
      for (const record of records as unknown as Json[]) {
        const at = findRecord(text, field, record[field] as string, cursor);
        if (at >= 0) cursor = at;
        locate(record, lines.positionAt(at >= 0 ? at : cursor));
      }
    }
  }
  return content;
}

/** Where `"field": "value"` is written at or after `from` (the offset of the field's name), or -1. */
function findRecord(text: string, field: string, value: string, from: number): number {
  const needle = JSON.stringify(value);
  let at = text.indexOf(needle, from);
  while (at >= 0) {
    // The value must follow the field's name: `"id": "IL11"`, not a mention of the same string elsewhere.
    const before = text.lastIndexOf(`"${field}"`, at);
    if (before >= from && /^"\w+"\s*:\s*$/.test(text.slice(before, at))) return before;
    at = text.indexOf(needle, at + needle.length);
  }
  return -1;
}

/** The positions of a file's facts, found in its text on first use (go-to-definition asks for one at a time). */
export class LazyFactLocations {
  #text: string | undefined;
  #facts: readonly Fact[];
  #positions: Map<string, LineColumn> | undefined;

  constructor(text: string, facts: readonly Fact[]) {
    this.#text = text;
    this.#facts = facts;
  }

  get(id: string): LineColumn | undefined {
    if (!this.#positions) {
      const text = this.#text ?? '';
      const lines = new LineIndex(text);
      this.#positions = new Map();
      let cursor = 0;
      for (const fact of this.#facts) {
        const at = findRecord(text, 'id', fact.id, cursor);
        if (at >= 0) cursor = at;
        this.#positions.set(fact.id, lines.positionAt(at >= 0 ? at : cursor));
      }
      // The text is needed no more once every fact is located.
      this.#text = undefined;
    }
    return this.#positions.get(id);
  }
}
