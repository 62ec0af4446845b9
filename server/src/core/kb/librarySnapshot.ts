// A loaded library as bytes, so that the next session reads a million facts without parsing 280 MB of JSON,
// checking every record and indexing every id again (issue 10). What is stored is what reading the library
// JSON files gave when the whole library loaded without a single problem: each file's papers, entities and
// facts, their positions, and the facts as columns of numbers (entities, papers and lists as small numbers
// into tables) from which the knowledge base builds its indices without a Map lookup per fact.
//
// Pure: bytes in, bytes out. Where the bytes live, and the key that says they belong to these very files
// (the content hash of every source and the program), is the node layer's business (node/librarySnapshots.ts).
// A snapshot that does not decode, or whose numbers point outside its tables, is refused as a whole
// (undefined), and the library is read from its files as if there were none.
import { columnArrays, FactGroupsBuilder, KeySlots, type GroupArrays } from './factGroups';
import type { ScannedFactMaker } from './factScan';
import type { FactSource } from './factList';
import { derivationColumns, inferenceRules, type Derivation, type DerivationColumns } from './inference';
import { decodePapers, encodePapersInSteps, Numbered } from './paperColumns';
import { ObjectAspect, relations, type Entity, type Evidence, type Fact, type Paper } from './schema';

/** The layout of the bytes; a snapshot of another version is refused. */
export const snapshotFormat = 3;

/** One library JSON file as read: its records, and where its papers and entities start. */
export interface SnapshotFile {
  path: string;
  papers: Paper[];
  entities: Entity[];
  facts: Fact[];
  /** How many facts, when `facts` is made only when read (a scanned file's: the encoding makes them a file at a time, in its steps). */
  factCount?: number;
  /** The file's facts as the scan read them (factScan.ts): encoded from these numbers, no fact made. */
  scanned?: ScannedFactMaker;
  /** A decoded file's facts, each made when first asked for (`facts` makes them all). */
  source?: FactSource;
  /** Where each paper and entity starts: line at 2i, character at 2i + 1 (loadFile.ts withPositions). */
  paperPositions: Int32Array;
  entityPositions: Int32Array;
}

/**
 * The facts of every file, in file order, as numbers: what the knowledge base's indices are made from
 * (knowledgeBase.ts), with no string looked up per fact.
 */
export interface FactColumns {
  /** How many facts (the first ones of the knowledge base's list) the columns describe. */
  count: number;
  /** Entity ids by number: subject, object and the lists' members are numbers into this. */
  entityKeys: readonly string[];
  subjects: Int32Array;
  /** -1 for a fact without an object. */
  objects: Int32Array;
  /** Each fact's relation, as its index in schema.ts `relations` (inference reads it: inference.ts). */
  relations: Uint8Array;
  /** Each fact's mediators and context, as numbers into `lists` (lists of entity numbers). */
  mediators: Int32Array;
  contexts: Int32Array;
  lists: readonly Int32Array[];
  /** Paper keys by number, and each fact's paper (its evidence's) as a number into them. */
  paperKeys: readonly string[];
  papers: Int32Array;
  /**
   * The paper keys' numbers as a map, when the merge made one as it numbered them (mergeColumns.ts): the knowledge
   * base's paper slots start from it (factGroups.ts KeySlots.over) rather than from a second map of the same keys.
   */
  paperNumbers?: ReadonlyMap<string, number>;
  /**
   * The knowledge base's four indices as made from these columns (factGroups.ts), stored so that a next session
   * does not make them again; used when the columns' facts are all the library's facts.
   */
  indices?: Record<IndexName, GroupArrays>;
  /**
   * The facts the library implies (inference.ts), as their recipes: made again from these in a next session
   * rather than derived from a million facts (a fifth of the load). Used with the stored indices, when the
   * columns' facts are all the library's facts; absent when the snapshot was made with facts read from abstracts.
   */
  derived?: StoredDerivations;
}

/** Derivations as columns: each one's stated fact (a position), rule, relation, and entity (a number into `entities`). */
export interface StoredDerivations {
  positions: Int32Array;
  rules: Int32Array;
  relations: Int32Array;
  entities: Int32Array;
  entityKeys: readonly string[];
}

const indexNames = ['byPaper', 'bySubject', 'byObject', 'byEntity'] as const;
type IndexName = (typeof indexNames)[number];

export interface DecodedSnapshot {
  files: SnapshotFile[];
  columns: FactColumns;
}

const aspects = ObjectAspect.options;
const kinds = ['finding', 'background'] as const;
const polarities = [undefined, 'positive', 'negative'] as const;
const ascii = /^[\x00-\x7f]*$/;

/**
 * The library JSON files' content as bytes: a JSON header, then the numeric columns, then the texts.
 * `derivations`: how the knowledge base built from exactly these facts derived its implied facts (stored when given).
 */
