// Claim extraction: turns one sentence with its entity mentions into claims (subject, relation, object,
// mediators, context, negation, hedging). It is a rule-based reading of the relation triggers of
// triggers.ts and the roles of roles.ts, in the tradition of pattern-based biomedical relation extractors.
// Loss of function inverts a claim: "knockdown of IL-11 reduced migration" says IL-11 promotes migration.
import { contextTypes, moleculeTypes } from '../kb/schema';
import { deniesOnlyExclusiveness } from '../language/chunks';
import { headSays, negativeAssociationWords, propertyNouns } from './cues';
import { applyConstructions } from './constructions';
import { deniedSeeingVerb } from './deniedModifierEvent';
import { lossAfter } from './deniedObservation';
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { lexiconOf } from '../entities/lexicon';
import { normalizeTerm } from '../entities/normalize';
import { drugOutcomeAt } from '../kb/outcomes';
import { compileFrames, type FrameMatch, matchFrames } from './frames';
import { conjunctsAfter, conjunctsBefore, deniedList } from './coordination';
import { assignRoles, coordinated, isLossOfFunctionWord, lossOfFunctionAt, namesOtherThing, treatmentOfCells, plainParticipant, type Participant, type Roles } from './roles';
import { treatedPlaceAgent } from './nounPhrases';
import { sameSentence, tokenAt, tokenize, type Token } from './tokens';
import { qualifyingAsideAfter } from './denialAside';
import { withMentionSenses } from './mentionSenses';
import { withImpliedMentions } from './impliedMentions';
import { writtenAspect } from './writtenAsLevel';
import { isLostInPlace } from './lostPlace';
import { appositionEnd, inApposition } from './appositions';
import { withoutAsideSettings } from './asideSettings';
import { therapyFieldAt } from './therapyField';
import { antecedentEnd, bareRelativeOnSubject } from './bareRelative';
import { relativeInNamedCancer } from './relativeInNamedCancer';
import { isReadoutOf, routeDirection, unnamedAgentRoot } from './unnamedAgent';
import { stageCost, stageEnd, stageStart } from '../util/stageCosts';
import { clauseNumbers, determiners, findTriggers, prepositions, reportingWords, type Trigger } from './triggers';
import { associationParticiples, beVerbs, causalModifiers, failureNouns, invert, changeOnlyVerbs, decreasingNouns, descriptiveModifiers, hedges, isGerund, lossGroupWords, negations, ownFindingPatterns, protectionVerbs, relationNouns, relationSign, verbTrigger, viaWords, type ClaimRelation } from './vocabulary';
import { ownClauseAfterComma, opensClause, treatmentNouns, subjectPhraseStart, frontedPhraseEnd, skipBack, ownPredicateAdverbs, scarcityAdverbs, headParticipants, agents, governorFrom, copulaSubjects, sentenceSubject, predicateNounSubjects, inheritedSubjects, closingParticipleAgents, runOnSubject, regulatedThrough, invertedCopulaMembers, copulaComplementSubject, placeClausePronounAntecedent, relativeAntecedent, isDrug } from './subjects';

export interface ExtractedClaim {
  subject: EntityMention;
  relation: ClaimRelation;
  /** For associated-with: the sign of the correlation. */
  polarity?: 'positive' | 'negative';
  /** An association with an outcome scale that names no direction ("associated with prognosis"): it says that X matters, not which way. */
  undirected?: boolean;
  object: EntityMention;
  mediators: EntityMention[];
  context: EntityMention[];
  negated: boolean;
  hedged: boolean;
  /** The subject was named by its loss of function and the relation was inverted. */
  inverted: boolean;
  /**
   * The claim was read by the rule for a denial under a loss ("medium from Z-silenced cells did not raise Y", "In
   * Z-deficient cells, A did not induce Y", "A no longer raised Y once Z was lost": Z is needed, Z raises Y;
   * noLongerAfterLoss.ts, abolishedByLoss.ts, frontedLostPlace.ts, lostSource.ts): the relation is as composed from the
   * loss and the denial together, neither inverted nor negated, and the denial word the sentence keeps is read (the
   * precision guard analysis/unaccountedLink.ts takes it as the claim's own).
   */
  lossAndDenial?: true;
  /** Offsets in the block text covering the words of the claim. */
  start: number;
  end: number;
  /** The rival the sentence ranks the claim against ("more strongly than sorafenib"): comparisons.ts. */
  comparedWith?: EntityMention;
  /**
   * Claims the sentence asserts as one, with the same number: an event and what it drives ("X induction of Y
   * promotes Z", eventSubject.ts). The sentence is supported only when each of them is (analyzeBlock sentenceVerdict).
   */
  joint?: number;
  /**
   * A class said in passing of a name ("the anti-inflammatory cytokine IL-6", classInPassing.ts): a side remark that may
   * contradict, and otherwise never speaks for the sentence (analyzeBlock sentenceVerdict); abstracts read no fact from it.
   */
  aside?: true;
}

export interface SentenceReading {
  claims: ExtractedClaim[];
  hedged: boolean;
  ownFinding: boolean;
  /** The last subject, so that "it" in the next sentence can refer to it. */
  lastSubject?: EntityMention;
}

/** Words before "to" that deny the infinitive after them: "failed to show", "was unable to confer". */
const failingBeforeTo: ReadonlySet<string> = new Set(['failed', 'fails', 'fail', 'unable']);

/**
 * A word every own-finding pattern needs (vocabulary.ts ownFindingPatterns: "we", "our", or the study's own noun), each
 * between word boundaries there too: one search of the sentence turns away nearly every sentence before the five
 * patterns' searches (~1% of a 100k-word full check; issue 10, stop 37). A pattern whose words it lacks would need
 * its own word added here; readSentence.test.ts checks each pattern's example against it.
 */
export const ownFindingWords = /\b(?:we|our|study|work|report|paper)\b/i;

/**
 * Whether assignRoles can find a hyphenated modifier in `tokens` ("IL-11-induced STAT3", "hypoxia- and IL-11-induced
 * invasion"): each reading of one (roles.ts, its two `modifiers.push`) needs a token joined by a hyphen that is one of
 * vocabulary.ts causalModifiers, looked up as it is there. Without one the modifiers are none.
 */
export function mayHaveModifiers(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].hyphenBefore && causalModifiers[tokens[k].lower]) return true;
  return false;
}

/** Whether the sentence says the finding is the writer's own ("Here we show ...", "our data"). */
export function isOwnFinding(sentenceText: string): boolean {
  if (!ownFindingWords.test(sentenceText)) return false;
  for (let k = 0; k < ownFindingPatterns.length; k++) if (ownFindingPatterns[k].test(sentenceText)) return true;
  return false;
}

/** readSentence's parts in the bench's cost table (util/stageCosts.ts; nothing is timed unless the bench asks). */
const readerCost = {
  tokens: stageCost('stage', 'readSentence: tokens, anaphora, clauses'),
  triggers: stageCost('stage', 'readSentence: trigger words'),
  frames: stageCost('stage', 'readSentence: event frames'),
  constructions: stageCost('stage', 'readSentence: constructions (all)'),
};

