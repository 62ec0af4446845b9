// A library JSON file's facts read straight into columns, with no object per fact (issue 10: the first read of a
// million facts). JSON.parse makes every fact, its evidence, its two lists and its strings as objects, ten or so
// a fact, and the collector then follows all of them: of the first read's CPU, JSON.parse and the collector's work
// on what it made are more than the 3 s goal on their own (fastLoad.ts has the measurements). This scan reads the
// facts' array of the usual layout (the schema's keys in its order, as the library's writers and the generator
// write them) into numbers and offsets: entity ids, lists, papers and locators as small numbers into tables, each
// fact's id and statement as where they are written in the text. A fact becomes an object only when asked for
// (`factAt`), equal to the one the fast path makes (same keys, same order, same shared parts).
//
// Like the fast path it only accepts or declines: a record it does not know the layout of, or that is not valid,
// sends the whole file to the fast path (and from there, if invalid, to the precise path, which words every
// problem with its line). So validation does not move: what this scan accepts, JSON.parse and the schema's checks
// accept too, with the same values (factScan.test.ts compares both on every record of the bundled and generated
// libraries and on records broken one way at a time).
//
// On the load path since stop 34 (loadFile.ts tries it first): the merge checks numbers (mergeColumns.ts
// ScannedMerge; duplicate ids found by their characters, idIndex.ts addIfNewAt), the knowledge base indexes the
// columns and inference derives from them (knowledgeBase.ts, inference.ts FactNumbers), its facts a list that
// makes fact n when asked for (factList.ts), and the snapshot written after a first read is encoded from these
// columns (librarySnapshot.ts), no fact made: 1.1 s less CPU and 190 MB less heap kept for the 1M-fact library. Measured at stop 33 before that (the bench's 1M-fact library, 280 MB, one process):
// the fast path's read 3.1-4.2 s CPU, this scan 2.3-2.6 s, and the scan with every fact made 3.7 s, the fast path's
// figure. At stop 34's end (same library, medians of 3 alternated with the build before, busy shared machine): the
// first read 4.0 s CPU of the process against 7.4 s, this thread 3.2 s against 4.9 s (read 1.85 against 2.6, merge
// 0.55 against 1.3, knowledge base 0.75 against 1.0), peak 570 MB RSS against 760 MB. What is left of the read: this scan's per-record work (glue compared by character,
// every entity, paper and locator hashed to its table), the papers' JSON.parse and the copy of ids and statements;
// the collector's threads another 0.9 s. Since h-scan34 a compact value's end is found by indexOf (the read 0.08 s
// less) and the ids and statements are copied as bytes (115 MB less allocated, CPU about the same: the slices
// joined died young). Medians of 3, alternated: 3.34 -> 3.29 s CPU of the process, 2.72 -> 2.63 s wall.
// Stop 35 (h-first35), the process's CPU beyond this thread: of the ~0.8 s, about half was the optimizing compiler,
// not the collector (--trace-opt: 220 compilations during the read, deriveFacts and the merge three times each,
// 0.1-0.2 s apiece), because each loop over a million facts inside a large function was compiled on its own with
// the code after it, not yet run, and compiled again when that ran. Those loops are now functions of their own
// (build.ts stateFacts/checkFacts/addPapers, inference.ts deriveEach, factGroups.ts groupArrays, fastLoad.ts
// locateRecords): ~115 compilations. Also: a scanned file's papers keep their positions as numbers, not 100k
// weak-map entries the collector walked at each full collection (loadFile.ts withPositions, 0.1-0.2 s); relations
// and the other fixed words found by length and first letter; a paper's key compared with the last fact's. Medians
// of 6 alternated with main (machine at load 7-8 on 2 cores): 3.41 -> 3.10 s CPU of the process, this thread 2.61 ->
// 2.42 s, peak 543 -> 536 MB RSS. Tried and dropped: the glue compared by startsWith (slower), the papers' table
// sized at once, V8's own heap growth factor for the read (no faster). Left: this scan (~0.9 s), the papers'
// JSON.parse and objects (~0.3 s, and what the collector copies and marks of them), the id table's probe (a cache
// miss a fact), the merge's check (~0.1 s).
import type { LineColumn } from '../util/lines';
import { fastLoadKbJson, type FastContent } from './fastLoad';
import { citationKeyPattern, ObjectAspect, relations, type Evidence, type Fact } from './schema';

const aspects = ObjectAspect.options;
const kinds = ['finding', 'background'] as const;
const polarities = ['positive', 'negative'] as const;
const frozenEmpty: readonly string[] = Object.freeze([]);

/** The facts of one file as columns. Texts are offsets into the file's text (`factAt` needs it). */
export interface ScannedFacts {
  /** The facts' array in the text: from its "[" to just after its "]". */
  arrayStart: number;
  arrayEnd: number;
  count: number;
  /** Entity ids by number (subjects, objects, list members). */
  entityKeys: string[];
  subjects: Int32Array;
  /** -1: no object. */
  objects: Int32Array;
  /** Relation (4 bits), polarity (2 bits: 0 none, 1 positive, 2 negative), aspect (4 bits: 0 none, else index + 1), as librarySnapshot.ts packs them. */
  flags: Int32Array;
  /** Lists of entity numbers; 0 is the empty list. Each fact's mediators and context as a number into them. */
  lists: Int32Array[];
  /** The lists as entity ids, made when a fact first needs one (shared by the facts, and the files, that name it). */
  listValues: (readonly string[] | undefined)[];
  mediators: Int32Array;
  contexts: Int32Array;
  /** Evidence as numbers: the paper (into paperKeys), the locator (into locators), the kind (0 finding, 1 background). */
  paperKeys: string[];
  locators: string[];
  papers: Int32Array;
  locatorsOf: Int32Array;
  kinds: Uint8Array;
  /** Where each fact's id and statement are written (the characters between the quotes): id start, id end, statement start, statement end. */
  texts: Int32Array;
  /** Statements written with an escape (\" \n \u..), made by JSON.parse of their quoted text when asked for. */
  escaped: Set<number>;
  /** The evidence's `cites`, for the facts whose evidence has one (background). */
  cites: Map<number, string>;
}

