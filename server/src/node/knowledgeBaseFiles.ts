// Reads knowledge-base folders from disk. This is the only place that walks the file system for the
// knowledge base; the core receives file contents (see core/kb/build.ts).
//
// Nothing here throws on what it finds on disk: a dangling symlink, an unreadable file or a folder named
// like a library file is an unreadable source (its path and the reason), reported next to the problems of
// the files that were read, so one bad entry never costs the rest of the library or the service.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isLibrarySourcePath, type KbSource } from '../core/kb/build';
import type { FileHashes } from './fileHashes';
import { notRegularCode, readRegularFile, readRegularFileStart } from './regularFile';

/** A file the knowledge base should hold but that could not be read. */
export interface UnreadableSource {
  path: string;
  /** In plain words ("a dangling symbolic link", "a folder, not a file", "permission denied"). */
  reason: string;
}

/**
 * The bundled library: data/ next to the bundle (dist/../data), next to the sources
 * (server/src/node/../../../data), or next to a bundled script two levels down (out/bench/../../data).
 */
export function bundledKnowledgeBaseDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'data'), path.resolve(__dirname, '..', '..', '..', 'data'), path.resolve(__dirname, '..', '..', 'data')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'entities.json'))) ?? candidates[0];
}

/**
 * All .json and .bib files under the given folders (or single files), in a stable order. Locations in
 * `filesOnly` (bibliographies found in the workspace or named by a manuscript) must be files: a folder
 * there is reported, never walked.
 */
export function readKnowledgeBaseSources(locations: readonly string[], filesOnly: readonly string[] = [], options: { hash?: boolean; hashes?: FileHashes } = {}): { sources: KbSource[]; missing: string[]; unreadable: UnreadableSource[] } {
  const sources: KbSource[] = [];
  const missing: string[] = [];
  const unreadable: UnreadableSource[] = [];
  const mustBeFile = new Set(filesOnly);
  for (const location of [...locations, ...filesOnly]) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(location);
    } catch (error) {
      // A link whose target is gone exists (lstat finds it) but cannot be read: that is a problem on the
      // link, not a missing location.
      if (isSymlink(location)) unreadable.push({ path: location, reason: reasonOf(error, location) });
      else missing.push(location);
      continue;
    }
    if (stat.isDirectory() && mustBeFile.has(location)) {
      unreadable.push({ path: location, reason: 'a folder, not a bibliography file' });
      continue;
    }
    const files = stat.isDirectory() ? walk(location, unreadable) : [location];
    for (const file of files) {
      if (options.hash || options.hashes) {
        // A file whose stat is the one its remembered hash was taken with is not read now (fileHashes.ts).
        const before = options.hashes ? statOf(file) : undefined;
        const known = before && options.hashes?.known(file, before);
        if (known !== undefined) {
          sources.push(new FileSource(file, known));
          continue;
        }
        // The hash of the bytes as read (a snapshot's key, librarySnapshots.ts): hashing the text would encode it again.
        const readStart = options.hashes?.now() ?? 0;
        const bytes = readBytes(file, unreadable);
        if (bytes === undefined) continue;
        const hash = createHash('sha256').update(bytes).digest('base64url');
        if (before) options.hashes?.record(file, hash, before, statOf(file), readStart);
        // Decoded now and held until the build parses the file (then released). Measured at stop 43 (the 1M-fact
        // library, 101 files of 280 MB, 100 of them with a "Müller"; CPU of the process, load 8-12 on 2 cores):
        // - each file read again, decoded and parsed in the build, only hashed here (a ReadSource without its
        //   text): files 1.9 -> 0.7 s, build 5.5 -> 7.1 s, the sum 0.35 s more (peak 540 -> 484 MB RSS);
        // - the UTF-8 decoder is ~1.2 s of the files' 1.9 s whether the texts are kept or dropped, but the
        //   faster ways each cost more where the text is kept: Latin-1 letters written as one byte each and the
        //   bytes read as Latin-1 (the same string) 1.1 s with the texts dropped, 2.0-2.1 s kept, as Node makes a
        //   string of over 1 MB from Latin-1 outside the heap and counts it as external memory; the same read in
        //   pieces of 512 kB joined 2.9-4.0 s; UTF-8 decoded in pieces split after each letter 2.5-2.7 s.
        sources.push(new ReadSource(file, hash, bytes.toString('utf8'), bytes.subarray(0, 4096).toString('utf8')));
        continue;
      }
      const text = readText(file, unreadable);
      if (text !== undefined) sources.push({ path: file, text });
    }
  }
  return { sources, missing, unreadable };
}