export function readSentence(
  text: string,
  start: number,
  end: number,
  mentions: readonly EntityMention[],
  kb: KnowledgeBase,
  previousSubject?: EntityMention,
): SentenceReading {
  // The senses the phrases give (mentionSenses.ts) and the mentions they imply (impliedMentions.ts); the analysis of
  // a draft has applied them already (each returns the same array then), an abstract's not.
  mentions = withImpliedMentions(text, start, end, withMentionSenses(text, mentions, kb), kb);
  const sentenceText = text.slice(start, end);
  const hedged = hasHedge(sentenceText);
  const ownFinding = isOwnFinding(sentenceText);
  // Every claim joins entities of the sentence (a pronoun inherits its subject but needs an object here), so a
  // sentence without one is not read further: "1. 1. 1. ..." is thousands of such sentences (issue 11).
  if (mentions.length === 0) return { claims: [], hedged, ownFinding, lastSubject: previousSubject };
  let since = stageStart();
  const tokens = resolveAnaphora(tokenize(text, start, end, mentions), kb, previousSubject);
  const clauses = clauseNumbers(tokens);
  stageEnd(readerCost.tokens, since);
  since = stageStart();
  const triggers = findTriggers(tokens, clauses);
  stageEnd(readerCost.triggers, since);
  const claims: ExtractedClaim[] = [];
  // The per-sentence tables are the module's scratch ones, emptied here (see `scratch`).
  const { contextByClause, modifierMediators, associationOnly, unnamedMeans, reportedClauses } = scratch;
  emptied(contextByClause);
  emptied(modifierMediators);
  emptied(associationOnly);
  emptied(unnamedMeans);
  emptied(reportedClauses);
  const pending: { trigger: Trigger; subjects: Participant[]; roles: Roles; objects: Participant[]; negated: boolean }[] = [];
  let lastSubject = previousSubject;

  // The roles over the whole sentence serve two things only: the sentence's places, for a clause that names none of its
  // own (contextOf), and hyphenated modifiers' claims. Worked out when one of them is asked for, not for every sentence
  // (issue 10, stop 38: ~5% of a 100k-word full check; assignRoles reads the tokens and changes nothing).
  let wholeRoles: Roles | undefined;
  const whole = (): Roles => (wholeRoles ??= assignRoles(tokens, 0, tokens.length, kb, 'left'));
  /**
   * The context of a claim is the sentence's: a clause that names none of its own shares the others' ("IL-11
   * not only raises X but also Y in OSCC cells"); a clause that names its own keeps it ("in OSCC ..., whereas in
   * breast cancer ...").
   */
  let sentenceContext: EntityMention[] | undefined;
  tokens.forEach((token, k) => {
    if (token.lower === 'that' && reportingWords.has(tokens[k - 1]?.lower ?? '')) reportedClauses.add(clauses[k]);
  });
  // "X promotes A and has been found in B, C and D", "X regulates A and we showed that Y lowers B in vivo": a
  // predicate after "and" with its own auxiliary or subject says where it holds for itself; its places are kept
  // under a key of their own (contextKey), and never lent to the predicate before it.
  const detached = detachedPredicates(tokens, clauses, triggers);
  const contextKey = (k: number): number => (detached[k] > 0 ? -detached[k] : clauses[k]);
  const contextOf = (clause: number): EntityMention[] => {
    const own = contextByClause.get(clause);
    // A reported conclusion (", indicating that ...") speaks in general and keeps its context to itself.
    if ((own && own.length > 0) || reportedClauses.has(clause)) return own ? withoutAsideSettings(tokens, kb, own) : [];
    // A detached predicate's places stay its own, except a named disease a therapy is aimed at ("and have become a
    // focus of therapy of oesophageal cancer"): the writer's field, the whole sentence's setting (therapyField.ts).
    const field = (m: EntityMention): boolean => {
      const k = tokens.findIndex((t) => t.start === m.start);
      return k >= 0 && therapyFieldAt(tokens, k, m, kb);
    };
    sentenceContext ??= withoutAsideSettings(tokens, kb, dedupe([...[...contextByClause].flatMap(([key, list]) => (key >= 0 ? list : list.filter(field))), ...whole().context.filter((m) => !inDetached(tokens, detached, m) || field(m))]));
    return sentenceContext;
  };
  /**
   * A frame is negated by a negation in the few words before it ("no role of X in Y was found" is left alone), or by
   * one inside it before its object ("X plays no role in Y", "X does not play a role in Y"; "not only" asserts).
   * Inside it, "failed (was unable) to" denies as "did not" does: "X failed to show a survival benefit" (issue 7,
   * h-w21b44: read as the benefit shown).
   */
  const isNegatedAt = (index: number, upTo = index): boolean => {
    for (let k = Math.max(0, index - 3); k <= upTo; k++) {
      const lower = tokens[k].lower;
      if (lower === 'not' && deniesOnlyExclusiveness((n) => tokens[k + n]?.lower)) continue;
      if (lower === 'no' || lower === 'not' || (k > index && (lower === 'never' || lower === 'cannot' || endsInNt(lower)))) return true;
      if (k > index && failingBeforeTo.has(lower) && tokens[k + 1]?.lower === 'to') return true;
    }
    return false;
  };
  const frontedEnd = triggers.length > 0 ? frontedPhraseEnd(tokens, triggers[0].first) : 0;
  // Where a clause of its own opens after ", and" (ownClauseAfterComma), as a text offset: the frames read before it
  // come before its claims (the assembly below), the sentence's clauses in their order.
  let ownClauseAt = -1;
  const leftStarts = triggers.map((trigger, t) => subjectPhraseStart(tokens, trigger, t > 0 ? triggers[t - 1] : undefined, clauses));
  triggers.forEach((trigger, t) => {
    const previous = t > 0 ? triggers[t - 1] : undefined;
    const nextTrigger = triggers[t + 1];
    if (associationDescribesSubject(tokens, trigger, nextTrigger)) return;
    const skipStart = skipBack(tokens, trigger.first, trigger.copular);
    // "HIF-1α, a factor stabilised under hypoxia, raises X": the verb of a description is no earlier predicate;
    // the subject stands before the description (the stretch after the description's verb still ends at it).
    // (also when the description's verb is no trigger: "Sorafenib, which targets Raf, lowered X").
    const leftFrom = (!previous || inApposition(tokens, previous.first)) && !inApposition(tokens, trigger.first) ? subjectPhraseStart(tokens, trigger, undefined, clauses, true) : leftStarts[t];
    // A description's own verb ("X, which is overexpressed in Y, ...") reads up to the description's end; the next
    // verb's subject phrase, which passes over the description, does not cut it short.
    const describedEnd = nextTrigger && !inApposition(tokens, nextTrigger.first) ? appositionEnd(tokens, trigger.first) : -1;
    const rightTo = describedEnd >= 0 ? Math.min(describedEnd, rightBoundary(tokens, trigger, undefined, undefined, clauses, detached)) : rightBoundary(tokens, trigger, nextTrigger, nextTrigger ? leftStarts[t + 1] : undefined, clauses, detached);
    // "STAT1 involved in tumour growth is raised by IL-6": a reduced relative on the subject ("involved in", "required
    // for") qualifies the noun phrase before it, which is this verb's subject; the relative's own object is no
    // participant of this verb (issue 7, stop 38: IL-6 was paired with tumour growth, supported by an IL-6 finding on
    // growth, whatever it did to STAT1).
    const relativeOnSubject = previous !== undefined && relativeQualifiesSubject(tokens, triggers, t, leftFrom);
    // "STAT3 which is a transcription factor promotes Y": a relative clause on the subject without commas
    // (bareRelative.ts); the name before the relative word is the subject of the clause's verbs and of the main verb.
    const bare = relativeOnSubject ? -1 : bareRelativeOnSubject(tokens, triggers, t, clauses, leftFrom, skipStart);
    const antecedentTo = bare >= 0 ? antecedentEnd(tokens, bare) : -1;
    if (ownClauseAt < 0 && leftFrom > 0 && ownClauseAfterComma(tokens, leftFrom - 1, skipStart)) ownClauseAt = tokens[leftFrom - 1].start;
    const left = relativeOnSubject
      ? assignRoles(tokens, leftStarts[t - 1], skipBack(tokens, previous.first), kb, 'left')
      : bare >= 0
        ? assignRoles(tokens, subjectPhraseStart(tokens, { ...trigger, first: antecedentTo, last: antecedentTo, copular: false }, undefined, clauses), bare, kb, 'left')
        : assignRoles(tokens, leftFrom, skipStart, kb, 'left');
    // "Via STAT3, IL-11 raised MMP-2": the route named in a fronted phrase is the claim's route.
    if (leftFrom > 0 && leftFrom === frontedEnd) left.mediators.push(...assignRoles(tokens, 0, frontedEnd, kb, 'left').mediators);
    const right = assignRoles(tokens, trigger.last + 1, rightTo, kb, 'right', trigger.passive, trigger.between);
    // "X leads via its receptor Z to Y" (a light verb of cause with a route before its preposition, triggers.ts
    // matchPhrase): the route inside the trigger's words is the claim's route.
    if (trigger.last > trigger.first + 1 && viaWords.has(tokens[trigger.first + 1].lower)) {
      const route = assignRoles(tokens, trigger.first + 2, trigger.last, kb, 'right');
      right.mediators.push(...route.mediators, ...route.participants.map((p) => p.mention));
    }
    // (Read in place, not from a copy of the subject phrase's tokens: one array fewer per trigger, issue 10.)
    // "X neither raised A nor activated B", "X did not raise A, nor did it activate B": "nor" denies the verb after it.
    const negated = isNegated(tokens, skipStart, trigger) || negativeInversion(tokens, trigger, clauses) || failureOf(tokens, trigger) || hasWordIn(tokens, leftFrom, skipStart, 'neither') || noneOpens(tokens, leftFrom, skipStart) || hasWordIn(tokens, Math.max(trigger.first - 4, previous ? previous.last + 1 : 0), trigger.first, 'nor') || unseenChange(tokens, trigger, nextTrigger);
    // A description's own verb ("IL-11, a cytokine overexpressed in OSCC, ...") lends the sentence no context.
    // (Left then right, each added as the one joined list was: no joined copy per trigger.)
    if (!inApposition(tokens, trigger.first)) {
      addContext(contextByClause, contextKey(trigger.first), left.context);
      addContext(contextByClause, contextKey(trigger.first), right.context);
    }

    let subjects: Participant[];
    let objects: Participant[];
    if (trigger.passive) {
      const agentRoles = right;
      objects = headParticipants(tokens, left.participants, kb);
      // "IL-11, which is overexpressed in OSCC, ...": the relative pronoun's antecedent undergoes the verb.
      // After another verb, only a relative clause set off by a comma right after its antecedent: "... failed to
      // inhibit PI3K, which is activated by HER2" (HER2 activates PI3K).
      // Not a verb of cause or company, which speaks of the whole clause before ("X lowered invasion, which was
      // mediated by ERK").
      if (objects.length === 0 && (!previous || (tokens[skipStart - 2]?.text === ',' && tokens[skipStart - 1]?.lower === 'which' && trigger.relation !== 'associated-with' && !clausalRelativeVerbs.has(tokens[trigger.last].lower)))) {
        const antecedent = relativeAntecedent(tokens, skipStart);
        if (antecedent) objects = [antecedent];
      }
      const described = objects.length === 0 && pending.length === 0 ? predicateNounSubject(tokens, skipStart) : undefined;
      if (described) objects = [described];
      // "X occurs in tumours, where it is induced by Y": the pronoun is the sentence's subject.
      const placed = objects.length === 0 ? placeClausePronounAntecedent(kb, tokens, leftFrom, skipStart) : undefined;
      if (placed) objects = [placed];
      // "STAT3 is phosphorylated and activated by cytokines": the second participle shares the first one's patient.
      const joined = tokens[skipStart - 1]?.lower;
      const shared = pending[pending.length - 1];
      if (objects.length === 0 && shared?.trigger.passive && shared.trigger.clause === trigger.clause && (joined === 'and' || joined === 'or')) objects = shared.objects;
      subjects = agents(tokens, agentRoles.participants, trigger, kb);
      // "Snail was raised in A549 cells treated with TGF-β1", "... in cells exposed to IL-1β": with no agent named
      // by "by", what was done to the cells the change was seen in is its cause.
      if (subjects.length === 0) subjects = headParticipants(tokens, agentRoles.participants.filter((p) => treatmentOfCells(tokens, p.index)), kb);
      // "E-cadherin expression was decreased after exposure to hypoxia", "MMP-13 was induced following treatment with
      // IL-11": a passive with no "by" whose cause is named by a noun of treatment after "after" (issue 7, stop 49,
      // h-actor49). The active verb read it already (respondsFrom); the passive read nothing, the name's governor
      // being "to" or "with".
      // Not a verb of undoing ("the changes in Y were reversed after inhibition of X"): what it undoes is a change
      // whose direction the sentence states elsewhere (frames.ts reversed-after reads it).
      if (subjects.length === 0 && !undoingVerbs.test(tokens[trigger.first].lower)) {
        const responseAt = respondsFrom(tokens, trigger.last + 1, rightTo);
        subjects = headParticipants(tokens, agentRoles.participants.filter((p) => p.index > responseAt), kb);
      }
    } else if (trigger.between) {
      subjects = right.participants.slice(0, 1);
      objects = right.participants.slice(1);
      // "an association between overall survival and STAT3 expression": which side "between" names first is the
      // writer's choice; an outcome named first is still what the molecule goes with, as in "between STAT3 and overall
      // survival" (issue 7, stop 41). Only when every later side is no outcome.
      const outcome = (p: Participant): boolean => processTypes.has(kb.entities.get(p.mention.entityId)?.type ?? '');
      if (subjects.length === 1 && outcome(subjects[0]) && objects.length > 0 && !objects.some(outcome)) [subjects, objects] = [objects, subjects];
      // "associations between A expression, B expression and lymph node metastasis": markers listed before the
      // outcomes they go with are each paired with each outcome, not with one another (issue 7, stop 48: A was
      // paired with B and B never with the outcome).
      const sides = [...subjects, ...objects];
      const markers = sides.filter((p) => !outcome(p));
      if (markers.length > 1 && markers.length < sides.length && sides.findIndex(outcome) >= markers.length) [subjects, objects] = [markers, sides.filter(outcome)];
    } else {
      subjects = headParticipants(tokens, closingParticipleAgents(tokens, trigger, skipStart, left.participants), kb);
      const runOn = runOnSubject(tokens, trigger, skipStart, left.participants);
      if (runOn) subjects = [runOn];
      // "Blocking IL-6Rα with sarilumab": the drug used is a subject too.
      subjects.push(...left.participants.filter((p) => !subjects.includes(p) && governorIs(tokens, p.index, 'with') && isDrug(kb, p.mention)));
      // Entities after "in response to", "after", "upon", "following" are causes or conditions, not objects.
      // "in response to signalling of many cytokines including IL-6": everything after "in response to" is a cause.
      const responseAt = respondsFrom(tokens, trigger.last + 1, rightTo);
      // "Snail rose in A549 cells treated with TGF-β1": what was done to the cells is a cause too, not an object.
      const causal = (p: Participant): boolean => p.index > responseAt || ['in-response-to', 'after', 'upon', 'following'].includes(governorFrom(tokens, p.index, trigger.last + 1) ?? '') || treatmentOfCells(tokens, p.index);
      objects = right.participants.filter((p) => !causal(p));
      // "IL-6 levels rise during inflammation", "X levels rose in HCC, since they reflect Y": a verb of change only
      // ever said of its subject takes no object; a name after it is a setting or the rest of the sentence (issue 7,
      // stop 33: read as "X raises Y"). Its cause, when one follows, is read below.
      if (changeOnlyVerbs.has(tokens[trigger.first].lower)) objects = [];
      // "X protected HCC cells from apoptosis", "X shields tumour cells from Y": what is held back is what comes after
      // "from"; the cells protected are the setting (issue 7, stop 33: "protected tumour cells from D" read as X
      // lowering the cancer). A drug or treatment after "from" is kept off, not lowered: shielding cells from
      // sorafenib raises their resistance, which this verb reading does not say.
      if (protectionVerbs.test(tokens[trigger.first].lower)) {
        // ("against": "protected the tumours against irradiation", the same preposition of what is held back.)
        const from = tokens.findIndex((t, k) => k > trigger.last && k < rightTo && t.kind === 'word' && (t.lower === 'from' || t.lower === 'against'));
        if (from >= 0) objects = objects.filter((p) => p.index > from && !isDrug(kb, p.mention));
      }
      const agent = right.participants.find(causal);
      // "IL-11 and MMP-9 levels were correlated in hypoxic cells": a correlation between two named participants has
      // its pair already; a condition after it is where the pair was measured, not a cause of both (issue 7, stop 52,
      // h-probe52: read hypoxia as associated with each, a false support through hypoxia's own findings).
      const reciprocalPair = trigger.relation === 'associated-with' && subjects.length >= 2;
      if (objects.length === 0 && subjects.length > 0 && !reciprocalPair && intransitive(tokens, trigger)) {
        // "IL-6Rα expression increased in response to sorafenib", "N-cadherin declined after IL-11 stimulation",
        // "IL-11 expression increased under hypoxia": a verb without object, whose cause follows it.
        const cause = agent?.mention ?? right.context.find((m) => conditionTypes.has(kb.entities.get(m.entityId)?.type ?? ''));
        if (cause) {
          objects = subjects;
          subjects = [{ mention: cause, lossOfFunction: agent?.lossOfFunction ?? false, flipped: false, excluded: false, sensitivityTo: false, index: -1 }];
        }
      }
    }
    if (trigger.relation === 'associated-with' && objects.length === 0 && subjects.length >= 2) {
      // "IL-11 and MMP-13 levels were positively correlated".
      objects = subjects.slice(1);
      subjects = subjects.slice(0, 1);
      // "X and Y levels were inversely correlated": the adverb before the participle turns the pair's polarity (issue 7,
      // stop 52, h-probe52: read as a positive correlation, a support of the opposite).
      const before = tokens[trigger.first - 1];
      if (before?.kind === 'word' && negativeAssociationWords.has(before.lower)) trigger.polarity = 'negative';
    }
    if (trigger.reversed && left.modifiers.length > 0 && objects.length > 0) {
      // "IL-11-triggered AP-1 activation depended on IL-11Rα": the receptor is the route of IL-11's effect.
      for (const modifier of left.modifiers) modifierMediators.set(modifier.subject.entityId + '>' + modifier.object.entityId, objects.map((o) => o.mention));
      subjects = [];
      objects = [];
    }
    if (trigger.reversed) [subjects, objects] = [headParticipants(tokens, objects, kb), subjects];
    let settingAsSubject = false;
    const unnamedRoot = unnamedAgentRoot(tokens, pending, trigger);
    if (unnamedRoot >= 0) {
      // "The compound lowered Y by blocking Z", "Y was lowered by blocking Z": Y is no agent of the means, and a
      // passive verb's agent is the means, not a place named after it.
      subjects = [];
      if (pending[unnamedRoot].trigger.passive) {
        pending[unnamedRoot].subjects = [];
        associationOnly.delete(unnamedRoot);
      }
      unnamedMeans.set(pending.length, unnamedRoot);
    } else if ((subjects.length === 0 || trigger.means || trigger.purpose) && !(bare >= 0 && tokens[bare].lower === 'whose')) {
      // ("Tumours whose growth is linked to IL-6 show high STAT3": the main verb's subject is the antecedent, even when
      // it names only a place; the noun inside the "whose" clause, the relative verb's subject, is not passed on.)
      const inherited = inheritedSubjects(kb, tokens, trigger, previous, pending, skipStart, leftFrom, lastSubject);
      if (inherited.length > 0 || subjects.length === 0) subjects = inherited;
    }
    // "Among the cytokines that raise Y is IL-6": the class the relative clause is on gives way to its members named
    // after the copula (subjects.ts invertedCopulaMembers).
    const members = !trigger.passive && pending.length === 0 ? invertedCopulaMembers(kb, tokens, skipStart, subjects) : undefined;
    if (members) subjects = members;
    // "X has been the only drug to prolong Y", "X is a drug and is the only one linked with Y": the copula's subject
    // (subjects.ts copulaComplementSubject).
    const complementOf = members ? undefined : copulaComplementSubject(kb, tokens, trigger, leftFrom, skipStart, subjects);
    if (complementOf) subjects = [complementOf];
    // "Among the factors which drive invasion are A and B": a name the verb takes as its subject from after it (the
    // names a copula after the relative clause gives its noun, subjects.ts invertedCopulaSubjects) is none of its
    // objects (issue 7, stop 54: A and B were each read as raising the other).
    if (subjects.some((p) => p.index > trigger.last)) objects = objects.filter((o) => !subjects.some((p) => p.index === o.index));
    if (objects.length === 0 && pending.length > 0 && tokens.slice(trigger.last + 1, rightTo).some((tk) => tk.lower === 'its' || tk.lower === 'their')) {
      // "ATF4 acts upstream of ATF3 and increases its expression": "its" is the previous object.
      objects = pending[pending.length - 1].objects.slice(-1);
    }
    if (subjects.length === 0 && objects.length > 0 && unnamedRoot < 0 && onlyGenericWords(tokens, leftFrom, skipStart, trigger.passive)) {
      // "Hypoxic culture increased IL-11 mRNA", "IL-11 was elevated under hypoxia": with no agent named, the
      // condition of the cells is the cause. With only a disease around ("IL-11 was overexpressed in OSCC
      // specimens"), the sentence reports an association between the disease and the entity.
      const clauseContext = [...left.context, ...right.context];
      const condition = clauseContext.find((m) => conditionTypes.has(kb.entities.get(m.entityId)?.type ?? ''));
      // Not a disease word inside a compound modifier ("tumor-promoting inflammation", "cancer-associated fibroblasts"):
      // it names no setting the entities were found in.
      const disease = clauseContext.find((m) => kb.entities.get(m.entityId)?.type === 'disease' && !/^[-‐‑–−]\p{L}/u.test(text.slice(m.end, m.end + 2)));
      // Not of an entity named by its loss: "IL-11 knockout mice were protected from gastric cancer" states no level
      // of IL-11 in the disease (the frames read the genotype's effect).
      // "Y was reduced in IL-11-depleted MDA-MB-231 cells under hypoxia": the cells carry the loss of a name, and that
      // loss is the agent; the condition is only where it was seen (read as the cause, hypoxia lowered Y, a false
      // contradiction; issue 7, h-para32).
      // So too a name the cells were treated with: "Y was enhanced in IL-11-stimulated OSCC cells" is IL-11's finding,
      // not an association of Y with OSCC.
      const placed = agentInPlace(tokens, trigger.last + 1, rightTo, text, start, kb);
      const lost = placed?.index;
      if (placed !== undefined) {
        subjects = [{ mention: tokens[placed.index].mention!, lossOfFunction: placed.loss, flipped: false, excluded: false, sensitivityTo: false, index: placed.index }];
      }
      // The disease as the other partner only for a verb of level ("overexpressed", "elevated", "reduced"): "In HCC cells,
      // IL-6 is secreted by fibroblasts", "IL-11 signalling is mediated through STAT1 in OSCC cells" say where, and
      // what does it, not that the disease goes with the name (issue 7, stop 34: a stray "HCC associated-with IL-6").
      // ("secreted at high levels", "produced in large amounts": the amount after it names the level too.)
      const amountAfter = tokens[trigger.last + 1]?.lower === 'at' || tokens[trigger.last + 1]?.lower === 'in' ? amountWords.test(tokens[trigger.last + 2]?.lower ?? '') : false;
      // ("secreted by OSCC cell lines": the disease's cells are the producer, which says the name goes with the disease.)
      const producedByDisease = disease !== undefined && tokens.some((t, k) => k > trigger.last && t.kind === 'entity' && t.start === disease.start && (tokens[k - 1]?.lower === 'by' || (tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'by')));
      const levelVerb = levelWords.test(tokens[trigger.first].lower) || (expressionWords.test(tokens[trigger.first].lower) && (degreeBefore.test(tokenAt(tokens, trigger.first - 1)?.lower ?? '') || amountAfter || producedByDisease));
      // Nor a participle that is an adjective of a cause verb's object right after it ("X caused reduced apoptosis in HCC
      // cells"): the cause verb has the agent, and the cells are where the claim holds, no partner (issue 7, stop 48: a
      // stray "HCC associated-with apoptosis").
      const objectOfCause = previous !== undefined && previous.last === trigger.first - 1 && !previous.passive && !previous.copular && causeForms.has(tokens[previous.first].lower);
      const cause = lost !== undefined ? undefined : condition ?? (objects.some((o) => o.lossOfFunction) || !levelVerb || objectOfCause ? undefined : disease);
      if (cause) {
        subjects = [plainParticipant(cause, -1)];
        settingAsSubject = true;
        if (!condition) associationOnly.add(pending.length);
      }
    }
    if (!trigger.passive && !trigger.copular && tokens[skipStart - 1]?.lower === 'and') {
      // "X is harmful to the liver and might result in Y": a verb after "and" with a copula's complement before it
      // shares the copula's subject; the name in the complement's phrase ("toxic to hepatocytes") is no agent. A
      // noun of relation inside the copula's subject ("activation of X is harmful ...") is no earlier predicate.
      const shared = copulaSubjects(tokens, trigger, previous, skipStart - 1, subjects, clauses, kb);
      if (shared) subjects = shared;
    }
    if (trigger.copular && tokens[skipStart - 1]?.lower === 'and') {
      // "IL-6 is a cytokine that modulates inflammation, and is a key activator of STAT3": a second predicate of
      // the sentence's subject, not of the relative clause's object.
      const opening = sentenceSubject(tokens);
      if (opening) subjects = [plainParticipant(opening.mention, opening.index)];
    }
    if (trigger.sensitizing) objects = objects.map((o) => ({ ...o, sensitivityTo: true }));
    const described = pending.length === 0 ? predicateNounSubject(tokens, skipStart) : undefined;
    const deniedByCopula = described !== undefined && [...subjects, ...objects].some((p) => p.index === described.index) && predicateNounNegated(tokens, described, skipStart);
    pending.push({ trigger, subjects, roles: mergeRoles(left, right), objects, negated: negated || deniedByCopula || sharesDenial(tokens, trigger, skipStart, pending[pending.length - 1], subjects) });
    // "X is elevated in many tumours, and it drives Y": the setting read as the level's partner is no subject of the
    // clause; the name before the verb is, and a pronoun after it stands for that name (issue 7, stop 40).
    // "IL-6 is secreted by CAFs, and it promotes Y": after a passive the pronoun is the clause's grammatical subject,
    // the name that undergoes the verb before it, not the agent after "by" (stop 50, h-actor50: read as CAFs
    // promoting Y, supported by the CAFs' own finding).
    const named = settingAsSubject || trigger.passive ? objects.find((o) => o.index >= 0 && o.index < trigger.first) : undefined;
    if (named) lastSubject = named.mention;
    else if (subjects.length > 0) lastSubject = subjects[0].mention;
  });

  // Means ("by activating X") and purpose ("to activate X") triggers lend their objects to the claim they explain.
  pending.forEach((item, index) => {
    const explained = index > 0 ? pending[index - 1] : undefined;
    // "X enhances EMT, possibly by suppressing NDRG2": a route offered as a guess is a claim of its own, not a
    // condition of the claim it would explain.
    // "X drives Y by either blocking A or inducing B": routes offered as alternatives commit to neither, so each is a
    // claim of its own and the claim they explain stands without a route (issue 7, stop 40).
    if (item.trigger.means && explained && !hedgedMeans(tokens, item.trigger) && !alternativeMeans(tokens, item.trigger)) {
      for (const object of item.objects) explained.roles.mediators.push(object.mention);
    }
    // "acts through M to activate X" and "IL-11 signalling through M promotes X": M becomes a mediator of X. With
    // no one named as signalling ("Signalling through M promotes X" opening the sentence) it is M's own signalling
    // that promotes X, so M stays the subject (issue 7, stop 45).
    // "IL-11 signalling through IL-11RA and gp130 induces X": the route may be a list, whose later members the verb
    // took as its subject (issue 7, stop 48: read as gp130 inducing X, and the sentence as IL-11 signalling through
    // IL-11RA, supported).
    if (explained?.trigger.signaling && !item.trigger.purpose && isGerund(tokens[explained.trigger.first].lower) && (explained.objects.length === 0 || routeListGoesOn(tokens, explained.objects, item.subjects)) && item.subjects.length > 0 && explained.subjects.length > 0) {
      explained.objects = [...explained.objects, ...item.subjects];
      item.trigger.purpose = true;
      item.subjects = explained.subjects;
    }
    if (item.trigger.purpose && explained?.trigger.signaling) {
      item.roles.mediators.push(...explained.objects.map((o) => o.mention), ...explained.roles.mediators);
    }
  });

  // A relative clause or description on the subject ("X, which blocks Y, lowers Z") says something by the way:
  // its claims come after the main clause's, so the sentence's verdict follows the main clause (analyzeBlock).
  const asides: ExtractedClaim[] = [];
  for (const [index, item] of pending.entries()) {
    const aside = inApposition(tokens, item.trigger.first);
    const made = claims.length;
    readItem(index, item);
    if (aside) asides.push(...claims.splice(made));
  }
  claims.push(...asides);
  function readItem(index: number, item: (typeof pending)[number]): void {
    const { trigger, subjects, roles } = item;
    const next = pending[index + 1];
    // An aside holds where it says, not where the main clause does ("X, which blocks Raf, lowered Y in HCC cells").
    // A relative clause placed only in cancer in general speaks of the named cancer its antecedent lives in
    // ("Gastric tumours contain CAFs, which promote the proliferation of cancer cells": relativeInNamedCancer.ts).
    const context = inApposition(tokens, trigger.first) ? dedupe(roles.context) : [...relativeInNamedCancer(tokens, trigger.first, contextOf(contextKey(trigger.first)), kb)];
    if (trigger.signaling && next?.trigger.purpose) return;
    const mediators = dedupe(roles.mediators);
    for (const subject of subjects) {
      const subjectKey = subject.mention.entityId;
      const fell = loweredBefore(tokens, triggers, trigger, subject.mention);
      if (trigger.signaling) {
        // What follows "signals via" is the entity signalled through; there is no other object.
        for (const mediator of dedupe([...item.objects.map((o) => o.mention), ...mediators])) {
          if (mediator.entityId !== subjectKey) claims.push(makeClaim(subject.mention, 'signals-through', undefined, mediator, [], context, item.negated, hedged, false));
        }
        continue;
      }
      for (const object of item.objects) {
        if (object.mention.entityId === subjectKey) continue;
        let relation: ClaimRelation = trigger.relation;
        let polarity = trigger.polarity;
        if (associationOnly.has(index)) {
          const sign = relationSign(relation);
          if (sign === 0) continue;
          polarity = sign > 0 ? 'positive' : 'negative';
          relation = 'associated-with';
        }
        // A drug named as the sensitivity or response to it with no "X resistance" term in the lexicon stays the
        // drug, unturned: the drug-outcome construction (drugOutcome.ts) reads it as resistance or response.
        const resistance = object.sensitivityTo || object.resistanceTo ? resistanceMention(kb, object.mention) : undefined;
        const asOutcome = object.sensitivityTo && !resistance && drugOutcomeAt(text, object.mention.start, object.mention.end, start, end) !== undefined;
        // "a poor response of HCC to X" read as the resistance to X: the lowering adjective turns it once more (roles.ts).
        const flips = (subject.lossOfFunction ? 1 : 0) + (fell ? 1 : 0) + (object.flipped ? 1 : 0) + (object.sensitivityTo && !trigger.sensitizing && !asOutcome ? 1 : 0) + (object.loweredResponse && object.sensitivityTo && resistance && !asOutcome ? 1 : 0);
        const objectMention = asOutcome ? object.mention : object.sensitivityTo || (object.resistanceTo && resistance) ? resistance : object.mention;
        if (!objectMention) continue;
        // "X was linked to Y but not to Z": a denied association stays an association, denied (the reading
        // ", but it showed no association with Z" gets, clauseAnaphora.ts), so a reported association with Z
        // contradicts it; an excluded partner of a causal relation is a claim of no effect.
        let deniedHere = item.negated;
        if ((object.excluded || subject.excluded) && relation === 'associated-with' && !item.negated) deniedHere = true;
        else if (object.excluded || subject.excluded) relation = 'no-effect';
        // "NT157 caused alterations in IRS-1": a cause of a change that names no direction regulates its object; a
        // change prevented or lowered ("blocked alterations in Y") says less than an effect on Y, and is not read
        // (roles.ts changeWithoutDirection; lastResort.ts reads the same words so).
        if (object.unsignedChange && relation !== 'no-effect' && !polarity) {
          if (relationSign(relation) < 0) continue;
          if (relationSign(relation) > 0) relation = 'regulates';
        }
        if (regulatedThrough.has(subject) && relation !== 'no-effect') {
          relation = 'regulates';
          polarity = undefined;
        }
        if (flips % 2 === 1) {
          relation = invert(relation);
          if (polarity) polarity = polarity === 'positive' ? 'negative' : 'positive';
        }
        // "confers poor prognosis owing to increased malignancy and metastasis": a disease is no route ("malignancy"
        // names the cancer's aggressiveness there); the other reasons stay the claim's routes.
        const routes = mediators.filter((m) => m.entityId !== subjectKey && m.entityId !== objectMention.entityId && kb.entities.get(m.entityId)?.type !== 'disease');
        claims.push(makeClaim(subject.mention, relation, polarity, objectMention, routes, context, deniedHere, hedged, subject.lossOfFunction || fell));
      }
    }
  }
  // The means' object acts on the object of a verb whose agent is unnamed: "lowered Y by blocking Z": Z raises Y.
  for (const [index, rootIndex] of unnamedMeans) {
    const means = pending[index];
    const root = pending[rootIndex];
    const direction = routeDirection(root.trigger.relation, means.trigger.relation);
    if (!direction || means.negated) continue;
    for (const route of means.objects) {
      for (const object of root.objects) {
        if (route.mention.entityId === object.mention.entityId || route.excluded || object.excluded || isReadoutOf(route.mention.entityId, object.mention.entityId, kb)) continue;
        const relation = direction === 'same' ? root.trigger.relation : invert(root.trigger.relation);
        claims.push(makeClaim(route.mention, relation, undefined, object.mention, [], contextOf(contextKey(root.trigger.first)), root.negated, hedged, direction === 'opposite'));
      }
    }
  }
  // Hyphenated modifiers make claims wherever they stand, with or without a verb in the sentence:
  // "IL-11-induced STAT3 phosphorylation was observed in MDA-MB-231 cells".
  // Where each modifier's subject stands: the first token of its mention, found in one pass, not one search per modifier
  // (the map made only for a sentence with modifiers: an empty one per sentence was garbage, issue 10).
  // (A modifier needs a hyphen-joined word of cause after a name, roles.ts: without one the whole roles are not made for it.)
  const modifiers = mayHaveModifiers(tokens) ? whole().modifiers : [];
  const tokenOf = modifiers.length > 0 ? new Map<EntityMention, number>() : undefined;
  if (tokenOf) tokens.forEach((t, k) => t.mention && !tokenOf.has(t.mention) && tokenOf.set(t.mention, k));
  for (const modifier of modifiers) {
    const clause = clauses[tokenOf?.get(modifier.subject) ?? -1] ?? 0;
    const context = contextOf(clause);
    const route = modifierMediators.get(modifier.subject.entityId + '>' + modifier.object.entityId) ?? [];
    claims.push(makeClaim(modifier.subject, modifier.relation, undefined, modifier.object, route, context, false, hedged, false));
  }
  for (const nominal of nominalClaims(tokens, clauses, kb, text, start)) {
    const context = contextOf(nominal.clause);
    claims.push(makeClaim(nominal.subject, nominal.relation, undefined, nominal.object, [], context, nominal.denied, hedged, nominal.inverted));
  }
  // Event frames read constructions the verb reading gets wrong or misses; where a frame reads a pair of
  // entities, its reading replaces the verb reading's.
  const exclusiveOf = scratch.exclusiveOf;
  emptied(exclusiveOf);
  scratch.classSpans.length = 0;
  // A frame's places are its clause's, or its detached predicate's own ("..., and many studies have shown that X plays
  // a role in Y in NSCLC": the frame inside the detached stretch keeps NSCLC, which the clause before it never sees).
  since = stageStart();
  const framed = frameClaims(tokens, kb, hedged, contextOf, tokens.map((_, k) => contextKey(k)), isNegatedAt, exclusiveOf);
  stageEnd(readerCost.frames, since, framed.length > 0);
  // Most sentences have no frame reading: then nothing is replaced, and the three sets are not made.
  const kept = framed.length === 0 && exclusiveOf.size === 0 ? claims : withoutFramed(claims, framed, exclusiveOf, text, scratch.classSpans);
  // Constructions read on top of both readings (constructions.ts): "the X inhibitor D", combinations, ...
  // A relative clause set off by ", which" after the frame's words is a side remark ("X raises genes involved in A
  // and B, which is linked to C"): its claims follow the frame's, so the sentence's verdict follows the main clause.
  // The remark's claims are those on one of the frame's objects (its antecedent), with an object after the comma.
  const remark = sideRemarkStart(tokens);
  // Also a remark said of the frame's own subject ("X is one of the key pathways in Y of NSCLC, which can promote
  // tumour development"): it names the frame's pair again with another object mention and the remark's context, and
  // coming first it took the frame's place (same pair, one claim kept), so the main clause lost its context.
  const inRemark = (c: ExtractedClaim): boolean =>
    remark !== undefined && c.subject.start < remark && c.object.start > remark &&
    framed.some((f) => (f.object.start === c.subject.start && f.subject.start < c.subject.start) || (f.subject.start === c.subject.start && f.object.start < remark));
  since = stageStart();
  // "Z relays the signals of A, and B raises Y": the frame's claim on the first clause is the sentence's first (its
  // main claim, analyzeBlock), the verb reading of the clause after ", and" follows it (issue 7, stop 47).
  const spoken = kept.filter((c) => !inRemark(c));
  const later = (c: ExtractedClaim): boolean => ownClauseAt >= 0 && Math.min(c.subject.start, c.object.start) > ownClauseAt;
  const framedBefore = (c: ExtractedClaim): boolean => ownClauseAt >= 0 && Math.max(c.subject.start, c.object.start) < ownClauseAt;
  const inOrder = framed.some(framedBefore) ? [...spoken.filter((c) => !later(c)), ...framed.filter(framedBefore), ...spoken.filter(later), ...framed.filter((c) => !framedBefore(c))] : [...spoken, ...framed];
  // "X plays a role in Y by promoting Z": the means says how X does what the frame says; the frame's claim, read whole
  // before "by", is the sentence's main one, not the means' own claim (stop 49: "X promotes Z" came first and a
  // sentence backed on X and Y was no-evidence). A verb's claim takes the means as its route already (above).
  const meansAt = framed.length === 0 ? -1 : pending.reduce((at, p) => (p.trigger.means && (at < 0 || tokens[p.trigger.first].start < at) ? tokens[p.trigger.first].start : at), -1);
  const explained = (c: ExtractedClaim): boolean => meansAt >= 0 && framed.includes(c) && c.subject.end <= meansAt && c.object.end <= meansAt;
  const ordered = meansAt >= 0 && framed.some(explained) ? [...inOrder.filter(explained), ...inOrder.filter((c) => !explained(c))] : inOrder;
  const read = applyConstructions(dedupeClaims([...ordered, ...kept.filter(inRemark)]), { text, start, end, mentions, kb, hedged });
  stageEnd(readerCost.constructions, since);
  return { claims: dedupeClaims(read), hedged, ownFinding, lastSubject };
}

