// Compact stores for the lexicon's ~120k terms: strings in one text, a line each, and an open-addressing
// hash over them. Loading them is a few typed arrays instead of ~120k Map entries and ~300k small objects
// (which took most of the lexicon's start-up time and memory). The text may be a string, or the character
// codes as they lie in lexicon.bin (a Uint8Array for ASCII, a Uint16Array otherwise), read in place: the
// server then decodes only the strings it asks for (see compactLexicon in biomedical.ts).

/** A text as a string or as its UTF-16 code units. */
export type Chars = string | Uint8Array | Uint16Array;

const lineBreak = 10;

/** Strings a line each in one text (none may hold a line break): `at(i)` is the i-th. */
export class PackedStrings {
  /** Where each string ends in the text (its line break, or the text's end). */
  readonly ends: Int32Array;

  constructor(
    readonly chars: Chars,
    ends?: Int32Array,
  ) {
    this.ends = ends ?? endsOf(chars);
  }

  static pack(strings: readonly string[]): PackedStrings {
    // A line break would split a string in two. The ends are given, not found in the text: a lone empty
    // string would be lost in an empty text.
    if (strings.some((s) => s.includes('\n'))) throw new Error('PackedStrings: a string holds a line break');
    const ends = new Int32Array(strings.length);
    let end = -1;
    strings.forEach((s, i) => (ends[i] = end += s.length + 1));
    return new PackedStrings(strings.join('\n'), ends);
  }

  /** The whole text as a string. */
  get text(): string {
    return typeof this.chars === 'string' ? this.chars : decode(this.chars, 0, this.chars.length);
  }

  get length(): number {
    return this.ends.length;
  }

  #start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1] + 1;
  }

  /** The i-th string's length, without making the string. */
  lengthAt(i: number): number {
    return this.ends[i] - this.#start(i);
  }

  at(i: number): string {
    const chars = this.chars;
    return typeof chars === 'string' ? chars.slice(this.#start(i), this.ends[i]) : decode(chars, this.#start(i), this.ends[i]);
  }

  /** Whether the i-th string is `s`, without making the string. */
  equals(i: number, s: string): boolean {
    const start = this.#start(i);
    if (this.ends[i] - start !== s.length) return false;
    const chars = this.chars;
    if (typeof chars === 'string') return chars.startsWith(s, start);
    for (let j = 0; j < s.length; j++) if (chars[start + j] !== s.charCodeAt(j)) return false;
    return true;
  }

  /** The i-th string's hash (see `hash`), read in place. */
  hashAt(i: number): number {
    const chars = this.chars;
    let h = 0x811c9dc5;
    for (let at = this.#start(i), end = this.ends[i]; at < end; at++) {
      h ^= typeof chars === 'string' ? chars.charCodeAt(at) : chars[at];
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }
}

function endsOf(chars: Chars): Int32Array {
  const code = typeof chars === 'string' ? (i: number) => chars.charCodeAt(i) : (i: number) => chars[i];
  let count = chars.length === 0 ? 0 : 1;
  for (let i = 0; i < chars.length; i++) if (code(i) === lineBreak) count++;
  const ends = new Int32Array(count);
  let n = 0;
  for (let i = 0; i < chars.length; i++) if (code(i) === lineBreak) ends[n++] = i;
  if (count > 0) ends[n] = chars.length;
  return ends;
}

/** Code units to a string, in pieces small enough to pass as arguments. */
function decode(chars: Uint8Array | Uint16Array, start: number, end: number): string {
  let out = '';
  for (let at = start; at < end; at += 8192) out += String.fromCharCode.apply(null, chars.subarray(at, Math.min(end, at + 8192)) as unknown as number[]);
  return out;
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Distinct strings with their positions: `indexOf` is a hash lookup. The table (slots hold position + 1, at
 * most half full) is built on the first lookup from the strings in place, unless it was stored with them.
 */
export class PackedStringSet {
  #slots: Int32Array | undefined;

  constructor(
    readonly strings: PackedStrings,
    slots?: Int32Array,
  ) {
    this.#slots = slots;
  }

  static build(strings: readonly string[]): PackedStringSet {
    return new PackedStringSet(PackedStrings.pack(strings));
  }

  get size(): number {
    return this.strings.length;
  }

  get slots(): Int32Array {
    return (this.#slots ??= this.#table());
  }

  indexOf(key: string): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (entry === 0) return -1;
      if (this.strings.equals(entry - 1, key)) return entry - 1;
    }
  }

  #table(): Int32Array {
    let size = 16;
    while (size < this.strings.length * 2) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.strings.length; i++) {
      let slot = this.strings.hashAt(i) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    return slots;
  }
}
