// Knowledge-anchored reading: when the frame reader finds no claim the library can speak to in an assertive
// sentence, take the pairs of entity mentions the library has findings linking, and read the relation cue
// that connects their chunks (cues.ts), its sign, voice, loss-of-function modifiers and negation. This is the
// standard move of biomedical relation extraction (candidate pairs from a knowledge base, a cue between them);
// the claim it yields goes through the same verification as any other, so context and contradiction logic
// apply unchanged. It is conservative: a pair without a clear cue, or with material between the two the cue
// table does not name (another entity, a clause break, an unknown head noun), yields nothing, and the sentence
// stays unsupported (no evidence).
//
// This file keeps the entry points and the order of steps (`withAnchoredClaims`, `readAnchored`, `readPair`); each
// question a step asks has its own module under anchored/: which pairs the library links (links.ts), what a
// participant's phrase says of it (phrases.ts), lists (lists.ts), what stands between the two (path.ts), which cue
// the path holds (cueMatch.ts), readings no cue gives (pairForms.ts), the first participant's place in its clause
// (subjectPhrase.ts) and why a pair was left unread (stops.ts).
import { withoutPreventedEvents } from './preventedEvent';
import { restrictedClass } from './restrictedClass';
import { deniedObjectList, ruledOutMember } from './coordination';
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { showChunks, type Chunk, type ChunkWord } from '../language/chunks';
import { verifyClaim, inScope, silentWhereClaimed, type ClaimVerification } from '../verify/verify';
import { placeTypes } from '../kb/schema';
import { agentNounRelations, classHeads, levelAdjectives, drugDescriptions, cueRows, effectAdjectives, markerRoleWords, negativeAssociationWords, negativeRoleWords, therapyWords } from './cues';
import { toVerifiable, type ExtractedClaim, type SentenceReading } from './extract';
import { samePair } from './readPairs';
import { withMentionSenses } from './mentionSenses';
import { undirectedOutcomeAt } from '../kb/outcomes';
import { withoutAsideSettings } from './asideSettings';
import { assignRoles } from './roles';
import { sentenceChunks } from './nounPhrases';
import { tokenize, type Token } from './tokens';
import { routeNamedByLigandAt } from './triggers';
import { invert, causalModifiers, determiners, neutralChangeNouns, groupTrigger, directedRegulatorWords, type ClaimRelation } from './vocabulary';
import { anchoring, chunkText, pairBeingRead, stop } from './anchored/stops';
import { linked, ownClauseContext } from './anchored/links';
import { type Phrase, bearerPhrase, entitiesIn, entityTypes, phraseOf } from './anchored/phrases';
import { isListMember, isListWord, isNameOnly, joinWord, listMemberPhrase, lossPrefixed, sharedPreposition } from './anchored/lists';
import { associationDescribesSubject, inDescription, normalizePath, signOf } from './anchored/path';
import { lexiconCue, pathMatches } from './anchored/cueMatch';
import { type PairReading, frontedCause, hyphenCompound, instrumentTypes, meansNominal, namedLossAgent, pairOf, reciprocalAssociation, sizeAfter, trailingRoute } from './anchored/pairForms';
import { exampleOfSubject, subjectOfPhrase, timeClauseOpens } from './anchored/subjectPhrase';

export { anchoring } from './anchored/stops';

/** Role nouns that place a participant on a route named after them with "in" ("a key player in IL-6 signalling"). */
const routeRoleNouns = new Set(['regulator', 'regulators', 'mediator', 'mediators', 'player', 'players', 'factor', 'factors', 'component', 'components', 'element', 'elements', 'modulator', 'modulators', 'transducer', 'transducers', 'effector', 'effectors']);

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
 * X", "rose under X", "depends on X", cues.ts), which stand before the second entity's phrase, so between the two.
 */
const agentSecondWords: ReadonlySet<string> = new Set(['by', 'to', 'response', 'after', 'following', 'upon', 'under', 'on']);

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
 * The verification `withAnchoredClaims` made of each claim it checked (in no context it could not name): the
 * sentence's analysis takes it instead of verifying the same claim again when the sentence names no unknown
 * context (issue 10: every claim was verified twice).
 */
export const anchoredVerifications = new WeakMap<ExtractedClaim, ClaimVerification>();

/**
 * The reading with anchored claims when the frame reader found nothing the library can speak to: no claim in
 * its scope, or only claims it has no evidence on. An anchored claim the library has evidence on (for or
 * against, here or elsewhere) comes first and so becomes the sentence's main claim; the frame reader's claims
 * stay, each with its own verdict.
 */