const enum Char {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  Colon = 58,
  Backslash = 92,
  OpenBracket = 91,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

/**
 * A table of distinct strings by number, looked up by the characters where they are written (no string made
 * for a value seen before: a million facts name a few thousand entities, papers and locators), with whether
 * each is valid where it is used (tested once per distinct string; an invalid one declines the file).
 *
 * A lookup touches one slot, four numbers side by side. A short key (eight characters or fewer, each under 256:
 * the generated library's entity ids, most papers' keys) is written in its slot whole, its length in the slot's
 * tag and its characters packed in two numbers, so a hit compares three numbers and reads nothing else; a longer
 * one has its full hash as tag, its length and where its characters are in `#chars`, which are then compared.
 * (Stop 42 put hash, number, length and start side by side, where three places of their own missed the cache three
 * or four times a lookup; stop 47: the characters' compare was the other miss, 0.3 of numberAt's 0.8 in the profile.)
 */
class Interned {
  readonly keys: string[] = [];
  /**
   * Open addressing, four numbers a slot: tag, key number + 1 (0 empty), then for a short key its characters
   * packed (0-3, 4-7) and for a long one its length and start in `#chars`. The tag: a short key's length with
   * bit 30 set, a long key's hash with bit 30 clear (so the two kinds never match each other).
   */
  #slots = new Int32Array(4 * 1024);
  /** The long keys' characters, one after another. */
  #chars = new Uint16Array(4096);
  #charsLength = 0;

  constructor(readonly valid: (value: string) => boolean) {}

  /** The number of the string written at text[start, end), or -1 when it is new and not valid. */
  numberAt(text: string, start: number, end: number): number {
    const length = end - start;
    // The hash picks the slot; a short key's characters are packed while they are read for it.
    let hash = 0x811c9dc5 | 0;
    let low = 0;
    let high = 0;
    let wide = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      hash = Math.imul(hash ^ c, 0x01000193);
      wide |= c;
      const k = i - start;
      if (k < 4) low |= c << (8 * k);
      else high |= c << (8 * (k - 4));
    }
    const short = length <= 8 && wide < 256;
    const tag = short ? shortTag | length : hash & longTagMask;
    const slots = this.#slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const entry = slots[at + 1];
      if (entry === 0) break;
      if (slots[at] !== tag) continue;
      if (short) {
        if (slots[at + 2] === low && slots[at + 3] === high) return entry - 1;
      } else if (slots[at + 2] === length) {
        const chars = this.#chars;
        const from = slots[at + 3] - start;
        let i = start;
        while (i < end && chars[from + i] === text.charCodeAt(i)) i++;
        if (i === end) return entry - 1;
      }
    }
    // Made a property key's string (internalized, as JSON.parse makes short strings): a copy, where a slice of 13
    // characters or more would be a view that keeps the whole file's text alive, and a string that code looking
    // entities up in tables by property (inference.ts, the verifier) finds without hashing it again each time.
    const slice = text.slice(start, end);
    const value = slice.length < 13 ? slice : (JSON.parse(JSON.stringify(slice)) as string);
    if (!this.valid(value)) return -1;
    this.keys.push(value);
    if (short) this.#insert(hash, tag, this.keys.length, low, high);
    else this.#insert(hash, tag, this.keys.length, length, this.#addChars(value));
    if (this.keys.length * 2 > slots.length >> 2) this.#grow();
    return this.keys.length - 1;
  }

  /** Where `value`'s characters now start in `#chars`. */
  #addChars(value: string): number {
    const start = this.#charsLength;
    if (start + value.length > this.#chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.#chars.length, start + value.length));
      grown.set(this.#chars);
      this.#chars = grown;
    }
    for (let i = 0; i < value.length; i++) this.#chars[start + i] = value.charCodeAt(i);
    this.#charsLength = start + value.length;
    return start;
  }

  #insert(hash: number, tag: number, entry: number, third: number, fourth: number): void {
    const slots = this.#slots;
    const mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    while (slots[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
    const at = slot << 2;
    slots[at] = tag;
    slots[at + 1] = entry;
    slots[at + 2] = third;
    slots[at + 3] = fourth;
  }

  /** The table twice as large, each key placed again by its hash (the slots keep a short key's tag, not its hash). */
  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) {
      const entry = old[at + 1];
      if (entry === 0) continue;
      const key = this.keys[entry - 1];
      let hash = 0x811c9dc5 | 0;
      for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
      this.#insert(hash, old[at], entry, old[at + 2], old[at + 3]);
    }
  }
}

/** A short key's tag (Interned): bit 30 and its length. */
const shortTag = 0x40000000;
/** A long key's tag: its hash with bit 30 clear. */
const longTagMask = ~0x40000000;

/**
 * The tables of entity ids and locators, shared by the files one load scans: a library's files name the same
 * twenty thousand entities, so each is made a string and looked up in the merge once, not once per file. A table
 * only grows (an id's number never changes), and a file's ScannedFacts name it as their `entityKeys`/`locators`.
 */
export class ScanTables {
  readonly entities = new Interned(isEntityId);
  readonly locators = new Interned((locator) => locator.length > 0 && plain(locator));
  /** Lists of entity numbers (0 the empty list), by their members joined, and lists of one entity by its number (0: none yet). */
  readonly lists: Int32Array[] = [new Int32Array(0)];
  readonly listNumbers = new Map<string, number>();
  singles = new Int32Array(256);
  readonly listValues: (readonly string[] | undefined)[] = [];
}

