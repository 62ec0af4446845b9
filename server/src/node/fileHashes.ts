// The content hash of each library file, remembered by its stat, as git's index remembers a file's blob: a next
// session whose files have the same size, modification and change times and inode takes their hashes from
// here and does not read them (280 MB of a million-fact library read and hashed is most of a second), and the
// library's snapshot (librarySnapshots.ts) is found by those hashes. The file's text is read only if
// something asks for it (its snapshot does not match, or go-to-definition locates one of its facts).
//
// The trade-off: a file whose bytes changed while its size, mtime, ctime and inode all stayed the same is
// taken for unchanged. ctime cannot be set back by a program (utimes sets mtime, and moves ctime to now), so
// that takes two writes of the same size within one tick of the file system's clock, with our read between
// them. Such a "racy" file is never remembered: one changed less than `racyMs` before it was read (2 s covers
// file systems with 1-2 s timestamps) keeps being read and hashed, until a save finds it settled and hashes
// it once more off the load's path (`settle`). Any difference in the stat means read and hash, as before.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { writeAtomically } from './atomicWrite';
import { readRegularFile } from './regularFile';

/** The version of the file's layout. */
const format = 1;
/** How recently changed a file may be and still have its hash remembered. */
export const racyMs = 2000;

/** What stands for a file's content: its size, modification and change times (ns) and inode. */
export function statKey(stat: fs.BigIntStats): string {
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
}

function changedWithin(stat: fs.BigIntStats, ms: number, now: number): boolean {
  return Number(stat.mtimeMs) > now - ms || Number(stat.ctimeMs) > now - ms;
}

export class FileHashes {
  /** path -> stat key and hash. */
  #known = new Map<string, { stat: string; hash: string }>();
  /** Files hashed while racy: path -> the hash of what was read, to confirm by `settle`. */
  #racy = new Map<string, string>();
  /** The paths asked about this session: a file no load asks about any more is forgotten when the hashes are saved. */
  readonly #asked = new Set<string>();
  #changed = false;
  #loaded = false;

  /** `file`: where the hashes are kept (undefined: nowhere, every file is read and hashed); `now`: the clock (tests). */
  constructor(readonly file: string | undefined, readonly now: () => number = Date.now) {}

  /** The remembered hash of `path` when its stat is the one it had then. */
  known(path: string, stat: fs.BigIntStats): string | undefined {
    this.#load();
    this.#asked.add(path);
    const entry = this.#known.get(path);
    return entry && entry.stat === statKey(stat) ? entry.hash : undefined;
  }

  /**
   * `hash` is of the bytes read from `path`; `before` and `after` are its stats taken around the read, at
   * `readStart` (Date.now()). Remembered only when nothing moved during the read and the file had settled.
   */
  record(path: string, hash: string, before: fs.BigIntStats, after: fs.BigIntStats | undefined, readStart: number): void {
    this.#load();
    this.#asked.add(path);
    const stat = statKey(before);
    if (!after || statKey(after) !== stat || changedWithin(before, racyMs, readStart)) {
      if (this.#known.delete(path)) this.#changed = true;
      this.#racy.set(path, hash);
      return;
    }
    this.#racy.delete(path);
    const entry = this.#known.get(path);
    if (entry?.stat === stat && entry.hash === hash) return;
    this.#known.set(path, { stat, hash });
    this.#changed = true;
  }

  /** Whether there is something to write (`save`). */
  get pending(): boolean {
    return this.#changed || this.#racy.size > 0;
  }

  /**
   * Files that were racy when read are hashed again now (off the load's path), and remembered if they have
   * settled since and still hash the same.
   */
  settle(): void {
    const now = this.now();
    for (const [path, hash] of [...this.#racy]) {
      try {
        const before = fs.statSync(path, { bigint: true });
        if (changedWithin(before, racyMs, now)) continue;
        const again = createHash('sha256').update(readRegularFile(path)).digest('base64url');
        const after = fs.statSync(path, { bigint: true });
        this.#racy.delete(path);
        if (again === hash) this.record(path, hash, before, after, now);
      } catch {
        this.#racy.delete(path);
      }
    }
  }

  /** Writes the hashes (after `settle`); false when they could not be written. */
  save(): boolean {
    this.settle();
    for (const path of this.#known.keys()) {
      if (this.#asked.has(path)) continue;
      this.#known.delete(path);
      this.#changed = true;
    }
    if (!this.file || !this.#changed) return true;
    try {
      writeAtomically(this.file, [JSON.stringify({ format, files: Object.fromEntries(this.#known) })]);
      this.#changed = false;
      return true;
    } catch {
      return false;
    }
  }

  #load(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    if (!this.file) return;
    try {
      const stored = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { format?: unknown; files?: Record<string, { stat?: unknown; hash?: unknown }> };
      if (stored?.format !== format || typeof stored.files !== 'object' || stored.files === null) return;
      for (const [path, entry] of Object.entries(stored.files)) {
        if (typeof entry?.stat === 'string' && typeof entry.hash === 'string') this.#known.set(path, { stat: entry.stat, hash: entry.hash });
      }
    } catch {
      // None yet, or damaged: every file is read and hashed, and the hashes written again.
    }
  }
}