export function withAnchoredClaims(reading: SentenceReading, text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase): SentenceReading {
  if (!anchoring.enabled) return reading;
  if (anchoring.alone) reading = { ...reading, claims: [] };
  // Anchored reading needs two entities (readAnchored), so with fewer the reading stays as it is whatever the
  // checks below find: skip them (issue 11: thousands of sentences without an entity in one block).
  if (mentions.length < 2) return reading;
  const evidenced = (c: ExtractedClaim): boolean => {
    const verification = verifyClaim(toVerifiable(c, undefined, text), kb);
    anchoredVerifications.set(c, verification);
    // A drug's own target restated (verify.ts, kb/inference.ts restatesDrugTarget) is no evidence either: the
    // library was silent on it, and the pairs it links may still tell what the sentence says; nor is a level seen only
    // in another tumour (verify.ts silentWhereClaimed).
    return !silentWhereClaimed(verification) && verification.reason !== 'restates-drug-target';
  };
  // A claim inside a noun phrase ("IL-6-induced STAT3 activation") is what the sentence takes for granted, not
  // what it asserts: the verb's claim about that phrase ("X blocked IL-6-induced STAT3 activation") comes first.
  const insidePhrase = (c: ExtractedClaim): boolean => /^[-‐‑–−][\p{L}-]+\s+$/u.test(text.slice(c.subject.end, c.object.start));
  if (reading.claims.some((c) => !insidePhrase(c) && inScope({ subject: c.subject.entityId, object: c.object.entityId }, kb) && evidenced(c))) return reading;
  const related = new Set(reading.claims.map((c) => relatedKey(c.subject.entityId, c.object.entityId)));
  // A class noun narrowed by a name ("IL-17 family cytokines") is that family to anchored reading too (restrictedClass.ts).
  const narrowing = { text, start, end, mentions, kb, hedged: reading.hedged };
  // "STAT1 is activated by cytokines, including IL-6": the reader read the example's claim; the family before it stands
  // for its examples and is no partner of its own (subjects.ts agents; issue 7, stop 38: paired with STAT1 here, the
  // family was backed through another member's finding and went first).
  const forExample = (c: ExtractedClaim): boolean => reading.claims.some((r) => r.object.entityId === c.object.entityId && r.subject.start > c.subject.end && examplesOpen.test(text.slice(c.subject.end, r.subject.start)));
  const anchored = restrictedClass.apply(readAnchored(text, start, end, mentions, kb, reading.hedged, { related }), narrowing).filter((c) => !reading.claims.some((r) => samePair(r, c)) && !forExample(c));
  if (anchored.length === 0) return reading;
  const first = anchored.filter(evidenced);
  const rest = anchored.filter((c) => !first.includes(c));
  // A countered inhibition and a family named as what a member is are settled once for every reader by the
  // sentence-level claim filters (sentenceFilters.ts), after this. An event named only as prevented ("D blocked
  // X-induced Y") is settled again here: preventedEvent.ts stays a construction, as its place among them decides
  // (run once after every reader, it dropped the modifier claim of "Z siRNA blunted the X-driven rise in Y", which
  // the team corpus's labels count as said; issue 7, stop 36).
  const claims = withoutPreventedEvents([...first, ...reading.claims, ...rest], text);
  return { ...reading, claims };
}

/** From a family to its first example: "cytokines, including ", "cytokines such as ", "factors like ". */
const examplesOpen = /^\s*,?\s*(?:including|such\s+as|like|e\.g\.,?)\s+(?:the\s+)?$/i;

/** The farthest apart (in tokens) two entities of a pair can be; a sentence's participants are far closer. */
const maxPairDistance = 64;
/** The longest sentence (in tokens) anchored reading tags and reads: real sentences stay well below it. */
const maxSentenceTokens = 200;

