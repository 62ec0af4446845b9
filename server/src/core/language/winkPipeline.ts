// wink-nlp's part-of-speech path, run from wink's own modules without its document API (issue 11: tagging was
// a quarter of the CPU of a long paragraph of claims). What `nlp.readDoc(text)` with the pipe ['pos'] does, step
// for step (wink-nlp 2.4 `src/wink-nlp.js` readDoc and load): tokenize, map the tokens, run the POS automata
// and their updater, set the tags; then each token's value, tag and lemma through wink's own `its` functions.
// Left out: the document object and its closures, `out()` (what it returns is read directly), the steps the
// pipe does not run, and the non-breaking spaces a document keeps to rebuild its text (nothing here reads text).
//
// Three changes of cost, none of result (lemmas kept by word and part of speech, below, is the third):
// - Raw tokens (the text between spaces) are tokenized once and remembered: "(Fig.", "2;", "0.05)." went
//   through wink's regex cascade every time they appeared. wink's tokenizer consults its lexicon, which grows
//   with every new word, so a remembered token holds the strings that were not in the lexicon when it was
//   tokenized; it is used only while none of them has been added since, when wink would take the same path.
// - The lexicon is bounded: wink adds every new word it sees and never removes one, so a server's memory grew
//   with the vocabulary of all it had read. Past `maxNewWords` the added words are dropped and the lexicon is
//   the model's again, as in a new process.

/* eslint-disable @typescript-eslint/no-require-imports */

/** wink's lexicon cache (wink-nlp `src/cache.js`): only what the pipeline calls. */
interface WinkCache {
  lookup(text: string): number[] | null;
  value(index: number): string;
  /** Whether a word of the model's own lexicon is a base form that can take this part of speech (lemmatization's test). */
  hasSamePOS(text: string, pos: string): boolean;
}

/** wink's document data wrapper (`src/dd-wrapper.js`): what the tokenizers call on it. */
interface DocData {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  isLexeme(text: string): unknown;
}

interface Automaton {
  importJSON(json: unknown): void;
  recognize(tokens: number[], transformer: unknown, rawTokens: number[]): unknown;
}

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
}

/** The core model as wink's (or our quick) reader made it: only the parts read here. */
interface CoreModel {
  features: Record<string, Feature>;
  trex: unknown;
  tcat: { hash: Record<string, number> };
  preserve: unknown;
}

/** The language model package (wink-eng-lite-web-model): its loaders and add-ons. */
export interface WinkModel {
  core(): unknown;
  pos(): { machines: unknown[]; transformers: unknown[]; setter: (rdd: Rdd, tags: number[], tkSize: number, bits4lemma: number) => void; updater: (px: unknown, cache: WinkCache, tags: number[], normals: number[]) => void };
  featureFn: unknown;
  addons: unknown;
}

interface Rdd {
  cache: WinkCache;
  tokens: number[];
  numOfTokens: number;
  nonBreakingSpaces: Record<number, string>;
}

export interface PosTags {
  values: string[];
  tags: string[];
  lemmas: string[];
}

type Lemmatize = (value: string, pos: string, cache: WinkCache) => string;

/** A raw token's tokens (4 numbers each, no preceding spaces) and the strings the lexicon lacked then. */
interface Remembered {
  tokens: number[];
  missing: string[];
}

/** New words the lexicon may hold before it is reset: ~10 MB of heap (winkPipeline.test.ts measures it). */
export const maxNewWords = 50_000;
/** Raw tokens remembered before the memory is cleared. */
const maxRemembered = 50_000;

// wink's own constants (`src/constants.js`): 4 numbers a token; the longest run of spaces it counts.
const tkSize = 4;
const maxPrecedingSpaces = 65535;
const nbspPattern = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;

