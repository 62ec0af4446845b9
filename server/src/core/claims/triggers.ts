// Finds the words of a sentence that assert a relation ("upregulates", "was associated with", "acts
// through", "by activating") and decides how each is used: active or passive, the means of another
// relation ("by inhibiting STAT3"), or the purpose of a signalling step ("acts through gp130 to activate").
import { scanOf } from './scan';
import { addingAfterNot } from '../language/chunks';
import { tokenAt, type Token } from './tokens';
import { qualifyingAsideAfter } from './denialAside';
import { levelAdjectives, reciprocalAssociations } from './cues';
import { wordTable } from '../util/wordTable';
import {
  beVerbs, clauseBreakers, degreeAdverbs, determiners, infinitiveOpeners, isParticiple, lossOfFunctionAfter, lossOfFunctionBefore, loweredAmounts, namesChange, phraseTriggers, questionWords, sensitizingVerbs,
  prepositions, signalingVerbs, verbTrigger, viaWords, directedRegulatorWords, associationNouns, type ClaimRelation, type TriggerMeaning,
} from './vocabulary';

export interface Trigger {
  /** Token indices of the trigger's first and last word. */
  first: number;
  last: number;
  relation: ClaimRelation;
  polarity?: 'positive' | 'negative';
  passive: boolean;
  /** "by activating X": X is a mediator of the claim before, and the subject activates X. */
  means: boolean;
  /** "to activate X" after "acts through M": the subject activates X through M. */
  purpose: boolean;
  /** "signals via", "acts through": what follows are mediators. */
  signaling: boolean;
  /** "a correlation between X and Y": both participants follow the trigger. */
  between: boolean;
  /** "sensitizes HCC cells to sorafenib": the object is the resistance to the drug, which decreases. */
  sensitizing: boolean;
  /** "EMT depends on IL-11": what follows the trigger is the cause. */
  reversed: boolean;
  /** "IL-11 is a potent inducer of EMT": the subject stands before a copula and a noun phrase. */
  copular: boolean;
  clause: number;
}

// ("untouched", "unperturbed": issue 7, stop 34, "X lowered A but left B untouched" was read as X lowering B.)
const unchangedWords = new Set(['unchanged', 'unaltered', 'unaffected', 'intact', 'constant', 'stable', 'untouched', 'unperturbed']);

// Determiners and prepositions are vocabulary; re-exported here where the reader has always found them.
export { determiners, prepositions } from './vocabulary';

/** Assigns clause numbers: contrastive words and semicolons start a new clause. */
export function clauseNumbers(tokens: readonly Token[]): number[] {
  const clauses: number[] = [];
  let clause = 0;
  // "Whereas IL-11 raised STAT3 in MDA-MB-231 cells, it failed to ...": the comma after an opening
  // subordinate clause starts the main clause.
  let subordinateOpen = tokens[0]?.kind === 'word' && subordinators.has(tokens[0].lower);
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const breaks =
      (token.kind === 'punct' && (token.text === ';' || token.text === ':')) ||
      (token.kind === 'word' && clauseBreakers.has(token.lower) && !(token.lower === 'but' && (butNot(tokens, index) || butAlso(tokens, index))) && !leadsDenialAside(tokens, index)) ||
      (subordinateOpen && token.text === ',' && (next?.kind === 'entity' || tokens[index + 2]?.kind === 'entity' || ['it', 'they', 'this', 'these', 'we'].includes(next?.lower ?? ''))) ||
      // ", indicating that the cytokine acts downstream of hypoxia": a reported conclusion is a clause of its own.
      (token.lower === 'that' && reportingWords.has(tokens[index - 1]?.lower ?? ''));
    if (breaks && token.text === ',') subordinateOpen = false;
    if (breaks) clause++;
    clauses.push(clause);
  });
  return clauses;
}

/**
 * "IL-11 raised, though not in every line, STAT3": a concessive word leading a bounded denial aside that names
 * nothing opens no clause of its own; the verb keeps its object after the aside (denialAside.ts).
 */
function leadsDenialAside(tokens: readonly Token[], index: number): boolean {
  return qualifyingAsideAfter(tokens, index - 1) > index || (tokens[index - 1]?.lower === 'even' && qualifyingAsideAfter(tokens, index - 2) > index);
}

export const reportingWords = new Set(['indicating', 'suggesting', 'showing', 'demonstrating', 'confirming', 'revealing', 'implying', 'meaning', 'arguing', 'supporting']);
const subordinators = new Set(['whereas', 'while', 'although', 'though', 'because', 'since', 'when', 'if', 'as', 'unlike', 'after', 'before', 'once']);