/** The verb readings a frame reading replaces are dropped: those on a framed pair or object, or by an exclusive subject. */
function withoutFramed(claims: readonly ExtractedClaim[], framed: readonly ExtractedClaim[], exclusiveOf: ReadonlyMap<ExtractedClaim, EntityMention>, text: string, classSpans: readonly ClassSpan[]): ExtractedClaim[] {
  const framedPairs = new Set(framed.flatMap((c) => [c.subject.entityId + '|' + c.object.entityId, c.object.entityId + '|' + c.subject.entityId]));
  const framedObjects = new Set(framed.map((c) => c.object));
  const exclusive = new Set(exclusiveOf.values());
  // "X raised A and B has a role in Y": B, named after "and" and followed by the frame's own words (no "which"), opens
  // a clause of its own as the frame's subject; it is no second object of the verb before it (stop 38: "X raises B"
  // was read and supported). A verb reading on the frame's subject as its object, its own subject earlier, is dropped.
  const ownClauseSubjects = framed.filter((f) => f.subject.start < f.object.start && /(?:\band|,)\s*$/.test(text.slice(Math.max(0, f.subject.start - 6), f.subject.start)) && !/^\s*,?\s*(?:which|that|who)\b/.test(text.slice(f.subject.end, f.subject.end + 12))).map((f) => f.subject.start);
  // "X contributes (substantially) to protumorigenic functions, including A and B": the class-and-members frame reads
  // the members; the class noun's adjective (a name of its own, "protumorigenic") is no object of the subject's verb,
  // as it is no object of a shorter frame (frameClaims `nested`). Issue 7 (stop 39, h-actor39b).
  const inClass = (c: ExtractedClaim): boolean => classSpans.some((span) => c.subject.start === span.subject && c.object.start > span.subject && c.object.start < span.firstMember);
  return claims.filter((c) => !framedPairs.has(c.subject.entityId + '|' + c.object.entityId) && !framedObjects.has(c.object) && !exclusive.has(c.subject) && !(c.subject.start < c.object.start && ownClauseSubjects.includes(c.object.start)) && !inClass(c));
}

/** A class-and-members frame's reading: where its subject starts and where its first member starts (text offsets). */
interface ClassSpan {
  subject: number;
  firstMember: number;
}

/**
 * readSentence's per-sentence tables, made once and emptied at the start of each call rather than made anew for
 * every sentence (~10 MB of Maps and Sets per 100k-word check, issue 11). readSentence never calls itself and
 * nothing keeps a table past the call, so one set serves every sentence.
 */
const scratch = {
  /** The context entities each clause names. */
  contextByClause: new Map<number, EntityMention[]>(),
  /** Routes that a later "depended on" gives to a modifier's claim. */
  modifierMediators: new Map<string, EntityMention[]>(),
  /** Triggers whose only cause is a disease: they report an association, not an effect. */
  associationOnly: new Set<number>(),
  /** Means of a verb whose agent is unnamed (unnamedAgent.ts): the means' index in `pending` and the verb's. */
  unnamedMeans: new Map<number, number>(),
  /** Clauses reported by "that" after a reporting word. */
  reportedClauses: new Set<number>(),
  /** The subject a frame reading holds exclusively, by claim (frameClaims, withoutFramed). */
  exclusiveOf: new Map<ExtractedClaim, EntityMention>(),
  /** The class-and-members frames read in the sentence (frameClaims, withoutFramed). */
  classSpans: [] as ClassSpan[],
};

