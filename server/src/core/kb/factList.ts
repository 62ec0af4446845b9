// A library's facts as a list whose fact n is made when asked for (issue 10: the first read of a million facts).
// A file the scan read (factScan.ts) holds its facts as columns; the merge, the knowledge base's indices and
// inference work from numbers (mergeColumns.ts, knowledgeBase.ts, inference.ts), so of a million facts only those
// a check, a hover or a derivation reads become objects. A list is a run of (source, number) pairs over sources
// that make each fact once (a file's ScannedFactMaker, or an array of facts already made), so a fact reached
// through two lists, or asked for twice, is one object.
import type { Fact } from './schema';

/** What the knowledge base's indices and inference read of their facts: a length and fact n (an array is one). */
export interface FactList {
  readonly length: number;
  at(n: number): Fact | undefined;
}

/** Where facts come from: fact n and its id by number (the id without making the fact when it can). */
export interface FactSource {
  readonly count: number;
  factAt(n: number): Fact;
  idAt(n: number): string;
}

/** Facts already made, as a source. */
export function arraySource(facts: readonly Fact[]): FactSource {
  return { count: facts.length, factAt: (n) => facts[n], idAt: (n) => facts[n].id };
}

/** A list of facts from sources, each entry a source and a number in it. */
export class LazyFacts implements FactList {
  readonly #sources: FactSource[] = [];
  readonly #sourceNumbers = new Map<FactSource, number>();
  #sourceOf: Int32Array;
  #localOf: Int32Array;
  #length = 0;

  constructor(capacity = 16) {
    this.#sourceOf = new Int32Array(Math.max(16, capacity));
    this.#localOf = new Int32Array(Math.max(16, capacity));
  }

  get length(): number {
    return this.#length;
  }

  /** The source's number in this list (added when new). */
  sourceNumber(source: FactSource): number {
    let number = this.#sourceNumbers.get(source);
    if (number === undefined) {
      number = this.#sources.length;
      this.#sources.push(source);
      this.#sourceNumbers.set(source, number);
    }
    return number;
  }

  /** Adds fact `local` of the source numbered `source` (sourceNumber) as the next entry. */
  push(source: number, local: number): void {
    if (this.#length === this.#sourceOf.length) {
      const sources = new Int32Array(2 * this.#length);
      sources.set(this.#sourceOf);
      this.#sourceOf = sources;
      const locals = new Int32Array(2 * this.#length);
      locals.set(this.#localOf);
      this.#localOf = locals;
    }
    this.#sourceOf[this.#length] = source;
    this.#localOf[this.#length++] = local;
  }

  /** Adds every fact of `source`, in order. */
  pushAll(source: FactSource): void {
    const number = this.sourceNumber(source);
    for (let n = 0; n < source.count; n++) this.push(number, n);
  }

  at(n: number): Fact | undefined {
    if (n < 0 || n >= this.#length) return undefined;
    return this.#sources[this.#sourceOf[n]].factAt(this.#localOf[n]);
  }

  idAt(n: number): string {
    return this.#sources[this.#sourceOf[n]].idAt(this.#localOf[n]);
  }

  /** Entry n's source (as sourceNumber gave it) and its number there. */
  sourceAt(n: number): FactSource {
    return this.#sources[this.#sourceOf[n]];
  }

  localAt(n: number): number {
    return this.#localOf[n];
  }

  /** Every fact made, as an array (what a caller that wants them all pays for at once). */
  toArray(): Fact[] {
    const out = new Array<Fact>(this.#length);
    for (let n = 0; n < this.#length; n++) out[n] = this.#sources[this.#sourceOf[n]].factAt(this.#localOf[n]);
    return out;
  }
}

/** The list's facts, then `more` (facts read from abstracts after a library's stated ones). */
export function joinedFacts(list: FactList, more: readonly Fact[]): FactList {
  if (more.length === 0) return list;
  if (Array.isArray(list)) return [...(list as Fact[]), ...more];
  const lazy = list as LazyFacts;
  const joined = new LazyFacts(lazy.length + more.length);
  for (let n = 0; n < lazy.length; n++) joined.push(joined.sourceNumber(lazy.sourceAt(n)), lazy.localAt(n));
  joined.pushAll(arraySource(more));
  return joined;
}

/** The list as an array: itself when it is one. */
export function factArray(list: FactList): readonly Fact[] {
  return Array.isArray(list) ? (list as readonly Fact[]) : (list as LazyFacts).toArray();
}
