// Readings of a pair in anchored reading that no cue between the two participants gives: the shape of the
// sentence says the relation instead. An association noun or a reciprocal passive over "X and Y", a cause fronted
// before a comma, a means named as a nominal event ("through upregulation of Z"), a size that denies an effect
// ("was negligible"), a drug named after the noun of the loss it brings about ("the IGF-1R inhibitor NT157"), a
// hyphenated cause ("IL-6-induced STAT3 activation") and a route right after the second participant. Each is one
// construction with its examples; the entry point (anchored.ts) decides when each is tried.
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Chunk, ChunkWord } from '../../language/chunks';
import { sizeDenials, frontedCauses, reciprocalAssociations, effectAdjectives, namedLossAgents, negativeAssociationWords } from '../cues';
import type { Token } from '../tokens';
import { invert, causalModifiers, lossOfFunctionPrefixes, lossOfFunctionQualifiers, groupTrigger, type ClaimRelation } from '../vocabulary';
import { type Phrase, entitiesIn } from './phrases';
import { isListMember, isListWord, joinWord } from './lists';
import { signOf } from './path';

/** What anchored reading makes of one pair: token indices of its participants and route, the relation and how it is turned. */
export interface PairReading {
  subject: number;
  object: number;
  relation: ClaimRelation;
  polarity?: 'positive' | 'negative';
  negated: boolean;
  inverted: boolean;
  mediators: number[];
}

/** A pair's reading in the common case for the rest: neither denied nor read from a loss of function, with no route between. */
export function pairOf(subject: number, object: number, relation: ClaimRelation, rest: Partial<Omit<PairReading, 'subject' | 'object' | 'relation'>> = {}): PairReading {
  return { subject, object, relation, negated: false, inverted: false, mediators: [], ...rest };
}

/** Kinds of entity that can be the means of a loss of function ("inhibition of STAT3 by AG490"). */
export const instrumentTypes = new Set(['drug', 'chemical']);

/**
 * "a positive correlation between X and Y", "X and Y levels were inversely correlated" (cues.ts
 * reciprocalAssociations): two participants joined by "and" that an association noun before them or a
 * reciprocal passive after them relates. Undefined for anything else.
 */
export function reciprocalAssociation(words: readonly ChunkWord[], chunks: readonly Chunk[], first: Phrase, second: Phrase, between: readonly Chunk[]): { negative: boolean; negated: boolean } | undefined {
  if (second.preposition !== '' || first.sign < 0 || second.sign < 0) return undefined;
  const negativeWord = (w: ChunkWord): boolean => negativeAssociationWords.has(w.lower) || w.lower === 'negative';
  if (first.preposition === 'between') {
    // "between X levels in OSCC tissue, lymph node metastasis and stage": the first member's places, then the
    // list up to the second participant; a list joined by commas is closed by "and"/"or".
    // (", and" joins as "and" does.)
    const joins = (list: readonly Chunk[]): Chunk[] => list.filter((c, n) => !(words[c.head].lower === ',' && c.kind === 'O' && list[n + 1]?.kind === 'O' && ['and', 'or'].includes(words[list[n + 1].head].lower)));
    between = joins(between);
    const after = joins(chunks.slice(second.lastChunk + 1, second.lastChunk + 16));
    let b = 0;
    while (between[b]?.kind === 'PP' && ['in', 'within'].includes(between[b].lemma) && entitiesIn(words, between[b]).length > 0 && entitiesIn(words, between[b]).every((w) => words[w].place)) b++;
    const rest = between.slice(b);
    if (rest.length % 2 !== 1 || !rest.every((c, n) => (n % 2 === 0 ? isListWord(words, c) : isListMember(words, c)))) return undefined;
    let closed = rest.some((c) => ['and', 'or'].includes(joinWord(words, c)));
    for (let n = 0; !closed && n + 1 < after.length && isListWord(words, after[n]) && isListMember(words, after[n + 1]); n += 2) closed = ['and', 'or'].includes(joinWord(words, after[n]));
    if (!closed) return undefined;
    // "A positive association was observed between X and Y": the noun may stand before a passive of finding.
    let noun = chunks[first.firstChunk - 1];
    let governing = chunks[first.firstChunk - 2];
    if (noun?.kind === 'VG' && noun.passive === true && noun.to - noun.from <= 3 && reciprocalAssociations.findings.has(words[noun.head].lower)) {
      governing = noun;
      noun = chunks[first.firstChunk - 2];
    }
    if (noun?.kind !== 'NP' || !reciprocalAssociations.nouns.has(words[noun.head].lower)) return undefined;
    const modifiers = words.slice(noun.from, noun.head);
    return { negative: modifiers.some(negativeWord), negated: modifiers.some((w) => w.lower === 'no') || (governing?.kind === 'VG' && governing.negated === true) };
  }
  if (between.length !== 1 || words[between[0].head].lower !== 'and') return undefined;
  if (first.preposition !== '') return undefined;
  let k = second.lastChunk + 1;
  const adverbs: ChunkWord[] = [];
  while (chunks[k]?.kind === 'ADVP') adverbs.push(words[chunks[k++].head]);
  let verb = chunks[k];
  let negated = verb?.negated === true;
  // "were positively correlated" read as "were" and an adjective after an adverb.
  if (verb?.kind === 'VG' && verb.lemma === 'be' && !verb.passive) {
    k++;
    while (chunks[k]?.kind === 'ADVP') adverbs.push(words[chunks[k++].head]);
    verb = chunks[k];
    if (verb?.kind !== 'ADJP' && verb?.kind !== 'VG') return undefined;
  } else if (verb?.kind !== 'VG' || !verb.passive) return undefined;
  if (!verb || !reciprocalAssociations.verbs.has(words[verb.head].lower)) return undefined;
  // "X and Y were associated with Z" relates each to Z, not the two to each other.
  if (chunks[k + 1]?.kind === 'PP' && ['with', 'to'].includes(chunks[k + 1].lemma)) return undefined;
  const inside = words.slice(verb.from, verb.to);
  negated ||= verb.negated === true;
  return { negative: [...adverbs, ...inside].some(negativeWord), negated };
}

