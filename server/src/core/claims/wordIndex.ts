import { foldForLiterals } from '../util/requiredLiterals';
import { alignedBuffer } from '../util/alignedBytes';

// Which of a fixed set of words occur in a text (anywhere, even inside a word): `text.includes(word)` for each
// word, answered by one pass over the text. The construction table's ~100 trigger words were each searched
// for in every sentence, ~100 passes over it (issue 11: a 20 kB one-line sentence, 5% of its check).
// claims/sentenceWords.ts finds every table's words in a sentence (constructions, non-claim patterns, implied
// mentions) with one of these, and verify/scope.ts's own tables answer its tests.
//
// The words are compiled into an automaton (Aho-Corasick, with every transition filled in): one table read per
// character of the text, whatever the number of words, and a word is reported where it ends. Issue 10, stop 35:
// the hashed buckets before it (a table of the first three characters, then the words compared there) cost by the
// words compared at each hit, and one pass for the three tables' ~1,000 words took as long as three passes for
// each table's own; the automaton reads each character once for all of them.

/** A state's transitions: one row of `alphabet` entries per state. Characters no word holds are class 0. */
export class WordIndex {
  readonly #words: string[];
  /** Class of each character code below 128; other characters by `#wideClass`. Class 0: in no word. */
  readonly #asciiClass: Uint8Array = new Uint8Array(128);
  readonly #wideClass = new Map<number, number>();
  readonly #alphabet: number;
  /**
   * next[state * alphabet + class]: the state after reading a character (every transition filled in), times two,
   * plus one when a word ends there or down its failure links (`output` is read only then). Issue 10, stop 43: a
   * sentence's pass runs between the other stages of its analysis, which leave little of the table in the cache
   * (replayed alone the pass took 16-100 ms of a 100k-word check, and sampled ~850 ms inside it), so each character
   * cost a miss in this table and another in `output`; the flag saves the second. In 16 bits while the states
   * number at most 32,768 (in 32 beyond): the shared index's ~23k states and ~56 classes make 1.27M entries, 2.5 MB
   * rather than 5.
   */
  readonly #next: Uint16Array | Int32Array;
  /** The word ending at each state (its index), or -1; and the nearest state down the failure links with a word, or -1. */
  readonly #wordAt: Int32Array;
  readonly #moreAt: Int32Array;
  /** The first state at which some word ends, reached from each state (itself when a word ends there), or -1. */
  readonly #output: Int32Array;
  /** The empty word is in every text. */
  readonly #empty: boolean;
  /** Per word, the number of the pass that last found it: each word is looked up in the answer once a pass. */
  readonly #seen: Int32Array;
  #pass = 0;
  /**
   * A pass's answer as it is found, copied out at its end: a word is found at most once a pass, so the number of
   * words bounds it. (Growing arrays of numbers and `Int32Array.from` them, which reads through the iterator, were
   * ~1% of a 100k-word full check and a fifth of the typed arrays it allocated; issue 10, stop 37.)
   */
  readonly #foundScratch: Int32Array;
  readonly #endsScratch: Int32Array;

