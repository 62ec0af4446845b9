// Reports answered in parts (protocol.ts, `ReportOptions.inParts`). Check Workspace on a 100k-word thesis
// makes a report of about 6.5 MB of JSON; received from the worker and encoded for the client in one
// message, it held the server's main thread for half a second, and every hover with it (issue 11). The
// worker writes the report's JSON text itself and sends it as bytes (TextInParts); the client fetches it in
// parts, one request each, so other requests are answered between parts.
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
  const ends = partEnds(text.length, (i) => text.charCodeAt(i), size);
  return ends.map((end, i) => text.slice(i === 0 ? 0 : ends[i - 1], end));
}

/**
 * Where the parts of a text of `length` UTF-16 code units end (`unitAt` reads one): every `size` units, one
 * sooner where the last would be the first half of a surrogate pair. One empty part for an empty text.
 */
function partEnds(length: number, unitAt: (index: number) => number, size: number): number[] {
  const ends: number[] = [];
  for (let start = 0; start < length; ) {
    let end = Math.min(length, start + Math.max(2, size));
    const last = unitAt(end - 1);
    if (end < length && last >= 0xd800 && last <= 0xdbff) end--;
    ends.push(end);
    start = end;
  }
  return ends.length > 0 ? ends : [0];
}

/** A text as UTF-16LE bytes, two per code unit: a buffer the worker hands to the main thread without a copy. */
export function utf16Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).write(text, 'utf16le');
  return bytes;
}

/**
 * A report's JSON text held as UTF-16LE bytes (utf16Bytes), cut as cutIntoParts cuts it, each part read out
 * only when the client asks for it. The worker sends the text so, in one message whose buffer is moved, not
 * copied: sent as a message per part (about 200 for a 100k-word thesis), the main thread received them in one
 * burst that held the next hover, and the strings they made were collected on the main thread (issue 11:
 * 40-150 ms of the main thread at the end of a Check Workspace in a CPU profile of the bench's row, most of it
 * the collector). The bytes are outside the JavaScript heap.
 */
export class TextInParts {
  readonly #bytes: Uint8Array;
  readonly #ends: number[];

  constructor(bytes: Uint8Array, size = partChars) {
    this.#bytes = bytes;
    this.#ends = partEnds(bytes.length >> 1, (i) => bytes[2 * i] | (bytes[2 * i + 1] << 8), size);
  }

  get count(): number {
    return this.#ends.length;
  }

  part(index: number): string {
    const start = index === 0 ? 0 : this.#ends[index - 1];
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + 2 * start, 2 * (this.#ends[index] - start)).toString('utf16le');
  }
}

/** The reports whose parts the client has still to fetch. */
export class ReportParts {
  #next = 1;
  readonly #reports = new Map<number, string[] | TextInParts>();

  /** A client that never fetches the parts it was offered leaves at most `keep` reports behind. */
  constructor(private readonly keep = 4) {}

  add(parts: string[] | TextInParts): ReportInParts {
    const id = this.#next++;
    this.#reports.set(id, parts);
    for (const old of this.#reports.keys()) if (this.#reports.size > this.keep) this.#reports.delete(old);
    return { reportInParts: { id, count: Array.isArray(parts) ? parts.length : parts.count } };
  }

  /** A part, or undefined for a report or part not held (any more); a report is let go with its last part. */
  take(id: number, index: number): string | undefined {
    const parts = this.#reports.get(id);
    const count = parts === undefined ? 0 : Array.isArray(parts) ? parts.length : parts.count;
    if (!parts || !Number.isInteger(index) || index < 0 || index >= count) return undefined;
    if (index === count - 1) this.#reports.delete(id);
    return Array.isArray(parts) ? parts[index] : parts.part(index);
  }
}
