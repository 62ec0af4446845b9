// An index of the library's papers for citation completion at the size of a real bibliography (100k entries):
// keys, author surnames, title words and years, sorted once, so a typed prefix finds its papers by binary
// search, and a misspelt key by a bounded fuzzy pass. Completion then ranks only a bounded candidate set
// by the sentence, instead of scoring and formatting every paper per keystroke.
import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase, PaperRecord } from '../kb/knowledgeBase';

export class CitationIndex {
  readonly papers: readonly PaperRecord[];
  /** The distinct words (keys, surnames, title words, years), sorted. */
  #words: string[] = [];
  /**
   * While the papers are read: each distinct word's number (in order of first sight), and the (paper, word)
   * pairs as numbers. Numbers in typed arrays rather than a list of owners per word and a list of words per
   * paper: a 100k-entry library has 1.2M pairs, and arrays of them were most of the build's time and garbage.
   */
  #wordNumbers = new Map<string, number>();
  #seenWords: string[] = [];
  #pairWords = new GrowingInts();
  /** Where each paper's pairs start in #pairWords (papers are read in order). */
  readonly #pairStarts: Int32Array;
  /** How many (word, paper) pairs the words before each place of #words have: a range's size by subtraction. */
  #ownersBefore = new Int32Array(1);
  /** The papers of every word, word after word in sorted order: a prefix's papers are one contiguous run. */
  #ownerList = new Int32Array(0);
  /** Each paper's words as places in #words (from #pairStarts): the further words of a prefix are checked against these. */
  #paperWords = new Int32Array(0);
  /** Papers by year, newest first, then by key: the candidates when nothing is typed. */
  readonly #byYear: number[] = [];
  /** Each paper's place in #byYear: sorting candidates by it is sorting them by year, then key. */
  readonly rank: Int32Array;
  readonly #keys: string[] = [];
  readonly #indexByKey = new Map<string, number>();
  /** 1 for papers the library holds findings from (only those can rank above 0 for a sentence). */
  readonly hasFindings: Uint8Array;
  /** For `firstVisit`: the visit that last saw each paper (a typed array, not a set per request). */
  readonly #seen: Int32Array;
  #visit = 0;

  /** With `build` false, the caller builds it with `buildSteps` (see citationIndexSteps). */
  constructor(kb: KnowledgeBase, build = true) {
    this.papers = [...kb.papers.values()];
    this.rank = new Int32Array(this.papers.length);
    this.hasFindings = new Uint8Array(this.papers.length);
    this.#seen = new Int32Array(this.papers.length);
    this.#pairStarts = new Int32Array(this.papers.length + 1);
    if (build) for (const steps = buildSteps(this, kb); !steps.next().done; );
  }

  /** Adds papers [from, to) to the words (the bulk of the build, done in steps; see `buildSteps`). */
  addPapers(from: number, to: number): void {
    const pairs = this.#pairWords;
    for (let index = from; index < to; index++) {
      const paper = this.papers[index];
      const first = pairs.length;
      this.#addWord(paper.key.toLowerCase(), first);
      for (const author of paper.authors ?? []) this.#addWord(fold(author.family), first);
      for (const word of paper.title.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 3) this.#addWord(fold(word), first);
      if (paper.year) this.#addWord(String(paper.year), first);
      this.#pairStarts[index + 1] = pairs.length;
    }
  }

