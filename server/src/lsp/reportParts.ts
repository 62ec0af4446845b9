// Reports answered in parts (protocol.ts, `ReportOptions.inParts`). Check Workspace on a 100k-word thesis
// makes a report of about 6.5 MB of JSON; received from the worker and encoded for the client in one
// message, it held the server's main thread for half a second, and every hover with it (issue 11). The
// worker writes the report's JSON text itself and sends it cut into parts; the client fetches them one
// request each, so other requests are answered between parts.
import type { ReportInParts } from '../protocol';

/**
 * Characters per part: a few milliseconds to encode (15-20 ms for 256 KiB on a loaded 2-core machine). Small
 * enough that a part, and the message that carries it (the part escaped as a JSON string, up to a third longer),
 * stays under V8's largest ordinary object (128 KiB) even as a two-byte string ("HIF-1α" makes the report's text
 * two-byte): parts of 128 KiB went to the large-object space, and collections on the main thread were about
 * half of the longest pauses a hover met while the parts were fetched (issue 11, a profile of the bench's row).
 */
export const partChars = 32 * 1024;

/** `text` cut into strings of at most `size` characters, never between the two halves of a surrogate pair. */
export function cutIntoParts(text: string, size = partChars): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + Math.max(2, size));
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length > 0 ? parts : [''];
}

/** The reports whose parts the client has still to fetch. */
export class ReportParts {
  #next = 1;
  readonly #reports = new Map<number, string[]>();

  /** A client that never fetches the parts it was offered leaves at most `keep` reports behind. */
  constructor(private readonly keep = 4) {}

  add(parts: string[]): ReportInParts {
    const id = this.#next++;
    this.#reports.set(id, parts);
    for (const old of this.#reports.keys()) if (this.#reports.size > this.keep) this.#reports.delete(old);
    return { reportInParts: { id, count: parts.length } };
  }

  /** A part, or undefined for a report or part not held (any more); a report is let go with its last part. */
  take(id: number, index: number): string | undefined {
    const parts = this.#reports.get(id);
    if (!parts || !Number.isInteger(index) || index < 0 || index >= parts.length) return undefined;
    if (index === parts.length - 1) this.#reports.delete(id);
    return parts[index];
  }
}
