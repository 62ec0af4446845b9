// lexicon.bin: the bundled lexicon's term index as esbuild.mjs builds it (compactLexicon, serializeLexicon)
// and writes it beside each server bundle; the bundle's lexiconPrebuilt.ts reads it back with one
// readFileSync, and its texts and arrays are used in place. Layout: "CLLX", the header's length (u32, little-endian), the header (JSON: where each part
// lies), then the parts, each at an offset divisible by 4 so that Int32Arrays can view them in place.
import * as fs from 'node:fs';
import type { SerializedLexicon } from '../core/entities/biomedical';
import { type Chars, PackedStrings } from '../core/entities/packed';
import { endianness } from 'node:os';

const magic = 'CLLX';

interface Header {
  /** Texts as their code units: one byte each when ASCII, two (little-endian) otherwise. */
  texts: Record<string, [offset: number, count: number, width: 1 | 2]>;
  ints: Record<string, [offset: number, count: number]>;
  bytes: Record<string, [offset: number, count: number]>;
  sources: SerializedLexicon['sources'];
  maxWords: number;
}

const padTo4 = (n: number): number => n + ((4 - (n % 4)) % 4);

export function writeLexiconFile(lexicon: SerializedLexicon): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  const place = (bytes: Buffer): number => {
    const at = offset;
    parts.push(bytes);
    offset = padTo4(offset + bytes.length);
    if (offset > at + bytes.length) parts.push(Buffer.alloc(offset - at - bytes.length));
    return at;
  };
  const header: Header = { texts: {}, ints: {}, bytes: {}, sources: lexicon.sources, maxWords: lexicon.maxWords };
  for (const [name, chars] of Object.entries(lexicon.texts)) {
    const text = typeof chars === 'string' ? chars : new PackedStrings(chars, new Int32Array([chars.length])).text;
    const wide = /[^\x00-\x7f]/.test(text);
    const codes = wide ? Uint16Array.from(text, (c) => c.charCodeAt(0)) : Uint8Array.from(text, (c) => c.charCodeAt(0));
    header.texts[name] = [place(Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength)), codes.length, wide ? 2 : 1];
  }
  for (const [name, array] of Object.entries(lexicon.ints)) header.ints[name] = [place(Buffer.from(array.buffer, array.byteOffset, array.byteLength)), array.length];
  for (const [name, array] of Object.entries(lexicon.bytes)) header.bytes[name] = [place(Buffer.from(array.buffer, array.byteOffset, array.byteLength)), array.length];
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(padTo4(8 + json.length));
  head.write(magic, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  json.copy(head, 8);
  return Buffer.concat([head, ...parts]);
}

export function readLexiconFile(data: Buffer): SerializedLexicon {
  if (data.toString('latin1', 0, 4) !== magic) throw new Error('not a ClaimLens lexicon index');
  // Typed arrays read the file in the machine's byte order; the file is written little-endian (as every
  // machine Node runs on in practice is).
  if (endianness() !== 'LE') throw new Error('ClaimLens: the lexicon index needs a little-endian machine');
  const length = data.readUInt32LE(4);
  const header = JSON.parse(data.toString('utf8', 8, 8 + length)) as Header;
  let body = data.subarray(padTo4(8 + length));
  // A buffer that does not start at an offset divisible by 4 in its ArrayBuffer is copied (readFileSync's
  // buffer for a file this size has one of its own).
  if (body.byteOffset % 4 !== 0) body = Buffer.from(Uint8Array.prototype.slice.call(body).buffer);
  const texts: Record<string, Chars> = {};
  const ints: Record<string, Int32Array> = {};
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, [at, count, width]] of Object.entries(header.texts)) texts[name] = width === 1 ? new Uint8Array(body.buffer, body.byteOffset + at, count) : new Uint16Array(body.buffer, body.byteOffset + at, count);
  for (const [name, [at, count]] of Object.entries(header.ints)) ints[name] = new Int32Array(body.buffer, body.byteOffset + at, count);
  for (const [name, [at, count]] of Object.entries(header.bytes)) bytes[name] = new Uint8Array(body.buffer, body.byteOffset + at, count);
  return { texts, ints, bytes, sources: header.sources, maxWords: header.maxWords };
}

/**
 * The index files read so far, in memory threads share: the language server's analysis worker gets them with
 * its start (`shareLexiconFiles`) and views the same bytes instead of a copy of its own (13 MB; issue 10).
 */
const shared = new Map<string, SharedArrayBuffer>();

/** Reads `file` (or views the copy another thread shared); a missing or unreadable index says how to rebuild it. */
export function loadLexiconFile(file: string): SerializedLexicon {
  let memory = shared.get(file);
  if (!memory) {
    try {
      const fd = fs.openSync(file, 'r');
      try {
        memory = new SharedArrayBuffer(fs.fstatSync(fd).size);
        const view = new Uint8Array(memory);
        for (let read = 0; read < view.length;) {
          const n = fs.readSync(fd, view, read, view.length - read, read);
          if (n === 0) throw new Error('the file ended early');
          read += n;
        }
      } finally {
        fs.closeSync(fd);
      }
    } catch (error) {
      throw new Error(`ClaimLens: the lexicon index ${file} cannot be read (${(error as Error).message}); rebuild with npm run build`);
    }
    shared.set(file, memory);
  }
  return readLexiconFile(Buffer.from(memory));
}

/** The index files this thread has read, for a thread it starts. */
export function sharedLexiconFiles(): [string, SharedArrayBuffer][] {
  return [...shared];
}

/** Index files another thread read: `loadLexiconFile` views them instead of reading its own copy. */
export function useSharedLexiconFiles(files: readonly [string, SharedArrayBuffer][]): void {
  for (const [file, memory] of files) shared.set(file, memory);
}
