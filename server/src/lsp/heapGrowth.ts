// How far V8 lets the old generation grow past what its last full collection kept before the next one, for
// the whole process (a V8 flag: both threads). While the writer edits, tight: each edit of a thesis leaves
// its old text (1.5 MB, in large-object space) behind in both threads, and V8's own factor (up to 4x on a
// heap it collects quickly) let dozens pile up until a full collection. While a library is read, V8's own:
// a tight factor made reading a 1M-fact library take a third more CPU (19.0 -> 25.2 s, the bench's library
// child run with the flag), each new part of the library paying another full collection. V8 reads the flag
// at every full collection, so setting it while the process runs takes effect.
import { setFlagsFromString } from 'node:v8';

/**
 * 100k-word drafts, 100 edits, servers alternated in one run (incremental.ts --servers=... --only=edits),
 * RSS after 50 edits: LaTeX 324/312 -> 273/276 MB, Markdown 320/332/326/333 -> 276/271/271/266 MB. The price
 * is CPU in full collections (partly on V8's helper threads): LaTeX none (37.9/39.8 -> 43.4/36.9 ms per edit),
 * Markdown ~10 ms per edit (29.8/34.5/32.8 -> 39.2/45.2/46.4). At 50%: Markdown 294 MB for the same CPU; at
 * 10%: 264 MB and more CPU still (issue 10).
 */
const editingPercent = 25;

let loads = 0;

/** The tight factor, from now on (the server's start). */
export function tightenHeapGrowth(): void {
  if (loads === 0) setFlagsFromString(`--heap-growing-percent=${editingPercent}`);
}

/**
 * Runs `load` (reading a library) with V8's own growing factor, then tightens it again. Counted per thread;
 * a load in the other thread at the same time may run part of its way tight, which costs time, not results.
 */
export async function withFreeHeapGrowth<T>(load: () => Promise<T>): Promise<T> {
  if (loads++ === 0) setFlagsFromString('--heap-growing-percent=0');
  try {
    return await load();
  } finally {
    if (--loads === 0) setFlagsFromString(`--heap-growing-percent=${editingPercent}`);
  }
}
