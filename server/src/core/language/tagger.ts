// Parts of speech and lemmas from wink-nlp with its English model (wink-eng-lite-web-model, MIT): a maintained
// tagger instead of hand-written word lists for the open classes. The model is about 3.5 MB of JSON (beside
// the bundle, dist/wink/) and takes a few hundred milliseconds to load, so it is loaded on first use: the
// first sentence with a pair the library links that the frames read nothing checkable in. Start-up does not
// pay for it, but the first check of a real draft usually does (about 14% of the CPU to first diagnostic).
//
// wink's tags are Universal Dependencies POS tags (NOUN, VERB, AUX, ADP, ...). Taggers trained on news read
// relation verbs after gene symbols as plural nouns ("BRAF increases ERK"); the chunker lets the domain's verb
// lexicon override the tag there (chunks.ts).
import { WinkPosPipeline, type WinkModel } from './winkPipeline';

/** A Universal Dependencies part of speech, as wink-nlp names them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ'
  | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedWord {
  /** Offsets in the text given to tagWords. */
  start: number;
  end: number;
  text: string;
  pos: Pos;
  /** The dictionary form, lower case: "increases" -> "increase", "were" -> "be". */
  lemma: string;
}

interface WinkNlp {
  readDoc(text: string): { tokens(): { out(what: unknown): string[] } };
  its: { value: unknown; pos: unknown; lemma: unknown };
}

let pipeline: WinkPosPipeline | undefined;

/**
 * The tagger, loaded once: wink's part-of-speech path without its document API (winkPipeline.ts). `require`
 * (not import) keeps the model out of start-up in the bundle too.
 */
function tagger(): WinkPosPipeline {
  if (!pipeline) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require('wink-eng-lite-web-model') as Record<string, unknown>;
    pipeline = new WinkPosPipeline(withQuickCore(model) as unknown as WinkModel);
  }
  return pipeline;
}

/** The same model as wink's own `read-core-model.js` reads: what wink keeps of the core model's JSON. */
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * The model with its core read the quick way. wink's reader copies the 3 MB JSON it has just parsed
 * (JSON.parse(JSON.stringify(...))) and decodes the packed lexicon with atob and a loop over every byte; on
 * the first check at start-up, in the main thread, that was about a quarter of the tagger's load (issue 10).
 * The JSON module is this process's alone, so it is read in place, and Node decodes base64 natively. What
 * the reader builds is otherwise the same, step for step (`read-core-model.js` and `load-core-model.js` of
 * wink-eng-lite-web-model 1.8); `tagger.test.ts` checks the tags equal those of wink's own reader.
 */