/** A key's characters with its quotes and colon, for Scanner.key. */
const keyCodes = (name: string): Uint16Array => Uint16Array.from(`"${name}":`, (c) => c.charCodeAt(0));
/** The keys of a fact's layout. */
const K = { cites: keyCodes('cites'), context: keyCodes('context'), evidence: keyCodes('evidence'), id: keyCodes('id'), kind: keyCodes('kind'), locator: keyCodes('locator'), mediators: keyCodes('mediators'), object: keyCodes('object'), objectAspect: keyCodes('objectAspect'), paper: keyCodes('paper'), polarity: keyCodes('polarity'), relation: keyCodes('relation'), statement: keyCodes('statement'), subject: keyCodes('subject') };

/** A run of characters a JSON string may hold as they are (no quote, no backslash, no control character). */
const plainRun = /[^"\\\x00-\x1f]*/y;

/** EntityId's pattern (schema.ts), by character: upper-case letters and digits, then also "_". */
export function isEntityId(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (i > 0 && c === 95);
    if (!ok) return false;
  }
  return true;
}

/** The fact id's pattern (schema.ts FactSchema.id), by character, over text[start, end). */
export function isFactIdAt(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (i > start && (c === 95 || c === 46 || c === 47 || c === 45));
    if (!ok) return false;
  }
  return true;
}

/** The string whose characters are text[start, end), escapes read by JSON.parse; declines when it is not a JSON string. */
function parsedString(text: string, start: number, end: number): string {
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start - 1, end + 1));
  } catch {
    throw decline;
  }
  if (typeof value !== 'string') throw decline;
  return value;
}

class Declined extends Error {}
const decline = new Declined();

/** The scanner of one facts' array: a cursor over the text and the tables it fills. */
class Scanner {
  at: number;
  readonly entities: Interned;
  readonly paperKeys = new Interned((key) => citationKeyPattern.test(key) && plain(key));
  readonly locators: Interned;
  readonly lists: Int32Array[];
  readonly tables: ScanTables;
  readonly #members: number[] = [];
  /** The paper of the last compact record (compactRecord), or -1. */
  lastPaper = -1;

  constructor(readonly text: string, at: number, tables: ScanTables = new ScanTables()) {
    this.at = at;
    this.entities = tables.entities;
    this.locators = tables.locators;
    this.lists = tables.lists;
    this.tables = tables;
  }

  space(): void {
    const text = this.text;
    let c = text.charCodeAt(this.at);
    while (c === Char.Space || c === Char.Newline || c === Char.Return || c === Char.Tab) c = text.charCodeAt(++this.at);
  }

  /** Expects `c` after optional whitespace. */
  expect(c: number): void {
    this.space();
    if (this.text.charCodeAt(this.at) !== c) throw decline;
    this.at++;
  }

  /** Whether `c` comes next (after whitespace): taken if so. */
  take(c: number): boolean {
    this.space();
    if (this.text.charCodeAt(this.at) !== c) return false;
    this.at++;
    return true;
  }

  /** A key: `"name"` then ":" (`name` as keyCodes gives it). Whether it is that key (the cursor moves past it only then). */
  key(name: Uint16Array): boolean {
    const text = this.text;
    let at = this.at;
    // Compared character by character (a short loop the compiler inlines, cheaper than startsWith ten times a
    // fact), first as written compactly, quote to colon; else with whitespace around the colon.
    let i = 0;
    while (i < name.length && text.charCodeAt(at + i) === name[i]) i++;
    if (i === name.length) {
      this.at = at + i;
      return true;
    }
    this.space();
    at = this.at;
    for (i = 0; i < name.length - 1; i++) if (text.charCodeAt(at + i) !== name[i]) return false;
    this.at = at + name.length - 1;
    this.expect(Char.Colon);
    return true;
  }

  /** A comma, then the key: `,"name":` (whitespace allowed). Declines when it is not there. */
  field(name: Uint16Array): void {
    if (this.text.charCodeAt(this.at) === Char.Comma) this.at++;
    else this.expect(Char.Comma);
    if (!this.key(name)) throw decline;
  }

  /** `field` for an optional key: whether it is there (the cursor moves past the comma and key only then). */
  optionalField(name: Uint16Array): boolean {
    const before = this.at;
    if (this.text.charCodeAt(this.at) === Char.Comma) this.at++;
    else if (!this.take(Char.Comma)) return false;
    if (this.key(name)) return true;
    this.at = before;
    return false;
  }

  /** A string with no escape; the cursor after its closing quote. Returns where its characters start; they end at `this.at - 1`. */
  plainString(): number {
    this.expect(Char.Quote);
    const start = this.at;
    plainRun.lastIndex = start;
    plainRun.test(this.text);
    const end = plainRun.lastIndex;
    // An escape (or a control character) is left to JSON.parse: the fast path reads such a file.
    if (this.text.charCodeAt(end) !== Char.Quote) throw decline;
    this.at = end + 1;
    return start;
  }

  /** Whether the last `anyString` held an escape. */
  escaped = false;

  /** A string that may hold escapes: where its characters start; its closing quote is at `this.at - 1`. */
  anyString(): number {
    this.expect(Char.Quote);
    const text = this.text;
    const start = this.at;
    let i = start;
    let escaped = false;
    for (;;) {
      plainRun.lastIndex = i;
      plainRun.test(text);
      i = plainRun.lastIndex;
      const c = text.charCodeAt(i);
      if (c === Char.Quote) break;
      // A control character, or the text's end: not a JSON string.
      if (c !== Char.Backslash) throw decline;
      escaped = true;
      i += 2;
    }
    this.at = i + 1;
    this.escaped = escaped;
    return start;
  }