export function findTriggers(tokens: readonly Token[], clauses: readonly number[]): Trigger[] {
  const triggers: Trigger[] = [];
  // (Made only for a sentence with a question word: most have none; issue 10, stop 37.)
  let questionClauses: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'word' && questionWords.has(tokens[i].lower)) (questionClauses ??= new Set<number>()).add(clauses[i]);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word') continue;
    // "we examined whether IL-11 regulates MMP-13" asks; it does not claim.
    if (questionClauses?.has(clauses[i])) continue;
    // "did not lower Y", "failed to lower Y", "may lower Y": a bare form that is mostly an adjective ("lower IL-11
    // levels") is a verb after an auxiliary, a modal, "not" or "to" (issue 7, stop 34: "X did not lower Y" read
    // nothing, so a denial of a reported effect beside a backed clause left the sentence supported).
    const afterAuxiliary = verbsAfterAuxiliary[token.lower];
    const before = tokenAt(tokens, i - 1);
    const infinitive = before?.lower === 'to' && infinitiveOpeners.has(tokens[i - 2]?.lower ?? '');
    if (afterAuxiliary && before?.kind === 'word' && (auxiliaries.has(before.lower) || /n['’]t$/.test(before.lower) || infinitive) && !token.hyphenBefore) {
      const trigger = newTrigger(i, i, afterAuxiliary, clauses[i]);
      trigger.means = isMeans(tokens, i);
      triggers.push(trigger);
      continue;
    }
    // Most words are no trigger of any kind: they are passed over before a trigger's fields are made (issue 10).
    if (!mayTrigger(token.lower)) continue;
    const clause = clauses[i];
    const phrase = matchPhrase(tokens, i);
    // "STAT3 is activated downstream of cytokines": after a participle of change, "downstream of" names that verb's
    // agent (subjects.ts downstreamAgent); it is no predicate of its own.
    if (phrase && !(token.lower === 'downstream' && participleOfChange(tokens, i - 1)) && !(phrase.copular && tokens[i].hyphenBefore) && !(phrase.predicative && !saidOfSubject(tokens, i)) && !(phrase.needsChange && !changeNamed(tokens, i, phrase.last, !!phrase.reversed)) && !(phrase.joinsList && !triggers.some((t) => t.clause === clause)) && !(phrase.copular && tokens[phrase.last].lower === 'in' && routeNamedByLigandAt(tokens, phrase.last + 1))) {
      const trigger = newTrigger(i, phrase.last, phrase.relation, clause);
      trigger.polarity = phrase.polarity;
      trigger.means = isMeans(tokens, i);
      trigger.reversed = !!phrase.reversed;
      trigger.copular = !!phrase.copular;
      // "X is a key negative regulator of Y", "acts as a positive modulator of Y", "a negative mediator of Y": an
      // adjective of direction before an agent noun of regulation or promotion said of the subject (after a copula or "as") turns it; "silencing of negative
      // regulators of Y" names other molecules and is left alone.
      if (phrase.copular && (phrase.relation === 'regulates' || phrase.relation === 'promotes')) {
        let k = i - 1;
        let directed: ClaimRelation | undefined;
        for (; k >= Math.max(0, i - 3) && tokens[k].kind === 'word' && !determiners.has(tokens[k].lower) && !beVerbs.has(tokens[k].lower) && tokens[k].lower !== 'as'; k--) directed ??= directedRegulatorWords[tokens[k].lower];
        if (k >= 0 && determiners.has(tokens[k].lower)) k--;
        // Stop 38: an apposition on a name says it too, "IL-11, a negative regulator of migration, ...": the phrase was
        // read as an undirected "regulates" and came out supported beside a finding that IL-11 raises migration.
        const apposition = k >= 1 && tokens[k].lower === ',' && tokens[k - 1].kind === 'entity';
        if (directed && k >= 0 && (beVerbs.has(tokens[k].lower) || tokens[k].lower === 'as' || apposition)) trigger.relation = directed;
      }
      // A correlation has no direction, so "were correlated" is not a passive with an agent to find.
      // "STAT3 is switched on by IL-6": a verb and its particle, then "by", are a passive too.
      const particlePassive = phrase.last === i + 1 && particles.has(tokens[i + 1].lower) && tokens[i + 2]?.lower === 'by';
      trigger.passive = (phrase.last === i || particlePassive) && phrase.relation !== 'associated-with' && isPassive(tokens, i);
      triggers.push(trigger);
      i = phrase.last;
      continue;
    }
    const betweenAt = betweenNouns.has(token.lower) ? betweenAfterNoun(tokens, i) : -1;
    if (betweenAt > i) {
      const sign = tokens[i - 1]?.lower;
      const polarity = sign === 'negative' || sign === 'inverse' ? 'negative' : 'positive';
      const trigger = newTrigger(i, betweenAt, 'associated-with', clause);
      trigger.polarity = polarity;
      trigger.between = true;
      triggers.push(trigger);
      i = betweenAt;
      continue;
    }
    if (signalingVerbs.has(token.lower) && viaWords.has(tokens[i + 1]?.lower ?? '') && !token.hyphenBefore) {
      const trigger = newTrigger(i, i + 1, 'signals-through', clause);
      trigger.signaling = true;
      triggers.push(trigger);
      i++;
      continue;
    }
    if (leavingVerbs.has(token.lower) && tokens.slice(i + 1, i + 7).some((t) => unchangedWords.has(t.lower))) {
      // "STAT3 silencing left MMP-9 mRNA unchanged": the object is reported without an effect.
      triggers.push(newTrigger(i, i, 'no-effect', clause));
      const closing = tokens.findIndex((t, k) => k > i && unchangedWords.has(t.lower));
      i = closing > i ? closing : i;
      continue;
    }
    if (sensitizingVerbs.has(token.lower)) {
      const trigger = newTrigger(i, i, 'decreases', clause);
      trigger.sensitizing = true;
      trigger.means = isMeans(tokens, i);
      triggers.push(trigger);
      continue;
    }
    const relation = verbTrigger(token.lower);
    if (!relation || !usedAsVerb(tokens, i)) continue;
    const passive = isPassive(tokens, i);
    // "X increases with tumour grade", "X declined along with Y": a change verb with no object, its level rising or
    // falling along a scale or beside another; nothing is raised. Read as a transitive verb its object was the next
    // mention anywhere after ("... and goes with shorter survival": X raises survival, supported; issue 7, stop 38).
    if (!passive && (relation === 'increases' || relation === 'decreases') && levelAlongWith(tokens, i)) continue;
    const trigger = newTrigger(i, i, relation, clause);
    trigger.passive = passive;
    trigger.means = isMeans(tokens, i);
    trigger.purpose = tokens[i - 1]?.lower === 'to' && triggers.some((t) => t.signaling && t.clause === clauses[i]);
    triggers.push(trigger);
    // "X inhibits rather than promotes Y", "X suppressed, rather than enhanced, Y": the verb ruled out after "rather
    // than" names no claim; the object after it is the first verb's.
    const ruledOut = tokens[i + 1]?.lower === ',' ? i + 2 : i + 1;
    if (tokens[ruledOut]?.lower === 'rather' && tokens[ruledOut + 1]?.lower === 'than' && verbTrigger(tokens[ruledOut + 2]?.lower ?? '') !== undefined && tokens[ruledOut + 2].kind === 'word') {
      trigger.last = tokens[ruledOut + 3]?.lower === ',' ? ruledOut + 3 : ruledOut + 2;
      i = trigger.last;
    }
  }
  return triggers;
}