/** Empties a table; one already empty is left alone (clear makes a fresh hash table, which is what we avoid). */
function emptied(table: { size: number; clear(): void }): void {
  if (table.size > 0) table.clear();
}

const compiledFrames = compileFrames();
/** Entity types that a frame never takes as the object: where the claim holds, not what it acts on. */
const placeTypes = new Set(['cell-line', 'experimental-system']);
/** The types a place in a noun phrase has: "MDA-MB-231 cells", "HCC cells", "hepatocyte cultures". */
const placeOrDisease = new Set(['cell-line', 'experimental-system', 'disease', 'cell-type']);
const placeNouns = new Set(['cells', 'cell', 'patients', 'tissues', 'tissue', 'specimens', 'samples', 'models', 'mice', 'lines']);

/** "the (cellular) response(s) to X": the words right before the name. */
function responseTo(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'to' && (tokens[at - 2]?.lower === 'response' || tokens[at - 2]?.lower === 'responses');
}

function frameClaims(
  tokens: readonly Token[], kb: KnowledgeBase, hedged: boolean, contextOf: (clause: number) => EntityMention[], clauses: readonly number[],
  isNegatedAt: (index: number, upTo?: number) => boolean, exclusiveOf: Map<ExtractedClaim, EntityMention>,
): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  const matches = matchFrames(tokens, compiledFrames);
  // A match inside a longer one that reads the same object yields to it: in "the interplay between X and Z plays
  // a role in Y", Z is X's partner, not a second subject of "plays a role in Y".
  // (Also a match that starts where a longer one starts: "X emerges as a candidate for anti-metastatic therapy" is
  // the candidate frame's, not anti-process-agent's "X is an anti-metastatic ...".)
  // A match whose object is the class noun's adjective in a class-and-members frame ("a role in several
  // pro-tumorigenic functions, including A and B") yields to it: the class is no participant, its members are.
  const nested = (m: (typeof matches)[number]): boolean =>
    matches.some((outer) => outer !== m && outer.object === m.object && outer.first <= m.first && outer.last >= m.last && (outer.first < m.first || outer.last > m.last)) ||
    // A frame that spells out what a shorter one only names ("the role of X in Y is the suppression of Z"): frames.ts `supersedes`.
    // Also one that reads the same subject over other words ("a pro-angiogenic role for X in tumours": the adjective names the
    // process, role-for-in's "X promotes tumours" is not said).
    matches.some((outer) => outer !== m && outer.frame.supersedes?.includes(m.frame.name) === true && ((outer.first <= m.first && outer.last >= m.last) || outer.subject === m.subject)) ||
    matches.some((outer) => outer !== m && outer.frame.name.endsWith('-class-including') && outer.subject === m.subject && m.object > outer.subject && m.object < outer.object);
  for (const match of matches) {
    if (nested(match)) continue;
    const [subjectMention, memberMention] = [tokens[match.subject].mention, tokens[match.object].mention];
    if (match.frame.name.endsWith('-class-including') && subjectMention && memberMention && match.subject < match.object) scratch.classSpans.push({ subject: subjectMention.start, firstMember: memberMention.start });
    // "IL-11-treated MDA-MB-231 cells showed ...": the frame's subject is the cells' place; what was done to them is the subject.
    const treated = treatedPlaceAgent(tokens, match.subject, (id) => placeOrDisease.has(kb.entities.get(id)?.type ?? ''));
    const subjectIndex = treated ?? match.subject;
    const subject = treated !== undefined ? tokens[treated].mention! : heldSubject(tokens, match.subject, kb) ?? slashMember(tokens, match.subject, kb);
    // "STAT3 target genes play a role in Y", "STAT3 double mutant cells showed reduced Y": a phrase whose head names
    // another thing or an altered form (cues.ts otherThingHeads) makes the name no subject of the frame, as the verb
    // reader does not take it (roles.ts; issue 7, stop 51: genotype-shows-level read STAT3 lowering Y).
    if (treated === undefined && namesOtherThing(tokens, match.subject, kb.entities.get(subject.entityId)?.type)) continue;
    if (match.frame.subjectTypes && !match.frame.subjectTypes.includes(kb.entities.get(subject.entityId)?.type ?? '')) continue;
    // "HCC progression": the process is the object, the disease its context.
    const head = causedHead(tokens, match.object) ?? settingHead(tokens, match.object, kb);
    // "X is involved in IGF1-mediated blocking of Y", "a role in STAT3 target genes": a name that only qualifies a
    // head the library does not know (a hyphen-tied cause with no entity after it; cues.ts otherThingHeads) is no
    // object of the frame, as the verb reader does not take it (roles.ts).
    if (head === match.object && (qualifiesUnknownHead(tokens, head) || namesOtherThing(tokens, head, kb.entities.get(tokens[head].mention!.entityId)?.type))) continue;
    // "STAT3 is a key player in the response to IL-6": the response to a molecule is its route, as "IL-6 signalling"
    // is, and the role frames read within three words of their noun took the molecule as what the subject promotes
    // (stop 50, h-prec50b: "STAT3 promotes IL6"). A molecule there is no object of a frame; "a key mediator in" read
    // nothing already (important-mediator-in takes only a process), and the player or factor now reads the same.
    if (head === match.object && responseTo(tokens, head) && moleculeTypes.has(kb.entities.get(tokens[head].mention!.entityId)?.type ?? '')) continue;
    // Objects coordinated with the head, never reaching a subject that follows it ("Through the activation of X, Y ...").
    // Objects listed before a head that comes before the subject: "A, B and C are highly expressed in hypoxic tumours".
    // A head the frame does not take ("an anti-IL-6R therapy": a receptor, where anti-process-agent wants a process) is
    // no match: the names coordinated after it share its role, not the frame's.
    if (match.frame.objectTypes && !match.frame.objectTypes.includes(kb.entities.get(tokens[head].mention!.entityId)?.type ?? '')) continue;
    const objectIndices = [head, ...coordinatedAfter(tokens, head).filter((k) => match.subject < head || k < match.subject), ...(match.frame.listBefore && head < match.subject ? coordinatedBefore(tokens, head) : [])];
    const inverted = lossOfFunctionAt(tokens, subjectIndex);
    const relation = inverted ? invert(match.relation) : match.relation;
    // "A, B and C play a role in Y", "neither A nor B is involved in Y": the frame found C; its role is each member's
    // (coordination.ts), the subject named before the frame's head only, as the members' list closes at the subject.
    const listed = treated === undefined && match.subject < match.object ? conjunctsBefore(tokens, match.subject, kb) : [];
    // "X activates A and B plays a role in Y": a list that opens right after a verb is that verb's object, so B (the
    // frame's subject) opens a clause of its own and A is no member (stop 38: "A promotes Y" was read and supported).
    // A relative clause on the list, "X contains A and B, which play a role in Y", makes the whole list its subject
    // whatever verb it follows, when the relative's verb agrees with a plural (issue 7, stop 45).
    const members = listed.length > 0 && objectOfVerbBefore(tokens, Math.min(...listed)) && !pluralRelativeAfter(tokens, match.subject) ? [] : listed;
    // "Z relays the signals of A and B": where the subject closes the frame, the names coordinated after it are
    // subjects too (frames.ts `listAfter`), as the objects coordinated after the head are objects (issue 7, stop 46:
    // only the first was read, so B's own claim had no diagnostic and the sentence no list to weigh).
    const following = match.frame.listAfter && treated === undefined && match.subject > match.object ? subjectsAfter(tokens, match.subject, kb) : [];
    const subjects = [subject, ...members.map((k) => tokens[k].mention!), ...following.map((k) => tokens[k].mention!)];
    const deniedByList = members.length > 0 && deniedList(tokens, [match.subject, ...members]);
    for (const subject of subjects) for (const index of objectIndices) {
      const object = tokens[index].mention!;
      const type = kb.entities.get(object.entityId)?.type ?? '';
      if (placeTypes.has(type) || (type === 'disease' && placeNouns.has(tokens[index + 1]?.lower ?? ''))) continue;
      if (match.frame.objectTypes && !match.frame.objectTypes.includes(type)) continue;
      const mediators = match.mediators.map((k) => tokens[k].mention!);
      // "a key factor in the decline of Y", "a role in the regression of HCC": the frame's gap named a fall of its
      // object, so the frame's relation turns round (a frame whose relation is its change word says it already).
      // A process named with "anti" before it ("proliferation, anti-apoptosis and angiogenesis") is its opposite: the
      // frame's relation turns round for it, unless the frame's own words hold the "anti" (anti-process-agent).
      const antiTurns = antiInPattern(match.frame) ? index !== head && adjectiveFrames.has(match.frame.name) && antiBefore(tokens, index) !== antiBefore(tokens, head) : antiBefore(tokens, index) && processTypes.has(type);
      const falls = !(typeof match.frame.relation === 'object' && changeClasses.has(match.frame.relation.fromClass)) && namesFallOf(tokens, index, subjectIndex, kb) !== antiTurns;
      // "a key pathway in the development of NSCLC": the disease whose process the object is places the claim, even
      // when a later clause took it as a participant ("NSCLC, which can promote ...") and the clause lost it as context.
      const owner = ownerDisease(tokens, index, kb);
      const context = contextOf(clauses[match.first]);
      const claim = makeClaim(subject, falls ? invert(relation) : relation, framePolarity(tokens, match, inverted), object, mediators, owner && !context.some((m) => m.entityId === owner.entityId) ? [...context, owner] : context, deniedByList || isNegatedAt(match.first, Math.max(match.subject, match.object) - 1), hedged, inverted);
      if (match.frame.exclusive) exclusiveOf.set(claim, match.frame.exclusive === 'subject' ? subject : object);
      claims.push(claim);
    }
  }
  return claims;
}

/** Auxiliaries whose form is the plural's, or the singular's, in a relative clause: "which are", "which has". */
const pluralAuxiliaries = new Set(['are', 'were', 'have', 'do']);
/**
 * Whether the name at `index` is followed by ", which" and a verb in the plural: a plural auxiliary, or, before any
 * auxiliary or modal, a bare present form ("which play", "which both drive"); "which plays", "which may play" are not.
 */
function pluralRelativeAfter(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.text !== ',' || tokens[index + 2]?.lower !== 'which') return false;
  for (let k = index + 3; k < Math.min(tokens.length, index + 6); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (pluralAuxiliaries.has(t.lower)) return true;
    if (t.lower === 'also' || t.lower === 'both' || t.lower === 'all' || t.lower === 'thus') continue;
    return verbTrigger(t.lower) !== undefined || bareRoleVerbs.has(t.lower) ? !/(?:s|ed)$/.test(t.lower) : false;
  }
  return false;
}
/** The verbs of the role frames, which the verb lexicon reads only with their noun: "play (have) a role". */
const bareRoleVerbs = new Set(['play', 'have']);

/** Whether the name at `first` follows a relation verb (past "both", "the" or "either"): it is that verb's object. */
function objectOfVerbBefore(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.kind === 'word' && (tokens[k].lower === 'both' || tokens[k].lower === 'the' || tokens[k].lower === 'either')) k--;
  // "switches on A and B ...", "turned off A and B ...": a phrasal verb's particle stands between it and its object.
  if (tokens[k]?.kind === 'word' && (tokens[k].lower === 'on' || tokens[k].lower === 'off') && tokens[k - 1]?.kind === 'word' && /(?:es|ed|s|n)$/.test(tokens[k - 1].lower)) return true;
  const verb = tokens[k];
  return verb?.kind === 'word' && verbTrigger(verb.lower) !== undefined && !prepositions.has(verb.lower);
}

/** Word classes whose word is itself the change of the frame's object ("a fall in Y", "the suppression of Y"): no second turn for it. */
const changeClasses: ReadonlySet<string> = new Set(['change', 'eventNoun', 'reversedChange']);

/**
 * Whether the object at `at` is named by its fall: its own word is a decreasing noun ("regression", read as less
 * progression), or one heads it, right after it ("apoptosis inhibition") or before its "of" ("the decline of cell
 * proliferation", "in the suppression of the apoptosis"). A fall of the subject ("a role for X inhibition in Y",
 * the noun right after the subject) is the subject's loss, read as such elsewhere.
 */
function namesFallOf(tokens: readonly Token[], at: number, subject: number, kb: KnowledgeBase): boolean {
  if (decreasingNouns.has(tokens[at].lower)) return true;
  const next = tokens[at + 1];
  const fallAfter = next?.kind === 'word' && !next.hyphenBefore && decreasingNouns.has(next.lower);
  // Past the words that say whose the process is: "the decline of tumour cell invasion", "of HCC cell growth".
  const whose = (t: Token): boolean => (t.kind === 'word' && (determiners.has(t.lower) || /^(?:cells?|tumou?rs?|cancer)$/.test(t.lower))) || (t.kind === 'entity' && placeOrDisease.has(kb.entities.get(t.mention!.entityId)?.type ?? ''));
  // A noun of a fall and its "of" before position `k + 1`, after the subject: where the noun stands, or -1.
  const fallNounBefore = (from: number): number => {
    let k = from;
    while (k > subject && whose(tokens[k])) k--;
    return k - 1 > subject + 1 && tokens[k]?.lower === 'of' && tokens[k - 1].kind === 'word' && decreasingNouns.has(tokens[k - 1].lower) ? k - 1 : -1;
  };
  const inner = fallNounBefore(at - 1);
  // Falls cancel in pairs, as the verb reader counts them (roles.ts isFlipped): "a role in the reversal of E-cadherin
  // loss", "in the reversal of the loss of E-cadherin" name more E-cadherin (issue 7, stop 51, h-subj51).
  const outer = inner >= 0 && fallNounBefore(inner - 1) >= 0;
  return [fallAfter, inner >= 0, outer].filter(Boolean).length % 2 === 1;
}

/**
 * "CAFs in the tumour microenvironment are implicated in Y": when a frame's subject is a setting that holds the
 * entity named right before "in (the)" among its parts, that entity is the subject and the setting says where it is.
 * Stop 52 (h-misread52): so too any name that is no place, before a setting of its own "in" phrase ("IL-6 in the tumour
 * microenvironment is a key driver of Y", "IL-11 in gastric cancer tissue is a key player promoting Y", "high IL-6
 * levels in the serum of HCC patients are ..."): the frame's words start at the setting only because a name cannot be
 * skipped, and the setting was read as the driver. A place before the setting ("MDA-MB-231 cells in hypoxia") stays.
 */
function heldSubject(tokens: readonly Token[], at: number, kb: KnowledgeBase): EntityMention | undefined {
  const setting = tokens[at]?.mention;
  if (!setting) return undefined;
  const typeOf = (m: EntityMention | undefined): string => (m ? kb.entities.get(m.entityId)?.type ?? '' : '');
  const isSetting = (k: number): boolean => tokens[k]?.kind === 'entity' && heldInTypes.has(typeOf(tokens[k].mention));
  let k = at - 1;
  // "in gastric cancer tissue": the settings of one phrase.
  while (isSetting(k)) k--;
  if (tokens[k]?.lower === 'the') k--;
  // "in the serum of HCC patients": a noun and "of" before the setting.
  const ofPhrase = tokens[k]?.lower === 'of' && tokens[k - 1]?.kind === 'word' && isSetting(k + 1 + (tokens[k + 1]?.lower === 'the' ? 1 : 0));
  if (ofPhrase) {
    k -= 2;
    if (tokens[k]?.lower === 'the') k--;
  }
  if (tokens[k]?.lower !== 'in' && tokens[k]?.lower !== 'within') return undefined;
  // "Cancer-associated fibroblasts (CAFs) in the TME": past the bracketed short form.
  k--;
  if (tokens[k]?.lower === ')' && tokens[k - 1]?.kind === 'entity' && tokens[k - 2]?.lower === '(') k -= 3;
  const held = tokens[k]?.kind === 'entity' ? tokens[k].mention : undefined;
  if (held && held.entityId !== setting.entityId && kb.parts(setting.entityId).has(held.entityId)) return held;
  // "IL-6 levels in ...": a head that says the name's amount stands between.
  const measured = tokens[k]?.kind === 'word' && headSays(tokens[k].lower) === 'same' && tokens[k - 1]?.kind === 'entity' ? tokens[k - 1].mention : undefined;
  const named = held ?? measured;
  if (!named || named.entityId === setting.entityId || !heldInTypes.has(typeOf(setting)) || heldPlaceTypes.has(typeOf(named))) return undefined;
  return named;
}
/** Kinds of entity a name is said to be in: the places and conditions (kb/schema.ts contextTypes). */
const heldInTypes: ReadonlySet<string> = contextTypes;
/** Kinds of entity that are places themselves, never held in a setting as a frame's subject ("MDA-MB-231 cells in hypoxia"). */
const heldPlaceTypes: ReadonlySet<string> = new Set(['disease', 'cell-line', 'experimental-system']);

