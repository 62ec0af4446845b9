// Subjects: who the reader takes as the agent of a relation verb, moved out of extract.ts (stop 48) so that
// "why did the reader take X as the agent of this verb?" has one place to look. extract.ts readSentence asks,
// for each trigger, in this order:
// 1. where the subject phrase begins (`subjectPhraseStart`: after the previous trigger, a fronted phrase of
//    means or circumstance `frontedPhraseEnd`, a clause of its own after a comma `ownClauseAfterComma`) and which
//    words before the verb are skipped (`skipBack`: auxiliaries, adverbs, words of report and seeming);
// 2. for a passive: its patient, the head of the names before the verb (`headParticipants`), or with none there the
//    antecedent of a relative clause (`relativeAntecedent`) or of a pronoun in a clause of place
//    (`placeClausePronounAntecedent`); its agents after "by" / "in response to" (`agents`: a class with its
//    examples, the agent behind a noun of intervention, "downstream of"), else the cells' treatment (`headParticipants`);
// 3. for an active verb: the names before it, or for a closing participle, ", promoting Y", the clause's subject
//    (`closingParticipleAgents`: never a name a preposition of time or place governs, `governedBySetting`), each list
//    headed by `headParticipants`; a run-on verb's own subject instead (`runOnSubject`);
// 4. subjects taken from elsewhere when the phrase names none (`inheritedSubjects`: a coordinated verb, a relative
//    clause on a predicate noun `predicateNounSubjects` / `raisedCopulaAt`, a described object, a pronoun's
//    antecedent, the nearest participant of the clause before);
// 5. subjects shared past a copula, "X is a N and activates Y" (`copulaSubjects`).
// Pure functions of the tokens (and the knowledge base where an entity's type decides); extract.ts imports them,
// this module imports nothing from extract.ts.
import { capacityWords } from './cues';
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { bareComma, closedBy, degreeJoin, joins } from './coordination';
import { assignRoles, coordinated, isLossOfFunctionWord, plainParticipant, type Participant } from './roles';
import { prepositionWord, scanOf } from './scan';
import { taggedAsVerb } from './nounPhrases';
import type { Token } from './tokens';
import { qualifyingAsideBefore } from './denialAside';
import { inApposition } from './appositions';
import { butAlso, butNot, determiners, prepositions, type Trigger } from './triggers';
import { auxiliaryVerbs, beVerbs, clauseBreakers, hedges, isGerund, lossNounsAt, negations, relationSign, settingPrepositions, verbTrigger } from './vocabulary';

const skippable = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'may', 'might',
  'will', 'would', 'shall', 'should', 'must', 'also', 'further', 'thereby', 'then', 'thus', 'still', 'therefore', 'directly',
  'indirectly', 'not', 'to', 'found', 'shown', 'reported', 'known', 'thought', 'able', 'observed', 'demonstrated', 'proposed',
  'suggested', 'believed', 'expected', 'likely', 'unlikely', 'only', 'first', 'itself', 'in', 'turn', 'both', 'all', 'each',
  'subsequently', 'consequently', 'indeed', 'reportedly', 'no', 'longer',
  // Adverbs of frequency without -ly, skipped as "frequently" is: "is often associated with".
  'often', 'always', 'sometimes', 'fail', 'failed', 'fails', 'unable', 'never',
  'cannot', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'probably', 'possibly', 'potentially', 'apparently',
  'largely', 'partly', 'mainly', 'primarily', 'predominantly', 'selectively', 'specifically', 'likewise', 'again', 'too',
  'moreover', 'furthermore', 'instead', 'nevertheless', 'nonetheless', 'hence', 'now', 'even', 'still', 'yet',
  // "IL-11 has been implicated as a promoter of ...", "is regarded as a driver of ...".
  'implicated', 'regarded', 'considered', 'identified', 'described', 'recognized', 'recognised', 'viewed', 'established',
  'characterized', 'characterised', 'seen', 'sufficient', 'enough', 'itself', 'themselves', 'alone',
  // "X is effective (ineffective) in prolonging Y": the verb after "in" is X's own.
  'effective', 'ineffective',
]);
const npStops = new Set([
  'that', 'which', 'whether', 'who', 'whom', 'we', 'they', 'i', 'you', 'when', 'if', 'because', 'since', 'as', 'thus', 'therefore',
  'hence', 'so', 'show', 'shows', 'showed', 'shown', 'demonstrate', 'demonstrates', 'demonstrated', 'reveal', 'reveals', 'revealed',
  'indicate', 'indicates', 'indicated', 'suggest', 'suggests', 'suggested', 'found', 'find', 'finds', 'report', 'reports', 'reported',
  'observe', 'observed', 'confirm', 'confirmed', 'establish', 'established', 'note', 'noted', 'conclude', 'concluded',
  'hypothesize', 'hypothesized', 'believe', 'believed', 'know', 'known', 'propose', 'proposed', 'where', 'whereby', 'there',
  ...clauseBreakers, ...beVerbs, ...auxiliaryVerbs,
  // ", showing NT157 lowered STAT3", ", providing X ...": a participle whose complement is a clause of its own; the
  // subject of the verb after it starts after it, not in the main clause before the comma.
  'showing', 'suggesting', 'indicating', 'revealing', 'demonstrating', 'confirming', 'implying', 'providing', 'offering', 'meaning',
]);
const pronouns = new Set(['it', 'they', 'this', 'these', 'which']);
/**
 * Whether the "and" (or "or") at `k` joins two clauses: a comma before it, one name (with its article) between it and
 * the verb at `verbAt`, a finite verb there (opensClause), and no list of names before the comma: "A, B, and C raise Y"
 * is a list whose comma before "and" closes three members or more, "Z relays the signals of A, and B raises Y" is two
 * clauses, the second's subject B alone (issue 7, stop 47: read as Z raises Y).
 */
export function ownClauseAfterComma(tokens: readonly Token[], k: number, verbAt: number): boolean {
  if (!(tokens[k].lower === 'and' || tokens[k].lower === 'or') || tokens[k - 1]?.text !== ',' || verbAt < 1 || tokens[verbAt - 1].kind !== 'entity') return false;
  for (let j = k + 1; j < verbAt - 1; j++) if (!(tokens[j].kind === 'word' && determiners.has(tokens[j].lower))) return false;
  if (!opensClause(tokens, verbAt - 1)) return false;
  return !(tokens[k - 2]?.kind === 'entity' && tokens[k - 3]?.text === ',');
}

/**
 * The name at `index` is followed by a finite verb of its own: a copula, an auxiliary, or a relation verb in -s or -ed
 * ("B raises Y"), after at most two adverbs ("B also raises Y", "B then markedly raised Y").
 */
export function opensClause(tokens: readonly Token[], index: number): boolean {
  let k = index + 1;
  while (k <= index + 2 && tokens[k]?.kind === 'word' && (/ly$/.test(tokens[k].lower) || clauseAdverbs.has(tokens[k].lower))) k++;
  const next = tokens[k];
  if (next?.kind !== 'word') return false;
  return beVerbs.has(next.lower) || auxiliaryVerbs.has(next.lower) || (/[^s]s$|ed$/.test(next.lower) && verbTrigger(next.lower) !== undefined);
}
/** Adverbs without -ly that may stand between a clause's subject and its verb. */
const clauseAdverbs = new Set(['also', 'further', 'then', 'thus', 'still', 'therefore', 'indeed', 'in', 'turn', 'often']);

/** The nouns of an intervention whose "with"/"of"/"to" names what was done: "after treatment with", "upon withdrawal of". */
export const treatmentNouns = new Set(['treatment', 'treatments', 'exposure', 'stimulation', 'incubation', 'addition', 'administration', 'withdrawal', 'removal', 'deprivation', 'transfection', 'infection', 'challenge', 'co-treatment', 'cotreatment', 'therapy', 'application', 'depletion', 'knockdown', 'silencing', 'inhibition', 'blockade', 'loss', 'overexpression']);

/** The subject phrase of a trigger starts after the previous trigger, a clause break or a stop word. */
export function subjectPhraseStart(tokens: readonly Token[], trigger: Trigger, previous: Trigger | undefined, clauses: readonly number[], passDescriptions = false): number {
  const limit = Math.max(previous && previous.clause === trigger.clause ? previous.last + 1 : 0, frontedPhraseEnd(tokens, trigger.first));
  const verbAt = skipBack(tokens, trigger.first, trigger.copular);
  let k = verbAt - 1;
  for (; k >= limit; k--) {
    const token = tokens[k];
    if (clauses[k] !== trigger.clause) break;
    // "Sorafenib, which blocks Raf, lowered X": a relative clause or description on the subject is passed over.
    if (passDescriptions && inApposition(tokens, k)) continue;
    if (token.kind === 'punct' && token.text !== ',' && token.text !== '/') break;
    // "IL-11, though not in every line, raised Y": a denial aside that qualifies the verb is passed over (denialAside.ts).
    const asideOpen = qualifyingAsideBefore(tokens, k);
    if (asideOpen >= limit) {
      k = asideOpen;
      continue;
    }
    // "Not only A but also B raised Y": the subject phrase holds both members (coordination.ts joins them); "X not
    // only raised A but also lowered B" is two predicates, the second's subject X (read elsewhere).
    if (token.kind === 'word' && npStops.has(token.lower) && !(token.lower === 'but' && (butNot(tokens, k) || (butAlso(tokens, k) && tokens[k + 2]?.kind === 'entity'))) && !asWellAsBetweenNames(tokens, k)) break;
    // "... and use of a STAT3 inhibitor, lowered Y": a comma that only sets a new subject off from its verb.
    if (previous && previous.clause === trigger.clause && token.text === ',' && k === skipBack(tokens, trigger.first, trigger.copular) - 1) {
      const subject = interventionSubjectBeforeComma(tokens, k, limit);
      if (subject >= 0) return subject;
    }
    // After an earlier trigger, a coordinator ends the subject: "IL-11 activated STAT3 and STAT3 raised MMP-2".
    if (previous && previous.clause === trigger.clause && (token.lower === 'and' || token.lower === 'or' || token.lower === 'nor' || token.text === ',')) break;
    // "Z relays the signals of A, and B raises Y": a name with its own finite verb after ", and" opens a clause of its
    // own even where the verb before it is no trigger (as subjectsAfter rules for a frame's list).
    if (ownClauseAfterComma(tokens, k, verbAt)) break;
  }
  // "X raised A without increasing B": the verb after "without" has no subject phrase of its own (A is the first
  // verb's object, which it lost to this verb's subject phrase).
  if (previous && previous.clause === trigger.clause && !trigger.passive && tokens[skipBack(tokens, trigger.first, trigger.copular)]?.lower === 'without' && /ing$/.test(tokens[trigger.first].lower)) return skipBack(tokens, trigger.first, trigger.copular);
  // "X neither raised A nor activated B": "nor" (passed over with the verb's negations) ends the subject phrase too.
  if (previous && previous.clause === trigger.clause && tokens[skipBack(tokens, trigger.first, trigger.copular)]?.lower === 'nor') return skipBack(tokens, trigger.first, trigger.copular);
  return k + 1;
}

