// The fast path for a library JSON file: JSON.parse and checks made from schema.ts's zod schemas (one
// definition for both paths), with no parse tree and no zod parse per record. A million-fact library loads in seconds this way
// instead of minutes. Any file that fails a check here goes to the precise path (loadFile.ts), which finds
// and words every problem with its line; so this path never reports anything, it only accepts or declines.
//
// JSON.parse stays, measured (issue 10, 20 generated files of 56 MB, one process): a parser written here gives the
// same objects in 1.1-1.4x JSON.parse's time, even one that only knows the fact layout and shares evidence and
// lists as it goes (0.9-1.2x); a first try at columns with no fact object (a closure per record, a Map lookup per
// entity id) was no faster either (1.0-1.4x), though finding every quote alone takes a tenth of JSON.parse's time.
// A first read well under 3 s needs facts that are not objects until asked for (merge, indices and snapshot all
// take Fact objects today), not another parser of the same objects. The floor, measured (stop 23, the bench's
// 1M-fact library, 280 MB in 101 files, one process, 3 runs on the shared 2-core machine): JSON.parse alone is
// 2.9-3.5 s CPU with its results dropped and 4.5-4.8 s with them kept (the collector copies what survives),
// against 0.6-0.8 s to find every quote. So no first read that JSON.parses every fact meets a 3 s goal here.
// Also tried: sharing a fact's parts before its check so that the check runs once per distinct list and
// evidence object (schemaCheck.ts memoised per object): 15% slower in the same process (the guards sharing
// then needs cost more than the regular-expression tests it saves).
// Tried at stop 24 (the same 101 files, results kept, CPU of the process, pairs run back to back on the shared
// machine at load 17-20, so +-20% between runs): (1) facts read by one sticky regular expression per fact in the
// usual layout, their entity ids, lists and evidence looked up in tables at once, the rest of the file JSON.parsed
// without the facts' list: 7.3-8.1 s against JSON.parse's 5.5-5.7 s (heap 587 MB against 679 MB); (2) a scanner
// of the usual layout by startsWith and indexOf: 6.5 s against 4.6 s; (3) JSON.parse in two worker_threads:
// with the parsed files posted back, the main thread's own CPU to receive them equals parsing them (4.16 s against
// 4.09 s: structured clone makes the same objects), process 16.6 s; with each file posted back as this module's
// snapshot bytes (librarySnapshot.ts encodeSnapshot in the worker, decodeSnapshot on the main thread), the main
// thread's CPU halves (2.9 s against 5.9 s for loadKbJson, heap 312 MB against 577 MB) but the workers' encoding
// makes the process's 18.9 s against 7.4 s, so two cores finish later than one. A parallel read would need a
// leaner encoding than the snapshot's (no papers' columns, no indices). And the read is only part of it: of the
// first read's CPU (the whole build, measured by phase) the files' read is 5.5-7.0 s, the merge 2.2-3.5 s and the
// knowledge base's indices and derived facts 2.1-3.0 s, so even a free read leaves more than 3 s.
// Measured again at stop 27 (the same library, this thread's CPU, load 6-10 on the shared 2-core machine): of the
// read step's 5.1-6.0 s, JSON.parse is 3.5-3.9 s, the facts' checks 0.8-0.9 s (the refinement run through zod is
// none of it: the same with it stubbed), sharing their parts 0.55-0.7 s, locating papers and entities 0.1-0.2 s;
// checking and sharing in one pass per fact instead of two is no faster (1.55-1.61 s against 1.51-1.53 s). JSON.parse
// alone of the 280 MB is 3.2-4.1 s of the thread with its results kept (4.6-5.7 s of the process's CPU, the collector's
// threads included), 3.7 s dropped. Two worker threads that JSON.parse half the files each and post the results
// back: the main thread's own CPU 4.67 s against 5.13 s reading and parsing all itself, the process's 15.3 s
// against 6.5 s, and later on the wall clock. The files' read before the build (bytes, hash, text) is 1.5-1.7 s,
// 1.25 s of it Node 20's UTF-8 decoder, slow on these files because a few names in them are not ASCII (Müller):
// the same files made all ASCII read in 0.56 s. Copying the bytes as Latin-1 and decoding only the runs of non-ASCII
// bytes (the same string) read them in 0.8 s, but raised the load's peak from 1014 to 1036 MB RSS, over its 1 GB
// goal, whole or in 256 kB pieces; copying an all-ASCII file as Latin-1 was no faster and kept 40 MB more. Not kept.
// Measured again at stop 29 (the same library written to disk once, one process per run, load 0.6-1.3, so wall time
// is about this thread's CPU): the first read's build is 6.5-6.9 s of this thread (read 4.1-4.5 s, merge 1.25-1.5 s,
// knowledge base 1.0-1.1 s). JSON.parse alone of the 101 generated files, results kept: 3.8-4.7 s wall, 4.7-5.9 s of
// the process's CPU; of it the collector is about 2.4 s (scavenges 1.1 s, mark-compacts 1.3 s, by a PerformanceObserver
// of 'gc' entries), since everything parsed survives. Then the facts' checks alone 0.7 s, sharing their parts
// 0.4-0.7 s; fastLoadKbJson over all the files 4.55 s wall, so the read step is JSON.parse plus about 0.7 s, not
// per-record work hidden under the parse. A larger young generation (--max-semi-space-size=64) saves 2-3% of the
// build and raises its peak by 75 MB RSS (over 1 GB); the same files made all ASCII parse no faster. So the 3 s goal
// still needs facts that are not JSON.parsed into objects on the first read (see above), not a leaner check.
//
// Facts are located lazily: their positions (for go-to-definition) are found in the file's text the first
// time one is asked for. Papers and entities, far fewer, are located at once.
import { LineIndex, type LineColumn } from '../util/lines';
import { EntitySchema, FactSchema, KnowledgeBaseFileSchema, PaperSchema, type Entity, type Fact, type Paper } from './schema';
import { recordCheck } from './schemaCheck';
import { SharedFactParts } from './sharedParts';
import { arraySource, type FactSource } from './factList';

