// Which of a fixed set of words occur in a text (anywhere, even inside a word): `text.includes(word)` for each
// word, answered by one pass over the text. The construction table's ~100 trigger words were each searched
// for in every sentence, ~100 passes over it (issue 11: a 20 kB one-line sentence, 5% of its check).
// Each position's first three characters are hashed into a table of 65,536 flags; only where a word starts
// with characters of that hash are the words compared there. (Stop 27, tried and left: the flags and buckets read
// into locals before the loop, and the hash inlined, took as long on the bench drafts' 20k sentences, ~1 µs each.)
// verify/scope.ts finds the non-claim patterns' words with it too.

const tableSize = 1 << 16;

function hash3(a: number, b: number, c: number): number {
  return (Math.imul(a, 961) + Math.imul(b, 31) + c) & (tableSize - 1);
}

/**
 * The words of one first-three-character hash: those of up to five characters, compared where the hash is found, and
 * the longer ones by the hash of their next three characters. Words read off rule patterns share long beginnings
 * ("was chosen ", "was treated with ", ...: util/requiredLiterals.ts), and a bucket of hundreds of them compared at
 * every "was" of a draft took longer than the patterns it spared (issue 10).
 */
interface Bucket {
  short: string[];
  long: Map<number, string[]> | undefined;
}

export class WordIndex {
  /** Words of one or two characters: searched for one by one (there are few). */
  readonly #short: string[] = [];
  readonly #flags = new Uint8Array(tableSize);
  readonly #buckets = new Map<number, Bucket>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word.length < 3) {
        this.#short.push(word);
        continue;
      }
      const key = hash3(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2));
      this.#flags[key] = 1;
      let bucket = this.#buckets.get(key);
      if (!bucket) this.#buckets.set(key, (bucket = { short: [], long: undefined }));
      if (word.length < 6) bucket.short.push(word);
      else {
        const next = hash3(word.charCodeAt(3), word.charCodeAt(4), word.charCodeAt(5));
        const list = (bucket.long ??= new Map()).get(next);
        if (list) list.push(word);
        else bucket.long.set(next, [word]);
      }
    }
  }

  /** The words that occur in `text`: exactly those for which `text.includes(word)`. */
  wordsIn(text: string): Set<string> {
    const found = new Set<string>();
    for (const word of this.#short) if (text.includes(word)) found.add(word);
    if (text.length < 3) return found;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const key = hash3(a, b, c);
      if (this.#flags[key] === 1) {
        const bucket = this.#buckets.get(key)!;
        for (const word of bucket.short) if (!found.has(word) && text.startsWith(word, i - 2)) found.add(word);
        if (bucket.long !== undefined && i + 3 < text.length) {
          const list = bucket.long.get(hash3(text.charCodeAt(i + 1), text.charCodeAt(i + 2), text.charCodeAt(i + 3)));
          if (list !== undefined) for (const word of list) if (!found.has(word) && text.startsWith(word, i - 2)) found.add(word);
        }
      }
      a = b;
      b = c;
    }
    return found;
  }
}
