// Builds a KnowledgeBase from the text of its files. Nothing here touches the file system: callers pass
// file contents (the CLI and the server read them; tests write them inline).
//
// Bad input never loses good data. A file with errors contributes its valid records, or, when a previous
// load of the same file was valid, that previous version is kept whole. Records that point to unknown
// entities or papers are dropped and reported; everything else loads.
import { AbstractReadingCache, compoundEntitiesOf } from './abstracts';
import { unifyCellLines } from '../entities/cellLines';
import { loadBib } from './bib';
import { isCslJsonText, loadCslJson, loadCslYaml, loadRis } from './csl';
import { KnowledgeBase, type PaperRecord, type RecordLocation } from './knowledgeBase';
import { LazyFactLocations } from './fastLoad';
import { arraySource, joinedFacts, LazyFacts, type FactList, type FactSource } from './factList';
import { ScannedFactMaker, ScanTables } from './factScan';
import { IdIndex, idHashAt } from './idIndex';
import { MergeColumns } from './mergeColumns';
import { decodeSnapshotFrom, encodeSnapshotPartsInSteps, type DecodedSnapshot, type FactColumns, type SnapshotFile, type SnapshotParts } from './librarySnapshot';
import { loadKbJson, positionsOf, recordLocation, recordLocations, withPositions, type KbFileContent, type LoadedFile } from './loadFile';
import type { KbProblem } from './problems';
import { lastAtOrBefore } from '../util/search';
import type { LineColumn } from '../util/lines';
import { type Entity, type Fact, type Paper } from './schema';

export interface KbSource {
  /** The path shown in problems; also decides the format (.bib / .bibtex are BibTeX, the rest JSON). */
  path: string;
  text: string;
  /**
   * A content hash of the text, when its reader made one from the bytes (node/knowledgeBaseFiles.ts): a snapshot's
   * key. Two sources with hashes have the same text when their hashes are equal, so neither text is read to compare.
   */
  hash?: string;
  /**
   * The text's start, for a source whose text is read when first asked for (node/knowledgeBaseFiles.ts FileSource):
   * enough to tell CSL-JSON from library JSON without reading the file.
   */
  readonly head?: string;
  /**
   * The build is done with the text (a library JSON file parsed): a source that can read it again (from disk,
   * node/knowledgeBaseFiles.ts ReadSource) lets it go, so a large library's texts are not held with its facts.
   */
  release?(): void;
}

/** Whether two sources hold the same text: by their hashes when both have one (the text may not have been read). */
function sameText(a: KbSource, b: KbSource): boolean {
  if (a === b) return true;
  return a.hash !== undefined && b.hash !== undefined ? a.hash === b.hash : a.text === b.text;
}

export interface KbBuildResult {
  kb: KnowledgeBase;
  problems: KbProblem[];
  /** The content used for each file, to pass back as `lastGood` on the next load. */
  goodContent: Map<string, KbFileContent>;
}

export function isBibPath(path: string): boolean {
  return /\.(bib|bibtex)$/i.test(path);
}

/**
 * A file the library may be read from, by its name: library JSON or CSL-JSON, BibTeX, CSL-YAML, RIS. Library
 * folders are walked for these, and a bibliography a manuscript declares must be one of them.
 */
export function isLibrarySourcePath(path: string): boolean {
  return /\.(json|bib|bibtex|ris|ya?ml)$/i.test(path);
}

/** The bibliography formats ClaimLens reads besides BibTeX: CSL-YAML and RIS by extension, CSL-JSON by content. */
export function bibliographyFormat(source: KbSource): 'bibtex' | 'csl-json' | 'csl-yaml' | 'ris' | null {
  if (isBibPath(source.path)) return 'bibtex';
  if (/\.ya?ml$/i.test(source.path)) return 'csl-yaml';
  if (/\.ris$/i.test(source.path)) return 'ris';
  if (/\.json$/i.test(source.path) && isCslJsonText(source.head ?? source.text)) return 'csl-json';
  return null;
}

export interface BuildOptions {
  /** Read the abstracts of papers without curated facts into extracted facts (default true). */
  readAbstracts?: boolean;
  /** Where readings of abstracts are kept between loads; one shared cache by default. */
  abstractCache?: AbstractReadingCache;
  /** Where the library as read is kept between sessions (librarySnapshot.ts; node/librarySnapshots.ts on disk). */
  snapshots?: LibrarySnapshots;
  /**
   * Told as each step of the build ends, for the bench's breakdown of a load (the core keeps no clock): the files
   * read, the merge, then the knowledge base (abstracts read, indices made, implied facts derived).
   */
  onStep?: (step: 'read' | 'merge' | 'knowledge base') => void;
}

/**
 * Snapshots of the library as read, kept by the caller (the core does no I/O). A snapshot belongs to one list
 * of sources, their paths and texts in order: `find` answers only for exactly those, and the build checks the
 * snapshot's own list of files again when it decodes it.
 */
