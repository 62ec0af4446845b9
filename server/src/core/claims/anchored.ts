// Knowledge-anchored reading: when the frame reader finds no claim the library can speak to in an assertive
// sentence, take the pairs of entity mentions the library has findings linking, and read the relation cue
// that connects their chunks (cues.ts), its sign, voice, loss-of-function modifiers and negation. This is the
// standard move of biomedical relation extraction (candidate pairs from a knowledge base, a cue between them);
// the claim it yields goes through the same verification as any other, so context and contradiction logic
// apply unchanged. It is conservative: a pair without a clear cue, or with material between the two the cue
// table does not name (another entity, a clause break, an unknown head noun), yields nothing, and the sentence
// stays unsupported (no evidence).
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { chunk, showChunks, type Chunk, type ChunkWord } from '../language/chunks';
import { tagWords, type Pos } from '../language/tagger';
import { verifyClaim, inScope, type ClaimVerification } from '../verify/verify';
import { outcomeStandIns } from '../kb/inference';
import { placeTypes } from '../kb/schema';
import { agentNounRelations, bearerWords, frontedCauses, reciprocalAssociations, clinicalGroups, cueRows, experimentalGroups, effectAdjectives, formNouns, isCueVerb, sharedSubjectClauses, verbStems, lessWords, measureNouns, moreWords, negativeAssociationWords, negativeRoleWords, propertyNouns, type CueRow } from './cues';
import { toVerifiable, type ExtractedClaim, type SentenceReading } from './extract';
import { assignRoles } from './roles';
import { tokenize, type Token } from './tokens';
import { causalModifiers, clauseBreakers, decreasingNouns, lossOfFunctionAfter, lossOfFunctionBefore, lossOfFunctionPrefixes, verbTrigger, type ClaimRelation } from './vocabulary';

/**
 * Switched off only to measure what anchored reading costs against the same check without it, in one run;
 * `taggedSentences` counts the sentences it tagged. `alone` (eval only, `--anchored-only`) drops the frame
 * reader's claims, so anchored reading is measured on sentences whose constructions the frame reader was built
 * on: a stand-in for how it reads sentences nobody studied.
 */
export const anchoring: { enabled: boolean; taggedSentences: number; alone: boolean; stops?: Map<string, number>; trace?: string[] } = { enabled: true, taggedSentences: 0, alone: false };

/** The pair being read, for `anchoring.trace` (eval only: `--stops --verbose` on half B names each pair's stop). */
let tracedPair = '';

/**
 * Why a pair the library links was not read (eval only: `--stops` sets `anchoring.stops` and prints the counts,
 * never the sentences, so the held-out half can say where reading fails without being read). Returns undefined
 * for the reader to return.
 */
function stop(reason: string): undefined {
  if (anchoring.stops) anchoring.stops.set(reason, (anchoring.stops.get(reason) ?? 0) + 1);
  anchoring.trace?.push(`${tracedPair}: ${reason}`);
  return undefined;
}

const chunkOptions = { isVerb: (w: string) => verbTrigger(w) !== undefined || isCueVerb(w), isNounAfterName: (w: string) => measureNouns.has(w) };

export interface AnchoredOptions {
  /** Read every pair, linked by the library or not (the cue table's own tests). */
  anyPair?: boolean;
  /**
   * Subject and object (relatedKey) of the claims the frame reader already made: withAnchoredClaims drops an
   * anchored claim of such a pair, so a pair that can only be read that way round is not read (see settled).
   */
  related?: ReadonlySet<string>;
}

/** The key of an ordered pair of entity ids in AnchoredOptions.related. */
export function relatedKey(subject: string, object: string): string {
  return `${subject}\u0000${object}`;
}

/**
 * Words that let a pair be read the other way round, the second entity as the agent: the prepositions of the cue
 * rows whose agent is the second participant ("induced by X", "in response to X", "seen after/following/upon
 * X", cues.ts), which stand before the second entity's phrase, so between the two.
 */
const agentSecondWords: ReadonlySet<string> = new Set(['by', 'to', 'response', 'after', 'following', 'upon']);

/**
 * Whether the reading of the pair of tokens i < j is known to be dropped: readPair makes the first the subject
 * unless a word of agentSecondWords stands between them, and a claim of a pair the frame reader already related
 * in that order is dropped (withAnchoredClaims). A sentence whose pairs are all settled is not tagged (issue
 * 11: the tagger was most of the cost of a long paragraph of claims the frame reader reads).
 */
function settled(tokens: readonly Token[], i: number, j: number, related: ReadonlySet<string> | undefined): boolean {
  if (!related || related.size === 0 || !related.has(relatedKey(tokens[i].mention!.entityId, tokens[j].mention!.entityId))) return false;
  for (let k = i + 1; k < j; k++) if (agentSecondWords.has(tokens[k].lower)) return false;
  return true;
}

/**
 * The reading with anchored claims when the frame reader found nothing the library can speak to: no claim in
 * its scope, or only claims it has no evidence on. An anchored claim the library has evidence on (for or
 * against, here or elsewhere) comes first and so becomes the sentence's main claim; the frame reader's claims
 * stay, each with its own verdict.
 */
/**
 * The verification `withAnchoredClaims` made of each claim it checked (in no context it could not name): the
 * sentence's analysis takes it instead of verifying the same claim again when the sentence names no unknown
 * context (issue 10: every claim was verified twice).
 */
export const anchoredVerifications = new WeakMap<ExtractedClaim, ClaimVerification>();

export function withAnchoredClaims(reading: SentenceReading, text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase): SentenceReading {
  if (!anchoring.enabled) return reading;
  if (anchoring.alone) reading = { ...reading, claims: [] };
  // Anchored reading needs two entities (readAnchored), so with fewer the reading stays as it is whatever the
  // checks below find: skip them (issue 11: thousands of sentences without an entity in one block).
  if (mentions.length < 2) return reading;
  const evidenced = (c: ExtractedClaim): boolean => {
    const verification = verifyClaim(toVerifiable(c), kb);
    anchoredVerifications.set(c, verification);
    return verification.basis !== 'no-evidence';
  };
  // A claim inside a noun phrase ("IL-6-induced STAT3 activation") is what the sentence takes for granted, not
  // what it asserts: the verb's claim about that phrase ("X blocked IL-6-induced STAT3 activation") comes first.
  const insidePhrase = (c: ExtractedClaim): boolean => /^[-‐‑][\p{L}-]+\s+$/u.test(text.slice(c.subject.end, c.object.start));
  if (reading.claims.some((c) => !insidePhrase(c) && inScope({ subject: c.subject.entityId, object: c.object.entityId }, kb) && evidenced(c))) return reading;
  const samePair = (a: ExtractedClaim, b: ExtractedClaim): boolean => a.subject.entityId === b.subject.entityId && a.object.entityId === b.object.entityId;
  const related = new Set(reading.claims.map((c) => relatedKey(c.subject.entityId, c.object.entityId)));
  const anchored = readAnchored(text, start, end, mentions, kb, reading.hedged, { related }).filter((c) => !reading.claims.some((r) => samePair(r, c)));
  if (anchored.length === 0) return reading;
  const first = anchored.filter(evidenced);
  const rest = anchored.filter((c) => !first.includes(c));
  return { ...reading, claims: [...first, ...reading.claims, ...rest] };
}