/**
 * A trigger with every field, set by the caller after: one object literal (one hidden class for all triggers)
 * instead of a spread of shared defaults, which was half of findTriggers' time (issue 10).
 */
function newTrigger(first: number, last: number, relation: ClaimRelation, clause: number): Trigger {
  return { first, last, relation, polarity: undefined, passive: false, means: false, purpose: false, signaling: false, between: false, sensitizing: false, reversed: false, copular: false, clause };
}

// The plural says the same of each pair ("significant associations between X expression and lymph node metastasis").
const betweenNouns = new Set(associationNouns);
/**
 * The words of existence or finding that may stand between an association noun and its "between": "no association
 * exists between X and Y", "a correlation was found (has been observed) between X and Y" (issue 7, stop 41: "exists"
 * read nothing, and the clinical reader read "No ... correlation existed between" as a correlation). The passives of
 * finding are the anchored reader's (cues.ts reciprocalAssociations.findings). A denial inside ("was not found") is
 * left to the anchored reader, which reads the governing verb's "not".
 */
const existenceBeforeBetween: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'also', 'clearly', 'exists', 'exist', 'existed', 'emerged', 'emerges', ...reciprocalAssociations.findings]);
/** Where the "between" of an association noun at `i` stands: right after it, or after at most three words of existenceBeforeBetween; -1 when none. */
function betweenAfterNoun(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (tokens[k].lower === 'between') return k;
    if (tokens[k].kind !== 'word' || !existenceBeforeBetween.has(tokens[k].lower)) return -1;
  }
  return -1;
}
/** Bare verb forms read only after an auxiliary (the vocabulary leaves them out: mostly adjectives). */
const verbsAfterAuxiliary: Readonly<Record<string, ClaimRelation>> = wordTable({ lower: 'decreases' });
const auxiliaries = new Set(['not', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'cannot']);

const leavingVerbs = new Set(['left', 'leaves', 'leave', 'kept', 'keeps']);

/** Whether the change verb at `i` is followed straight by "with" or "along with" ("rises with stage"): used without an object. */
function levelAlongWith(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.kind !== 'word') return false;
  return next.lower === 'with' || (next.lower === 'along' && tokens[i + 2]?.lower === 'with');
}

