// Readings of abstracts kept on disk between sessions, so that a 2,000-entry library is read once and then
// re-read only where an entry changed. Each reading is stored under a hash of everything it depends on: the
// reader's version, the program (the bundle carries the lexicon), the library's entities, and the paper's
// key, title and abstract. The file lives in the editor's storage for the extension (the client passes its
// path); without one, readings stay in memory.
//
// The cache can also hold back: with a budget, a build reads only that many new abstracts and leaves the rest
// pending (their papers count no facts yet), so the server can read them in the background with progress.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AbstractReadingCache, abstractReaderVersion, readAbstract } from '../core/kb/abstracts';
import type { KnowledgeBase } from '../core/kb/knowledgeBase';
import type { Entity, Fact, Paper } from '../core/kb/schema';
import { writeAtomically } from './atomicWrite';

/** The version of the file's own shape (not of the reader, which is in every key). */
const storeFormat = 2;
/** At most this many readings are kept on disk; those the last loads did not use go first. */
const storeLimit = 50_000;

interface StoreFile {
  format: number;
  entries: [string, StoredFact[]][];
}

/**
 * A fact as kept on disk. A reading's locator and statement each quote the sentence again, so a fact whose two
 * match the reader's wording is stored without them (`quote`: the quoted words when they are not the whole
 * sentence) and they are written back on load: a third of the file, and of its parsing, for a large library.
 */
type StoredFact = Fact & { quote?: string; compact?: true };

/**
 * The CLI's store with `--cache`: $XDG_CACHE_HOME/claimlens (~/.cache/claimlens by default), as the XDG base
 * directory specification puts caches.
 */
export function defaultCacheFolder(): string {
  const base = process.env.XDG_CACHE_HOME && path.isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'claimlens');
}

/** The file of readings in a cache folder (the editor's storage or the CLI's cache). */
export function storeFileIn(folder: string): string {
  return path.join(folder, 'abstract-readings.json');
}

/**
 * The program's identity in cache keys: the running bundle's size and modification time. A new version of
 * ClaimLens (a new reader or lexicon) therefore never reuses an old version's readings. The bundle is
 * dist/server.js beside the started script: dist/cli.js is only the loader (esbuild.mjs), the same size in
 * every version.
 */
export function programKey(script: string | undefined = runningBundle()): string {
  try {
    const stat = fs.statSync(script ?? __filename);
    return `${path.basename(script ?? __filename)}:${stat.size}:${Math.round(stat.mtimeMs)}`;
  } catch {
    return 'unknown-program';
  }
}

function runningBundle(): string | undefined {
  const main = require.main?.filename ?? process.argv[1];
  const bundle = main && path.join(path.dirname(main), 'server.js');
  return bundle && fs.existsSync(bundle) ? bundle : main;
}

export class StoredAbstractCache extends AbstractReadingCache {
  readonly #stored = new Map<string, Fact[]>();
  /** Keys read or found during the current build; what a save keeps first. */
  #used = new Set<string>();
  #changed = false;
  #reader: KnowledgeBase | undefined;
  #lexicon = '';
  /** New abstracts the current build may still read; the rest are left pending. */
  #budget = Infinity;
  #pending: Paper[] = [];
  /** Since the last beginBuild: abstracts read, and readings found in the cache. */
  readonly stats = { read: 0, found: 0 };

  /** `file`: where readings are kept between sessions (undefined: in memory only). */
  constructor(readonly file: string | undefined, readonly program: string = programKey()) {
    super();
    if (file) this.#load(file);
  }

  override readerFor(entities: readonly Entity[]): KnowledgeBase {
    const reader = super.readerFor(entities);
    if (reader !== this.#reader) {
      this.#reader = reader;
      this.#lexicon = sha256(JSON.stringify(entities));
    }
    return reader;
  }

