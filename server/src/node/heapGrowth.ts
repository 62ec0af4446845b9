// How far the language server's heaps grow before V8 collects them (issue 10). The analysis worker makes a
// new text of the document for each edit (1.4 MB for the bench's 100k-word thesis, whose Greek letters make
// it two bytes a character); it lives until the next edit, so it outlives a young-generation collection and
// is freed only by a full one. V8 lets the old generation grow to 2-4 times what the last full collection
// left before the next one, and the server's memory grew by 70-90 MB over 150 edits of garbage alone
// (RSS 300 -> 370-390 MB; after a full collection the worker's heap was 79 -> 91 MB). A fixed factor of 1.3
// collects sooner: ~30 MB of such garbage at most per 100 MB of live heap, for a few more ms of collection
// per edit, most of it on V8's helper threads. The flag is process-wide (both threads) and read at each
// collection; the CLI's one-shot checks keep V8's default.

import { setFlagsFromString } from 'node:v8';

/** The server's heap growing factor, as V8's percent over 1 (30: the heap grows to 1.3 times its live size). */
export const serverHeapGrowingPercent = 30;

/**
 * The percent to set: CLAIMLENS_HEAP_GROWING_PERCENT when it is a whole number (0: V8's own dynamic factor),
 * else `serverHeapGrowingPercent`.
 */
export function heapGrowingPercent(env: NodeJS.ProcessEnv = process.env): number {
  const setting = env.CLAIMLENS_HEAP_GROWING_PERCENT?.trim();
  return setting !== undefined && /^\d{1,4}$/.test(setting) ? Number(setting) : serverHeapGrowingPercent;
}

/** Sets V8's heap growing factor for this process (the language server calls it before it starts). */
export function limitHeapGrowth(env: NodeJS.ProcessEnv = process.env): number {
  const percent = heapGrowingPercent(env);
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