/**
 * "Serum raised X and use of a STAT3 inhibitor, lowered Y": after an earlier predicate a comma right before a verb
 * usually lists a second predicate of the same subject ("X raised A, lowered B and activated C"); but a phrase that
 * "and" opens with a noun of intervention and its "of"/"with" ("use of", "treatment with", "knockdown of") names a
 * new subject, and the comma after it only sets that subject off from its verb (a stray comma, common in
 * non-native prose). Before, the verb had no subject and the clause no claim (issue 7, h-dev44b). Returns the
 * index of the phrase's first token, or -1 when no such phrase stands between the comma and `limit`.
 */
function interventionSubjectBeforeComma(tokens: readonly Token[], comma: number, limit: number): number {
  for (let j = comma - 1; j >= limit; j--) {
    if (tokens[j].kind === 'punct') return -1;
    if (tokens[j].lower !== 'and') continue;
    const noun = determiners.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    const word = tokens[noun]?.lower ?? '';
    if ((word === 'use' || treatmentNouns.has(word)) && (tokens[noun + 1]?.lower === 'of' || tokens[noun + 1]?.lower === 'with')) return j + 1;
  }
  return -1;
}

/**
 * "IL-6 as well as IL-11 raised Y", "OSM, as well as LIF, drives Y": either "as" of "as well as" between two names
 * joins them as "and" does (coordination.ts joins); it is not the subordinator "as" that ends a subject phrase
 * (npStops). Before, the subject phrase started after the joiner and the first member was lost (issue 7, h-fam37):
 * a list of a backed member and its unbacked sibling came out supported.
 */
function asWellAsBetweenNames(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'as') return false;
  const start = tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as' ? k : tokens[k - 1]?.lower === 'well' && tokens[k - 2]?.lower === 'as' ? k - 2 : -1;
  if (start < 0) return false;
  const nameAt = (i: number, step: number): boolean => tokens[i]?.kind === 'entity' || (tokens[i]?.text === ',' && tokens[i + step]?.kind === 'entity');
  return nameAt(start - 1, -1) && nameAt(start + 3, 1);
}

/** Prepositions that open a fronted phrase of means or circumstance: "Through its interactions with X, ...". */
const frontingPrepositions = new Set(['through', 'via', 'by', 'using', 'with', 'despite']);

/**
 * "Through its interactions with EMT factors and crosstalk with other pathways, STAT3 promotes ...": a phrase
 * that opens the sentence with a preposition ends at the last comma before the verb, and the subject follows it.
 * Returns the index after that comma, or 0.
 */
export function frontedPhraseEnd(tokens: readonly Token[], before: number): number {
  let k = 0;
  // Sentence adverbs first: "Moreover, through ...".
  while (k < before && tokens[k].kind === 'word' && /ly$|^moreover$|^furthermore$|^thus$|^here$/.test(tokens[k].lower) && tokens[k + 1]?.text === ',') k += 2;
  // "(Most) relevant to gliomagenesis, X drives Y", "Of particular relevance to tumour growth, X ...": an opening phrase
  // of relevance names what the finding bears on, no actor (issue 7, stop 53: its process was read as the subject).
  const relevance = relevancePhraseEnd(tokens, k);
  if (relevance > k) k = relevance - 1;
  else if (!(tokens[k]?.kind === 'word' && frontingPrepositions.has(tokens[k].lower))) return 0;
  for (let j = before - 1; j > k; j--) {
    if (tokens[j].kind === 'punct' && tokens[j].text === ',') return tokens.slice(j + 1, before).some((t) => t.kind === 'entity') ? j + 1 : 0;
  }
  return 0;
}

/** Adjectives and nouns of relevance that open a fronted phrase with "to": "relevant to", "of relevance to". */
const relevanceWords = new Set(['relevant', 'pertinent', 'germane', 'relevance', 'pertinence']);
const relevanceDegrees = new Set(['most', 'more', 'particularly', 'especially', 'highly', 'directly', 'also', 'particular', 'special', 'direct', 'great', 'greatest', 'considerable']);

/**
 * The index of "to" in an opening phrase of relevance at `k`: "(most) relevant to", "of (particular) relevance to";
 * `k` when there is none.
 */
function relevancePhraseEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  if (tokens[j]?.lower === 'of') j++;
  while (relevanceDegrees.has(tokens[j]?.lower ?? '')) j++;
  const word = tokens[j]?.lower ?? '';
  const nounForm = word === 'relevance' || word === 'pertinence';
  if (!relevanceWords.has(word) || nounForm !== (tokens[k]?.lower === 'of') || tokens[j + 1]?.lower !== 'to') return k;
  return j + 1;
}

/** Words of degree that grade the adverb right after them: "most frequently", "more often", "less strongly". */
const degreeWords = new Set(['most', 'more', 'less', 'least']);
/** Whether the word at `k` is a word of degree before an adverb in -ly or "often" (skipBack). */
function degreeBeforeAdverb(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  // ("X was more effective in lowering Y": a degree before the skipped adjective of effect belongs to it too, stop 48.)
  return tokens[k]?.kind === 'word' && degreeWords.has(tokens[k].lower) && next?.kind === 'word' && (/^[a-z]{3,}ly$/.test(next.lower) || next.lower === 'often' || next.lower === 'effective' || next.lower === 'ineffective');
}

/** Participles of report that a gerund after "as" completes: "shown as inhibiting Y". */
const reportedAsParticiples = new Set(['shown', 'described', 'reported', 'demonstrated', 'documented', 'characterized', 'characterised']);

/**
 * The index of the first token of the auxiliaries, adverbs and negations right before a trigger. For a
 * copular trigger ("is a potent inducer of"), the noun phrase back to the copula is skipped as well.
 */
