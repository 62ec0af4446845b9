// A mention's noun phrase: the entity's words are often only part of the phrase the sentence builds on them,
// "tumour cells", "HCC tissues", "OSCC cell lines", "IL-11-treated MDA-MB-231 cells", "the IL-6/STAT3 axis".
// The recognizer's mention covers the entity; this module gives the phrase around it, its premodifiers and its
// head noun, as the chunker (language/chunks.ts) reads them from the tagger's parts of speech, so a reader that
// steps over "the subject" or measures the words between a mention and a verb steps over the whole phrase
// instead of a list of nouns it expects after a name.
//
// The sentence is tagged and chunked once, on first asking, and kept with its tokens: anchored reading chunks
// the same sentence with the same words, so it reads them from here too, and nothing tags a sentence twice.
// Readers ask only once their own cheap conditions hold (tagging costs ~0.1 ms a sentence), so a sentence no
// reader asks about is never tagged.
import { stageCost, stageEnd, stageStart } from '../util/stageCosts';
import { chunk, type Chunk, type ChunkWord } from '../language/chunks';
import { hasVerbBase, tagWords, type Pos } from '../language/tagger';
import { isCueVerb, measureNouns, ownSignalling, toVerbs } from './cues';
import { sourceOfTokens, type Token } from './tokens';
import { knockoutMark, lossGroupWords, lossOfFunctionAfter, lossOfFunctionQualifiers, opensVerbPhrase, verbTrigger } from './vocabulary';

/** The chunker's view of the domain: relation verbs are verbs, measure and loss nouns after a name are nouns. */
export const chunkOptions = {
  isVerb: (w: string) => verbTrigger(w) !== undefined || isCueVerb(w),
  // "HIF-1α silencing enhanced X": a loss-of-function noun after a name is a noun, as "STAT3 levels" is.
  isNounAfterName: (w: string) => measureNouns.has(w) || lossOfFunctionAfter.has(w),
  // "the IL-11 neutralizing antibody": a qualifier of a loss of function before its noun.
  modifiesNounAfterName: (w: string, next: string) => lossOfFunctionQualifiers.has(w) && lossOfFunctionAfter.has(next),
  takesTo: (lemma: string) => toVerbs.has(lemma),
  opensVerbPhrase,
  // "STAT3 shapes the response": a verb outside the relation lexicon after its subject (chunks.ts verbByItsForm).
  hasVerbBase,
};

/** A sentence's tokens as chunker words (one per token), its chunks, and for each token the chunk it lies in. */
export interface SentenceChunks {
  words: readonly ChunkWord[];
  chunks: readonly Chunk[];
  chunkOf: readonly number[];
}

/** A noun phrase over token indices: [from, to), and its head noun (the last noun, "cells" of "tumour cells"). */
export interface NounPhrase {
  from: number;
  to: number;
  head: number;
}

/** How many sentences were tagged and chunked here (anchored reading's among them), for measuring what tagging costs. */
export const phraseChunking = { sentences: 0 };

const chunked = new WeakMap<readonly Token[], SentenceChunks>();
/** Tagging and chunking in the bench's cost table (util/stageCosts.ts), inside whichever stage first asks for a sentence's phrases. */
const chunkingCost = stageCost('stage', 'tagging and chunking (nounPhrases.ts, within other stages)');
let lastTokens: readonly Token[] | undefined;
let lastChunks: SentenceChunks | undefined;

/** The chunks of the sentence `tokens` were made from (`text` [start, end)), made once per token array. */
export function sentenceChunks(text: string, start: number, end: number, tokens: readonly Token[]): SentenceChunks {
  if (tokens === lastTokens) return lastChunks!;
  let found = chunked.get(tokens);
  if (!found) {
    phraseChunking.sentences++;
    const since = stageStart();
    const words = chunkWords(text, start, end, tokens);
    const chunks = chunk(words, chunkOptions);
    const chunkOf: number[] = new Array(tokens.length);
    for (let k = 0; k < chunks.length; k++) for (let i = chunks[k].from; i < chunks[k].to; i++) chunkOf[i] = k;
    found = { words, chunks, chunkOf };
    chunked.set(tokens, found);
    stageEnd(chunkingCost, since);
  }
  lastTokens = tokens;
  lastChunks = found;
  return found;
}

/**
 * The noun phrase the token at `i` stands in: the chunker's noun phrase, or the noun phrase of its prepositional
 * phrase ("in [HCC tissues]"). A token outside any noun phrase, or of tokens whose sentence is unknown (a copy
 * made after tokenizing), is a phrase of its own.
 */
export function nounPhraseAt(tokens: readonly Token[], i: number): NounPhrase {
  const alone = { from: i, to: i + 1, head: i };
  const source = sourceOfTokens(tokens);
  if (!source || i < 0 || i >= tokens.length) return alone;
  const { chunks, chunkOf } = sentenceChunks(source.text, source.start, source.end, tokens);
  const c = chunks[chunkOf[i]];
  if (!c) return alone;
  if (c.kind === 'NP') return { from: c.from, to: c.to, head: c.head };
  if (c.kind === 'PP' && c.to > c.from + 1 && i > c.from) return { from: c.from + 1, to: c.to, head: c.head };
  return alone;
}

