// One way to write a cache file: to a temporary file beside it, then renamed over it, so a reader (another
// window, the next session) never sees half of one. Used by the readings of abstracts and the library snapshot.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes `parts` in order to `file` atomically; throws on failure (callers keep working without the file). */
export function writeAtomically(file: string, parts: readonly (string | Uint8Array)[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = fs.openSync(temporary, 'w');
  try {
    for (const part of parts) {
      if (typeof part === 'string') fs.writeSync(handle, part);
      else fs.writeSync(handle, part);
    }
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temporary, file);
}