export function encodeSnapshot(files: readonly SnapshotFile[], derivations?: readonly Derivation[] | DerivationColumns): Uint8Array {
  return finish(encodeSnapshotInSteps(files, derivations));
}

/** Runs the steps of an encoding to the end, with no pause. */
export function finish<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many facts an encoding step takes (tens of milliseconds of work). */
const factsPerStep = 20_000;

/**
 * `encodeSnapshot` a step at a time: the encoding stops after each step of at most `factsPerStep` facts (or one
 * phase of the work) and goes on when asked, so a server can answer requests between steps while it writes a
 * million facts' snapshot (seconds in one go). The files and derivations must not change meanwhile (a loaded
 * library never does).
 */
export function* encodeSnapshotInSteps(files: readonly SnapshotFile[], derivations?: readonly Derivation[] | DerivationColumns): Generator<void, Uint8Array> {
  return joinedParts(yield* encodeSnapshotPartsInSteps(files, derivations));
}

/** `encodeSnapshotInSteps` with the snapshot's bytes as pieces in order (packParts): written as they are, never joined. */
export function* encodeSnapshotPartsInSteps(files: readonly SnapshotFile[], derivations?: readonly Derivation[] | DerivationColumns): Generator<void, Uint8Array[]> {
  const entityKeys = new Numbered<string>((value) => value);
  const paperKeys = new Numbered<string>((value) => value);
  const locators = new Numbered<string>((value) => value);
  const lists = new Numbered<string>((value) => value);
  const listMembers: number[][] = [];
  const evidenceIds = new Map<Evidence, number>();
  const evidence: number[] = [];
  const extras: Evidence[] = [];
  const factsOf = (file: SnapshotFile): number => file.factCount ?? file.facts.length;
  const count = files.reduce((sum, file) => sum + factsOf(file), 0);
  const factPapers = new Int32Array(count);
  const columns = { subjects: new Int32Array(count), objects: new Int32Array(count), flags: new Int32Array(count), mediators: new Int32Array(count), contexts: new Int32Array(count), evidence: new Int32Array(count), texts: new Int32Array(2 * count) };
  // Ids and statements in two texts: those in ASCII, and the others. One character outside Latin-1 ("NF-κB")
  // makes a whole decoded string two bytes a character: 60 MB more for a million statements.
  const texts: [string[], string[]] = [[], []];
  const textLengths = [0, 0];
  const listOf = (ids: readonly string[]): number => {
    const key = ids.join('\u0000');
    const before = lists.size;
    const n = lists.id(key);
    if (n === before) listMembers.push(ids.map((id) => entityKeys.id(id)));
    return n;
  };
  let n = 0;
  for (const file of files) {
    if (file.scanned) {
      n = yield* encodeScanned(file.scanned, n);
      continue;
    }
    for (const fact of file.facts) {
      columns.subjects[n] = entityKeys.id(fact.subject);
      columns.objects[n] = fact.object === undefined ? -1 : entityKeys.id(fact.object);
      // relation, polarity and aspect in one number: 4 bits, 2 bits, 4 bits (0 for none).
      const wide = ascii.test(fact.id) && ascii.test(fact.statement) ? 0 : 1;
      columns.flags[n] = relations.indexOf(fact.relation) | (polarities.indexOf(fact.polarity) << 4) | ((fact.objectAspect === undefined ? 0 : aspects.indexOf(fact.objectAspect) + 1) << 6) | (wide << 10);
      columns.mediators[n] = listOf(fact.mediators);
      columns.contexts[n] = listOf(fact.context);
      let e = evidenceIds.get(fact.evidence);
      if (e === undefined) {
        e = evidence.length / 4;
        const plain = fact.evidence.cites === undefined && fact.evidence.extracted === undefined;
        evidence.push(paperKeys.id(fact.evidence.paper), locators.id(fact.evidence.locator), kinds.indexOf(fact.evidence.kind), plain ? -1 : extras.push(fact.evidence) - 1);
        evidenceIds.set(fact.evidence, e);
      }
      columns.evidence[n] = e;
      factPapers[n] = evidence[4 * e];
      texts[wide].push(fact.id, fact.statement);
      textLengths[wide] += fact.id.length;
      columns.texts[2 * n] = textLengths[wide];
      textLengths[wide] += fact.statement.length;
      columns.texts[2 * n + 1] = textLengths[wide];
      n++;
      if (n % factsPerStep === 0) yield;
    }
  }
  /**
   * A scanned file's facts from its columns (factScan.ts): the same numbers, in the same order, as from its facts
   * (its flags are packed as here; its lists and entities numbered here at their first use, as `listOf` would),
   * with no fact made: a million facts would otherwise all be made again, and kept, after a first read.
   */
  function* encodeScanned(maker: ScannedFactMaker, first: number): Generator<void, number> {
    const f = maker.facts;
    const listNumbers = new Int32Array(f.lists.length).fill(-1);
    const listOfNumber = (i: number): number => {
      if (listNumbers[i] < 0) listNumbers[i] = listOf(Array.from(f.lists[i], (e) => f.entityKeys[e]));
      return listNumbers[i];
    };
    let n = first;
    for (let k = 0; k < f.count; k++) {
      columns.subjects[n] = entityKeys.id(f.entityKeys[f.subjects[k]]);
      columns.objects[n] = f.objects[k] < 0 ? -1 : entityKeys.id(f.entityKeys[f.objects[k]]);
      const id = maker.idAt(k);
      const statement = maker.statementAt(k);
      const wide = ascii.test(id) && ascii.test(statement) ? 0 : 1;
      columns.flags[n] = f.flags[k] | (wide << 10);
      columns.mediators[n] = listOfNumber(f.mediators[k]);
      columns.contexts[n] = listOfNumber(f.contexts[k]);
      const fromFile = maker.evidenceAt(k);
      let e = evidenceIds.get(fromFile);
      if (e === undefined) {
        e = evidence.length / 4;
        const plain = fromFile.cites === undefined && fromFile.extracted === undefined;
        evidence.push(paperKeys.id(fromFile.paper), locators.id(fromFile.locator), kinds.indexOf(fromFile.kind), plain ? -1 : extras.push(fromFile) - 1);
        evidenceIds.set(fromFile, e);
      }
      columns.evidence[n] = e;
      factPapers[n] = evidence[4 * e];
      texts[wide].push(id, statement);
      textLengths[wide] += id.length;
      columns.texts[2 * n] = textLengths[wide];
      textLengths[wide] += statement.length;
      columns.texts[2 * n + 1] = textLengths[wide];
      n++;
      if (n % factsPerStep === 0) yield;
    }
    return n;
  }
  yield;
  const positions = (lists: readonly Int32Array[]) => {
    const out = new Int32Array(lists.reduce((sum, list) => sum + list.length, 0));
    let at = 0;
    for (const list of lists) {
      out.set(list, at);
      at += list.length;
    }
    return out;
  };
  const header = {
    format: snapshotFormat,
    count,
    files: files.map((file) => ({ path: file.path, papers: file.papers.length, entities: file.entities.length, facts: factsOf(file) })),
    entityKeys: entityKeys.values,
    paperKeys: paperKeys.values,
    locators: locators.values,
    lists: listMembers,
    extras,
    evidence: evidence.length / 4,
    derivedEntities: [] as string[],
    derived: derivations ? (Array.isArray(derivations) ? derivations.length : (derivations as DerivationColumns).positions.length) : -1,
  };
  // The derivations as the knowledge base keeps them (columns: inference.ts), their entities renumbered into a table of their own.
  const derived = derivations === undefined ? derivationColumns([]) : Array.isArray(derivations) ? derivationColumns(derivations) : (derivations as DerivationColumns);
  const derivedEntities = new Numbered<string>((value) => value);
  const entityNumbers = new Map<number, number>();
  const derivedEntityColumn = Int32Array.from(derived.entities, (e) => {
    let number = entityNumbers.get(e);
    if (number === undefined) entityNumbers.set(e, (number = derivedEntities.id(derived.entityKeys[e])));
    return number;
  });
  const derivedColumns = [derived.positions.slice(), derived.rules.slice(), derived.relations.slice(), derivedEntityColumn];
  header.derivedEntities = derivedEntities.values;
  // The indices, made by the knowledge base's own pass over the columns.
  const listArrays = listMembers.map((members) => Int32Array.from(members));
  const indices = yield* indexesOf({ count, entityKeys: entityKeys.values, subjects: columns.subjects, objects: columns.objects, relations: relationsOf(columns.flags), mediators: columns.mediators, contexts: columns.contexts, lists: listArrays, paperKeys: paperKeys.values, papers: factPapers });
  // The papers as columns (paperColumns.ts).
  const papers = yield* encodePapersInSteps(files.flatMap((file) => file.papers));
  yield;
  const paperPositions = positions(files.map((file) => file.paperPositions));
  yield;
  const binary: Int32Array[] = [
    columns.subjects, columns.objects, columns.flags, columns.mediators, columns.contexts, columns.evidence, columns.texts, Int32Array.from(evidence),
    paperPositions, positions(files.map((file) => file.entityPositions)),
    ...indexNames.flatMap((name) => [indices[name].keys, indices[name].starts, indices[name].positions]),
    ...derivedColumns,
    papers.rows, papers.columns,
  ];
  const narrow = texts[0].join('');
  yield;
  const wide = texts[1].join('');
  // UTF-8 cannot carry a lone surrogate (JSON.parse can make one from an escape): such a library is not stored.
  if (!(wide as string & { isWellFormed(): boolean }).isWellFormed()) throw new Error('a fact id or statement is not well-formed text');
  yield;
  const strings = [JSON.stringify(header), JSON.stringify(files.flatMap((file) => file.entities)), narrow, wide, papers.strings, papers.people, papers.authorLists, papers.keywordLists, papers.others];
  return yield* packParts(binary, strings);
}

