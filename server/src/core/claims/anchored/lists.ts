// Lists in anchored reading: whether a chunk is a list word or a member of a list of names ("A, B and C",
// "their migratory and invasive capacity"), and the phrase of a participant that stands in a list, which shares
// the preposition before the list's first member ("the expression of A and B"). A list decides which participant
// a cue reaches, not what the cue says, so it is read here and asked by the entry point and the path reader alike.
import { passiveAgents } from '../coordination';
import type { Chunk, ChunkWord } from '../../language/chunks';
import { attachedListPrepositions, prepositionLists, measureNouns } from '../cues';
import { determiners, lossOfFunctionAfter, lossOfFunctionPrefixes, verbTrigger } from '../vocabulary';
import { type Phrase, entitiesIn, phraseOf } from './phrases';

export function isListWord(words: readonly ChunkWord[], c: Chunk | undefined): boolean {
  return c !== undefined && c.kind === 'O' && [',', 'and', 'or', 'nor', '/'].includes(joinWord(words, c));
}

/** The word an O chunk joins with: a multi-word conjunction ("as well as") is "and" (chunks.ts). */
export function joinWord(words: readonly ChunkWord[], c: Chunk): string {
  return c.kind === 'O' && c.to - c.from > 1 ? c.lemma : words[c.head].lower;
}

/** A noun phrase that is only a name (and words for its amount): a member of a list of names. */
export function isNameOnly(words: readonly ChunkWord[], c: Chunk | undefined): boolean {
  if (!c || c.kind !== 'NP') return false;
  const inside = words.slice(c.from, c.to);
  return inside.some((w) => w.entity) && inside.every((w) => w.entity || measureNouns.has(w.lower) || w.pos === 'DET' || (w.pos === 'PRON' && possessivePronouns.has(w.lower)));
}

/**
 * A member of a list that shares the list's role: a name ("IL-6 and IL-11 raise X"), a name's loss of function
 * ("a PI3K inhibitor or an Akt inhibitor lowered X"), or a plain noun phrase naming something the library does
 * not know ("chemokines and cytokines promote X", "PI3K, Rho and SMAD restrain X").
 */
export function isListMember(words: readonly ChunkWord[], c: Chunk | undefined): boolean {
  if (!c || c.kind !== 'NP') return false;
  if (isNameOnly(words, c)) return true;
  const inside = words.slice(c.from, c.to);
  const named = inside.findIndex((w) => w.entity);
  if (named < 0) return inside.every((w) => ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(w.pos)) && words[c.head].pos !== 'ADJ';
  // "IL-11 and its receptor IL-11Rα promote X", "the cytokine IL-6": a name after its class noun.
  const classNamed = named === inside.length - 1 && named >= 1 && inside.slice(0, named).every((w, n) => (n === 0 && (w.pos === 'DET' || possessivePronouns.has(w.lower))) || (n > 0 && w.pos === 'NOUN' && !w.entity));
  if (classNamed && inside.slice(0, named).some((w) => w.pos === 'NOUN')) return true;
  return inside.filter((w) => w.entity).length === 1 && inside.slice(named + 1).length > 0 && inside.slice(named + 1).every((w) => lossOfFunctionAfter.has(w.lower)) && inside.slice(0, named).every((w) => w.pos === 'DET');
}

/** "anti-apoptosis", "the anti-angiogenesis": a name whose loss a prefix tied by a hyphen names, alone in its noun phrase. */
export function lossPrefixed(words: readonly ChunkWord[], c: Chunk | undefined): boolean {
  if (!c || c.kind !== 'NP') return false;
  const inside = words.slice(c.from, c.to).filter((w) => !determiners.has(w.lower));
  return inside.length === 2 && lossOfFunctionPrefixes.has(inside[0].lower) && inside[1].entity === true && inside[1].hyphenBefore === true;
}

/** "their migratory and invasive capacity": a possessive opens a list member as an article does. */
const possessivePronouns = new Set(['its', 'their']);