  /** A plain string, as its number in `table` (declines when it is new and not valid there). */
  interned(table: Interned): number {
    const start = this.plainString();
    const n = table.numberAt(this.text, start, this.at - 1);
    if (n < 0) throw decline;
    return n;
  }

  entity(): number {
    return this.interned(this.entities);
  }

  /** An array of entity ids, as a list number (0: empty). */
  list(): number {
    this.expect(Char.OpenBracket);
    if (this.take(Char.CloseBracket)) return 0;
    const first = this.entity();
    // Most lists name one entity: found by its number, with no key made.
    if (this.take(Char.CloseBracket)) return this.single(first);
    const members = this.#members;
    members.length = 0;
    members.push(first);
    while (this.take(Char.Comma)) members.push(this.entity());
    this.expect(Char.CloseBracket);
    const key = members.join(',');
    const numbers = this.tables.listNumbers;
    let n = numbers.get(key);
    if (n === undefined) {
      n = this.lists.length;
      this.lists.push(Int32Array.from(members));
      numbers.set(key, n);
    }
    return n;
  }

  /** The list of the one entity `first`. */
  single(first: number): number {
    const tables = this.tables;
    let n = first < tables.singles.length ? tables.singles[first] : 0;
    if (n === 0) {
      n = this.lists.length;
      this.lists.push(Int32Array.of(first));
      if (first >= tables.singles.length) {
        const grown = new Int32Array(Math.max(2 * tables.singles.length, first + 1));
        grown.set(tables.singles);
        tables.singles = grown;
      }
      tables.singles[first] = n;
    }
    return n;
  }

  /** One of `values`, as its index. */
  oneOf(values: readonly string[]): number {
    const start = this.plainString();
    const end = this.at - 1;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value.length === end - start && this.text.startsWith(value, start)) return i;
    }
    throw decline;
  }
}

/**
 * Where the file's facts' array starts (its "["), or -1: the first `"facts"` followed by ":" and "[" (a string
 * cannot hold an unescaped quote, so this is a key). The caller checks it is the root's last key (scanKbJson).
 */
function factsArrayStart(text: string): number {
  for (let at = text.indexOf('"facts"'); at >= 0; at = text.indexOf('"facts"', at + 7)) {
    let i = at + 7;
    const skip = () => {
      for (let c = text.charCodeAt(i); c === Char.Space || c === Char.Newline || c === Char.Return || c === Char.Tab; c = text.charCodeAt(++i));
    };
    skip();
    if (text.charCodeAt(i) !== Char.Colon) continue;
    i++;
    skip();
    return text.charCodeAt(i) === Char.OpenBracket ? i : -1;
  }
  return -1;
}

/**
 * A library JSON file read as the fast path reads it (fastLoad.ts fastLoadKbJson), with its facts as columns:
 * the papers and entities JSON.parsed and checked from the text with the facts' array left empty, the facts
 * scanned. Only for a file whose facts' array is the last thing in it (the usual layout: the papers' and
 * entities' positions are then those of the whole text); undefined otherwise, or when the fast path would
 * decline the rest, or when a fact is not of the usual layout or not valid.
 */
export function scanKbJson(text: string, locate: (record: object, at: LineColumn) => void, tables?: ScanTables): { content: FastContent; facts: ScannedFacts } | undefined {
  const start = factsArrayStart(text);
  if (start < 0) return undefined;
  const facts = scanFactsArray(text, start, tables);
  if (!facts) return undefined;
  // Nothing after the array but the root's closing brace: the array is the root's last key, so JSON.parse would
  // keep it (of two "facts" keys, the last), and the text before it, where papers and entities are, is unchanged.
  let i = facts.arrayEnd;
  const skip = () => {
    for (let c = text.charCodeAt(i); c === Char.Space || c === Char.Newline || c === Char.Return || c === Char.Tab; c = text.charCodeAt(++i));
  };
  skip();
  if (text.charCodeAt(i++) !== Char.CloseBrace) return undefined;
  skip();
  if (i !== text.length) return undefined;
  const content = fastLoadKbJson(`${text.slice(0, start)}[]}`, locate);
  if (!content || content.facts.length > 0) return undefined;
  return { content, facts };
}


/** The columns one scan fills (grown together). */
interface Columns {
  subjects: Int32Array;
  objects: Int32Array;
  flags: Int32Array;
  mediators: Int32Array;
  contexts: Int32Array;
  papers: Int32Array;
  locatorsOf: Int32Array;
  kinds: Uint8Array;
  texts: Int32Array;
}

/**
 * The next quote after the opening quote at `quote`, or -1 (no quote there, or none after). A search for the
 * quote (indexOf, the engine's fast search) where a regular expression tested every character: the characters
 * between are not checked here, and need not be, as every reader of the value rejects a backslash or a control
 * character in it (entity ids, fact ids, the fixed words by their own characters; paper keys and locators by
 * `plain` when new, and a known one has none), so an escape still sends the record to the general reader,
 * which declines it as before.
 */
function plainEnd(text: string, quote: number): number {
  if (text.charCodeAt(quote) !== Char.Quote) return -1;
  return text.indexOf('"', quote + 1);
}

/** Whether a value has no backslash and no control character (a JSON string's characters written as they are). */
function plain(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === Char.Backslash) return false;
  }
  return true;
}

/** Whether text at `at` is `glue` (key characters, keyCodes-like), compared by character. */
function glueAt(text: string, at: number, glue: Uint16Array): boolean {
  for (let i = 0; i < glue.length; i++) if (text.charCodeAt(at + i) !== glue[i]) return false;
  return true;
}