/**
 * The snapshot's files and columns, or undefined when the bytes are not a snapshot of this format or any
 * number in them points outside its tables. `paths`: the library JSON files the caller expects, in order.
 */
export function decodeSnapshot(bytes: Uint8Array, paths: readonly string[]): DecodedSnapshot | undefined {
  return decodeSnapshotFrom(() => bytes, paths);
}

/**
 * `decodeSnapshot` of what `read` gives (undefined: none, and so no snapshot): the snapshot's bytes, or its parts
 * already read out of them (`readSnapshotParts`, as node/librarySnapshots.ts streams them from the file). Bytes are
 * held by no variable: their parts are copied out of them first, so they can be collected while the facts are
 * made (150 MB for a million facts, which otherwise stayed in memory until the library was built).
 */
export function decodeSnapshotFrom(read: () => Uint8Array | SnapshotParts | undefined, paths: readonly string[]): DecodedSnapshot | undefined {
  try {
    const parts = partsOf(read());
    return parts && decode(parts, paths);
  } catch {
    return undefined;
  }
}

function partsOf(read: Uint8Array | SnapshotParts | undefined): SnapshotParts | undefined {
  if (read === undefined || !(read instanceof Uint8Array)) return read;
  return readSnapshotParts(bytesReader(read), read.byteLength);
}

