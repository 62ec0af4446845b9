// lexicon.bin: the bundled lexicon's term index as esbuild.mjs builds it (compactLexicon, serializeLexicon)
// and writes it beside each server bundle; the bundle's lexiconPrebuilt.ts reads it back with one
// readFileSync. Layout: "CLLX", the header's length (u32, little-endian), the header (JSON: where each part
// lies), then the parts, each at an offset divisible by 4 so that Int32Arrays can view them in place.
import * as fs from 'node:fs';
import type { SerializedLexicon } from '../core/entities/biomedical';

const magic = 'CLLX';

interface Header {
  strings: Record<string, [offset: number, bytes: number, encoding: 'latin1' | 'utf8']>;
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
  const header: Header = { strings: {}, ints: {}, bytes: {}, sources: lexicon.sources, maxWords: lexicon.maxWords };
  for (const [name, text] of Object.entries(lexicon.strings)) {
    // ASCII text is read back as Latin-1, which skips UTF-8 decoding and makes a one-byte string.
    const encoding = /[^\x00-\x7f]/.test(text) ? 'utf8' : 'latin1';
    const bytes = Buffer.from(text, encoding);
    header.strings[name] = [place(bytes), bytes.length, encoding];
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
  const length = data.readUInt32LE(4);
  const header = JSON.parse(data.toString('utf8', 8, 8 + length)) as Header;
  let body = data.subarray(padTo4(8 + length));
  // A buffer that does not start at an offset divisible by 4 in its ArrayBuffer is copied (readFileSync's
  // buffer for a file this size has one of its own).
  if (body.byteOffset % 4 !== 0) body = Buffer.from(Uint8Array.prototype.slice.call(body).buffer);
  const strings: Record<string, string> = {};
  const ints: Record<string, Int32Array> = {};
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, [at, size, encoding]] of Object.entries(header.strings)) strings[name] = body.toString(encoding, at, at + size);
  for (const [name, [at, count]] of Object.entries(header.ints)) ints[name] = new Int32Array(body.buffer, body.byteOffset + at, count);
  for (const [name, [at, count]] of Object.entries(header.bytes)) bytes[name] = new Uint8Array(body.buffer, body.byteOffset + at, count);
  return { strings, ints, bytes, sources: header.sources, maxWords: header.maxWords };
}

/** Reads `file`; a missing or unreadable index says how to rebuild it. */
export function loadLexiconFile(file: string): SerializedLexicon {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (error) {
    throw new Error(`ClaimLens: the lexicon index ${file} cannot be read (${(error as Error).message}); rebuild with npm run build`);
  }
  return readLexiconFile(data);
}
