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
  /** An entity that names a place: a disease, cell line or cell type ("HCC cells"), the setting of a finding. */
  place?: boolean;
  /** An entity that names a condition ("hypoxia", "hypoxic"): the cause of what changes under it. */
  condition?: boolean;
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
  /** Whether a word after a name modifies the noun after it ("IL-11 neutralizing antibody"), whatever the tagger said. */
  modifiesNounAfterName?: (lower: string, next: string) => boolean;
  /** Whether a verb (by lemma) takes "to" as a preposition ("contributes to", "binds to"), not an infinitive's. */
  takesTo?: (lemma: string) => boolean;
  /** Whether a word and the next open a verb phrase of the caller's lexicon ("results in", "leads to"). */
  opensVerbPhrase?: (lower: string, next: string) => boolean;
  /** Whether the tagger's lexicon knows a word as a verb in its plain or -s form ("shapes", "display"), whatever it read. */
  hasVerbBase?: (lower: string) => boolean;
}

const nounLike = new Set<Pos>(['NOUN', 'PROPN', 'NUM']);
/** Participles that name a state of a protein ("phosphorylated ERK", "cleaved caspase-3"): modifiers after "and". */
const stateParticiples = new Set(['phosphorylated', 'activated', 'cleaved', 'acetylated', 'methylated', 'ubiquitinated', 'mutated', 'truncated']);
/** Pronouns that open a noun phrase as an article does: "exerts its effects", "increases their expression". */
const possessives = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words before an article in one noun phrase: "both the migration and ...", "all the cells". */
const predeterminers = new Set(['both', 'all', 'half', 'either', 'neither']);
const npStart = new Set<Pos>(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const verbGroupWords = new Set<Pos>(['AUX', 'VERB', 'PART']);
/** Quantifiers that may float after a subject: "A and B both activate C", "the cytokines all raise C". */
const floatingQuantifiers = new Set(['all', 'both', 'each']);
/** Words that deny the verb of their group: "did not induce", "failed to induce". */
const negationWords = new Set(['not', "n't", 'never', 'fail', 'fails', 'failed']);
/** Words after "not" that make it add rather than deny: "not only X but also Y", "not just", "not merely". */
export const addingAfterNot: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'solely']);
/** What a negation may deny instead of the claim: "not the only driver", "unlikely to be the sole cause". ("Not the main inducer" ranks X, which no finding does: left as it was.) */
const exclusiveWords: ReadonlySet<string> = new Set(['only', 'sole', 'single', 'exclusive', 'unique', 'just', 'merely', 'solely', 'exclusively']);
const passedBeforeExclusive: ReadonlySet<string> = new Set(['to', 'be', 'the', 'a', 'an', 'its', 'their']);
/**
 * Whether the negation at a word denies exclusiveness, not the claim: "X is not the only driver of Y" and "X is
 * unlikely to be the sole cause of Y" say that X drives (causes) Y, among others (read as denials they were false
 * contradictions). `next(n)` is the lower-case word n places after the negation.
 */
export function deniesOnlyExclusiveness(next: (n: number) => string | undefined): boolean {
  for (let n = 1; n <= 4; n++) {
    const word = next(n);
    if (word === undefined) return false;
    if (exclusiveWords.has(word)) return n === 1 ? addingAfterNot.has(word) || word === 'exclusively' : true;
    if (!passedBeforeExclusive.has(word)) return false;
  }
  return false;
}
/** Participles English forms without -ed/-en. */
const irregularParticiples = new Set(['bound', 'driven', 'led', 'shown', 'known', 'found', 'made', 'taken', 'held', 'kept', 'seen', 'given', 'brought', 'thought', 'caught', 'built', 'left', 'lost', 'met', 'put', 'set', 'cut', 'hit', 'shut', 'spread']);

/** An -ed/-en participle: the verb of a passive. */
export function looksLikeParticiple(lower: string): boolean {
  return /(?:ed|en|wn)$/.test(lower) || irregularParticiples.has(lower);
}

/**
 * Fixed phrases that are adverbs as a whole ("IL-11, in turn, activates STAT3"): the tagger reads "in turn" as a
 * preposition and a verb, "in addition" as a prepositional phrase. Keyed by the first word, the rest after it.
 * Before "to", "with" or "of" they open a compound preposition instead ("in addition to X", "in contrast with X").
 */
export const multiwordAdverbs: ReadonlyMap<string, readonly string[][]> = new Map([
  ['in', [['turn'], ['addition'], ['contrast'], ['particular'], ['part'], ['parallel']]],
  ['as', [['expected'], ['a', 'result'], ['a', 'consequence'], ['anticipated'], ['predicted'], ['reported'], ['shown']]],
  ['for', [['example'], ['instance']]],
  ['at', [['least'], ['most']]],
  ['by', [['contrast']]],
  ['on', [['the', 'other', 'hand'], ['the', 'contrary']]],
]);

/** The length of the fixed adverbial phrase starting at word i (multiwordAdverbs), or 0. */
function adverbialAt(words: readonly ChunkWord[], i: number): number {
  const rests = multiwordAdverbs.get(words[i].lower);
  if (!rests) return 0;
  for (const rest of rests) {
    if (!rest.every((w, n) => words[i + 1 + n]?.lower === w && !words[i + 1 + n].entity)) continue;
    return ['to', 'with', 'of'].includes(words[i + 1 + rest.length]?.lower ?? '') ? 0 : rest.length + 1;
  }
  return 0;
}