/** The Int32 parts: ten columns, three arrays per index, four columns of derivations, two of papers. */
const binaryParts = 10 + 3 * indexNames.length + 4 + 2;
/** The texts: the header, entities, the facts' ids and statements (ASCII and not), and the papers' six. */
const textParts = 9;

function decode(parts: SnapshotParts, paths: readonly string[]): DecodedSnapshot | undefined {
  const [[subjects, objects, flags, mediators, contexts, evidenceIndex, textEnds, evidenceColumns, paperAt, entityAt, ...rest], [headerText, entitiesText, narrow, wide, paperStrings, people, authorLists, keywordLists, others]] = parts;
  const indexParts = rest.slice(0, 3 * indexNames.length);
  const [derivedPositions, derivedRules, derivedRelations, derivedEntityIndex, paperRows, paperColumns] = rest.slice(3 * indexNames.length);
  const header = JSON.parse(headerText) as SnapshotHeader;
  if (header?.format !== snapshotFormat || !Array.isArray(header.files) || header.files.length !== paths.length) return undefined;
  if (header.files.some((file, i) => file.path !== paths[i])) return undefined;
  const count = header.count;
  const { entityKeys, paperKeys, locators, lists: listMembers, extras } = header;
  if (![entityKeys, paperKeys, locators, listMembers, extras].every(Array.isArray)) return undefined;
  if (![entityKeys, paperKeys, locators].every((table) => table.every((value) => typeof value === 'string'))) return undefined;
  if (!listMembers.every((list) => Array.isArray(list) && list.every(Number.isInteger))) return undefined;
  // The tables number distinct values (the knowledge base gives out slots in their order).
  if (new Set(entityKeys).size !== entityKeys.length || new Set(paperKeys).size !== paperKeys.length) return undefined;
  if ([subjects, objects, flags, mediators, contexts, evidenceIndex].some((column) => column.length !== count) || textEnds.length !== 2 * count) return undefined;
  if (evidenceColumns.length !== 4 * header.evidence) return undefined;
  const lists = listMembers.map((members) => Int32Array.from(members));
  for (const list of lists) if (!inRange(list, 0, entityKeys.length)) return undefined;
  if (!inRange(subjects, 0, entityKeys.length) || !inRange(objects, -1, entityKeys.length) || !inRange(mediators, 0, lists.length) || !inRange(contexts, 0, lists.length) || !inRange(evidenceIndex, 0, header.evidence)) return undefined;
  const papers = decodePapers({ rows: paperRows, columns: paperColumns, strings: paperStrings, people, authorLists, keywordLists, others });
  if (!papers) return undefined;
  const entities = JSON.parse(entitiesText) as Entity[];
  const sum = (field: 'papers' | 'entities' | 'facts') => header.files.reduce((total, file) => total + file[field], 0);
  if (papers.length !== sum('papers') || entities.length !== sum('entities') || count !== sum('facts')) return undefined;
  if (paperAt.length !== 2 * papers.length || entityAt.length !== 2 * entities.length) return undefined;

  // Shared parts, made once: entity ids, lists, evidence (as a file's facts share them, sharedParts.ts).
  const listValues = lists.map((list) => Array.from(list, (e) => entityKeys[e]));
  const evidence: Evidence[] = new Array(header.evidence);
  const paperOf = new Int32Array(header.evidence);
  if (!decodeEvidence(evidenceColumns, header, evidence, paperOf)) return undefined;
  // Every fact checked here (a snapshot with one bad number is refused whole), none made: a fact is made when
  // first asked for (SnapshotFacts). Making a million facts and their two million strings up front was a third of
  // the next session's load, most of it the collector's copying of what survives (stop 35).
  const factPapers = new Int32Array(count);
  const idStarts = new Int32Array(count);
  const texts = [narrow, wide];
  if (!checkFactColumns(flags, textEnds, texts, evidenceIndex, paperOf, idStarts, factPapers)) return undefined;
  const made = new SnapshotFacts({ flags, idStarts, textEnds, texts, subjects, objects, mediators, contexts, evidenceIndex, entityKeys, listValues, evidence });

  const files: SnapshotFile[] = [];
  let [paper, entity, fact] = [0, 0, 0];
  for (const file of header.files) {
    const slice = <T>(list: T[], from: number, length: number) => list.slice(from, from + length);
    files.push(withFacts({
      path: file.path,
      papers: slice(papers, paper, file.papers),
      entities: slice(entities, entity, file.entities),
      // Views of the decoded columns (copied out of the bytes): no object per record.
      paperPositions: paperAt.subarray(2 * paper, 2 * (paper + file.papers)),
      entityPositions: entityAt.subarray(2 * entity, 2 * (entity + file.entities)),
    }, made, fact, file.facts));
    [paper, entity, fact] = [paper + file.papers, entity + file.entities, fact + file.facts];
  }
  const indices = {} as Record<IndexName, GroupArrays>;
  for (const [i, name] of indexNames.entries()) {
    const slotCount = name === 'byPaper' ? paperKeys.length : entityKeys.length;
    const [keys, starts, positions] = indexParts.slice(3 * i, 3 * i + 3);
    if (!validGroups(keys, starts, positions, slotCount, count)) return undefined;
    indices[name] = { keys, starts, positions };
  }
  let derived: StoredDerivations | undefined;
  const derivedEntities = header.derivedEntities;
  if (header.derived >= 0) {
    if (!Array.isArray(derivedEntities) || !derivedEntities.every((id) => typeof id === 'string')) return undefined;
    if ([derivedPositions, derivedRules, derivedRelations, derivedEntityIndex].some((column) => column.length !== header.derived)) return undefined;
    if (!inRange(derivedPositions, 0, count) || !inRange(derivedRules, 0, inferenceRules.length) || !inRange(derivedRelations, 0, relations.length) || !inRange(derivedEntityIndex, 0, derivedEntities.length)) return undefined;
    derived = { positions: derivedPositions, rules: derivedRules, relations: derivedRelations, entities: derivedEntityIndex, entityKeys: derivedEntities };
  }
  // The columns themselves, not copies: they were read into arrays of their own (readSnapshotParts), and the knowledge base only reads them.
  return { files, columns: { count, entityKeys, subjects, objects, relations: relationsOf(flags), mediators, contexts, lists, paperKeys, papers: factPapers, indices, derived } };
}