  /**
   * `narrowLimit`: the most states the table holds in 16 bits (the tests lower it to try the 32-bit table). Given
   * the tables an index wrote (`toBytes`, read back by `fromBytes`), they are taken as they are.
   */
  constructor(words: Iterable<string> | WordIndexTables, narrowLimit = 0x8000) {
    if (isTables(words)) {
      this.#words = words.words;
      this.#empty = words.empty;
      this.#asciiClass = words.asciiClass;
      for (const [code, c] of words.wideClass) this.#wideClass.set(code, c);
      this.#alphabet = words.alphabet;
      this.#next = words.next;
      this.#wordAt = words.wordAt;
      this.#moreAt = words.moreAt;
      this.#output = words.output;
      this.#seen = new Int32Array(this.#words.length);
      this.#foundScratch = new Int32Array(this.#words.length);
      this.#endsScratch = new Int32Array(this.#words.length);
      return;
    }
    this.#words = [...new Set(words)].filter((w) => w.length > 0);
    this.#empty = [...new Set(words)].some((w) => w.length === 0);
    // The alphabet: the characters the words hold (a few dozen), so a row is short.
    let classes = 1;
    for (const word of this.#words) {
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (code < 128) {
          if (this.#asciiClass[code] === 0) this.#asciiClass[code] = classes++;
        } else if (!this.#wideClass.has(code)) this.#wideClass.set(code, classes++);
      }
    }
    this.#alphabet = classes;
    // The trie: each state's children as a list (first child, next sibling), found by one map of (state, class).
    const childOf = new Map<number, number>();
    const wordAt: number[] = [-1];
    const firstChild: number[] = [-1];
    const sibling: number[] = [-1];
    const classAt: number[] = [0];
    this.#words.forEach((word, w) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const c = this.#classOf(word.charCodeAt(i));
        const key = state * classes + c;
        let child = childOf.get(key);
        if (child === undefined) {
          child = wordAt.length;
          wordAt.push(-1);
          firstChild.push(-1);
          classAt.push(c);
          sibling.push(firstChild[state]);
          firstChild[state] = child;
          childOf.set(key, child);
        }
        state = child;
      }
      wordAt[state] = w;
    });
    const states = wordAt.length;
    const next = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const output = new Int32Array(states).fill(-1);
    // Breadth first: a state's failure link (the longest proper suffix of its path that is a path too) is known
    // before its children's, and its missing transitions are its failure link's.
    const queue = new Int32Array(states);
    let tail = 0;
    for (let child = firstChild[0]; child !== -1; child = sibling[child]) {
      next[classAt[child]] = child;
      queue[tail++] = child;
    }
    for (let q = 0; q < tail; q++) {
      const state = queue[q];
      output[state] = wordAt[state] >= 0 ? state : output[fail[state]];
      const row = state * classes;
      const failRow = fail[state] * classes;
      // The failure link's row, then the state's own children over it (a copy, not a lookup per character).
      next.copyWithin(row, failRow, failRow + classes);
      for (let child = firstChild[state]; child !== -1; child = sibling[child]) {
        next[row + classAt[child]] = child;
        fail[child] = next[failRow + classAt[child]];
        queue[tail++] = child;
      }
    }
    const moreAt = new Int32Array(states).fill(-1);
    for (let s = 1; s < states; s++) if (output[s] === s) moreAt[s] = output[fail[s]];
    // The states renumbered breadth first, so the rows a text keeps coming back to (the root, the words' first
    // letters and pairs) lie together at the table's start. Issue 10, stop 39: numbered as the words were added, the
    // shared index's ~21k states spread them over a 4.6 MB table, and each character's row was another cache miss
    // (~70 ns a character read, 5% of a full check's profile).
    const rank = new Int32Array(states);
    for (let q = 0; q < tail; q++) rank[queue[q]] = q + 1;
    const renumbered = (state: number) => (state < 0 ? state : rank[state]);
    const byRank = states <= narrowLimit ? new Uint16Array(states * classes) : new Int32Array(states * classes);
    const wordByRank = new Int32Array(states).fill(-1);
    const moreByRank = new Int32Array(states).fill(-1);
    const outputByRank = new Int32Array(states).fill(-1);
    for (let s = 0; s < states; s++) {
      const r = rank[s];
      for (let c = 0; c < classes; c++) {
        const to = next[s * classes + c];
        byRank[r * classes + c] = rank[to] * 2 + (output[to] === -1 ? 0 : 1);
      }
      wordByRank[r] = wordAt[s];
      moreByRank[r] = renumbered(moreAt[s]);
      outputByRank[r] = renumbered(output[s]);
    }
    this.#next = byRank;
    this.#wordAt = wordByRank;
    this.#moreAt = moreByRank;
    this.#output = outputByRank;
    this.#seen = new Int32Array(this.#words.length);
    this.#foundScratch = new Int32Array(this.#words.length);
    this.#endsScratch = new Int32Array(this.#words.length);
  }

  /** The words, each at its number (the numbers `scan` answers with); the empty word is not among them. */
  get words(): readonly string[] {
    return this.#words;
  }

  /**
   * firstEnds by number: the numbers of the words that occur in `text`, in the order their first occurrences end,
   * and those ends. No map is made: a reader looks the numbers up in arrays (sentenceWords.ts). The empty word is left out.
   */
  scan(text: string): { found: Int32Array; ends: Int32Array } {
    const found = this.#foundScratch;
    const ends = this.#endsScratch;
    let count = 0;
    const next = this.#next;
    const output = this.#output;
    const alphabet = this.#alphabet;
    const asciiClass = this.#asciiClass;
    const seen = this.#seen;
    // (Wraps after 2^31 passes to a number no word was stamped with since its index was made.)
    const pass = (this.#pass = (this.#pass + 1) | 0) === 0 ? (this.#pass = 1) : this.#pass;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c = code < 128 ? asciiClass[code] : (this.#wideClass.get(code) ?? 0);
      const entry = c === 0 ? 0 : next[state * alphabet + c];
      state = entry >> 1;
      if ((entry & 1) === 0) continue;
      let out = output[state];
      while (out !== -1) {
        const w = this.#wordAt[out];
        if (seen[w] !== pass) {
          seen[w] = pass;
          found[count] = w;
          ends[count++] = i + 1;
        }
        out = this.#moreAt[out];
      }
    }
    return { found: found.slice(0, count), ends: ends.slice(0, count) };
  }

  /**
   * `scan(foldForLiterals(text.slice(from, to)))` read in place, with ends counted from `from`: each character is
   * folded alone (ASCII capitals by their code, others by `foldedCode`), so no lower-case copy of the sentence is
   * made (issue 10, stop 36: the copy and its lower-casing, of a sentence that holds a Greek letter the slow kind,
   * cost more than the pass itself). Undefined where a character's fold is no single code unit read alone (a
   * surrogate, a capital sigma, whose lower case depends on the letter after it, "İ"): the caller folds the text.
   * Its loop is `scan`'s with the fold added, kept apart on purpose (stop 36): one loop with a fold flag for both
   * measured slower on this, the hot path, so a change to one loop is made in the other too.
   */
  scanFolded(text: string, from: number, to: number): { found: Int32Array; ends: Int32Array } | undefined {
    const found = this.#foundScratch;
    const ends = this.#endsScratch;
    let count = 0;
    const next = this.#next;
    const output = this.#output;
    const alphabet = this.#alphabet;
    const asciiClass = this.#asciiClass;
    const seen = this.#seen;
    const pass = (this.#pass = (this.#pass + 1) | 0) === 0 ? (this.#pass = 1) : this.#pass;
    let state = 0;
    for (let i = from; i < to; i++) {
      let code = text.charCodeAt(i);
      if (code < 128) code |= code >= 65 && code <= 90 ? 32 : 0;
      else if ((code = foldedCode(code)) < 0) return undefined;
      const c = code < 128 ? asciiClass[code] : (this.#wideClass.get(code) ?? 0);
      const entry = c === 0 ? 0 : next[state * alphabet + c];
      state = entry >> 1;
      if ((entry & 1) === 0) continue;
      let out = output[state];
      while (out !== -1) {
        const w = this.#wordAt[out];
        if (seen[w] !== pass) {
          seen[w] = pass;
          found[count] = w;
          ends[count++] = i - from + 1;
        }
        out = this.#moreAt[out];
      }
    }
    return { found: found.slice(0, count), ends: ends.slice(0, count) };
  }

  /**
   * The index as bytes, which `fromBytes` reads back as the same index: esbuild.mjs writes the shared index of the
   * sentence words (sentenceWords.ts) so beside the server bundle, and the server reads it rather than build it
   * (issue 10, stop 46: building it was 5-7% of the CPU to the first diagnostic). The same index gives the same bytes
   * (wordIndexPrebuilt.test.ts compares a built file with what the sources make of its words).
   * Layout: the header's length (4 bytes, little-endian) and the header (JSON: words, empty word, wide classes,
   * alphabet, states, width of `next`), padded to 4 bytes; then `wordAt`, `moreAt`, `output` (Int32), `next`
   * (Uint16 or Int32) padded to 4 bytes, and the 128 ASCII classes.
   */
  toBytes(): Uint8Array {
    const header = new TextEncoder().encode(JSON.stringify({
      words: this.#words, empty: this.#empty, wideClass: [...this.#wideClass], alphabet: this.#alphabet,
      states: this.#output.length, wide: this.#next instanceof Int32Array,
    }));
    const start = align4(4 + header.length);
    const nextStart = start + 3 * 4 * this.#output.length;
    const asciiStart = align4(nextStart + this.#next.byteLength);
    const bytes = new Uint8Array(asciiStart + 128);
    new DataView(bytes.buffer).setUint32(0, header.length, true);
    bytes.set(header, 4);
    let at = start;
    for (const array of [this.#wordAt, this.#moreAt, this.#output, this.#next]) {
      bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
      at += array.byteLength;
    }
    bytes.set(this.#asciiClass, asciiStart);
    return bytes;
  }

  /**
   * The index `toBytes` wrote, if it is one of exactly `words` (as the constructor keeps them: once each, in
   * order, the empty word apart), else undefined: the caller builds the index then, so a word added to a table
   * since the bytes were written can cost time but never change an answer. (Typed arrays are read in the
   * platform's byte order, as `toBytes` wrote them: the file is made on the machine that runs it, by esbuild.mjs.)
   * The index reads its tables from the bytes themselves when they are aligned (alignedBuffer): they are not to
   * change afterwards.
   */
  static fromBytes(bytes: Uint8Array, words: Iterable<string>): WordIndex | undefined {
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as {
      words: string[]; empty: boolean; wideClass: [number, number][]; alphabet: number; states: number; wide: boolean;
    };
    const wanted = [...new Set(words)];
    const own = wanted.filter((w) => w.length > 0);
    if (own.length !== header.words.length || own.some((w, k) => w !== header.words[k]) || header.empty !== own.length < wanted.length) return undefined;
    // Read in place where the bytes are aligned for the typed arrays, else from a copy (alignedBuffer).
    const { buffer, offset } = alignedBuffer(bytes);
    const start = offset + align4(4 + headerLength);
    const states = header.states;
    const int32 = (k: number) => new Int32Array(buffer, start + k * 4 * states, states);
    const nextStart = start + 3 * 4 * states;
    const entries = states * header.alphabet;
    const next = header.wide ? new Int32Array(buffer, nextStart, entries) : new Uint16Array(buffer, nextStart, entries);
    const asciiStart = align4(nextStart + next.byteLength);
    return new WordIndex({
      words: header.words, empty: header.empty, asciiClass: new Uint8Array(buffer, asciiStart, 128), wideClass: header.wideClass,
      alphabet: header.alphabet, next, wordAt: int32(0), moreAt: int32(1), output: int32(2),
    });
  }

  /** The automaton's size, for the test that keeps it small: states, table entries and the table's bytes. */
  get size(): { states: number; entries: number; bytes: number } {
    return { states: this.#output.length, entries: this.#next.length, bytes: this.#next.byteLength };
  }

  #classOf(code: number): number {
    return code < 128 ? this.#asciiClass[code] : (this.#wideClass.get(code) ?? 0);
  }

  /** The words that occur in `text`: exactly those for which `text.includes(word)`. */
  wordsIn(text: string): Set<string> {
    return new Set(this.firstEnds(text).keys());
  }

  /**
   * The words that occur in `text`, each with where its first occurrence ends: a word occurs in `text.slice(0, n)`
   * exactly when it is here with an end of at most n (the automaton reports each occurrence where it ends, in order).
   */
  firstEnds(text: string): Map<string, number> {
    // The same pass as `scan` (one loop to keep fast), named by the words rather than their numbers.
    const found = new Map<string, number>();
    if (this.#empty) found.set('', 0);
    const { found: numbers, ends } = this.scan(text);
    for (let k = 0; k < numbers.length; k++) found.set(this.#words[numbers[k]], ends[k]);
    return found;
  }
}

/** An index's tables as `toBytes` writes them (the constructor takes them as they are). */
interface WordIndexTables {
  words: string[];
  empty: boolean;
  asciiClass: Uint8Array;
  wideClass: readonly [number, number][];
  alphabet: number;
  next: Uint16Array | Int32Array;
  wordAt: Int32Array;
  moreAt: Int32Array;
  output: Int32Array;
}

function isTables(words: Iterable<string> | WordIndexTables): words is WordIndexTables {
  return (words as Partial<WordIndexTables>).next !== undefined && !(Symbol.iterator in words);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Non-ASCII codes' folds (a text has few distinct ones), -1 for one that has no fold of its own. */
const foldedCodes = new Map<number, number>();

/**
 * The code unit `foldForLiterals` makes of a non-ASCII code unit standing alone, or -1 when that is not what it
 * makes of it inside a text: a surrogate (a pair lower-cases as a pair), a capital sigma (final or not by the
 * letter after it), or a character whose lower case is longer than one unit ("İ").
 */
function foldedCode(code: number): number {
  let folded = foldedCodes.get(code);
  if (folded === undefined) {
    const fold = code >= 0xd800 && code <= 0xdfff || code === 0x3a3 ? '' : foldForLiterals(String.fromCharCode(code));
    folded = fold.length === 1 ? fold.charCodeAt(0) : -1;
    if (foldedCodes.size < 4096) foldedCodes.set(code, folded);
  }
  return folded;
}
