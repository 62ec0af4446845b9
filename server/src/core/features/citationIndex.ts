// An index of the library's papers for citation completion at the size of a real bibliography (100k entries):
// keys, author surnames, title words and years, sorted once, so a typed prefix finds its papers by binary
// search, and a misspelt key by a bounded fuzzy pass. Completion then ranks only a bounded candidate set
// by the sentence, instead of scoring and formatting every paper per keystroke.
import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase, PaperRecord } from '../kb/knowledgeBase';

export class CitationIndex {
  readonly papers: readonly PaperRecord[];
  /** The distinct words (keys, surnames, title words, years), sorted, and the papers each belongs to. */
  #words: string[] = [];
  readonly #owners = new Map<string, number[]>();
  /** How many (word, paper) pairs the words before each place of #words have: a range's size by subtraction. */
  #ownersBefore = new Int32Array(1);
  /** The papers of every word, word after word in sorted order: a prefix's papers are one contiguous run. */
  #ownerList = new Int32Array(0);
  /** Papers by year, newest first, then by key: the candidates when nothing is typed. */
  readonly #byYear: number[] = [];
  /** Each paper's place in #byYear: sorting candidates by it is sorting them by year, then key. */
  readonly rank: Int32Array;
  readonly #keys: string[] = [];
  readonly #indexByKey = new Map<string, number>();
  /** 1 for papers the library holds findings from (only those can rank above 0 for a sentence). */
  readonly hasFindings: Uint8Array;
  /** Each paper's words (folded), to check the further words of a prefix against a few candidates. */
  readonly #paperWords: string[][] = [];
  /** For `firstVisit`: the visit that last saw each paper (a typed array, not a set per request). */
  readonly #seen: Int32Array;
  #visit = 0;

  /** With `build` false, the caller builds it with `buildSteps` (see citationIndexSteps). */
  constructor(kb: KnowledgeBase, build = true) {
    this.papers = [...kb.papers.values()];
    this.rank = new Int32Array(this.papers.length);
    this.hasFindings = new Uint8Array(this.papers.length);
    this.#seen = new Int32Array(this.papers.length);
    if (build) for (const steps = buildSteps(this, kb); !steps.next().done; );
  }

  /** Adds papers [from, to) to the words (the bulk of the build, done in steps; see `buildSteps`). */
  addPapers(from: number, to: number): void {
    for (let index = from; index < to; index++) {
      const paper = this.papers[index];
      const words = [paper.key.toLowerCase()];
      for (const author of paper.authors ?? []) words.push(fold(author.family));
      for (const word of paper.title.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 3) words.push(fold(word));
      if (paper.year) words.push(String(paper.year));
      for (const word of words) {
        if (!word) continue;
        const owners = this.#owners.get(word);
        if (!owners) this.#owners.set(word, [index]);
        else if (owners[owners.length - 1] !== index) owners.push(index);
      }
      this.#paperWords.push(words);
    }
  }

  /** Sorts the words: a step of its own once every paper's words are in. */
  sortWords(): void {
    // Distinct words only (surnames, years and title words repeat across papers): a native string sort.
    // (Assigned, not pushed as arguments: a 100k-entry library has more words than a call takes arguments.)
    this.#words = [...this.#owners.keys()].sort();
    this.#ownersBefore = new Int32Array(this.#words.length + 1);
    for (let i = 0; i < this.#words.length; i++) this.#ownersBefore[i + 1] = this.#ownersBefore[i] + this.#owners.get(this.#words[i])!.length;
    this.#ownerList = new Int32Array(this.#ownersBefore[this.#words.length]);
    for (let i = 0; i < this.#words.length; i++) this.#ownerList.set(this.#owners.get(this.#words[i])!, this.#ownersBefore[i]);
    // The lists are in #ownerList now.
    this.#owners.clear();
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
    const ranges = parts.map((part) => ({ part, ...this.#range(part) }));
    ranges.sort((a, b) => a.papers - b.papers);
    const [rarest, ...others] = ranges;
    this.#eachStartingWith(rarest.part, (i) => !others.every(({ part }) => this.#paperWords[i].some((word) => word.startsWith(part))) || visit(i));
  }

  /**
   * The words starting with `part` (a range of the sorted words) and an upper bound of their papers: two
   * binary searches and a subtraction, however many words the prefix has ("smi" starts 5,000 keys).
   */
  #range(part: string): { low: number; papers: number } {
    const low = this.#lowerBound(part);
    const high = this.#endOfPrefix(part);
    return { low, papers: this.#ownersBefore[high] - this.#ownersBefore[low] };
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

  /** Each paper with a word starting with `part`, once, in the order of the words, until `visit` returns false. */
  #eachStartingWith(part: string, visit: (paper: number) => boolean): void {
    const first = this.firstVisit();
    // The words starting with `part` are a range of the sorted words, and their papers one run of #ownerList
    // (no lookup per word: "smi" starts thousands of keys). A surname owns a quarter of a generated library:
    // the visit can stop inside a word's papers.
    const end = this.#ownersBefore[this.#endOfPrefix(part)];
    for (let k = this.#ownersBefore[this.#lowerBound(part)]; k < end; k++) {
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