/** The words' tags after the domain's overrides: entities are proper nouns; relation verbs between phrases are verbs. */
function retag(words: readonly ChunkWord[], options: ChunkOptions): Pos[] {
  const tags = words.map((w) => (w.entity ? 'PROPN' : w.pos));
  for (let i = 0; i < words.length; i++) {
    // "contributes to drug resistance" (the tagger: "to" an infinitive's, "drug" a verb): after a verb that takes
    // "to" as a preposition, "to" before anything but a verb of its own is the preposition.
    if (words[i].lower === 'to' && tags[i] === 'PART' && i > 0 && options.takesTo?.(words[i - 1].lemma) === true && !(options.isVerb?.(words[i + 1]?.lower ?? '') === true && !/(?:ed|ing|s)$/.test(words[i + 1].lower))) {
      tags[i] = 'ADP';
      if (tags[i + 1] === 'VERB' && !looksLikeParticiple(words[i + 1].lower) && nounLike.has(tags[i + 2])) tags[i + 1] = 'NOUN';
    }
    const adverbial = adverbialAt(words, i);
    if (adverbial > 0) {
      for (let n = 0; n < adverbial; n++) tags[i + n] = 'ADV';
      i += adverbial - 1;
      continue;
    }
    // "X has long been considered crucial for Y" (the tagger: "long" an adjective, so "has" and "been considered"
    // fell in two verb groups and the reader found no cue between X and Y): "long" after a form of "have" and before
    // "been" or a participle is the adverb of time, as in "has been long considered" (issue 7, stop 53). "has a long
    // history", "a long half-life" keep their adjective.
    if (words[i].lower === 'long' && tags[i] === 'ADJ' && i > 0 && ['has', 'have', 'had'].includes(words[i - 1].lower) && (words[i + 1]?.lower === 'been' || (tags[i + 1] === 'VERB' && looksLikeParticiple(words[i + 1]?.lower ?? '')))) tags[i] = 'ADV';
    // "significantly and dose-dependently increased": adverbs joined by "and" or "or" are one adverbial.
    if ((words[i].lower === 'and' || words[i].lower === 'or') && tags[i - 1] === 'ADV' && tags[i + 1] === 'ADV') tags[i] = 'ADV';
    // "led to elevated levels": "to" before a participle that modifies a noun is a preposition.
    if (words[i].lower === 'to' && tags[i] === 'PART' && tags[i + 1] === 'VERB' && looksLikeParticiple(words[i + 1]?.lower ?? '') && nounLike.has(tags[i + 2])) tags[i] = 'ADP';
    // "IGF-1R signaling was ...": after a name, a word the caller calls a noun of it is a noun; so is a compound
    // whose last part is one ("IL-6 trans-signaling promotes Y", h-tag36).
    if (i > 0 && words[i - 1].entity && nounOfName(words[i].lower, options) && (tags[i] === 'VERB' || tags[i] === 'ADJ')) tags[i] = 'NOUN';
    // "IL-6 triggers trans-signaling", "sorafenib blocks signaling through STAT3" (h-tag36, stop 36: the -ing form
    // joined the verb group as its head, "[VG triggers trans-signaling]", and the relation verb was lost): such a noun
    // in -ing right after a relation verb is the verb's object or the first noun of it ("increases signaling
    // pathways"), a gerund used as a noun.
    else if (i > 0 && tags[i] === 'VERB' && /ing$/.test(words[i].lower) && !words[i].entity && nounOfName(words[i].lower, options) && options.isVerb?.(words[i - 1].lower) === true && !/ing$/.test(words[i - 1].lower) && !words[i - 1].entity) tags[i] = 'NOUN';
    // "the IL-11 neutralizing antibody": between a name and its noun, a modifier the caller names is an adjective
    // (the tagger's verb split the phrase, and the name lost its antibody).
    else if (i > 0 && i + 1 < words.length && words[i - 1].entity && tags[i] === 'VERB' && options.modifiesNounAfterName?.(words[i].lower, words[i + 1].lower)) tags[i] = 'ADJ';
    // "by inducing MMP-9", "through binding to gp130": a relation verb's gerund after a preposition of means is
    // the verb of a means clause, not a modifier of the noun after it.
    if (gerundOfMeans(words, tags, i, options)) tags[i] = 'VERB';
    // "was found to upregulate X": "to" before a relation verb's plain form is the infinitive's, not a preposition.
    if (words[i].lower === 'to' && tags[i] === 'ADP' && i + 1 < words.length && !words[i + 1].entity && !/(?:ed|ing|s)$/.test(words[i + 1].lower) && options.isVerb?.(words[i + 1].lower) === true && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tags[i + 2] ?? '')) {
      tags[i] = 'PART';
      tags[i + 1] = 'VERB';
    }
    // "an early step in the gaining of invasiveness", "after the silencing of STAT3": an -ing form after an article
    // and before "of" is a gerund used as a noun, the head of its noun phrase, not a verb of the clause.
    if (tags[i] === 'VERB' && i > 0 && tags[i - 1] === 'DET' && /ing$/.test(words[i].lower) && words[i + 1]?.lower === 'of' && !words[i].entity) tags[i] = 'NOUN';
    // "a layered and branched web": a participle right after an article and before "and" (or a comma) and
    // another modifier of the same noun is an adjective of it, not the clause's verb.
    if (tags[i] === 'VERB' && i > 0 && ['a', 'an', 'the'].includes(words[i - 1].lower) && /ed$/.test(words[i].lower) && !words[i].entity && ['and', ',', 'or'].includes(words[i + 1]?.lower ?? '') && (tags[i + 2] === 'ADJ' || (tags[i + 2] === 'VERB' && /ed$/.test(words[i + 2]?.lower ?? ''))) && nounLike.has(tags[i + 3] ?? 'X')) tags[i] = 'ADJ';
    // "Our results show that X ...", "these data suggest that ...", "studies indicated that ...": a verb of reporting
    // after a noun, before "that", is the clause's verb (the tagger read "results show" as one noun, h-tag36, stop 36);
    // and "that" right after any verb opens what was shown, never a relative clause (a relative "that" follows its
    // noun), so "showed that increased IL-6 drives Y" keeps "increased IL-6" one phrase, not "that" + a verb of
    // "that". Not "that of" ("inhibits that of Y" is a pronoun).
    if (i > 0 && i + 1 < words.length && reportingVerbs.has(words[i].lower) && !/ing$/.test(words[i].lower) && !words[i].entity && words[i + 1].lower === 'that' && words[i + 2]?.lower !== 'of' && (nounLike.has(tags[i - 1]) || tags[i - 1] === 'PRON' || tags[i - 1] === 'ADV') && tags[i] !== 'AUX') tags[i] = 'VERB';
    // (Not after a verb the tagger took from a noun after an article, a number or an adjective: "one report that
    // described X" is the noun's relative clause.)
    if (words[i].lower === 'that' && i > 0 && tags[i - 1] === 'VERB' && words[i + 1]?.lower !== 'of' && !['DET', 'NUM', 'ADJ'].includes(tags[i - 2] ?? 'X') && (reportingVerbs.has(words[i - 1].lower) || (!/ing$/.test(words[i - 1].lower) && tags[i + 1] !== 'VERB'))) tags[i] = 'SCONJ';
    // "Although X is raised in Y, ...": a conjunction the tagger read as a preposition opens a clause, not a phrase.
    if (tags[i] === 'ADP' && clauseConjunctions.has(words[i].lower)) tags[i] = 'SCONJ';
    // "was detected following treatment with X": "following" before a noun phrase, not after an article, is a preposition.
    if (words[i].lower === 'following' && tags[i - 1] !== 'DET' && ['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tags[i + 1])) tags[i] = 'ADP';
  }
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i];
    if (word.entity || word.hyphenBefore || !(options.isVerb?.(word.lower) || options.opensVerbPhrase?.(word.lower, words[i + 1].lower))) continue;
    const before = tags[i - 1];
    const after = tags[i + 1];
    // "ATF3 transcriptionally upregulates X", "were inversely correlated": the word before the adverbs.
    let b = i - 1;
    while (b > 0 && tags[b] === 'ADV') b--;
    // After a comma or "and", a third-person form still heads a predicate: "IL-6, via STAT3, suppresses X".
    const endsPhrase = nounLike.has(before) || before === 'PRON' || (before === 'ADV' && nounLike.has(tags[b]) && /s$/.test(word.lower)) || ((words[i - 1].lower === ',' || words[i - 1].lower === 'and') && /s$/.test(word.lower));
    // "correlates with", "leads to", "signals via"; but "increases in", "levels of" are nouns.
    // ("cell lines increases their capacity": a possessive opens a phrase as an article does, h-tag36.)
    const startsPhrase = npStart.has(after) || after === 'ADV' || (after === 'ADP' && !['of', 'in'].includes(words[i + 1].lower)) || (after === 'PRON' && possessives.has(words[i + 1].lower));
    // "BRAF increases ERK": a noun read after a noun and before a phrase is the verb between them. An adjective
    // after a form of "be" is a participle: "was increased by".
    if ((tags[i] === 'NOUN' || tags[i] === 'ADJ') && endsPhrase && startsPhrase && /(?:s|ed)$/.test(word.lower)) tags[i] = 'VERB';
    // "IL-11 increases in response to hypoxia", "STAT3 loss results in less invasion": before "in" (or another
    // preposition but "of") the word is the verb when its clause has no other ("increases in IL-6 were seen"), or
    // when with the preposition it opens one of the lexicon's verb phrases ("results in increased X": "increased"
    // modifies the noun after it).
    else if (tags[i] === 'NOUN' && nounLike.has(before) && after === 'ADP' && words[i + 1].lower !== 'of' && /s$/.test(word.lower) && (!otherVerbInClause(words, tags, i) || options.opensVerbPhrase?.(word.lower, words[i + 1].lower) === true)) tags[i] = 'VERB';
    // "All family members signal through gp130", "IL-6 family cytokines signal via gp130": a plain form after a
    // plural noun or name (its subject) and before a preposition but "of" or "in" is the verb when its clause has
    // no other ("receptor signal of" stays a noun).
    else if (tags[i] === 'NOUN' && (before === 'NOUN' || words[i - 1].entity) && /[^s]s$/.test(words[i - 1].lower) && !/(?:s|ed|ing)$/.test(word.lower) && after === 'ADP' && !['of', 'in'].includes(words[i + 1].lower) && !otherVerbInClause(words, tags, i)) tags[i] = 'VERB';
    // "IL-6, IL-11 and OSM all activate STAT3", "X and Y both raised Z": a quantifier floated after the subject
    // is an adverb of the relation verb after it, not the article of a noun.
    if (i >= 2 && floatingQuantifiers.has(words[i - 1].lower) && (words[i - 2].entity || nounLike.has(tags[i - 2])) && startsPhrase) {
      tags[i - 1] = 'ADV';
      tags[i] = 'VERB';
    }
    // "CAFs, stromal cells of the liver, restrain tumour growth", "and thus impede metastasis": a relation verb
    // in its plain form right after a comma or an adverb, before a noun phrase, heads the predicate (a noun
    // there would need its article: "a rise of", "the block of").
    const opens = words[i - 1].lower === ',' || before === 'ADV';
    if (tags[i] === 'NOUN' && opens && !/s$/.test(word.lower) && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(after) && !['of', 'in'].includes(words[i + 1].lower)) tags[i] = 'VERB';
    if (tags[i] === 'ADJ' && (words[b].lemma === 'be' || words[b].lower === 'been') && looksLikeParticiple(word.lower)) tags[i] = 'VERB';
    // "a programme that restrained apoptosis", "pathways which dampened Y": after a noun and a relative "that" or
    // "which", a relation verb's past form before a noun phrase is the relative clause's verb, not an adjective of the
    // noun after it (issue 7, stop 34: "that" read as an article, the main verb took the object). Not after a noun of
    // content: "the finding that reduced Y accompanies Z" is a clause of what was found.
    if (i >= 2 && (words[i - 1].lower === 'that' || words[i - 1].lower === 'which') && /ed$/.test(word.lower) && (nounLike.has(tags[i - 2]) || words[i - 2].entity) && !contentNouns.has(words[i - 2].lower) && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(after) && !['of', 'in'].includes(words[i + 1].lower)) {
      tags[i - 1] = 'PRON';
      tags[i] = 'VERB';
    }
    // "a stress that impacts upon Y", "IL-6 and IL-11 that drive Y", "growth factors (PDGFs) that support Y": the
    // present forms of the same relative clause (issue 7, stop 35: the tagger read "that" as an article and the verb as
    // the noun it determines, "[NP that support tumour growth]", so anchored reading found no cue between the
    // antecedent and Y). The -s form after any antecedent ("that" never determines a plural noun); the plain form only
    // after a plural noun, a name or a parenthesis closing one ("that support" after "the factor" could be a noun
    // compound's start, rare but not ours to read). Not before "of" or "in" ("that increase in Y" is a noun of change),
    // nor after a noun of content.
    if (i >= 2 && (words[i - 1].lower === 'that' || words[i - 1].lower === 'which') && tags[i] !== 'VERB' && relativeAntecedentAt(words, tags, i - 2, /[^s]s$/.test(word.lower)) && !/(?:ed|ing)$/.test(word.lower) && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(after) || (after === 'ADP' && !['of', 'in'].includes(words[i + 1].lower)))) {
      tags[i - 1] = 'PRON';
      tags[i] = 'VERB';
    }
    // The domain's verb lexicon over the tagger (issue 7, stop 35: it reads relation verbs as nouns after names and
    // plural nouns, "[NP hypoxia-induced genes drive angiogenesis]", so anchored reading found no cue in the phrase):
    // - after a modal (adverbs and "not" between): "CAFs can foster Y", "IL-6 may also drive Y", "X might not
    //   impact on Y"; a plain form there is the modal's verb, never a noun.
    // - a plain form after a plural noun or a name (a list's last member, "IL-6 and IL-11 drive Y") before a noun
    //   phrase, when its clause has no other verb: "target genes drive Y", "SMAD proteins regulate Y", or after a
    //   parenthesis closing one ("signal transducers (STAT3 and STAT5) drive Y"). Not the
    //   forms that are mostly nouns there ("STAT3 signal transducer", "the cells change in Y", `nounFirstForms`),
    //   nor before "of" or "in" ("the drives of", "tumour cells increase in number" is read by the rule above).
    // - an -s form right after a relative "which" (after a comma or a noun: ", which associates with Y"); after a
    //   verb "which" asks ("we asked which signals drive Y"), and the mostly-noun forms stay nouns.
    if (tags[i] === 'NOUN' || tags[i] === 'ADJ') {
      let m = i - 1;
      while (m > 0 && (tags[m] === 'ADV' || words[m].lower === 'not')) m--;
      const plain = !/(?:s|ed|ing)$/.test(word.lower);
      const phraseAfter = ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(after) || (after === 'ADP' && !['of', 'in'].includes(words[i + 1].lower));
      // ("they help drive Y", "may help promote Y": after "help" the plain form is its bare infinitive, h-tag36.)
      if (plain && (modals.has(words[m].lower) || helpForms.has(words[m].lower)) && m < i && (phraseAfter || after === 'ADV')) tags[i] = 'VERB';
      else if (plain && !nounFirstForms.has(word.lower) && (words[i - 1].entity || (before === 'NOUN' && /[^s]s$/.test(words[i - 1].lower)) || (words[i - 1].lower === ')' && relativeAntecedentAt(words, tags, i - 1, false))) && phraseAfter && after !== 'ADP' && !otherVerbInClause(words, tags, i)) tags[i] = 'VERB';
      // "IL-6 and its receptor correlate with Y", "hypoxia and the cytokine activate Y" (h-tag36, stop 36): after a
      // singular noun that ends a subject joined by "and", the plain form agrees with the pair; it is their verb.
      else if (plain && !nounFirstForms.has(word.lower) && before === 'NOUN' && coordinatedSubjectEnds(words, tags, i - 1) && phraseAfter && !otherVerbInClause(words, tags, i)) tags[i] = 'VERB';
      else {
        // (Adverbs may stand between: ", which in turn results in Y", ", which subsequently drives Y"; h-tag36. A
        // mostly-noun form there when with the next word it opens one of the lexicon's verb phrases, "results in".)
        let w = i - 1;
        while (w > 1 && tags[w] === 'ADV') w--;
        const phrase = options.opensVerbPhrase?.(word.lower, words[i + 1].lower) === true;
        if (words[w].lower === 'which' && w >= 1 && (words[w - 1].lower === ',' || nounLike.has(tags[w - 1])) && /[^s]s$/.test(word.lower) && (!nounFirstForms.has(word.lower.slice(0, -1)) || phrase) && (phraseAfter || phrase)) {
          tags[w] = 'PRON';
          tags[i] = 'VERB';
        }
      }
    }
    if (afterApposition(words, tags, i) && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(after)) tags[i] = 'VERB';
  }
  for (let i = 1; i < words.length - 1; i++) if (mostlyNounAsVerb(words, tags, i) || verbByItsForm(words, tags, i, options)) tags[i] = 'VERB';
  return tags;
}