// The decode's loops over every evidence and every fact are functions of their own: in decode, each was compiled
// on its own (on-stack replacement) with the code after it, which had not run yet, and again when that code first
// ran (three optimizing compilations of decode and two deoptimizations, 40 ms on the compiler's threads, and the
// fact loop ~100 ms of the thread: measured at stop 35).

/** Each fact's relation (the flags' low four bits), by a loop: Uint8Array.from with a function called it a million times. */
function relationsOf(flags: Int32Array): Uint8Array {
  const out = new Uint8Array(flags.length);
  for (let n = 0; n < flags.length; n++) out[n] = flags[n] & 15;
  return out;
}

/** The evidence table decoded into `evidence` (shared objects) and `paperOf` (each one's paper): false if a number points outside its table. */
function decodeEvidence(columns: Int32Array, header: SnapshotHeader, evidence: Evidence[], paperOf: Int32Array): boolean {
  const { paperKeys, locators, extras } = header;
  for (let e = 0; e < evidence.length; e++) {
    const paper = columns[4 * e];
    const locator = columns[4 * e + 1];
    const kind = columns[4 * e + 2];
    const extra = columns[4 * e + 3];
    if (paper < 0 || paper >= paperKeys.length || locator < 0 || locator >= locators.length || kind < 0 || kind >= kinds.length || extra < -1 || extra >= extras.length) return false;
    evidence[e] = extra >= 0 ? extras[extra] : { paper: paperKeys[paper], locator: locators[locator], kind: kinds[kind] };
    paperOf[e] = paper;
  }
  return true;
}