const codes = (value: string): Uint16Array => Uint16Array.from(value, (c) => c.charCodeAt(0));
/** The compact layout's glue between values: a value's closing quote, the comma, the next key and its opening quote. */
const G = {
  id: codes('{"id":"'), subject: codes('","subject":"'), relation: codes('","relation":"'), polarity: codes('","polarity":"'), object: codes('","object":"'),
  objectAspect: codes('","objectAspect":"'), mediators: codes('","mediators":['), context: codes('],"context":['), evidence: codes('],"evidence":{"paper":"'),
  locator: codes('","locator":"'), kind: codes('","kind":"'), statement: codes('"},"statement":"'),
};

/** What valueAfter gives when the glue is not there. */
const noGlue = -2;

/**
 * The closing quote of the value after `glue` at `at` (glue ends with the value's opening quote): noGlue when the
 * glue is not there, -1 when no quote follows. The glue's check and the value's end in one call (a compact record
 * has ten of them; two calls each were more than the compiler would inline into compactRecord).
 */
function valueAfter(text: string, at: number, glue: Uint16Array): number {
  for (let i = 0; i < glue.length; i++) if (text.charCodeAt(at + i) !== glue[i]) return noGlue;
  return text.indexOf('"', at + glue.length);
}

/** One of `values` written at text[start, end), as its index, or -1. */
function oneOfAt(text: string, start: number, end: number, values: readonly string[]): number {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value.length !== end - start) continue;
    let k = 0;
    while (k < value.length && value.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === value.length) return i;
  }
  return -1;
}

/**
 * One of a fixed set of words (the schema's relations, polarities, aspects, kinds) written at text[start, end), as
 * its index, or -1: looked up by its length and first character, which no two of a set share, then compared
 * whole (one comparison where the fourteen relations were compared by length and character in turn).
 */
class Choice {
  /** (length mod 32, first character mod 128) -> index + 1; 0 none, -1 two words (then compared in turn). */
  readonly #slots = new Int8Array(32 * 128);

  constructor(readonly values: readonly string[]) {
    values.forEach((value, i) => {
      const slot = ((value.length & 31) << 7) | (value.charCodeAt(0) & 127);
      this.#slots[slot] = this.#slots[slot] === 0 ? i + 1 : -1;
    });
  }

  at(text: string, start: number, end: number): number {
    const length = end - start;
    const entry = this.#slots[((length & 31) << 7) | (text.charCodeAt(start) & 127)];
    if (entry < 0) return oneOfAt(text, start, end, this.values);
    if (entry === 0) return -1;
    // The only word of the set with this length and first character: the text is it or none.
    const value = this.values[entry - 1];
    if (value.length !== length) return -1;
    for (let k = 1; k < length; k++) if (value.charCodeAt(k) !== text.charCodeAt(start + k)) return -1;
    return entry - 1;
  }
}

const relationChoice = new Choice(relations);
const polarityChoice = new Choice(polarities);
const aspectChoice = new Choice(aspects);
const kindChoice = new Choice(kinds);

