// Compact stores for the lexicon's ~120k terms: strings in one string, a line each, and an open-addressing
// hash over them. Loading them is one long string and a few typed arrays instead of ~120k Map entries and
// ~300k small objects (which took most of the lexicon's start-up time and memory), and the text is what
// esbuild.mjs writes into the bundle (see compactLexicon in biomedical.ts).

/** Strings a line each in one text (none may hold a line break): `at(i)` is the i-th. */
export class PackedStrings {
  /** Where each string ends in `text` (its line break, or the text's end). */
  readonly ends: Int32Array;

  constructor(readonly text: string) {
    let count = text.length === 0 ? 0 : 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    this.ends = new Int32Array(count);
    let n = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.ends[n++] = at;
    if (count > 0) this.ends[n] = text.length;
  }

  static pack(strings: readonly string[]): PackedStrings {
    // An empty first string would be lost with an empty text; a line break would split a string in two.
    if (strings.some((s) => s.includes('\n')) || (strings.length === 1 && strings[0] === '')) throw new Error('PackedStrings: a string holds a line break or is a lone empty string');
    return new PackedStrings(strings.join('\n'));
  }

  get length(): number {
    return this.ends.length;
  }

  #start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1] + 1;
  }

  at(i: number): string {
    return this.text.slice(this.#start(i), this.ends[i]);
  }

  /** Whether the i-th string is `s`, without making the string. */
  equals(i: number, s: string): boolean {
    const start = this.#start(i);
    return this.ends[i] - start === s.length && this.text.startsWith(s, start);
  }

  /** The i-th string's hash (see `hash`), read in place. */
  hashAt(i: number): number {
    let h = 0x811c9dc5;
    for (let at = this.#start(i), end = this.ends[i]; at < end; at++) {
      h ^= this.text.charCodeAt(at);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }
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
 * most half full) is built on the first lookup, from the strings in place: a few ms for the lexicon's keys.
 */
export class PackedStringSet {
  #slots: Int32Array | undefined;

  constructor(readonly strings: PackedStrings) {}

  static build(strings: readonly string[]): PackedStringSet {
    return new PackedStringSet(PackedStrings.pack(strings));
  }

  get size(): number {
    return this.strings.length;
  }

  indexOf(key: string): number {
    const slots = (this.#slots ??= this.#table());
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