/**
 * "STAT3 shapes the response", "IL-11 governs the balance", "CAFs display a secretory profile", "tumour cells
 * adopt a mesenchymal state" (issue 7, stop 55: a verb outside the relation lexicon stayed the tagger's plural noun
 * after its subject, the clause had no verb group, and the reader and the guards that look for the main clause's
 * predicate saw none): a word the tagger read as a noun is the clause's verb, by its own evidence and no list of
 * verbs, when
 * - its form agrees with the word before as a subject: an -s form after a singular name ("STAT3 shapes"), a plain
 *   form after a plural ("CAFs display", "stromal cells adopt"); an -s noun after a plural ("cells markers") or a
 *   plain one after a singular name ("STAT3 target") is a compound;
 * - that subject is not the object of a preposition or a verb ("the rise in IL-6 levels during Y" stays a noun);
 * - a noun phrase or a preposition follows: an article, a possessive, a name, an adjective and a noun, a
 *   preposition but "of" or "in" ("IL-6 levels of", "STAT3 levels in Y" stay nouns);
 * - its clause has no other verb ("IL-6 levels rose", "STAT3 targets include MYC", "the CAF signals were weak");
 * - the tagger's lexicon knows the word as a verb (`hasVerbBase`: "shapes", not "analysis" or "macrophages").
 */