/** The farthest apart (in tokens) two entities of a pair can be; a sentence's participants are far closer. */
const maxPairDistance = 64;
/** The longest sentence (in tokens) anchored reading tags and reads: real sentences stay well below it. */
const maxSentenceTokens = 200;

export function readAnchored(text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase, hedged: boolean, options: AnchoredOptions = {}): ExtractedClaim[] {
  const distinct = new Set(mentions.map((m) => m.entityId));
  if (distinct.size < 2) return [];
  const tokens = tokenize(text, start, end, mentions);
  // A "sentence" of hundreds of tokens is a list, a table flattened into a line or generated text, not a
  // sentence whose relation a cue between two names can carry; the frame reader still reads it (issue 11).
  if (tokens.length > maxSentenceTokens) return [];
  const entityAt = tokens.flatMap((t, i) => (t.kind === 'entity' ? [i] : []));
  const setting = (id: string): boolean => kb.entities.get(id)?.type === 'experimental-system';
  const pairable = (x: number, y: number): boolean => {
    const a = tokens[entityAt[x]].mention!.entityId;
    const b = tokens[entityAt[y]].mention!.entityId;
    return a !== b && !setting(a) && !setting(b) && (options.anyPair || linked(kb, a, b));
  };
  // Pairs of entities at most maxPairDistance tokens apart (issue 11: a line of 1,800 entity names made 1.6
  // million pairs, each read with walks over the chunks between, 13 s per 10 kB of a LaTeX line of markup).
  const pairs: [number, number][] = [];
  for (let x = 0; x < entityAt.length; x++) {
    for (let y = x + 1; y < entityAt.length && entityAt[y] - entityAt[x] <= maxPairDistance; y++) if (pairable(x, y) && !settled(tokens, entityAt[x], entityAt[y], options.related)) pairs.push([entityAt[x], entityAt[y]]);
  }
  // The tagger is loaded and run only for sentences with a pair the library links.
  if (pairs.length === 0) return [];
  anchoring.taggedSentences++;
  const words = chunkWords(text, start, end, tokens).map((w, k) => (w.entity && setting(tokens[k].mention!.entityId) ? { ...w, setting: true } : w));
  const chunks = chunk(words, chunkOptions);
  anchoring.trace?.push(`chunks ${showChunks(words, chunks)}`);
  const chunkOf: number[] = [];
  chunks.forEach((c, k) => {
    for (let i = c.from; i < c.to; i++) chunkOf[i] = k;
  });
  const context = assignRoles(tokens, 0, tokens.length, kb, 'left').context;
  const claims: ExtractedClaim[] = [];
  for (const [i, j] of pairs) {
    if (anchoring.trace) tracedPair = `${tokens[i].text} .. ${tokens[j].text}`;
    const read = readPair(kb, tokens, words, chunks, chunkOf, i, j);
    if (!read) continue;
    const subject = tokens[read.subject].mention!;
    const object = tokens[read.object].mention!;
    claims.push({
      subject,
      relation: read.relation,
      ...(read.polarity ? { polarity: read.polarity } : {}),
      object,
      mediators: read.mediators.map((k) => tokens[k].mention!),
      context: context.filter((m) => m.entityId !== subject.entityId && m.entityId !== object.entityId),
      negated: read.negated,
      hedged,
      inverted: read.inverted,
      start: tokens[Math.min(i, j)].start,
      end: tokens[Math.max(i, j)].end,
    });
  }
  return claims;
}

interface PairReading {
  subject: number;
  object: number;
  relation: ClaimRelation;
  polarity?: 'positive' | 'negative';
  negated: boolean;
  inverted: boolean;
  mediators: number[];
}

/** A participant's phrase: its chunks, the preposition before them, and whether it names more (+1) or less (-1) of the entity. */
interface Phrase {
  firstChunk: number;
  lastChunk: number;
  preposition: string;
  sign: 1 | -1;
  change: boolean;
  /** A group that carries the entity ("X-positive tumours", "X transfected cells"): experimental or clinical. */
  bearer?: 'experimental' | 'clinical';
}

function isListWord(words: readonly ChunkWord[], c: Chunk | undefined): boolean {
  return c !== undefined && c.kind === 'O' && [',', 'and', 'or', 'nor', '/'].includes(words[c.head].lower);
}

/** A noun phrase that is only a name (and words for its amount): a member of a list of names. */
function isNameOnly(words: readonly ChunkWord[], c: Chunk | undefined): boolean {
  if (!c || c.kind !== 'NP') return false;
  const inside = words.slice(c.from, c.to);
  return inside.some((w) => w.entity) && inside.every((w) => w.entity || measureNouns.has(w.lower) || w.pos === 'DET');
}

/**
 * A member of a list that shares the list's role: a name ("IL-6 and IL-11 raise X"), a name's loss of function
 * ("a PI3K inhibitor or an Akt inhibitor lowered X"), or a plain noun phrase naming something the library does
 * not know ("chemokines and cytokines promote X", "PI3K, Rho and SMAD restrain X").
 */
function isListMember(words: readonly ChunkWord[], c: Chunk | undefined): boolean {
  if (!c || c.kind !== 'NP') return false;
  if (isNameOnly(words, c)) return true;
  const inside = words.slice(c.from, c.to);
  const named = inside.findIndex((w) => w.entity);
  if (named < 0) return inside.every((w) => ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(w.pos)) && words[c.head].pos !== 'ADJ';
  return inside.filter((w) => w.entity).length === 1 && inside.slice(named + 1).length > 0 && inside.slice(named + 1).every((w) => lossOfFunctionAfter.has(w.lower)) && inside.slice(0, named).every((w) => w.pos === 'DET');
}

/** Kinds of entity that can be the means of a loss of function ("inhibition of STAT3 by AG490"). */
const instrumentTypes = new Set(['drug', 'chemical']);

function entitiesIn(words: readonly ChunkWord[], c: Chunk): number[] {
  return words.slice(c.from, c.to).flatMap((w, n) => (w.entity ? [c.from + n] : []));
}

