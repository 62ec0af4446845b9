// The library as read, kept on disk between sessions (core/kb/librarySnapshot.ts makes and reads the bytes),
// beside the readings of abstracts (abstractStore.ts) in the editor's storage or the CLI's cache folder, and
// keyed the same way: a SHA-256 of the store's format, the snapshot's format, the program (programKey: a new
// ClaimLens never reads an old one's snapshot) and every source's path and content hash, in order.
//
// A snapshot is only ever a way to be fast. One whose key differs (a file changed, was added or removed),
// whose checksum fails (a torn or damaged file), or that does not decode is ignored, the library is read from
// its files, and a new snapshot replaces it.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KbSource, LibrarySnapshots } from '../core/kb/build';
import { finish, readSnapshotParts, snapshotFormat, type SnapshotParts } from '../core/kb/librarySnapshot';
import { programKey } from './abstractStore';
import { writeAtomicallyInSteps } from './atomicWrite';
import { FileHashes } from './fileHashes';

/** The version of the file around the snapshot (its first line and header). */
const storeFormat = 1;
const firstLine = 'claimlens library snapshot\n';
/** The checksum of a snapshot is computed this many bytes a step. */
const hashBytesPerStep = 16 * 2 ** 20;
/** The first read of a snapshot, which holds its first line and header (a few hundred bytes). */
const firstRead = 2 ** 16;

/** The snapshot's file in a cache folder (the editor's storage or the CLI's cache). */
export function snapshotFileIn(folder: string): string {
  return path.join(folder, 'library-snapshot.bin');
}

/** Where the library files' hashes are remembered by their stat, beside the snapshot (fileHashes.ts). */
export function hashesFileIn(folder: string): string {
  return path.join(folder, 'library-file-hashes.json');
}

/** The content hash of a source: the one its reader made from the bytes (knowledgeBaseFiles.ts), else of its text. */
function contentHash(source: KbSource): string {
  return source.hash ?? sha256(source.text);
}

export class LibrarySnapshotStore implements LibrarySnapshots {
  #offered: { key: string; encode: () => Iterator<void, Uint8Array | readonly Uint8Array[]> } | undefined;
  /** The write under way in steps (saveInSteps), which a next one waits for: both write the same temporary file. */
  #saving: Promise<boolean> = Promise.resolve(true);
  /** The hash of each source's text, by path, while the text is the same string. */
  #hashes = new Map<string, { text: string; hash: string }>();
  /** What the last find and save did, for the CLI's --verbose and the bench. */
  readonly stats = { found: false, ignored: '', written: 0 };
  /** A snapshot is read (and hashed) this many bytes at a time after its first read (tests make it a few bytes). */
  readChunk = 2 ** 20;
  /** The library files' content hashes by their stat, kept beside the snapshot: unchanged files are not read to find it. */
  readonly fileHashes: FileHashes;

  /**
   * `file`: where the snapshot is kept (undefined: nowhere, the store does nothing). Libraries of fewer than
   * `minFacts` facts read from their files about as fast as from a snapshot, so none is written for them.
   * `fileHashes`: where the files' hashes are remembered; beside the snapshot unless given (tests give a clock).
   */
  constructor(readonly file: string | undefined, readonly program: string = programKey(), readonly minFacts = 10_000, fileHashes?: FileHashes) {
    this.fileHashes = fileHashes ?? new FileHashes(file && hashesFileIn(path.dirname(file)));
  }