  /** A word of the paper whose pairs start at `first`: numbered on first sight, once per paper. */
  #addWord(word: string, first: number): void {
    if (!word) return;
    let number = this.#wordNumbers.get(word);
    if (number === undefined) {
      number = this.#seenWords.length;
      this.#wordNumbers.set(word, number);
      this.#seenWords.push(word);
    }
    const pairs = this.#pairWords;
    for (let k = first; k < pairs.length; k++) if (pairs.at(k) === number) return;
    pairs.push(number);
  }

  /** Sorts the words: a step of its own once every paper's words are in. */
  sortWords(): void {
    // Distinct words only (surnames, years and title words repeat across papers): a native string sort.
    const words = this.#seenWords.slice().sort();
    // Each word's number becomes its place in the sorted words.
    const place = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) place[this.#wordNumbers.get(words[i])!] = i;
    const pairs = this.#pairWords.view();
    const counts = new Int32Array(words.length + 1);
    const paperWords = new Int32Array(pairs.length);
    for (let k = 0; k < pairs.length; k++) {
      paperWords[k] = place[pairs[k]];
      counts[paperWords[k] + 1]++;
    }
    for (let i = 0; i < words.length; i++) counts[i + 1] += counts[i];
    this.#ownersBefore = counts.slice();
    // A counting sort of the pairs by word; papers come in order, so each word's papers stay in library order.
    const ownerList = new Int32Array(pairs.length);
    const next = counts;
    for (let paper = 0; paper < this.papers.length; paper++) {
      for (let k = this.#pairStarts[paper]; k < this.#pairStarts[paper + 1]; k++) ownerList[next[paperWords[k]]++] = paper;
    }
    this.#words = words;
    this.#ownerList = ownerList;
    this.#paperWords = paperWords;
    this.#wordNumbers = new Map();
    this.#seenWords = [];
    this.#pairWords = new GrowingInts();
  }

  /** Orders the papers by year, then key, and notes which have findings: the last step. */
  finish(kb: KnowledgeBase): void {
    // Years bucketed rather than compared: linear, and ties stay in library order.
    const byYear = new Map<number, number[]>();
    this.papers.forEach((paper, index) => {
      const year = paper.year ?? 0;
      const bucket = byYear.get(year);
      if (bucket) bucket.push(index);
      else byYear.set(year, [index]);
    });
    const byKey = (a: number, b: number): number => (this.papers[a].key < this.papers[b].key ? -1 : this.papers[a].key > this.papers[b].key ? 1 : 0);
    for (const year of [...byYear.keys()].sort((a, b) => b - a)) for (const index of byYear.get(year)!.sort(byKey)) this.#byYear.push(index);
    this.#byYear.forEach((paper, place) => (this.rank[paper] = place));
    this.papers.forEach((paper, index) => {
      this.#keys.push(paper.key.toLowerCase());
      this.#indexByKey.set(paper.key, index);
      this.hasFindings[index] = kb.hasFactsFor(paper.key) ? 1 : 0;
    });
  }

  /**
   * Papers a typed prefix can mean: every word of the prefix (split at spaces, so "smith 2020" works) must
   * start a key, surname, title word or year of the paper. At most `limit` indices.
   */
  matchPrefix(prefix: string, limit: number): { indices: number[]; complete: boolean } {
    const parts = prefix.split(/\s+/).map(fold).filter(Boolean);
    if (parts.length === 0) return { indices: this.#byYear.slice(0, limit), complete: this.#byYear.length <= limit };
    // One more than the limit tells whether the list is complete.
    const indices: number[] = [];
    this.#eachMatch(parts, (i) => {
      indices.push(i);
      return indices.length <= limit;
    });
    return { indices: indices.slice(0, limit), complete: indices.length <= limit };
  }

  /**
   * Every paper a non-empty typed prefix can mean (as matchPrefix, without a limit), each once; false when
   * nothing is typed (then every paper matches: walk `byPlace` instead). Completion ranks the whole set.
   */
  eachMatch(prefix: string, visit: (paper: number) => void): boolean {
    const parts = prefix.split(/\s+/).map(fold).filter(Boolean);
    if (parts.length === 0) return false;
    this.#eachMatch(parts, (i) => {
      visit(i);
      return true;
    });
    return true;
  }

  #eachMatch(parts: readonly string[], visit: (paper: number) => boolean): void {
    // The rarest part finds the candidates ("study 12": the papers with a word starting "12", not every
    // "study"); the other parts are checked against each candidate's own words.
    const ranges = parts.map((part) => this.#range(part));
    ranges.sort((a, b) => a.papers - b.papers);
    const [rarest, ...others] = ranges;
    if (others.length === 0) return this.#eachInRange(rarest, visit);
    // (A loop, not `every` with a closure: one closure per candidate was a third of what a request allocated.)
    this.#eachInRange(rarest, (i) => {
      for (let k = 0; k < others.length; k++) if (!this.#hasWordIn(i, others[k])) return true;
      return visit(i);
    });
  }

  /** Whether paper `i` has a word in the range (a word starting with the range's part). */
  #hasWordIn(i: number, range: WordRange): boolean {
    for (let k = this.#pairStarts[i]; k < this.#pairStarts[i + 1]; k++) {
      const word = this.#paperWords[k];
      if (word >= range.low && word < range.high) return true;
    }
    return false;
  }

  /**
   * The words starting with `part` (a range of the sorted words) and an upper bound of their papers: two
   * binary searches and a subtraction, however many words the prefix has ("smi" starts 5,000 keys).
   */
  #range(part: string): WordRange {
    const low = this.#lowerBound(part);
    const high = this.#endOfPrefix(part);
    return { low, high, papers: this.#ownersBefore[high] - this.#ownersBefore[low] };
  }

  #lowerBound(part: string): number {
    let low = 0;
    let high = this.#words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#words[mid] < part) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first place after the words that start with `part` (sorted: those below it, then those starting with it, then the rest). */
  #endOfPrefix(part: string): number {
    let low = 0;
    let high = this.#words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const word = this.#words[mid];
      if (word < part || word.startsWith(part)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The index of the paper with this key. */
  indexOfKey(key: string): number | undefined {
    return this.#indexByKey.get(key);
  }

  /** The paper at this place of the order by year (newest first), then key. */
  byPlace(place: number): number {
    return this.#byYear[place];
  }

  /** Keys within a small edit distance of the prefix (a typo in the key), among keys of similar length. */
  matchFuzzy(prefix: string, limit: number): number[] {
    const typed = prefix.toLowerCase();
    if (typed.length < 3) return [];
    const allowed = typed.length >= 8 ? 2 : 1;
    const out: number[] = [];
    for (let i = 0; i < this.#keys.length && out.length < limit; i++) {
      const key = this.#keys[i];
      if (key.charCodeAt(0) !== typed.charCodeAt(0)) continue;
      const head = key.slice(0, typed.length);
      if (distance(head, typed) <= allowed) out.push(i);
    }
    return out;
  }

  /** Each paper with a word in the range (starting with its part), once, in the order of the words, until `visit` returns false. */
  #eachInRange(range: WordRange, visit: (paper: number) => boolean): void {
    const first = this.firstVisit();
    // The words starting with a part are a range of the sorted words, and their papers one run of #ownerList
    // (no lookup per word: "smi" starts thousands of keys). A surname owns a quarter of a generated library:
    // the visit can stop inside a word's papers.
    const end = this.#ownersBefore[range.high];
    for (let k = this.#ownersBefore[range.low]; k < end; k++) {
      const owner = this.#ownerList[k];
      if (first(owner) && !visit(owner)) return;
    }
  }

  /**
   * A test that is true the first time it is given a paper index and false after: deduplicates the papers of
   * one request without a set. Valid until the next call (one request at a time, as the server runs them).
   */
  firstVisit(): (paper: number) => boolean {
    if (this.#visit === 0x7fffffff) {
      this.#seen.fill(0);
      this.#visit = 0;
    }
    const visit = ++this.#visit;
    const seen = this.#seen;
    return (paper) => {
      if (seen[paper] === visit) return false;
      seen[paper] = visit;
      return true;
    };
  }
}

