// A small chunker: noun phrases, verb groups (with voice and negation), prepositional phrases and predicative
// adjectives, from parts of speech. It is the shallow parse that biomedical relation extractors read relation
// cues over (a verb group between two noun phrases, "a role in", "associated with"); it builds no tree.
//
// The words come with a tag (tagger.ts, or PROPN for an entity the recognizer found). A relation verb the
// tagger read as a noun ("BRAF increases ERK phosphorylation") is a verb when the caller's lexicon says the
// word can be one and it stands between a noun phrase and the start of another.
import type { Pos } from './tagger';

export interface ChunkWord {
  text: string;
  /** Lower case. */
  lower: string;
  pos: Pos;
  lemma: string;
  /** An entity mention: always a noun phrase head. */
  entity?: boolean;
  /** An entity that names the experimental setting ("in vivo", "xenografts"): context, never a participant. */
  setting?: boolean;
  /** Tied to the previous word by a hyphen ("IL-6-induced"): part of its phrase. */
  hyphenBefore?: boolean;
}

export type ChunkKind = 'NP' | 'VG' | 'PP' | 'ADJP' | 'ADVP' | 'O';

export interface Chunk {
  kind: ChunkKind;
  /** Word indices, `to` exclusive. A PP covers its preposition and its noun phrase. */
  from: number;
  to: number;
  /** The head word: the noun of an NP or PP, the main verb of a VG, the adjective of an ADJP. */
  head: number;
  /** The head's lemma; for a PP, the preposition (lower case). */
  lemma: string;
  /** VG: a form of "be" or "get" before a participle ("was induced"). */
  passive?: boolean;
  /** VG: "not", "n't", "never", "failed (to)" inside it. */
  negated?: boolean;
}

export interface ChunkOptions {
  /** Whether a word can be a relation verb whatever the tagger said ("increases", "drives"). */
  isVerb?: (lower: string) => boolean;
  /** Whether a word after a name is a noun of it ("STAT3 signalling", "IL-6 levels") whatever the tagger said. */
  isNounAfterName?: (lower: string) => boolean;
}

const nounLike = new Set<Pos>(['NOUN', 'PROPN', 'NUM']);
const npStart = new Set<Pos>(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const verbGroupWords = new Set<Pos>(['AUX', 'VERB', 'PART']);
/** Words that deny the verb of their group: "did not induce", "failed to induce". */
const negationWords = new Set(['not', "n't", 'never', 'fail', 'fails', 'failed']);
/** Participles English forms without -ed/-en. */
const irregularParticiples = new Set(['bound', 'driven', 'led', 'shown', 'known', 'found', 'made', 'taken', 'held', 'kept', 'seen', 'given', 'brought', 'thought', 'caught', 'built', 'left', 'lost', 'met', 'put', 'set', 'cut', 'hit', 'shut', 'spread']);

/** An -ed/-en participle: the verb of a passive. */
export function looksLikeParticiple(lower: string): boolean {
  return /(?:ed|en|wn)$/.test(lower) || irregularParticiples.has(lower);
}

/** The words' tags after the domain's overrides: entities are proper nouns; relation verbs between phrases are verbs. */
function retag(words: readonly ChunkWord[], options: ChunkOptions): Pos[] {
  const tags = words.map((w) => (w.entity ? 'PROPN' : w.pos));
  for (let i = 0; i < words.length; i++) {
    // "led to elevated levels": "to" before a participle that modifies a noun is a preposition.
    if (words[i].lower === 'to' && tags[i] === 'PART' && tags[i + 1] === 'VERB' && looksLikeParticiple(words[i + 1]?.lower ?? '') && nounLike.has(tags[i + 2])) tags[i] = 'ADP';
    // "IGF-1R signaling was ...": after a name, a word the caller calls a noun of it is a noun.
    if (i > 0 && words[i - 1].entity && options.isNounAfterName?.(words[i].lower) && (tags[i] === 'VERB' || tags[i] === 'ADJ')) tags[i] = 'NOUN';
    // "by inducing MMP-9", "through binding to gp130": a relation verb's gerund after a preposition of means is
    // the verb of a means clause, not a modifier of the noun after it.
    if (gerundOfMeans(words, tags, i, options)) tags[i] = 'VERB';
    // "was found to upregulate X": "to" before a relation verb's plain form is the infinitive's, not a preposition.
    if (words[i].lower === 'to' && tags[i] === 'ADP' && i + 1 < words.length && !words[i + 1].entity && !/(?:ed|ing|s)$/.test(words[i + 1].lower) && options.isVerb?.(words[i + 1].lower) === true && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tags[i + 2] ?? '')) {
      tags[i] = 'PART';
      tags[i + 1] = 'VERB';
    }
    // "was detected following treatment with X": "following" before a noun phrase, not after an article, is a preposition.
    if (words[i].lower === 'following' && tags[i - 1] !== 'DET' && ['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tags[i + 1])) tags[i] = 'ADP';
  }
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i];
    if (word.entity || word.hyphenBefore || !options.isVerb?.(word.lower)) continue;
    const before = tags[i - 1];
    const after = tags[i + 1];
    // After a comma or "and", a third-person form still heads a predicate: "IL-6, via STAT3, suppresses X".
    const endsPhrase = nounLike.has(before) || before === 'PRON' || ((words[i - 1].lower === ',' || words[i - 1].lower === 'and') && /s$/.test(word.lower));
    // "correlates with", "leads to", "signals via"; but "increases in", "levels of" are nouns.
    const startsPhrase = npStart.has(after) || after === 'ADV' || (after === 'ADP' && !['of', 'in'].includes(words[i + 1].lower));
    // "BRAF increases ERK": a noun read after a noun and before a phrase is the verb between them. An adjective
    // after a form of "be" is a participle: "was increased by".
    if ((tags[i] === 'NOUN' || tags[i] === 'ADJ') && endsPhrase && startsPhrase && /(?:s|ed)$/.test(word.lower)) tags[i] = 'VERB';
    // "CAFs, stromal cells of the liver, restrain tumour growth", "and thus impede metastasis": a relation verb
    // in its plain form right after a comma or an adverb, before a noun phrase, heads the predicate (a noun
    // there would need its article: "a rise of", "the block of").
    const opens = words[i - 1].lower === ',' || before === 'ADV';
    if (tags[i] === 'NOUN' && opens && !/s$/.test(word.lower) && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(after) && !['of', 'in'].includes(words[i + 1].lower)) tags[i] = 'VERB';
    if (tags[i] === 'ADJ' && (words[i - 1].lemma === 'be' || words[i - 1].lower === 'been') && looksLikeParticiple(word.lower)) tags[i] = 'VERB';
    if (afterApposition(words, tags, i) && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(after)) tags[i] = 'VERB';
  }
  return tags;
}