/** Whether a word can start a trigger of any kind findTriggers reads (the first word of each branch there). */
function mayTrigger(lower: string): boolean {
  // Issue 10: six lookups (and verbTrigger's lower-casing) per word of every sentence; the answer for a word
  // never changes (the sets are fixed), so it is kept, one lookup after the first. Bounded like verbTrigger's cache.
  const known = mayTriggerCache.get(lower);
  if (known !== undefined) return known;
  const found = phrasesByFirstWord.has(lower) || betweenNouns.has(lower) || signalingVerbs.has(lower) || leavingVerbs.has(lower) || sensitizingVerbs.has(lower) || verbTrigger(lower) !== undefined;
  if (mayTriggerCache.size >= 50_000) mayTriggerCache.clear();
  mayTriggerCache.set(lower, found);
  return found;
}
const mayTriggerCache = new Map<string, boolean>();

/** The phrase triggers by their first word, in the table's order: a word is compared only with its own phrases. */
const phrasesByFirstWord = new Map<string, typeof phraseTriggers>();
for (const phrase of phraseTriggers) phrasesByFirstWord.set(phrase.words[0], [...(phrasesByFirstWord.get(phrase.words[0]) ?? []), phrase]);

/**
 * Whether a light verb of cause that needs a change has one (vocabulary.ts lightCauseVerbs): a word of change
 * among the few words after the phrase ("accounts for most of the rise in Y"), or, for a reversed row, among the
 * words of its clause before it ("the increase in Y stems from X"); a comma ends the search.
 */
function changeNamed(tokens: readonly Token[], first: number, last: number, reversed: boolean): boolean {
  const step = reversed ? -1 : 1;
  for (let k = reversed ? first - 1 : last + 1, n = 0; k >= 0 && k < tokens.length && n < 8; k += step, n++) {
    const token = tokens[k];
    if (token.kind === 'punct') return false;
    if (token.kind === 'word' && namesChange(token.lower)) return true;
  }
  return false;
}

function matchPhrase(tokens: readonly Token[], at: number): ({ last: number } & TriggerMeaning) | undefined {
  let best: ({ last: number } & TriggerMeaning) | undefined;
  for (const { words, meaning } of phrasesByFirstWord.get(tokens[at].lower) ?? []) {
    if (best && words.length <= best.last - at + 1) continue;
    // A comma among a phrase's words is one ("little, if any, effect on"); any other punctuation ends the phrase.
    if (words.every((word, k) => (tokens[at + k]?.kind === 'word' || (word === ',' && tokens[at + k]?.kind === 'punct')) && tokens[at + k].lower === word)) {
      best = { last: at + words.length - 1, ...meaning };
    }
  }
  if (best) return best;
  const graded = gradedLightCause(tokens, at);
  if (graded) return graded;
  // "X leads via its receptor Z to the activation of Y": a light verb of cause, a route ("via", "through" and a
  // few tokens, no punctuation), then the rest of its words; the route's words are the trigger's, so Z is no
  // participant of the claim (a route between commas, "leads, through Z, to", the reader reads already).
  if (!viaWords.has(tokens[at + 1]?.lower ?? '')) return undefined;
  for (const { words, meaning } of phrasesByFirstWord.get(tokens[at].lower) ?? []) {
    if (!meaning.lightCause || meaning.reversed || words.length !== 2) continue;
    for (let k = at + 3; k <= at + 7 && k < tokens.length; k++) {
      if (tokens[k].kind === 'punct') break;
      if (tokens[k].kind === 'word' && tokens[k].lower === words[1]) return { last: k, ...meaning };
    }
  }
  return undefined;
}

/**
 * Adverbs that deny a contribution by its degree ("contributes little to", vocabulary.ts: no effect), or weaken it
 * to nothing: never the positive reading of a light verb of cause.
 */
const denyingDegree = new Set(['little', 'minimally', 'marginally', 'hardly', 'barely', 'scarcely', 'negligibly', 'nothing', 'weakly', 'slightly', 'only']);

/**
 * Issue 7 (stop 39, h-actor39b): "IL-6 contributes significantly to invasion", "X contributes in part to Y", "X
 * leads directly to Y": an adverb of degree or manner ("-ly", "in part", "at least in part") between a light verb of
 * cause (vocabulary.ts lightCauseVerbs, the forward two-word rows) and its preposition says how much, not whether;
 * the phrase is the light verb's. Before, the adverb broke the phrase and a pair the library did not link went
 * unread ("actor, no claim read"). An adverb that denies by degree ("contributes little to") is its own phrase row.
 */
function gradedLightCause(tokens: readonly Token[], at: number): ({ last: number } & TriggerMeaning) | undefined {
  let k = at + 1;
  const word = (n: number): string => (tokens[n]?.kind === 'word' ? tokens[n].lower : '');
  if (/^[a-z]{3,}ly$/.test(word(k)) && !denyingDegree.has(word(k))) {
    k++;
    if (/^[a-z]{3,}ly$/.test(word(k)) && !denyingDegree.has(word(k))) k++;
  } else if (word(k) === 'in' && word(k + 1) === 'part') k += 2;
  else if (word(k) === 'at' && word(k + 1) === 'least' && word(k + 2) === 'in' && word(k + 3) === 'part') k += 4;
  else return undefined;
  for (const { words, meaning } of phrasesByFirstWord.get(tokens[at].lower) ?? []) {
    if (!meaning.lightCause || meaning.reversed || words.length !== 2) continue;
    if (word(k) === words[1]) return { last: k, ...meaning };
  }
  return undefined;
}