function statOf(file: string): fs.BigIntStats | undefined {
  try {
    return fs.statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
}

/**
 * A library file whose content hash is known from its stat (fileHashes.ts): its text is read when first asked
 * for, which a session whose snapshot matches does only to locate a fact for go-to-definition. `head` is its
 * start, which tells CSL-JSON from library JSON (build.ts bibliographyFormat) without the whole text.
 */
export class FileSource implements KbSource {
  #text: string | undefined;

  constructor(readonly path: string, readonly hash: string) {}

  get text(): string {
    // A file gone since its stat reads as empty: its problems say so, and the next load sees the change.
    this.#text ??= readText(this.path, []) ?? '';
    return this.#text;
  }

  /** Whether the text has been read (tests, and the worker's message: a text read is sent, not read twice). */
  get read(): boolean {
    return this.#text !== undefined;
  }

  get head(): string {
    if (this.#text !== undefined) return this.#text;
    try {
      const bytes = readRegularFileStart(this.path, 4096);
      const start = bytes.toString('utf8');
      // Only blanks so far (or all of a short file): the first character that is not one decides, so read on.
      return bytes.length < 4096 || /\S/.test(start) ? start : this.text;
    } catch {
      return this.text;
    }
  }
}

/**
 * A file read now, its hash taken from its bytes: the build lets its text go once the file is parsed (`release`;
 * a 1M-fact library is 280 MB of text, issue 10). Asked for after that (to locate a fact for go-to-definition),
 * the text is read again from disk and not kept. `head` (its first 4 kB, a string of its own, not a slice that
 * would keep the whole text) tells CSL-JSON from library JSON on every load without the text.
 */
export class ReadSource implements KbSource {
  #text: string | undefined;
  readonly #head: string;

  constructor(readonly path: string, readonly hash: string, text: string, head: string) {
    this.#text = text;
    this.#head = head;
  }

  get text(): string {
    // A file gone since it was read reads as empty, as a FileSource's does.
    return this.#text ?? readText(this.path, []) ?? '';
  }

  get head(): string {
    // Only blanks in the first 4 kB (or a short file): the first character that is not one decides.
    return /\S/.test(this.#head) ? this.#head : this.text;
  }

  get read(): boolean {
    return this.#text !== undefined;
  }

  release(): void {
    this.#text = undefined;
  }
}

/** What a source is in a message to another thread: a FileSource not yet read (or a ReadSource released) goes as its path and hash. */
export type SourceMessage = KbSource | { path: string; hash: string; onDisk: true };

export function sourceForMessage(source: KbSource): SourceMessage {
  if (source instanceof FileSource || source instanceof ReadSource) return source.read ? { path: source.path, text: source.text, hash: source.hash } : { path: source.path, hash: source.hash, onDisk: true };
  return source;
}

export function sourceFromMessage(message: SourceMessage): KbSource {
  return 'onDisk' in message ? new FileSource(message.path, message.hash) : message;
}

/** The text of one file, or undefined with the reason recorded. */
export function readText(file: string, unreadable: UnreadableSource[]): string | undefined {
  try {
    return readRegularFile(file).toString('utf8');
  } catch (error) {
    unreadable.push({ path: file, reason: reasonOf(error, file) });
    return undefined;
  }
}

function readBytes(file: string, unreadable: UnreadableSource[]): Buffer | undefined {
  try {
    return readRegularFile(file);
  } catch (error) {
    unreadable.push({ path: file, reason: reasonOf(error, file) });
    return undefined;
  }
}

function walk(dir: string, unreadable: UnreadableSource[], seen = new Set<string>()): string[] {
  const out: string[] = [];
  // A symlink cycle (a link to a parent folder) would otherwise walk forever.
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (error) {
    unreadable.push({ path: dir, reason: reasonOf(error, dir) });
    return out;
  }
  if (seen.has(real)) return out;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: dir, reason: reasonOf(error, dir) });
    return out;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    // data/lexicon holds the lexicon of biomedicine, which the bundle carries (core/entities/biomedicalData.ts), not library files.
    if (entry.isDirectory() && entry.name === 'lexicon' && path.resolve(dir) === path.resolve(bundledKnowledgeBaseDir())) continue;
    const wanted = isLibrarySourcePath(entry.name) && entry.name !== 'package.json' && !entry.name.endsWith('.schema.json');
    if (entry.isDirectory()) {
      out.push(...walk(full, unreadable, seen));
    } else if (entry.isSymbolicLink()) {
      // A link named like a library file is read when it leads to a file; "refs.bib -> some/folder" or a
      // dangling link is reported. Links to folders are not followed (they may lead anywhere, or in a circle).
      let target: fs.Stats | undefined;
      try {
        target = fs.statSync(full);
      } catch (error) {
        if (wanted) unreadable.push({ path: full, reason: reasonOf(error, full) });
        continue;
      }
      if (wanted && target.isFile()) out.push(full);
      else if (wanted) unreadable.push({ path: full, reason: target.isDirectory() ? 'a link to a folder, not to a file' : 'a link to a device, pipe or socket, not to a file' });
    } else if (wanted) {
      out.push(full);
    }
  }
  return out;
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Node's error codes in words a writer understands. */
export function reasonOf(error: unknown, file: string): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return isSymlink(file) ? 'a symbolic link whose target does not exist' : 'the file does not exist';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case notRegularCode:
      return 'not a file but a device, pipe or socket';
    default:
      return code ? `cannot be read (${code})` : `cannot be read (${(error as Error).message ?? String(error)})`;
  }
}