function verbByItsForm(words: readonly ChunkWord[], tags: readonly Pos[], i: number, options: ChunkOptions): boolean {
  const word = words[i];
  if (tags[i] !== 'NOUN' || word.entity || word.hyphenBefore || options.hasVerbBase === undefined) return false;
  const before = words[i - 1];
  const name = before.entity === true || tags[i - 1] === 'PROPN';
  // (A plural by its written form: "CAFs", "cells"; "KRAS", "FAS" are singular names.)
  const plural = (name || tags[i - 1] === 'NOUN') && /[^sS']s$/.test(before.text);
  const agrees = plural ? !/(?:s|ed|ing)$/.test(word.lower) : name && /[^su]s$/.test(word.lower);
  if (!agrees) return false;
  const next = words[i + 1];
  const after = tags[i + 1];
  const phraseAfter = next.entity === true || after === 'PROPN' || articles.has(next.lower) || possessives.has(next.lower)
    || (after === 'ADJ' && i + 2 < words.length && (words[i + 2].entity === true || nounLike.has(tags[i + 2])))
    || (after === 'ADP' && !['of', 'in'].includes(next.lower));
  if (!phraseAfter) return false;
  const subject = clauseSubjectStart(words, tags, i - 1);
  if (subject === undefined || otherVerbInClause(words, tags, i, subject)) return false;
  return options.hasVerbBase(word.lower);
}

/**
 * Where the noun phrase ending at word k begins when it stands as a subject, or undefined when a preposition or a
 * verb governs it. A participle opening the clause before the noun is one of its modifiers ("phosphorylated STAT3
 * shapes Y", ", activated fibroblasts adopt Y"); after a word of its own clause it may be the verb ("hypoxia
 * activated STAT3 signals through Y": governed).
 */
function clauseSubjectStart(words: readonly ChunkWord[], tags: readonly Pos[], k: number): number | undefined {
  let start = k;
  while (start > 0 && (words[start].hyphenBefore === true || ['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET'].includes(tags[start - 1]) || words[start - 1].entity === true) && !possessives.has(words[start - 1].lower)) start--;
  if (start > 0 && tags[start - 1] === 'VERB' && /ed$/.test(words[start - 1].lower) && (start === 1 || words[start - 2].lower === ',' || ['DET', 'SCONJ'].includes(tags[start - 2]))) start--;
  if (start === 0) return 0;
  const governor = tags[start - 1];
  return governor === 'ADP' || governor === 'VERB' || governor === 'AUX' || possessives.has(words[start - 1].lower) ? undefined : start;
}

/**
 * "Hypoxic cells change their metabolism", "CAFs release IL-6", "cytokines control the invasion of Y", "IL-6 and
 * IL-11 impact the growth of Y" (h-tag36, stop 36: the mostly-noun forms, `nounFirstForms`, stayed nouns after
 * their subject, "[NP CAFs control] [NP the invasion]", and anchored reading found no verb between): a plain form of
 * them after a name or a plural noun is the verb when an article or a possessive follows (a noun compound is never
 * followed by one: "the STAT3 target genes", not "STAT3 target the genes"), or, for the forms of `verbAfterPlural`,
 * when any noun phrase follows a plural subject ("tumour cells release IL-6"; "IL-6 release" after a singular name
 * stays the noun). Only when its clause has no other verb ("control cells showed", "release of IL-6" stay nouns).
 */
function mostlyNounAsVerb(words: readonly ChunkWord[], tags: readonly Pos[], i: number): boolean {
  const word = words[i];
  if (word.entity || word.hyphenBefore || (tags[i] !== 'NOUN' && tags[i] !== 'ADJ') || !nounFirstForms.has(word.lower)) return false;
  const before = words[i - 1];
  const plural = /[^s']s$/.test(before.lower) && (before.entity === true || tags[i - 1] === 'NOUN');
  if (!plural && !before.entity) return false;
  const next = words[i + 1];
  const article = !next.entity && (articles.has(next.lower) || possessives.has(next.lower));
  const phrase = plural && verbAfterPlural.has(word.lower) && (next.entity === true || ['ADJ', 'NOUN', 'PROPN'].includes(tags[i + 1]));
  return (article || phrase) && !otherVerbInClause(words, tags, i);
}

/** Articles and demonstratives that open a noun phrase: no noun compound runs on into one. */
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those']);
/** Mostly-noun forms that are verbs after a plural subject before any noun phrase: "stromal cells release IL-6". */
const verbAfterPlural: ReadonlySet<string> = new Set(['release', 'change', 'target', 'impact', 'control']);

/**
 * Whether the word at k can be the antecedent of a relative "that" before a present-form verb: a name, or a common
 * noun that is not one of content ("the finding that"); a closing parenthesis stands for the phrase it closes
 * ("growth factors (PDGFs) that"). A plain verb form ("that support") needs a plural antecedent, a name (which may
 * be a list's last member: "IL-6 and IL-11 that drive") or one in parentheses; an -s form (`singularForm`) any.
 */
function relativeAntecedentAt(words: readonly ChunkWord[], tags: readonly Pos[], k: number, singularForm: boolean): boolean {
  if (words[k].lower === ')') {
    let open = k - 1;
    while (open > 0 && words[open].lower !== '(' && k - open < 8) open--;
    return words[open]?.lower === '(' && open > 0 && (words[open - 1].entity === true || nounLike.has(tags[open - 1])) && (singularForm || words[open - 1].entity === true || /[^s]s$/.test(words[open - 1].lower) || words[k - 1].entity === true);
  }
  if (words[k].entity) return true;
  if (!nounLike.has(tags[k]) || contentNouns.has(words[k].lower)) return false;
  return singularForm || /[^s]s$/.test(words[k].lower);
}

/** Verbs of reporting, every form: "results show that", "data suggested that", "indicating that". */
const reportingVerbs: ReadonlySet<string> = new Set(
  ['show', 'suggest', 'indicate', 'demonstrate', 'reveal', 'confirm', 'report', 'establish', 'prove', 'argue', 'propose', 'support', 'imply', 'find', 'highlight', 'underscore', 'underline'].flatMap((verb) => {
    const stem = verb.replace(/e$/, '');
    const third = verb === 'imply' ? 'implies' : /(?:sh|ch|s|x)$/.test(verb) ? `${verb}es` : `${verb}s`;
    const past = verb === 'imply' ? 'implied' : verb === 'find' ? 'found' : `${stem}ed`;
    return [verb, third, past, verb === 'show' ? 'shown' : past, `${stem}ing`];
  }),
);

/** Whether the caller calls a word a noun of the name before it, or the word's last hyphen-joined part ("trans-signaling"). */
function nounOfName(lower: string, options: ChunkOptions): boolean {
  if (options.isNounAfterName?.(lower) === true) return true;
  const dash = lower.lastIndexOf('-');
  return dash > 0 && dash < lower.length - 1 && options.isNounAfterName?.(lower.slice(dash + 1)) === true;
}

/**
 * Whether the noun phrase ending at k is the second member of a subject joined by "and": "IL-6 and its receptor",
 * "hypoxia and the soluble receptor" (the phrase's words back to "and", a name or noun before it, no verb).
 */
function coordinatedSubjectEnds(words: readonly ChunkWord[], tags: readonly Pos[], k: number): boolean {
  let n = k;
  while (n > 0 && words[n].lower !== 'and' && (words[n].entity || ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tags[n]) || possessives.has(words[n].lower)) && k - n < 6) n--;
  return n > 0 && n < k && words[n].lower === 'and' && (words[n - 1].entity === true || nounLike.has(tags[n - 1]));
}

/** "help" takes a bare infinitive: "CAFs help drive fibrosis". */
const helpForms: ReadonlySet<string> = new Set(['help', 'helps', 'helped', 'helping']);

/** Modal verbs: the plain form after one (adverbs between) is its verb. */
const modals = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'should', 'must']);