export function readAnchored(text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase, hedged: boolean, options: AnchoredOptions = {}): ExtractedClaim[] {
  mentions = withMentionSenses(text, mentions);
  // Two entities at least (a loop, not a Set of every sentence's ids; issue 10, stop 37).
  let distinct = false;
  for (let k = 1; k < mentions.length && !distinct; k++) distinct = mentions[k].entityId !== mentions[0].entityId;
  if (!distinct) return [];
  const tokens = tokenize(text, start, end, mentions);
  // A "sentence" of hundreds of tokens is a list, a table flattened into a line or generated text, not a
  // sentence whose relation a cue between two names can carry; the frame reader still reads it (issue 11).
  if (tokens.length > maxSentenceTokens) return [];
  // (A loop, not flatMap: flatMap made an array for every token of every sentence read here.)
  const entityAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'entity') entityAt.push(i);
  const pairable = (x: number, y: number): boolean => {
    const a = tokens[entityAt[x]].mention!.entityId;
    const b = tokens[entityAt[y]].mention!.entityId;
    return a !== b && !isSetting(kb, a) && !isSetting(kb, b) && (options.anyPair || linked(kb, a, b));
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
  // The sentence's chunks, shared with the noun phrases other readers ask for (nounPhrases.ts); the entities
  // marked with what their kind says, on copies of their words (the chunker reads none of the marks).
  const { words: plain, chunks, chunkOf } = sentenceChunks(text, start, end, tokens);
  // (An entity's type goes to a table beside the words, not onto a copy of its word: most entities are genes or
  // proteins, and a copy of a new shape for each made every later read of the words slower, issue 11.)
  const types: (string | undefined)[] = [];
  const words = plain.map((w, k) => {
    if (!w.entity) return w;
    const type = kb.entities.get(tokens[k].mention!.entityId)?.type;
    if (type === 'experimental-system') return { ...w, setting: true, place: true };
    // (A cell type's products stand for it, cues.ts producedFactors: readPhrase asks its type.)
    if (type === 'cell-type') types[k] = type;
    if (placeTypes.has(type ?? '')) return { ...w, place: true };
    if (type === 'condition') return { ...w, condition: true };
    if (type && classHeads.byType[type]) types[k] = type;
    return w;
  });
  entityTypes.set(words, types);
  anchoring.trace?.push(`chunks ${showChunks(words, chunks)}`);
  // The sentence's context, worked out once a pair is read (most sentences tagged here yield no claim).
  let context: readonly EntityMention[] | undefined;
  const claims: ExtractedClaim[] = [];
  for (const [i, j] of pairs) {
    if (anchoring.trace) pairBeingRead.traced = `${tokens[i].text} .. ${tokens[j].text}`;
    const read = readPair(kb, tokens, words, chunks, chunkOf, i, j);
    if (!read) continue;
    const subject = tokens[read.subject].mention!;
    const object = tokens[read.object].mention!;
    // "a predictor of prognosis", no direction named: X matters, which way is not said (kb/outcomes.ts, as the
    // adverse-outcome construction marks the verb reader's associations).
    const undirected = read.relation === 'associated-with' && [subject, object].some((m) => undirectedOutcomeAt(m.entityId, kb, text, m.start, start));
    claims.push({
      subject,
      relation: read.relation,
      ...(read.polarity ? { polarity: read.polarity } : {}),
      ...(undirected ? { undirected } : {}),
      object,
      mediators: read.mediators.map((k) => tokens[k].mention!),
      context: withoutAsideSettings(tokens, kb, [...ownClauseContext(tokens, Math.min(read.subject, read.object), (context ??= assignRoles(tokens, 0, tokens.length, kb, 'left').context))]).filter((m) => m.entityId !== subject.entityId && m.entityId !== object.entityId),
      negated: read.negated,
      hedged,
      inverted: read.inverted,
      start: tokens[Math.min(i, j)].start,
      end: tokens[Math.max(i, j)].end,
    });
  }
  return claims;
}

/**
 * An experimental system ("xenograft", "organoids"): the setting of a finding, never one of its pair. (A function
 * of the module, not a closure made per sentence: closures made per sentence were optimised again after every
 * full collection, issue 11; see language/chunks.ts.)
 */
function isSetting(kb: KnowledgeBase, id: string): boolean {
  return kb.entities.get(id)?.type === 'experimental-system';
}

/** Nouns of change that "no" denies: "no change in X", "no alteration in X" (vocabulary.ts neutralChangeNouns). */
const changeNouns = neutralChangeNouns;
/** Nouns of a change a determiner "no" denies: "caused no (significant) increase in Y" (stop 38). */
const deniableChangeNouns = new Set([...changeNouns, 'increase', 'increases', 'rise', 'rises', 'elevation', 'upregulation', 'up-regulation', 'induction', 'activation', 'decrease', 'decreases', 'reduction', 'reductions', 'fall', 'decline', 'downregulation', 'down-regulation', 'suppression', 'inhibition', 'enhancement', 'loss', 'gain']);