/** Whether text[start, end) is `value`, compared by character. */
function sameAt(text: string, start: number, end: number, value: string): boolean {
  if (value.length !== end - start) return false;
  for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * A compact list at `at` (just after its "["): `]`, `"A"]` or `"A","B",...]`, as its number in `s.lists`, with
 * the position after its "]" in `s.at`; -1 if it is not of that form or names an entity that is not valid.
 */
function compactList(text: string, at: number, s: Scanner): number {
  if (text.charCodeAt(at) === Char.CloseBracket) {
    s.at = at + 1;
    return 0;
  }
  const end = plainEnd(text, at);
  if (end < 0) return -1;
  const first = s.entities.numberAt(text, at + 1, end);
  if (first < 0) return -1;
  if (text.charCodeAt(end + 1) === Char.CloseBracket) {
    s.at = end + 2;
    return s.single(first);
  }
  // Longer lists are rare: the general reader takes them.
  return -1;
}

/**
 * One fact record in the compact layout (no whitespace, the usual keys) at `at` into the columns at `n`: the
 * position after its "}", or -1 when it is not compact (the general reader then reads it, and declines what is not valid).
 */
function compactRecord(text: string, at: number, s: Scanner, c: Columns, n: number, escaped: Set<number>): number {
  let start = at + G.id.length;
  let end = valueAfter(text, at, G.id);
  if (end < 0 || !isFactIdAt(text, start, end)) return -1;
  c.texts[4 * n] = start;
  c.texts[4 * n + 1] = end;
  start = end + G.subject.length;
  end = valueAfter(text, end, G.subject);
  if (end < 0) return -1;
  const subject = s.entities.numberAt(text, start, end);
  if (subject < 0) return -1;
  c.subjects[n] = subject;
  start = end + G.relation.length;
  end = valueAfter(text, end, G.relation);
  const relation = end < 0 ? -1 : relationChoice.at(text, start, end);
  if (relation < 0) return -1;
  let polarity = 0;
  const polarityEnd = valueAfter(text, end, G.polarity);
  if (polarityEnd !== noGlue) {
    start = end + G.polarity.length;
    end = polarityEnd;
    polarity = end < 0 ? -1 : polarityChoice.at(text, start, end) + 1;
    if (polarity <= 0) return -1;
  }
  let object = -1;
  const objectEnd = valueAfter(text, end, G.object);
  if (objectEnd !== noGlue) {
    start = end + G.object.length;
    end = objectEnd;
    if (end < 0) return -1;
    object = s.entities.numberAt(text, start, end);
    if (object < 0) return -1;
  }
  c.objects[n] = object;
  let aspect = 0;
  const aspectEnd = valueAfter(text, end, G.objectAspect);
  if (aspectEnd !== noGlue) {
    start = end + G.objectAspect.length;
    end = aspectEnd;
    aspect = end < 0 ? -1 : aspectChoice.at(text, start, end) + 1;
    if (aspect <= 0) return -1;
  }
  if (!glueAt(text, end, G.mediators)) return -1;
  const mediators = compactList(text, end + G.mediators.length, s);
  if (mediators < 0) return -1;
  c.mediators[n] = mediators;
  // glue from the "]" of mediators
  if (!glueAt(text, s.at - 1, G.context)) return -1;
  const context = compactList(text, s.at - 1 + G.context.length, s);
  if (context < 0) return -1;
  c.contexts[n] = context;
  start = s.at - 1 + G.evidence.length;
  end = valueAfter(text, s.at - 1, G.evidence);
  if (end < 0) return -1;
  // A paper's facts come one after another: its key is compared with the last one's before it is looked up.
  let paper = s.lastPaper;
  if (paper < 0 || !sameAt(text, start, end, s.paperKeys.keys[paper])) {
    paper = s.paperKeys.numberAt(text, start, end);
    if (paper < 0) return -1;
    s.lastPaper = paper;
  }
  c.papers[n] = paper;
  start = end + G.locator.length;
  end = valueAfter(text, end, G.locator);
  if (end < 0) return -1;
  const locator = s.locators.numberAt(text, start, end);
  if (locator < 0) return -1;
  c.locatorsOf[n] = locator;
  start = end + G.kind.length;
  end = valueAfter(text, end, G.kind);
  const kind = end < 0 ? -1 : kindChoice.at(text, start, end);
  if (kind < 0) return -1;
  c.kinds[n] = kind;
  // Evidence that cites its source goes to the general reader.
  if (!glueAt(text, end, G.statement)) return -1;
  s.at = end + G.statement.length - 1;
  const statementStart = s.anyString();
  const statementEnd = s.at - 1;
  if (statementEnd === statementStart || text.charCodeAt(s.at) !== Char.CloseBrace) return -1;
  if (s.escaped) {
    // A bad escape is no JSON: the file is declined here as the general reader would.
    if (parsedString(text, statementStart, statementEnd).length === 0) return -1;
    escaped.add(n);
  }
  c.texts[4 * n + 2] = statementStart;
  c.texts[4 * n + 3] = statementEnd;
  const name = relations[relation];
  if (name === 'associated-with' && polarity === 0) return -1;
  if (name !== 'signals-through' && object < 0) return -1;
  if (name === 'signals-through' && mediators === 0 && object < 0) return -1;
  c.flags[n] = relation | (polarity << 4) | (aspect << 6);
  return s.at + 1;
}

/** The facts' array whose "[" is at `start`, scanned; undefined if any record is not of the usual layout or not valid. */
export function scanFactsArray(text: string, start: number, tables?: ScanTables): ScannedFacts | undefined {
  const s = new Scanner(text, start, tables);
  // Columns sized by a guess from the text's length and grown when needed.
  let capacity = Math.max(16, Math.ceil(text.length / 200));
  const c: Columns = {
    subjects: new Int32Array(capacity), objects: new Int32Array(capacity), flags: new Int32Array(capacity), mediators: new Int32Array(capacity), contexts: new Int32Array(capacity),
    papers: new Int32Array(capacity), locatorsOf: new Int32Array(capacity), kinds: new Uint8Array(capacity), texts: new Int32Array(4 * capacity),
  };
  const escaped = new Set<number>();
  const cites = new Map<number, string>();
  let n = 0;
  try {
    s.expect(Char.OpenBracket);
    if (!s.take(Char.CloseBracket)) {
      do {
        if (n === capacity) {
          capacity *= 2;
          for (const key of Object.keys(c) as (keyof Columns)[]) {
            const column = c[key];
            const next = new (column.constructor as new (size: number) => typeof column)(key === 'texts' ? 4 * capacity : capacity);
            next.set(column as never);
            (c as unknown as Record<string, typeof column>)[key] = next;
          }
        }
        s.space();
        // The compact layout (one record a line, no spaces) is read by compactRecord; any other by the reader below.
        const recordStart = s.at;
        const next = compactRecord(text, recordStart, s, c, n, escaped);
        if (next >= 0) {
          s.at = next;
          n++;
          continue;
        }
        s.at = recordStart;
        s.expect(Char.OpenBrace);
        s.space();
        if (!s.key(K.id)) throw decline;
        const idStart = s.plainString();
        if (!isFactIdAt(text, idStart, s.at - 1)) throw decline;
        c.texts[4 * n] = idStart;
        c.texts[4 * n + 1] = s.at - 1;
        s.field(K.subject);
        c.subjects[n] = s.entity();
        s.field(K.relation);
        const relation = s.oneOf(relations);
        let polarity = 0;
        if (s.optionalField(K.polarity)) polarity = s.oneOf(polarities) + 1;
        c.objects[n] = -1;
        if (s.optionalField(K.object)) c.objects[n] = s.entity();
        let aspect = 0;
        if (s.optionalField(K.objectAspect)) aspect = s.oneOf(aspects) + 1;
        // The lists are written in the usual layout (zod would default them to []; the fast path then adds them
        // to the record, after the other keys: a different key order, so such a file is the fast path's).
        s.field(K.mediators);
        c.mediators[n] = s.list();
        s.field(K.context);
        c.contexts[n] = s.list();
        // Evidence of the usual shape: paper, locator, kind and perhaps cites; never "extracted" (abstracts' facts are not written in library files).
        s.field(K.evidence);
        s.expect(Char.OpenBrace);
        s.space();
        if (!s.key(K.paper)) throw decline;
        c.papers[n] = s.interned(s.paperKeys);
        s.field(K.locator);
        c.locatorsOf[n] = s.interned(s.locators);
        s.field(K.kind);
        c.kinds[n] = s.oneOf(kinds);
        // Background cites its source: such evidence is the fact's own (as the fast path leaves it unshared).
        if (s.optionalField(K.cites)) {
          const citesStart = s.anyString();
          const value = s.escaped ? parsedString(text, citesStart, s.at - 1) : text.slice(citesStart, s.at - 1);
          if (value.length === 0) throw decline;
          cites.set(n, value);
        }
        s.expect(Char.CloseBrace);
        s.field(K.statement);
        const statementStart = s.anyString();
        const statementEnd = s.at - 1;
        // min(1); an escaped statement must also be what JSON.parse reads (a bad escape declines here, not when made).
        if (statementEnd === statementStart) throw decline;
        if (s.escaped) {
          if (parsedString(text, statementStart, statementEnd).length === 0) throw decline;
          escaped.add(n);
        }
        c.texts[4 * n + 2] = statementStart;
        c.texts[4 * n + 3] = statementEnd;
        s.expect(Char.CloseBrace);
        // The schema's refinements (schema.ts FactSchema.superRefine).
        const name = relations[relation];
        if (name === 'associated-with' && polarity === 0) throw decline;
        if (name !== 'signals-through' && c.objects[n] < 0) throw decline;
        if (name === 'signals-through' && c.mediators[n] === 0 && c.objects[n] < 0) throw decline;
        c.flags[n] = relation | (polarity << 4) | (aspect << 6);
        n++;
      } while (s.take(Char.Comma));
      s.expect(Char.CloseBracket);
    }
  } catch (error) {
    if (error === decline) return undefined;
    throw error;
  }
  return {
    arrayStart: start, arrayEnd: s.at, count: n, entityKeys: s.entities.keys, subjects: c.subjects.subarray(0, n), objects: c.objects.subarray(0, n), flags: c.flags.subarray(0, n),
    lists: s.lists, listValues: s.tables.listValues, mediators: c.mediators.subarray(0, n), contexts: c.contexts.subarray(0, n), paperKeys: s.paperKeys.keys, locators: s.locators.keys,
    papers: c.papers.subarray(0, n), locatorsOf: c.locatorsOf.subarray(0, n), kinds: c.kinds.subarray(0, n), texts: c.texts.subarray(0, 4 * n), escaped, cites,
  };
}

/**
 * Fact objects made from the columns, as the fast path makes them (fastLoad.ts and sharedParts.ts): the schema's
 * keys in the file's order, lists and evidence shared by the facts that have the same ones.
 */
export class ScannedFactMaker {
  readonly #lists: (readonly string[] | undefined)[];
  readonly #evidence = new Map<number, Evidence>();
  /** Facts made so far, by number: a fact asked for twice is the same object (indices, derivations and ids all point at it). */
  readonly #made: (Fact | undefined)[];

  readonly facts: ScannedFacts;
  /** The text the facts' ids and statements are in: the file's, or (compact) one of their own. */
  readonly text: string;

  /**
   * `compact`: the facts' ids and statements copied into a text of their own, so the file's text can go (a
   * million facts' file texts are 280 MB; their ids and statements a quarter of that). Without it the maker
   * keeps the file's text.
   */
  constructor(facts: ScannedFacts, text: string, compact = false) {
    if (compact) [facts, text] = compacted(facts, text);
    this.facts = facts;
    this.text = text;
    this.#lists = facts.listValues;
    this.#made = new Array<Fact | undefined>(facts.count).fill(undefined);
  }

  get count(): number {
    return this.facts.count;
  }

  /** Fact n, made on first use. */
  factAt(n: number): Fact {
    return (this.#made[n] ??= this.#make(n));
  }

  /** Fact n's id, from the text (the fact is not made). */
  idAt(n: number): string {
    const made = this.#made[n];
    return made ? made.id : this.text.slice(this.facts.texts[4 * n], this.facts.texts[4 * n + 1]);
  }

  /** Whether fact n's id is `id`, compared by character (no string made). */
  idIs(n: number, id: string): boolean {
    const start = this.facts.texts[4 * n];
    if (this.facts.texts[4 * n + 1] - start !== id.length) return false;
    return this.text.startsWith(id, start);
  }

  /** Fact n's statement (the fact is not made). */
  statementAt(n: number): string {
    const made = this.#made[n];
    if (made) return made.statement;
    const f = this.facts;
    return f.escaped.has(n) ? (JSON.parse(this.text.slice(f.texts[4 * n + 2] - 1, f.texts[4 * n + 3] + 1)) as string) : this.text.slice(f.texts[4 * n + 2], f.texts[4 * n + 3]);
  }

  /** Fact n's evidence, the object its fact has or will have (the fact is not made). */
  evidenceAt(n: number): Evidence {
    const made = this.#made[n];
    return made ? made.evidence : this.#evidenceOf(n);
  }

  #make(n: number): Fact {
    const f = this.facts;
    const text = this.text;
    const flag = f.flags[n];
    const relation = relations[flag & 15];
    const polarity = (flag >> 4) & 3;
    const aspect = (flag >> 6) & 15;
    const object = f.objects[n];
    const id = text.slice(f.texts[4 * n], f.texts[4 * n + 1]);
    const statement = f.escaped.has(n) ? (JSON.parse(text.slice(f.texts[4 * n + 2] - 1, f.texts[4 * n + 3] + 1)) as string) : text.slice(f.texts[4 * n + 2], f.texts[4 * n + 3]);
    // The usual shapes written as one literal each (keys added one by one cost a third more: librarySnapshot.ts).
    if (polarity === 0 && object >= 0) {
      const subject = f.entityKeys[f.subjects[n]];
      const mediators = this.#listAt(f.mediators[n]);
      const context = this.#listAt(f.contexts[n]);
      return aspect === 0
        ? { id, subject, relation, object: f.entityKeys[object], mediators, context, evidence: this.#evidenceOf(n), statement }
        : { id, subject, relation, object: f.entityKeys[object], objectAspect: aspects[aspect - 1], mediators, context, evidence: this.#evidenceOf(n), statement };
    }
    const fact = { id, subject: f.entityKeys[f.subjects[n]], relation } as Fact;
    if (polarity > 0) fact.polarity = polarities[polarity - 1];
    if (object >= 0) fact.object = f.entityKeys[object];
    if (aspect > 0) fact.objectAspect = aspects[aspect - 1];
    fact.mediators = this.#listAt(f.mediators[n]);
    fact.context = this.#listAt(f.contexts[n]);
    fact.evidence = this.#evidenceOf(n);
    fact.statement = statement;
    return fact;
  }

  /** List `i` as entity ids, made on first use (the facts that name it share it). */
  #listAt(i: number): string[] {
    let list = this.#lists[i];
    if (list === undefined) {
      const members = this.facts.lists[i];
      list = this.#lists[i] = members.length === 0 ? frozenEmpty : Array.from(members, (e) => this.facts.entityKeys[e]);
    }
    return list as string[];
  }

  #evidenceOf(n: number): Evidence {
    const f = this.facts;
    const cites = f.cites.get(n);
    if (cites !== undefined) return { paper: f.paperKeys[f.papers[n]], locator: f.locators[f.locatorsOf[n]], kind: kinds[f.kinds[n]], cites };
    const key = (f.papers[n] * f.locators.length + f.locatorsOf[n]) * 2 + f.kinds[n];
    let evidence = this.#evidence.get(key);
    if (!evidence) {
      evidence = { paper: f.paperKeys[f.papers[n]], locator: f.locators[f.locatorsOf[n]], kind: kinds[f.kinds[n]] };
      this.#evidence.set(key, evidence);
    }
    return evidence;
  }
}

/**
 * The facts with their ids and statements copied out of the file's text into one text of their own (statements
 * with their quotes, which JSON.parse reads when one has an escape): a slice of 13 characters or more is a view
 * that keeps the whole file's text alive.
 */
function compacted(facts: ScannedFacts, text: string): [ScannedFacts, string] {
  const texts = new Int32Array(4 * facts.count);
  const from = facts.texts;
  let length = 0;
  for (let n = 0; n < facts.count; n++) {
    const idLength = from[4 * n + 1] - from[4 * n];
    const statementLength = from[4 * n + 3] - from[4 * n + 2] + 2;
    texts[4 * n] = length;
    length += idLength;
    texts[4 * n + 1] = length;
    texts[4 * n + 2] = length + 1;
    length += statementLength;
    texts[4 * n + 3] = length - 1;
  }
  const own = asciiCopy(text, from, facts.count, length) ?? joinedCopy(text, from, facts.count);
  // The tables' strings are copies already (Interned); a `cites` may be a view.
  const cites = new Map<number, string>();
  for (const [n, value] of facts.cites) cites.set(n, value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string));
  return [{ ...facts, texts, cites }, own];
}