/** A molecule's form between its name and a noun of it: "STAT3 gene silencing". */
const moleculeForms = new Set(['gene', 'genes', 'mrna', 'protein']);

/** An adverb of degree at `k`: one of `degreeAdverbs`, or after a determiner any "-ly" adverb ("a clearly reduced rate"): nothing else stands there. */
function gradedAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].lower;
  return degreeAdverbs.has(word) || (/^[a-z]{3,}ly$/.test(word) && k > 0 && determiners.has(tokens[k - 1].lower));
}

/**
 * Whether a trigger word is used as a verb. Words tied to an entity by a hyphen ("IL-11-induced"),
 * loss-of-function nouns next to an entity ("STAT3 silencing"), and participles used as adjectives before
 * an entity ("elevated IL-11 levels") are not.
 */
function usedAsVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokenAt(tokens, i - 1);
  const next = tokens[i + 1];
  if (token.hyphenBefore) return false;
  // "Y enhanced CM induced activation of X": a participle of cause with its hyphen left out, between a bare word right
  // after a verb and a noun of change with its "of", is the compound "CM-induced", no verb of its own (issue 7, stop 52:
  // read as CM inducing activation, and the verb before lost its object).
  if (unhyphenatedCause(tokens, i)) return false;
  // "by activating X" is a means; "accompanied by enhanced X binding", "caused by reduced Y" name a state: a
  // participle after "by" describes the noun after it and has no subject of its own.
  if (previous?.lower === 'by') return !isParticiple(token.lower);
  // "a marked rise in Y", "a threefold decrease of Y", "a 3-fold increase in Y": a noun of change after an article
  // and the words of its size is no verb (the light verb before it, "led to", "produced", gives the claim).
  if (changeNounAfterArticle(tokens, i)) return false;
  // "was enough to block raised levels of Y", "lowered elevated Y": a participle of level (cues.ts levelAdjectives)
  // right after a relation verb, before the noun it describes, is that noun's adjective, the verb's object a level
  // already changed (issue 7, stop 54: read as the verb of the clause, so the subject raised Y and the blocking
  // verb lost its object). Blocking a raised level is lowering it.
  if (participleOfLevelAfterVerb(tokens, i)) return false;
  // "reduced IL-6 release": a verb form right after the object of another verb is a noun.
  if (previous?.kind === 'entity' && tokenAt(tokens, i - 2)?.kind === 'word' && verbTrigger(tokens[i - 2].lower) && !isParticiple(token.lower) && usedAsVerb(tokens, i - 2)) return false;
  // "associated with IL-6 release and poor prognosis", "linked to IL-6 release": a bare verb form right after a name
  // that "with" or "to" governs, with no object after it, is a noun of the name's making (issue 7, stop 48: read as
  // IL-6 raising poor prognosis, and the association with IL-6 was lost). "Cells treated with IL-6 increase MMP-9"
  // keeps its verb (an object follows).
  if (previous?.kind === 'entity' && (tokenAt(tokens, i - 2)?.lower === 'with' || tokenAt(tokens, i - 2)?.lower === 'to') && !/(?:s|ed|ing)$/.test(token.lower) && (!next || next.kind === 'punct' || nounEnders.has(next.lower))) return false;
  // ("STAT3 gene silencing": the molecule's form may stand between the name and its loss.)
  // ("HIF-1α siRNA silencing": a second loss-of-function noun, after the first, names the same loss.)
  if (lossOfFunctionAfter.has(token.lower) && (previous?.kind === 'entity' || ((moleculeForms.has(previous?.lower ?? '') || lossOfFunctionAfter.has(previous?.lower ?? '')) && tokenAt(tokens, i - 2)?.kind === 'entity'))) return false;
  if (lossOfFunctionBefore.has(token.lower) && (next?.kind === 'entity' || next?.lower === 'of') && !isAfterSubject(tokens, i)) return false;
  // "a cytokine that modulates inflammation": after "that", a singular verb form is a relative clause's verb
  // ("that" never determines a plural noun).
  if (previous?.lower === 'that' && /[^s]s$/.test(token.lower)) return true;
  // "pathways that suppress Y", "genes that promote Y": after a plural noun, "that" is a relative pronoun and the
  // verb after it, bare or past, the relative clause's verb ("that" never determines a noun after a plural noun); left a
  // determiner, the verb went unread and the main verb took its object ("activates pathways that suppress Y" read as
  // raising Y). Not before "in"/"of", where the word is a noun of change ("that increase in Y").
  if (previous?.lower === 'that' && !token.lower.endsWith('ing') && pluralNounAt(tokens, i - 2) && next?.lower !== 'in' && next?.lower !== 'of') return true;
  // "a programme that restrained Y", "a pathway that dampened Y": after a singular noun of a mechanism (never one of
  // saying, "the finding that reduced Y ..."), "that" is a relative pronoun and a past form its verb (issue 7, stop 34:
  // taken for a determiner and an adjective, so the main verb took Y, "drives a programme that restrained apoptosis"
  // read as driving apoptosis).
  if (previous?.lower === 'that' && token.lower.endsWith('ed') && tokenAt(tokens, i - 2)?.kind === 'word' && mechanismNouns.has(tokens[i - 2].lower) && next?.lower !== 'in' && next?.lower !== 'of') return true;
  // "with significantly reduced invasion", "a markedly increased risk of": an adverb of degree before a participle
  // leaves it what it is without the adverb; the word before the adverb decides ("that significantly reduced Y" opens a clause).
  const lead = isParticiple(token.lower) && previous?.kind === 'word' && gradedAt(tokens, i - 1) && tokens[i - 2]?.lower !== 'that' ? tokens[i - 2] : previous;
  if (lead && (determiners.has(lead.lower) || lead.lower === 'no')) return false;
  const startsPhrase = !lead || lead.kind === 'punct' || prepositions.has(lead.lower) || determiners.has(lead.lower);
  // ("Decreased levels of X raised Y", "Lower levels of X ...": a lowering word opening the sentence or a clause
  // before an amount noun and its "of" describes that amount, as before a name; the subject is then X lowered,
  // roles.ts loweredAmountOf, vocabulary.ts loweredAmounts. Only there: after a preposition the partner's lowered
  // amount is read by the constructions, and a raising participle read as a verb says the same as its adjective.)
  const beforeAmount = (!lead || lead.kind === 'punct') && loweredAmounts.lowering.has(token.lower) && next?.kind === 'word' && loweredAmounts.nouns.has(next.lower) && tokens[i + 2]?.lower === 'of';
  if ((isParticiple(token.lower) || beforeAmount) && startsPhrase && (next?.kind === 'entity' || next?.kind === 'word' && tokens[i + 2]?.kind === 'entity' || beforeAmount)) {
    return lead?.kind === 'punct' && lead.text === ',' ? hasEntityBefore(tokens, i) : false;
  }
  if (token.lower.endsWith('ing') && startsPhrase && !previous) return false;
  return true;
}

