// A small seeded random number generator (mulberry32) for the bench's generated workloads: the same seed
// gives the same library on every machine, so runs compare.
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }

  /** An index in [0, n) skewed to small values (a few entities are written about far more than the rest). */
  skewed(n: number, power = 3): number {
    return Math.floor(n * this.next() ** power);
  }
}