/**
 * "a role in the development and progression of thyroid tumours": a later member of a coordination whose first
 * member the cue's preposition introduces shares that preposition.
 */
export function sharedPreposition(words: readonly ChunkWord[], chunks: readonly Chunk[], phrase: Phrase): Phrase {
  const and = chunks[phrase.firstChunk - 1];
  const member = chunks[phrase.firstChunk - 2];
  if (phrase.preposition !== '' || chunks[phrase.firstChunk].kind !== 'NP' || !and || and.kind !== 'O' || !['and', 'or'].includes(words[and.head].lower)) return listAfterPreposition(words, chunks, phrase);
  if (!member || member.kind !== 'PP' || member.from + 1 >= member.to || entitiesIn(words, member).length > 0) return listAfterPreposition(words, chunks, phrase);
  return { ...phrase, firstChunk: phrase.firstChunk - 2, preposition: member.lemma };
}

/**
 * "a role in immune defence, fibrosis, and tumour progression", "a part during development, scarring and repair,
 * as well as during tumour progression" (cues.ts prepositionLists): a later member of a list whose first member,
 * a phrase without a name, is introduced by a preposition that hangs on the word before it shares that
 * preposition, whatever the members between (noun phrases, a name's loss), when "and"/"or" closes the list
 * before or after the member; a member that repeats the preposition ("as well as during Y") shares it too. A
 * member with a verb of its own after it opens the next clause and shares nothing.
 */
function listAfterPreposition(words: readonly ChunkWord[], chunks: readonly Chunk[], phrase: Phrase): Phrase {
  const own = chunks[phrase.firstChunk];
  const repeated = phrase.preposition !== '' && own.kind === 'PP';
  if (phrase.firstChunk !== phrase.lastChunk || (phrase.preposition !== '' && !repeated) || (own.kind !== 'NP' && !repeated)) return phrase;
  if (chunks[phrase.lastChunk + 1]?.kind === 'VG') return phrase;
  let closed = false;
  // "A, B and C": a later "and"/"or" closes the list after this member.
  for (let n = phrase.lastChunk + 1; n < chunks.length && !closed; n += 2) {
    let m = n;
    for (; isListWord(words, chunks[m]); m++) if (['and', 'or'].includes(joinWord(words, chunks[m]))) closed = true;
    if (m === n || chunks[m]?.kind !== 'NP') break;
    n = m - 1;
  }
  let k = phrase.firstChunk;
  for (let members = 0; members < prepositionLists.members; members++) {
    let joiner = k - 1;
    for (; joiner > 0 && isListWord(words, chunks[joiner]); joiner--) if (['and', 'or'].includes(joinWord(words, chunks[joiner]))) closed = true;
    if (joiner === k - 1) return phrase;
    const before = chunks[joiner];
    if (before.kind === 'PP') {
      const attached = ['VG', 'NP', 'ADJP', 'PP'].includes(chunks[joiner - 1]?.kind ?? '');
      const fits = prepositionLists.prepositions.has(before.lemma) && before.to > before.from + 1 && entitiesIn(words, before).length === 0 && (!repeated || before.lemma === phrase.preposition);
      return attached && fits && closed ? { ...phrase, firstChunk: joiner, preposition: before.lemma } : phrase;
    }
    if (before.kind !== 'NP') return phrase;
    k = joiner;
  }
  return phrase;
}

/**
 * A later member of a list whose first member stands in a prepositional phrase shares that member's phrase:
 * "the expression of MMP-2 and MMP-9" (MMP-9's phrase is "the expression of", as MMP-2's), "knockdown of IL-6 or
 * IL-11" (both lost), "the levels of STAT3 and of MMP-9", "the action of PI3K/AKT1 on invasion" (the member's
 * preposition when no head noun names more or less of it). Commas may join the members only after "of", or after
 * an "in" that hangs on the word before it ("genes involved in A, B, and C"; a fronted phrase ends with a comma:
 * "In HCC, IL-6 and IL-11 ..."), and in a list that "and" or "or" closes.
 */
