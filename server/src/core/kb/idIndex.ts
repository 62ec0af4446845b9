// Positions by id for a million fact ids: an open-addressing hash table in typed arrays (FNV-1a of the id,
// linear probing), with each entry's hash kept so that a probe compares numbers before it reads an id. A
// JavaScript Map of a million fresh strings cost ~1 µs per has-then-set in the merge (issue 10's profile:
// "~1M Map lookups on fact ids"), this a third of that; it holds no object per entry for the collector.
//
// The ids are those of the records at each position (`idAt`), so the table stores no strings itself.
export class IdIndex {
  readonly #idAt: (position: number) => string;
  /**
   * Slot i's position at 2i (-1 empty) and its id's hash at 2i + 1: side by side, so a probe of a table of two
   * million slots (16 MB, far larger than the caches) misses the cache once, not once in each of two arrays.
   */
  #slots: Int32Array;
  #mask: number;
  #size = 0;

  constructor(idAt: (position: number) => string, expected = 1024) {
    this.#idAt = idAt;
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.#slots = emptySlots(capacity);
    this.#mask = capacity - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** The position of `id`, or -1. */
  get(id: string): number {
    const hash = hashOf(id);
    const slots = this.#slots;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = slots[2 * slot];
      if (at < 0) return -1;
      if (slots[2 * slot + 1] === hash && this.#idAt(at) === id) return at;
    }
  }

  /** Records `position` for `id` unless the id has one already: then that earlier position (the first wins), else -1. */
  addIfNew(id: string, position: number): number {
    return this.addIfNewAt(id, 0, id.length, position);
  }

  /** `addIfNew` for the id written at text[start, end) (a scanned file's: no string made for it, factScan.ts). */
  addIfNewAt(text: string, start: number, end: number, position: number): number {
    return this.addIfNewHashed(text, start, end, hashOfRange(text, start, end), position);
  }

  /**
   * The entry of the slot `hash` probes first, read ahead of its `addIfNewHashed` (the caller keeps the answer so the
   * read is not left out). A probe of a table of millions of slots misses the processor's cache almost every time
   * (0.1 s of the merge for a million facts, stop 37); read for a batch of ids one after another, the misses are
   * waited for together, not one per id between the work on each.
   */
  peek(hash: number): number {
    return this.#slots[2 * (hash & this.#mask)];
  }

  /** `addIfNewAt` with the id's hash (idHashAt) found already. */
  addIfNewHashed(text: string, start: number, end: number, hash: number, position: number): number {
    if (this.#size * 4 >= this.#slots.length) this.#grow();
    const slots = this.#slots;
    // Read on every call: read only where two hashes are equal (rare until a few thousand ids are in), this private
    // field had no type feedback when first reached, and the compiled method was dropped for it (stop 37).
    const idAt = this.#idAt;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = slots[2 * slot];
      if (at < 0) {
        slots[2 * slot] = position;
        slots[2 * slot + 1] = hash;
        this.#size++;
        return -1;
      }
      if (slots[2 * slot + 1] === hash) {
        const id = idAt(at);
        if (id.length === end - start && text.startsWith(id, start)) return at;
      }
    }
  }

  #grow(): void {
    const old = this.#slots;
    const capacity = old.length; // twice the slots: the table doubles
    const slots = (this.#slots = emptySlots(capacity));
    this.#mask = capacity - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] < 0) continue;
      let slot = old[i + 1] & this.#mask;
      while (slots[2 * slot] >= 0) slot = (slot + 1) & this.#mask;
      slots[2 * slot] = old[i];
      slots[2 * slot + 1] = old[i + 1];
    }
  }
}

/**
 * A table of `capacity` empty slots (position -1; the hash, never read in an empty slot, -1 too): filled at once
 * by the engine, where a loop setting every other entry took 10-15 ms for a million facts' table.
 */
function emptySlots(capacity: number): Int32Array {
  return new Int32Array(2 * capacity).fill(-1);
}

/** FNV-1a over the id's UTF-16 code units, as a signed 32-bit number (its low bits pick the slot). */
function hashOf(id: string): number {
  return hashOfRange(id, 0, id.length);
}

/** hashOf of the characters text[start, end). */
export function idHashAt(text: string, start: number, end: number): number {
  return hashOfRange(text, start, end);
}

function hashOfRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // FNV's low bits mix poorly for ids that differ in their last character ("gen1/f1", "gen1/f2"): one more round.
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) | 0;
}