/** Words inside an association frame that turn its polarity round: "a negative correlation with", "an inverse association with". */
const oppositeAssociationWords = new Set(['negative', 'negatively', 'inverse', 'inversely']);

/**
 * An association frame's polarity, read from the words it spans ("X showed an inverse association with Y") and
 * turned round once more by a subject named by its loss ("loss of X showed an association with Y": X goes the
 * other way), as the verb reading does for "loss of X was associated with Y".
 */
function framePolarity(tokens: readonly Token[], match: FrameMatch, inverted: boolean): 'positive' | 'negative' | undefined {
  const polarity = match.frame.polarity;
  if (match.relation !== 'associated-with' || polarity === undefined) return polarity;
  let sign = polarity === 'negative' ? -1 : 1;
  for (let k = Math.min(match.subject, match.object) + 1; k < Math.max(match.subject, match.object); k++) if (oppositeAssociationWords.has(tokens[k].lower)) sign = -sign;
  if (inverted) sign = -sign;
  return sign > 0 ? 'positive' : 'negative';
}

/**
 * A slash pair is read as its first member ("PI3K/AKT1"), unless the library has no findings on it and has some on
 * the second: "the insulin/IGF system is involved in Y" is a claim on IGF, the member the library can speak to.
 */
function slashMember(tokens: readonly Token[], index: number, kb: KnowledgeBase): EntityMention {
  const first = tokens[index].mention!;
  const second = tokens[index + 1]?.text === '/' && tokens[index + 2]?.kind === 'entity' ? tokens[index + 2].mention! : undefined;
  return second && !kb.hasFindings(first.entityId) && kb.hasFindings(second.entityId) ? second : first;
}

/**
 * "a role in hypoxia-induced STAT3 phosphorylation": the object is what the hyphenated cause acts on (STAT3), not
 * the cause (hypoxia), which the modifier reading already relates to it.
 */
function causedHead(tokens: readonly Token[], index: number): number | undefined {
  const link = tokens[index + 1];
  // Also a descriptive participle: "inflammation-associated colorectal cancer" names a kind of the cancer, which is
  // the object (the verb reader reads it so: vocabulary.ts descriptiveModifiers).
  return link?.kind === 'word' && link.hyphenBefore && (causedLinks.has(link.lower) || descriptiveModifiers.has(link.lower)) && tokens[index + 2]?.kind === 'entity' ? index + 2 : undefined;
}
/** The entity at `index` is tied by a hyphen to a cause or descriptive participle ("IGF1-mediated", "CAF-derived") with no entity as its head. */
function qualifiesUnknownHead(tokens: readonly Token[], index: number): boolean {
  const link = tokens[index + 1];
  return link?.kind === 'word' && link.hyphenBefore && (causalModifiers[link.lower] !== undefined || descriptiveModifiers.has(link.lower)) && tokens[index + 2]?.kind !== 'entity';
}
const causedLinks = new Set(['induced', 'mediated', 'driven', 'dependent', 'stimulated', 'triggered', 'evoked', 'elicited', 'activated', 'enhanced', 'promoted']);

/**
 * The frames whose object is named by an adjective ("a growth-promoting and antiapoptotic factor"): only there does an
 * "anti" before one coordinated process turn its direction (elsewhere an "anti" before a name, an antibody or a
 * therapy, says nothing of the process listed beside it).
 */
const adjectiveFrames = new Set(['anti-process-agent', 'process-promoting-agent']);
/** Frames whose pattern holds "anti" itself: their relation already says which way the "anti" turns it. */
const antiInPattern = (frame: { pattern: string }): boolean => /(?:^|\s)anti(?:\s|$)/.test(frame.pattern);
/** The types an "anti" before a frame's object turns round: a process or phenotype, not a receptor ("anti-IL-6R"). */
const processTypes = new Set(['process', 'phenotype']);

/**
 * Whether "anti" stands right before the mention ("anti-apoptotic", "antiapoptotic"): in "a growth-promoting and
 * antiapoptotic factor" the coordinated process is held back where the head one is driven (read alike, the sentence
 * said IL-6 promotes apoptosis, a false contradiction).
 */
function antiBefore(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.kind === 'word' && tokens[at - 1].lower === 'anti';
}

/** The disease named right after a process object, "the development of (the) NSCLC": the process's own place. */
function ownerDisease(tokens: readonly Token[], at: number, kb: KnowledgeBase): EntityMention | undefined {
  let k = at + 1;
  if (tokens[k]?.lower !== 'of') return undefined;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const mention = tokens[k]?.kind === 'entity' ? tokens[k].mention : undefined;
  const objectType = kb.entities.get(tokens[at].mention?.entityId ?? '')?.type;
  return mention && (objectType === 'process' || objectType === 'phenotype') && kb.entities.get(mention.entityId)?.type === 'disease' ? mention : undefined;
}

/**
 * "HCC progression", "hypoxic tumour EMT": the process is the object, the disease and the condition before it its
 * setting (each settings word is passed, so "hypoxic tumour EMT" is EMT).
 */
function settingHead(tokens: readonly Token[], index: number, kb: KnowledgeBase): number {
  let head = index;
  while (tokens[head + 1]?.kind === 'entity' && settingTypes.has(kb.entities.get(tokens[head].mention!.entityId)?.type ?? '')) head++;
  return head;
}
const settingTypes = new Set(['disease', 'condition']);

/** Where the first ", which" clause of the sentence starts (the comma's offset), if there is one. */
function sideRemarkStart(tokens: readonly Token[]): number | undefined {
  for (let k = 1; k < tokens.length; k++) if (tokens[k].lower === 'which' && tokens[k - 1].text === ',') return tokens[k - 1].start;
  return undefined;
}

/** The entities coordinated with the one at `index` that precede it, nearest first: "A, B and C are ...". */
function coordinatedBefore(tokens: readonly Token[], index: number): number[] {
  const found: number[] = [];
  let last = index;
  for (let k = index - 1; k >= 0 && k >= last - 4; k--) {
    if (tokens[k].kind === 'entity') {
      if (!coordinated(tokens, k, last)) break;
      found.push(k);
      last = k;
    }
  }
  return found;
}

/** The entities coordinated with the one at `index` that follow it: "a fall in IL-6 and IL-11 levels". */
function coordinatedAfter(tokens: readonly Token[], index: number): number[] {
  const found: number[] = [];
  let last = index;
  for (let k = index + 1; k < tokens.length && k <= last + 4; k++) {
    if (tokens[k].kind === 'entity') {
      if (!coordinated(tokens, last, k)) break;
      // "inhibition of A and the CSC-associated cytokine IL-8": the name before "-associated" says which cytokine; the
      // member is the name its phrase ends in (as the verb reader reads it, roles.ts descriptiveModifiers).
      k = describedHead(tokens, k) ?? k;
      found.push(k);
      last = k;
    }
  }
  return found;
}

/**
 * The subjects coordinated after a frame's closing subject (frames.ts `listAfter`): "the signals of A and B", "of A
 * as well as B" (coordination.ts conjunctsAfter, the step the other readers share). A name followed by its own finite
 * verb opens a clause of its own and ends the list: "Z relays the signals of A, and B raises Y" says nothing of B's
 * signals (as clauseSubject.ts rules for objects).
 */
function subjectsAfter(tokens: readonly Token[], index: number, kb: KnowledgeBase): number[] {
  const members = conjunctsAfter(tokens, index, kb);
  const opener = members.findIndex((k) => opensClause(tokens, k));
  return opener < 0 ? members : members.slice(0, opener);
}

/**
 * The head name of "X-associated (class noun) Y", "X-related factor Y": the last name of the phrase after the
 * descriptive participle, up to four tokens on, before any punctuation, preposition or verb; undefined when the
 * phrase names none (then X is all the phrase names, and stays the member).
 */
function describedHead(tokens: readonly Token[], index: number): number | undefined {
  const link = tokens[index + 1];
  if (!(link?.kind === 'word' && link.hyphenBefore && descriptiveModifiers.has(link.lower))) return undefined;
  let head: number | undefined;
  for (let k = index + 2; k < Math.min(tokens.length, index + 6); k++) {
    const token = tokens[k];
    if (token.kind === 'entity') {
      head = k;
      continue;
    }
    if (head !== undefined || token.kind !== 'word' || token.hyphenBefore || prepositions.has(token.lower) || token.lower === 'and' || token.lower === 'or' || verbTrigger(token.lower)) break;
  }
  return head;
}

/**
 * Relations named by nouns: "the induction of MMP-13 by IL-11", "STAT3 activation by IL-6",
 * "phosphorylation of STAT3 by IL-11 knockdown" (loss of function inverts, as for verbs).
 */
function nominalClaims(tokens: readonly Token[], clauses: readonly number[], kb: KnowledgeBase, text: string, start: number): { subject: EntityMention; relation: ClaimRelation; object: EntityMention; inverted: boolean; denied: boolean; clause: number }[] {
  const found: { subject: EntityMention; relation: ClaimRelation; object: EntityMention; inverted: boolean; denied: boolean; clause: number }[] = [];
  const entityAfter = (from: number, limit: number): number => {
    for (let k = from; k < Math.min(tokens.length, from + limit); k++) {
      if (tokens[k].kind === 'entity') return k;
      if (tokens[k].kind === 'punct' || (tokens[k].kind === 'word' && !determinerOrAdjective(tokens[k].lower))) return -1;
    }
    return -1;
  };
  tokens.forEach((token, i) => {
    const relation = token.kind === 'word' && !token.hyphenBefore ? relationNouns[token.lower] : undefined;
    if (!relation) return;
    let objectIndex = -1;
    let byIndex = -1;
    if (tokens[i + 1]?.lower === 'of') {
      objectIndex = entityAfter(i + 2, 3);
      // ("suppression of the invasive cancer phenotype by X": a name between a process adjective and a noun of its
      // property, cues.ts propertyNouns, says whose property it is; the agent's "by" comes one word later.)
      const whose = tokens[objectIndex + 1]?.kind === 'entity' && tokens[objectIndex + 2]?.kind === 'word' && propertyNouns.has(tokens[objectIndex + 2].lower) ? 1 : 0;
      if (objectIndex >= 0) byIndex = tokens.findIndex((t, k) => k > objectIndex && k <= objectIndex + 2 + whose && t.lower === 'by');
    } else if (tokens[i - 1]?.kind === 'entity' && tokens[i + 1]?.lower === 'by') {
      objectIndex = i - 1;
      byIndex = i + 1;
    }
    // "(Analysis showed) the induction of Y in X-silenced cells": no "by", the cells named by the loss (or the treatment)
    // of X are where the change was seen, and that loss is its agent, as for a verb's change (agentInPlace). Only
    // where no name stands before the noun in its clause: "D caused the induction of Y in X-silenced cells" is D's
    // (issue 7, stop 52: the nominal read nothing).
    if (objectIndex >= 0 && byIndex < 0 && tokens[objectIndex + 1]?.lower === 'in' && !tokens.some((t, k) => k < i && t.kind === 'entity' && clauses[k] === clauses[i])) {
      const placed = agentInPlace(tokens, objectIndex + 1, Math.min(tokens.length, objectIndex + 9), text, start, kb);
      if (placed && clauses[placed.index] === clauses[i]) {
        found.push({ subject: tokens[placed.index].mention!, relation: placed.loss ? invert(relation) : relation, object: tokens[objectIndex].mention!, inverted: placed.loss, denied: nominalDenied(tokens, i), clause: clauses[i] });
      }
      return;
    }
    if (objectIndex < 0 || byIndex < 0) return;
    const agentIndex = entityAfter(byIndex + 1, 3);
    if (agentIndex < 0) return;
    // "the induction of Y by A, B and C": each member is an agent (coordination.ts); a loss word after the last
    // member is the whole list's ("by A or B knockdown").
    const agentIndices = [agentIndex, ...conjunctsAfter(tokens, agentIndex, kb)];
    const lastAgent = agentIndices[agentIndices.length - 1];
    const inverted = [agentIndex, lastAgent].some((k) => tokens[k + 1]?.kind === 'word' && isLossOfFunctionWord(tokens[k + 1].lower));
    const denied = nominalDenied(tokens, Math.min(i, objectIndex)) || unobservedAfter(tokens, lastAgent + (inverted ? 2 : 1));
    for (const k of agentIndices) {
      found.push({
        subject: tokens[k].mention!,
        relation: inverted ? invert(relation) : relation,
        object: tokens[objectIndex].mention!,
        inverted,
        denied,
        clause: clauses[i],
      });
    }
  });
  return found;
}

/**
 * Whether the noun phrase of a relation noun, starting at `first` (the noun, or the name before it: "ATF3
 * induction by X"), is denied by its determiner: "no induction of Y by X", "no detectable activation of Y by X",
 * "a lack of Y induction by X", "the absence of Y activation by X" (issue 7, stop 34: these were read as X raising
 * Y, a false support of a reported absence). Past adjectives and adverbs of degree only; "lack of X" before a name
 * alone is X's loss, read by roles.ts, and never reaches here.
 */
function nominalDenied(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  for (let n = 0; n < 3 && k >= 0 && tokens[k].kind === 'word' && nominalDenialSkippable(tokens[k].lower); n++) k--;
  const word = tokens[k];
  if (word?.kind !== 'word') return false;
  // Not where a loss follows ("no induction of Y by X in ATF3-silenced cells", "did not observe induction of Y by X in
  // ATF3-silenced cells"): the event needs ATF3, and stands (deniedObservation.ts's rule; precision, stop 49: "no"
  // lacked the exception the verb of seeing had, and the denial contradicted the finding the writer builds on).
  const lossFollows = (): boolean => lossAfter.test(tokens.slice(k + 1).map((t) => t.text).join(' '));
  if (word.lower === 'no') return !lossFollows();
  // "We did not observe (failed to detect) induction of Y by X" (stop 49): a denied verb of seeing before the noun.
  if (deniedSeeingBefore.test(tokens.slice(Math.max(0, k - 4), k + 1).map((t) => t.lower).join(' '))) return !lossFollows();
  if (word.lower !== 'of') return false;
  return absenceNouns.has(tokenAt(tokens, k - 1)?.lower ?? '');
}
const absenceNouns = new Set(['lack', 'absence', 'paucity']);
const deniedSeeingBefore = new RegExp(`${deniedSeeingVerb}$`, 'i');

/**
 * "The induction of Y by X was not observed (detected, seen) in these cells", "... could not be confirmed", "... did not
 * occur", "... was absent": the nominal event is the subject of a predicate that reports it unseen, which denies it
 * (stop 38: read as X raising Y, a false support of a reported absence). From the token after the agent, past a
 * short place ("in HCC cells"), to the predicate; nothing past a comma or another verb.
 */
function unobservedAfter(tokens: readonly Token[], from: number): boolean {
  const words: string[] = [];
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    if (tokens[k].kind === 'punct') break;
    words.push(tokens[k].lower);
  }
  return unobservedPredicate.test(words.join(' '));
}
const unobservedPredicate = /^(?:(?:in|among|within|under|at|during)\s+(?:\S+\s+){0,3}?)?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:not|never)\s+(?:(?:clearly|consistently|reliably|significantly)\s+)?(?:observed|seen|detected|found|evident|apparent|noted|confirmed|reproduced|demonstrated|detectable)|(?:could|can)\s+not\s+be\s+(?:observed|seen|detected|found|confirmed|reproduced|demonstrated)|(?:did|does|do)\s+not\s+occur|(?:was|were|is|are)\s+(?:absent|undetectable|lacking))\b/;
function nominalDenialSkippable(word: string): boolean {
  return word === 'the' || word === 'any' || /^(?:detectable|significant|measurable|appreciable|further|additional|marked|obvious|apparent|substantial|notable|discernible)$/.test(word) || /^[a-z]{3,}ly$/.test(word);
}