/**
 * A participle of level (levelAdjectives: "raised", "elevated", "reduced") at `i` right after a relation verb used as
 * one, with a noun or name after it and no preposition: "block raised levels of Y", "to lower increased Y".
 */
function participleOfLevelAfterVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!/ed$/.test(token.lower) || levelAdjectives[token.lower] === undefined) return false;
  if (previous?.kind !== 'word' || previous.hyphenBefore || isParticipleOfLevel(previous.lower)) return false;
  if (!next || next.kind === 'punct' || (next.kind === 'word' && (prepositions.has(next.lower) || determiners.has(next.lower) || beVerbs.has(next.lower) || /^(?:and|or|but|that|which|not)$/.test(next.lower)))) return false;
  // ("to lower raised Y": a bare form read as a verb only after an auxiliary or "to".)
  const beforeVerb = tokens[i - 2];
  if (verbsAfterAuxiliary[previous.lower] !== undefined) return beforeVerb?.kind === 'word' && (auxiliaries.has(beforeVerb.lower) || beforeVerb.lower === 'to');
  const relation = verbTrigger(previous.lower);
  return relation !== undefined && levelActingRelations.has(relation) && usedAsVerb(tokens, i - 1);
}

/**
 * Verbs that act on the level itself, against it or for it ("block", "reduce", "raise"): "block raised Y" lowers Y.
 * Not the verbs of bringing about ("mediate", "confer", "induce", "drive"): "may mediate reduced sensitivity",
 * "confers increased invasion" say the participle's change, which its reading as the verb already gives.
 */
const levelActingRelations: ReadonlySet<ClaimRelation> = new Set<ClaimRelation>(['inhibits', 'suppresses', 'decreases', 'downregulates', 'increases', 'upregulates']);

/** A participle of level itself ("raised", "reduced"): two of them in a row are no verb and its object. */
function isParticipleOfLevel(lower: string): boolean {
  return /ed$/.test(lower) && levelAdjectives[lower] !== undefined;
}

/** Participles of cause that form a compound with the word before them ("CM-induced"), and the nouns of change after. */
const causeParticiples: ReadonlySet<string> = new Set(['induced', 'mediated', 'driven', 'triggered', 'stimulated', 'evoked', 'elicited']);
const changeNouns: ReadonlySet<string> = new Set(['activation', 'expression', 'phosphorylation', 'secretion', 'production', 'release', 'upregulation', 'induction', 'invasion', 'migration', 'proliferation']);
function unhyphenatedCause(tokens: readonly Token[], i: number): boolean {
  if (!causeParticiples.has(tokens[i].lower)) return false;
  const previous = tokens[i - 1];
  const verb = tokens[i - 2];
  const next = tokens[i + 1];
  if (previous?.kind !== 'word' || determiners.has(previous.lower) || beVerbs.has(previous.lower) || prepositions.has(previous.lower) || /^(?:and|or|but|that|which|not|also|then|has|have|had)$/.test(previous.lower)) return false;
  if (verb?.kind !== 'word' || verbTrigger(verb.lower) === undefined || !/ed$/.test(verb.lower)) return false;
  return next?.kind === 'word' && changeNouns.has(next.lower) && tokens[i + 2]?.lower === 'of';
}

