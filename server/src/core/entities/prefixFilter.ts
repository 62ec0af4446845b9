// Which strings may begin a lexicon key: a Bloom filter over every prefix of every key. The recognizer
// lengthens a word sequence ("tumour", "tumour necrosis", "tumour necrosis factor", …) up to the longest
// term's length and looks each one up; most sequences stop being the start of any key after a word or two.
// A "no" from the filter is certain (no key starts with the string), a "yes" is wrong about once in a few
// hundred times, so stopping on "no" finds exactly what trying every length found. The lexicon's ~120k keys
// have ~470k distinct prefixes: 1 MB of bits, built in one pass over the keys' characters.
import type { Chars } from './packed';

/** Bits set per prefix: with at least ~16 bits per distinct prefix, about 0.2% false positives. */
const probes = 4;

export class PrefixFilter {
  readonly #bits: Int32Array;
  readonly #mask: number;

  /**
   * A filter sized for keys of `totalLength` characters in all, an upper bound on their distinct prefixes (the
   * lexicon's have about three characters per distinct prefix, so four bits a character is ~16 per prefix);
   * or the filter whose `bits` these are (one built before: the bundle's lexicon.bin holds the lexicon's).
   */
  constructor(totalLength: number | Int32Array) {
    if (typeof totalLength !== 'number') {
      const size = totalLength.length * 32;
      if (size < 1 << 10 || (size & (size - 1)) !== 0) throw new Error(`a prefix filter has a power of two of bits from 1024, not ${size}`);
      this.#bits = totalLength;
      this.#mask = size - 1;
      return;
    }
    let size = 1 << 10;
    while (size < totalLength * 4 && size < 1 << 30) size *= 2;
    this.#bits = new Int32Array(size >>> 5);
    this.#mask = size - 1;
  }

  /** The filter's bits, viewed (not copied). */
  get bits(): Int32Array {
    return this.#bits;
  }

  /** Filters over strings: a library's few thousand keys. */
  static of(keys: Iterable<string>): PrefixFilter {
    const list = [...keys];
    const filter = new PrefixFilter(list.reduce((n, key) => n + key.length, 0));
    for (const key of list) filter.addLines(key, 0, key.length);
    return filter;
  }

  /**
   * Adds every prefix of every key in `chars[start, end)`, keys separated by line breaks (the layout of
   * PackedStrings), read in place.
   */
  addLines(chars: Chars, start: number, end: number): void {
    let h1 = seed1;
    let h2 = seed2;
    for (let at = start; at < end; at++) {
      const code = typeof chars === 'string' ? chars.charCodeAt(at) : chars[at];
      if (code === 10) {
        h1 = seed1;
        h2 = seed2;
        continue;
      }
      h1 = step1(h1, code);
      h2 = step2(h2, code);
      this.#set(h1, h2);
    }
  }

  /** False when no key starts with `prefix` (certain); true when one may. */
  mayStart(prefix: string): boolean {
    let h1 = seed1;
    let h2 = seed2;
    for (let i = 0; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      h1 = step1(h1, code);
      h2 = step2(h2, code);
    }
    return prefix.length === 0 || this.#has(h1, h2);
  }

  #set(h1: number, h2: number): void {
    const odd = finish(h2) | 1;
    for (let i = 0, at = finish(h1); i < probes; i++, at = (at + odd) | 0) {
      const bit = at & this.#mask;
      this.#bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  #has(h1: number, h2: number): boolean {
    const odd = finish(h2) | 1;
    for (let i = 0, at = finish(h1); i < probes; i++, at = (at + odd) | 0) {
      const bit = at & this.#mask;
      if ((this.#bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

// Two running hashes of the prefix read so far (FNV-1a and a multiply-rotate one), mixed at the end so that
// prefixes differing in their last character land far apart.
const seed1 = 0x811c9dc5 | 0;
const seed2 = 0x9747b28c | 0;

function step1(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

function step2(h: number, code: number): number {
  const x = Math.imul(h + code, 0x5bd1e995);
  return (x << 13) | (x >>> 19);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