function withQuickCore(model: Record<string, unknown>): Record<string, unknown> {
  const quick = Object.assign(Object.create(null) as Record<string, unknown>, model);
  quick.core = (): CoreModel => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as CoreModel;
    if (core.packing.efList !== undefined) throw new Error('ClaimLens: the part-of-speech model was read twice');
    // (In the bundles the module is read from winkCoreFile.ts's layout, its packed arrays already decoded.)
    const words = (packed: string | Uint32Array) => (typeof packed === 'string' ? new Uint32Array(bytesOf(packed)) : packed);
    core.lexicon = words(core.lexicon);
    core.xpansions = words(core.xpansions);
    const { packing, features, pos } = core;
    const indexed = (f: string) => packing.layout[f][3] === 0;
    for (const f in packing.layout) if (indexed(f)) features[f].hash = hashOf(features[f].list);
    // (In the bundles the lexeme's index comes with the model, read as asked: winkCoreFile.ts `wordIndex`.)
    features.lexeme.hash ??= hashOf(features.lexeme.list);
    const clusters = features.posClusters.list as unknown as Set<number>[];
    for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((features.posClusters.list[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
    packing.efList = [];
    for (const f in packing.layout) {
      if (indexed(f)) {
        features[f].intrinsicSize = features[f].list.length;
        features[f].index = features[f].list.length;
        features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
      }
      if (packing.layout[f][4] === 1) packing.efList.push(f);
    }
    features.lexeme.intrinsicSize = features.lexeme.list.length;
    features.lexeme.index = features.lexeme.list.length;
    return core;
  };
  return quick;
}

/** The bytes of a base64 text: Node's decoder where there is one (the core makes no other use of Node). */
function bytesOf(base64: string): ArrayBuffer {
  const nodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;
  if (nodeBuffer) {
    const bytes = nodeBuffer.from(base64, 'base64');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
  return bytes.buffer;
}

/**
 * Each value's position in its feature's list: wink reads and grows these objects. The lexeme's (87,593 words)
 * is most of the ~160 ms (profiled) the first tagged sentence waits for the model at start-up (issue 10). Tried and left:
 * the object as JSON written at build time (JSON.parse 110-170 ms against 55-75 ms for this loop) and a Map
 * (50-75 ms, no faster, and wink indexes the objects directly). In the bundles the lexeme's comes instead from
 * the model's file as a binary search over the words' order written at build time (winkCoreFile.ts `wordIndex`,
 * stop 47): a 100k-word draft's full check asks it ~3k times, the first screen a few hundred.
 */
function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

/**
 * wink's own reading of the model, for the test that the quick one tags the same (run from sources only).
 * The quick reader has read the model's JSON module in place, so the package's modules are loaded afresh.
 */
export function taggerWithWinksReader(): (text: string) => TaggedWord[] {
  const nlp = winkWithItsOwnReader() as WinkNlp;
  return (text) => tagWith(nlp, text);
}

/** wink itself with the model as its own reader reads it (tests compare the quick paths against it). */
export function winkWithItsOwnReader(): unknown {
  const fresh = ['wink-eng-lite-web-model', 'wink-eng-lite-web-model/dist/load-core-model.js', 'wink-eng-lite-web-model/dist/read-core-model.js', coreModelJson];
  for (const id of fresh) delete require.cache[require.resolve(id)];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => WinkNlp;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return winkNLP(require('wink-eng-lite-web-model'), ['pos']);
}

const coreModelJson = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/**
 * Loads the model now: the analysis worker does so once its library is built, while it waits for the first
 * edit, so that the first re-check after opening a draft does not pay for it.
 */
export function loadTagger(): void {
  tagger();
}

/** Whether the model has been loaded (for the bench and tests that check it stays lazy). */
export function taggerLoaded(): boolean {
  return pipeline !== undefined;
}

/** The loaded tagger's pipeline (tests of its lexicon's bound). */
export function taggerPipeline(): WinkPosPipeline {
  return tagger();
}

/**
 * Whether the model's lexicon knows the word as a verb in its plain or -s form (winkPipeline.ts hasVerbBase): the
 * chunker's evidence that a word the tagger read as a plural noun after a name can be the clause's verb.
 */
export function hasVerbBase(lower: string): boolean {
  return tagger().hasVerbBase(lower);
}

/** The words of `text` with their part of speech and lemma, each with its offsets in `text`. */
export function tagWords(text: string): TaggedWord[] {
  const { values, tags, lemmas } = tagger().tag(text);
  return wordsOf(text, values, tags, lemmas);
}

/** wink's own document API (the tests compare the pipeline with it). */
function tagWith(nlp: WinkNlp, text: string): TaggedWord[] {
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  return wordsOf(text, tokens.out(its.value), tokens.out(its.pos), tokens.out(its.lemma));
}

function wordsOf(text: string, values: readonly string[], tags: readonly string[], lemmas: readonly string[]): TaggedWord[] {
  const words: TaggedWord[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    const at = text.indexOf(value, cursor);
    // wink keeps each token's text verbatim, so it is found in order; a token it rewrote is skipped.
    if (at < 0 || value.length === 0) continue;
    cursor = at + value.length;
    words.push({ start: at, end: cursor, text: value, pos: tags[k] as Pos, lemma: lemmas[k].toLowerCase() });
  }
  return words;
}