  override read(paper: Paper, reader: KnowledgeBase): Fact[] {
    if (reader !== this.#reader) return readAbstract(paper, reader);
    const key = this.#key(paper);
    this.#used.add(key);
    const stored = this.#stored.get(key);
    if (stored) {
      this.stats.found++;
      return stored;
    }
    if (this.#budget <= 0) {
      this.#pending.push(paper);
      return [];
    }
    this.#budget--;
    return this.#readNow(key, paper, reader);
  }

  /**
   * Starts a build: at most `budget` abstracts not read before are read during it, the others are left
   * pending (see `takePending`). Infinity reads everything, as a plain cache does.
   */
  beginBuild(budget = Infinity): void {
    this.#budget = budget;
    this.#pending = [];
    this.#used = new Set();
    this.stats.read = 0;
    this.stats.found = 0;
  }

  /** The papers the last build left unread, and the reader to read them with. */
  takePending(): { papers: Paper[]; reader: KnowledgeBase | undefined } {
    const papers = this.#pending;
    this.#pending = [];
    return { papers, reader: this.#reader };
  }

  /** Reads one pending paper into the cache (the next build finds it). */
  readPending(paper: Paper, reader: KnowledgeBase): void {
    if (reader !== this.#reader) return;
    const key = this.#key(paper);
    this.#used.add(key);
    if (this.#stored.has(key)) return;
    try {
      this.#readNow(key, paper, reader);
    } catch {
      // An abstract the reader cannot read yields no facts; it must not be left pending for ever.
      this.#stored.set(key, []);
    }
  }

  /** The readings the last build used, to hand to another thread's copy of the library (see `seed`). */
  usedReadings(): [string, Fact[]][] {
    return [...this.#used].flatMap((key) => (this.#stored.has(key) ? [[key, this.#stored.get(key)!] as [string, Fact[]]] : []));
  }

  /** Readings made elsewhere (the server's main thread) under the same program key. */
  seed(readings: readonly [string, Fact[]][]): void {
    for (const [key, facts] of readings) this.#stored.set(key, facts);
  }

  /** Readings held (from disk and read since). */
  override get size(): number {
    return this.#stored.size;
  }

  /**
   * Writes the readings to the file when something new was read: those used by the last build first, then
   * older ones up to the limit. Written to a temporary file and renamed, so a reader never sees half a file.
   * Returns false when the file could not be written (the cache keeps working in memory).
   */
  save(): boolean {
    if (!this.file || !this.#changed) return true;
    const keys = [...this.#used, ...[...this.#stored.keys()].filter((key) => !this.#used.has(key))].slice(0, storeLimit);
    const data: StoreFile = { format: storeFormat, entries: keys.flatMap((key) => (this.#stored.has(key) ? [[key, this.#stored.get(key)!.map(compact)] as [string, StoredFact[]]] : [])) };
    try {
      writeAtomically(this.file, [JSON.stringify(data)]);
      this.#changed = false;
      return true;
    } catch {
      return false;
    }
  }

  #readNow(key: string, paper: Paper, reader: KnowledgeBase): Fact[] {
    const facts = readAbstract(paper, reader);
    this.#stored.set(key, facts);
    this.#changed = true;
    this.stats.read++;
    return facts;
  }

  #key(paper: Paper): string {
    return sha256(`${abstractReaderVersion}\u0000${this.program}\u0000${this.#lexicon}\u0000${paper.key}\u0000${paper.title}\u0000${paper.abstract ?? ''}`);
  }

  /** A missing, unreadable or malformed file is an empty store: the readings are made again. */
  #load(file: string): void {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return;
    }
    const store = data as Partial<StoreFile>;
    if (store?.format !== storeFormat || !Array.isArray(store.entries)) return;
    for (const entry of store.entries) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) continue;
      const facts = (entry[1] as StoredFact[]).map(expand);
      if (!facts.every(isFactLike)) continue;
      this.#stored.set(entry[0], facts);
    }
  }
}

function locatorQuoting(fact: Fact, quote: string): string {
  return `abstract, sentence ${(fact.evidence.extracted?.sentence ?? 0) + 1}: "${quote}"`;
}

function statementQuoting(fact: Fact, quote: string): string {
  return `The abstract of ${fact.evidence.paper} reports: "${quote}"`;
}

/** The fact without its locator and statement when both can be written again from what is left. */
function compact(fact: Fact): StoredFact {
  const text = fact.evidence.extracted?.text;
  const match = /^abstract, sentence \d+: "([^]*)"$/.exec(fact.evidence.locator);
  if (text === undefined || !match) return fact;
  const quote = match[1];
  if (fact.evidence.locator !== locatorQuoting(fact, quote) || fact.statement !== statementQuoting(fact, quote)) return fact;
  const { statement: _statement, ...rest } = fact;
  const { locator: _locator, ...evidence } = fact.evidence;
  return { ...rest, evidence, compact: true, ...(quote === text ? {} : { quote }) } as unknown as StoredFact;
}

/** The stored fact as read (freshly parsed, so changed in place): a compact one gets its locator and statement back. */
function expand(stored: StoredFact): Fact {
  if (!stored || stored.compact !== true || typeof stored.evidence?.extracted?.text !== 'string') return stored;
  const quote = typeof stored.quote === 'string' ? stored.quote : stored.evidence.extracted.text;
  delete stored.compact;
  delete stored.quote;
  stored.evidence.locator = locatorQuoting(stored, quote);
  stored.statement = statementQuoting(stored, quote);
  return stored;
}

/** Enough of a fact's shape that the knowledge base can index it; anything else in the file is skipped. */
function isFactLike(value: unknown): value is Fact {
  const fact = value as Partial<Fact> | null;
  return !!fact && typeof fact.id === 'string' && typeof fact.subject === 'string' && typeof fact.relation === 'string' && Array.isArray(fact.mediators) && Array.isArray(fact.context) && typeof fact.evidence?.paper === 'string';
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