/** Words after which a bare verb form is a noun's end: a coordinator or a preposition, no object (usedAsVerb). */
const nounEnders: ReadonlySet<string> = new Set(['and', 'or', 'but', 'in', 'by', 'from', 'during', 'under', 'is', 'are', 'was', 'were']);

/** Singular nouns of a mechanism or agent, after which "that" opens a relative clause (no clause of content: "the finding that"). */
const mechanismNouns: ReadonlySet<string> = new Set([
  'programme', 'program', 'pathway', 'network', 'mechanism', 'signal', 'response', 'cascade', 'loop', 'circuit', 'axis',
  'module', 'switch', 'factor', 'molecule', 'protein', 'cytokine', 'kinase', 'enzyme', 'receptor', 'compound', 'agent',
  'inhibitor', 'regimen', 'microenvironment', 'niche', 'milieu', 'signature', 'gene', 'transcript', 'ligand', 'complex',
]);

/** A plural common noun at `k` ("pathways", "genes", "programmes"): a word ending in one "s" that is no relation verb. */
function pluralNounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && /^[a-z-]{3,}[^s']s$/.test(t.lower) && verbTrigger(t.lower) === undefined && !['was', 'has', 'is', 'this', 'thus', 'its', 'us'].includes(t.lower);
}

/** Words of a change's size between an article and its noun: "a marked", "a threefold", "an approximately 3-fold". */
const sizeWords: ReadonlySet<string> = new Set([
  'significant', 'marked', 'sharp', 'steep', 'dramatic', 'substantial', 'modest', 'slight', 'strong', 'rapid', 'small', 'large', 'great',
  'clear', 'considerable', 'notable', 'pronounced', 'profound', 'striking', 'robust', 'mild', 'moderate', 'further', 'transient', 'sustained',
  'gradual', 'progressive', 'concomitant', 'consequent', 'corresponding', 'parallel', 'massive', 'major', 'minor', 'subtle', 'detectable',
  'measurable', 'approximately', 'roughly', 'about', 'nearly', 'almost', 'dose-dependent', 'time-dependent', 'fold',
]);
function changeNounAfterArticle(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  if ((next !== 'in' && next !== 'of') || !namesChange(tokens[i].lower) || isParticiple(tokens[i].lower) || tokens[i].lower.endsWith('ing')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const word = tokens[k];
    if (word.kind !== 'word') return false;
    if (word.lower === 'a' || word.lower === 'an' || word.lower === 'the') return k < i - 1;
    if (!sizeWords.has(word.lower) && !/^(?:\d[\d.]*|\w+-?fold|\w+ly)$/.test(word.lower)) return false;
  }
  return false;
}

/** "Silencing STAT3 reduced invasion" starts with its loss-of-function word; "IL-11, silencing..." does not. */
function isAfterSubject(tokens: readonly Token[], i: number): boolean {
  return scanOf(tokens).entityBeforePunct[i];
}

function hasEntityBefore(tokens: readonly Token[], i: number): boolean {
  return scanOf(tokens).firstEntity < i;
}

/** The particles of a phrasal verb: "switched on", "turned off". */
// "An increase in Y was brought about by X": the light verb of cause's particle (vocabulary.ts lightCauseVerbs).
const particles: ReadonlySet<string> = new Set(['on', 'off', 'about']);

/** A verb of change in its participle at `k`, past one adverb in -ly: "activated", "induced directly". */
export function participleOfChange(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k]?.kind === 'word' && /ly$/.test(tokens[k].lower) ? k - 1 : k;
  const word = tokens[at];
  return word?.kind === 'word' && isParticiple(word.lower) && verbTrigger(word.lower) !== undefined;
}

function isPassive(tokens: readonly Token[], i: number): boolean {
  // "is set off by EMT": "set" is its own participle, known as one before its particle.
  if (!isParticiple(tokens[i].lower) && !(tokens[i].lower === 'set' && particles.has(tokens[i + 1]?.lower ?? ''))) return false;
  if (tokens[i + 1]?.lower === 'by' && tokens[i - 1]?.lower !== 'by') return true;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const word = tokens[k];
    if (word.kind !== 'word') return false;
    if (beVerbs.has(word.lower)) return true;
    if (!/ly$/.test(word.lower) && !['not', 'also', 'further', 'then', 'still', 'likewise', 'again', 'too', 'thus', 'therefore', 'indeed', 'both', 'all', 'often', 'always', 'sometimes'].includes(word.lower)) return false;
  }
  return false;
}