/**
 * The ids and statements (with quotes) copied character by character into bytes and decoded once: one string of
 * the whole, where slices joined made two million strings on the way (a fifth of the first read's allocation, all
 * for the collector). Undefined when a character is not ASCII (a byte would not decode to it as UTF-8).
 * Tried and dropped (stop 49): the bytes kept, no string of the whole, each id and statement decoded when asked
 * for (the merge hashing and comparing ids as bytes, the snapshot's encoding decoding a file's bytes once). The
 * heap was 60 MB smaller and peak RSS ~20 MB lower, but the copy into fresh buffers (one per file, or 16 MB
 * arenas) cost what the decode had saved, and V8's helper threads did more for the memory outside the heap: this
 * step alone (`firstRead.js --read=compact`, 10 alternated pairs) thread 0.43-0.55 s before, 0.43-0.51 s after,
 * the process's CPU 0.57-0.70 s before, 0.69-0.81 s after; the whole first read no faster in 6 pairs.
 */
function asciiCopy(text: string, from: Int32Array, count: number, length: number): string | undefined {
  // One buffer for every file of a load (a file's ids and statements are under a megabyte): a new one per file was
  // memory outside the heap that the collector counted, and collected for, a hundred times.
  if (asciiScratch.length < length) asciiScratch = new Uint8Array(Math.max(length, 2 * asciiScratch.length));
  const bytes = asciiScratch;
  let j = 0;
  let any = 0;
  for (let n = 0; n < count; n++) {
    for (let i = from[4 * n], end = from[4 * n + 1]; i < end; i++) {
      const c = text.charCodeAt(i);
      any |= c;
      bytes[j++] = c;
    }
    for (let i = from[4 * n + 2] - 1, end = from[4 * n + 3] + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      any |= c;
      bytes[j++] = c;
    }
  }
  if (any >= 0x80) return undefined;
  return asciiDecoder.decode(bytes.subarray(0, length));
}

const asciiDecoder = new TextDecoder('utf-8');
let asciiScratch = new Uint8Array(0);

/** The ids and statements as slices joined (any character). */
function joinedCopy(text: string, from: Int32Array, count: number): string {
  const parts = new Array<string>(2 * count + 1);
  for (let n = 0; n < count; n++) {
    parts[2 * n] = text.slice(from[4 * n], from[4 * n + 1]);
    parts[2 * n + 1] = text.slice(from[4 * n + 2] - 1, from[4 * n + 3] + 1);
  }
  // A join of one part may give the part itself (a view): a last empty part keeps it a copy.
  parts[2 * count] = '';
  return parts.join('');
}