export interface FastContent {
  papers: Paper[];
  entities: Entity[];
  facts: Fact[];
}

const rootKeys = new Set(Object.keys(KnowledgeBaseFileSchema.shape));

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

// The checks are made from schema.ts's zod schemas (schemaCheck.ts): what zod accepts, with its defaults filled in.
const checks = { papers: recordCheck(PaperSchema), entities: recordCheck(EntitySchema), facts: recordCheck(FactSchema) } as const;

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
  if (!isObject(root)) return undefined;
  for (const key in root) if (!rootKeys.has(key)) return undefined;
  const content: FastContent = { papers: [], entities: [], facts: [] };
  for (const section of ['papers', 'entities', 'facts'] as const) {
    const list = root[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return undefined;
    if (!everyValid(list, checks[section])) return undefined;
    (content[section] as unknown[]) = list;
  }
  // Valid facts hold their repeated parts once (sharedParts.ts): less memory, and less for the collector to walk.
  if (content.facts.length > 0) {
    const parts = new SharedFactParts();
    for (const fact of content.facts) parts.share(fact);
  }
  // Papers and entities are few: locate each now, by its key or id, in file order (one forward pass).
  if (content.papers.length + content.entities.length > 0) {
    const lines = new LineIndex(text);
    locateRecords(text, lines, content.papers as unknown as Json[], 'key', locate);
    locateRecords(text, lines, content.entities as unknown as Json[], 'id', locate);
  }
  return content;
}

// The passes over a file's records are functions of their own: in fastLoadKbJson each was compiled with the code
// after it, not yet run, and compiled again when that ran (three compilations on a first read, stop 35).

/** Whether every record passes `check`. */
function everyValid(list: unknown[], check: (record: unknown) => boolean): boolean {
  for (const record of list) if (!check(record)) return false;
  return true;
}