/** Relation verbs' plain forms that are mostly nouns after a name or a plural noun: "STAT3 signal transducer". */
const nounFirstForms = new Set(['signal', 'function', 'change', 'cause', 'increase', 'decrease', 'result', 'link', 'show', 'lead', 'block', 'control', 'target', 'effect', 'impact', 'response', 'rise', 'fall', 'loss', 'gain', 'switch', 'release', 'report']);

/** Nouns whose "that" opens a clause of content, not a relative one: "the finding that reduced Y accompanies Z". */
const contentNouns = new Set(['finding', 'findings', 'observation', 'observations', 'fact', 'notion', 'idea', 'hypothesis', 'evidence', 'possibility', 'view', 'conclusion', 'suggestion', 'report', 'reports', 'data', 'result', 'results', 'proposal', 'assumption', 'belief', 'concept', 'premise', 'discovery', 'demonstration', 'indication', 'likelihood', 'claim', 'argument', 'theory', 'model', 'so', 'such']);

/** Subordinating conjunctions that are never prepositions. */
const clauseConjunctions = new Set(['although', 'though', 'whereas']);

/** Words that end a clause for otherVerbInClause: a clause break, a relative pronoun, a comma. */
const clauseEnds = new Set([';', ':', ',', 'that', 'which', 'whereas', 'while', 'when', 'although', 'because']);