/**
 * Whether the tagger reads the token at `i` as a verb or an auxiliary ("and [accumulates] in the stroma", "and [is]
 * retained"): for a reader asking whether "and" opens a predicate the relation verbs do not name. False for a
 * token of tokens whose sentence is unknown.
 */
export function taggedAsVerb(tokens: readonly Token[], i: number): boolean {
  const source = sourceOfTokens(tokens);
  if (!source || i < 0 || i >= tokens.length || tokens[i].kind !== 'word') return false;
  const pos = sentenceChunks(source.text, source.start, source.end, tokens).words[i]?.pos;
  return pos === 'VERB' || pos === 'AUX';
}

/**
 * The sentence's tokens as chunker words: entities as proper nouns, punctuation as itself, other words with the
 * tagger's tag and lemma (a word the tagger split, "IL-6-treated", takes the tag of its last part).
 */
/** A slash between two hyphens right after a letter or digit: the "-/-" of a knockout genotype. */
const knockoutMarkAfterName = new RegExp(String.raw`^[\p{L}\d]${knockoutMark}$`, 'u');

function chunkWords(text: string, start: number, end: number, tokens: readonly Token[]): ChunkWord[] {
  return withPluralSubjectVerb(taggedWords(text, start, end, tokens));
}

/**
 * Whether the tagger reads the token at `i` as a finite verb or an auxiliary (`finiteVerbAt`): "Tumours whose growth is
 * linked to IL-6 [show] high STAT3". False for a token of tokens whose sentence is unknown.
 */
export function taggedAsFiniteVerb(tokens: readonly Token[], i: number): boolean {
  const source = sourceOfTokens(tokens);
  if (!source || i < 0 || i >= tokens.length || tokens[i].kind !== 'word') return false;
  const words = sentenceChunks(source.text, source.start, source.end, tokens).words;
  return words[i] !== undefined && finiteVerbAt(words, i);
}

/** A finite verb tagged as such, or an auxiliary; a participle after an article, a preposition or a modifier ("in treated cells") is none. */
function finiteVerbAt(words: readonly ChunkWord[], i: number): boolean {
  const w = words[i];
  if (w.pos === 'AUX') return true;
  if (w.pos !== 'VERB' || w.hyphenBefore) return false;
  const before = words[i - 1]?.pos;
  return !(/(?:ed|ing|en)$/.test(w.lower) && (before === undefined || ['DET', 'ADP', 'ADJ', 'ADV', 'CCONJ', 'PUNCT'].includes(before)));
}

/**
 * "High IL-6 levels drive the invasion of tumour cells", "STAT3 pathways control X": the tagger reads a relation verb
 * in its plural form after a plural noun as one more noun of the subject ("levels drive" as "levels control group"
 * is), so the clause has no verb and the subject's phrase ends in a word that says nothing of its entity. Such a word
 * is the verb when the sentence has no other finite verb and an object follows it.
 */
function withPluralSubjectVerb(words: ChunkWord[]): ChunkWord[] {
  // "IL-6-mediated signalling promotes X": a gerund of signalling after a hyphen-tied participle is its noun (cues.ts ownSignalling).
  for (let i = 2; i < words.length; i++) {
    if (words[i].pos === 'VERB' && ownSignalling.nouns.has(words[i].lower) && words[i - 1].hyphenBefore && ownSignalling.participles.has(words[i - 1].lower) && words[i - 2].entity) words[i] = { ...words[i], pos: 'NOUN', lemma: words[i].lower };
  }
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    const before = words[i - 1];
    const after = words[i + 1];
    if (w.pos !== 'NOUN' || w.entity || w.hyphenBefore || after.hyphenBefore || /(?:s|ed|ing)$/.test(w.lower) || verbTrigger(w.lower) === undefined) continue;
    // The subject's head is a plural noun (or a name ending in one, "the IL-6 family members").
    if (!['NOUN', 'PROPN'].includes(before.pos) || !/[^su]s$/.test(before.lower) || before.lower.endsWith('ss')) continue;
    if (!(after.entity || ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(after.pos))) continue;
    if (words.some((x, k) => k !== i && finiteVerbAt(words, k))) continue;
    words[i] = { ...w, pos: 'VERB', lemma: w.lower };
    break;
  }
  return words;
}