/**
 * The size a predicate gives a nominal effect whose second participant ends at chunk `k`, when the size denies it
 * (cues.ts sizeDenials): "The effect of X on Y (in these cells) was negligible (not significant)" is no-effect.
 * Phrases after Y and adverbs may stand between; any other word ends the search.
 */
export function sizeAfter(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number): ClaimRelation | undefined {
  let n = k + 1;
  while (chunks[n]?.kind === 'PP' || chunks[n]?.kind === 'ADVP') n++;
  const verb = chunks[n];
  if (verb?.kind !== 'VG' || !sizeDenials.copulas.has(verb.lemma) || verb.passive) return undefined;
  n++;
  while (chunks[n]?.kind === 'ADVP') n++;
  const size = chunks[n];
  if (size?.kind !== 'ADJP') return undefined;
  const head = words[size.head].lower;
  if (verb.negated) return sizeDenials.negatedSizes.has(head) ? 'no-effect' : undefined;
  return effectAdjectives[head] === 'no-effect' ? 'no-effect' : undefined;
}

/**
 * "In response to hypoxia, IL-11 expression increased", "After X, Y levels fell" (cues.ts frontedCauses): the
 * cause fronted at the start of the sentence, a comma, the second participant as the subject of a relation
 * verb without an object.
 */
export function frontedCause(words: readonly ChunkWord[], chunks: readonly Chunk[], first: Phrase, second: Phrase, between: readonly Chunk[]): { relation: ClaimRelation; negated: boolean } | undefined {
  let start = first.firstChunk;
  const opening = words.slice(chunks[start].from, chunks[start].from + 3).map((w) => w.lower);
  // "In response to X" may come as one phrase or as "in response" and "to X".
  const inResponse = opening[0] === 'in' && frontedCauses.toAfter.has(opening[1]) && opening[2] === 'to';
  if (first.preposition === 'to' && chunks[start - 1]?.kind === 'PP' && frontedCauses.toAfter.has(words[chunks[start - 1].head].lower)) start--;
  else if (!frontedCauses.prepositions.has(first.preposition) && !inResponse) return undefined;
  if (start > 0 && chunks.slice(0, start).some((c) => c.kind !== 'ADVP')) return undefined;
  // "Upon hypoxia, HIF-1α levels and IL-11 secretion rose": the other members of the subject list.
  let b = between.length;
  while (b >= 3 && isListWord(words, between[b - 1]) && isListMember(words, between[b - 2])) b -= 2;
  if (b !== 1 || words[between[0].head].lower !== ',' || second.preposition !== '') return undefined;
  let k = second.lastChunk + 1;
  while (isListWord(words, chunks[k]) && isListMember(words, chunks[k + 1])) k += 2;
  while (chunks[k]?.kind === 'ADVP') k++;
  const verb = chunks[k];
  if (verb?.kind !== 'VG') return undefined;
  const found = groupTrigger(words[verb.head].lower, verb.lemma);
  const signed = found ? signOf(found) : undefined;
  if (!found || signed === undefined || chunks[k + 1]?.kind === 'NP') return undefined;
  return { relation: signed * first.sign * second.sign === signed ? found : invert(found), negated: verb.negated === true };
}