/**
 * Whether a verb or auxiliary stands in the clause of word i (to either side, up to a clause end). A participle
 * right after a preposition or an article modifies the noun after it ("correlate with enhanced destruction"), and
 * is no verb of the clause (h-tag36).
 */
function otherVerbInClause(words: readonly ChunkWord[], tags: readonly Pos[], i: number, subjectStart = i): boolean {
  const verb = (k: number): boolean => tags[k] === 'AUX' || (tags[k] === 'VERB' && !(k > 0 && (tags[k - 1] === 'ADP' || tags[k - 1] === 'DET') && /(?:ed|ing)$/.test(words[k].lower)));
  // (The subject phrase's own words, from `subjectStart`, are no verb of the clause: a participle opening it modifies it.)
  for (let k = Math.min(i, subjectStart) - 1; k >= 0 && !clauseEnds.has(words[k].lower); k--) if (verb(k)) return true;
  for (let k = i + 1; k < words.length && !clauseEnds.has(words[k].lower); k++) if (verb(k)) return true;
  return false;
}

/**
 * "Tocilizumab, an antibody to IL-6R, inhibited tumour growth", "Hypoxia, as expected, raised X", "X, at low
 * doses, induced Y", "X, secreted by stromal cells, activated Y": a relation verb's past form right after the
 * comma that closes a parenthetical after the clause's subject (between commas, no verb before it) is the
 * subject's predicate, not a participle modifying the noun after it. The parenthetical is an apposition ("a/an/the
 * ..."), a name after a common noun, an adverb, a prepositional phrase, a participle clause or "but not X"; it
 * has no finite verb of its own.
 */
function afterApposition(words: readonly ChunkWord[], tags: readonly Pos[], i: number): boolean {
  if (words[i - 1]?.lower !== ',' || !/ed$/.test(words[i].lower) || words[i].entity) return false;
  let open = i - 2;
  while (open > 0 && words[open].lower !== ',') {
    // A participle before a noun modifies it ("a humanised antibody"); another is a reduced clause ("secreted by",
    // "an inhibitor targeting IRS-1"); any other verb makes the span a clause.
    const participle = tags[open] === 'VERB' && (/(?:ed|en|ing)$/.test(words[open].lower) || irregularParticiples.has(words[open].lower));
    if ((tags[open] === 'VERB' && !participle) || tags[open] === 'AUX' || words[open].lower === ';') return false;
    open--;
  }
  if (open <= 0 || open >= i - 2 || !nounLike.has(tags[open - 1])) return false;
  const opening = tags[open + 1];
  // "its upstream regulator, ATF4, attenuated X": a name alone after a common noun is that noun's name (after a
  // name it would be the next member of a list: "IL-6, IL-11, activated STAT3").
  let named = !words[open - 1].entity && tags[open - 1] === 'NOUN';
  for (let k = open + 1; k < i - 1 && named; k++) named = words[k].entity === true;
  if (!(named || opening === 'DET' || opening === 'ADV' || opening === 'ADP' || opening === 'VERB' || (opening === 'CCONJ' && words[open + 1].lower === 'but'))) return false;
  for (let k = 0; k < open; k++) if (tags[k] === 'VERB' || tags[k] === 'AUX') return false;
  return true;
}

/** Prepositions that introduce the means of an action: "by inducing", "through binding to". */
export const meansPrepositions = new Set(['by', 'through', 'via']);

function gerundOfMeans(words: readonly ChunkWord[], tags: readonly Pos[], i: number, options: ChunkOptions): boolean {
  return i > 0 && i < words.length && !words[i].entity && meansPrepositions.has(words[i - 1].lower) && /ing$/.test(words[i].lower) && (tags[i] === 'VERB' || options.isVerb?.(words[i].lower) === true);
}

/**
 * "by either blocking X or inducing Y", "through both raising X and lowering Y" (issue 7, stop 39): the first word of
 * a correlative pair between the preposition of means and its gerund goes with the preposition, so the gerund still
 * heads the means clause; otherwise "either blocking X" was read as a noun phrase and the gerunds lost their agent.
 */
function correlativeBeforeGerund(words: readonly ChunkWord[], tags: readonly Pos[], i: number, options: ChunkOptions): boolean {
  if (i <= 0 || i + 1 >= words.length || !meansPrepositions.has(words[i - 1].lower) || !correlatives.has(words[i].lower)) return false;
  const next = words[i + 1];
  return !next.entity && /ing$/.test(next.lower) && (tags[i + 1] === 'VERB' || options.isVerb?.(next.lower) === true);
}

const correlatives = new Set(['either', 'both']);