/**
 * "a role in the development and progression of thyroid tumours": a later member of a coordination whose first
 * member the cue's preposition introduces shares that preposition.
 */
function sharedPreposition(words: readonly ChunkWord[], chunks: readonly Chunk[], phrase: Phrase): Phrase {
  const and = chunks[phrase.firstChunk - 1];
  const member = chunks[phrase.firstChunk - 2];
  if (phrase.preposition !== '' || chunks[phrase.firstChunk].kind !== 'NP' || !and || and.kind !== 'O' || !['and', 'or'].includes(words[and.head].lower)) return phrase;
  if (!member || member.kind !== 'PP' || member.from + 1 >= member.to || entitiesIn(words, member).length > 0) return phrase;
  return { ...phrase, firstChunk: phrase.firstChunk - 2, preposition: member.lemma };
}


/**
 * "the action of PI3K/AKT1 on invasion": a later member of a list of names whose first member a preposition
 * introduces shares that preposition (as `sharedPreposition` does for the second participant).
 */
function memberOfFirstPhrase(words: readonly ChunkWord[], chunks: readonly Chunk[], phrase: Phrase): Phrase {
  if (phrase.preposition !== '' || phrase.firstChunk !== phrase.lastChunk) return phrase;
  let k = phrase.firstChunk;
  while (k >= 2 && isListWord(words, chunks[k - 1]) && isNameOnly(words, chunks[k - 2])) k -= 2;
  const member = chunks[k - 2];
  // A comma after a prepositional phrase may end a fronted phrase instead ("In HCC, IL-6 and IL-11 ...").
  if (k < 2 || !isListWord(words, chunks[k - 1]) || words[chunks[k - 1].head].lower === ',' || member.kind !== 'PP' || !isNameOnly(words, { ...member, kind: 'NP', from: member.from + 1 })) return phrase;
  return { ...phrase, firstChunk: k - 2, preposition: member.lemma };
}

/**
 * "IL-6-positive tumours", "STAT3-overexpressing cells", "IL-11Rα transfected cells" (the participle read as a
 * verb group before the group noun): the entity's carriers, with the sign of what they carry.
 */
function bearerPhrase(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number, entity: number): Phrase | undefined {
  const c = chunks[k];
  if (c.kind !== 'NP') return undefined;
  const after = words.slice(entity + 1, c.to);
  let sign: 1 | -1 | undefined;
  let group: Chunk | undefined;
  // The group noun may be an entity of its own ("tumours"), nothing else after the entity may.
  if (after.length >= 2 && bearerWords[after[0].lower] !== undefined && after.slice(1, -1).every((w) => !w.entity)) {
    sign = bearerWords[after[0].lower];
    group = c;
  } else if (after.length === 0 && chunks[k + 1]?.kind === 'VG' && chunks[k + 1].to === chunks[k + 1].from + 1 && bearerWords[words[chunks[k + 1].head].lower] === 1 && chunks[k + 2]?.kind === 'NP') {
    sign = 1;
    group = chunks[k + 2];
  }
  if (!sign || !group || entitiesIn(words, group).some((w) => w !== entity && w !== group.head)) return undefined;
  const noun = words[group.head].lower;
  const bearer = experimentalGroups.has(noun) ? 'experimental' : clinicalGroups.has(noun) ? 'clinical' : undefined;
  if (!bearer) return undefined;
  return { firstChunk: k, lastChunk: chunks.indexOf(group), preposition: '', sign, change: true, bearer };
}

/**
 * "a positive correlation between X and Y", "X and Y levels were inversely correlated" (cues.ts
 * reciprocalAssociations): two participants joined by "and" that an association noun before them or a
 * reciprocal passive after them relates. Undefined for anything else.
 */