function taggedWords(text: string, start: number, end: number, tokens: readonly Token[]): ChunkWord[] {
  const tagged = tagWords(text.slice(start, end));
  let cursor = 0;
  return tokens.map((token) => {
    if (token.kind === 'entity') return { text: token.text, lower: token.lower, pos: 'PROPN' as Pos, lemma: token.lower, entity: true, hyphenBefore: token.hyphenBefore };
    // "Mdr2-/- mice": the slash of a knockout mark is tied to the name before it, so the phrase goes on to its noun
    // (as a slash it split "X-deficient Mdr2-/- mice" in two, and the mice lost their gene).
    if (token.kind === 'punct' && token.text === '/' && knockoutMarkAfterName.test(text.slice(Math.max(0, token.start - 2), token.end + 1))) return { text: '-/-', lower: '-/-', pos: 'PUNCT' as Pos, lemma: '-/-', hyphenBefore: true };
    if (token.kind === 'punct') return { text: token.text, lower: token.lower, pos: 'PUNCT' as Pos, lemma: token.lower, hyphenBefore: false };
    while (cursor < tagged.length && tagged[cursor].end + start <= token.start) cursor++;
    // The tagged words over the token but punctuation: the last one's tag, its lemma when it is the only one.
    // (Counted, not collected: an array for every word of every sentence read was garbage at once, issue 11.)
    let overlapping = 0;
    let last: (typeof tagged)[number] | undefined;
    for (let k = cursor; k < tagged.length && tagged[k].start + start < token.end; k++) {
      if (tagged[k].pos === 'PUNCT') continue;
      overlapping++;
      last = tagged[k];
    }
    return {
      text: token.text,
      lower: token.lower,
      pos: last?.pos ?? 'X',
      lemma: overlapping === 1 ? last!.lemma : token.lower,
      hyphenBefore: token.hyphenBefore,
    };
  });
}

/**
 * Participles tied by a hyphen to a name that say what was done to the cells the phrase names: a treatment
 * ("IL-11-treated", "TGF-β-stimulated") or a loss ("IL-6-deficient", "STAT3-silenced"). Not "resistant": the
 * drug of "sorafenib-resistant HCC cells" did not make the change the sentence reports.
 */
const doneToCells = new Set([
  'treated', 'stimulated', 'exposed', 'challenged', 'conditioned', 'primed', 'pretreated', 'pre-treated', 'infected', 'transfected',
  'transduced', 'overexpressing',
  // A loss: the words of vocabulary.ts lossWording that name a group by it ("IL-6-deficient", "STAT3-silenced").
  ...lossGroupWords,
]);

/**
 * "IL-11-treated MDA-MB-231 cells showed more migration", "IL-6-deficient HCC cells showed less STAT3 activity": a
 * place (`isPlace`: a disease, cell line or cell type) named before the head noun of its phrase says which cells;
 * a name earlier in the same phrase, tied by a hyphen to what was done to them, is what changed them, and so the
 * phrase's participant. Returns that name's token index, or undefined when the token at `i` is no such place.
 */
export function treatedPlaceAgent(tokens: readonly Token[], i: number, isPlace: (id: string) => boolean): number | undefined {
  const place = tokens[i];
  if (place?.kind !== 'entity' || !place.mention || !isPlace(place.mention.entityId)) return undefined;
  // Without tagging: the name and its participle within the four tokens before the place, no punctuation between.
  let agent: number | undefined;
  for (let k = i - 1; k >= Math.max(0, i - 4) && agent === undefined; k--) {
    const token = tokens[k];
    if (token.kind === 'punct') return undefined;
    const participle = tokens[k + 1];
    if (token.kind === 'entity' && token.mention && participle.kind === 'word' && participle.hyphenBefore && doneToCells.has(participle.lower) && !isPlace(token.mention.entityId)) agent = k;
  }
  if (agent === undefined) return undefined;
  const phrase = nounPhraseAt(tokens, i);
  // The place qualifies the phrase's head noun ("cells", "lines", "xenografts"), a word after it, in the agent's phrase.
  return phrase.head > i && tokens[phrase.head].kind === 'word' && phrase.from <= agent ? agent : undefined;
}

/**
 * The head nouns of cells named by the drug they resist with no place between, "sorafenib-resistant cells",
 * "cisplatin-resistant clones": the drug is the cells' condition (roles.ts resistantCellsDrug, construction.ts
 * contextMentions).
 */
export const resistantCellHeads: ReadonlySet<string> = new Set(['cells', 'cell', 'lines', 'line', 'clones', 'sublines', 'subpopulations', 'subpopulation', 'variants']);

/**
 * "in sorafenib-resistant HCC cells", "the invasion of STAT3-deficient OSCC cells", "in STAT3-positive MCF-7 cells": a
 * name before a place (`isPlace`) whose phrase's head noun follows the place describes the cells (their resistance,
 * what they lack, what they carry); it is no participant of a verb whose object or setting the cells are. The name is
 * the place's neighbour, or a hyphen-tied word stands between ("STAT3-deficient").
 */
export function describesPlaceCells(tokens: readonly Token[], i: number, isPlace: (id: string) => boolean): boolean {
  const name = tokens[i];
  if (name?.kind !== 'entity' || !name.mention || isPlace(name.mention.entityId)) return false;
  const between = tokens[i + 1];
  const j = between?.kind === 'word' && between.hyphenBefore ? i + 2 : i + 1;
  const place = tokens[j];
  const after = tokens[j + 1];
  // Without tagging: the place right there, and a plain word after it (the head noun, "cells", "cell lines").
  if (place?.kind !== 'entity' || !place.mention || !isPlace(place.mention.entityId) || after?.kind !== 'word' || after.hyphenBefore) return false;
  const phrase = nounPhraseAt(tokens, j);
  return phrase.from <= i && phrase.head > j && tokens[phrase.head].kind === 'word';
}