/**
 * "IL-11 promotes invasion through upregulation of MMP-13", "invasion was enhanced by IL-11 via the induction of
 * MMP-13": a means named as a nominal event of the second participant after the first participant's own plain
 * predicate (a verb that is not denied and its objects) or right after it as the agent of a passive. The
 * subject brings that event about: it raises Z, or lowers it for a nominal of less ("through inhibition of Z").
 */
export function meansNominal(words: readonly ChunkWord[], chunks: readonly Chunk[], first: Phrase, second: Phrase, between: readonly Chunk[]): ClaimRelation | undefined {
  if (!['through', 'via', 'by'].includes(second.preposition) || !second.change || second.firstChunk === second.lastChunk) return undefined;
  const relation = second.sign > 0 ? 'increases' : 'decreases';
  const agentOfPassive = first.preposition === 'by' && chunks[first.firstChunk - 1]?.kind === 'VG' && chunks[first.firstChunk - 1].passive === true && !chunks[first.firstChunk - 1].negated;
  if (agentOfPassive) return between.length === 0 ? relation : undefined;
  if (first.preposition !== '' || between[0]?.kind !== 'VG' || between[0].negated || between.length < 2) return undefined;
  // ("Y was lowered by X through inhibition of Z": the passive's agent, not its subject, brings the means about.)
  if (between[0].passive === true && between.some((c) => c.kind === 'PP' && c.lemma === 'by')) return undefined;
  const plain = between.slice(1).every((c) => c.kind === 'NP' || c.kind === 'PP' || c.kind === 'ADVP' || isListWord(words, c));
  return plain ? relation : undefined;
}

/**
 * "the IGF-1R inhibitor NT157", "the IL-6Rα antibody drug, sarilumab," (cues.ts namedLossAgents): a drug or
 * chemical named right after the noun of the loss it brings about inhibits the name before that noun.
 */
export function namedLossAgent(kb: KnowledgeBase, tokens: readonly Token[], words: readonly ChunkWord[], i: number, j: number): PairReading | undefined {
  if (!instrumentTypes.has(kb.entities.get(tokens[j].mention?.entityId ?? '')?.type ?? '') || instrumentTypes.has(kb.entities.get(tokens[i].mention?.entityId ?? '')?.type ?? '')) return undefined;
  // ("IL-6-induced ...": a name tied by a hyphen to what follows modifies that, it is not the loss's target.)
  if (words[i + 1]?.hyphenBefore) return undefined;
  let k = i + 1;
  while (k < j && lossOfFunctionQualifiers.has(words[k].lower)) k++;
  if (k >= j || !namedLossAgents.nouns.has(words[k].lower)) return undefined;
  k++;
  while (k < j && namedLossAgents.after.has(words[k].lower)) k++;
  // An apposition: the name set off by commas (or ending the sentence) right after the noun.
  if (k < j && words[k].lower === ',') {
    const closing = words[j + 1]?.lower;
    if (k + 1 !== j || (closing !== undefined && ![',', '.', ')'].includes(closing))) return undefined;
    k++;
  }
  if (k !== j) return undefined;
  return pairOf(j, i, 'inhibits');
}

/** "IL-6-induced STAT3 activation": the first entity causes what the second names. */
export function hyphenCompound(tokens: readonly Token[], words: readonly ChunkWord[], i: number, j: number, second: Phrase | undefined): PairReading | undefined {
  if (!second || j !== i + 2 || !tokens[i + 1].hyphenBefore) return undefined;
  const relation = causalModifiers[words[i + 1].lower];
  if (!relation || relation === 'increases' && words[i + 1].lower === 'derived') return undefined;
  const signed = signOf(relation);
  if (signed === undefined || lossOfFunctionPrefixes.has(words[i - 1]?.lower ?? '')) return undefined;
  return pairOf(i, j, signed * second.sign === signed ? relation : invert(relation));
}

/** "... through STAT3", "via the JAK/STAT pathway" right after the second participant: the route. */
export function trailingRoute(tokens: readonly Token[], words: readonly ChunkWord[], chunks: readonly Chunk[], last: number): number[] {
  const next = chunks[last + 1];
  if (!next || next.kind !== 'PP' || !['through', 'via'].includes(next.lemma)) return [];
  const out: number[] = [];
  for (let w = next.from; w < next.to; w++) if (words[w].entity && tokens[w].mention) out.push(w);
  return out;
}
