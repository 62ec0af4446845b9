// Why anchored reading left a pair unread, and the switches eval sets to count it. Every step of anchored
// reading (anchored.ts, the path between the two participants in anchored/path.ts) ends a pair it cannot read
// with `stop(reason)`; the counts and the trace eval prints live here, apart from the reading, so that each step
// can report a stop without importing the entry point (which would make an import cycle).
import type { Chunk, ChunkWord } from '../../language/chunks';

/**
 * Switched off only to measure what anchored reading costs against the same check without it, in one run;
 * `taggedSentences` counts the sentences it tagged. `alone` (eval only, `--anchored-only`) drops the frame
 * reader's claims, so anchored reading is measured on sentences whose constructions the frame reader was built
 * on: a stand-in for how it reads sentences nobody studied.
 */
export const anchoring: { enabled: boolean; taggedSentences: number; alone: boolean; stops?: Map<string, number>; trace?: string[] } = { enabled: true, taggedSentences: 0, alone: false };

/**
 * The pair being read: its words for `anchoring.trace` (eval only: `--stops --verbose` on half B names each pair's
 * stop). anchored.ts sets them as it takes up each pair.
 */
export const pairBeingRead = { traced: '' };

/** The words of a chunk, for `anchoring.trace`. */
export function chunkText(words: readonly ChunkWord[], c: Chunk): string {
  return words.slice(c.from, c.to).map((w) => w.lower).join(' ');
}

/**
 * Why a pair the library links was not read (eval only: `--stops` sets `anchoring.stops` and prints the counts,
 * never the sentences, so the held-out half can say where reading fails without being read). Returns undefined
 * for the reader to return.
 */
export function stop(reason: string): undefined {
  if (anchoring.stops) anchoring.stops.set(reason, (anchoring.stops.get(reason) ?? 0) + 1);
  anchoring.trace?.push(`${pairBeingRead.traced}: ${reason}`);
  return undefined;
}
