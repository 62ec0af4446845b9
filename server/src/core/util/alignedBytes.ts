// Typed arrays over bytes read from a file (the prebuilt word index, the part-of-speech model's core), in place
// when the bytes lie at a 4-byte offset of their buffer, as those of a file Node reads whole do (its own
// buffer, at offset 0). Copying them first (Uint8Array's slice) was ~10-18 ms of CPU before the first diagnostic
// at start-up for the word index's 3 MB alone, most of it in touching fresh memory (issue 10, stop 48).
// The arrays then share the bytes: the callers read a file for them and keep nothing else of it.

/** The bytes' own buffer and where they start in it, when that is a multiple of 4; else a copy's, at 0. */
export function alignedBuffer(bytes: Uint8Array): { buffer: ArrayBuffer; offset: number } {
  if (bytes.byteOffset % 4 === 0) return { buffer: bytes.buffer as ArrayBuffer, offset: bytes.byteOffset };
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return { buffer: copy.buffer, offset: 0 };
}
