// One way to write a cache file: to a temporary file beside it, then renamed over it, so a reader (another
// window, the next session) never sees half of one. Used by the readings of abstracts and the library snapshot.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes `parts` in order to `file` atomically; throws on failure (callers keep working without the file). */
export function writeAtomically(file: string, parts: readonly (string | Uint8Array)[]): void {
  const steps = writeAtomicallyInSteps(file, parts);
  while (!steps.next().done);
}

/** A write of at most this many bytes is one step (a snapshot's 140 MB are written in steps). */
const bytesPerStep = 8 * 2 ** 20;

/**
 * `writeAtomically` a step at a time: the write stops after each `bytesPerStep` bytes and goes on when asked,
 * so a server answers requests between the steps. Throws on failure, as writeAtomically.
 */
export function* writeAtomicallyInSteps(file: string, parts: readonly (string | Uint8Array)[]): Generator<void, void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = fs.openSync(temporary, 'w');
  try {
    for (const part of parts) {
      if (typeof part === 'string') {
        fs.writeSync(handle, part);
        continue;
      }
      for (let at = 0; at < part.byteLength; at += bytesPerStep) {
        const end = Math.min(part.byteLength, at + bytesPerStep);
        // writeSync may write less than asked: the rest is written until the chunk is whole.
        for (let written = at; written < end; ) written += fs.writeSync(handle, part, written, end - written);
        if (end < part.byteLength) yield;
      }
    }
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temporary, file);
}