/** Where the causes start in tokens [from, to): an "in response to", or an "after treatment with"; or Infinity. */
function respondsFrom(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k + 2 < to; k++) {
    if (tokens[k].lower === 'in' && tokens[k + 1].lower === 'response' && tokens[k + 2].lower === 'to') return k;
    // "fell after treatment with IL-11", "rose following withdrawal of X": the entity of the noun phrase after
    // "after" is the cause however deep it sits ("with", "of"), never the verb's object.
    if (causeOpeners.has(tokens[k].lower) && !determiners.has(tokens[k - 1]?.lower ?? '') && tokens[k + 1].kind === 'word' && treatmentNouns.has(tokens[k + 1].lower)) return k;
  }
  return Infinity;
}
const causeOpeners = new Set(['after', 'following', 'upon']);
/** Verbs that undo an earlier change ("was reversed", "restored", "rescued", "normalised"): no cause of a change of their own. */
const undoingVerbs = /^(?:revers|restor|rescu|normali[sz])/;
/** "possibly by suppressing", "perhaps through activating": a hedge right before the means' preposition. */
function hedgedMeans(tokens: readonly Token[], trigger: Trigger): boolean {
  const before = tokens[trigger.first - 2];
  return before?.kind === 'word' && hedges.has(before.lower);
}

/** "by either blocking", "through either raising": the first of a choice of routes ("either ... or"). */
function alternativeMeans(tokens: readonly Token[], trigger: Trigger): boolean {
  return tokens[trigger.first - 1]?.lower === 'either';
}

function determinerOrAdjective(word: string): boolean {
  return ['the', 'a', 'an', 'this', 'its', 'their', 'endogenous', 'exogenous', 'recombinant', 'total', 'basal'].includes(word);
}

/**
 * Whether the subject of an association is what a change verb earlier in its clause lowered: "knockdown of X lowered
 * A together with the suppression of Y" links A's fall with Y's, so A goes with Y (issue 7, stop 46). The verb's
 * direction is carried into the link here, for every verb of a fall; before, only the words a clinical marker state
 * is named by ("decreased", "reduced": markerState.ts) turned A, and "lowered", "diminished", "attenuated",
 * "suppressed" left A raised, a false contradiction. The claim is marked inverted, so the marker state does not turn
 * it once more.
 */
function loweredBefore(tokens: readonly Token[], triggers: readonly Trigger[], link: Trigger, subject: EntityMention): boolean {
  if (link.relation !== 'associated-with' || tokens[link.first].start < subject.end) return false;
  // The nearest trigger before the subject, in the link's clause: the verb whose object the subject is.
  let verb: Trigger | undefined;
  for (const t of triggers) if (t !== link && t.clause === link.clause && tokens[t.last].end <= subject.start && (!verb || t.last > verb.last)) verb = t;
  return verb !== undefined && verb.relation !== 'associated-with' && !verb.passive && relationSign(verb.relation) < 0;
}

function makeClaim(
  subject: EntityMention, relation: ClaimRelation, polarity: 'positive' | 'negative' | undefined, object: EntityMention,
  mediators: EntityMention[], context: EntityMention[], negated: boolean, hedged: boolean, inverted: boolean,
): ExtractedClaim {
  // "does not affect" is a claim of no effect rather than a negated claim of unknown direction.
  if (negated && relation === 'regulates') {
    relation = 'no-effect';
    negated = false;
  }
  const start = Math.min(subject.start, object.start);
  const end = Math.max(subject.end, object.end);
  // A context that is a participant is no setting of its own, save cells named by their resistance to the drug that
  // is the claim's agent ("sorafenib prolonged survival in sorafenib-resistant cells"): roles.ts resistantCellsDrug
  // gives those cells the drug as condition, and dropped as the subject, the claim read as the drug's effect anywhere,
  // backed by its findings without the drug's condition (stop 53, the swap probe's added "in sorafenib-resistant cells").
  const ownContext = dedupe(context).filter((m) => (m.entityId !== subject.entityId || resistantToAgent(m, subject)) && m.entityId !== object.entityId);
  return { subject, relation, polarity: relation === 'associated-with' ? (polarity ?? 'positive') : undefined, object, mediators, context: ownContext, negated, hedged, inverted, start, end };
}

/** A context mention standing for the agent drug (the same entity) read off other words that name a resistance to it, "sorafenib-resistant" beside "sorafenib". */
function resistantToAgent(m: EntityMention, subject: EntityMention): boolean {
  return m.start !== subject.start && /resistan/i.test(m.text) && !/resistan/i.test(subject.text);
}

/** (vocabulary.ts's, where the readers built on extract.ts have long taken it.) */
export { invert };

function rightBoundary(tokens: readonly Token[], trigger: Trigger, next: Trigger | undefined, nextLeftStart: number | undefined, clauses: readonly number[], detached?: Int32Array): number {
  let limit = tokens.length;
  if (next) {
    // "reduced the MMP-13 activity enhanced by BMP-2": a participle right after a noun phrase (a reduced relative
    // clause) qualifies the object of the verb before it, which keeps that noun phrase.
    // Also a participle with its preposition ("LOX levels involved in ECM remodelling", "STAT3 activation required for
    // growth", "X implicated in Y"): a phrase trigger, never marked passive, whose noun phrase before it is the verb's
    // object too (issue 7, stop 37: the verb lost its object to the participle and only "LOX regulates ECM remodelling"
    // was read, so "Hypoxia lowers LOX involved in ..." came out supported on the side claim).
    const postNominal = (next.passive || reducedRelative(tokens, next)) && skipBack(tokens, next.first) === next.first && tokens[next.first - 1]?.kind !== 'punct';
    const nextStart = next.means || next.purpose || postNominal ? next.first - (postNominal ? 0 : 1) : Math.min(next.first, skipBack(tokens, next.first), nextLeftStart ?? next.first);
    limit = Math.max(trigger.last + 1, nextStart);
  }
  const gerundPreposition = /ing$/.test(tokens[trigger.first]?.lower ?? '') ? listPrepositionBefore(tokens, trigger.first) : undefined;
  for (let k = trigger.last + 1; k < limit; k++) {
    const token = tokens[k];
    if (clauses[k] !== trigger.clause) return k;
    if (token.kind === 'word' && token.lower === 'and') {
      // "X represses A and (the) cells then display B": a group noun after "and" with a verb of its own is a subject
      // of its own, whose object the verb before does nothing to (issue 7, stop 36: read as a fall of B, a false
      // contradiction). The verb right after "and" ("and acquire B") is detachedPredicates' case.
      let n = k + 1;
      if (tokens[n]?.kind === 'word' && (tokens[n].lower === 'the' || tokens[n].lower === 'these')) n++;
      if (tokens[n]?.kind === 'word' && groupSubjects.has(tokens[n].lower)) {
        n++;
        if (tokens[n]?.kind === 'word' && groupSubjectAdverbs.has(tokens[n].lower)) n++;
        if (opensOwnPredicate(tokens, n)) return k;
      }
    }
    // "X promotes A and has been found in B": the second predicate's phrases are none of the first one's.
    if (detached && detached[k] > 0 && detached[trigger.last] === 0) return k;
    // ", thus offering a rationale for targeting Y": a consequence in a gerund of its own names no object of the
    // verb before it (a gerund the lexicon knows, ", thereby raising Y", is the next trigger and ends it anyway).
    if (token.kind === 'punct' && token.text === ',' && consequenceGerundAt(tokens, k + 1)) return k;
    // ", with A and B being its markers", ", with Y as the main mediator": an absolute phrase after a comma has a
    // predicate of its own ("being", "as"), and its names are no objects of the verb before it (issue 7, stop 45:
    // read as such, the markers were said to be raised by the process, the falling one a false contradiction).
    if (token.kind === 'punct' && token.text === ',' && absoluteWithAt(tokens, k + 1, limit)) return k;
    if (token.kind === 'punct' && (token.text === ';' || token.text === ':' )) return k;
    // "involved in proliferation and in blocking apoptosis, and in invasion", "contributes to inhibiting apoptosis and
    // to angiogenesis": after a gerund opened by a preposition, "and" with that preposition again opens the next
    // member of the outer list; what follows is no object of the gerund (read as one, invasion was said to be
    // blocked, a false contradiction).
    if (token.kind === 'word' && (token.lower === 'and' || token.lower === 'or') && gerundPreposition !== undefined && tokens[k + 1]?.lower === gerundPreposition) return k;
    if (token.kind === 'word' && (token.lower === 'which' || token.lower === 'whereas' || token.lower === 'while' || token.lower === 'that' && tokens[k - 1]?.kind !== 'word')) return k;
    // "Y decreased sharply when X was silenced", "Y rose after X had been knocked down": a time clause with its own
    // subject and verb says when the change came, and its name is no object of the verb before it (issue 7, stop 33:
    // read as "Y decreases X", roles swapped; lossClause.ts lossClauseAfter reads the loss turned round).
    if (token.kind === 'word' && timeClauseAt(tokens, k)) return k;
    // ", if they express IL-11Rα": a condition after a comma names no object of the verb.
    // ", where IL-6 was detected": a relative clause about the place names no object of the verb either.
    // (Not ", if not in every line,": a denial aside that qualifies the verb, its object after it: denialAside.ts.)
    if (token.kind === 'word' && (token.lower === 'if' || token.lower === 'unless' || token.lower === 'provided' || token.lower === 'where') && tokens[k - 1]?.text === ',' && qualifyingAsideAfter(tokens, k - 1) < 0) return k;
  }
  return limit;
}

/**
 * The participles that open a reduced relative clause with their preposition after a noun phrase: "genes involved in Y",
 * "the kinase required for Y". A phrase trigger of the vocabulary, never marked passive (its last word is the
 * preposition), so rightBoundary's test for a participle after a noun took it for a verb with a subject of its own.
 * Issue 7, stop 44: also the participles of association, beside "linked" ("IL-6 associated with inflammation drives
 * Y", "IL-11 related to hypoxia raises Y"): the verb's subject is the noun before them, never the association's
 * partner (inflammation, hypoxia), which a finding on that partner called supported.
 */
const reducedRelativeParticiples = new Set(['involved', 'implicated', 'required', 'needed', 'essential', 'necessary', 'critical', 'crucial', 'important', ...associationParticiples]);

function reducedRelative(tokens: readonly Token[], next: Trigger): boolean {
  return !next.copular && next.last > next.first && reducedRelativeParticiples.has(tokens[next.first].lower);
}

/** Words that open a clause of its own after a reduced relative's object: "... inflammation which ...". */
const relativeOpeners = new Set(['which', 'that', 'who', 'whose', 'where']);
/** Words that show the clause's own verb after a reduced relative's object: "... do not rise", "... were unchanged". */
const finiteMarkers = new Set(['do', 'does', 'did', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'has', 'have', 'had', 'not', 'cannot']);
/**
 * Issue 7, stop 45: "Proinflammatory cytokines associated with chronic inflammation do not rise during exercise": a
 * reduced relative of association right after the clause's subject (no copula, comma or adverb before it), then the
 * clause's own verb after its object (past a bracketed aside, "(e.g., TNF)"). The relative describes the subject; it
 * is no finding of the sentence (anchored.ts reads the same words so). Read as one, with the clause's verb reading
 * nothing, the description was the sentence's only claim, and a finding on the pair made the sentence supported
 * whatever the writer concluded after it.
 */
function associationDescribesSubject(tokens: readonly Token[], trigger: Trigger, next: Trigger | undefined): boolean {
  if (!reducedRelative(tokens, trigger) || !associationParticiples.has(tokens[trigger.first].lower)) return false;
  if (trigger.first === 0 || tokens[trigger.first - 1].kind === 'punct' || skipBack(tokens, trigger.first) !== trigger.first) return false;
  let depth = 0;
  for (let k = trigger.last + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.text === '(') depth++;
    else if (token.text === ')') depth--;
    else if (depth > 0) continue;
    else if (token.kind === 'punct') return false;
    else if (next?.first === k) return next.clause === trigger.clause;
    else if (token.kind === 'word' && (finiteMarkers.has(token.lower) || beVerbs.has(token.lower))) return true;
    else if (token.kind === 'word' && (token.lower === 'and' || token.lower === 'or' || token.lower === 'but' || relativeOpeners.has(token.lower))) return false;
  }
  return false;
}

/**
 * Whether trigger t's subject is the noun phrase before a reduced relative that opens its clause's subject ("STAT1
 * involved in tumour growth is raised by IL-6"): the trigger before t is such a relative, the first of its clause,
 * right after a noun phrase (no comma, auxiliary or adverb), and only its object phrase (no coordinator, comma or
 * other verb) stands between it and t's subject phrase.
 */
function relativeQualifiesSubject(tokens: readonly Token[], triggers: readonly Trigger[], t: number, leftFrom: number): boolean {
  const relative = triggers[t - 1];
  const trigger = triggers[t];
  if (!relative || relative.clause !== trigger.clause || !reducedRelative(tokens, relative)) return false;
  if (t >= 2 && triggers[t - 2].clause === trigger.clause) return false;
  if (relative.first === 0 || tokens[relative.first - 1].kind === 'punct' || skipBack(tokens, relative.first) !== relative.first) return false;
  if (leftFrom <= relative.last) return false;
  for (let k = relative.last + 1; k < trigger.first; k++) {
    const token = tokens[k];
    if (token.kind === 'punct' || token.lower === 'and' || token.lower === 'or' || token.lower === 'but' || token.lower === 'which' || token.lower === 'that') return false;
  }
  return true;
}

/** Prepositions that open a gerund as a member of a list of phrases ("in A and in blocking B, and in C"). */
const repeatablePrepositions = new Set(['in', 'to', 'for', 'of']);
/**
 * The preposition that opens the gerund at `k` as a member of a list of phrases: right before it ("in blocking B"),
 * or before the earlier member it is joined to ("in A and preventing B"), over plain words only (no verb or other
 * preposition between).
 */
function listPrepositionBefore(tokens: readonly Token[], k: number): string | undefined {
  const before = tokens[k - 1];
  if (before?.kind === 'word' && repeatablePrepositions.has(before.lower)) return before.lower;
  if (before?.lower !== 'and' && before?.lower !== 'or') return undefined;
  for (let m = k - 2; m >= Math.max(0, k - 6); m--) {
    const t = tokens[m];
    if (t.kind === 'punct') return undefined;
    if (t.kind === 'word' && repeatablePrepositions.has(t.lower)) return m < k - 2 ? t.lower : undefined;
    if (t.kind === 'word' && (verbTrigger(t.lower) !== undefined || beVerbs.has(t.lower) || prepositionWords.has(t.lower))) return undefined;
  }
  return undefined;
}
const prepositionWords = new Set(['by', 'with', 'from', 'on', 'at', 'into', 'via', 'through', 'under', 'after', 'than', 'as']);
const timeConjunctions = new Set(['when', 'once', 'whenever', 'after', 'upon', 'following', 'before', 'until']);
const finiteAuxiliaries = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);
/** Whether tokens[k] opens a time clause with a finite verb of its own: "when X was silenced", "after the X gene had been deleted". */
function timeClauseAt(tokens: readonly Token[], k: number): boolean {
  if (!timeConjunctions.has(tokens[k].lower)) return false;
  for (let m = k + 1; m < Math.min(tokens.length, k + 6); m++) {
    const t = tokens[m];
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (t.kind === 'word' && finiteAuxiliaries.has(t.lower)) return m > k + 1 && !observedAt(tokens, m + 1);
  }
  return false;
}

/** "after X treatment was seen": the participle after the auxiliary is one of observing, the main clause's verb. */
function observedAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower === 'also' || tokens[k]?.lower === 'then' ? tokens[k + 1]?.lower : tokens[k]?.lower;
  return word !== undefined && /^(?:seen|observed|found|noted|detected|shown|measured|reported|recorded|demonstrated|confirmed|documented|revealed)$/.test(word);
}

const consequenceAdverbs = new Set(['thus', 'thereby', 'hence', 'therefore', 'consequently', 'ultimately']);
/**
 * Gerunds of the writer's argument, not of biology: what a finding offers or makes of a molecule ("thus offering a
 * rationale for targeting X", "thus making X a target"). A gerund of biology the trigger lexicon lacks ("thereby
 * recruiting gp130") still reads its object.
 */
const argumentGerunds = new Set(['offering', 'providing', 'making', 'giving', 'opening', 'highlighting', 'underscoring', 'underlining', 'representing', 'rendering', 'laying', 'paving', 'justifying', 'warranting', 'supporting']);

/** Whether tokens[k] opens a consequence of the argument: an adverb of consequence and such a gerund ("thus offering"). */
/**
 * Whether tokens[k] opens an absolute phrase, "with" and a noun phrase (or a short list) whose predicate says what
 * the names are, "being" or "as" and a noun phrase: ", with A and B being markers of it", ", with Y as its mediator".
 * Not "as well as" or "such as", which list, and no farther than eight words, none a punctuation mark but a list's
 * comma. A passive after "being" (", with MMPs being induced") says what the verb before did to them: still its
 * objects.
 */