export interface LibrarySnapshots {
  /**
   * The snapshot's bytes, or its parts as read from them (librarySnapshot.ts readSnapshotParts: a keeper that
   * reads a file streams them into their arrays), checked against the checksum the keeper stored with them.
   */
  find(sources: readonly KbSource[]): Uint8Array | SnapshotParts | undefined;
  /**
   * A build from the files that loaded without a single problem offers its snapshot; `encode` makes the bytes
   * (seconds for a million facts) a step at a time (encodeSnapshotInSteps), so the keeper calls it when it
   * writes, off the load's path, and may pause between steps.
   */
  offer(sources: readonly KbSource[], facts: number, encode: () => Iterator<void, Uint8Array | readonly Uint8Array[]>): void;
  /** The snapshot `find` gave did not decode (another layout, damaged): the files were read instead. */
  refused?(): void;
}

const sharedAbstractCache = new AbstractReadingCache();

/** What reading one file gave, kept with its source (its text) and a serial number that stands for that text in fingerprints. */
interface ReadFile {
  source: KbSource;
  serial: number;
  loaded: LoadedFile | LoadedBibliography;
}

/**
 * The files read by the last build, by path: a file whose text is unchanged (compared natively, in full) is
 * not read again, so reloading a large library after one file changes reads one file. Only the last build's
 * files are kept, so memory does not grow with edits.
 */
let readFiles = new Map<string, ReadFile>();
let nextSerial = 1;

type LoadedBibliography = Awaited<ReturnType<typeof loadBib>> | ReturnType<typeof loadCslJson>;

async function readSource(source: KbSource, format: ReturnType<typeof bibliographyFormat>, previous: ReadonlyMap<string, ReadFile>, next: Map<string, ReadFile>, tables: ScanTables): Promise<ReadFile> {
  const known = previous.get(source.path);
  if (known && sameText(known.source, source)) {
    next.set(source.path, known);
    return known;
  }
  const loaded =
    format === 'bibtex' ? await loadBib(source.path, source.text)
    : format === 'csl-json' ? loadCslJson(source.path, source.text)
    : format === 'csl-yaml' ? loadCslYaml(source.path, source.text)
    : format === 'ris' ? loadRis(source.path, source.text)
    : loadKbJson(source.path, source.text, () => source.text, tables);
  // Parsed: the facts' places are found from the text again if asked for (above), so it need not be held.
  if (!format) source.release?.();
  const read = { source, serial: nextSerial++, loaded };
  next.set(source.path, read);
  return read;
}