// The chunker's helpers are functions of the module, not closures made in each call of chunk(): closures made
// per sentence were optimised again after every full collection (node --trace-opt --trace-gc on the 300 kB
// paragraph, issue 11: 80-110 functions compiled again in a check with a full collection, 6 in one without; the
// optimised code of a closure lives no longer than some closure of it does), and the row's median was that check.
/**
 * "a central paracrine and endocrine role", "the migratory and invasive capacity": modifiers joined by
 * commas and "and"/"or" before the head noun stay in its phrase ("a layered and branched web": a participle
 * may be a conjunct). At a comma or conjunction k after a modifier,
 * the words up to the last conjunct (single words, no entity, a noun head after them); 0 when there are none.
 */
function coordinatedModifiers(words: readonly ChunkWord[], tags: readonly Pos[], k: number): number {
  if (!isModifierTag(words, tags, k - 1) || !(words[k].lower === ',' || words[k].lower === 'and' || words[k].lower === 'or')) return 0;
  let n = k;
  let closed = false;
  while (!closed && (words[n]?.lower === ',' || words[n]?.lower === 'and' || words[n]?.lower === 'or')) {
    closed = words[n].lower !== ',';
    if (words[n].lower === ',' && (words[n + 1]?.lower === 'and' || words[n + 1]?.lower === 'or')) {
      n++;
      closed = true;
    }
    // A later conjunct may be a participle before the noun: "a layered and branched web".
    // (After an adjective only, and never a state participle: "its ligand and phosphorylated kinase levels" are two phrases.)
    const participle = tags[k - 1] === 'ADJ' && !words[n + 1]?.entity && tags[n + 1] === 'VERB' && /ed$/.test(words[n + 1]?.lower ?? '') && !stateParticiples.has(words[n + 1]?.lower ?? '') && (nounLike.has(tags[n + 2] ?? 'X') || tags[n + 2] === 'ADJ');
    if (!isModifierTag(words, tags, n + 1) && !participle) return 0;
    n += 2;
  }
  return closed && (nounLike.has(tags[n]) && !words[n].entity || tags[n] === 'ADJ') ? n - k : 0;
}

/** A word that can modify a noun after it in a coordination: an adjective or a noun, not an entity. */
function isModifierTag(words: readonly ChunkWord[], tags: readonly Pos[], n: number): boolean {
  return !words[n]?.entity && (tags[n] === 'ADJ' || tags[n] === 'NOUN');
}

/** The end of a noun phrase starting at `from` (exclusive), or `from` when none starts there. */
function nounPhraseEnd(words: readonly ChunkWord[], tags: readonly Pos[], from: number): number {
  let k = from;
  let lastHead = -1;
  while (k < words.length) {
    const tag = tags[k];
    const tied = k > from && words[k].hyphenBefore === true;
    // A participle or gerund before a noun modifies it: "increased expression", "the activated receptor".
    const possessive = k === from && tag === 'PRON' && possessives.has(words[k].lower);
    const modifier = tag === 'VERB' && k + 1 < words.length && (nounLike.has(tags[k + 1]) || tags[k + 1] === 'ADJ') && !words[k + 1].hyphenBefore && (k === from || tags[k - 1] === 'DET' || tags[k - 1] === 'ADJ' || (tags[k - 1] === 'PRON' && possessives.has(words[k - 1].lower)));
    const coordinated = k > from ? coordinatedModifiers(words, tags, k) : 0;
    if (coordinated > 0) {
      k += coordinated;
      continue;
    }
    if (tied || npStart.has(tag) || possessive || modifier || (tag === 'PART' && words[k].lower === "'s") || (tag === 'ADV' && k + 1 < words.length && tags[k + 1] === 'ADJ' && (k === from || (k === from + 1 && tags[from] === 'DET')))) {
      if (tag === 'DET' && k > from && !(k === from + 1 && predeterminers.has(words[from].lower))) break;
      if (nounLike.has(tag) || tied) lastHead = k;
      k++;
      continue;
    }
    break;
  }
  return lastHead >= 0 ? lastHead + 1 : from;
}

/**
 * "IL-11 activated STAT3 but decreased MMP-9", "X reduced A and elevated B": a relation verb's past form after
 * "but", or after "and" that ends a first predicate's plain object (a past form, its noun phrase), is a second
 * predicate of the same subject, not a participle modifying the noun after it; a state participle after "and"
 * ("and phosphorylated ERK") stays a modifier. The object may be a list or a noun with its apposition: "X
 * reduced A, B, and raised C" (noun phrases joined by commas, the last comma optional).
 */
function secondPredicate(words: readonly ChunkWord[], tags: readonly Pos[], chunks: readonly Chunk[], options: ChunkOptions, k: number): boolean {
  if (tags[k] !== 'VERB' || !/ed$/.test(words[k].lower) || options.isVerb?.(words[k].lower) !== true || !nounLike.has(tags[k + 1] ?? 'X') && tags[k + 1] !== 'ADJ' && tags[k + 1] !== 'DET') return false;
  const conjunction = words[k - 1]?.lower;
  if (conjunction === 'but') return chunks.some((c) => c.kind === 'VG');
  if (conjunction !== 'and' || stateParticiples.has(words[k].lower)) return false;
  let n = chunks.length - 2;
  if (commaChunk(words, chunks, n)) n--;
  if (chunks[n]?.kind !== 'NP') return false;
  while (commaChunk(words, chunks, n - 1) && chunks[n - 2]?.kind === 'NP') n -= 2;
  const verb = chunks[n - 1];
  return verb?.kind === 'VG' && verb.to === verb.from + 1 && /ed$/.test(words[verb.head].lower);
}

/**
 * "Sorafenib can block proliferation and induce apoptosis", "to stabilise tumours and extend survival", "the
 * receptors dimerise and activate JAK1", "may bind its receptor or promote invasion" (h-tag36, stop 36: the second
 * verb was read as the first word of a noun phrase, "[NP induce apoptosis]", and its relation was lost): a relation
 * verb's plain form the tagger calls a verb, right after "and" or "or" and before a noun phrase, heads a second
 * predicate: a plain form never modifies the noun after it (the first verb may be one the tagger missed,
 * "dimerise"). The mostly-noun forms (`nounFirstForms`: "and control cells", "and target genes") only when the
 * sentence's last verb group before it ends in a plain form too ("can block X and release Y").
 */