/**
 * Every fact's flags and text ends checked (false: the snapshot is refused), and where each one's id starts in
 * its text and its paper written into `idStarts` and `factPapers`.
 */
function checkFactColumns(flags: Int32Array, textEnds: Int32Array, texts: readonly string[], evidenceIndex: Int32Array, paperOf: Int32Array, idStarts: Int32Array, factPapers: Int32Array): boolean {
  const lengths = [texts[0].length, texts[1].length];
  const previousEnds = [0, 0];
  for (let n = 0; n < flags.length; n++) {
    const flag = flags[n];
    const which = (flag >> 10) & 1;
    const previousEnd = previousEnds[which];
    const idEnd = textEnds[2 * n];
    const statementEnd = textEnds[2 * n + 1];
    if (idEnd <= previousEnd || statementEnd <= idEnd || statementEnd > lengths[which]) return false;
    if (relations[flag & 15] === undefined || (flag >> 4 & 3) === 3 || ((flag >> 6) & 15) > aspects.length || flag >> 11 !== 0) return false;
    idStarts[n] = previousEnd;
    factPapers[n] = paperOf[evidenceIndex[n]];
    previousEnds[which] = statementEnd;
  }
  return true;
}

/** What a decoded snapshot's facts are made from: its columns, checked (decode). */
interface FactParts {
  flags: Int32Array;
  /** Where each fact's id starts in its text (it ends at textEnds[2n], its statement at textEnds[2n + 1]). */
  idStarts: Int32Array;
  textEnds: Int32Array;
  texts: string[];
  subjects: Int32Array;
  objects: Int32Array;
  mediators: Int32Array;
  contexts: Int32Array;
  evidenceIndex: Int32Array;
  entityKeys: readonly string[];
  listValues: string[][];
  evidence: Evidence[];
}

/** A decoded snapshot's facts, fact n made on first use and kept (one object per fact however often asked for). */
class SnapshotFacts {
  readonly #parts: FactParts;
  readonly #made: (Fact | undefined)[];

  constructor(parts: FactParts) {
    this.#parts = parts;
    this.#made = new Array(parts.flags.length);
  }

  idAt(n: number): string {
    const made = this.#made[n];
    if (made) return made.id;
    const { flags, idStarts, textEnds, texts } = this.#parts;
    return texts[(flags[n] >> 10) & 1].slice(idStarts[n], textEnds[2 * n]);
  }

  factAt(n: number): Fact {
    return (this.#made[n] ??= this.#make(n));
  }

  #make(n: number): Fact {
    const { flags, idStarts, textEnds, texts, subjects, objects, mediators, contexts, evidenceIndex, entityKeys, listValues, evidence } = this.#parts;
    const flag = flags[n];
    const text = texts[(flag >> 10) & 1];
    const idEnd = textEnds[2 * n];
    const id = text.slice(idStarts[n], idEnd);
    // A slice of the snapshot's one string, not a copy: statements are read only for hovers and reports.
    const statement = text.slice(idEnd, textEnds[2 * n + 1]);
    const relation = relations[flag & 15];
    const polarity = polarities[(flag >> 4) & 3];
    const aspect = (flag >> 6) & 15;
    const object = objects[n];
    // The usual shape written as one literal (a million facts: adding keys one by one was a third of the decode).
    return polarity === undefined && aspect === 0 && object >= 0
      ? { id, subject: entityKeys[subjects[n]], relation, object: entityKeys[object], mediators: listValues[mediators[n]], context: listValues[contexts[n]], evidence: evidence[evidenceIndex[n]], statement }
      : factOf(id, entityKeys[subjects[n]], relation, polarity, object >= 0 ? entityKeys[object] : undefined, aspect > 0 ? aspects[aspect - 1] : undefined, listValues[mediators[n]], listValues[contexts[n]], evidence[evidenceIndex[n]], statement);
  }
}

/** `file` with its facts, `count` of `made` from `first`: as a source, and all made when `facts` is first read. */
function withFacts(file: Omit<SnapshotFile, 'facts' | 'factCount' | 'source'>, made: SnapshotFacts, first: number, count: number): SnapshotFile {
  let facts: Fact[] | undefined;
  return {
    ...file,
    factCount: count,
    source: { count, factAt: (n) => made.factAt(first + n), idAt: (n) => made.idAt(first + n) },
    get facts(): Fact[] {
      return (facts ??= Array.from({ length: count }, (_, n) => made.factAt(first + n)));
    },
  };
}