function readPair(kb: KnowledgeBase, tokens: readonly Token[], words: readonly ChunkWord[], chunks: readonly Chunk[], chunkOf: readonly number[], i: number, j: number): PairReading | undefined {
  const named = namedLossAgent(kb, tokens, words, i, j);
  if (named) return named;
  // "IL-6-induced STAT3": a hyphen-tied participle between two entities of one phrase.
  if (chunkOf[i] === chunkOf[j]) return hyphenCompound(tokens, words, i, j, phraseOf(words, chunks, chunkOf[j], j));
  const own = bearerPhrase(words, chunks, chunkOf[i], i) ?? phraseOf(words, chunks, chunkOf[i], i);
  const read = phraseOf(words, chunks, chunkOf[j], j);
  if (!own || !read) {
    // (Eval only, `--stops -v` on studied rows: which participant's chunk the phrase reader left unread.)
    if (anchoring.trace) pairBeingRead.traced += ` [${!own ? 'first' : 'second'} in "${chunkText(words, chunks[chunkOf[!own ? i : j]])}"]`;
    return stop('a participant in a phrase whose head says neither more nor less of it');
  }
  const second = listMemberPhrase(words, chunks, sharedPreposition(words, chunks, read));
  // "X attenuates hypoxia and IL-11-induced invasion" ("hypoxia- and IL-11-induced"): a name joined by "and" to a
  // name tied by a hyphen to a participle of cause shares that participle; it causes the noun, it is no object.
  const joined = chunks[second.lastChunk + 1];
  const tied = chunks[second.lastChunk + 2];
  if (second.firstChunk === second.lastChunk && joined?.kind === 'O' && ['and', 'or'].includes(words[joined.head].lower) && tied?.kind === 'NP') {
    const at = words.slice(tied.from, tied.to).findIndex((w) => !determiners.has(w.lower)) + tied.from;
    if (words[at]?.entity && words[at + 1]?.hyphenBefore && causalModifiers[words[at + 1].lower] !== undefined && chunks[second.lastChunk].to - 1 === j) return stop('a cause that shares a hyphen-tied participle after "and"');
  }
  // The first participant inside a phrase of the clause's subject: "the inhibitory action of X on Y" (the noun
  // it depends on, `nominal`, names the relation), "matrix degradation by X promotes Y", "signalling mediated by
  // X", "pathways such as X and Y restrain Z" (the agent or example stands for the subject).
  // "Genes of metastasis, such as adhesion molecules (A, B, and C), are raised in X": a name among the examples of
  // the clause's subject stands for it (cues.ts subjectExamples).
  let first = exampleOfSubject(words, chunks, chunkOf[i], chunkOf[j], own) ?? subjectOfPhrase(words, chunks, listMemberPhrase(words, chunks, own));
  // "No (significant) change in STAT3 phosphorylation was seen after X": the first participant in a change its
  // determiner denies (only a row that asks for one reads it: cues.ts 'no change seen after a cause').
  const denied = chunks[first.firstChunk - 1];
  if (first.preposition === 'in' && first.firstChunk === first.lastChunk && denied?.kind === 'NP' && words[denied.from].lower === 'no' && changeNouns.has(words[denied.head].lower) && entitiesIn(words, denied).length === 0) first = { ...first, firstChunk: first.firstChunk - 1, preposition: '', unchanged: true };
  // "the role played by X in Y": a noun and the participle of its verb stand as the nominal of X ("the role of X").
  const playedBy = first.preposition === 'by' && chunks[first.firstChunk - 1]?.kind === 'VG' && chunks[first.firstChunk - 1].to === chunks[first.firstChunk - 1].from + 1 && ['played', 'exerted'].includes(words[chunks[first.firstChunk - 1].head].lower) && chunks[first.firstChunk - 2]?.kind === 'NP';
  const nominalAt = first.preposition === 'of' && chunks[first.firstChunk - 1]?.kind === 'NP' ? first.firstChunk - 1 : playedBy ? first.firstChunk - 2 : -1;
  const nominal = nominalAt >= 0 ? chunks[nominalAt] : undefined;
  // A first participant after a preposition is read only as a nominal's, a fronted cause or "between X and Y" (below).
  if (first.lastChunk >= second.firstChunk) return stop('the first participant\'s phrase reaches the second');
  // "Y decreased sharply when X was silenced", "Y rose once X had been knocked down": the second participant opens a
  // time clause of its own; the first's verb does not act on it (issue 7, stop 33: read as "Y decreases X", roles
  // swapped; lossClause.ts lossClauseAfter reads a loss there turned round).
  if (timeClauseOpens(words, chunks, first.lastChunk, second)) return stop('the second participant opens a time clause');
  // "X protected tumour cells from D": the cells a verb of protection shields are where it acts; what it holds back
  // follows "from" (cues.ts 'protects from'). Read as the verb's object, "X lowers the cancer" was a false reading.
  const shieldedFrom = chunks[second.lastChunk + 1];
  if (second.preposition === '' && shieldedFrom?.kind === 'PP' && shieldedFrom.lemma === 'from' && chunks.slice(first.lastChunk + 1, second.firstChunk).some((c) => c.kind === 'VG' && /^(?:protect|shield|spare|rescue|guard)$/.test(c.lemma))) return stop('the cells a verb of protection shields, before "from"');
  // A later member of a list of names that is the clause's subject ("IL-6 and IL-11 activate STAT3") acts
  // like the first; one of a list after a head ("inhibitors of JAK2 and STAT3") is not read here.
  let lead = first.firstChunk;
  while (lead >= 2 && isListWord(words, chunks[lead - 1]) && isListMember(words, chunks[lead - 2])) lead -= 2;
  // The same for a list before the first participant: plain members need "and"/"or" right before it.
  if (lead < first.firstChunk && !['and', 'or', 'nor', '/'].includes(joinWord(words, chunks[first.firstChunk - 1])) && chunks.slice(lead, first.firstChunk).some((c) => c.kind === 'NP' && !isNameOnly(words, c))) lead = first.firstChunk;
  let verbAfter = first.lastChunk + 1;
  while (chunks[verbAfter]?.kind === 'ADVP') verbAfter++;
  // "IL-6 raised STAT3 levels and STAT3 knockdown lowered invasion": a name after "and" with its own verb, whose
  // list would start with the object of an earlier finite verb, opens the next clause (no subject list).
  const objectOfVerb = (k: number): boolean => chunks[k - 1]?.kind === 'VG' && !chunks[k - 1].passive && !/ing$/.test(words[chunks[k - 1].head].lower);
  const newClause = lead < first.firstChunk && objectOfVerb(lead) && joinWord(words, chunks[first.firstChunk - 1]) === 'and' && chunks[verbAfter]?.kind === 'VG';
  if (newClause) lead = first.firstChunk;
  const beforeList = chunks[lead - 1];
  const opensClause = newClause || !beforeList || beforeList.kind === 'ADVP' || (beforeList.kind === 'O' && [',', 'that', 'which', 'whereas', 'while', 'although', 'though'].includes(words[beforeList.head].lower));
  // A comma after a fronted phrase opens the clause ("In HCC cells, IL-6 ..."); "and" or "/" before a lone name does not.
  // Unless its own verb follows: then it is that verb's subject, whether the "and" joins it to a list ("Migration
  // of tumour cells and MMP-9 expression were reduced by X") or opens a clause ("X is secreted by Y, and X
  // activates Z").
  if (!newClause && beforeList && isListWord(words, beforeList) && words[beforeList.head].lower !== ',' && lead === first.firstChunk && chunks[verbAfter]?.kind !== 'VG') return stop('the first participant is a later member of a list');
  if (lead !== first.firstChunk && !opensClause) return stop('a list that does not open its clause');
  // "A but not B raised Y", "A, rather than B, raised Y": B is ruled out, no member of a list (coordination.ts).
  if (ruledOutMember(words, chunks[first.firstChunk].from)) return stop('a member ruled out by "but not" or "rather than"');
  if (first.firstChunk > 0 && inDescription(words, chunks, first.firstChunk, second.firstChunk)) return stop('the first participant describes an earlier one');
  let between = chunks.slice(first.lastChunk + 1, second.firstChunk);
  // "D, a drug that inhibits X activity, halts Y" (cues.ts drugDescriptions): the target of a drug its
  // description names stands, lost, as the subject of the drug's verb after the closing comma.
  if (describedTarget(words, chunks, first) && words[between[0]?.head ?? -1]?.lower === ',') {
    first = { ...first, sign: -first.sign as 1 | -1, change: true };
    between = between.slice(1);
  }
  if (associationDescribesSubject(words, chunks, between, second.lastChunk)) return stop('a reduced relative of association describing the clause\'s subject');
  // ... and for the pair of the object and what that later verb acts on, the object is not its subject.
  if (objectOfVerb(lead) && between[0]?.kind === 'O' && joinWord(words, between[0]) === 'and' && isListMember(words, between[1]) && between[2]?.kind === 'VG') return stop('a later subject with its own verb opens the next clause');
  const fronted = frontedCause(words, chunks, first, second, between);
  if (fronted) return pairOf(i, j, fronted.relation, { negated: fronted.negated, inverted: first.sign < 0 });
  // "Whereas X raised Y, Z did not": after a comma, a name with a verb of its own opens the next clause; it is no
  // later member of the first verb's list of objects ("X raised Y, Z and W").
  // So does a name after "and" with its own verb, once the first clause had one: "X raised Y and Z knockdown
  // lowered W" (not "X and Y levels were correlated"; a participle with its agent, "and Z secreted by W", still
  // describes a list member).
  const last = between[between.length - 1];
  const ownVerb = chunks[second.lastChunk + 1]?.kind === 'VG' && (words[last?.head ?? 0]?.lower === ',' || (between.some((c) => c.kind === 'VG') && !(chunks[second.lastChunk + 2]?.kind === 'PP' && chunks[second.lastChunk + 2].lemma === 'by')));
  if (first.preposition === '' && last?.kind === 'O' && [',', 'and'].includes(words[last.head].lower) && second.preposition === '' && ownVerb) return stop('the second participant opens the next clause');
  const reciprocal = reciprocalAssociation(words, chunks, first, second, between);
  if (reciprocal) return pairOf(i, j, 'associated-with', { polarity: reciprocal.negative ? 'negative' : 'positive', negated: reciprocal.negated });
  const means = meansNominal(words, chunks, first, second, between);
  if (means) return pairOf(i, j, means);
  // "... the activation of ATF4, which induced ATF3": a relative clause right after the first participant's
  // phrase has it for its subject, whatever preposition introduced it.
  const relative = (c: Chunk | undefined): boolean => c?.kind === 'O' && ['which', 'that'].includes(words[c.head].lower);
  const antecedent = relative(between[0]) || (between[0] !== undefined && words[between[0].head].lower === ',' && relative(between[1]));
  if (first.preposition !== '' && !nominal && !antecedent) return stop('the first participant after a preposition');
  // "X led to IRS-1 degradation, which mediated Y": a relative set off by a comma after the loss an earlier
  // predicate brought about may speak of that whole event (X's effect), not of the lost entity.
  if (antecedent && first.preposition !== '' && first.sign < 0 && words[between[0].head].lower === ',') return stop('a relative after a loss that may speak of the whole clause');
  // "X blocked Y, which led to reduced Z": a relative set off by a comma whose verb is one of consequence speaks of
  // the whole event before it (the verb reader gives it the main clause's subject, subjects.ts consequenceVerbs); Y,
  // the blocked object, leads to nothing (read so, "Y lowers Z" was a false contradiction).
  const consequence = between[2]?.kind === 'VG' ? between[2] : between[3]?.kind === 'VG' && between[2]?.kind === 'ADVP' ? between[3] : undefined;
  if (antecedent && words[between[0].head].lower === ',' && consequence && consequenceLemmas.has(consequence.lemma) && chunks.slice(0, first.firstChunk).some((c) => c.kind === 'VG')) return stop('a relative of consequence that speaks of the whole clause');
  // "Inhibition of STAT3 by AG490 reduced X", "knockdown of IL-6 with siRNA": the means of a loss of function
  // right after it belongs to the first participant's phrase.
  // ("... with an anti-IL-6R antibody": a name's loss of function is a means too.)
  const instrument = (w: number): boolean => instrumentTypes.has(kb.entities.get(tokens[w].mention?.entityId ?? '')?.type ?? '') || phraseOf(words, chunks, first.lastChunk + 1, w)?.sign === -1;
  if (first.sign < 0 && between[0]?.kind === 'PP' && ['by', 'with'].includes(between[0].lemma) && entitiesIn(words, between[0]).every(instrument)) between = between.slice(1);
  // "Secretion of IL-6 by CAFs increased X": the agent of the first participant's nominal event ("N of X by Y"),
  // before the verb, is no participant of this pair (the nominal itself is: cues.ts 'a nominal event and its agent').
  else if (between.length > 1 && between[0]?.kind === 'PP' && between[0].lemma === 'by' && first.firstChunk < first.lastChunk && chunks[first.lastChunk].kind === 'PP' && chunks[first.lastChunk].lemma === 'of') between = between.slice(1);
  // "A, B, C and D": whether "and"/"or" closes a list of which the second participant is a member, after it.
  let closedAfter = false;
  for (let n = second.lastChunk + 1; n < chunks.length && !closedAfter; n++) {
    let m = n;
    for (; isListWord(words, chunks[m]); m++) if (['and', 'or'].includes(joinWord(words, chunks[m]))) closedAfter = true;
    if (m === n || !(isListMember(words, chunks[m]) || lossPrefixed(words, chunks[m]))) break;
    n = m;
  }
  const ownHeads = classHeads.byType[entityTypes.get(words)?.[i] ?? ''];
  const path = normalizePath(words, between, (w) => placeTypes.has(kb.entities.get(tokens[w].mention?.entityId ?? '')?.type ?? ''), second.preposition, closedAfter, (w) => ownHeads?.has(words[w].lower) === true);
  if (!path) return undefined;
  // "STAT3 is a key regulator (player, mediator) in IL-6 signalling": a route named by its ligand after a role noun and
  // "in" is where the first participant sits, not what it acts on (triggers.ts routeNamedByLigandAt; stop 49, h-route49).
  const inAt = tokens[j - 1]?.lower === 'the' ? j - 2 : j - 1;
  if (tokens[inAt]?.lower === 'in' && routeRoleNouns.has(tokens[inAt - 1]?.lower ?? '') && routeNamedByLigandAt(tokens, inAt + 1)) return stop('a route named by its ligand after a role noun');
  const matches = cueRows.filter(
    (row) =>
      (nominal ? row.nominal?.split('|').includes(nominal.lemma) : !row.nominal) &&
      // (A clinical group may simply have an outcome: "patients with higher X had a poor prognosis".)
      (first.bearer ? row.bearer === true && (second.change || row.happened === true || (first.bearer === 'clinical' && second.preposition === '' && kb.entities.get(tokens[j].mention?.entityId ?? '')?.type === 'phenotype')) : !row.bearer) &&
      pathMatches(row, path.chunks, words, second.preposition) &&
      (!row.secondType || kb.entities.get(tokens[j].mention?.entityId ?? '')?.type === row.secondType) &&
      (!row.needsChange || first.change) &&
      (!row.needsNoChange === !first.unchanged) &&
      (!row.firstLoss || first.sign < 0),
  );
  // No hand row: the trigger lexicon may name the words between (lexiconCue), for a first participant that is
  // the clause's own subject.
  const derived = matches.length === 0 && !nominal && !first.bearer && !first.unchanged ? lexiconCue(words, chunks, path.chunks, second) : undefined;
  if (derived) matches.push(derived);
  if (matches.length === 0) return stop('no cue row for the words between');
  // "A rise in IL-6 after X was seen", "The induction of IL-6R by X was marked" assert the nominal event; as the
  // object of another verb ("Y promotes IL-6 secretion by CAFs") it is taken for granted, and Y's claim is the one.
  if (path.chunks.length === 0 && !nominal && !opensClause) return stop('a nominal event inside another phrase');
  const row = matches[0];
  const verb = path.chunks.find((c) => c.kind === 'VG' && groupTrigger(words[c.head].lower, c.lemma) !== undefined) ?? path.chunks.find((c) => c.kind === 'VG');
  let relation: ClaimRelation;
  if (row.relation === 'verb') {
    const found = verb ? (groupTrigger(words[verb.head].lower, verb.lemma)) : undefined;
    if (!found) return undefined;
    relation = found;
  } else if (row.relation === 'noun') {
    const noun = path.chunks.find((c) => (c.kind === 'NP' || c.kind === 'PP') && (agentNounRelations[c.kind === 'PP' ? words[c.head].lemma : c.lemma] ?? agentNounRelations[words[c.head].lower]) !== undefined);
    const found = noun ? agentNounRelations[words[noun.head].lemma] ?? agentNounRelations[words[noun.head].lower] : undefined;
    if (!found) return undefined;
    relation = found;
  } else if (row.relation === 'level') {
    const adjective = path.chunks.find((c) => c.kind === 'ADJP');
    const found = adjective ? levelAdjectives[words[adjective.head].lower] : undefined;
    if (!found) return undefined;
    relation = found;
  } else if (row.relation === 'verb-association') {
    // "IL-11 was overexpressed in OSCC": the entity goes with the disease, positively for a verb of more.
    const found = verb ? (groupTrigger(words[verb.head].lower, verb.lemma)) : undefined;
    const signed = found ? signOf(found) : undefined;
    if (signed === undefined) return undefined;
    return pairOf(i, j, 'associated-with', { polarity: signed * first.sign > 0 ? 'positive' : 'negative', negated: path.chunks.some((c) => c.negated === true) });
  } else if (row.relation === 'adjective') {
    const noun = nominal ?? path.chunks.find((c) => c.kind === 'NP');
    const adjectives = noun ? words.slice(noun.from, noun.head).map((w) => effectAdjectives[w.lower]).filter((r) => r !== undefined) : [];
    // "The effect of X on Y was negligible": the size said of the nominal by its predicate denies it, as "a
    // negligible effect of X on Y" does (only the sizes that deny: a "strong" or "modest" effect has no direction).
    if (adjectives.length === 0 && nominal) {
      const denial = sizeAfter(words, chunks, second.lastChunk);
      if (denial) adjectives.push(denial);
    }
    // One adjective, or none that disagree: "a strong inhibitory effect"; none at all says nothing.
    if (adjectives.length === 0 || adjectives.some((r) => r !== adjectives[0])) return undefined;
    relation = adjectives[0];
  } else {
    // What a group of patients carrying X shows is an association; what cells given X show is its effect.
    relation = first.bearer === 'clinical' ? 'associated-with' : row.relation;
  }
  // "a suppressive role in Y", "the protective role of X in Y": the role's adjective turns it round.
  const roleWords = [...path.chunks, ...(nominal ? [nominal] : [])].filter((c) => c.kind === 'NP').flatMap((c) => words.slice(c.from, c.to).map((w) => w.lower));
  if (['role in', 'role during', 'role from the stages of', 'the role of X in Y', 'a factor in'].includes(row.name) && roleWords.some((w) => negativeRoleWords.has(w))) relation = 'suppresses';
  // "a negative regulator of Y", "a positive modulator of Y", "a negative mediator of Y" (vocabulary.ts
  // directedRegulatorWords): the adjective gives the agent noun its direction.
  if (row.relation === 'noun' && (relation === 'regulates' || relation === 'promotes')) relation = path.chunks.filter((c) => c.kind === 'NP' || c.kind === 'PP').flatMap((c) => words.slice(c.from, c.to)).map((w) => directedRegulatorWords[w.lower]).find((r) => r !== undefined) ?? relation;
  // "a prognostic factor in HCC" is a sign of the disease's course, not its cause.
  if (row.name === 'a factor in' && roleWords.some((w) => markerRoleWords.has(w))) return stop('a factor that is a sign, not a cause');
  // "a therapeutic target in Y": only a target of treatment says X drives Y.
  if (row.name.includes('therapeutic target') && !path.chunks.some((c) => words.slice(c.from, c.to).some((w) => therapyWords.has(w.lower)))) return stop('a target that is not one of treatment');
  const [agent, patient] = row.agent === 'first' ? [first, second] : [second, first];
  // "did not show an inhibitory effect of X on Y": the verb that governs the nominal denies it; "neither X nor
  // Y raised Z" denies it of each.
  // "X raised neither A nor B": the list after the verb denies it of each member too (coordination.ts).
  const neither = chunks.slice(Math.max(0, lead - 1), first.firstChunk + 1).some((c) => words.slice(c.from, c.to).some((w) => w.lower === 'neither' || w.lower === 'nor'))
    || deniedObjectList(words, chunks.slice(first.lastChunk + 1, second.lastChunk + 1));
  // "X plays no role in Y", "X is no inducer of Y": the cue's noun denied by its determiner (for an effect noun,
  // "no effect on", the adjective reading already says no-effect).
  const deniedNoun = row.relation !== 'adjective' && path.chunks.some((c) => (c.kind === 'NP' && words[c.from]?.lower === 'no') || (c.kind === 'PP' && words[c.from + 1]?.lower === 'no'));
  // "No increased invasion was seen after X": the first participant's phrase denied by its determiner (a row that
  // reads "no change" as no effect has said so already).
  const deniedFirst = !row.needsNoChange && row.relation !== 'no-effect' && row.relation !== 'adjective' && words[chunks[first.firstChunk]?.from]?.lower === 'no';
  // "X caused no (significant) increase in Y", "led to no marked rise in Y": a noun of change between the two, denied by
  // its determiner (stop 38: the
  // phrase stood outside the path, and the denial of a reported rise was read as the rise, a false support).
  const deniedChange = !row.needsNoChange && row.relation !== 'no-effect' && row.relation !== 'adjective' && chunks.slice(first.lastChunk + 1, second.firstChunk + 1).some((c) => ((c.kind === 'NP' && words[c.from]?.lower === 'no') || (c.kind === 'PP' && words[c.from + 1]?.lower === 'no')) && deniableChangeNouns.has(words[c.head]?.lower ?? ''));
  const negated = neither || deniedNoun || deniedFirst || deniedChange || path.chunks.some((c) => c.negated === true) || (nominal !== undefined && chunks[nominalAt - 1]?.negated === true);
  const mediators = [...path.routes, ...trailingRoute(tokens, words, chunks, second.lastChunk)];
  const [subject, object] = row.agent === 'first' ? [i, j] : [j, i];
  if (relation === 'associated-with') {
    const pathWords = path.chunks.flatMap((c) => words.slice(c.from, c.to).map((w) => w.lower));
    const negative = [...path.adverbs, ...pathWords].some((a) => negativeAssociationWords.has(a));
    const sign = (negative ? -1 : 1) * agent.sign * patient.sign;
    return pairOf(subject, object, relation, { polarity: sign > 0 ? 'positive' : 'negative', negated, mediators });
  }
  const signed = signOf(relation);
  if (signed === undefined) {
    // binds, signals-through, regulates: only said of the entities themselves; no effect of a loss ("unaffected
    // by STAT3 knockdown") is no effect.
    if ((agent.sign < 0 || patient.sign < 0) && relation !== 'no-effect') return undefined;
    return pairOf(subject, object, relation, { negated, mediators });
  }
  const total = signed * agent.sign * patient.sign;
  return pairOf(subject, object, total === signed ? relation : invert(relation), { negated, inverted: agent.sign < 0, mediators });
}