export function skipBack(tokens: readonly Token[], first: number, copular = false): number {
  let k = first;
  if (copular) {
    let j = first - 1;
    while (j >= 0 && tokens[j].kind === 'word' && !beVerbs.has(tokens[j].lower) && !['as', 'become', 'becomes', 'became', 'remains', 'remain'].includes(tokens[j].lower)) j--;
    if (j >= 0 && tokens[j].kind === 'word') k = j;
  }
  while (k > 0) {
    const token = tokens[k - 1];
    if (token.kind !== 'word') break;
    const byItself = token.lower === 'by' && (tokens[k]?.lower === 'itself' || tokens[k]?.lower === 'themselves');
    // "X raises A and so promotes B": "so" after "and" is an adverb of consequence, as "thus" is; not skipped, it
    // cut the second predicate from its subject, anchored reading read that pair and put it first when backed, and a
    // silent or near-miss first predicate became a side remark (issue 7, stop 38).
    const consequenceSo = token.lower === 'so' && tokens[k - 2]?.lower === 'and';
    // "X raised A and in addition increased B": "in addition" before the verb is an adverb, as "also" is ("in" is
    // skipped already, for "in turn"); before, the second predicate lost its subject and read nothing (issue 7,
    // h-dev44b).
    const inAddition = token.lower === 'addition' && tokens[k - 2]?.lower === 'in';
    // "A and B are most often associated with Y", "is more strongly linked to Y": a word of degree before an adverb
    // belongs to the adverb (degreeBeforeAdverb); before, "most" cut the verb from its subjects and only the nearest
    // one, or none, was read.
    const degree = degreeBeforeAdverb(tokens, k - 1);
    // "has the capacity to induce", "lacks the ability to induce" (cues.ts capacityWords): the noun of capacity and
    // its article stand with the auxiliaries; a holder that lacks it is a negation.
    if (capacityWords.nouns.get(token.lower) === 'granted' && tokens[k]?.lower === 'to' && tokens[k - 2]?.kind === 'word' && determiners.has(tokens[k - 2].lower)) {
      k -= 2;
      continue;
    }
    // "X has been shown (described, reported) as inhibiting Y": the gerund after "as" and a participle of report is
    // X's own verb, as the infinitive is after "shown to" (stop 48: it read nothing).
    const reportedAs = token.lower === 'as' && k === first && reportedAsParticiples.has(tokens[k - 2]?.lower ?? '') && isGerund(tokens[k]?.lower ?? '');
    // "X may act to inhibit Y", "X can serve to raise Y": a verb of role right before "to" says only that X does what the
    // infinitive says, as "X acts to inhibit Y" is read (stop 49: after a modal the subject phrase stopped at the modal
    // and the infinitive had no subject).
    const roleBeforeTo = roleVerbsBeforeTo.has(token.lower) && tokens[k]?.lower === 'to';
    // "X is capable of promoting Y": "capable of" right before the trigger's gerund stands with the auxiliaries, as
    // "able to" does before an infinitive ("incapable of" denies it, extract.ts isNegated). Before, the gerund had no
    // subject and only a pair the library links was read, by anchored reading's path, which the gerund's own chunk
    // broke (issue 7, stop 52: "X is capable of promoting the proliferation and invasion of tumour cells" read nothing).
    if (token.lower === 'of' && k === first && capableWords.has(tokens[k - 2]?.lower ?? '') && isGerund(tokens[k]?.lower ?? '')) {
      k -= 2;
      continue;
    }
    if (!(byItself || consequenceSo || inAddition || degree || reportedAs || roleBeforeTo || skippable.has(token.lower) || /ly$/.test(token.lower) || hedges.has(token.lower) || negations.has(token.lower) || scarcityAdverbs.has(token.lower) || /n['’]t$/.test(token.lower))) break;
    k--;
  }
  return k;
}

/** The adjectives of capacity before "of" and a gerund: "capable of inducing", "incapable of raising" (a denial). */
export const capableWords: ReadonlySet<string> = new Set(['capable', 'incapable']);

/** Verbs of role that stand before an infinitive of what the subject does: "acts to", "serves to", "functions to". */
const roleVerbsBeforeTo = new Set(['act', 'acts', 'acted', 'serve', 'serves', 'served', 'function', 'functions', 'functioned', 'help', 'helps', 'helped', 'work', 'works', 'worked']);

/** Adverbs that may stand between "and" and that opener: "and also has", "and we previously". */
export const ownPredicateAdverbs = new Set(['also', 'thus', 'therefore', 'then', 'furthermore', 'moreover']);

/**
 * Adverbs of scarcity before the verb: "X rarely activates Y", "X hardly alters Y", "X seldom induces Y" deny the
 * effect as a near-never (read as they stood, the claims were called supported by a finding that X activates Y).
 * Kept out of `negations`, which other readers use for a plain denial.
 */
export const scarcityAdverbs: ReadonlySet<string> = new Set(['rarely', 'seldom', 'hardly', 'scarcely', 'barely']);

/**
 * The head of a subject phrase: the first participant and those coordinated with it. "IL-6 secreted by
 * CAFs" is about IL-6; "IL-11 and IL-6" are both subjects.
 */
export function headParticipants(tokens: readonly Token[], participants: readonly Participant[], kb?: KnowledgeBase): Participant[] {
  if (participants.length <= 1) return [...participants];
  // "Cytokines, including IL-6, activate STAT1": a family the library names, with examples right after it, stands for
  // its examples, as it does after "by" (agents) and before "such as" (issue 7, stop 38).
  if (kb && kb.entities.get(participants[0].mention.entityId)?.type === 'protein-family' && exampleRightAfter(tokens, participants[0].index, participants[1].index)) participants = participants.slice(1);
  const group = [participants[0]];
  for (const candidate of participants.slice(1)) {
    // "not only A but also B", "A as well as B" join as "and" does (coordination.ts); a list closed by a word
    // ends at the next bare comma, and what follows it starts the subject: in "In cells with A and B, C raised Y"
    // the list is the setting's, C the subject.
    const last = group[group.length - 1].index;
    if (!(coordinated(tokens, last, candidate.index) || joins(tokens, last, candidate.index))) continue;
    if (group.length > 1 && closedBy(tokens, group[group.length - 2].index, last) && bareComma(tokens, last, candidate.index)) group.length = 0;
    group.push(candidate);
  }
  // A loss-of-function word at either end of a coordination applies to all of it: "HIF-1α or IL-11 knockdown".
  // A drug in the group acts by itself ("sarilumab, an IL-6Rα-blocking antibody"): it keeps its own reading.
  // Not a loss named after the first member alone: in "PTEN loss or PIK3CA mutation" the mutation is no loss.
  const ownLoss = (p: Participant): boolean => tokens[p.index + 1]?.kind === 'word' && isLossOfFunctionWord(tokens[p.index + 1].lower);
  if (group.some((p, n) => p.lossOfFunction && (n === group.length - 1 || (n === 0 && !ownLoss(p))))) return group.map((p) => ({ ...p, lossOfFunction: p.lossOfFunction || !(kb && isDrug(kb, p.mention)) }));
  return group;
}

/** The agents of a passive: entities after "by" or "in response to". */
export function agents(tokens: readonly Token[], participants: readonly Participant[], trigger: Trigger, kb?: KnowledgeBase): Participant[] {
  // "STAT1 is activated by cytokines, including IL-6" ("such as IL-6", "like IL-6"): a family the library names, with
  // examples after it, stands for its examples, as in "Cytokines such as IL-6 activate STAT1" (issue 7, stop 38: the
  // family was the agent, backed through another member's finding, and the example the writer names went unread).
  const examplesFrom: number[] = [];
  const byAgents = participants.filter((p) => {
    const by = byClassExample(tokens, p.index, trigger.last + 1, kb);
    if (by >= 0) {
      examplesFrom.push(by);
      return true;
    }
    const governor = governorFrom(tokens, p.index, trigger.last + 1);
    return governor === 'by' || governor === 'in-response-to' || governor === 'upon' || governor === 'following' || governor === 'after' || byIntervention(tokens, p.index, trigger.last + 1) || downstreamAgent(tokens, p.index, trigger.last);
  });
  const standsForExamples = (p: Participant): boolean => examplesFrom.some((by) => p.index > by && byClassExample(tokens, p.index, trigger.last + 1, kb) < 0 && classExampleOpenerAfter(tokens, p.index));
  const head = headParticipants(tokens, examplesFrom.length > 0 ? byAgents.filter((p) => !standsForExamples(p)) : byAgents);
  // "MMP-9 was induced by IL-11 and by IL-6": "by" said again joins a second agent as "and" alone does (issue 7, stop
  // 38: only the first was read, so a backed first agent spoke for an unbacked sibling).
  for (const p of byAgents) {
    const last = head[head.length - 1];
    if (last && p.index > last.index && repeatedBy(tokens, last.index, p.index)) head.push(p);
  }
  return head;
}

/**
 * "A and by B", "A, and by B", "A or by B", "A and, to a lesser extent, by B": the tokens between two agents repeat
 * "by" after a coordinator (a degree beside it; coordination.ts degreeJoin).
 */
function repeatedBy(tokens: readonly Token[], first: number, second: number): boolean {
  if (tokens[second - 1]?.lower !== 'by' || second - first > 10) return false;
  const words: string[] = [];
  for (let k = first + 1; k < second - 1; k++) {
    if (tokens[k].text === ',') continue;
    if (tokens[k].kind !== 'word') return false;
    words.push(tokens[k].lower);
  }
  const phrase = words.join(' ');
  return phrase === 'and' || phrase === 'or' || degreeJoin.test(phrase);
}

/**
 * "STAT3 is activated by several receptors, including gp130 and EGFR", "MMP-13 is induced by a number of factors
 * including IL-11": the examples of a class the library does not name, after "by", are the agents; "including" (a
 * preposition of the vocabulary) stood nearer to them than "by" and the passive read no agent (issue 7, stop 37). A
 * class the library names ("by cytokines, including IL-6", "by cytokines such as IL-6") stands for its examples too
 * (stop 38; agents drops it): as the agent it was backed through another member's finding. Returns the index of "by",
 * or -1.
 */
function byClassExample(tokens: readonly Token[], index: number, from: number, kb?: KnowledgeBase): number {
  const scan = scanOf(tokens);
  let k = scan.prepositionBefore[index];
  // "by cytokines such as IL-6": the opener is the two words.
  if (tokens[index - 1]?.lower === 'as' && tokens[index - 2]?.lower === 'such') k = index - 2;
  else if (k >= 1 && tokens[k].lower === 'as' && tokens[k - 1]?.lower === 'such') k--;
  else if (k < 1 || !classExampleOpeners.has(tokens[k].lower)) return -1;
  if (k < from) return -1;
  let by = scan.prepositionBefore[k];
  // "by stimuli derived from the tumour microenvironment, including A and B", "by signals from the stroma such as A":
  // the class noun's source ("from", "of", "in", "within" and the place it names) stands between "by" and the opener;
  // the examples are still the agents, the source no agent (issue 7, stop 45: the passive read no agent at all).
  const source = by >= from && by > 0 && classSourcePrepositions.has(tokens[by].lower) ? by : -1;
  if (source >= 0) by = scan.prepositionBefore[source];
  if (by < from || by < 0 || tokens[by].lower !== 'by' || k - by > (source >= 0 ? 11 : 7) || source - by > 4) return -1;
  // Between "by" and the opener: plain words, at most one family the library names (stop 38), a comma before the
  // opener; after a source preposition, at most one place the source names (a condition, a disease, a cell type).
  let families = 0;
  let places = 0;
  for (let j = by + 1; j < k; j++) {
    const token = tokens[j];
    if (token.kind === 'word' || (token.kind === 'punct' && token.text === ',' && j === k - 1)) continue;
    const type = token.kind === 'entity' && token.mention ? kb?.entities.get(token.mention.entityId)?.type : undefined;
    if (type === 'protein-family' && (source < 0 || j < source) && ++families === 1) continue;
    if (source >= 0 && j > source && type !== undefined && classSourceTypes.has(type) && ++places === 1) continue;
    return -1;
  }
  return by;
}
/** Prepositions that open the source of a class noun after "by": "stimuli from (derived from) the stroma". */
const classSourcePrepositions = new Set(['from', 'of', 'in', 'within']);
/** What such a source may name: a place or state, never a molecule that could itself be the agent. */
const classSourceTypes = new Set(['condition', 'disease', 'cell-type']);
const classExampleOpeners = new Set(['including', 'like']);
/** Whether the entity at `example` is the first example after the family at `family`: ", including (the) X". */
function exampleRightAfter(tokens: readonly Token[], family: number, example: number): boolean {
  if (!classExampleOpenerAfter(tokens, family)) return false;
  let k = family + 1;
  if (tokens[k]?.text === ',') k++;
  k += tokens[k]?.lower === 'such' ? 2 : 1;
  if (tokens[k]?.lower === 'the') k++;
  return k === example;
}
/** Whether an opener of examples ("including", "such as", "like", after a comma or not) follows the token at `index`. */
function classExampleOpenerAfter(tokens: readonly Token[], index: number): boolean {
  let k = index + 1;
  if (tokens[k]?.text === ',') k++;
  return classExampleOpeners.has(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'such' && tokens[k + 1]?.lower === 'as');
}

/**
 * "Invasion was reduced by knockdown of SNAI1", "... by pharmacological inhibition of MEK", "... by treatment with
 * X": the entity after the intervention noun is the agent "by" names (its loss read by roles.ts), though "of" or
 * "with" stands nearer to it than "by" does.
 */
function byIntervention(tokens: readonly Token[], index: number, from: number): boolean {
  const scan = scanOf(tokens);
  const k = scan.prepositionBefore[index];
  if (k < from || k < 1 || !interventionPrepositions.has(tokens[k].lower)) return false;
  const noun = tokens[k - 1];
  if (noun.kind !== 'word' || !(interventionNouns.has(noun.lower) || isLossOfFunctionWord(noun.lower))) return false;
  const by = scan.prepositionBefore[k];
  if (by < from || tokens[by].lower !== 'by' || k - 1 - by > 3) return false;
  // Only words describing the intervention between "by" and its noun ("by siRNA-mediated knockdown of").
  for (let j = by + 1; j < k - 1; j++) if (tokens[j].kind !== 'word') return false;
  return true;
}
const interventionPrepositions = new Set(['of', 'with', 'to']);

/**
 * "STAT3 is activated downstream of cytokines", "MMP-9 is induced (directly) downstream of IL-11 and EGF": a passive
 * whose "downstream of" right after the participle names what sets the change off, as "by" does (issue 7, h-w19b42:
 * the agent went unread and the claim was lost). Only "downstream of" next to the verb (an adverb between at most):
 * a place named further on ("activated in cells downstream of ...") is no agent.
 */
function downstreamAgent(tokens: readonly Token[], index: number, last: number): boolean {
  const k = index >= 0 ? scanOf(tokens).prepositionBefore[index] : -1;
  if (k < 0 || tokens[k].lower !== 'of' || tokens[k - 1]?.lower !== 'downstream') return false;
  const between = k - 1 - (last + 1);
  return between === 0 || (between === 1 && /ly$/.test(tokens[last + 1].lower));
}
/** Nouns of what was done, whose "of"/"with"/"to" names the agent: "by treatment with X", "by overexpression of X". */
const interventionNouns = new Set(['treatment', 'exposure', 'stimulation', 'incubation', 'addition', 'administration', 'overexpression', 'over-expression', 'transfection', 'cotreatment', 'co-treatment', 'pretreatment']);

/** The nearest preposition before the token at `index`, at any distance, provided it is not before `from`. */
export function governorFrom(tokens: readonly Token[], index: number, from: number): string | undefined {
  const k = index >= 0 ? scanOf(tokens).prepositionBefore[index] : -1;
  return k >= from && k >= 0 ? prepositionWord(tokens, k) : undefined;
}

/**
 * "Sustained X signalling is harmful to the liver and might result in Y", "X is a pleiotropic cytokine and drives Y":
 * the subject of a verb that follows "and" (at `and`) after a copula's complement, read from the phrase before the
 * copula. Only when the complement names no agent of its own: each subject the verb reader found there stands in a
 * prepositional phrase ("toxic to hepatocytes"); a word of relation inside the copula's subject ("activation of X",
 * a participle "Sustained") is no earlier predicate whose subject the verb would share.
 */
export function copulaSubjects(tokens: readonly Token[], trigger: Trigger, previous: Trigger | undefined, and: number, found: readonly Participant[], clauses: readonly number[], kb: KnowledgeBase): Participant[] | undefined {
  // ", and": the comma before the conjunction closes the copula's complement ("X are parts of the stroma in most
  // tumours, and were shown to promote Y"), as the conjunction alone does.
  const end = tokens[and - 1]?.text === ',' ? and - 1 : and;
  let copula = end - 1;
  while (copula > 0 && tokens[copula].kind !== 'punct' && !(tokens[copula].kind === 'word' && beVerbs.has(tokens[copula].lower))) {
    // "X act as a hub of the stroma and drive Y", "X serves as a bridge to Z and raises Y": a verb of role before "as"
    // is a copula too (stop 38: the nearest name before "and", the stroma, was read as the subject of "drive").
    if (tokens[copula].kind === 'word' && copularRoleVerbs.has(tokens[copula].lower) && tokens[copula + 1]?.lower === 'as') break;
    // "X has a survival function and protects Y": a verb of having with an article names what the subject is like,
    // as a copula's complement does (issue 7, stop 47: the process before "function" was read as the subject).
    if (possessing(tokens, copula)) break;
    if (tokens[copula].kind === 'word' && verbTrigger(tokens[copula].lower) !== undefined) return undefined;
    copula--;
  }
  if (copula <= 0 || copula >= end - 1 || tokens[copula].kind !== 'word' || clauses[copula] !== trigger.clause || tokens[copula + 1].kind !== 'word') return undefined;
  if (previous && previous.clause === trigger.clause && previous.last >= copula) return undefined;
  // (After a verb of having, also a name that only qualifies the noun after it: "a survival function", "an EMT role".)
  const qualifier = (p: Participant): boolean => possessing(tokens, copula) && tokens[p.index + 1]?.kind === 'word' && !['and', 'or'].includes(tokens[p.index + 1].lower);
  const inPhrase = (p: Participant): boolean => p.index > copula && p.index < and && (tokens.slice(copula + 1, p.index).some((t) => t.kind === 'word' && prepositions.has(t.lower)) || qualifier(p));
  const inherited = (p: Participant): boolean => p.index < 0 || p.index >= and;
  if (!found.every((p) => inPhrase(p) || (previous !== undefined && inherited(p)))) return undefined;
  const copulaStart = skipBack(tokens, copula);
  const from = subjectPhraseStart(tokens, { ...trigger, first: copula, copular: false, passive: false }, undefined, clauses);
  if (from >= copulaStart) return undefined;
  const subjects = headParticipants(tokens, assignRoles(tokens, from, copulaStart, kb, 'left').participants, kb);
  return subjects.length > 0 ? subjects : undefined;
}

/** A verb of having before "a"/"an" at `k` ("has a", "possesses an"): copulaSubjects reads it as a copula. */
function possessing(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.kind === 'word' && possessionVerbs.has(tokens[k].lower) && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an');
}
const possessionVerbs = new Set(['has', 'have', 'had', 'having', 'possesses', 'possess', 'possessed']);

/** Verbs that with "as" say what the subject is ("acts as", "serves as", "functions as"): copulaSubjects. */
const copularRoleVerbs = new Set(['act', 'acts', 'acted', 'acting', 'serve', 'serves', 'served', 'serving', 'function', 'functions', 'functioned', 'functioning']);

/** The entity a sentence opens with when a be-verb follows it ("IL-6 is ..."): the subject of its predicates. */
export function sentenceSubject(tokens: readonly Token[]): { mention: EntityMention; index: number } | undefined {
  for (let k = 0; k < Math.min(tokens.length - 1, 4); k++) {
    if (tokens[k].kind === 'entity') return beVerbs.has(tokens[k + 1]?.lower ?? '') || raisedCopulaAt(tokens, k + 1) ? { mention: tokens[k].mention!, index: k } : undefined;
    if (tokens[k].kind !== 'word' || !determiners.has(tokens[k].lower)) return undefined;
  }
  return undefined;
}

/**
 * "CAFs have been shown to be a population that ...", "X is known to be a cytokine that ...", "X appears to be a
 * factor which ...": a verb of report or seeming before "to be" is the copula of the sentence's subject, raised (issue
 * 7, stop 48: the relative clause on the predicate noun was left without a subject). Up to two auxiliaries, the verb,
 * "to be".
 */
function raisedCopulaAt(tokens: readonly Token[], n: number): boolean {
  let k = n;
  while (k < n + 2 && raisingAuxiliaries.has(tokens[k]?.lower ?? '')) k++;
  if (!raisingVerbs.has(tokens[k]?.lower ?? '')) return false;
  // "seems to be" takes no auxiliary; "shown to be" needs one ("CAFs shown to be ..." is a reduced relative).
  if (k === n && !seemingVerbs.has(tokens[k].lower)) return false;
  return tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'be';
}
const raisingAuxiliaries = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be']);
const seemingVerbs = new Set(['appears', 'appear', 'seems', 'seem', 'proved', 'proves', 'prove']);
const raisingVerbs = new Set([...seemingVerbs, 'shown', 'known', 'reported', 'found', 'thought', 'believed', 'considered', 'described', 'proposed', 'suggested', 'demonstrated']);

/**
 * The subjects predicateNounSubject finds, a list that opens the sentence among them: "Snail, Slug and Twist are among
 * the transcription factors that govern EMT" says of each member what the relative clause says (issue 7, stop 48: a
 * list before the copula left the relative clause without a subject, where one name before it was read).
 */
export function predicateNounSubjects(tokens: readonly Token[], skipStart: number): Participant[] {
  const before = tokens[skipStart - 1]?.lower;
  if (before !== 'which' && before !== 'that') return [];
  const listed = sentenceSubjectList(tokens);
  const named = listed.length > 0 ? listed : namedAsObject(tokens, skipStart - 1);
  const subjects = named.length > 0 ? named : invertedCopulaSubjects(tokens, skipStart - 1);
  return subjects.filter((s) => s.index !== skipStart - 1).map((s) => plainParticipant(s.mention, s.index));
}

/**
 * "We identified X as a kinase that drives Y", "These data establish X as a factor which ...": a verb of naming with
 * "as" makes X what the noun after "as" is, as the passive "X was identified as a kinase that ..." and the copula do,
 * so the relative clause on that noun is X's (issue 7, stop 48, h-w23b48: the relative was left without a subject and
 * no claim was read). Only the name right after the verb (after a determiner at most), "as", and a plain noun phrase
 * up to the relative word: another name there ("as a STAT3 target that ...") may be the relative's own antecedent.
 */
function namedAsObject(tokens: readonly Token[], relative: number): { mention: EntityMention; index: number }[] {
  for (let v = 0; v < relative; v++) {
    if (tokens[v].kind !== 'word' || !namingVerbs.has(tokens[v].lower)) continue;
    let k = v + 1;
    if (tokens[k]?.kind === 'word' && determiners.has(tokens[k].lower)) k++;
    if (tokens[k]?.kind !== 'entity' || tokens[k + 1]?.lower !== 'as') continue;
    const phrase = tokens.slice(k + 2, relative);
    if (phrase.length === 0 || !['a', 'an', 'the', 'one'].includes(phrase[0].lower)) continue;
    if (phrase.some((t) => t.kind !== 'word' || t.text === ',' || !/^[a-z][a-z-]*$/i.test(t.text))) continue;
    return [{ mention: tokens[k].mention!, index: k }];
  }
  return [];
}
const namingVerbs = new Set(['identify', 'identifies', 'identified', 'establish', 'establishes', 'established', 'define', 'defines', 'defined', 'reveal', 'reveals', 'revealed', 'uncover', 'uncovers', 'uncovered', 'characterize', 'characterizes', 'characterized', 'characterise', 'characterises', 'characterised', 'pinpoint', 'pinpoints', 'pinpointed']);

/**
 * "One of the main enzymes that contribute to Y is X", "Among the factors which drive Y are A and B", "A key cytokine
 * that promotes Y is X": the sentence opens with a noun phrase that names nothing, a relative clause on it, and the
 * copula after the clause names what the noun is; the relative clause is said of the names after the copula (issue
 * 7, stop 54: the relative verb was left without a subject and no claim was read). Only when the opening phrase holds
 * plain words (no name, no punctuation), the copula stands in the same stretch after the relative verb with no comma
 * or other relative word before it, and a name (after a determiner at most) follows it; a list of names after it
 * ("are A, B and C") is taken whole.
 */
function invertedCopulaSubjects(tokens: readonly Token[], relative: number, classHead = false): { mention: EntityMention; index: number }[] {
  if (relative < 2 || relative > 10 || !invertedOpeners.has(tokens[0].lower)) return [];
  for (let k = 0; k < relative; k++) if (!(classHead && k === relative - 1 ? tokens[k].kind === 'entity' : tokens[k].kind === 'word' && /^[a-z][a-z-]*$/i.test(tokens[k].text))) return [];
  let copula = -1;
  for (let k = relative + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' || (t.kind === 'word' && (npStops.has(t.lower) && !beVerbs.has(t.lower)))) return [];
    if (t.kind === 'word' && beVerbs.has(t.lower) && k > relative + 2) {
      copula = k;
      break;
    }
  }
  if (copula < 0) return [];
  let k = copula + 1;
  if (tokens[k]?.kind === 'word' && determiners.has(tokens[k].lower)) k++;
  const names: { mention: EntityMention; index: number }[] = [];
  while (tokens[k]?.kind === 'entity') {
    names.push({ mention: tokens[k].mention!, index: k });
    // (A bracketed short form, "lysyl oxidase (LOX)", is the same name.)
    if (tokens[k + 1]?.text === '(' && tokens[k + 2]?.kind === 'entity' && tokens[k + 3]?.text === ')') k += 3;
    const next = tokens[k + 1];
    if (!(next?.lower === 'and' || next?.text === ',') || tokens[k + 2]?.kind !== 'entity' && !(next.text === ',' && tokens[k + 2]?.lower === 'and' && tokens[k + 3]?.kind === 'entity')) break;
    k += next.text === ',' && tokens[k + 2]?.lower === 'and' ? 3 : 2;
  }
  return names;
}
/**
 * "Among the cytokines that raise Y is IL-6", "One of the kinases that suppress Y is Akt": the noun the relative
 * clause is on is a class the lexicon names, and the names after the copula are its members; the relative clause is
 * said of them, not of the class (issue 7, stop 54: read as cytokines raising Y, supported by any cytokine's finding).
 * `subjects` are the verb's subjects as read: only the class right before the relative word. Undefined otherwise.
 */
export function invertedCopulaMembers(kb: KnowledgeBase, tokens: readonly Token[], skipStart: number, subjects: readonly Participant[]): Participant[] | undefined {
  const relative = skipStart - 1;
  if (!(tokens[relative]?.lower === 'that' || tokens[relative]?.lower === 'which') || subjects.length !== 1 || subjects[0].index !== relative - 1) return undefined;
  const head = tokens[relative - 1].mention!;
  const members = invertedCopulaSubjects(tokens, relative, true);
  if (members.length === 0 || !members.every((m) => m.mention.entityId !== head.entityId && kb.isA(m.mention.entityId, head.entityId))) return undefined;
  return members.map((m) => plainParticipant(m.mention, m.index));
}

/**
 * "Sorafenib has been the only first-line systemic drug to prolong Y", "X is an oral agent and is the only drug linked
 * with Y": an infinitive or a lone participle right after the noun of a copula's complement says what the copula's
 * subject does, as a relative clause on that noun does (predicateNounSubjects). The complement is a determiner and
 * plain words, or ends in a class the lexicon names of which the subject is a member ("IL-11 has been the first
 * cytokine to activate Y"); the copula may follow auxiliaries ("has been", "may be"); its subject is the name right
 * before them (opening the sentence or a clause after a fronted phrase's comma), or after "and" the sentence's opening
 * name with its own copula. A negation before the copula leaves the verb unread (issue 7, stop 54: past "has been" and
 * a complement of two describing words the verb had no subject; with a class there it was the class's).
 * `subjects` are the verb's subjects as read: none, or only the class ending the complement. Undefined otherwise.
 */
export function copulaComplementSubject(kb: KnowledgeBase, tokens: readonly Token[], trigger: Trigger, leftFrom: number, skipStart: number, subjects: readonly Participant[]): Participant | undefined {
  const infinitive = tokens[skipStart]?.lower === 'to' && skipStart === trigger.first - 1;
  const participle = skipStart === trigger.first && /ed$/.test(tokens[trigger.first].lower);
  if (!(infinitive || participle) || !complementDeterminers.has(tokens[leftFrom]?.lower ?? '') || skipStart - leftFrom > 7 || skipStart - leftFrom < 2) return undefined;
  const head = tokens[skipStart - 1];
  for (let k = leftFrom; k < skipStart - 1; k++) if (tokens[k].kind !== 'word' || !/^[a-z][a-z-]*$/i.test(tokens[k].text)) return undefined;
  if (head.kind === 'entity' ? !(subjects.length === 1 && subjects[0].index === skipStart - 1) : head.kind !== 'word' || subjects.length > 0 || !/^[a-z]+$/.test(head.lower)) return undefined;
  if (!complementCopulas.has(tokens[leftFrom - 1]?.lower ?? '')) return undefined;
  let j = leftFrom - 2;
  while (j >= 0 && tokens[j].kind === 'word' && (raisingAuxiliaries.has(tokens[j].lower) || complementAuxiliaries.has(tokens[j].lower) || /^[a-z]{3,}ly$/.test(tokens[j].lower))) j--;
  for (let k = j + 1; k < leftFrom; k++) if (negations.has(tokens[k].lower) || /n['’]t$/.test(tokens[k].lower)) return undefined;
  let name: { mention: EntityMention; index: number } | undefined;
  if (tokens[j]?.kind === 'entity' && (j === 0 || tokens[j - 1].text === ',' || (j === 1 && determiners.has(tokens[0].lower)))) name = { mention: tokens[j].mention!, index: j };
  else if (tokens[j]?.lower === 'and') name = sentenceSubject(tokens);
  if (!name || (head.kind === 'entity' && !(name.mention.entityId !== head.mention!.entityId && kb.isA(name.mention.entityId, head.mention!.entityId)))) return undefined;
  return plainParticipant(name.mention, name.index);
}
const complementDeterminers = new Set(['a', 'an', 'the', 'one']);
const complementCopulas = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remains', 'remain', 'remained', 'becomes', 'become', 'became']);
const complementAuxiliaries = new Set(['will', 'would', 'may', 'might', 'can', 'could', 'should', 'must', 'also', 'still', 'long', 'now', 'thus', 'therefore']);

/** Words that open a noun phrase fronted before its relative clause and copula: "One of the", "Among the", "A key". */
const invertedOpeners = new Set(['one', 'among', 'a', 'an', 'another', 'the', 'two', 'three', 'several', 'some']);

/** sentenceSubject, or the names of a list that opens the sentence before its copula: "A, B(,) and C are ...". */
function sentenceSubjectList(tokens: readonly Token[]): { mention: EntityMention; index: number }[] {
  const one = sentenceSubject(tokens);
  if (one) return [one];
  let k = 0;
  while (k < 4 && tokens[k]?.kind === 'word' && determiners.has(tokens[k].lower)) k++;
  const list: { mention: EntityMention; index: number }[] = [];
  while (tokens[k]?.kind === 'entity') {
    list.push({ mention: tokens[k].mention!, index: k });
    const next = tokens[k + 1];
    if (next && beVerbs.has(next.lower)) return list.length > 1 ? list : [];
    // Between members: a comma, "and", "or", or a comma and one of them.
    let n = k + 1;
    if (tokens[n]?.text === ',') n++;
    if (tokens[n]?.kind === 'word' && (tokens[n].lower === 'and' || tokens[n].lower === 'or')) n++;
    if (n === k + 1) return [];
    k = n;
  }
  return [];
}

/** Subjects a trigger takes from elsewhere: a coordinated verb, a relative clause ("which"), or a pronoun. */
export function inheritedSubjects(
  kb: KnowledgeBase, tokens: readonly Token[], trigger: Trigger, previous: Trigger | undefined,
  pending: readonly { trigger: Trigger; subjects: Participant[]; objects: Participant[] }[],
  skipStart: number, leftFrom: number, lastSubject: EntityMention | undefined,
): Participant[] {
  const before = tokens[skipStart - 1];
  const last = pending[pending.length - 1];
  if ((trigger.means || trigger.purpose) && last) return last.subjects;
  // "Blocking EMT by overexpressing miR-X did not change Y", "Inhibiting X by means of Ving Z reduced Y": a means that
  // opens the sentence's first predicate right after its subject explains nothing before it; the verb after it is
  // the subject's, which the means took (h-w19b42: the verb was left without one, and the denial went unread).
  if (last && pending.length === 1 && last.trigger.means && !trigger.means && !trigger.purpose && !trigger.passive && last.trigger.clause === trigger.clause && last.subjects.length > 0 && tokens[last.trigger.first - 1]?.lower === 'by') return last.subjects;
  // "IL-6, which signals through gp130, ...": the relative clause's subject is the name right before it.
  const antecedent = last || trigger.passive ? undefined : relativeAntecedent(tokens, skipStart);
  if (antecedent) return [antecedent];
  // "Tumour cells release IL-6, an inhibitor of STAT3", "Hypoxia raises IL-11, a promoter of invasion": an agent noun
  // in apposition on the earlier verb's object says what that object does (issue 7, stop 39: it was left without a
  // subject and the description went unread, so an object described against a finding came out supported or silent).
  const describedName = previous && previous.clause === trigger.clause && !trigger.passive ? describedObject(tokens, trigger, previous) : undefined;
  if (describedName) return [describedName];
  // "X blocked Y, which led to reduced Z": a relative clause whose verb is one of consequence speaks of the whole event
  // before the comma, not of its last name (Y was blocked: it leads to nothing here), so its subject is the main
  // clause's, with that clause's loss of function ("Knockdown of X lowered Y, which resulted in less Z": X raises Z),
  // as ", resulting in" and ", thereby" read.
  if (before?.lower === 'which' && last && tokens[skipStart - 2]?.text === ',' && consequenceVerbs.has(tokens[trigger.first].lower) && last.subjects.length > 0) return last.subjects;
  // "... genes (E-cadherin, vimentin and MMP-9) which are important for motility": a relative after a bracketed list
  // is said of the noun the brackets gloss, the class as a whole, not of the list's last member (issue 7, stop 51:
  // read as MMP-9 promoting motility, invasion and metastasis, which the abstract does not single out; the list
  // mixes markers that go opposite ways). Left unread: no one member is its subject.
  if (before?.lower === 'which' && last && bracketedListBefore(tokens, skipStart - 2)) return [];
  if (before?.lower === 'which' && last) {
    // The name nearest before the comma: mostly the last object, but after a passive's agent ("Y is driven by A and B,
    // which activate Z", "Y has been ascribed to A and B, which ...") the agents stand last, and the relative is about
    // them, not about Y (issue 7, stop 45: read as Y activating Z). A plural verb takes the whole list before it.
    const nearest = nearestParticipant(last, skipStart - 2);
    const antecedent = nearest ?? last.objects[last.objects.length - 1];
    if (nearest && nearest !== last.objects[last.objects.length - 1]) {
      const verb = tokens[trigger.first].lower;
      const plural = !/(?:s|ed)$/.test(verb) && !skippedAuxiliarySingular(tokens, skipStart, trigger.first);
      return (plural ? last.subjects.filter((p) => p.mention.end <= nearest.mention.end) : [nearest]).map((p) => ({ ...p, lossOfFunction: false, flipped: false, excluded: false }));
    }
    if (antecedent) return [{ ...antecedent, lossOfFunction: false, flipped: false, excluded: false }];
    const unnamed = unnamedObjectRelativeSubject(kb, tokens, skipStart);
    return unnamed ? [unnamed] : [];
  }
  // "X activates pathways that suppress Y", "X controls genes that mediate Y" (issue 7, stop 33): a relative clause on
  // the unnamed plural object of the verb before it ("that" after a plural noun) says what X brings about through
  // it, so X is its subject: a raising verb before passes the relative verb's direction on; a verb of control says
  // only that X regulates Y; a lowering verb ("X blocks pathways that drive Y") is left unread, as anchored.ts does.
  // ("pathways that lead to Y" is left to anchored.ts, which reads the consequence verb as raising.)
  if (before?.lower === 'that' && last && previous && last.objects.length === 0 && last.subjects.length > 0 && !trigger.passive && !consequenceVerbs.has(tokens[trigger.first].lower)) {
    const plural = tokens[skipStart - 2];
    const sign = relationSign(previous.relation);
    if (plural?.kind === 'word' && /[^s']s$/.test(plural.lower) && previous.last < skipStart - 2 && sign >= 0) {
      // (A denied relative verb, "genes that did not enhance Y", says nothing of X on Y: what X sets going fails to act.)
      if (tokens.slice(skipStart, trigger.first + 1).some((t) => t.kind === 'word' && (negations.has(t.lower) || /n['’]t$/.test(t.lower)))) return [];
      return last.subjects.map((p) => {
        const inherited = { ...p, excluded: false };
        if (sign === 0) regulatedThrough.add(inherited);
        return inherited;
      });
    }
  }
  const described = pending.length === 0 ? predicateNounSubjects(tokens, skipStart) : [];
  if (described.length > 0) return described;
  const unnamed = pending.length === 0 ? unnamedObjectRelativeSubject(kb, tokens, skipStart) : undefined;
  if (unnamed) return [unnamed];
  // "yet" joins verbs as "but" does: "X lowered viability yet raised IL-6" (skipped as an adverb, so it opens the skipped words).
  const contrast = before?.lower === 'but' || tokens[skipStart]?.lower === 'yet';
  const coordinatedVerb = before?.lower === 'and' || before?.lower === 'or' || before?.lower === 'nor' || tokens[skipStart]?.lower === 'nor' || (tokens[skipStart]?.lower === 'without' && /ing$/.test(tokens[trigger.first].lower)) || before?.text === ',' || contrast;
  // "IL-11 activated STAT3 but decreased MMP-9": a verb after "but" with no subject of its own shares the first one.
  if (previous && last && coordinatedVerb && (previous.clause === trigger.clause || contrast)) {
    // "IRS-1 acts downstream of IGF-1R, facilitating growth", "X depends on Y, driving Z": a closing participle after a
    // verb whose cause follows it is the main clause's subject's, the name before that verb, not the upstream partner
    // the reversed verb made the claim's subject (issue 7, stop 47: read as IGF-1R raising growth).
    if (previous.reversed && closingParticiple(tokens, trigger, skipStart) && last.objects.length > 0) return last.objects;
    // "IL-6 is secreted under hypoxia, promoting invasion", "Neutrophils increase under hypoxia and drive metastasis":
    // the claim before took a setting's name as its cause (a passive's or a verb of change's condition), but the verb
    // after it is said of the clause's own subject, the name that was secreted or rose (issue 7, stop 48: read as
    // hypoxia promoting invasion, supported). "IL-11 is released by CAFs and builds up in the stroma, promoting Y": a
    // predicate of its own after the passive, which the relation verbs do not name, is the patient's too, and the
    // participle closes it, not the passive (read as CAFs promoting Y).
    if (last.objects.length > 0 && !previous.reversed) {
      const settingsOnly = last.subjects.length > 0 && last.subjects.every((p) => governedBySetting(tokens, p.mention));
      // "CSCs were reduced within the tumours, preventing resistance": what follows a fall is the fall's, so the
      // patient is read by its loss (it promotes resistance), never as holding it back (stop 48: a false fact in the
      // her2 library kit).
      const fell = relationSign(previous.relation) < 0;
      if (settingsOnly || (previous.passive && closingParticiple(tokens, trigger, skipStart) && predicateBetween(tokens, previous.last + 1, skipStart - 1))) return fell ? last.objects.map((p) => ({ ...p, lossOfFunction: !p.lossOfFunction })) : last.objects;
    }
    return last.subjects;
  }
  const phrase = tokens.slice(leftFrom, skipStart);
  const participantInPhrase = phrase.some((t) => t.kind === 'entity' && !['disease', 'cell-line', 'experimental-system', 'condition'].includes(kb.entities.get(t.mention!.entityId)?.type ?? ''));
  // "X is abundant in the stroma, where it activates Y": the pronoun is the sentence's subject.
  const placed = participantInPhrase ? undefined : placeClausePronounAntecedent(kb, tokens, leftFrom, skipStart);
  if (placed) return [placed];
  if (lastSubject && phrase.some((t) => t.kind === 'word' && pronouns.has(t.lower)) && !participantInPhrase) {
    return [plainParticipant(lastSubject, -1)];
  }
  const possessor = participantInPhrase ? undefined : possessiveAntecedent(kb, tokens, leftFrom, skipStart);
  if (possessor) return [possessor];
  const opening = lastSubject || participantInPhrase ? undefined : subordinatePronounAntecedent(kb, tokens, leftFrom, skipStart);
  return opening ? [opening] : [];
}

/**
 * A closing participle: an active verb in -ing after a comma that ends a clause, ", promoting metastasis", ", thereby
 * facilitating growth" (the adverbs before the verb are skipped, skipBack). Not a means ("by activating") or purpose.
 */
function closingParticiple(tokens: readonly Token[], trigger: Trigger, skipStart: number): boolean {
  return !trigger.passive && !trigger.means && !trigger.purpose && tokens[skipStart - 1]?.text === ',' && isGerund(tokens[trigger.first].lower);
}

/**
 * The names of a closing participle's subject phrase that may be its agent: "Macrophages accumulate during tumour
 * progression, promoting metastasis" says the macrophages (or their accumulating) promote metastasis, not tumour
 * progression; a name a preposition of time or place governs (vocabulary.ts settingPrepositions) says when or where
 * the clause holds (issue 7, stop 47: read as tumour progression promoting metastasis, supported by a finding on
 * invasion). Other verbs keep every name.
 */
export function closingParticipleAgents(tokens: readonly Token[], trigger: Trigger, skipStart: number, participants: readonly Participant[]): readonly Participant[] {
  if (!closingParticiple(tokens, trigger, skipStart)) return participants;
  const governors = scanOf(tokens).governorIndex;
  const agents = participants.filter((p) => !(p.index >= 0 && governors[p.index] >= 0 && settingPrepositions.has(prepositionWord(tokens, governors[p.index]))));
  if (agents.length > 0 || participants.length === 0) return agents;
  // Every name was a setting: the agent is the name the sentence opens with ("Macrophages are drawn in by tumours and
  // gather during tumour progression, promoting ..."), when it stands before the phrase. With no such name (a subject
  // the lexicon lacks) the setting is left as it was read: dropping it left the sentence no claim, and a studied
  // sentence whose unnamed agent's effect the library backs came out of scope.
  const opening = sentenceSubject(tokens);
  return opening && opening.index < participants[0].index ? [plainParticipant(opening.mention, opening.index)] : participants;
}

/**
 * "gp130 relays the signals of IL-11 and IL-6 raises MMP-13": two clauses run on without a comma. A verb in the
 * singular right after "A and B" cannot have the pair as its subject, and with a verb before the "and" the pair
 * is split between the clauses: B, the name right before the verb, is its subject (issue 7, stop 48: read as gp130,
 * the first clause's head, raising MMP-13, supported by IL-11's finding through gp130). "IL-6 and IL-11 signalling
 * activates STAT3" (a noun, not a name, before the verb) and "A and B raise Y" are left as read.
 */
export function runOnSubject(tokens: readonly Token[], trigger: Trigger, skipStart: number, participants: readonly Participant[]): Participant | undefined {
  if (trigger.passive || trigger.means || trigger.purpose || skipStart !== trigger.first) return undefined;
  const verb = tokens[trigger.first].lower;
  if (!/[^s]s$/.test(verb) || tokens[skipStart - 1]?.kind !== 'entity' || tokens[skipStart - 2]?.lower !== 'and') return undefined;
  const partner = tokens[skipStart - 3];
  if (partner?.kind !== 'entity' && !(partner?.kind === 'word' && possessedMeasures.has(partner.lower))) return undefined;
  // (A verb before: as the tagger reads it, a relation verb, or a word in -s right before a determiner, "relays the
  // signals": the tagger, misled by the run-on, may read that one as a plural noun.)
  let verbBefore = false;
  for (let k = 0; k < skipStart - 3 && !verbBefore; k++) {
    const word = tokens[k];
    // (A finite verb: "IL-11 signalling through A and B induces Y" has a gerund before the pair, and one clause.)
    verbBefore = word.kind === 'word' && !beVerbs.has(word.lower) && !/(?:ing|ed)$/.test(word.lower) && (taggedAsVerb(tokens, k) || verbTrigger(word.lower) !== undefined || (/[^s]s$/.test(word.lower) && determiners.has(tokens[k + 1]?.lower ?? '')));
  }
  if (!verbBefore || !taggedAsVerb(tokens, trigger.first)) return undefined;
  return participants.find((p) => p.index === skipStart - 1);
}

/** Whether a preposition of time or place (or "under", of a condition) governs the mention: "during hypoxia", "under hypoxic conditions". */
function governedBySetting(tokens: readonly Token[], mention: EntityMention): boolean {
  const index = tokens.findIndex((t) => t.kind === 'entity' && t.mention!.start === mention.start);
  if (index < 0) return false;
  const governor = scanOf(tokens).governorIndex[index];
  if (governor < 0) return false;
  const word = prepositionWord(tokens, governor);
  if (!(settingPrepositions.has(word) || word === 'under')) return false;
  // "In MDA-MB-231 cells IL-11 elevated Y": a name after the place the preposition governs (no comma between) heads
  // the clause; only a name the preposition itself governs, with no other name before it, is the setting.
  for (let k = governor + 1; k < index; k++) if (tokens[k].kind === 'entity') return false;
  return true;
}

/**
 * Whether tokens [from, to) hold an "and" that opens a predicate no relation verb names, "and builds up in the
 * stroma", "and then accumulates": a verb (or auxiliary) as the tagger reads it, right after the "and" and its adverbs.
 */
function predicateBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].kind !== 'word' || tokens[k].lower !== 'and') continue;
    let n = k + 1;
    while (n < to && tokens[n].kind === 'word' && ownPredicateAdverbs.has(tokens[n].lower)) n++;
    if (n < to && verbTrigger(tokens[n].lower) === undefined && taggedAsVerb(tokens, n)) return true;
  }
  return false;
}

/**
 * The subject of an earlier predicate that stands after all its objects, nearest before `comma` (a passive's agent,
 * "Y is driven by A, which ..."): a relative clause after it is about it. Undefined when an object stands last.
 */
function nearestParticipant(last: { subjects: Participant[]; objects: Participant[] }, comma: number): Participant | undefined {
  const lastObjectEnd = Math.max(-1, ...last.objects.map((p) => p.mention.end));
  const agents = last.subjects.filter((p) => p.mention.start > lastObjectEnd && p.index < comma);
  return agents.length > 0 ? agents.reduce((a, b) => (b.mention.end > a.mention.end ? b : a)) : undefined;
}

/** "which is (has, was) V": an auxiliary of the singular among the words skipped before the verb. */
function skippedAuxiliarySingular(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (['is', 'has', 'was', 'does'].includes(tokens[k].lower)) return true;
  return false;
}

/** Subjects passed to a relative clause through a verb of control ("X controls genes that mediate Y"): X regulates Y. */
export const regulatedThrough = new WeakSet<Participant>();

/** Verbs of consequence: after ", which" they speak of the event before the comma (inheritedSubjects). */
const consequenceVerbs = new Set(['led', 'leads', 'lead', 'resulted', 'results', 'result', 'culminated', 'culminates', 'translated', 'translates']);

/** Nouns of a molecule's amount or activity: "its expression", "their levels" stand for the molecule itself. */
const possessedMeasures = new Set([
  'expression', 'overexpression', 'upregulation', 'level', 'levels', 'activity', 'activation', 'secretion', 'production',
  'amplification', 'phosphorylation', 'abundance', 'concentration', 'concentrations',
]);
/** Words that may stand before the possessive at the start of its clause: "and its expression", ", moreover, their levels". */
const possessiveOpeners = new Set(['and', 'but', 'moreover', 'furthermore', 'also', 'in', 'addition', 'turn', 'notably', 'importantly']);

/**
 * Issue 7 (h-noread): "X is overexpressed in HNSCC, and its expression has been linked with Y", "not only are MMPs
 * raised in Z, their expression is linked with Y": a clause whose subject is "its" or "their" and a noun of amount
 * or activity speaks of the molecule the sentence named before it. Read only when that is unambiguous: one
 * name before the possessive that is no place, setting or outcome ("X activates Z, and its expression ..." names
 * two and is left alone), and the possessive opens its clause.
 */
function possessiveAntecedent(kb: KnowledgeBase, tokens: readonly Token[], leftFrom: number, skipStart: number): Participant | undefined {
  const phrase = tokens.slice(leftFrom, skipStart);
  const at = phrase.findIndex((t) => t.kind === 'word' && (t.lower === 'its' || t.lower === 'their'));
  if (at < 0 || phrase[at + 1]?.kind !== 'word') return undefined;
  // "..., and its loss (knockdown, inhibition) drives Y": a noun of a loss stands for the molecule lost, as "loss of X"
  // does (stop 51, h-contra51: only nouns of amount were read, so such a clause read nothing).
  // "its inhibition of Raf", "its interference with Y": the possessor is the one acting, no loss of it.
  const lost = possessedLosses.has(phrase[at + 1].lower) && !['of', 'with', 'on'].includes(tokens[leftFrom + at + 2]?.lower ?? '');
  if (!lost && possessedLosses.has(phrase[at + 1].lower)) return undefined;
  if (!lost && !possessedMeasures.has(phrase[at + 1].lower)) return undefined;
  // Only openers between the possessive and the comma (semicolon) before it. The phrase may hold the clause before too
  // when that clause read no relation ("IL-11 is abundant in tumours, and its expression drives Y": stop 50, h-actor50;
  // such a clause was taken for the possessive's own words and the sentence read nothing).
  let open = at - 1;
  while (open >= 0 && phrase[open].kind === 'word' && possessiveOpeners.has(phrase[open].lower)) open--;
  const commaInPhrase = open >= 0 && phrase[open].kind === 'punct' && (phrase[open].text === ',' || phrase[open].text === ';');
  if (open >= 0 && !commaInPhrase && phrase.slice(0, at).some((t) => !(t.kind === 'punct' && t.text === ',') && !(t.kind === 'word' && possessiveOpeners.has(t.lower)))) return undefined;
  const before = leftFrom + at;
  // The clause before ends with a comma or semicolon right before the opener: the possessive starts a new clause.
  let k = leftFrom - 1;
  while (k >= 0 && tokens[k].kind === 'word' && possessiveOpeners.has(tokens[k].lower)) k--;
  // Or "and"/"but" right before the possessive: "X is raised in HCC and its expression predicts Y".
  const opensClause = (k >= 0 && tokens[k].kind === 'punct' && (tokens[k].text === ',' || tokens[k].text === ';')) || phrase.slice(0, at).some((t) => t.kind === 'punct' && t.text === ',') || ['and', 'but'].includes(tokens[before - 1]?.lower ?? '');
  if (!opensClause) return undefined;
  const named = tokens.slice(0, before).flatMap((t, index) => (t.kind === 'entity' && !sceneTypes.has(kb.entities.get(t.mention!.entityId)?.type ?? '') ? [{ t, index }] : []));
  if (named.length === 0 || new Set(named.map(({ t }) => t.mention!.entityId)).size !== 1) return undefined;
  return { mention: named[0].t.mention!, lossOfFunction: lost, flipped: false, excluded: false, sensitivityTo: false, index: named[0].index };
}
/** Nouns of a loss that stand after "its"/"their" as before "of X" ("its knockdown", "their absence"). */
const possessedLosses: ReadonlySet<string> = new Set(lossNounsAt('before'));

const subordinators = new Set(['since', 'because', 'as', 'although', 'though', 'while', 'whereas']);

/**
 * "EMT occurs mainly at the invasive front, where it is induced by hypoxia", "IL-11 is abundant in the stroma, where it
 * activates STAT3", "CAFs accumulate in tumours, in which they secrete IL-6": a main clause that names only its subject
 * and places, then a clause of place or time whose subject is "it" or "they": the pronoun is the main clause's subject,
 * whatever its kind (a process or a condition too: EMT, hypoxia), as the patient of a passive verb as well as an agent.
 * Only when the subject opens the sentence (nothing but words before it, no fronted phrase) and no other name than a
 * place stands between it and the pronoun, so the pronoun cannot be another name's (issue 7, h-w11b34: such clauses
 * read nothing).
 */
export function placeClausePronounAntecedent(kb: KnowledgeBase, tokens: readonly Token[], from: number, to: number): Participant | undefined {
  let at = -1;
  for (let k = Math.max(1, from - 1); k < to && at < 0; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || (t.lower !== 'it' && t.lower !== 'they')) continue;
    const before = tokens[k - 1].lower;
    if (placeClauseOpeners.has(before) || (before === 'which' && (tokens[k - 2]?.lower === 'in' || tokens[k - 2]?.lower === 'at'))) at = k;
  }
  if (at < 0) return undefined;
  const index = tokens.findIndex((t) => t.kind !== 'word');
  if (index < 0 || index >= at || tokens[index].kind !== 'entity' || placeKinds.has(kb.entities.get(tokens[index].mention!.entityId)?.type ?? '')) return undefined;
  for (let k = index + 1; k < at; k++) {
    const t = tokens[k];
    // The subject's bracketed short form ("Cancer-associated fibroblasts (CAFs)") is the subject again.
    // A setting (the TME, hypoxia) between them is where the subject is, no antecedent of its own.
    if (t.kind === 'entity' && t.mention!.entityId !== tokens[index].mention!.entityId && !placeKinds.has(kb.entities.get(t.mention!.entityId)?.type ?? '') && kb.entities.get(t.mention!.entityId)?.type !== 'condition') return undefined;
  }
  return plainParticipant(tokens[index].mention!, index);
}
const placeClauseOpeners = new Set(['where', 'wherein', 'when', 'whenever', 'once']);
/** Names of where a finding holds, never a pronoun's antecedent here. */
const placeKinds = new Set(['disease', 'cell-line', 'experimental-system']);
const sceneTypes = new Set(['disease', 'cell-line', 'experimental-system', 'condition', 'process', 'phenotype']);

/**
 * "X is protective in PDAC, since it was associated with longer survival": with no verb read before it, "it"
 * (or "they") right after a subordinating word stands for the main clause's subject: the name that opens the
 * sentence, else the first name of the sentence that is not a place, a setting or an outcome (PDAC is where, not what).
 */
function subordinatePronounAntecedent(kb: KnowledgeBase, tokens: readonly Token[], leftFrom: number, skipStart: number): Participant | undefined {
  // "they" ends a subject phrase (npStops), so the phrase starts after it: the word before the phrase is looked at too.
  const from = leftFrom > 0 && tokens[leftFrom - 1].lower === 'they' ? leftFrom - 1 : leftFrom;
  const at = tokens.slice(from, skipStart).findIndex((t) => t.kind === 'word' && (t.lower === 'it' || t.lower === 'they'));
  if (at < 0 || !subordinators.has(tokens[from + at - 1]?.lower ?? '')) return undefined;
  const before = from + at - 1;
  // A name that opens the sentence is its subject whatever its kind, a process or a condition too ("EMT is unwanted
  // in tumours since it drives aggressiveness"; issue 7, stop 36), as in a clause of place (above); not a place.
  const opening = tokens.findIndex((t) => t.kind !== 'word');
  if (opening >= 0 && opening < before && tokens[opening].kind === 'entity' && !placeKinds.has(kb.entities.get(tokens[opening].mention!.entityId)?.type ?? '')) {
    return plainParticipant(tokens[opening].mention!, opening);
  }
  const index = tokens.slice(0, before).findIndex((t) => t.kind === 'entity' && !sceneTypes.has(kb.entities.get(t.mention!.entityId)?.type ?? ''));
  return index >= 0 ? plainParticipant(tokens[index].mention!, index) : undefined;
}

/**
 * "STAT3 enhances gene transcription, which favours proliferation": a relative clause on an object the library does
 * not name (no entity before the comma) says what the main clause's agent brings about through it: its subject is
 * the first name of the sentence that is no place, setting or outcome, when a relation verb stands between it and the
 * comma and no other name does.
 */
function unnamedObjectRelativeSubject(kb: KnowledgeBase, tokens: readonly Token[], skipStart: number): Participant | undefined {
  if (tokens[skipStart - 1]?.lower !== 'which' || tokens[skipStart - 2]?.text !== ',' || tokens[skipStart - 3]?.kind !== 'word') return undefined;
  const comma = skipStart - 2;
  const index = tokens.slice(0, comma).findIndex((t) => t.kind === 'entity' && !sceneTypes.has(kb.entities.get(t.mention!.entityId)?.type ?? ''));
  if (index < 0) return undefined;
  const between = tokens.slice(index + 1, comma);
  if (between.some((t) => t.kind === 'entity' || (t.kind === 'punct' && t.text !== '-')) || !between.some((t) => t.kind === 'word' && verbTrigger(t.lower) !== undefined)) return undefined;
  return plainParticipant(tokens[index].mention!, index);
}

/** Whether `close` is a closing bracket whose content names two or more entities (a list glossing the noun before it). */
function bracketedListBefore(tokens: readonly Token[], close: number): boolean {
  if (tokens[close]?.text !== ')') return false;
  let names = 0;
  for (let k = close - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.text === '(') return names >= 2;
    if (t.text === ')') return false;
    if (t.kind === 'entity') names++;
  }
  return false;
}

/** "X, which ...", "X which ...": the name a relative clause starting at `skipStart` (its verb's skipped words) refers to. */
export function relativeAntecedent(tokens: readonly Token[], skipStart: number): Participant | undefined {
  const relative = tokens[skipStart - 1]?.lower;
  if (relative !== 'which' && relative !== 'who') return undefined;
  const index = tokens[skipStart - 2]?.text === ',' ? skipStart - 3 : skipStart - 2;
  const named = tokens[index];
  return named?.kind === 'entity' && named.mention ? plainParticipant(named.mention, index) : undefined;
}

/**
 * The name an agent noun in apposition describes, when the name closes the earlier predicate's stretch: ", a/an", at
 * most three describing words, then the noun ("..., a potent inhibitor of Y"); the name stands right before the comma
 * and after the earlier trigger. Only a copular noun (the agent nouns "inhibitor of", "inducer of", "mediator of").
 */
function describedObject(tokens: readonly Token[], trigger: Trigger, previous: Trigger): Participant | undefined {
  if (!trigger.copular || tokens[trigger.last + 1]?.lower !== 'of' && tokens[trigger.last]?.lower !== 'of') return undefined;
  let k = trigger.first - 1;
  for (let words = 0; k >= 0 && words < 3 && tokens[k].kind === 'word' && !determiners.has(tokens[k].lower) && !beVerbs.has(tokens[k].lower) && tokens[k].lower !== 'and' && tokens[k].lower !== 'or' && tokens[k].lower !== 'as'; k--) words++;
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return undefined;
  const comma = k - 1;
  const index = comma - 1;
  const named = tokens[index];
  if (tokens[comma]?.text !== ',' || index <= previous.last || named?.kind !== 'entity' || !named.mention) return undefined;
  return plainParticipant(named.mention, index);
}

export function isDrug(kb: KnowledgeBase, mention: EntityMention): boolean {
  const type = kb.entities.get(mention.entityId)?.type;
  return type === 'drug' || type === 'chemical';
}