/** A fact with the schema's keys in the schema's order, the optional ones only when they have a value. */
function factOf(id: string, subject: string, relation: Fact['relation'], polarity: Fact['polarity'], object: string | undefined, objectAspect: Fact['objectAspect'], mediators: string[], context: string[], evidence: Evidence, statement: string): Fact {
  const fact = { id, subject, relation } as Fact;
  if (polarity !== undefined) fact.polarity = polarity;
  if (object !== undefined) fact.object = object;
  if (objectAspect !== undefined) fact.objectAspect = objectAspect;
  fact.mediators = mediators;
  fact.context = context;
  fact.evidence = evidence;
  fact.statement = statement;
  return fact;
}

interface SnapshotHeader {
  format: number;
  count: number;
  files: { path: string; papers: number; entities: number; facts: number }[];
  entityKeys: string[];
  paperKeys: string[];
  locators: string[];
  lists: number[][];
  extras: Evidence[];
  evidence: number;
  /** The derivations' entity ids, and how many derivations (-1: none stored). */
  derivedEntities: string[];
  derived: number;
}

/** Whether stored group arrays are a grouping of `count` facts over `slotCount` slots (factGroups.ts GroupArrays). */
function validGroups(keys: Int32Array, starts: Int32Array, positions: Int32Array, slotCount: number, count: number): boolean {
  if (starts.length !== slotCount + 1 || starts[0] !== 0 || starts[slotCount] !== positions.length) return false;
  for (let k = 0; k < slotCount; k++) if (starts[k + 1] < starts[k]) return false;
  return inRange(keys, 0, slotCount) && inRange(positions, 0, count);
}

/** The knowledge base's four indices over the columns, as arrays (a step per `factsPerStep` facts, and per index sorted). */
function* indexesOf(columns: FactColumns): Generator<void, Record<IndexName, GroupArrays>> {
  const entitySlots = new KeySlots(columns.entityKeys);
  const byEntity = new FactGroupsBuilder(entitySlots);
  for (let from = 0; from < columns.count; from += factsPerStep) {
    indexColumns(columns, byEntity, from, Math.min(columns.count, from + factsPerStep));
    yield;
  }
  // Those by paper, subject and object are the columns themselves, grouped (factGroups.ts columnArrays).
  const count = columns.count;
  const indices = {} as Record<IndexName, GroupArrays>;
  indices.byPaper = columnArrays(columns.papers.subarray(0, count), columns.paperKeys.length);
  yield;
  indices.bySubject = columnArrays(columns.subjects.subarray(0, count), entitySlots.keys.length);
  yield;
  indices.byObject = columnArrays(columns.objects.subarray(0, count), entitySlots.keys.length);
  yield;
  indices.byEntity = byEntity.arrays();
  yield;
  return indices;
}

function inRange(column: Int32Array, low: number, end: number): boolean {
  for (let i = 0; i < column.length; i++) if (column[i] < low || column[i] >= end) return false;
  return true;
}

/** How many mediators and context entries the columns' facts name (a bound for the entity index's size). */
export function listEntries(columns: FactColumns): number {
  let total = 0;
  for (let n = 0; n < columns.count; n++) total += columns.lists[columns.mediators[n]].length + columns.lists[columns.contexts[n]].length;
  return total;
}

/**
 * The entity index's pass over facts given as numbers: its entries in the same order as the pass over ids
 * (subject, object, then mediators and context, each entity once per fact), with no id looked up.
 */
export function indexColumns(columns: FactColumns, byEntity: FactGroupsBuilder, from = 0, to = columns.count): void {
  const { subjects, objects, mediators, contexts, lists } = columns;
  for (let n = from; n < to; n++) {
    const subject = subjects[n];
    const object = objects[n];
    byEntity.addSlot(subject, n);
    if (object >= 0 && object !== subject) byEntity.addSlot(object, n);
    const m = lists[mediators[n]];
    const c = lists[contexts[n]];
    const others = m.length + c.length;
    for (let i = 0; i < others; i++) {
      const id = i < m.length ? m[i] : c[i - m.length];
      if (id === subject || id === object) continue;
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = (j < m.length ? m[j] : c[j - m.length]) === id;
      if (!seen) byEntity.addSlot(id, n);
    }
  }
}

/**
 * Each fact's subject, object and paper copied from the columns, when they are not all the facts (the knowledge
 * base's indices by subject, object and paper are grouped from these: factGroups.ts columnGroups); else they are
 * the columns themselves.
 */
export function copyColumns(columns: FactColumns, copies: { subjects: Int32Array; objects: Int32Array; papers: Int32Array }): void {
  copies.subjects.set(columns.subjects.subarray(0, columns.count));
  copies.objects.set(columns.objects.subarray(0, columns.count));
  copies.papers.set(columns.papers.subarray(0, columns.count));
}

// The container: "CLSNAP" and a version byte pair, the lengths of every part (u32), the Int32 parts (each
// at a multiple of 4), then the UTF-8 parts.
const magic = [0x43, 0x4c, 0x53, 0x4e, 0x41, 0x50];