/** Verbs of consequence: after ", which" they speak of the event before the comma, not of its last name. */
const consequenceLemmas: ReadonlySet<string> = new Set(['lead', 'result', 'culminate', 'translate']);

/**
 * Whether the first participant is the target a drug's description names, "D, a drug that inhibits X activity,"
 * (cues.ts drugDescriptions): after it the description closes with a comma and the drug's own verb follows.
 */
function describedTarget(words: readonly ChunkWord[], chunks: readonly Chunk[], first: Phrase): boolean {
  const [comma, drug, relative, verb] = [first.firstChunk - 4, first.firstChunk - 3, first.firstChunk - 2, first.firstChunk - 1].map((k) => chunks[k]);
  if (!comma || first.preposition !== '' || first.sign < 0 || first.firstChunk !== first.lastChunk || chunks[first.firstChunk - 5]?.kind !== 'NP') return false;
  if (comma.kind !== 'O' || words[comma.head].lower !== ',' || drug.kind !== 'NP' || !['a', 'an'].includes(words[drug.from].lower) || !drugDescriptions.nouns.has(words[drug.head].lower)) return false;
  if (relative.kind !== 'O' || !['that', 'which'].includes(words[relative.head].lower) || verb.kind !== 'VG' || verb.negated || verb.passive || !drugDescriptions.verbs.has(verb.lemma)) return false;
  let after = first.lastChunk + 2;
  while (chunks[after]?.kind === 'ADVP') after++;
  return chunks[first.lastChunk + 1]?.kind === 'O' && words[chunks[first.lastChunk + 1].head].lower === ',' && chunks[after]?.kind === 'VG';
}