/**
 * Whether the noun at `i` is said of a subject: after a copula, "as" or an apposition's comma, past its adjectives
 * and determiner ("is also a potent inhibitor of", "acts as an inhibitor of", "NT157, an inhibitor of").
 */
function saidOfSubject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  for (let adjectives = 0; k >= 0 && adjectives < 3 && tokens[k].kind === 'word' && !determiners.has(tokens[k].lower) && !beVerbs.has(tokens[k].lower) && tokens[k].lower !== 'as' && tokens[k].lower !== 'and' && tokens[k].lower !== 'or'; k--) adjectives++;
  if (k >= 0 && tokens[k].kind === 'word' && determiners.has(tokens[k].lower)) k--;
  while (k >= 0 && tokens[k].kind === 'word' && (/ly$/.test(tokens[k].lower) || tokens[k].lower === 'also' || tokens[k].lower === 'not')) k--;
  const before = tokens[k];
  if (before?.kind === 'word' && (before.lower === 'and' || before.lower === 'or')) return secondAgentNoun(tokens, k);
  return before !== undefined && ((before.kind === 'word' && (beVerbs.has(before.lower) || before.lower === 'as')) || (before.kind === 'punct' && before.text === ','));
}

/**
 * Issue 7, stop 38: "X is a mediator of A and (an) inhibitor of B": the agent noun after "and" is said of the subject
 * when an agent noun said of it stands before the "and" in the same stretch (no clause punctuation between). It was
 * no trigger, so B was read as a second object of the first noun, "mediator of A and B", in the first noun's
 * direction: X promoting B where the writer wrote X inhibiting it.
 */
function secondAgentNoun(tokens: readonly Token[], and: number): boolean {
  for (let j = and - 1; j >= Math.max(0, and - 12); j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') return false;
    if (t.kind !== 'word' || !mayTrigger(t.lower)) continue;
    const phrase = matchPhrase(tokens, j);
    if ((phrase?.predicative || phrase?.copular) && phrase.last < and) return saidOfSubject(tokens, j);
  }
  return false;
}

/** "by activating", "through inducing": the trigger explains how the previous relation works. */
function isMeans(tokens: readonly Token[], i: number): boolean {
  // "by directly binding X", "through partly inducing Y": a manner adverb may stand between the two; so may the first
  // word of a correlative pair, "by either blocking X or inducing Y", "through both raising X and lowering Y" (stop 39).
  const adverb = tokens[i - 1]?.kind === 'word' && (/^[a-z]{3,}ly$/.test(tokens[i - 1].lower) || tokens[i - 1].lower === 'either' || tokens[i - 1].lower === 'both') && ['by', 'through', 'via'].includes(tokens[i - 2]?.lower ?? '');
  const previous = tokens[i - (adverb ? 2 : 1)]?.lower;
  return (previous === 'by' || previous === 'through' || previous === 'via') && tokens[i].lower.endsWith('ing');
}

/**
 * "raised not only A but also B": the "but also" of a "not only" adds to what came before it, so it opens no
 * clause of its own and B is a second object of the verb.
 */
export function butAlso(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.lower !== 'also') return false;
  // A few dozen words back at most: a sentence of many "but"s stays linear.
  for (let k = index - 1; k > Math.max(0, index - 40); k--) if (addingAfterNot.has(tokens[k].lower) && tokens[k - 1].lower === 'not') return true;
  return false;
}

/**
 * "raised MMP-2 but not MMP-3", "induces Snail but generally not migration": "but" before "not" (after adverbs
 * at most) continues the verb's objects, reported without the effect, rather than starting a clause.
 */
export function butNot(tokens: readonly Token[], index: number): boolean {
  for (let k = index + 1; k < Math.min(tokens.length, index + 4); k++) {
    if (tokens[k].lower === 'not') return true;
    if (!(tokens[k].kind === 'word' && (/ly$/.test(tokens[k].lower) || tokens[k].lower === 'often'))) return false;
  }
  return false;
}

/** Words after a ligand's name that make it the name of its route: "IL-6 signalling", "the IL-11 pathway". */
const routeWords = new Set(['signalling', 'signaling', 'signals', 'pathway', 'pathways', 'cascade', 'cascades']);
/**
 * Whether the tokens from `k` name a route by its ligand ("IL-6 signalling", "the IL-11 pathway"). Issue 7 (stop 49,
 * h-route49): "STAT3 is a key regulator in IL-6 signalling" read "STAT3 regulates IL6"; a regulator in a route is
 * a place on it, not an agent acting on the ligand, so "a regulator in" reads no claim there ("a regulator of IL-6
 * signalling" still does: it acts on the route).
 */
export function routeNamedByLigandAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower === 'the') k++;
  return tokens[k]?.mention !== undefined && tokens[k + 1]?.kind === 'word' && routeWords.has(tokens[k + 1].lower) && !tokens[k + 1].hyphenBefore;
}