  find(sources: readonly KbSource[]): SnapshotParts | undefined {
    this.stats.found = false;
    this.stats.ignored = '';
    if (!this.file) return undefined;
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      this.stats.ignored = 'no snapshot';
      return undefined;
    }
    try {
      const parts = this.#read(fd, this.#key(sources));
      this.stats.found = parts !== undefined;
      return parts;
    } catch {
      return this.#ignore('it cannot be read');
    } finally {
      fs.closeSync(fd);
    }
  }

  offer(sources: readonly KbSource[], facts: number, encode: () => Iterator<void, Uint8Array | readonly Uint8Array[]>): void {
    if (!this.file || facts < this.minFacts) return;
    this.#offered = { key: this.#key(sources), encode };
  }

  refused(): void {
    this.stats.found = false;
    this.stats.ignored = 'it does not decode';
  }

  /** Whether a snapshot was offered and waits to be written. */
  get offered(): boolean {
    return this.#offered !== undefined;
  }

  /** Whether a snapshot (or the files' hashes) waits to be written (the server writes it when the library is in use). */
  get pending(): boolean {
    return this.#offered !== undefined || (this.stats.found && this.fileHashes.pending);
  }

  /**
   * Writes the snapshot last offered, to a temporary file then renamed, so a reader never sees half of one.
   * False when it could not be made or written (the next session reads the files, as without a store).
   */
  save(): boolean {
    return finish(this.#saveSteps());
  }

  /**
   * `save`, a step at a time, with `pause` between steps (by default, until the event loop has handled what
   * waits): a million facts' snapshot takes seconds to make, hash and write, and a server answers meanwhile.
   * Resolves to what `save` returns. A second call waits for the first.
   */
  saveInSteps(pause: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      const steps = this.#saveSteps();
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        await pause();
      }
    };
    this.#saving = this.#saving.then(run, run);
    return this.#saving;
  }

  *#saveSteps(): Generator<void, boolean> {
    // The hashes first: a snapshot is found by them (a file that changed while it was read is hashed again here).
    // Without a snapshot (a small library) they would serve nothing, and are not written.
    const offered = this.#offered;
    const hashesSaved = offered || this.stats.found ? this.fileHashes.save() : true;
    if (!this.file || !offered) return hashesSaved;
    this.#offered = undefined;
    try {
      // The body in pieces (librarySnapshot.ts encodeSnapshotPartsInSteps), written one after another: no copy of
      // the whole is made (140 MB at a million facts), which would stay as garbage while the worker decodes it.
      const made = yield* offered.encode() as Generator<void, Uint8Array | readonly Uint8Array[]>;
      const body = made instanceof Uint8Array ? [made] : made;
      const checksum = createHash('sha256');
      let length = 0;
      for (const part of body) {
        for (let at = 0; at < part.byteLength; at += hashBytesPerStep) {
          checksum.update(part.subarray(at, at + hashBytesPerStep));
          yield;
        }
        length += part.byteLength;
      }
      let header = JSON.stringify({ format: storeFormat, snapshot: snapshotFormat, key: offered.key, length, checksum: checksum.digest('base64url') });
      // The body starts at a multiple of 8 in the file, so that its numbers are read in place, not copied.
      header = header.padEnd(header.length + ((8 - ((firstLine.length + Buffer.byteLength(header) + 1) % 8)) % 8));
      yield* writeAtomicallyInSteps(this.file, [`${firstLine}${header}\n`, ...body]);
      this.stats.written = length;
      return hashesSaved;
    } catch {
      return false;
    }
  }

  /**
   * The snapshot's parts when the file is one for `key`, whole and unchanged; else undefined, with the reason kept.
   * The body is read a megabyte at a time straight into the arrays its parts stay in (librarySnapshot.ts
   * readSnapshotParts) and hashed as it comes: no buffer of the whole file, whose fresh pages and copies were
   * ~0.6 s of a million facts' next session (stop 48). Parts whose bytes fail the checksum are dropped, never decoded.
   */
  #read(fd: number, key: string): SnapshotParts | undefined {
    const size = fs.fstatSync(fd).size;
    const readChunk = this.readChunk;
    const buffer = Buffer.allocUnsafeSlow(Math.max(readChunk, firstRead));
    const start = fs.readSync(fd, buffer, 0, Math.min(buffer.byteLength, size), 0);
    // The first line and the header are short: both lie in the first read.
    const headerEnd = buffer.subarray(0, start).indexOf(0x0a, firstLine.length);
    if (headerEnd < 0 || buffer.subarray(0, firstLine.length).toString('latin1') !== firstLine) return this.#ignore('not a snapshot');
    let header: { format?: unknown; snapshot?: unknown; key?: unknown; length?: unknown; checksum?: unknown };
    try {
      header = JSON.parse(buffer.subarray(firstLine.length, headerEnd).toString('utf8'));
    } catch {
      return this.#ignore('a damaged header');
    }
    if (header.format !== storeFormat || header.snapshot !== snapshotFormat) return this.#ignore('another format');
    if (header.key !== key) return this.#ignore('made from other files or another program');
    const length = size - (headerEnd + 1);
    if (header.length !== length) return this.#ignore('damaged (its checksum fails)');
    const checksum = createHash('sha256');
    // What the first read holds of the body, then the file from where that read ended.
    let held = buffer.subarray(headerEnd + 1, start);
    let position = start;
    // Each piece is hashed as soon as it is read, while it is still in the processor's cache.
    const read = (into: Uint8Array): boolean => {
      let filled = Math.min(held.byteLength, into.byteLength);
      into.set(held.subarray(0, filled));
      checksum.update(into.subarray(0, filled));
      held = held.subarray(filled);
      while (filled < into.byteLength) {
        const got = fs.readSync(fd, into, filled, Math.min(readChunk, into.byteLength - filled), position);
        if (got === 0) return false;
        checksum.update(into.subarray(filled, filled + got));
        filled += got;
        position += got;
      }
      return true;
    };
    let parts: SnapshotParts | undefined;
    try {
      parts = readSnapshotParts(read, length);
    } catch {
      parts = undefined;
    }
    // Bytes that do not make parts are hashed to the end all the same: a damaged file is told from one that does not decode.
    for (let left = held.byteLength + size - position; !parts && left > 0; left = held.byteLength + size - position) {
      if (!read(buffer.subarray(0, Math.min(readChunk, left)))) break;
    }
    if (checksum.digest('base64url') !== header.checksum) return this.#ignore('damaged (its checksum fails)');
    return parts ?? this.#ignore('it does not decode');
  }

  #ignore(reason: string): undefined {
    this.stats.ignored = reason;
    return undefined;
  }

  #key(sources: readonly KbSource[]): string {
    const hash = createHash('sha256').update(`${storeFormat}\u0000${snapshotFormat}\u0000${this.program}`);
    const hashes = new Map<string, { text: string; hash: string }>();
    for (const source of sources) {
      // A source with a hash is not compared by its text (which may not have been read: fileHashes.ts).
      if (source.hash !== undefined) {
        hash.update(`\u0000${source.path}\u0000${source.hash}`);
        continue;
      }
      const known = this.#hashes.get(source.path);
      const entry = known && known.text === source.text ? known : { text: source.text, hash: contentHash(source) };
      hashes.set(source.path, entry);
      hash.update(`\u0000${source.path}\u0000${entry.hash}`);
    }
    this.#hashes = hashes;
    return hash.digest('base64url');
  }
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('base64url');
}