function absoluteWithAt(tokens: readonly Token[], k: number, limit: number): boolean {
  if (tokens[k]?.lower !== 'with') return false;
  for (let j = k + 2; j < Math.min(limit, k + 10); j++) {
    const token = tokens[j];
    if (token.kind === 'punct' && token.text !== ',') return false;
    if (token.lower === 'being') return !/(?:ed|en)$/.test(tokens[j + 1]?.lower ?? '');
    if (token.lower === 'as' && tokens[j + 1]?.lower !== 'well' && tokens[j - 1]?.lower !== 'such' && tokens[j - 1]?.lower !== 'well') return true;
  }
  return false;
}

function consequenceGerundAt(tokens: readonly Token[], k: number): boolean {
  const adverb = tokens[k];
  const gerund = tokens[k + 1];
  return adverb?.kind === 'word' && consequenceAdverbs.has(adverb.lower) && gerund?.kind === 'word' && argumentGerunds.has(gerund.lower);
}

/** Words after "and" that open a predicate of its own: an auxiliary ("and has been found") or a subject ("and we showed"). */
const ownPredicateOpeners = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'can', 'may', 'might', 'could', 'will', 'would', 'should', 'must', 'we', 'they',
  // "cells switch off E-cadherin and acquire vimentin", "X lowers A and undergoes EMT": a verb of taking on or
  // showing a state, which the lexicon does not read as a relation, opens a predicate of its own; its names are no
  // objects of the verb before it (read as such, the gained marker was said to fall, a false contradiction). Only
  // forms that are no adjective or noun ("acquired resistance", "a gain of" stay out).
  'acquire', 'acquires', 'undergo', 'undergoes', 'underwent', 'become', 'becomes', 'became', 'display', 'displays',
  'exhibit', 'exhibits', 'lose', 'loses',
]);
/** Groups that may open a clause of their own after "and": "and the cells acquire B". */
const groupSubjects = new Set(['cells', 'tumours', 'tumors', 'mice', 'animals', 'lines', 'xenografts']);
/** An adverb between such a group and its verb: "and the cells then acquire B". */
const groupSubjectAdverbs = new Set(['then', 'also', 'instead', 'now']);
/** "and gain vimentin" opens a predicate too; "and gain of function", "loss and gain." name the noun. */
const gainVerbs = new Set(['gain', 'gains']);
/**
 * Whether tokens[n], after an "and" (and its adverbs, or a group subject), opens a predicate of its own: an opener, or
 * "gain" as a verb. One test for both places that ask it (detachedPredicates, and rightBoundary's "and the cells
 * acquire B"), so the two read the same words as a verb.
 */
function opensOwnPredicate(tokens: readonly Token[], n: number): boolean {
  const t = tokens[n];
  if (t?.kind !== 'word') return false;
  return ownPredicateOpeners.has(t.lower) || (gainVerbs.has(t.lower) && tokens[n + 1]?.kind !== 'punct' && tokens[n + 1]?.lower !== 'of');
}
/**
 * ", and the expression of Y is higher in metastatic tissues": after a comma, "and" then a subject of its own (a few
 * words or names, no punctuation, no relative word) and an auxiliary is a main clause of its own, whose places are
 * its own (issue 7, stop 37: the tissues of the second clause were lent to "X is linked to Z" before it).
 */
function opensOwnClause(tokens: readonly Token[], and: number): boolean {
  if (tokens[and - 1]?.kind !== 'punct' || tokens[and - 1].text !== ',') return false;
  // ", and in gastric cancer its activation is frequent": a place fronted in the second clause may be the whole
  // sentence's setting; left shared, as before.
  if (frontedPlaceWords.has(tokens[and + 1]?.lower ?? '')) return false;
  for (let n = and + 1; n <= and + 8 && n < tokens.length; n++) {
    const t = tokens[n];
    if (t.kind === 'punct' || relativeWords.has(t.lower)) return false;
    if (t.kind === 'word' && ownClauseAuxiliaries.has(t.lower)) return n > and + 1;
    if (t.kind === 'word' && verbTrigger(t.lower) !== undefined) return false;
  }
  return false;
}
const ownClauseAuxiliaries = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'may', 'might', 'could', 'will', 'would', 'should', 'must']);
const relativeWords = new Set(['that', 'which', 'who', 'whose', 'whom', 'where', 'when', 'whereby']);
const frontedPlaceWords = new Set(['in', 'within', 'among', 'amongst', 'at', 'under', 'for', 'during', 'across', 'throughout']);
/**
 * Per token, 0, or (1 + the index of the "and") for the tokens from an "and" that opens a predicate of its own to
 * the end of its clause: "IL-6 may promote tumorigenesis and has been found in various tumours" (the tumours are
 * where it was found, not where it promotes). Only after a verb of the clause: "IL-6 and IL-11 are ..." joins two
 * subjects. (A consequence, ", thus offering a target in gastric cancer", keeps sharing its place: the place may
 * be the whole sentence's.) One pass over the sentence.
 */
function detachedPredicates(tokens: readonly Token[], clauses: readonly number[], triggers: readonly Trigger[] = []): Int32Array {
  const detached = new Int32Array(tokens.length);
  let region = 0;
  let verbSeen = -1;
  // A trigger of more than one word ("switches off", "turns on") is a verb of the clause too.
  let nextTrigger = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (nextTrigger < triggers.length && triggers[nextTrigger].last < k) nextTrigger++;
    if (region === 0 && triggers[nextTrigger] !== undefined && triggers[nextTrigger].first <= k && !triggers[nextTrigger].between) verbSeen = clauses[k];
    if (region > 0 && clauses[k] !== clauses[region - 1]) region = 0;
    const token = tokens[k];
    if (region === 0 && token.kind === 'word') {
      if (verbSeen === clauses[k] && token.lower === 'and') {
        let n = k + 1;
        while (tokens[n]?.kind === 'word' && ownPredicateAdverbs.has(tokens[n].lower)) n++;
        if (opensOwnPredicate(tokens, n) || opensOwnClause(tokens, k)) region = k + 1;
      } else if (verbTrigger(token.lower) !== undefined || beVerbs.has(token.lower)) {
        verbSeen = clauses[k];
      }
    }
    detached[k] = region;
  }
  return detached;
}

/** Whether a mention stands in a detached predicate's stretch (detachedPredicates). */
function inDetached(tokens: readonly Token[], detached: Int32Array, mention: EntityMention): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].start >= mention.start) return tokens[k].start === mention.start && detached[k] > 0;
  return false;
}

/** "n't" or "n’t" at the word's end ("doesn't"): compared by character, as this runs on every word before a verb. */
function endsInNt(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 116 || word.charCodeAt(n - 3) !== 110) return false;
  const apostrophe = word.charCodeAt(n - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}

function isNegated(tokens: readonly Token[], skipStart: number, trigger: Trigger): boolean {
  for (let k = skipStart; k < trigger.first; k++) {
    const lower = tokens[k].lower;
    // "X did not fail to raise Y", "X never failed to induce Y": a denied failure asserts the verb (precision, stop 49:
    // read as a denial, it contradicted the finding it states). Both words are passed.
    if ((lower === 'not' || lower === 'never' || endsInNt(lower)) && failWords.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'to') {
      k++;
      continue;
    }
    // "X is not unlikely to raise Y", "not unable to": a denied denial of likelihood or capacity (litotes) is a hedged
    // claim, the verb asserted (issue 7, stop 50: read as a denial, a finding of the verb called it contradicted).
    if ((lower === 'not' || lower === 'never' || endsInNt(lower)) && deniedCapacity.has(tokens[k + 1]?.lower ?? '')) {
      k++;
      continue;
    }
    // "IL-11 — not unexpectedly — raised Y", "IL-11 not surprisingly raised Y" without its commas: a "not" opening a
    // comment adverb of "un-" (no auxiliary before it) remarks on the finding, it does not deny the verb (issue 7, stop
    // 55, h-aside55; the tokens keep no dashes). After an auxiliary, "did not unexpectedly raise", it denies.
    if (lower === 'not' && /^un[a-z]+ly$/.test(tokens[k + 1]?.lower ?? '') && !(tokens[k - 1]?.kind === 'word' && auxiliaryBeforeNot.has(tokens[k - 1].lower))) {
      k++;
      continue;
    }
    // "not only promotes X but also Y" asserts both, as do "not just", "not merely", "not solely" (a driver of A
    // "but also" a source of B was read as a denial, a false contradiction: issue 7).
    if ((lower === 'not' || lower === 'unlikely') && deniesOnlyExclusiveness((n) => tokens[k + n]?.lower)) continue;
    if (negations.has(lower) || endsInNt(lower) || scarcityAdverbs.has(lower)) return true;
    // "X is incapable of raising Y" denies as "unable to" does (subjects.ts skipBack passes "capable of").
    if (lower === 'incapable' && tokens[k + 1]?.lower === 'of') return true;
  }
  // "no significant correlation between X and Y": the determiner of a relation noun, before its adjectives.
  if (trigger.between) {
    for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 4) && tokens[k].kind === 'word'; k--) if (tokens[k].lower === 'no') return true;
  }
  const after = tokens[trigger.last + 1];
  return after?.kind === 'word' && (after.lower === 'no' || after.lower === 'neither');
}

const failWords = new Set(['fail', 'fails', 'failed']);
/** Auxiliaries whose "not" denies the verb whatever adverb follows: "did not unexpectedly raise". */
const auxiliaryBeforeNot = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'be', 'been']);
/** The adjectives that deny a likelihood or a capacity ("unlikely to", "unable to"), which a "not" before them turns back. */
const deniedCapacity = new Set(['unlikely', 'unable', 'insufficient']);

/**
 * A clause opened by a fronted negative and an inverted auxiliary denies its verb: "At no point did X raise Y", "At no
 * time (In no case, Under no conditions) was Y induced by X", "Never did X raise Y" (precision, stop 49: the negative
 * stood before the subject, where the verb's negation is not looked for, and the claim came out supported). Only
 * with the auxiliary right after the fronted negative, which makes it the clause's own ("In no time, X raised Y" is
 * a manner, and has no inversion).
 */
function negativeInversion(tokens: readonly Token[], trigger: Trigger, clauses: readonly number[]): boolean {
  let k = trigger.first;
  while (k > 0 && clauses[k - 1] === trigger.clause) k--;
  while (k < trigger.first && tokens[k].kind === 'punct') k++;
  const word = (j: number): string => (tokens[j]?.kind === 'word' ? tokens[j].lower : '');
  let aux: number;
  if (word(k) === 'never' || word(k) === 'nowhere') aux = k + 1;
  else if (negativeFrontPrepositions.has(word(k)) && word(k + 1) === 'no' && /^[a-z]+$/.test(word(k + 2))) aux = k + 3;
  else return false;
  return aux < trigger.first && invertedAuxiliaries.has(word(aux));
}
const negativeFrontPrepositions = new Set(['at', 'in', 'under', 'on', 'by', 'for']);
const invertedAuxiliaries = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'could', 'can', 'would', 'will', 'should', 'might', 'may']);

/**
 * A subject phrase opened by a quantifier of none denies its verb: "No MMP was induced by X", "None of the cell
 * lines showed a rise in Y after X", "None of the MMPs tested, including MMP-9, rose after X" (issue 7, stop 34:
 * read as X raising them, a false support). Only the phrase's first word: "cells with no X" names X's absence.
 */
function noneOpens(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && tokens[k].kind === 'punct') k++;
  if (k >= to || tokens[k].kind !== 'word') return false;
  if (tokens[k].lower === 'none') return true;
  // ("No doubt, X raised Y", "No longer ...": no quantifier of the subject; one unbroken phrase after "no".)
  if (tokens[k].lower !== 'no' || notQuantifying.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 1; j < to; j++) if (tokens[j].kind === 'punct') return false;
  return true;
}
const notQuantifying = new Set(['doubt', 'wonder', 'longer', 'matter', 'sooner']);

/**
 * "the failure of gefitinib to inhibit ERK", "the inability of the antibody to block PI3K", "its failure to": a noun
 * of failing before the verb's subject (or right before "to") denies the verb, as "gefitinib failed to" does.
 */
function failureOf(tokens: readonly Token[], trigger: Trigger): boolean {
  let k = trigger.first - 1;
  while (k >= 0 && tokens[k].kind === 'word' && /ly$/.test(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== 'to') return false;
  if (failureNouns.has(tokens[k - 1]?.lower ?? '')) return true;
  // Back over the subject's phrase (names, articles, a few words) to "of" after the noun of failing.
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
    const token = tokens[j];
    if (token.kind === 'punct') return false;
    if (token.lower === 'of') return failureNouns.has(tokens[j - 1]?.lower ?? '');
  }
  return false;
}

function governorIs(tokens: readonly Token[], index: number, governor: string): boolean {
  return governorFrom(tokens, index, 0) === governor;
}

/**
 * "STAT3 is a transcription factor, which is activated by cytokines", "IL-6 is a cytokine that activates STAT3":
 * with no verb before it, a relative clause describes the predicate noun, which is the sentence's subject.
 */
function predicateNounSubject(tokens: readonly Token[], skipStart: number): Participant | undefined {
  return predicateNounSubjects(tokens, skipStart)[0];
}

/**
 * "Hypoxia is not a mechanism that promotes metastasis": the copula's negation denies what the relative clause
 * says of the predicate noun, though it stands before the clause's own words ("not only a cytokine that ..."
 * asserts it).
 */
function predicateNounNegated(tokens: readonly Token[], subject: Participant, skipStart: number): boolean {
  for (let k = subject.index + 1; k < skipStart - 1; k++) {
    const lower = tokens[k].lower;
    if ((lower === 'not' || lower === 'unlikely') && deniesOnlyExclusiveness((n) => tokens[k + n]?.lower)) continue;
    if (negations.has(lower) || endsInNt(lower)) return true;
  }
  return false;
}

/** Whether `later` go on the list `route` begins: after its last member, joined only by "and", "or" and commas. */
function routeListGoesOn(tokens: readonly Token[], route: readonly Participant[], later: readonly Participant[]): boolean {
  if (later.length === 0 || route.some((p) => p.index < 0) || later.some((p) => p.index < 0)) return false;
  const last = Math.max(...route.map((p) => p.index));
  const first = Math.min(...later.map((p) => p.index));
  if (first <= last + 1) return false;
  for (let k = last + 1; k < first; k++) if (!(tokens[k].text === ',' || tokens[k].lower === 'and' || tokens[k].lower === 'or')) return false;
  return true;
}

/** Passive verbs that, after ", which", say how the clause before came about, not what acts on its last name. */
const clausalRelativeVerbs = new Set(['mediated', 'caused', 'accompanied', 'explained', 'attributed', 'driven', 'paralleled', 'followed', 'due', 'confirmed', 'supported', 'reflected']);

/** The plain verb of cause, whose object a participle may describe: "caused reduced Y". */
const causeForms = new Set(['cause', 'causes', 'caused', 'causing']);

const conditionTypes = new Set(['condition', 'drug', 'chemical', 'cell-type']);

/** Loss words tied by a hyphen to the name before them in a place: "IL-11-depleted cells", "STAT3-null mice" (vocabulary.ts lossWording, its group place). */
const placeLossWords = lossGroupWords;
/** Treatment words tied the same way: "IL-11-stimulated cells", "sorafenib-treated mice". */
const placeTreatmentWords = new Set(['treated', 'stimulated', 'exposed', 'pretreated', 'pre-treated']);
/** The kinds of name a loss or treatment word may follow with a space instead of a hyphen: agents, no place or disease. */
const spacedPlaceAgentTypes: ReadonlySet<string> = new Set([...moleculeTypes, 'pathway', 'drug', 'chemical']);
/** Nouns that close such a place. */
const placeLossHeads = new Set(['cells', 'cell', 'lines', 'line', 'mice', 'animals', 'clones', 'xenografts', 'tumours', 'tumors', 'livers']);

/**
 * The name lost in (or given to) the cells a passive verb's change was seen in, "in IL-11-depleted (MDA-MB-231) cells",
 * "in IL-11-stimulated OSCC cells": "in", the name, a hyphen-tied loss or treatment word, at most two more tokens (a
 * line, a cancer), and a noun of cells or animals; or the name after the cells, "in (HCC) cells lacking IL-11", "in mice
 * deficient in IL-6" (the place's loss, lostPlace.ts; issue 7, stop 40: read nothing, or the disease as the cause).
 */