/** FNV-1a over short strings (paths and serials), for the knowledge base's fingerprint. */
function hashOf(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash = Math.imul(hash ^ 0, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** One source as read, with what the merge needs of it. */
interface SourceStep {
  source: KbSource;
  format: ReturnType<typeof bibliographyFormat>;
  read: ReadFile;
  previous: KbFileContent | undefined;
}

/**
 * What merging the files gave. It depends only on the files' texts (their serials) and on which last good
 * versions were used (which take a fresh serial), so a reload whose texts are all unchanged reuses it whole.
 */
interface Merged {
  papers: Map<string, PaperRecord>;
  entities: Map<string, Entity>;
  entityLocations: Map<string, RecordLocation>;
  stated: StatedFacts;
  /** The loaded facts, each made when asked for (a scanned file's are columns until then: factList.ts). */
  validFacts: LazyFacts;
  problems: KbProblem[];
  goodContent: Map<string, KbFileContent>;
  /** The papers with curated facts (readAbstracts skips their abstracts). */
  papersWithFacts: { has(key: string): boolean };
  locateFact: (id: string, file: string) => RecordLocation;
  /**
   * The facts as numbers, a snapshot's or made by the merge's check (mergeColumns.ts): the knowledge base's
   * indices are made from them.
   */
  columns?: FactColumns;
}

/** The last build, by the key of its merge: a reload with unchanged texts reuses its maps, indices and derived facts. */
let lastBuild: { key: string; merged: Merged; extracted: readonly Fact[]; readings: number; kb: KnowledgeBase } | undefined;

export async function buildKnowledgeBase(sources: readonly KbSource[], lastGood?: ReadonlyMap<string, KbFileContent>, options: BuildOptions = {}): Promise<KbBuildResult> {
  // One file reached by two routes (a folder and a declared bibliography, a relative and an absolute path)
  // is read once: the same path, or the same name with the same text.
  const readPaths = new Set<string>();
  const readSources = new Map<string, KbSource[]>();
  const previousFiles = readFiles;
  const nextFiles = new Map<string, ReadFile>();
  /** Stands for the content in the fingerprint: each file's path and the serial of its text. */
  const fingerprintParts: string[] = [options.readAbstracts === false ? 'no-abstracts' : 'abstracts'];
  const steps: SourceStep[] = [];
  const chosen: { source: KbSource; format: ReturnType<typeof bibliographyFormat> }[] = [];
  for (const source of sources) {
    const name = source.path.replace(/^.*[\\/]/, '');
    const sameName = readSources.get(name) ?? [];
    if (readPaths.has(source.path) || sameName.some((other) => sameText(other, source))) continue;
    readPaths.add(source.path);
    readSources.set(name, [...sameName, source]);
    chosen.push({ source, format: bibliographyFormat(source) });
  }
  const chosenSources = chosen.map(({ source }) => source);
  const libraryPaths = chosen.filter(({ format }) => !format).map(({ source }) => source.path);
  // A snapshot stands in for reading the library JSON files, unless this process read them all already.
  const snapshot = options.snapshots && chosen.some(({ source }) => !sameRead(previousFiles.get(source.path), source)) ? snapshotOf(options.snapshots, chosenSources, libraryPaths) : undefined;
  const snapshotFiles = new Map(snapshot?.files.map((file) => [file.path, file]));
  // The files this load scans share their tables of entity ids and locators (factScan.ts).
  const tables = new ScanTables();
  for (const { source, format } of chosen) {
    const previous = lastGood?.get(source.path);
    const stored = snapshotFiles.get(source.path);
    const read = stored ? restoredFile(source, stored, nextFiles) : await readSource(source, format, previousFiles, nextFiles, tables);
    fingerprintParts.push(source.path, String(read.serial));
    // Content from an earlier load is not what the serial stands for: a fresh serial keeps fingerprints apart.
    if (previous && usesLastGood(format, read, previous)) fingerprintParts.push(String(nextSerial++));
    steps.push({ source, format, read, previous });
  }
  readFiles = nextFiles;
  options.onStep?.('read');
  const key = fingerprintParts.join('\u0000');
  const last = lastBuild?.key === key ? lastBuild : undefined;
  const merged = last?.merged ?? merge(steps, snapshot?.columns);
  options.onStep?.('merge');

  // Facts of files read by the fast path are located when asked for (a million positions up front is seconds).
  const factLocations = new FactLocations(merged.stated, merged.locateFact);
  // Facts read from abstracts join before the knowledge base is built, so it is built once.
  const extracted = options.readAbstracts === false ? [] : readAbstracts(merged, options.abstractCache ?? sharedAbstractCache);
  for (const fact of extracted) {
    const paper = merged.papers.get(fact.evidence.paper);
    if (paper?.location) factLocations.set(fact.id, paper.location);
  }
  // The same texts and the same readings of abstracts: the same knowledge base, its indices and derived facts.
  const same = last !== undefined && sameItems(last.extracted, extracted);
  // Readings of abstracts change with the same texts (those left pending are read in the background, then the
  // library reloads): they take a serial of their own in the fingerprint, so cached analyses stop matching.
  const readings = same ? last.readings : extracted.length === 0 ? 0 : nextSerial++;
  const offering = !last && !snapshot && options.snapshots !== undefined && merged.problems.length === 0 && libraryPaths.length > 0;
  const kb = same
    ? last.kb
    : // Compounds the abstracts name and no layer lists join the library as entities (abstracts.ts).
      new KnowledgeBase(merged.papers, [...merged.entities.values(), ...compoundEntitiesOf(extracted, merged.entities)], joinedFacts(merged.validFacts, extracted), {
        facts: factLocations, entities: merged.entityLocations, fingerprint: hashOf([...fingerprintParts, String(readings)]), columns: merged.columns,
        // The snapshot stores how the facts' implications were derived, when they are of its facts alone.
        recordDerivations: offering && extracted.length === 0,
      });
  options.onStep?.('knowledge base');
  if (offering) options.snapshots!.offer(chosenSources, merged.validFacts.length, () => encodeSnapshotPartsInSteps(snapshotFilesOf(steps), kb.derivations));
  lastBuild = { key, merged, extracted, readings, kb };
  // Copies: the caller may change its lists, and the next reload hands the same ones out again.
  return { kb, problems: [...merged.problems], goodContent: new Map(merged.goodContent) };
}

function sameRead(read: ReadFile | undefined, source: KbSource): boolean {
  return read !== undefined && sameText(read.source, source);
}

/** Whether a file's content comes (in part) from its last good version rather than from its text. */
function usesLastGood(format: SourceStep['format'], read: ReadFile, previous: KbFileContent): boolean {
  if (format) {
    const broken = (read.loaded as { broken?: string[] }).broken ?? [];
    return broken.length > 0 && previous.papers.some((p) => broken.includes(p.key));
  }
  return (read.loaded as LoadedFile).problems.some((p) => p.severity === 'error');
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The files' records merged: first record of an id wins, references checked, problems for what is dropped. */
function merge(steps: readonly SourceStep[], columns?: FactColumns): Merged {
  const problems: KbProblem[] = [];
  const goodContent = new Map<string, KbFileContent>();
  const papers = new Map<string, PaperRecord>();
  const entities = new Map<string, Entity>();
  const entityFile = new Map<string, string>();
  /** Where each entity's record as read starts (integrity fixes below copy records; their problems point here). */
  const entityLocations = new Map<string, RecordLocation>();
  const stated = new StatedFacts(steps.reduce((sum, step) => sum + ((step.read.loaded as LoadedFile).scanned?.count ?? 0), 0));
  const factLocators = new Map<string, NonNullable<LoadedFile['factLocations']>>();
  for (const { source, format, read, previous } of steps) {
    let content: KbFileContent;
    let fileProblems: KbProblem[];
    if (format) {
      const loaded = read.loaded as LoadedBibliography;
      // A bibliography recovers entry by entry: every valid entry of the current file is used, and an entry
      // the parser could not read whole keeps its last good version when there is one.
      const broken = new Set<string>((loaded as { broken?: string[] }).broken ?? []);
      const papersNow = broken.size === 0 ? loaded.papers : loaded.papers.filter((paper) => !broken.has(paper.key) || !previous?.papers.some((p) => p.key === paper.key));
      const kept = previous && broken.size > 0 ? previous.papers.filter((p) => broken.has(p.key)) : [];
      content = { papers: kept.length > 0 ? [...papersNow, ...kept] : papersNow, entities: [], facts: [] };
      // A copy: the list is kept for the next build, which must see it as read.
      fileProblems = [...loaded.problems];
      for (const paper of kept) {
        fileProblems.push(problemAt(source.path, paper, '', `entry ${paper.key}: its last version without errors stays in use until it is fixed`, 'warning'));
      }
    } else {
      const loaded = read.loaded as LoadedFile;
      content = loaded.content;
      fileProblems = loaded.problems;
      if (loaded.factLocations) factLocators.set(source.path, loaded.factLocations);
    }
    problems.push(...fileProblems);
    if (!format && fileProblems.some((p) => p.severity === 'error') && previous) {
      problems.push({
        file: source.path, line: 0, character: 0, path: '', severity: 'warning',
        message: 'this file has errors; the last version without errors stays in use until they are fixed',
      });
      content = previous;
    }
    goodContent.set(source.path, content);
    const origin = format ? 'bib' : 'library';
    addPapers(papers, content, origin, source.path, problems);
    // Entities and facts merge the same way: the first record with an id wins, later ones are reported.
    addEntities(entities, entityFile, entityLocations, content, source.path, problems);
    stated.beginFile(source.path);
    // Facts from a snapshot were checked when it was made: the library loaded then, from these same texts,
    // without a problem, so no id repeats and every reference holds.
    if (columns) {
      const restored = !format && content === (read.loaded as LoadedFile).content ? (read.loaded as LoadedFile).restored : undefined;
      stated.addChecked(restored ?? arraySource(content.facts));
      continue;
    }
    // A scanned file's facts are columns (factScan.ts): their ids are looked up by their characters in its text.
    const scanned = !format && content === (read.loaded as LoadedFile).content ? (read.loaded as LoadedFile).scanned : undefined;
    stateFacts(stated, scanned ?? arraySource(content.facts), scanned, source.path, problems);
  }

  // Referential integrity: drop what points nowhere, and say so.
  for (const [id, entity] of entities) {
    const unknown = [...entity.parents, ...entity.components, ...(entity.receptors ?? [])].filter((ref) => !entities.has(ref));
    if (unknown.length > 0) {
      problems.push(problemAt(entityFile.get(id)!, entity, `entities.${id}`, `refers to unknown entities ${unknown.join(', ')}; those links are ignored`, 'error', entityLocations.get(id)));
      entities.set(id, {
        ...entity,
        parents: entity.parents.filter((ref) => entities.has(ref)),
        components: entity.components.filter((ref) => entities.has(ref)),
        receptors: entity.receptors?.filter((ref) => entities.has(ref)),
      });
    }
  }
  for (const id of findHierarchyCycles(entities)) {
    problems.push(problemAt(entityFile.get(id)!, entities.get(id)!, `entities.${id}`, `${id} is its own ancestor; its parents are ignored`, 'error', entityLocations.get(id)));
    entities.set(id, { ...entities.get(id)!, parents: [] });
  }
  const locateFact = (id: string, file: string): RecordLocation => {
    const where = recordLocations.get(stated.get(id)!) ?? factLocators.get(file)?.get(id);
    return { file, line: where?.line ?? 0, character: where?.character ?? 0 };
  };
  // A snapshot's table of paper keys is made from its facts' evidence: the papers with facts, made a set only if
  // an abstract asks (readAbstracts; a hundred thousand keys otherwise put in a set for nothing).
  let snapshotPapers: Set<string> | undefined;
  // The valid facts as numbers, made by the check itself (mergeColumns.ts): the knowledge base indexes them without an id lookup.
  const numbered = columns ? undefined : new MergeColumns(entities.keys(), stated.list.length);
  // Read files: the papers the check numbered, which are those with a valid fact (no set of a hundred thousand keys made besides).
  const withFacts = numbered ? { has: (key: string) => numbered.hasPaper(key) } : { has: (key: string) => (snapshotPapers ??= new Set(columns!.paperKeys)).has(key) };
  const dropped = (fact: Fact, message: string): void => {
    const file = stated.fileOf(fact.id)!;
    const where = locateFact(fact.id, file);
    problems.push({ file, line: where.line, character: where.character, path: `facts.${fact.id}`, message, severity: 'error' });
    stated.drop(fact.id);
  };
  // A snapshot's facts are all valid: the list is the stated one, not a copy of a million entries; so is a read
  // library's when the check drops none.
  const validFacts = numbered ? checkFacts(stated.list, numbered, papers, entities, dropped) : stated.list;
  return { papers, entities, entityLocations, stated, validFacts, problems, goodContent, papersWithFacts: withFacts, locateFact, columns: columns ?? numbered?.columns() };
}

/** The decoded snapshot for these sources, if there is one (its bytes are not kept: see decodeSnapshotFrom). */
function snapshotOf(snapshots: LibrarySnapshots, sources: readonly KbSource[], libraryPaths: readonly string[]): DecodedSnapshot | undefined {
  let found = false;
  const decoded = decodeSnapshotFrom(() => {
    const snapshot = snapshots.find(sources);
    found = snapshot !== undefined;
    return snapshot;
  }, libraryPaths);
  if (found && !decoded) snapshots.refused?.();
  return decoded;
}

/** A library JSON file as its snapshot holds it: read as the fast path would have read it, with its positions. */
function restoredFile(source: KbSource, stored: SnapshotFile, next: Map<string, ReadFile>): ReadFile {
  // Its facts are made when asked for (librarySnapshot.ts SnapshotFacts): the merge and the indices read none.
  const content = withPositions({ papers: stored.papers, entities: stored.entities, get facts(): Fact[] { return stored.facts; } }, stored.paperPositions, stored.entityPositions);
  // The text is read only if a fact's place is asked for (a source whose text waits on disk, fileHashes.ts);
  // one read already for its hash (its stat changed, its bytes did not) is let go.
  source.release?.();
  const facts = stored.source ?? arraySource(stored.facts);
  const read = { source, serial: nextSerial++, loaded: { content, problems: [], factLocations: new LazyFactLocations(() => source.text, facts), restored: facts } };
  next.set(source.path, read);
  return read;
}

/** What a snapshot holds of the library JSON files read. */
function snapshotFilesOf(steps: readonly SourceStep[]): SnapshotFile[] {
  return steps.filter((step) => !step.format).map(({ source, read }) => {
    const loaded = read.loaded as LoadedFile;
    const content = loaded.content;
    const { papers, entities } = content;
    // A scanned file's facts are encoded from its columns (librarySnapshot.ts), never made for the snapshot.
    return {
      path: source.path, papers, entities, factCount: loaded.scanned?.count, scanned: loaded.scanned,
      get facts(): Fact[] {
        return loaded.content.facts;
      },
      paperPositions: positionsOf(content, 'papers'), entityPositions: positionsOf(content, 'entities'),
    };
  });
}

// The merge's loops over a million facts are functions of their own: in one large function each loop was
// compiled on its own (on-stack replacement) with the code after it, which had not run yet, and compiled again
// when that code first ran (four compilations of the merge, on the compiler's threads: measured at stop 35).

/** A file's papers added to `papers` by key: the first library record of a key wins (reported), and a library record wins over a .bib entry. */
function addPapers(papers: Map<string, PaperRecord>, content: KbFileContent, origin: PaperRecord['origin'], file: string, problems: KbProblem[]): void {
  for (let i = 0; i < content.papers.length; i++) {
    const paper = content.papers[i];
    const existing = papers.get(paper.key);
    // Positions as numbers for a library JSON file, else (a bibliography's entries) in recordLocations: loadFile.ts recordLocation.
    const where = recordLocation(content, 'papers', i);
    const location: RecordLocation = { file, line: where?.line ?? 0, character: where?.character ?? 0 };
    // A library record (with a summary and facts) wins over a bare .bib entry for the same key; the .bib
    // entry's place is kept, since the writer's own bibliography is where go-to-definition should lead.
    if (existing && !(existing.origin === 'bib' && origin === 'library')) {
      if (existing.origin === origin) {
        problems.push(problemAt(file, paper, `papers.${paper.key}`, `duplicate paper key ${paper.key} (also in ${existing.file}); the first is used`, 'warning', where));
      } else if (origin === 'bib') {
        existing.bibLocation ??= location;
      }
      continue;
    }
    const bibLocation = existing?.origin === 'bib' ? existing.location : undefined;
    papers.set(paper.key, paperRecord(paper, origin, file, location, bibLocation));
  }
}

/** A file's entities added by id: the first record of an id wins, a later one is reported where it is written. */
function addEntities(entities: Map<string, Entity>, entityFile: Map<string, string>, entityLocations: Map<string, RecordLocation>, content: KbFileContent, file: string, problems: KbProblem[]): void {
  for (let i = 0; i < content.entities.length; i++) {
    const entity = content.entities[i];
    const where = recordLocation(content, 'entities', i);
    if (entities.has(entity.id)) {
      problems.push(problemAt(file, entity, `entities.${entity.id}`, `duplicate entity id ${entity.id} (also in ${entityFile.get(entity.id)}); the first is used`, 'warning', where));
      continue;
    }
    entities.set(entity.id, entity);
    entityFile.set(entity.id, file);
    entityLocations.set(entity.id, { file, line: where?.line ?? 0, character: where?.character ?? 0 });
  }
}

/** Adds a file's facts to `stated` by id (one probe of the index per fact); a repeated id is reported, not added. */
function stateFacts(stated: StatedFacts, factSource: FactSource, scanned: ScannedFactMaker | undefined, file: string, problems: KbProblem[]): void {
  const number = stated.list.sourceNumber(factSource);
  if (scanned) return stateScannedFacts(stated, number, scanned, file, problems);
  for (let n = 0; n < factSource.count; n++) {
    // One probe of the index per fact: it adds the id, or finds the fact that has it.
    if (stated.addIfNew(number, n, factSource.idAt(n))) duplicateFact(stated, factSource.factAt(n), file, problems);
  }
}

/** A batch of ids hashed, then their first slots read, then added (IdIndex.peek): the table's cache misses overlap. */
const idBatch = new Int32Array(64);

/** stateFacts for a scanned file: its ids by their characters, in batches (idBatch). */
function stateScannedFacts(stated: StatedFacts, number: number, scanned: ScannedFactMaker, file: string, problems: KbProblem[]): void {
  for (let base = 0; base < scanned.count; base += idBatch.length) stateBatch(stated, number, scanned, base, Math.min(scanned.count, base + idBatch.length), file, problems);
}

/**
 * One batch of stateScannedFacts. A function of its own, called once a batch, so that it is compiled once with all
 * of its loops run: as loops of stateScannedFacts, each was compiled on its own (on-stack replacement) and sent back
 * to the interpreter by the next, not yet run (four compilations).
 */
function stateBatch(stated: StatedFacts, number: number, scanned: ScannedFactMaker, base: number, end: number, file: string, problems: KbProblem[]): void {
  const text = scanned.text;
  const texts = scanned.facts.texts;
  const hashes = idBatch;
  for (let n = base; n < end; n++) hashes[n - base] = idHashAt(text, texts[4 * n], texts[4 * n + 1]);
  stated.peek(hashes, end - base);
  for (let n = base; n < end; n++) {
    if (stated.addIfNewHashed(number, n, text, texts[4 * n], texts[4 * n + 1], hashes[n - base])) duplicateFact(stated, scanned.factAt(n), file, problems);
  }
}

function duplicateFact(stated: StatedFacts, fact: Fact, file: string, problems: KbProblem[]): void {
  problems.push(problemAt(file, fact, `facts.${fact.id}`, `duplicate fact id ${fact.id} (also in ${stated.fileOf(fact.id)}); the first is used`, 'warning'));
}

/**
 * The stated facts' references checked: a fact that names an unknown entity or cites an unknown paper is
 * dropped (`dropped` words it), the others are numbered (mergeColumns.ts) and listed. The list of the valid facts
 * is `list` itself when none is dropped (no second list of a million entries); else a copy without the dropped.
 */
function checkFacts(list: LazyFacts, numbered: MergeColumns, papers: ReadonlyMap<string, PaperRecord>, entities: ReadonlyMap<string, Entity>, dropped: (fact: Fact, message: string) => void): LazyFacts {
  /** The valid facts, once one is dropped (the ones before it copied then). */
  let validFacts: LazyFacts | undefined;
  let validSource: FactSource | undefined;
  let validNumber = -1;
  // A paper's facts come one after another: its record is looked up once for them.
  let paperKey: string | undefined;
  let paper: PaperRecord | undefined;
  // A scanned file's facts are checked and numbered by their numbers (mergeColumns.ts ScannedMerge), made as
  // objects only when one is dropped (to word the problem); others as they are.
  let lastSource: FactSource | undefined;
  let scannedMerge: ReturnType<MergeColumns['scanned']> | undefined;
  /** The paper of the last scanned fact added, and its number (looked up once per paper, not per fact). */
  let numberedPaper: string | undefined;
  let paperNumber = -1;
  for (let at = 0; at < list.length; at++) {
    const source = list.sourceAt(at);
    const local = list.localAt(at);
    if (source !== lastSource) {
      lastSource = source;
      scannedMerge = source instanceof ScannedFactMaker ? numbered.scanned(source.facts) : undefined;
    }
    const scanned = scannedMerge ? (source as ScannedFactMaker).facts : undefined;
    const fact = scanned ? undefined : source.factAt(local);
    // Checked without a list, a closure or a temporary per fact (a million facts); the list is made only for a broken one.
    const known = scannedMerge ? scannedMerge.known(local) : numbered.known(fact!);
    const factPaper = scanned ? scanned.paperKeys[scanned.papers[local]] : fact!.evidence.paper;
    if (factPaper !== paperKey) {
      paperKey = factPaper;
      paper = papers.get(paperKey);
    }
    if ((!known || !paper) && !validFacts) validFacts = validBefore(list, at);
    if (!known) {
      const broken = fact ?? source.factAt(local);
      const unknown = [broken.subject, ...(broken.object ? [broken.object] : []), ...broken.mediators, ...broken.context].filter((ref) => !entities.has(ref));
      dropped(broken, `refers to unknown entities ${[...new Set(unknown)].join(', ')}; the fact is not loaded`);
    } else if (!paper) {
      dropped(fact ?? source.factAt(local), `cites unknown paper ${factPaper}; the fact is not loaded`);
    } else {
      if (validFacts) {
        if (source !== validSource) validNumber = validFacts.sourceNumber((validSource = source));
        validFacts.push(validNumber, local);
      }
      if (scannedMerge) {
        if (factPaper !== numberedPaper) paperNumber = numbered.paperNumber((numberedPaper = factPaper));
        scannedMerge.add(local, paperNumber);
      }
      else numbered.add(fact!);
    }
  }
  return validFacts ?? list;
}

/** A list of the first `count` facts of `list` (all valid), that the valid ones after them join. */
function validBefore(list: LazyFacts, count: number): LazyFacts {
  const valid = new LazyFacts(list.length);
  for (let at = 0; at < count; at++) valid.push(valid.sourceNumber(list.sourceAt(at)), list.localAt(at));
  return valid;
}

/**
 * The paper with where it comes from. Written out rather than spread: the papers of a .bib come in several
 * shapes (with or without an abstract, a month, ...), and a spread of mixed shapes took a second for 100k
 * entries. The schema's other fields are copied when the record has them, so the copy equals the spread.
 */
function paperRecord(paper: Paper, origin: PaperRecord['origin'], file: string, location: RecordLocation, bibLocation: RecordLocation | undefined): PaperRecord {
  const record: PaperRecord = {
    key: paper.key, title: paper.title, authors: paper.authors, journal: paper.journal, year: paper.year, volume: paper.volume, issue: paper.issue,
    pages: paper.pages, doi: paper.doi, pmid: paper.pmid, keywords: paper.keywords, summary: paper.summary, origin, file, location, bibLocation,
  };
  // The optional fields, each by name: a loop over their names (a keyed read and write per name) made this the
  // costliest function of the first read for the optimizing compiler, 0.1 s on its thread (stop 37).
  if ('authorsTruncated' in paper) record.authorsTruncated = paper.authorsTruncated;
  if ('journalAbbrev' in paper) record.journalAbbrev = paper.journalAbbrev;
  if ('month' in paper) record.month = paper.month;
  if ('abstract' in paper) record.abstract = paper.abstract;
  if ('source' in paper) record.source = paper.source;
  return record;
}

/** PaperSchema's optional fields, which paperRecord copies by name: a test checks they are the schema's. */
export const optionalPaperKeys: readonly (keyof Paper)[] = ['authorsTruncated', 'journalAbbrev', 'month', 'abstract', 'source'];

/**
 * The facts the files state, by id. One map from id to a position in file order; a fact's file is found from
 * the files' ranges of positions, so a million facts need no second map for their files. The list holds each
 * fact as its file's source and number (factList.ts): a scanned file's facts are made only when asked for.
 */
class StatedFacts {
  readonly list: LazyFacts;
  /** Positions by id (idIndex.ts); facts added checked are indexed only when an id is first asked for. */
  readonly #index: IdIndex;
  #indexed = 0;
  readonly #fileStarts: number[] = [];
  readonly #files: string[] = [];
  readonly #dropped = new Set<string>();

  /** `capacity`: the facts expected (scanned files' facts are counted before the merge): the id table made at its size once, not grown twenty times. */
  constructor(capacity: number) {
    this.list = new LazyFacts(capacity);
    this.#index = new IdIndex((at) => this.list.idAt(at), capacity);
  }

  beginFile(file: string): void {
    this.#fileStarts.push(this.list.length);
    this.#files.push(file);
  }

  /** Adds fact `local` of the list's source `source` unless its id is taken: then the position that has it (true), and this one is not added. */
  addIfNew(source: number, local: number, id: string): boolean {
    const earlier = this.#byId.addIfNew(id, this.list.length);
    if (earlier >= 0) return true;
    this.list.push(source, local);
    this.#indexed = this.list.length;
    return false;
  }

  /** `addIfNew` for a fact whose id is written at text[start, end) (a scanned file's), its hash found (idHashAt). */
  addIfNewHashed(source: number, local: number, text: string, start: number, end: number, hash: number): boolean {
    const earlier = this.#byId.addIfNewHashed(text, start, end, hash, this.list.length);
    if (earlier >= 0) return true;
    this.list.push(source, local);
    this.#indexed = this.list.length;
    return false;
  }

  /** The first slots of `count` hashes read ahead of their addIfNewHashed (IdIndex.peek). */
  peek(hashes: Int32Array, count: number): void {
    const index = this.#byId;
    let sum = 0;
    for (let i = 0; i < count; i++) sum += index.peek(hashes[i]);
    this.peeked = sum;
  }

  /** What `peek` read, summed: kept so that the reads are made. */
  peeked = 0;

  /** Facts known to be valid with ids that repeat nowhere (a snapshot's): listed now, indexed when asked. */
  addChecked(source: FactSource): void {
    this.list.pushAll(source);
  }

  get #byId(): IdIndex {
    for (; this.#indexed < this.list.length; this.#indexed++) this.#index.addIfNew(this.list.idAt(this.#indexed), this.#indexed);
    return this.#index;
  }

  has(id: string): boolean {
    return this.#byId.get(id) >= 0;
  }

  get(id: string): Fact | undefined {
    const at = this.#byId.get(id);
    return at < 0 ? undefined : this.list.at(at);
  }

  /** Leaves a fact out (it points nowhere): it has no file and no location any more. */
  drop(id: string): void {
    this.#dropped.add(id);
  }

  /** Whether a loaded fact has this id. */
  loaded(id: string): boolean {
    return this.has(id) && !this.#dropped.has(id);
  }

  /** The file of a loaded fact: the last file whose first position is at or before the fact's. */
  fileOf(id: string): string | undefined {
    const at = this.#byId.get(id);
    if (at < 0 || this.#dropped.has(id)) return undefined;
    return this.#files[Math.max(0, lastAtOrBefore(this.#fileStarts, at))];
  }

  get size(): number {
    return this.list.length - this.#dropped.size;
  }

  *ids(): IterableIterator<string> {
    for (let at = 0; at < this.list.length; at++) {
      const id = this.list.idAt(at);
      if (!this.#dropped.has(id)) yield id;
    }
  }
}

/**
 * Facts read from the abstracts of papers that have no curated facts (curated facts are preferred). The
 * lexicon is the knowledge base's, so extracted facts name the same entity ids as curated ones.
 */
function readAbstracts(merged: Merged, cache: AbstractReadingCache): Fact[] {
  const withAbstracts = [...merged.papers.values()].filter((paper) => paper.abstract && !merged.papersWithFacts.has(paper.key));
  if (withAbstracts.length === 0) return [];
  const reader = cache.readerFor([...merged.entities.values()]);
  const taken = new Set<string>();
  const facts: Fact[] = [];
  for (const paper of withAbstracts) {
    for (const fact of cache.read(paper, reader)) {
      if (taken.has(fact.id) || merged.stated.loaded(fact.id)) continue;
      taken.add(fact.id);
      facts.push(fact);
    }
  }
  // A line named in several abstracts is one entity, whatever each abstract says of its cancer (cellLines.ts).
  return unifyCellLines(facts);
}

/**
 * Where each fact is written, found on first use (a ReadonlyMap for the callers: go-to-definition and related
 * information ask for one fact at a time). Facts read from abstracts point at their paper's entry.
 */
class FactLocations implements ReadonlyMap<string, RecordLocation> {
  readonly #stated: StatedFacts;
  readonly #locate: (id: string, file: string) => RecordLocation;
  readonly #known = new Map<string, RecordLocation>();

  constructor(stated: StatedFacts, locate: (id: string, file: string) => RecordLocation) {
    this.#stated = stated;
    this.#locate = locate;
  }

  get size(): number {
    return this.#stated.size + [...this.#known.keys()].filter((id) => !this.#stated.loaded(id)).length;
  }

  set(id: string, location: RecordLocation): void {
    this.#known.set(id, location);
  }

  get(id: string): RecordLocation | undefined {
    let location = this.#known.get(id);
    if (!location) {
      const file = this.#stated.fileOf(id);
      if (file === undefined) return undefined;
      location = this.#locate(id, file);
      this.#known.set(id, location);
    }
    return location;
  }

  has(id: string): boolean {
    return this.#known.has(id) || this.#stated.loaded(id);
  }

  *entries(): MapIterator<[string, RecordLocation]> {
    for (const id of this.keys()) yield [id, this.get(id)!];
  }

  *keys(): MapIterator<string> {
    yield* this.#stated.ids();
    for (const id of this.#known.keys()) if (!this.#stated.loaded(id)) yield id;
  }

  *values(): MapIterator<RecordLocation> {
    for (const [, location] of this.entries()) yield location;
  }

  forEach(callback: (value: RecordLocation, key: string, map: ReadonlyMap<string, RecordLocation>) => void): void {
    for (const [id, location] of this.entries()) callback(location, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, RecordLocation]> {
    return this.entries();
  }
}

/** Integrity problems point at the record they are about (or the top of the file for .bib records). */
function problemAt(file: string, record: object, path: string, message: string, severity: KbProblem['severity'] = 'error', where?: LineColumn): KbProblem {
  const at = where ?? recordLocations.get(record) ?? { line: 0, character: 0 };
  return { file, line: at.line, character: at.character, path, message, severity };
}

function findHierarchyCycles(entities: ReadonlyMap<string, Entity>): string[] {
  const inCycle: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): boolean => {
    const current = state.get(id);
    if (current === 'visiting') return true;
    if (current === 'done') return false;
    state.set(id, 'visiting');
    let cyclic = false;
    for (const parent of entities.get(id)?.parents ?? []) cyclic = visit(parent) || cyclic;
    state.set(id, 'done');
    if (cyclic) inCycle.push(id);
    return false;
  };
  for (const id of entities.keys()) visit(id);
  return inCycle;
}