/** The words starting with a part of a prefix: places [low, high) of the sorted words, and an upper bound of their papers. */
interface WordRange {
  low: number;
  high: number;
  papers: number;
}

/** A list of int32 that grows by doubling: the build's (paper, word) pairs without an array of boxed numbers. */
class GrowingInts {
  #values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.length++] = value;
  }

  at(index: number): number {
    return this.#values[index];
  }

  /** The values pushed (a view, valid until the next push). */
  view(): Int32Array {
    return this.#values.subarray(0, this.length);
  }
}

/** Papers read per step of a build: a few ms each, so a server can build the index between requests. */
const papersPerStep = 2000;

/** The build of `index` as steps: papers a batch at a time, then the sort. */
function* buildSteps(index: CitationIndex, kb: KnowledgeBase): Generator<void, void> {
  for (let from = 0; from < index.papers.length; from += papersPerStep) {
    index.addPapers(from, Math.min(index.papers.length, from + papersPerStep));
    yield;
  }
  index.sortWords();
  yield;
  index.finish(kb);
}

const indices = new WeakMap<KnowledgeBase, CitationIndex>();
/** Builds under way (citationIndexSteps): the index and its remaining steps. */
const building = new WeakMap<KnowledgeBase, { index: CitationIndex; steps: Generator<void, void> }>();

/** The index of a knowledge base, built on first use (or finished, if a build is under way) and kept as long as the knowledge base is. */
export function citationIndexOf(kb: KnowledgeBase): CitationIndex {
  let index = indices.get(kb);
  if (index) return index;
  const started = building.get(kb);
  if (started) {
    for (; !started.steps.next().done; );
    building.delete(kb);
    index = started.index;
  } else {
    index = new CitationIndex(kb);
  }
  indices.set(kb, index);
  return index;
}

/**
 * Starts building the index of `kb` a step at a time, so that a server can build it at load, between other
 * work, instead of on the first completion request (2.8 s with a 100k-entry .bib). Returns the next step:
 * call it until it returns true. A completion request meanwhile finishes the build itself.
 */
export function citationIndexSteps(kb: KnowledgeBase): () => boolean {
  if (!indices.has(kb) && !building.has(kb)) {
    const index = new CitationIndex(kb, false);
    building.set(kb, { index, steps: buildSteps(index, kb) });
  }
  return () => {
    const started = building.get(kb);
    if (!started) return true;
    if (!started.steps.next().done) return false;
    building.delete(kb);
    indices.set(kb, started.index);
    return true;
  };
}

/** Lower case without accents, so "muller" finds Müller. */
function fold(word: string): string {
  // Most words are plain ASCII: lower case is all they need (the full fold is slow over a million words).
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase().trim();
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}