/** Each record located by its `field`, in file order (one forward pass). */
function locateRecords(text: string, lines: LineIndex, records: Json[], field: string, locate: (record: object, at: LineColumn) => void): void {
  const name = `"${field}"`;
  let cursor = 0;
  for (const record of records) {
    const at = findRecord(text, name, record[field] as string, cursor);
    if (at >= 0) cursor = at;
    locate(record, lines.positionAt(at >= 0 ? at : cursor));
  }
}

/**
 * Where `"field": "value"` is written at or after `from` (the offset of the field's name), or -1. `name`: the
 * field's name with its quotes. A value written as it is in JSON (no quote, backslash, control character or lone
 * surrogate: every key and id of a valid library) is found with its quotes checked around it, no quoted copy made
 * (a hundred thousand papers on a first read made two strings each for this).
 */
function findRecord(text: string, name: string, value: string, from: number): number {
  if (value.length === 0 || !writtenAsIs(value)) return findQuoted(text, name, JSON.stringify(value), from);
  const length = value.length;
  // The quoted value's first occurrence at or after `min` is the value's first occurrence at or after `min + 1` with a quote on each side.
  let min = from;
  for (let v = text.indexOf(value, min + 1); v >= 0; v = text.indexOf(value, v + 1)) {
    if (v - 1 < min || text.charCodeAt(v - 1) !== 34 || text.charCodeAt(v + length) !== 34) continue;
    const at = v - 1;
    const before = nameBefore(text, name, at, from);
    if (before >= 0) return before;
    min = at + length + 2;
  }
  return -1;
}

/** findRecord by the quoted value (`needle`, as JSON.stringify writes it). */
function findQuoted(text: string, name: string, needle: string, from: number): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const before = nameBefore(text, name, at, from);
    if (before >= 0) return before;
  }
  return -1;
}

/**
 * Where the field's name is written when the quoted value at `at` follows it (`"id": "IL11"`, not a mention of
 * the same string elsewhere), else -1. The name ends before the value starts: searching from `at` itself would
 * find the value when the two are spelled alike (`"key": "key"`).
 */
function nameBefore(text: string, name: string, at: number, from: number): number {
  const before = text.lastIndexOf(name, at - name.length);
  return before >= from && onlyColonBetween(text, before + name.length, at) ? before : -1;
}

/** Whether JSON.stringify writes `value` as it is between its quotes. */
function writtenAsIs(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/**
 * Whether text[start, end) is a colon with white space (as /\s/ reads it) around it: what lies between a field's
 * name and its value. By character, where a slice and a regular expression per record made two strings (a
 * hundred thousand papers located on a first read).
 */
function onlyColonBetween(text: string, start: number, end: number): boolean {
  let colons = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colons++;
    else if (!isSpace(c)) return false;
  }
  return colons === 1;
}

/** The characters /\s/ matches. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The positions of a file's facts, found in its text on first use (go-to-definition asks for one at a time). */
export class LazyFactLocations {
  #text: string | (() => string) | undefined;
  #facts: FactSource;
  #positions: Map<string, LineColumn> | undefined;

  /** `text`: the file's text, or how to get it (a snapshot's file whose text is read only if a fact is located). */
  /** `facts`: the file's facts, or their source (a scanned file's: ids read without making its facts). */
  constructor(text: string | (() => string), facts: readonly Fact[] | FactSource) {
    this.#text = text;
    this.#facts = Array.isArray(facts) ? arraySource(facts) : (facts as FactSource);
  }

  get(id: string): LineColumn | undefined {
    if (!this.#positions) {
      const text = typeof this.#text === 'function' ? this.#text() : (this.#text ?? '');
      const lines = new LineIndex(text);
      this.#positions = new Map();
      let cursor = 0;
      for (let n = 0; n < this.#facts.count; n++) {
        const id = this.#facts.idAt(n);
        const at = findRecord(text, '"id"', id, cursor);
        if (at >= 0) cursor = at;
        this.#positions.set(id, lines.positionAt(at >= 0 ? at : cursor));
      }
      // The text is needed no more once every fact is located.
      this.#text = undefined;
    }
    return this.#positions.get(id);
  }
}