export class WinkPosPipeline {
  readonly #model: WinkModel;
  readonly #core: CoreModel;
  readonly #pos: ReturnType<WinkModel['pos']>;
  readonly #splitter: RegExp;
  readonly #tokenize: (doc: DocData, text: string) => void;
  readonly #bits4lemma: number;
  readonly #modules = {
    Cache: require('wink-nlp/src/cache.js') as (model: unknown, featureFn: unknown) => WinkCache,
    DocDataWrapper: require('wink-nlp/src/dd-wrapper.js') as (rdd: Rdd) => DocData,
    fsm: require('wink-nlp/src/automaton.js') as (cache: WinkCache, ignore: string) => Automaton,
    mappers: require('wink-nlp/src/tokens-mappers.js') as { mapRawTokens2UIdOfNormal(rdd: Rdd): number[]; mapRawTokens2UIdOfDefaultPOS(rdd: Rdd): number[] },
    its: require('wink-nlp/src/its.js') as { value(i: number, rdd: Rdd): string; pos(i: number, rdd: Rdd): string; lemma(i: number, rdd: Rdd, addons: unknown): string },
  };
  #cache!: WinkCache;
  #automata!: Automaton[];
  #remembered = new Map<string, Remembered>();
  /** The model's add-ons with its lemmatizer's answers kept (see #lemmatizer). */
  readonly #addons: Record<string, unknown>;
  #lemmas = new Map<string, string>();
  /** How many times the lexicon was reset (tests). */
  resets = 0;

  constructor(model: WinkModel) {
    this.#model = model;
    this.#core = model.core() as CoreModel;
    this.#pos = model.pos();
    const trex = (require('wink-nlp/src/compile-trex.js') as (trex: unknown) => { helpers: Record<string, RegExp> })(this.#core.trex);
    this.#splitter = trex.helpers.splitter;
    this.#tokenize = (require('wink-nlp/src/tokenizer.js') as (trex: unknown, categories: unknown, preserve: unknown) => (doc: DocData, text: string) => void)(trex, this.#core.tcat.hash, this.#core.preserve);
    this.#bits4lemma = (require('wink-nlp/src/constants.js') as { bits4lemma: number }).bits4lemma;
    this.#addons = { ...(model.addons as Record<string, unknown>), lemmatize: this.#lemmatizer(model.addons as { lemmatize: Lemmatize }) };
    this.#start();
  }

  /** A lexicon cache over the model and the POS automata that read it (wink's `load`). */
  #start(): void {
    const { Cache, fsm } = this.#modules;
    this.#cache = Cache(this.#core, this.#model.featureFn);
    this.#automata = this.#pos.machines.map((machine) => {
      // "Ignore only OOV literal and not new line character in the case of POS Tagging" (wink).
      const automaton = fsm(this.#cache, this.#cache.value(0));
      automaton.importJSON(machine);
      return automaton;
    });
    this.#remembered = new Map();
    this.#lemmas = new Map();
  }

  /**
   * The model's lemmatizer with its answers kept by part of speech and word. It strips suffixes and asks the
   * cache whether the stem is a base form of that part of speech (cache.js hasSamePOS), which only the model's
   * own words can be, so its answer for a word and a part of speech never changes.
   */
  #lemmatizer(addons: { lemmatize: Lemmatize }): Lemmatize {
    return (value, pos, cache) => {
      const key = `${pos}\u0000${value}`;
      let lemma = this.#lemmas.get(key);
      if (lemma === undefined) {
        if (this.#lemmas.size > maxRemembered) this.#lemmas = new Map();
        lemma = addons.lemmatize(value, pos, cache);
        this.#lemmas.set(key, lemma);
      }
      return lemma;
    };
  }

  /**
   * Whether the word is a verb's plain form or its -s/-es form by the model's lexicon: the lemmatizer's own test,
   * the base form (the word, or its stem without -s, -es, or -ies as -y) one of the model's words that can be a
   * verb ("shapes" -> "shape", "governs" -> "govern"; "analysis", "profile" -> none). The tagger may have read
   * the word as a noun; this asks what the word can be, not what it was read as.
   */
  hasVerbBase(word: string): boolean {
    const cache = this.#cache;
    if (cache.hasSamePOS(word, 'VERB')) return true;
    if (!/s$/.test(word)) return false;
    const stems = [word.slice(0, -1), word.replace(/ies$/, 'y'), word.replace(/es$/, '')];
    return stems.some((stem) => stem !== word && stem.length > 1 && cache.hasSamePOS(stem, 'VERB'));
  }

  /** Words the lexicon holds beyond the model's. */
  newWords(): number {
    const lexeme = this.#core.features.lexeme;
    return lexeme.list.length - (lexeme.intrinsicSize ?? lexeme.list.length);
  }

  /**
   * The model's lexicon again: wink's cache adds each new value to a feature's list and hash (cache.js
   * getFeaturesIndex) after the model's own `intrinsicSize` values, so dropping those restores the model; the
   * cache and the automata that hold it are made afresh.
   */
  reset(): void {
    for (const name of Object.keys(this.#core.features)) {
      const feature = this.#core.features[name];
      if (feature.intrinsicSize === undefined || !feature.hash) continue;
      for (let k = feature.intrinsicSize; k < feature.list.length; k++) delete feature.hash[feature.list[k]];
      feature.list.length = feature.intrinsicSize;
      feature.index = feature.intrinsicSize;
    }
    this.resets++;
    this.#start();
  }

  /** Each token's value, part of speech and lemma, as wink's readDoc(text).tokens().out(its.…) gives them. */
  tag(text: string): PosTags {
    if (this.newWords() > maxNewWords) this.reset();
    if (this.#remembered.size > maxRemembered) this.#remembered = new Map();
    const rdd = Object.create(null) as Rdd;
    rdd.cache = this.#cache;
    rdd.tokens = [];
    rdd.nonBreakingSpaces = Object.create(null) as Record<number, string>;
    const doc = this.#modules.DocDataWrapper(rdd);
    this.#tokenizeText(doc, rdd.tokens, text);
    rdd.numOfTokens = rdd.tokens.length / tkSize;
    const { mappers, its } = this.#modules;
    const normals = mappers.mapRawTokens2UIdOfNormal(rdd);
    const tags = mappers.mapRawTokens2UIdOfDefaultPOS(rdd);
    for (const automaton of this.#automata) {
      const px = automaton.recognize(tags, this.#pos.transformers[0], rdd.tokens);
      this.#pos.updater(px, this.#cache, tags, normals);
    }
    this.#pos.setter(rdd, tags, tkSize, this.#bits4lemma);
    const n = rdd.numOfTokens;
    const out: PosTags = { values: new Array<string>(n), tags: new Array<string>(n), lemmas: new Array<string>(n) };
    for (let k = 0; k < n; k++) {
      out.values[k] = its.value(k, rdd);
      out.tags[k] = its.pos(k, rdd);
      out.lemmas[k] = its.lemma(k, rdd, this.#addons);
    }
    return out;
  }

  /**
   * wink's tokenizer (`src/tokenizer.js` tokenize) one raw token at a time: the text split where wink splits it,
   * spaces counted as it counts them, each raw token handed to wink's own tokenizer alone (it splits it no
   * further) or taken from memory.
   */
  #tokenizeText(doc: DocData, tokens: number[], text: string): void {
    const raw = text.split(this.#splitter);
    let precedingSpaces = 0;
    for (let p = 0; p < raw.length; p++) {
      const t = raw[p];
      if (!t) continue;
      const nbsp = nbspPattern.test(t);
      if (t[0] === ' ' || nbsp) {
        precedingSpaces = nbsp ? maxPrecedingSpaces : Math.min(t.length, maxPrecedingSpaces - 1);
        continue;
      }
      const start = tokens.length;
      const remembered = this.#remembered.get(t);
      if (remembered && this.#stillMissing(remembered.missing)) {
        for (let k = 0; k < remembered.tokens.length; k++) tokens.push(remembered.tokens[k]);
      } else {
        const missing: string[] = [];
        this.#tokenize(recording(doc, missing), t);
        // Remembered only if the path it took still stands: nothing it found missing was added on the way.
        if (this.#stillMissing(missing)) this.#remembered.set(t, { tokens: tokens.slice(start), missing });
      }
      // The first token of a raw token carries its preceding spaces (for a contraction, beside its normal's
      // pointer in the high bits: wink ORs them the same way).
      if (precedingSpaces > 0 && tokens.length > start) tokens[start + 1] |= precedingSpaces;
      precedingSpaces = 0;
    }
  }

  #stillMissing(missing: readonly string[]): boolean {
    for (let k = 0; k < missing.length; k++) if (this.#cache.lookup(missing[k]) !== null) return false;
    return true;
  }
}

/** The document data, noting each string the tokenizer looked up and did not find. */
function recording(doc: DocData, missing: string[]): DocData {
  return {
    _addToken: doc._addToken,
    _addTokenIfInCache: (text, precedingSpaces, nbsp) => {
      const found = doc._addTokenIfInCache(text, precedingSpaces, nbsp);
      if (!found) missing.push(text);
      return found;
    },
    isLexeme: (text) => {
      const found = doc.isLexeme(text);
      if (!found) missing.push(text);
      return found;
    },
  };
}