/**
 * "Tocilizumab, an antibody to IL-6R, inhibited tumour growth": a relation verb's past form right after the
 * comma that closes an apposition ("a/an/the ..." between commas after the subject, no verb before it) is the
 * subject's predicate, not a participle modifying the noun after it.
 */
function afterApposition(words: readonly ChunkWord[], tags: readonly Pos[], i: number): boolean {
  if (words[i - 1]?.lower !== ',' || !/ed$/.test(words[i].lower) || words[i].entity) return false;
  let open = i - 2;
  while (open > 0 && words[open].lower !== ',') {
    // A participle before a noun modifies it ("a humanised antibody"); any other verb makes the span a clause.
    const modifier = tags[open] === 'VERB' && (tags[open + 1] === 'NOUN' || tags[open + 1] === 'ADJ');
    if ((tags[open] === 'VERB' && !modifier) || tags[open] === 'AUX' || words[open].lower === ';') return false;
    open--;
  }
  if (open <= 0 || open >= i - 2 || tags[open + 1] !== 'DET' || !nounLike.has(tags[open - 1])) return false;
  for (let k = 0; k < open; k++) if (tags[k] === 'VERB' || tags[k] === 'AUX') return false;
  return true;
}

/** Prepositions that introduce the means of an action: "by inducing", "through binding to". */
export const meansPrepositions = new Set(['by', 'through', 'via']);

function gerundOfMeans(words: readonly ChunkWord[], tags: readonly Pos[], i: number, options: ChunkOptions): boolean {
  return i > 0 && i < words.length && !words[i].entity && meansPrepositions.has(words[i - 1].lower) && /ing$/.test(words[i].lower) && (tags[i] === 'VERB' || options.isVerb?.(words[i].lower) === true);
}