function reciprocalAssociation(words: readonly ChunkWord[], chunks: readonly Chunk[], first: Phrase, second: Phrase, between: readonly Chunk[]): { negative: boolean; negated: boolean } | undefined {
  if (between.length !== 1 || words[between[0].head].lower !== 'and' || second.preposition !== '' || first.sign < 0 || second.sign < 0) return undefined;
  const negativeWord = (w: ChunkWord): boolean => negativeAssociationWords.has(w.lower) || w.lower === 'negative';
  if (first.preposition === 'between') {
    const noun = chunks[first.firstChunk - 1];
    if (noun?.kind !== 'NP' || !reciprocalAssociations.nouns.has(words[noun.head].lower)) return undefined;
    const modifiers = words.slice(noun.from, noun.head);
    const governing = chunks[first.firstChunk - 2];
    return { negative: modifiers.some(negativeWord), negated: modifiers.some((w) => w.lower === 'no') || (governing?.kind === 'VG' && governing.negated === true) };
  }
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
 * "In response to hypoxia, IL-11 expression increased", "After X, Y levels fell" (cues.ts frontedCauses): the
 * cause fronted at the start of the sentence, a comma, the second participant as the subject of a relation
 * verb without an object.
 */
function frontedCause(words: readonly ChunkWord[], chunks: readonly Chunk[], first: Phrase, second: Phrase, between: readonly Chunk[]): { relation: ClaimRelation; negated: boolean } | undefined {
  let start = first.firstChunk;
  const opening = words.slice(chunks[start].from, chunks[start].from + 3).map((w) => w.lower);
  // "In response to X" may come as one phrase or as "in response" and "to X".
  const inResponse = opening[0] === 'in' && frontedCauses.toAfter.has(opening[1]) && opening[2] === 'to';
  if (first.preposition === 'to' && chunks[start - 1]?.kind === 'PP' && frontedCauses.toAfter.has(words[chunks[start - 1].head].lower)) start--;
  else if (!frontedCauses.prepositions.has(first.preposition) && !inResponse) return undefined;
  if (start > 0 && chunks.slice(0, start).some((c) => c.kind !== 'ADVP')) return undefined;
  if (between.length !== 1 || words[between[0].head].lower !== ',' || second.preposition !== '') return undefined;
  let k = second.lastChunk + 1;
  while (chunks[k]?.kind === 'ADVP') k++;
  const verb = chunks[k];
  if (verb?.kind !== 'VG') return undefined;
  const found = verbTrigger(words[verb.head].lower) ?? verbTrigger(verb.lemma);
  const signed = found ? signOf(found) : undefined;
  if (!found || signed === undefined || chunks[k + 1]?.kind === 'NP') return undefined;
  return { relation: signed * first.sign * second.sign === signed ? found : opposite(found), negated: verb.negated === true };
}

/** Deverbal nouns, the heads of nominal events ("degradation", "cleavage", "signalling"). */
const nominalEvent = /(?:tion|sion|ment|ance|ence|sis|ing|age|ure)s?$/;

/**
 * A first participant in a phrase of the clause's subject that makes it the agent: "matrix degradation by X"
 * (the agent of a nominal event without an entity of its own), "pathways mediated by X" (a reduced relative of
 * mediation), "pathways such as X" (an example of the subject's class). The phrase then starts where the
 * subject starts, and the checks of what opens the clause apply to it.
 */
function subjectOfPhrase(words: readonly ChunkWord[], chunks: readonly Chunk[], phrase: Phrase): Phrase {
  const k = phrase.firstChunk;
  const before = chunks[k - 1];
  const plainNoun = (c: Chunk | undefined): boolean => c?.kind === 'NP' && entitiesIn(words, c).length === 0;
  // ("STAT3 activation by IL-6 promotes invasion": an entity in the nominal is what the agent acts on.)
  if (phrase.preposition === 'by' && before?.kind === 'NP' && !words[before.head].entity && nominalEvent.test(words[before.head].lower)) return { ...phrase, firstChunk: k - 1, preposition: '' };
  if (phrase.preposition === 'by' || phrase.preposition === 'through') {
    // "pathways mediated through or by IRS-1": bare prepositions joined by "or" go with the last.
    let v = k - 1;
    while (v >= 2 && chunks[v].kind === 'O' && ['or', 'and'].includes(words[chunks[v].head].lower) && chunks[v - 1].kind === 'PP' && chunks[v - 1].to === chunks[v - 1].from + 1) v -= 2;
    const verb = chunks[v];
    if (verb?.kind === 'VG' && verb.from === verb.to - 1 && ['mediated', 'transduced', 'relayed'].includes(words[verb.head].lower) && plainNoun(chunks[v - 1])) return { ...phrase, firstChunk: v - 1, preposition: '' };
  }
  if (phrase.preposition === 'as' && before?.kind === 'ADJP' && words[before.head].lower === 'such') {
    // "A number of pathways such as X": the class noun and its "of" phrases, without entities.
    let start = k - 1;
    while (start > 0 && (plainNoun(chunks[start - 1]) || (chunks[start - 1].kind === 'PP' && entitiesIn(words, chunks[start - 1]).length === 0))) start--;
    if (start < k - 1 && chunks[start].kind === 'NP') return { ...phrase, firstChunk: start, preposition: '' };
  }
  return phrase;
}

function readPair(kb: KnowledgeBase, tokens: readonly Token[], words: readonly ChunkWord[], chunks: readonly Chunk[], chunkOf: readonly number[], i: number, j: number): PairReading | undefined {
  // "IL-6-induced STAT3": a hyphen-tied participle between two entities of one phrase.
  if (chunkOf[i] === chunkOf[j]) return hyphenCompound(tokens, words, i, j, phraseOf(words, chunks, chunkOf[j], j));
  const own = bearerPhrase(words, chunks, chunkOf[i], i) ?? phraseOf(words, chunks, chunkOf[i], i);
  const read = phraseOf(words, chunks, chunkOf[j], j);
  if (!own || !read) return stop('a participant in a phrase whose head says neither more nor less of it');
  const second = sharedPreposition(words, chunks, read);
  // The first participant inside a phrase of the clause's subject: "the inhibitory action of X on Y" (the noun
  // it depends on, `nominal`, names the relation), "matrix degradation by X promotes Y", "signalling mediated by
  // X", "pathways such as X and Y restrain Z" (the agent or example stands for the subject).
  const first = subjectOfPhrase(words, chunks, memberOfFirstPhrase(words, chunks, own));
  const nominal = first.preposition === 'of' && chunks[first.firstChunk - 1]?.kind === 'NP' ? chunks[first.firstChunk - 1] : undefined;
  // A first participant after a preposition is read only as a nominal's, a fronted cause or "between X and Y" (below).
  if (first.lastChunk >= second.firstChunk) return stop('the first participant\'s phrase reaches the second');
  // A later member of a list of names that is the clause's subject ("IL-6 and IL-11 activate STAT3") acts
  // like the first; one of a list after a head ("inhibitors of JAK2 and STAT3") is not read here.
  let lead = first.firstChunk;
  while (lead >= 2 && isListWord(words, chunks[lead - 1]) && isListMember(words, chunks[lead - 2])) lead -= 2;
  // The same for a list before the first participant: plain members need "and"/"or" right before it.
  if (lead < first.firstChunk && !['and', 'or', 'nor', '/'].includes(words[chunks[first.firstChunk - 1].head].lower) && chunks.slice(lead, first.firstChunk).some((c) => c.kind === 'NP' && !isNameOnly(words, c))) lead = first.firstChunk;
  const beforeList = chunks[lead - 1];
  const opensClause = !beforeList || beforeList.kind === 'ADVP' || (beforeList.kind === 'O' && [',', 'that', 'which', 'whereas', 'while'].includes(words[beforeList.head].lower));
  // A comma after a fronted phrase opens the clause ("In HCC cells, IL-6 ..."); "and" or "/" before a lone name does not.
  // Unless its own verb follows: then it is that verb's subject, whether the "and" joins it to a list ("Migration
  // of tumour cells and MMP-9 expression were reduced by X") or opens a clause ("X is secreted by Y, and X
  // activates Z").
  let verbAfter = first.lastChunk + 1;
  while (chunks[verbAfter]?.kind === 'ADVP') verbAfter++;
  if (beforeList && isListWord(words, beforeList) && words[beforeList.head].lower !== ',' && lead === first.firstChunk && chunks[verbAfter]?.kind !== 'VG') return stop('the first participant is a later member of a list');
  if (lead !== first.firstChunk && !opensClause) return stop('a list that does not open its clause');
  let between = chunks.slice(first.lastChunk + 1, second.firstChunk);
  const fronted = frontedCause(words, chunks, first, second, between);
  if (fronted) return { subject: i, object: j, ...fronted, inverted: first.sign < 0, mediators: [] };
  const reciprocal = reciprocalAssociation(words, chunks, first, second, between);
  if (reciprocal) return { subject: i, object: j, relation: 'associated-with', polarity: reciprocal.negative ? 'negative' : 'positive', negated: reciprocal.negated, inverted: false, mediators: [] };
  if (first.preposition !== '' && !nominal) return stop('the first participant after a preposition');
  // "Inhibition of STAT3 by AG490 reduced X", "knockdown of IL-6 with siRNA": the means of a loss of function
  // right after it belongs to the first participant's phrase.
  if (first.sign < 0 && between[0]?.kind === 'PP' && ['by', 'with'].includes(between[0].lemma) && entitiesIn(words, between[0]).every((w) => instrumentTypes.has(kb.entities.get(tokens[w].mention?.entityId ?? '')?.type ?? ''))) between = between.slice(1);
  const path = normalizePath(words, between, (w) => placeTypes.has(kb.entities.get(tokens[w].mention?.entityId ?? '')?.type ?? ''), second.preposition);
  if (!path) return undefined;
  const matches = cueRows.filter(
    (row) =>
      (nominal ? row.nominal?.split('|').includes(nominal.lemma) : !row.nominal) &&
      (first.bearer ? row.bearer === true && second.change : !row.bearer) &&
      pathMatches(row, path.chunks, words, second.preposition) &&
      (!row.needsChange || first.change),
  );
  if (matches.length === 0) return stop('no cue row for the words between');
  const row = matches[0];
  const verb = path.chunks.find((c) => c.kind === 'VG' && verbTrigger(words[c.head].lower) !== undefined) ?? path.chunks.find((c) => c.kind === 'VG');
  let relation: ClaimRelation;
  if (row.relation === 'verb') {
    const found = verb ? (verbTrigger(words[verb.head].lower) ?? verbTrigger(verb.lemma)) : undefined;
    if (!found) return undefined;
    relation = found;
  } else if (row.relation === 'noun') {
    const noun = path.chunks.find((c) => (c.kind === 'NP' || c.kind === 'PP') && (agentNounRelations[c.kind === 'PP' ? words[c.head].lemma : c.lemma] ?? agentNounRelations[words[c.head].lower]) !== undefined);
    const found = noun ? agentNounRelations[words[noun.head].lemma] ?? agentNounRelations[words[noun.head].lower] : undefined;
    if (!found) return undefined;
    relation = found;
  } else if (row.relation === 'adjective') {
    const noun = nominal ?? path.chunks.find((c) => c.kind === 'NP');
    const adjectives = noun ? words.slice(noun.from, noun.head).map((w) => effectAdjectives[w.lower]).filter((r) => r !== undefined) : [];
    // One adjective, or none that disagree: "a strong inhibitory effect"; none at all says nothing.
    if (adjectives.length === 0 || adjectives.some((r) => r !== adjectives[0])) return undefined;
    relation = adjectives[0];
  } else {
    // What a group of patients carrying X shows is an association; what cells given X show is its effect.
    relation = first.bearer === 'clinical' ? 'associated-with' : row.relation;
  }
  if (row.name === 'role in' && path.chunks.some((c) => c.kind === 'NP' && words.slice(c.from, c.to).some((w) => negativeRoleWords.has(w.lower)))) relation = 'suppresses';
  const [agent, patient] = row.agent === 'first' ? [first, second] : [second, first];
  // "did not show an inhibitory effect of X on Y": the verb that governs the nominal denies it; "neither X nor
  // Y raised Z" denies it of each.
  const neither = chunks.slice(Math.max(0, lead - 1), first.firstChunk + 1).some((c) => words.slice(c.from, c.to).some((w) => w.lower === 'neither' || w.lower === 'nor'));
  const negated = neither || path.chunks.some((c) => c.negated === true) || (nominal !== undefined && chunks[first.firstChunk - 2]?.negated === true);
  const mediators = [...path.routes, ...trailingRoute(tokens, words, chunks, second.lastChunk)];
  if (relation === 'associated-with') {
    const pathWords = path.chunks.flatMap((c) => words.slice(c.from, c.to).map((w) => w.lower));
    const negative = [...path.adverbs, ...pathWords].some((a) => negativeAssociationWords.has(a));
    const sign = (negative ? -1 : 1) * agent.sign * patient.sign;
    return { subject: row.agent === 'first' ? i : j, object: row.agent === 'first' ? j : i, relation, polarity: sign > 0 ? 'positive' : 'negative', negated, inverted: false, mediators };
  }
  const signed = signOf(relation);
  if (signed === undefined) {
    // binds, signals-through, regulates, no-effect: only said of the entities themselves.
    if (agent.sign < 0 || patient.sign < 0) return undefined;
    return { subject: row.agent === 'first' ? i : j, object: row.agent === 'first' ? j : i, relation, negated, inverted: false, mediators };
  }
  const total = signed * agent.sign * patient.sign;
  return {
    subject: row.agent === 'first' ? i : j,
    object: row.agent === 'first' ? j : i,
    relation: total === signed ? relation : opposite(relation),
    negated,
    inverted: agent.sign < 0,
    mediators,
  };
}

/** The chunks between the participants without adverbs, with a relative pronoun after the first skipped; undefined when a clause break or any other entity stands between them. */
function normalizePath(words: readonly ChunkWord[], all: readonly Chunk[], isContext: (word: number) => boolean = () => false, secondPreposition = ''): { chunks: Chunk[]; adverbs: string[]; routes: number[] } | undefined {
  const chunks: Chunk[] = [];
  const routes: number[] = [];
  // "raises A, B and C": the second participant is a later member of a list of names; the earlier members go.
  let to = all.length;
  const listWord = (c: Chunk): boolean => isListWord(words, c);
  const nameOnly = (c: Chunk): boolean => isListMember(words, c);
  // "A and B raise C": for the pair A, C the other members of the subject list go too.
  let from = 0;
  // A list of plain noun phrases ends with "and"/"or" before its last member; commas alone may set off an
  // apposition instead ("CAFs, a stromal cell type, restrain X").
  const conjunction = (c: Chunk): boolean => ['and', 'or', 'nor', '/'].includes(words[c.head].lower);
  let members = from;
  while (members + 1 < all.length && listWord(all[members]) && nameOnly(all[members + 1])) members += 2;
  if (members > from && (conjunction(all[members - 2]) || all.slice(from, members).every((c) => c.kind !== 'NP' || isNameOnly(words, c)))) from = members;
  while (to >= 2 && listWord(all[to - 1])) {
    let k = to - 1;
    while (k > 0 && listWord(all[k - 1])) k--;
    if (k === 0 || !(isNameOnly(words, all[k - 1]) || (nameOnly(all[k - 1]) && conjunction(all[to - 1])))) break;
    to = k - 1;
  }
  // "STAT3, a transcription factor of the STAT family, drives X": an apposition after the first participant
  // (a noun phrase and its prepositional phrases between commas, no verb) describes it and goes.
  if (all[from] && words[all[from].head].lower === ',' && all[from + 1]?.kind === 'NP') {
    let close = from + 2;
    while (close < to && all[close].kind === 'PP') close++;
    const inside = all.slice(from + 1, close);
    const placesOnly = inside.every((c, n) => n === 0 || words.slice(c.from, c.to).every((w, m) => !w.entity || isContext(c.from + m)));
    if (close < to && words[all[close].head].lower === ',' && placesOnly) from = close + 1;
  }
  // "X induces A but not B": the object denied after "but not" shares the verb, denied.
  const denied = deniedObject(words, all, from, to);
  if (denied) return { chunks: [denied], adverbs: [], routes: [] };
  from = sharedSubjectClause(words, all, from, to);
  // "IL-6, which stromal cells secrete, activates STAT3": a relative clause between commas after the first
  // participant describes it; the predicate after the closing comma is the first participant's own.
  if (all[from] && words[all[from].head].lower === ',' && all[from + 1]?.kind === 'O' && ['which', 'who'].includes(words[all[from + 1].head].lower)) {
    let close = from + 2;
    while (close < to && !(words[all[close].head].lower === ',' && all[close].kind === 'O')) {
      const word = words[all[close].head].lower;
      if (clauseBreakers.has(word) || [';', ':'].includes(word) || (all[close].kind === 'O' && ['which', 'that', 'who'].includes(word))) break;
      close++;
    }
    let next = close + 1;
    while (next < to && all[next].kind === 'ADVP') next++;
    if (close < to && close > from + 2 && words[all[close].head].lower === ',' && all[next]?.kind === 'VG') from = close + 1;
  }
  // "Hypoxia can trigger EMT and thus impede metastasis": predicates joined by "and" share their subject; for
  // the pair subject-metastasis the first predicate goes.
  // The first predicate is short and plain: a relation verb and its object, no clause break, colon or pronoun.
  const startsWithVerb = all[from]?.kind === 'VG' && verbTrigger(words[all[from].head].lower) !== undefined;
  for (let k = from + 1; startsWithVerb && k < Math.min(to, from + 6); k++) {
    const word = words[all[k].head].lower;
    // "not only activates X but also induces Y": "but also" joins the predicates as "and" does.
    const butAlso = word === 'but' && all[k + 1]?.kind === 'ADVP' && words[all[k + 1].head].lower === 'also';
    if (all[k].kind === 'O' && !['and', 'or', ','].includes(word) && !butAlso) break;
    if (all[k].kind === 'VG') break;
    if (all[k].kind !== 'O' || (!['and', 'or'].includes(word) && !butAlso)) continue;
    let next = k + 1;
    while (next < to && all[next].kind === 'ADVP') next++;
    if (next < to && all[next].kind === 'VG') from = k + 1;
    break;
  }
  const between = all.slice(from, Math.max(from, to));
  const adverbs: string[] = [];
  const entitiesOf = (c: Chunk): number[] => words.slice(c.from, c.to).flatMap((w, n) => (w.entity ? [c.from + n] : []));
  const route = (c: Chunk | undefined): boolean => c?.kind === 'PP' && ['via', 'through'].includes(c.lemma) && entitiesOf(c).length > 0;
  for (const [k, c] of between.entries()) {
    const lower = words[c.head].lower;
    // "IL-6, via STAT3, suppresses X": a route named between subject and verb is the claim's route.
    if (route(c)) {
      routes.push(...entitiesOf(c));
      continue;
    }
    const ruledOut = (d: Chunk | undefined): boolean => d?.kind === 'PP' && d.lemma === 'than' && words[between[between.indexOf(d) - 1]?.head ?? -1]?.lower === 'rather';
    if (lower === ',' && (route(between[k + 1]) || route(between[k - 1]) || ruledOut(between[k - 1]))) continue;
    // "via p-STAT3 rather than p-STAT1": the alternative ruled out is no participant.
    if (c.kind === 'ADVP' && lower === 'rather' && between[k + 1]?.kind === 'PP' && between[k + 1].lemma === 'than') continue;
    if (ruledOut(c)) continue;
    // "IL-6 in liver cancer cells raises X": a place or condition between them is the sentence's context.
    // ("in response to X" is a compound preposition, not a place: the row names it.)
    if (c.kind === 'PP' && ['in', 'within', 'under', 'during', 'among'].includes(c.lemma) && entitiesOf(c).every(isContext) && !(k === between.length - 1 && secondPreposition === 'to')) continue;
    // "growth inhibition of NSCLC cells was seen after X": the cells whose change it is, right after it.
    if (k === 0 && c.kind === 'PP' && c.lemma === 'of' && entitiesOf(c).length > 0 && entitiesOf(c).every(isContext)) continue;
    if (words.slice(c.from, c.to).some((w) => w.entity)) return stop('another entity between');
    if (clauseBreakers.has(lower) || [';', ':', 'whether', 'if', 'than'].includes(lower)) return stop('a clause break between');
    if (c.kind === 'ADVP') {
      adverbs.push(lower);
      continue;
    }
    // ", which activates", "that drives": the relative pronoun stands for the first participant.
    if (c.kind === 'O' && ((k === 0 && lower === ',' && ['which', 'that'].includes(words[between[1]?.head ?? -1]?.lower ?? '')) || (k <= 1 && (lower === 'which' || lower === 'that')))) continue;
    if (c.kind === 'O') return stop(`a function word between (${lower === ',' ? 'comma' : 'other'})`);
    // "is able to reduce", "was sufficient to induce": the verb after the adjective carries the relation.
    const next = between[k + 1];
    if (c.kind === 'ADJP' && ['able', 'sufficient', 'enough', 'likely'].includes(lower) && next?.kind === 'VG' && words[next.from].lower === 'to') {
      if (chunks[chunks.length - 1]?.kind === 'VG' && chunks[chunks.length - 1].lemma === 'be') chunks.pop();
      continue;
    }
    chunks.push(c);
  }
  return { chunks, adverbs, routes };
}

/**
 * "Hypoxia raised SNAI1 levels but not cell migration": the verb group of the first predicate, denied, when the
 * second participant follows "but not" (or "and not") after that predicate's plain object.
 */
function deniedObject(words: readonly ChunkWord[], all: readonly Chunk[], from: number, to: number): Chunk | undefined {
  const verb = all[from];
  if (verb?.kind !== 'VG' || verb.negated || to - from < 3) return undefined;
  const not = all[to - 1];
  if (not.kind !== 'VG' || not.to !== not.from + 1 || !['not', 'never'].includes(words[not.head].lower)) return undefined;
  let k = to - 2;
  while (k > from && all[k].kind === 'ADVP') k--;
  if (all[k].kind !== 'O' || !['but', 'and'].includes(words[all[k].head].lower)) return undefined;
  const object = all.slice(from + 1, k);
  if (object.length === 0 || object.some((c) => c.kind !== 'NP' && c.kind !== 'PP' && c.kind !== 'ADVP' && !(c.kind === 'O' && [',', 'and', 'or'].includes(words[c.head].lower)))) return undefined;
  return { ...verb, negated: true };
}

/**
 * "X raises Y by inducing Z", "X activates Y, thereby inducing Z": when the second participant is the object of a
 * gerund of a means or consequence clause (cues.ts sharedSubjectClauses) after the first participant's own
 * predicate, the path starts at that gerund. The predicate passed over is plain: a verb group that is not
 * denied, its objects and prepositional phrases, commas and "and"; any other word (a clause break, "that",
 * "which") keeps the path whole, so the reading stays as strict as before.
 */
function sharedSubjectClause(words: readonly ChunkWord[], all: readonly Chunk[], from: number, to: number): number {
  const main = all[from];
  if (main?.kind !== 'VG' || main.negated) return from;
  const listWord = (c: Chunk): boolean => c.kind === 'O' && [',', 'and', 'or'].includes(words[c.head].lower);
  // Any gerund may open the chain ("by loosening contacts and inducing EMT"); the cue rows still ask the one
  // before the second participant to be a relation verb.
  const gerund = (c: Chunk | undefined): boolean => c?.kind === 'VG' && !c.negated && /ing$/.test(words[c.head].lower);
  const opens = (k: number): boolean => {
    const c = all[k];
    return sharedSubjectClauses.some((clause) => {
      const openers = clause.opener.split('|');
      if (c.kind === 'PP' && c.to === c.from + 1 && openers.includes(c.lemma)) return gerund(all[k + 1]);
      if (c.kind !== 'O' || !openers.includes(words[c.head].lower)) return false;
      const adverb = all[k + 1]?.kind === 'ADVP' && clause.adverbs.split('|').includes(words[all[k + 1].head].lower);
      return gerund(all[k + (adverb ? 2 : 1)]);
    });
  };
  for (let k = from + 1; k < to; k++) {
    const c = all[k];
    if (!opens(k)) {
      if (c.kind === 'VG' || (c.kind === 'O' && !listWord(c))) return from;
      continue;
    }
    // The chain of gerunds after the opener: the last one before the second participant is its verb.
    let last = -1;
    for (let g = k + 1; g < to; g++) {
      const d = all[g];
      if (gerund(d)) last = g;
      else if (d.kind === 'VG' || (d.kind === 'O' && !listWord(d))) return from;
    }
    return last >= 0 ? last : from;
  }
  return from;
}

function pathMatches(row: CueRow, path: readonly Chunk[], words: readonly ChunkWord[], preposition: string): boolean {
  if (!row.second.split('|').includes(preposition)) return false;
  const elements = row.path === '' ? [] : row.path.split(' ');
  if (elements.length !== path.length) return false;
  return elements.every((element, k) => {
    const c = path[k];
    const [head, lemmas] = element.split('=');
    const [kind, voice] = head.split(':');
    if (c.kind !== kind) return false;
    if (kind === 'VG' && (voice === 'passive') !== (c.passive === true)) return false;
    if (lemmas) return lemmas.split('|').some((l) => l === c.lemma || (kind === 'VG' ? verbStems(words[c.head].lower).includes(l) : l === words[c.head].lower));
    // A bare VG is a relation verb the lexicon knows.
    return kind !== 'VG' || verbTrigger(words[c.head].lower) !== undefined || verbTrigger(c.lemma) !== undefined;
  });
}

/**
 * The phrase an entity stands in, and its sign: "knockdown of STAT3" (-1), "the expression of IL-6" (+1),
 * "a fall in IL-6 levels" (-1), "IL-6 receptor antibody" (-1). Undefined when the phrase's head is a word
 * that says neither (the entity then modifies something else).
 */
function phraseOf(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number, entity: number): Phrase | undefined {
  // Read once per entity of a sentence: every pair asks again, and a phrase walks its chunk (issue 11).
  let known = phrases.get(chunks);
  if (!known) phrases.set(chunks, (known = new Map()));
  const key = k * 0x100000 + entity;
  if (known.has(key)) return known.get(key);
  const phrase = readPhrase(words, chunks, k, entity);
  known.set(key, phrase);
  return phrase;
}

const phrases = new WeakMap<readonly Chunk[], Map<number, Phrase | undefined>>();

function readPhrase(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number, entity: number): Phrase | undefined {
  const c = chunks[k];
  let sign: 1 | -1 = 1;
  let change = false;
  // Inside the entity's own chunk: words before it (modifiers) and after it (up to the head).
  for (let w = c.from; w < entity; w++) {
    const lower = words[w].lower;
    if (c.kind === 'PP' && w === c.from) continue;
    if (lessWords.has(lower) || lossOfFunctionBefore.has(lower) || (lossOfFunctionPrefixes.has(lower) && words[w + 1]?.hyphenBefore)) {
      sign = -sign as 1 | -1;
      change = true;
    } else if (moreWords.has(lower)) change = true;
  }
  // The words after the entity up to the head: "MMP-13 promoter activity" and "IL-6 transcriptional activity"
  // name its activity (a form noun or an adjective before a measure noun); after a loss of function the nouns
  // name its means ("an AP-1 decoy oligonucleotide", "STAT3 siRNA transfection").
  let lost = false;
  for (let w = entity + 1; w < c.to; w++) {
    const lower = words[w].lower;
    // "tumour growth in vivo": the setting after the entity is context.
    if (words[w].setting) break;
    if (words[w].entity) return undefined;
    if (lossOfFunctionAfter.has(lower) || decreasingNouns.has(lower)) {
      sign = -sign as 1 | -1;
      change = true;
      lost = true;
    } else if (lost && (words[w].pos === 'NOUN' || words[w].pos === 'PROPN')) continue;
    else if ((formNouns.has(lower) || words[w].pos === 'ADJ') && w + 1 < c.to && words.slice(w + 1, c.to).every((x) => !x.entity) && measureNouns.has(words[c.to - 1].lower)) continue;
    else if (!measureNouns.has(lower) && !propertyNouns.has(lower) && !/^(cells?|tissues?|mrna|protein)$/.test(lower)) return undefined;
  }
  let firstChunk = k;
  let preposition = c.kind === 'PP' ? c.lemma : '';
  // "the expression of X", "a fall in X", "knockdown of X", "treatment with X": the noun before names the change.
  const before = chunks[k - 1];
  // "an antibody to IL-6R", "inhibitors of JAK2", "siRNA against STAT3": the agent that takes the entity away.
  const against = c.kind === 'PP' && ['of', 'to', 'against'].includes(c.lemma) && before !== undefined && lossOfFunctionAfter.has(words[before.head].lower);
  // "exposure to hypoxia": what the cells were exposed to is the cause, as in "treatment with X".
  const given = c.kind === 'PP' && c.lemma === 'to' && before !== undefined && ['exposure', 'exposures'].includes(words[before.head].lower);
  if (c.kind === 'PP' && (['of', 'in', 'with'].includes(c.lemma) || against || given) && before && (before.kind === 'NP' || before.kind === 'PP')) {
    const noun = words[before.head].lower;
    const lessened = decreasingNouns.has(noun) || lossOfFunctionBefore.has(noun) || against;
    if (lessened || measureNouns.has(noun)) {
      if (lessened) sign = -sign as 1 | -1;
      change ||= lessened || /^(increase|rise|elevation|upregulation|up-regulation|induction|overexpression|accumulation|gain|promotion|enhancement)$/.test(noun);
      for (let w = before.from; w < before.head; w++) {
        if (lessWords.has(words[w].lower)) sign = -sign as 1 | -1;
      }
      firstChunk = k - 1;
      preposition = before.kind === 'PP' ? before.lemma : '';
    }
  }
  // "Blocking STAT3 reduced ...", "by silencing IL-6": a loss-of-function verb just before the phrase.
  const verbBefore = chunks[firstChunk - 1];
  if (verbBefore?.kind === 'VG' && lossOfFunctionBefore.has(words[verbBefore.head].lower) && !verbBefore.negated) {
    sign = -sign as 1 | -1;
    change = true;
    firstChunk -= 1;
    preposition = chunks[firstChunk - 1]?.kind === 'PP' && chunks[firstChunk - 1].from === chunks[firstChunk - 1].to - 1 ? chunks[firstChunk - 1].lemma : preposition;
  }
  return { firstChunk, lastChunk: k, preposition, sign, change };
}

/** "IL-6-induced STAT3 activation": the first entity causes what the second names. */
function hyphenCompound(tokens: readonly Token[], words: readonly ChunkWord[], i: number, j: number, second: Phrase | undefined): PairReading | undefined {
  if (!second || j !== i + 2 || !tokens[i + 1].hyphenBefore) return undefined;
  const relation = causalModifiers[words[i + 1].lower];
  if (!relation || relation === 'increases' && words[i + 1].lower === 'derived') return undefined;
  const signed = signOf(relation);
  if (signed === undefined || lossOfFunctionPrefixes.has(words[i - 1]?.lower ?? '')) return undefined;
  return { subject: i, object: j, relation: signed * second.sign === signed ? relation : opposite(relation), negated: false, inverted: false, mediators: [] };
}

/** "... through STAT3", "via the JAK/STAT pathway" right after the second participant: the route. */
function trailingRoute(tokens: readonly Token[], words: readonly ChunkWord[], chunks: readonly Chunk[], last: number): number[] {
  const next = chunks[last + 1];
  if (!next || next.kind !== 'PP' || !['through', 'via'].includes(next.lemma)) return [];
  const out: number[] = [];
  for (let w = next.from; w < next.to; w++) if (words[w].entity && tokens[w].mention) out.push(w);
  return out;
}

const positive = new Set<ClaimRelation>(['increases', 'activates', 'induces', 'upregulates', 'promotes']);
const negative = new Set<ClaimRelation>(['decreases', 'inhibits', 'suppresses', 'downregulates']);
const opposites: Partial<Record<ClaimRelation, ClaimRelation>> = {
  increases: 'decreases', activates: 'inhibits', induces: 'suppresses', upregulates: 'downregulates', promotes: 'suppresses',
  decreases: 'increases', inhibits: 'activates', suppresses: 'promotes', downregulates: 'upregulates',
};

function signOf(relation: ClaimRelation): 1 | -1 | undefined {
  return positive.has(relation) ? 1 : negative.has(relation) ? -1 : undefined;
}

function opposite(relation: ClaimRelation): ClaimRelation {
  return opposites[relation] ?? relation;
}

/** Whether the library has findings linking two entities (through families, stand-ins and implied facts), either way round. */
function linked(kb: KnowledgeBase, a: string, b: string): boolean {
  let cache = linkCache.get(kb);
  if (!cache) {
    cache = new Map();
    linkCache.set(kb, cache);
  }
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let known = cache.get(key);
  if (known === undefined) {
    // An outcome named by its assay or organ ("colony formation", "hepatocarcinogenesis") is linked through the process it stands for.
    const ids = (x: string): string[] => [x, ...kb.standIns(x).map((s) => s.id), ...(outcomeStandIns[x] ? [outcomeStandIns[x].process] : [])];
    known = false;
    // Only entities with findings of their own (or of a relative or stand-in) can be linked; the check is one
    // cached lookup each, where verifying both ways costs four verifications (a million-fact library: seconds).
    if (!ids(a).some((x) => kb.hasFindings(x)) || !ids(b).some((x) => kb.hasFindings(x))) {
      cache.set(key, known);
      return known;
    }
    for (const s of ids(a)) {
      for (const o of ids(b)) {
        if (s === o || known) continue;
        // An association has no direction (verify reads it both ways); an effect is tried either way round.
        for (const [relation, subject, object] of [['associated-with', s, o], ['regulates', s, o], ['regulates', o, s]] as const) {
          if (known) break;
          const verdict = verifyClaim({ subject, relation, object, mediators: [], context: [], negated: false }, kb).verdict;
          if (verdict === 'supported' || verdict === 'contradicted') known = true;
        }
      }
    }
    cache.set(key, known);
  }
  return known;
}
const linkCache = new WeakMap<KnowledgeBase, Map<string, boolean>>();

/** The sentence's tokens as chunker words: entities as proper nouns, other words with the tagger's tag and lemma. */
function chunkWords(text: string, start: number, end: number, tokens: readonly Token[]): ChunkWord[] {
  const tagged = tagWords(text.slice(start, end));
  let cursor = 0;
  return tokens.map((token) => {
    if (token.kind === 'entity') return { text: token.text, lower: token.lower, pos: 'PROPN' as Pos, lemma: token.lower, entity: true, hyphenBefore: token.hyphenBefore };
    if (token.kind === 'punct') return { text: token.text, lower: token.lower, pos: 'PUNCT' as Pos, lemma: token.lower, hyphenBefore: false };
    while (cursor < tagged.length && tagged[cursor].end + start <= token.start) cursor++;
    const overlapping = [];
    for (let k = cursor; k < tagged.length && tagged[k].start + start < token.end; k++) if (tagged[k].pos !== 'PUNCT') overlapping.push(tagged[k]);
    const last = overlapping[overlapping.length - 1];
    return {
      text: token.text,
      lower: token.lower,
      pos: last?.pos ?? 'X',
      lemma: overlapping.length === 1 ? last.lemma : token.lower,
      hyphenBefore: token.hyphenBefore,
    };
  });
}