function plainAfterConjunction(words: readonly ChunkWord[], tags: readonly Pos[], chunks: readonly Chunk[], options: ChunkOptions, i: number): boolean {
  const lower = words[i].lower;
  if (tags[i] !== 'VERB' || words[i].entity || /(?:ed|en|ing|s)$/.test(lower) || options.isVerb?.(lower) !== true) return false;
  if (!['and', 'or'].includes(words[i - 1]?.lower ?? '') || !npStart.has(tags[i + 1] ?? 'X') && !(tags[i + 1] === 'PRON' && possessives.has(words[i + 1].lower))) return false;
  if (!nounFirstForms.has(lower)) return true;
  let k = chunks.length - 1;
  while (k >= 0 && chunks[k].kind !== 'VG') k--;
  return k >= 0 && words[chunks[k].head].lower === words[chunks[k].head].lemma;
}

/**
 * Where a run of adverbs starting at word k ends (the first word after it), if the run is at most three words long;
 * otherwise k itself. "is often constitutively activated": both adverbs sit inside the verb group (issue 7, stop 39: the
 * group was cut at the first adverb, and the passive's subject never reached the participle clause after it).
 */
function afterAdverbs(tags: readonly Pos[], k: number): number {
  let j = k;
  while (j < tags.length && tags[j] === 'ADV' && j - k < 3) j++;
  return tags[j] === 'ADV' ? k : j;
}

/** Whether word k follows a noun or pronoun (a verb there is its predicate). */
function afterNoun(tags: readonly Pos[], k: number): boolean {
  return k > 0 && (nounLike.has(tags[k - 1]) || tags[k - 1] === 'PRON');
}

/** Whether chunk n is a comma. */
function commaChunk(words: readonly ChunkWord[], chunks: readonly Chunk[], n: number): boolean {
  return chunks[n]?.kind === 'O' && words[chunks[n].from].lower === ',';
}

export function chunk(words: readonly ChunkWord[], options: ChunkOptions = {}): Chunk[] {
  const tags = retag(words, options);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const tag = tags[i];
    const joined = conjunctionAt(words, tags, i);
    if (joined > 0) {
      chunks.push({ kind: 'O', from: i, to: i + joined, head: i + joined - 1, lemma: 'and' });
      i += joined;
      continue;
    }
    // A verb right after a noun phrase (or its adverb) is its predicate ("IL-6 increased STAT3", "X further
    // enhanced Y"); a gerund after a comma or "thereby" opens a participle clause ("..., thereby activating Y");
    // elsewhere a verb before a noun is a modifier ("the increased expression").
    // "X further enhanced Y", "which in turn promoted Y": the adverbs between the noun and the verb.
    let adverbs = i;
    while (adverbs > 0 && tags[adverbs - 1] === 'ADV') adverbs--;
    const predicate =
      tag === 'VERB' &&
      (afterNoun(tags, i) || (options.isVerb?.(words[i].lower) === true && afterApposition(words, tags, i)) || (adverbs < i && afterNoun(tags, adverbs)) ||
        // A third-person form never modifies a noun: "IL-6, via STAT3, suppresses apoptosis".
        (/[^s]s$/.test(words[i].lower) && options.isVerb?.(words[i].lower) === true) ||
        // A plain form never modifies a noun either; after a comma, an adverb or a closing parenthesis (retag made it a
        // verb there) it heads a predicate: "and thus impede X", "factors (A and B) drive X".
        (!/(?:ed|en|ing|s)$/.test(words[i].lower) && options.isVerb?.(words[i].lower) === true && (tags[i - 1] === 'ADV' || words[i - 1]?.lower === ',' || words[i - 1]?.lower === ')')) ||
        plainAfterConjunction(words, tags, chunks, options, i) ||
        (/ing$/.test(words[i].lower) && options.isVerb?.(words[i].lower) === true && ([',', 'and', 'or', 'thereby', 'thus', 'while', 'by', 'through', 'via', 'so'].includes(words[i - 1]?.lower ?? '') || (correlatives.has(words[i - 1]?.lower ?? '') && meansPrepositions.has(words[i - 2]?.lower ?? '')))));
    const npEnd = predicate || secondPredicate(words, tags, chunks, options, i) ? i : nounPhraseEnd(words, tags, i);
    if (npEnd > i) {
      chunks.push({ kind: 'NP', from: i, to: npEnd, head: npEnd - 1, lemma: words[npEnd - 1].lemma });
      i = npEnd;
      continue;
    }
    if (tag === 'ADP' || (tag === 'SCONJ' && ['than', 'as'].includes(words[i].lower))) {
      const end = gerundOfMeans(words, tags, i + 1, options) ? i + 1 : correlativeBeforeGerund(words, tags, i + 1, options) ? i + 2 : nounPhraseEnd(words, tags, i + 1);
      chunks.push({ kind: 'PP', from: i, to: Math.max(end, i + 1), head: end > i + 1 ? end - 1 : i, lemma: words[i].lower });
      i = Math.max(end, i + 1);
      continue;
    }
    if (verbGroupWords.has(tag) && !(tag === 'PART' && words[i].lower === 'to' && !(i + 1 < words.length && (tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX')))) {
      let k = i;
      let main = -1;
      // Adverbs inside the group, a run of up to three before its next verb word: "is often constitutively activated".
      while (k < words.length && (verbGroupWords.has(tags[k]) || (tags[k] === 'ADV' && k > i && verbGroupWords.has(tags[afterAdverbs(tags, k)] ?? 'X')))) {
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
      const negated = group.some((w, n) => negationWords.has(w.lower) && !(w.lower === 'not' && deniesOnlyExclusiveness((m) => words[i + n + m]?.lower)));
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

/**
 * "MMP-2 as well as MMP-9", "not only migration but also invasion": conjunctions of more than one word, one chunk
 * whose lemma is "and" (a list joins its members with them as with "and"). "but also" before a verb joins two
 * predicates and stays two words. Returns the number of words, or 0.
 */
function conjunctionAt(words: readonly ChunkWord[], tags: readonly Pos[], i: number): number {
  const lower = (k: number): string => words[k]?.lower ?? '';
  if (lower(i) === 'as' && lower(i + 1) === 'well' && lower(i + 2) === 'as' && i > 0) return 3;
  if (lower(i) === 'but' && lower(i + 1) === 'also' && !['VERB', 'AUX'].includes(tags[i + 2] ?? 'X')) return 2;
  return 0;
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