export function chunk(words: readonly ChunkWord[], options: ChunkOptions = {}): Chunk[] {
  const tags = retag(words, options);
  const chunks: Chunk[] = [];
  let i = 0;
  /** The end of a noun phrase starting at `from` (exclusive), or `from` when none starts there. */
  const nounPhraseEnd = (from: number): number => {
    let k = from;
    let lastHead = -1;
    while (k < words.length) {
      const tag = tags[k];
      const tied = k > from && words[k].hyphenBefore === true;
      // A participle or gerund before a noun modifies it: "increased expression", "the activated receptor".
      const modifier = tag === 'VERB' && k + 1 < words.length && (nounLike.has(tags[k + 1]) || tags[k + 1] === 'ADJ') && !words[k + 1].hyphenBefore && (k === from || tags[k - 1] === 'DET' || tags[k - 1] === 'ADJ');
      if (tied || npStart.has(tag) || modifier || (tag === 'PART' && words[k].lower === "'s") || (tag === 'ADV' && k + 1 < words.length && tags[k + 1] === 'ADJ' && k === from)) {
        if (tag === 'DET' && k > from) break;
        if (nounLike.has(tag) || tied) lastHead = k;
        k++;
        continue;
      }
      break;
    }
    return lastHead >= 0 ? lastHead + 1 : from;
  };
  while (i < words.length) {
    const tag = tags[i];
    // A verb right after a noun phrase (or its adverb) is its predicate ("IL-6 increased STAT3", "X further
    // enhanced Y"); a gerund after a comma or "thereby" opens a participle clause ("..., thereby activating Y");
    // elsewhere a verb before a noun is a modifier ("the increased expression").
    const after = (k: number): boolean => k > 0 && (nounLike.has(tags[k - 1]) || tags[k - 1] === 'PRON');
    const predicate =
      tag === 'VERB' &&
      (after(i) || (options.isVerb?.(words[i].lower) === true && afterApposition(words, tags, i)) || (tags[i - 1] === 'ADV' && after(i - 1)) ||
        // A third-person form never modifies a noun: "IL-6, via STAT3, suppresses apoptosis".
        (/[^s]s$/.test(words[i].lower) && options.isVerb?.(words[i].lower) === true) ||
        // A plain form never modifies a noun either; after a comma or an adverb it heads a predicate: "and thus impede X".
        (!/(?:ed|en|ing|s)$/.test(words[i].lower) && options.isVerb?.(words[i].lower) === true && (tags[i - 1] === 'ADV' || words[i - 1]?.lower === ',')) ||
        (/ing$/.test(words[i].lower) && options.isVerb?.(words[i].lower) === true && [',', 'and', 'or', 'thereby', 'thus', 'while', 'by', 'through', 'via', 'so'].includes(words[i - 1]?.lower ?? '')));
    const npEnd = predicate ? i : nounPhraseEnd(i);
    if (npEnd > i) {
      chunks.push({ kind: 'NP', from: i, to: npEnd, head: npEnd - 1, lemma: words[npEnd - 1].lemma });
      i = npEnd;
      continue;
    }
    if (tag === 'ADP' || (tag === 'SCONJ' && ['than', 'as'].includes(words[i].lower))) {
      const end = gerundOfMeans(words, tags, i + 1, options) ? i + 1 : nounPhraseEnd(i + 1);
      chunks.push({ kind: 'PP', from: i, to: Math.max(end, i + 1), head: end > i + 1 ? end - 1 : i, lemma: words[i].lower });
      i = Math.max(end, i + 1);
      continue;
    }
    if (verbGroupWords.has(tag) && !(tag === 'PART' && words[i].lower === 'to' && !(i + 1 < words.length && (tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX')))) {
      let k = i;
      let main = -1;
      while (k < words.length && (verbGroupWords.has(tags[k]) || (tags[k] === 'ADV' && k + 1 < words.length && verbGroupWords.has(tags[k + 1]) && k > i))) {
        // "showed increased STAT3 levels": a participle after a full verb, before a noun, modifies the noun.
        if (k > i && tags[k] === 'VERB' && tags[k - 1] === 'VERB' && /ed$/.test(words[k].lower) && (nounLike.has(tags[k + 1]) || tags[k + 1] === 'ADJ')) break;
        if (tags[k] === 'VERB' || (tags[k] === 'AUX' && main < 0) || (tags[k] === 'AUX' && tags[main] === 'AUX')) main = k;
        k++;
      }
      if (main < 0) main = k - 1;
      const group = words.slice(i, k);
      const beBefore = group.slice(0, main - i).some((w) => w.lemma === 'be' || w.lemma === 'get' || w.lower === 'been');
      const passive = main > i && tags[main] === 'VERB' && beBefore && looksLikeParticiple(words[main].lower);
      // "not only ... but also" adds, it does not deny.
      const negated = group.some((w, n) => negationWords.has(w.lower) && !(w.lower === 'not' && ['only', 'just', 'merely', 'solely'].includes(words[i + n + 1]?.lower ?? '')));
      chunks.push({ kind: 'VG', from: i, to: k, head: main, lemma: words[main].lemma, ...(passive ? { passive } : {}), ...(negated ? { negated } : {}) });
      i = k;
      continue;
    }
    if (tag === 'ADJ') {
      chunks.push({ kind: 'ADJP', from: i, to: i + 1, head: i, lemma: words[i].lemma });
      i++;
      continue;
    }
    chunks.push({ kind: tag === 'ADV' ? 'ADVP' : 'O', from: i, to: i + 1, head: i, lemma: words[i].lemma });
    i++;
  }
  return chunks;
}

/** Chunks as plain text, for tests and debugging: "[NP IL-6] [VG:passive was induced] [PP by hypoxia]". */
export function showChunks(words: readonly ChunkWord[], chunks: readonly Chunk[]): string {
  return chunks
    .map((c) => {
      const text = words.slice(c.from, c.to).map((w, k) => (k > 0 && w.hyphenBefore ? '-' : k > 0 ? ' ' : '') + w.text).join('');
      if (c.kind === 'O' || c.kind === 'ADVP') return text;
      return `[${c.kind}${c.passive ? ':passive' : ''}${c.negated ? ':neg' : ''} ${text}]`;
    })
    .join(' ');
}

/** Words with tags from the tagger, for text without entity mentions (tests, tools). */
export function wordsOf(tagged: readonly { text: string; pos: Pos; lemma: string }[]): ChunkWord[] {
  return tagged.map((t) => ({ text: t.text, lower: t.text.toLowerCase(), pos: t.pos, lemma: t.lemma }));
}