/**
 * The snapshot's bytes as the pieces they are made of, in order (their concatenation is the snapshot): a writer
 * writes them one after another, with no copy of the whole (140 MB at a million facts, garbage once written).
 */
function* packParts(binary: readonly Int32Array[], strings: readonly string[]): Generator<void, Uint8Array[]> {
  const encoder = new TextEncoder();
  const encoded: Uint8Array[] = [];
  for (const text of strings) {
    encoded.push(encoder.encode(text));
    yield;
  }
  const head = new Uint8Array(8 + 4 * (binary.length + strings.length));
  const view = new DataView(head.buffer);
  head.set(magic, 0);
  view.setUint16(6, snapshotFormat, true);
  let offset = 8;
  for (const part of [...binary, ...encoded]) {
    view.setUint32(offset, part.byteLength, true);
    offset += 4;
  }
  // Every piece is a whole number of 4-byte words but the strings (last), so the Int32 parts stay aligned.
  return [head, ...binary.map((part) => new Uint8Array(part.buffer, part.byteOffset, part.byteLength)), ...encoded];
}

/** The pieces joined into one array (what `encodeSnapshot` gives). */
export function joinedParts(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** A snapshot's parts: its Int32 columns, each an array of its own, and its texts. */
export type SnapshotParts = [Int32Array[], string[]];

/** Fills `into` with the snapshot's next bytes; false when they end before it is full. */
export type ReadInto = (into: Uint8Array) => boolean;

/** How many bytes of a text part are read (and decoded) at a time, through one buffer. */
const textChunk = 2 ** 20;

/**
 * The parts of a snapshot of `length` bytes that `read` gives in order, each Int32 part read straight into the
 * array it stays in and each text decoded from one reused buffer a megabyte at a time: no array of the whole
 * (150 MB at a million facts, its pages faulted in fresh, then copied out of: ~0.6 s of a next session, stop 48).
 * Undefined when the bytes are not a snapshot of this format or end early or late (checked before anything is
 * allocated for a part). The caller checks what `read` gave against its checksum before trusting the parts.
 * `textBytesAtATime`: the size of that buffer (tests make it a few bytes, so that characters fall across two reads).
 */
export function readSnapshotParts(read: ReadInto, length: number, textBytesAtATime = textChunk): SnapshotParts | undefined {
  const count = binaryParts + textParts;
  const head = new Uint8Array(8 + 4 * count);
  if (length < head.byteLength || !read(head) || magic.some((b, i) => head[i] !== b)) return undefined;
  const view = new DataView(head.buffer);
  if (view.getUint16(6, true) !== snapshotFormat) return undefined;
  const lengths = Array.from({ length: count }, (_, i) => view.getUint32(8 + 4 * i, true));
  if (lengths.some((n, i) => i < binaryParts && n % 4 !== 0)) return undefined;
  if (lengths.reduce((sum, n) => sum + n, head.byteLength) !== length) return undefined;
  const binary: Int32Array[] = [];
  for (const n of lengths.slice(0, binaryParts)) {
    const part = new Int32Array(n / 4);
    if (!read(new Uint8Array(part.buffer))) return undefined;
    binary.push(part);
  }
  const strings: string[] = [];
  // At least 4 bytes: a character's bytes that a read cuts short wait at the buffer's start for the next read.
  const chunk = new Uint8Array(Math.max(4, Math.min(textBytesAtATime, Math.max(...lengths.slice(binaryParts)))));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const n of lengths.slice(binaryParts)) {
    // Each read decoded whole, up to its last whole character, and the pieces joined: a flat string, one byte a
    // character when every piece is (an ASCII text). A streaming decoder was twice as slow, with 120 MB more held.
    const pieces: string[] = [];
    let held = 0;
    for (let left = n; left > 0; ) {
      const end = held + Math.min(chunk.byteLength - held, left);
      if (!read(chunk.subarray(held, end))) return undefined;
      left -= end - held;
      let cut = end;
      // A character's first byte is 11xxxxxx, its others 10xxxxxx; one of up to four bytes may begin in the last three.
      if (left > 0) for (let i = end - 1; i >= Math.max(0, end - 3) && cut === end; i--) if (chunk[i] >= 0xc0) cut = i;
      pieces.push(decoder.decode(chunk.subarray(0, cut)));
      chunk.copyWithin(0, cut, end);
      held = end - cut;
    }
    strings.push(pieces.length === 1 ? pieces[0] : pieces.join(''));
  }
  return [binary, strings];
}

/** A `ReadInto` over bytes in memory. */
function bytesReader(bytes: Uint8Array): ReadInto {
  let offset = 0;
  return (into) => {
    if (offset + into.byteLength > bytes.byteLength) return false;
    into.set(bytes.subarray(offset, offset + into.byteLength));
    offset += into.byteLength;
    return true;
  };
}
