// An index of the library's papers for citation completion at the size of a real bibliography (100k entries):
// keys, author surnames, title words and years, sorted once, so a typed prefix finds its papers by binary
// search, and a misspelt key by a bounded fuzzy pass. Completion then ranks only a bounded candidate set
// by the sentence, instead of scoring and formatting every paper per keystroke.
import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase, PaperRecord } from '../kb/knowledgeBase';

export class CitationIndex {
  readonly papers: readonly PaperRecord[];
  /** The distinct words (keys, surnames, title words, years), sorted, and the papers each belongs to. */
  readonly #words: string[];
  readonly #owners = new Map<string, number[]>();
  /** Papers by year, newest first: the candidates when nothing is typed. */
  readonly #byYear: number[];
  readonly #keys: string[];

  constructor(kb: KnowledgeBase) {
    this.papers = [...kb.papers.values()];
    const add = (word: string, index: number): void => {
      if (!word) return;
      const owners = this.#owners.get(word);
      if (!owners) this.#owners.set(word, [index]);
      else if (owners[owners.length - 1] !== index) owners.push(index);
    };
    this.papers.forEach((paper, index) => {
      add(paper.key.toLowerCase(), index);
      for (const author of paper.authors ?? []) add(fold(author.family), index);
      for (const word of paper.title.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 3) add(fold(word), index);
      if (paper.year) add(String(paper.year), index);
    });
    // Distinct words only (surnames, years and title words repeat across papers): a native string sort.
    this.#words = [...this.#owners.keys()].sort();
    // Years bucketed rather than compared: linear, and ties stay in library order.
    const byYear = new Map<number, number[]>();
    this.papers.forEach((paper, index) => {
      const year = paper.year ?? 0;
      const bucket = byYear.get(year);
      if (bucket) bucket.push(index);
      else byYear.set(year, [index]);
    });
    this.#byYear = [...byYear.keys()].sort((a, b) => b - a).flatMap((year) => byYear.get(year)!);
    this.#keys = this.papers.map((p) => p.key.toLowerCase());
  }

  /**
   * Papers a typed prefix can mean: every word of the prefix (split at spaces, so "smith 2020" works) must
   * start a key, surname, title word or year of the paper. At most `limit` indices.
   */
  matchPrefix(prefix: string, limit: number): { indices: number[]; complete: boolean } {
    const parts = prefix.split(/\s+/).map(fold).filter(Boolean);
    if (parts.length === 0) return { indices: this.#byYear.slice(0, limit), complete: this.#byYear.length <= limit };
    // The rarest part first would be ideal; the first part bounds the work well enough in practice.
    let result: Set<number> | undefined;
    for (const [n, part] of parts.entries()) {
      const found = this.#startingWith(part, n === 0 && parts.length === 1 ? limit + 1 : Infinity);
      result = result ? new Set([...found].filter((i) => result!.has(i))) : found;
      if (result.size === 0) break;
    }
    const indices = [...(result ?? [])];
    return { indices: indices.slice(0, limit), complete: indices.length <= limit };
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

  /** Papers with a word starting with `part`; stops once `cap` papers are found. */
  #startingWith(part: string, cap: number): Set<number> {
    const found = new Set<number>();
    let low = 0;
    let high = this.#words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#words[mid] < part) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.#words.length && this.#words[i].startsWith(part) && found.size < cap; i++) {
      for (const owner of this.#owners.get(this.#words[i])!) found.add(owner);
    }
    return found;
  }
}

const indices = new WeakMap<KnowledgeBase, CitationIndex>();

/** The index of a knowledge base, built on first use and kept as long as the knowledge base is. */
export function citationIndexOf(kb: KnowledgeBase): CitationIndex {
  let index = indices.get(kb);
  if (!index) {
    index = new CitationIndex(kb);
    indices.set(kb, index);
  }
  return index;
}

/** Lower case without accents, so "muller" finds Müller. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}