export function listMemberPhrase(words: readonly ChunkWord[], chunks: readonly Chunk[], phrase: Phrase): Phrase {
  if (phrase.firstChunk !== phrase.lastChunk) return phrase;
  const own = chunks[phrase.firstChunk];
  // A member introduced by the same preposition again ("and of MMP-9") or a bare name.
  const repeated = phrase.preposition !== '' && own.kind === 'PP';
  if (phrase.preposition !== '' && !repeated) return phrase;
  let k = phrase.firstChunk;
  let comma = false;
  let conjunction = false;
  const step = (c: Chunk | undefined): boolean => {
    if (!isListWord(words, c)) return false;
    if (words[c!.head].lower === ',') comma = true;
    else conjunction = true;
    return true;
  };
  // The member before the joiner before chunk k (", and" joins as "and" does), or -1.
  const previous = (at: number): number => {
    if (at < 2 || !step(chunks[at - 1])) return -1;
    const serial = ['and', 'or'].includes(joinWord(words, chunks[at - 1])) && chunks[at - 2]?.kind === 'O' && words[chunks[at - 2].head].lower === ',';
    if (serial) comma = true;
    return serial ? at - 3 : at - 2;
  };
  // The members between: names, plain noun phrases ("chemoresistance", "the motility of cells" excluded) or a
  // name's loss tied by a hyphen ("anti-apoptosis"), as in any list (isListMember).
  const between = (c: Chunk | undefined): boolean => isNameOnly(words, c) || isListMember(words, c) || lossPrefixed(words, c);
  if (!repeated) for (let p = previous(k); p >= 0 && between(chunks[p]); p = previous(k)) k = p;
  const m = previous(k);
  if (m < 0) return phrase;
  const member = chunks[m];
  const named = member.kind === 'PP' ? entitiesIn(words, member) : [];
  // ("between X and Y" joins a pair, not a list whose members share the preposition.)
  if (named.length !== 1 || member.lemma === 'between' || (repeated && member.lemma !== own.lemma) || (!repeated && !isNameOnly(words, { ...member, kind: 'NP', from: member.from + 1 }))) return phrase;
  // "contributes to inhibiting apoptosis and to angiogenesis": the same preposition again after a member opened by a
  // gerund of the lexicon names a member of its own, not another object of the gerund (sharing its phrase, the
  // gerund's direction was carried over and angiogenesis said to be inhibited, a false contradiction).
  if (repeated && words.slice(member.from + 1, named[0]).some((w) => /ing$/.test(w.lower) && verbTrigger(w.lower) !== undefined)) return phrase;
  if (comma) {
    // "of A, B and C": the list is closed by "and"/"or", before this member or after it.
    for (let n = phrase.lastChunk + 1; !conjunction && n + 1 < chunks.length && isListWord(words, chunks[n]) && (between(chunks[n + 1]) || (words[chunks[n].head].lower === ',' && ['and', 'or'].includes(joinWord(words, chunks[n + 1])))); n += 2) conjunction = words[chunks[n].head].lower !== ',' || !between(chunks[n + 1]);
    // ("genes involved in A, B, and C": after "in" too when the phrase hangs on a word before it, not fronted.)
    // ("contributes to A, B, and C", "associated with A, B, and C": the prepositions of cues.ts attachedListPrepositions.)
    // ("was activated by A, B and C": the agents of a passive, each an agent, coordination.ts.)
    const attached = (attachedListPrepositions.prepositions.has(member.lemma) && ['ADJP', 'VG', 'NP'].includes(chunks[m - 1]?.kind ?? '')) || passiveAgents(member, chunks[m - 1]);
    if ((member.lemma !== 'of' && !attached) || !conjunction) return phrase;
  }
  const shared = phraseOf(words, chunks, m, named[0]);
  if (!shared) return phrase;
  return { ...shared, lastChunk: phrase.lastChunk, sign: (shared.sign * phrase.sign) as 1 | -1, change: shared.change || phrase.change };
}