function agentInPlace(tokens: readonly Token[], from: number, to: number, text: string, start: number, kb: KnowledgeBase): { index: number; loss: boolean } | undefined {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'entity' || !t.mention) continue;
    if (isLostInPlace(text, start, t.mention) && placeOpenedByIn(tokens, from, k)) return { index: k, loss: true };
    if (k >= to - 2) continue;
    if (tokens[k - 1]?.lower !== 'in' && tokens[k - 2]?.lower !== 'in') continue;
    const loss = tokens[k + 1];
    // Spaced as well as hyphened, "in IGF-1R silenced cells", "in IL-6 treated cells" (the table's group place: a hyphen
    // may be a space), but then only after an agent's name: "in HCC treated cells" names the cells' disease (issue 7,
    // stop 52: the spaced form read nothing, or the disease as the other partner).
    const tied = loss?.hyphenBefore || (loss?.kind === 'word' && spacedPlaceAgentTypes.has(kb.entities.get(t.mention.entityId)?.type ?? ''));
    if (loss?.kind !== 'word' || !tied || !(placeLossWords.has(loss.lower) || placeTreatmentWords.has(loss.lower))) continue;
    for (let j = k + 2; j <= Math.min(k + 4, to - 1); j++) {
      if (tokens[j].kind === 'word' && placeLossHeads.has(tokens[j].lower)) return { index: k, loss: placeLossWords.has(loss.lower) };
      if (tokens[j].kind === 'punct') break;
    }
  }
  return undefined;
}
/** "in" opens the phrase of the place the name at `index` ends: "in HCC cells that lack the IL-6", no punctuation between. */
function placeOpenedByIn(tokens: readonly Token[], from: number, index: number): boolean {
  for (let j = index - 1; j >= Math.max(from, index - 8); j--) {
    if (tokens[j].kind === 'punct') return false;
    if (tokens[j].lower === 'in') return true;
  }
  return false;
}
/** Words that name cells or samples rather than an agent: "hypoxic culture", "ATC cells", "tumour specimens". */
const genericNouns = new Set([
  'cells', 'cell', 'culture', 'cultures', 'lines', 'line', 'tissue', 'tissues', 'specimens', 'samples', 'conditions', 'medium',
  'media', 'conditioned', 'models', 'patients', 'tumors', 'tumours', 'levels', 'expression', 'mrna', 'protein', 'more', 'less', 'higher', 'lower',
  'human', 'primary', 'cultured', 'treated', 'the', 'a', 'an', 'these', 'both', 'all', 'in', 'of', 'from', 'under', 'with', 'by',
  'naive', 'parental', 'control', 'supernatant', 'supernatants', 'secretome',
]);

/** Whether the words before a trigger name cells or conditions only, so that no unknown agent is hiding there. */
function onlyGenericWords(tokens: readonly Token[], from: number, to: number, passive: boolean): boolean {
  if (passive) return true;
  return tokens.slice(from, to).every((t) => t.kind !== 'word' || genericNouns.has(t.lower) || /ly$/.test(t.lower));
}

/**
 * "the cytokine", "this kinase": a class named with a definite determiner refers back to the last entity of
 * that class, in this sentence or as the previous sentence's subject.
 */
function resolveAnaphora(tokens: Token[], kb: KnowledgeBase, previousSubject: EntityMention | undefined): Token[] {
  // The same array when no token refers back (nearly every sentence); a copy from the first one that does (a
  // copy per sentence was one more array of every sentence's tokens to collect, issue 10).
  let resolved: Token[] | undefined;
  const seen: EntityMention[] = previousSubject ? [previousSubject] : [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== 'entity' || !token.mention) continue;
    const determiner = tokenAt(tokens, index - 1)?.lower;
    if (determiner === 'the' || determiner === 'this' || determiner === 'that') {
      // The nearest earlier entity of the class, looking back a bounded distance so that long sentences stay linear.
      let referent: EntityMention | undefined;
      for (let k = seen.length - 1; k >= Math.max(0, seen.length - 32) && !referent; k--) {
        if (seen[k].entityId !== token.mention.entityId && kb.isA(seen[k].entityId, token.mention.entityId)) referent = seen[k];
      }
      if (referent) {
        resolved ??= tokens.slice();
        resolved[index] = { ...token, mention: { ...token.mention, entityId: referent.entityId } };
        continue;
      }
    }
    seen.push(token.mention);
  }
  if (resolved) sameSentence(resolved, tokens);
  return resolved ?? tokens;
}

/** Words of a level's change, after which a disease alone around a name is associated with it ("X was overexpressed in D"). */
const levelWords = /^(?:(?:over|under)-?express(?:es|ed|ing)?|(?:up|down)-?regulat(?:es?|ed|ing)|elevated|increased|decreased|reduced|raised|lowered|higher|lower|enhanced|diminished|induced|amplified|overproduced|lost|suppressed|repressed|silenced|activated|inactivated|hyperactivated|augmented|attenuated|upregulates?|downregulates?|increases?|decreases?|rises?|rose|risen|fell|falls?|fallen|declined?|declines|dropped|drops?|accumulated|accumulates?|abundant|deficient|absent|high|low|aberrant|dysregulated|deregulated|altered|changed|modulated)$/;
/** Words of expression, which name a level only with a word of degree before them: "highly expressed in D". */
const expressionWords = /^(?:expressed|secreted|produced|released|detected|present|found)$/;
const amountWords = /^(?:high|higher|elevated|increased|large|larger|great|greater|abundant|low|lower|reduced|decreased|small|smaller|excess|excessive)$/;
const degreeBefore = /^(?:highly|strongly|abundantly|aberrantly|frequently|markedly|overly|excessively|significantly|predominantly|preferentially|ubiquitously|widely|constitutively|weakly|poorly|rarely|barely|hardly|scarcely|lowly)$/;

/** Whether a verb takes no object here: what follows it (after adverbs) is a preposition or the end. */
function intransitive(tokens: readonly Token[], trigger: Trigger): boolean {
  for (let k = trigger.last + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.kind === 'word' && (/ly$/.test(token.lower) || ['further', 'again', 'too', 'also'].includes(token.lower))) continue;
    // "STAT3 phosphorylation rose 30 minutes after IL-6 treatment", "E-cadherin fell 2-4 h following hypoxia": a time
    // span before the cause's preposition is no object (issue 7, stop 49, h-actor49: the verb read nothing).
    const span = durationBeforeCause(tokens, k);
    if (span > k) {
      k = span - 1;
      continue;
    }
    return token.kind === 'punct' || (token.kind === 'word' && (prepositions.has(token.lower) || token.lower === 'in'));
  }
  return true;
}

/** Units of a time span (durationBeforeCause). */
const timeUnits = new Set(['s', 'sec', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'week', 'weeks', 'month', 'months']);

/**
 * Where a time span that starts at `k` ends, when a cause's preposition follows it ("30 minutes after", "2-4 h
 * following", "24 and 48 h upon"); else `k`. Numbers and their joining words, one unit, then "after" / "following" /
 * "upon" (causeOpeners).
 */
function durationBeforeCause(tokens: readonly Token[], k: number): number {
  let at = k;
  let numbers = 0;
  while (at < tokens.length && tokens[at].kind === 'word' && (/^\d+(?:[.,]\d+)?(?:[-–]\d+(?:[.,]\d+)?)?$/.test(tokens[at].lower) || (numbers > 0 && ['to', 'and', 'or'].includes(tokens[at].lower)))) {
    if (/^\d/.test(tokens[at].lower)) numbers++;
    at++;
  }
  if (numbers === 0 || tokens[at]?.kind !== 'word' || !timeUnits.has(tokens[at].lower)) return k;
  return tokens[at + 1]?.kind === 'word' && causeOpeners.has(tokens[at + 1].lower) ? at + 1 : k;
}

function resistanceMention(kb: KnowledgeBase, drug: EntityMention): EntityMention | undefined {
  const entity = kb.entities.get(drug.entityId);
  if (!entity) return undefined;
  const lexicon = lexiconOf(kb);
  for (const name of [entity.name, entity.symbol, ...entity.synonyms]) {
    if (!name) continue;
    for (const key of [normalizeTerm(`${name} resistance`), normalizeTerm(`resistance to ${name}`)]) {
      const found = lexicon.lookup(key)?.[0];
      if (found) return { ...drug, entityId: found.entityId };
    }
  }
  return undefined;
}

function hasHedge(sentence: string): boolean {
  // Word by word (runs of a-z), stopping at the first hedge, read in place: only a run as long as some hedge is
  // copied and looked up (a match array and a string for every word of a 20 kB sentence were 3% of its check).
  // Issue 10: a run as long as some hedge was still copied for most words; now only one whose first letter, last
  // letter and length are those of some hedge is (hedgeShapes), a few words per sentence.
  const lower = sentence.toLowerCase();
  if (hedgeShapes?.size !== hedges.size) hedgeShapes = shapesOf(hedges);
  const { lengths } = hedgeShapes;
  for (let i = 0; i < lower.length; ) {
    if (!isLowerLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isLowerLetter(lower.charCodeAt(i))) i++;
    const length = i - start;
    if (length < 32 && (lengths[(lower.charCodeAt(start) - 97) * 26 + lower.charCodeAt(i - 1) - 97] & (1 << length)) !== 0 && hedges.has(lower.slice(start, i))) return true;
  }
  return false;
}

/**
 * The hedges' shapes, made again if the vocabulary's set grows: for each first and last letter (a-z), a bit per
 * length (under 32) of a hedge with them. A run of a-z can only be a hedge of a-z, so other hedges need no bit.
 */
let hedgeShapes: { size: number; lengths: Uint32Array } | undefined;

function shapesOf(words: ReadonlySet<string>): { size: number; lengths: Uint32Array } {
  const lengths = new Uint32Array(26 * 26);
  for (const word of words) {
    if (word.length === 0 || word.length >= 32 || !/^[a-z]+$/.test(word)) continue;
    lengths[(word.charCodeAt(0) - 97) * 26 + word.charCodeAt(word.length - 1) - 97] |= 1 << word.length;
  }
  return { size: words.size, lengths };
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function mergeRoles(left: Roles, right: Roles): Roles {
  return {
    participants: [...left.participants, ...right.participants],
    mediators: [...left.mediators, ...right.mediators],
    context: [...left.context, ...right.context],
    modifiers: [...left.modifiers, ...right.modifiers],
  };
}

/** Whether a token of tokens.slice(from, to) is the (lower-case) word, read in place (slice's bounds). */
const seeingWords = new Set(['seen', 'observed', 'detected', 'found', 'noted', 'evident', 'apparent', 'detectable', 'recorded', 'measured']);
/**
 * "Raised levels of A and B were not seen under hypoxia": a change named in the subject phrase and then denied by
 * the clause's verb of seeing (read alone, the change was the condition's effect, and a denial came out supported).
 */
const changeOpeners = new Set(['the', 'a', 'an', 'markedly', 'significantly', 'strongly', 'clearly', 'further', 'notably', 'similarly', 'however', 'in', 'contrast', 'addition', 'moreover', 'yet', 'but', ',']);
function unseenChange(tokens: readonly Token[], trigger: Trigger, next: Trigger | undefined): boolean {
  // Only a change that opens the sentence's subject ("Raised levels of ..."), never a verb's object ("X raised Y,
  // which was not seen in Z" keeps its claim).
  for (let k = 0; k < trigger.first; k++) if (!changeOpeners.has(tokens[k].lower)) return false;
  const end = Math.min(tokens.length - 2, next ? next.first : tokens.length, trigger.last + 24);
  for (let k = trigger.last + 1; k < end; k++) {
    const token = tokens[k];
    if ((token.kind === 'punct' && token.text !== ',' && token.text !== '(' && token.text !== ')') || ['which', 'that', 'who'].includes(token.lower)) return false;
    if (!['was', 'were', 'is', 'are'].includes(token.lower)) continue;
    if (tokens[k + 1].lower !== 'not' && tokens[k + 1].lower !== 'never') return false;
    const seen = tokens[k + 2].kind === 'word' && seeingWords.has(tokens[k + 2].lower) ? k + 2 : tokens[k + 3]?.kind === 'word' && seeingWords.has(tokens[k + 3].lower) ? k + 3 : -1;
    return seen > 0;
  }
  return false;
}

/**
 * "X did not raise A or activate B", "X cannot raise A and activate B": a bare verb after "or" or "and" that shares the
 * subject of a denied verb stands under the same auxiliary and its "not" (read alone, "activate B" was affirmed, and
 * a denial of B came out supported). A verb with its own tense ("did not raise A but activated B") has its own.
 */
function sharesDenial(tokens: readonly Token[], trigger: Trigger, skipStart: number, last: { trigger: Trigger; subjects: Participant[]; negated: boolean } | undefined, subjects: readonly Participant[]): boolean {
  if (!last?.negated || last.trigger.clause !== trigger.clause || trigger.passive || trigger.copular) return false;
  // ("failed to raise A or to activate B": the repeated "to" is the only word between.)
  if (skipStart !== trigger.first && !(skipStart === trigger.first - 1 && tokens[skipStart].lower === 'to')) return false;
  const joiner = tokens[skipStart - 1]?.lower;
  if (joiner !== 'or' && joiner !== 'and') return false;
  if (subjects.length === 0 || subjects !== last.subjects) return false;
  return bareVerb(tokens[trigger.first].lower) && bareVerb(tokens[last.trigger.first].lower);
}

/** A verb's base form, as after "did not" or "cannot": not "-ed", "-ing", nor a third person's "-s" ("suppress" is bare). */
function bareVerb(word: string): boolean {
  return !/(?:ed|ing)$/.test(word) && !/[^s]s$/.test(word);
}

function hasWordIn(tokens: readonly Token[], from: number, to: number, word: string): boolean {
  const first = from < 0 ? Math.max(tokens.length + from, 0) : from;
  const last = to < 0 ? Math.max(tokens.length + to, 0) : Math.min(to, tokens.length);
  for (let k = first; k < last; k++) if (tokens[k].lower === word) return true;
  return false;
}

/**
 * Adds a clause's context, each entity once (its first mention), as every reader of the list would dedupe it: a
 * clause of many verbs ("... upregulates ... in OSCC ... upregulates ... in OSCC ...", one endless sentence of
 * issue 11) kept every mention of each, and every claim of the clause deduped the whole list again (makeClaim).
 */
function addContext(map: Map<number, EntityMention[]>, clause: number, mentions: readonly EntityMention[]): void {
  const list = map.get(clause) ?? [];
  for (const mention of mentions) if (!list.some((m) => m.entityId === mention.entityId)) list.push(mention);
  map.set(clause, list);
}

/** Mentions the reader has passed through dedupe: a sentence n times as long costs about n times as many (tests, issue 11). */
export const readingWork = { dedupedMentions: 0 };

function dedupe(mentions: readonly EntityMention[]): EntityMention[] {
  readingWork.dedupedMentions += mentions.length;
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.entityId) && seen.add(m.entityId));
}

/**
 * The claims less repeats (same subject, relation, object, negation and mediators), first kept (an aside only until the
 * claim is read as the sentence's own). Compared pair by
 * pair: a sentence reads a handful of claims, and a joined key per claim was two arrays and two strings for each
 * claim of every sentence (issue 10).
 */
function dedupeClaims(claims: ExtractedClaim[]): ExtractedClaim[] {
  const kept: ExtractedClaim[] = [];
  for (const claim of claims) {
    const at = kept.findIndex((other) => sameClaim(other, claim));
    if (at < 0) kept.push(claim);
    // A class said in passing (`aside`) gives way to the same claim read as the sentence's own.
    else if (kept[at].aside && !claim.aside) kept[at] = claim;
  }
  return kept;
}

function sameClaim(a: ExtractedClaim, b: ExtractedClaim): boolean {
  if (a.subject.entityId !== b.subject.entityId || a.relation !== b.relation || a.object.entityId !== b.object.entityId || a.negated !== b.negated) return false;
  if (a.mediators.length === 0 && b.mediators.length === 0) return true;
  // (Mediators as the joined key had them: "A+B" for [A, B].)
  return a.mediators.map((m) => m.entityId).join('+') === b.mediators.map((m) => m.entityId).join('+');
}

/**
 * A claim as verification takes it: entity ids, no positions; `unknownContext` as the sentence says (analyzeBlock.ts).
 * One literal of one shape (no spread of a conditional field, no copy to add `unknownContext`): it is made for
 * every claim of every sentence (issue 10). verify.ts reads a missing `undirected` or `unknownContext` as false.
 * With `text` (the block text the claim's offsets are in), an object written as its amount is marked (writtenAsLevel.ts).
 */
export function toVerifiable(claim: ExtractedClaim, unknownContext?: boolean, text?: string) {
  return {
    subject: claim.subject.entityId,
    relation: claim.relation,
    polarity: claim.polarity,
    undirected: claim.undirected ? true : undefined,
    object: claim.object.entityId,
    mediators: claim.mediators.map((m) => m.entityId),
    context: claim.context.map((m) => m.entityId),
    negated: claim.negated,
    comparedWith: claim.comparedWith?.entityId,
    unknownContext,
    // The object written as its amount ("IL-11Rα levels"), or as its expression ("STAT3 mRNA"): only where the caller gives the block text.
    objectAspect: text === undefined ? undefined : writtenAspect(claim.object, text),
  };
}
