// A precision guard (issue 7, stop 54): the words between (and binding) a claim's participants must be accounted for
// by the reading before the claim may make a sentence supported. The reader finds a relation trigger and two
// participants; what lies between them is normally the trigger phrase with its auxiliaries and adverbs, the
// participants' own noun phrases, a route, a list, a setting. Where a word there says something the reading did not
// take in, the reader did not understand the link, and a finding on the pair is no evidence for what the sentence
// says (analyzeBlock.ts turns such a supported sentence into no evidence):
// - an unread finite verb, another event between agent and target: a finite verb after the claim's trigger ("X raises
//   the fraction of cells that express Z"); not an object relative on the subject ("X, which Y spares, raises Z"), a
//   side remark by the labelling guideline whose main claim speaks for the sentence;
// - a relative word after the trigger, the target in a clause of its own ("X lowered the dose at which Z ...");
// - a negative word the claim does not carry ("X was ineffective at raising Z", "X is a dispensable step in Z");
// - a contrast ("X raised A, whereas Z ...");
// - a noun of change or loss the trigger did not consume: after a verb of directed change ("X raised the loss of Z"),
//   or over the subject when the claim runs with its trigger ("blockade of X raised Z" read as X raising Z);
// - a head noun right after a participant that makes the phrase another molecule ("X co-receptor", "X agonist").
// Every exemption is a word class stated as data below (not only, two negatives, a denied degree, a rival set aside,
// hedges and reporting verbs, brackets, a chain through an unnamed step, a second predicate after "and"), never a
// sentence's words. The predicate reads plain data: the sentence's text, its mentions and the claim.
// Measured on the false SUPPORTED the checker gave on studied sets when they were first opened (22 rows): it catches
// 3 of them on the old readings, and costs no true SUPPORTED on any studied set today (stop 54 report).
import type { EntityMention } from '../entities/recognize';
import { tokenize, type Token } from '../claims/tokens';
import { qualifyingAsideAfter } from '../claims/denialAside';
import { clauseNumbers, findTriggers, butAlso, type Trigger } from '../claims/triggers';
import { sentenceChunks } from '../claims/nounPhrases';
import { verbTrigger, type ClaimRelation } from '../claims/vocabulary';
import { relationSign } from '../kb/schema';
import { holdOn } from '../claims/holdOn';
import { denialTable, denialWords, notOnlyWords } from './denialWords';
import { cancelledAt, denialExemption, determinerLike, rivalAside, type DenialSite } from './denialExemptions';
import type { ChunkWord } from '../language/chunks';

export type UnaccountedKind = 'finite-verb' | 'relative' | 'negation' | 'contrast' | 'change-noun' | 'referent-noun';

export interface UnaccountedWord {
  kind: UnaccountedKind;
  word: string;
  /** Offset of the word in the text. */
  start: number;
}

/** The words between two participants that deny what the claim states, unless the claim itself is denied (denialWords.ts). */
export const negativeWords: ReadonlySet<string> = denialWords;

/** Two-word negatives: "rather than" ("no longer" is the "no" above). */
const negativePairs: readonly (readonly [string, string])[] = [['rather', 'than']];

/** Words that set what follows against what went before. ("but also" of "not only ... but also" is no contrast.) */
export const contrastWords: ReadonlySet<string> = new Set(['but', 'whereas', 'unlike', 'instead', 'however', 'although', 'though', 'conversely', 'yet']);

/** Nouns of change or loss: between the participants, not consumed by the trigger, they change what the target is. */
export const changeNouns: ReadonlySet<string> = new Set([
  'loss', 'losses', 'reduction', 'reductions', 'decrease', 'decreases', 'decline', 'depletion', 'deletion', 'knockdown', 'silencing',
  'suppression', 'inhibition', 'downregulation', 'down-regulation', 'absence', 'deficiency', 'blockade', 'attenuation', 'impairment',
  'abrogation', 'ablation', 'disruption', 'inactivation', 'degradation', 'increase', 'increases', 'elevation', 'upregulation', 'up-regulation',
]);

/** Relative words: after the claim's trigger, the target stands in a clause of its own. */
export const relativeWords: ReadonlySet<string> = new Set(['which', 'whom', 'whose', 'where', 'wherein', 'whereby']);

/**
 * Verbs the tagger reads as finite that tell how the claim is held, not another event: hedges, reporting and
 * epistemic verbs ("X is thought to raise Y", "X was shown to raise Y", "X appears to raise Y"), and the verbs of
 * taking part ("X acts to raise Y", "X serves to"). They stand before the trigger.
 */
export const stanceVerbs: ReadonlySet<string> = new Set([
  'thought', 'believed', 'suggested', 'shown', 'known', 'reported', 'proposed', 'considered', 'found', 'seems', 'seem', 'seemed', 'appears', 'appear',
  'appeared', 'said', 'demonstrated', 'observed', 'hypothesized', 'hypothesised', 'predicted', 'expected', 'tends', 'tend', 'tended', 'acts', 'act',
  'acted', 'serves', 'serve', 'served', 'continues', 'continue', 'continued', 'remains', 'remained', 'helps', 'help', 'helped',
]);

/**
 * Verbs of directed change: a change noun right after one ("raises the loss of Y") turns the target round, where a
 * verb of causing ("caused (led to, triggered, promoted) the loss of Y") states the change itself.
 */
export const directedChangeVerbs = /^(?:rais|increas|elevat|enhanc|boost|augment|amplif|reduc|lower|decreas|diminish|attenuat|suppress|inhibit|block|upregulat|up-regulat|downregulat|down-regulat|accelerat|slow|prevent|limit|restrict)/;

/** The parts of a claim the predicate reads. */
export interface LinkClaim {
  subject: EntityMention;
  object: EntityMention;
  negated: boolean;
  inverted: boolean;
  /** Read through a loss of the subject and a denial that turned it round together (claims/extract.ts ExtractedClaim). */
  lossAndDenial?: true;
  relation: ClaimRelation;
  mediators: readonly EntityMention[];
  context: readonly EntityMention[];
}

/**
 * The first word between the claim's subject and object (in the sentence [start, end) of `text`, whose mentions are
 * `mentions`) that the reading does not account for, or undefined when every word is accounted for. A denied claim,
 * one of no effect or one read through a loss of function accounts for the negative words (the reader took them in).
 * The gap is two regions: before the claim's own trigger lies the subject's phrase, where side remarks on the subject
 * are the writer's ("X, a drug that inhibits Y, lowers Z"; only an object relative, another actor's verb on the
 * subject, "X, which Y suppresses, raises Z", is another event); after it, up to the target, every finite verb, relative
 * word and change noun after a verb of directed change is unread. With no trigger in the gap (a construction read the
 * claim from words of its own) only the negative and contrast words speak.
 */
export function unaccountedLink(text: string, start: number, end: number, mentions: readonly EntityMention[], claim: LinkClaim, namesSomething?: (from: number, to: number) => boolean, excused?: (word: string, row: string) => void): UnaccountedWord | undefined {
  const { subject, object } = claim;
  const [first, second] = subject.start <= object.start ? [subject, object] : [object, subject];
  if (first.end >= second.start || first.start < start || second.end > end) return undefined;
  const tokens = tokenize(text, start, end, mentions);
  const from = tokens.findIndex((t) => t.start >= first.end);
  let to = tokens.findIndex((t) => t.start >= second.start);
  if (from < 0) return undefined;
  if (to < 0) to = tokens.length;
  if (to <= from) return undefined;
  const clauses = clauseNumbers(tokens);
  // Side remarks between commas, opened by a negative, contrast, relative or route word (", which is not a cytokine,",
  // ", not surprisingly,", ", rather than a target,", ", via A signals,"): the writer's asides, no part of the link.
  const asides: [number, number][] = [];
  // (A denial aside that names nothing, ", though not in every line,", ", albeit not at first,", qualifies the link
  // wherever it stands, after the verb too: claims/denialAside.ts, the reader's own rule.)
  const qualifying: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const denial = qualifyingAsideAfter(tokens, i);
    if (denial > i && denial < to) { const aside: [number, number] = [i, denial]; qualifying.push(aside); asides.push(aside); i = denial - 1; continue; }
    if (tokens[i].text !== ',' || !asideOpeners(tokens[i + 1]?.lower ?? '')) continue;
    let close = i + 1;
    while (close < Math.min(to, i + 10) && tokens[close].text !== ',') close++;
    if (tokens[close]?.text === ',' && close < to) { asides.push([i, close]); i = close - 1; }
  }
  const inAside = (k: number): boolean => asides.some(([a, b]) => k > a && k < b);
  const allTriggers = findTriggers(tokens, clauses);
  const inGap = allTriggers.filter((t) => t.first >= from && t.last < to);
  // The claim's trigger: the one in the gap nearest the later participant (the object in the active voice, the agent
  // after "by" in the passive), with the triggers coordinated with it ("induces and activates") and its routes
  // ("by activating", "acts through ... to").
  const own = ownTriggers(tokens, inGap);
  const inTrigger = (i: number): boolean => own.some((t) => i >= t.first && i <= t.last);
  const ownFirst = own.length > 0 ? Math.min(...own.map((t) => t.first)) : to;
  const ownLast = own.length > 0 ? Math.max(...own.map((t) => t.last)) : to;
  // The claim's main trigger (the last in the gap): a relative clause's verb before it is another event.
  const mainFirst = own.length > 0 ? own[0].first : to;
  // The reader took the denial in: a denied claim, one of no effect, one read through a loss of function, or one the
  // reader composed from a loss and a denial together (claims/extract.ts lossAndDenial: "medium from Y-silenced cells
  // did not raise Z"; "Once Y was silenced, X no longer raised Z": X raises Z through Y).
  let denialRead = claim.negated || claim.inverted || claim.relation === 'no-effect' || claim.lossAndDenial === true;
  const words = (): readonly ChunkWord[] => sentenceChunks(text, start, end, tokens).words;
  // A participant named again by a pronoun after a comma ("Although X does not lower A, it may raise Z"): the link
  // runs through the pronoun, and the words before it belong to another clause.
  let startAt = from;
  // A second predicate after "and" ("X is not a Y found in A and drives Z"): the words before it are the first's.
  for (let k = mainFirst - 1; k > from && k >= mainFirst - 2; k--) if (tokens[k].lower === 'and') startAt = k + 1;
  // (Also after a contrast or "and", and by a treatment's noun: "X administration hastened A, whereas prolonged
  // administration promoted Z".)
  for (let i = from + 1; i < Math.min(to, ownFirst); i++) {
    const opens = opensClause(tokens, i);
    if (opens && pronounSubjects.has(tokens[i].lower)) startAt = Math.max(startAt, i + 1);
    else if (opens && (treatmentNouns.has(tokens[i].lower) || (tokens[i].kind === 'word' && treatmentNouns.has(tokens[i + 1]?.lower ?? '')))) startAt = Math.max(startAt, treatmentNouns.has(tokens[i].lower) ? i + 1 : i + 2);
  }
  // A loss and a negative word in the sentence cancel ("in the absence of Y, X no longer raised Z", "X did not raise Z
  // in cells given Y shRNA"): the loss readings (noLongerAfterLoss.ts, lossWording) take both in.
  // (A word of a blockade, "a dominant-negative form", is a loss itself, no negative word the loss reading takes in.)
  const negativeBetween = tokens.some((t) => negativeWords.has(t.lower) && denialTable[t.lower] !== 'blockade');
  if (lossNounOver(tokens, from - 1, first) !== undefined) denialRead = true;
  // The words binding the first participant: a loss noun over it the reading did not take in ("blockade of X").
  // (A reading whose relation runs against its trigger's took the loss in: "knockdown of X lowered Y", X raises Y.)
  const against = own.length > 0 && relationSign(own[0].relation) * relationSign(claim.relation) < 0;
  if (!claim.inverted && !claim.negated && !against && !negativeBetween && own.length > 0) {
    const binder = lossNounOver(tokens, from - 1, first);
    if (binder) return { kind: 'change-noun', word: binder.text, start: binder.start };
  }
  // A head noun right after a participant that makes it another molecule ("X co-receptor", "X antagonist").
  // (A loss noun only after the subject, which it turns round: after the object, "D is an X blocker", it is the
  // predicate the reader read.)
  for (const p of [first, second]) {
    const after = tokens.find((t) => t.start >= p.end);
    if (after && after.kind === 'word' && !after.hyphenBefore && (referentNouns.has(after.lower) || (p === subject && !claim.inverted && !negativeBetween && lossReferentNouns.has(after.lower))) && after.start - p.end <= 1) return { kind: 'referent-noun', word: after.text, start: after.start };
  }
  // A hold on the target named by a relative ("X released the brake that Y puts on Z"): holdOn.ts reads it.
  const holdAt = tokens.findIndex((t, k) => k > ownLast && k < to && (holdOn.triggers ?? []).includes(t.lower) && ['that', 'which'].includes(tokens[k + 1]?.lower ?? ''));
  let depth = 0;
  const notOnlyBefore = (i: number): boolean => tokens.slice(from, i).some((t, k) => t.lower === 'not' && notOnlyWords.has(tokens[from + k + 1]?.lower ?? ''));
  const relativeOnSubject = tokens.slice(from, mainFirst).some((t) => relativeWords.has(t.lower) || t.lower === 'that');
  const ownMentions = [first, second, ...claim.mediators];
  const site = (at: number): DenialSite => ({ tokens, at, from, to, own: ownMentions, second, namesSomething });
  for (let i = startAt; i < to; i++) {
    const token = tokens[i];
    if (token.text === '(' || token.text === '[') depth++;
    if (token.text === ')' || token.text === ']') depth = Math.max(0, depth - 1);
    // A side remark between commas before the trigger, opened by a negative, contrast or relative word (", which is
    // not a cytokine,", ", not surprisingly,", ", rather than a target,", ", but not B treatment,"): the writer's aside
    // on the subject, no part of the link (an object relative's own verb is asked first, below).
    const aside = asides.find(([a]) => a === i);
    if (aside && (i < mainFirst || qualifying.includes(aside))) {
      i = aside[1];
      continue;
    }
    if (depth > 0 || token.kind !== 'word') continue;
    const word = token.lower;
    const found = (kind: UnaccountedKind): UnaccountedWord => ({ kind, word: token.text, start: token.start });
    // A word of denial: read when the claim took it in or a row of denialExemptions.ts accounts for it (a double
    // denial, "not only", a comparison, a rival set aside ...); unread otherwise.
    if (negativeWords.has(word)) {
      const row = denialExemption(site(i));
      if (row === undefined && !denialRead) return found('negation');
      // (Two negatives cancel, "did not fail to": the second is read with the first.)
      if (row !== undefined) { excused?.(token.text, row.name); i = Math.max(i, cancelledAt(site(i), i)); continue; }
    }
    if (inTrigger(i)) continue;
    // A rival set against a participant or a route ("IL-11, unlike IL-6, raises Z", "via A rather than B") keeps the
    // claim's own participants.
    if ((contrastWords.has(word) || word === 'rather') && rivalAside(tokens, i, ownMentions)) continue;
    if (!denialRead && negativePairs.some(([a, b]) => word === a && tokens[i + 1]?.lower === b)) return found('negation');
    // "not only A but (in our view) also B"; a contrast opening a second predicate of the same subject ("X is
    // regulated but is raised in Z") sets two states of one subject side by side.
    if (contrastWords.has(word) && !(word === 'but' && (butAlso(tokens, i) || notOnlyBefore(i))) && !opensPredicate(words(), i)) return found('contrast');
    if (i < ownFirst) {
      // The subject's phrase: side remarks on the subject are the writer's, even another actor's verb on it ("X, which
      // Y spares, raises Z": by the labelling guideline the main claim speaks, the relative clause is a side remark).
      continue;
    }
    // (A trigger inside an aside is the aside's, and the claim's verb after it the construction's own: "X, via
    // tumour-promoting signals, plays a role in Z".)
    if (i <= ownLast || (holdAt >= 0 && i > holdAt) || (own.length > 0 && inAside(own[0].first))) continue;
    // After the claim's trigger, up to its target.
    if (changeNouns.has(word) && afterDirectedChange(tokens, i, ownLast)) return found('change-noun');
    // A chain through an unnamed intermediate: "X drives changes that enhance Z", "X secretes factors which allow Z":
    // the relative's verb, a relation verb, is the next step of the route, the intermediate naming nothing.
    if ((relativeWords.has(word) || word === 'that') && chainStep(tokens, i, ownLast, claim.context)) { i++; continue; }
    // "among which X plays a role", "the best studied of which": a member of a set the sentence named.
    if (relativeWords.has(word) && !partitive.has(tokens[i - 1]?.lower ?? '')) return found('relative');
    // (An infinitive after "to" is a purpose or a result of the trigger, no finite verb: "led to lower Y".)
    // (The claim's verb after a relative clause on the subject that held another trigger, "X, which degrade A, play a
    // role in Z", is the construction's own.)
    if (relativeOnSubject && tokens.slice(ownLast + 1, i).some((t) => t.text === ',')) continue;
    // A second predicate of the same subject after "and" ("is raised in A and plays a role in Z") is one the verdict
    // logic judges with the first (analyzeBlock coordinatedPredicateVerdict).
    if (tokens[i - 1]?.lower === 'and' || (tokens[i - 1]?.kind === 'word' && /ly$/.test(tokens[i - 1].lower) && tokens[i - 2]?.lower === 'and')) continue;
    if (!stanceVerbs.has(word) && tokens[i - 1]?.lower !== 'to' && isFiniteVerb(token, words()[i])) return found('finite-verb');
  }
  return undefined;
}

/** Sentence adverbials that may stand between a clause break and the clause's subject ("but in fact it", "and indeed they"). */
const clauseAdverbials: ReadonlySet<string> = new Set(['in', 'fact', 'instead', 'actually', 'indeed', 'rather', 'then', 'thus', 'therefore', 'also', 'surprisingly', 'conversely', 'consequently', 'now']);

/** Whether a clause opens at token `i`: a comma, a contrast or "and" before it, up to three sentence adverbials between. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 4 && k >= 0 && clauseAdverbials.has(tokens[k].lower)) k--;
  const t = tokens[k];
  return t !== undefined && (t.text === ',' || contrastWords.has(t.lower) || t.lower === 'and');
}

/** Pronouns that name a participant again as a clause's subject. */
const pronounSubjects: ReadonlySet<string> = new Set(['it', 'they', 'this', 'these']);

/** Head nouns that, right after a name, make the phrase another molecule: "X co-receptor", "X antagonist". */
export const referentNouns: ReadonlySet<string> = new Set([
  'co-receptor', 'co-receptors', 'coreceptor', 'coreceptors', 'agonist', 'agonists', 'mimetic', 'mimetics', 'analogue', 'analogues', 'analog', 'analogs',
]);

/** Nouns that name a treatment again, the link's subject as a clause's subject ("whereas prolonged administration ..."). */
const treatmentNouns: ReadonlySet<string> = new Set(['administration', 'treatment', 'exposure', 'supplementation', 'infusion']);

/** Words opening a side remark between commas: negative, contrast and relative words. */
function asideOpeners(word: string): boolean {
  return negativeWords.has(word) || contrastWords.has(word) || relativeWords.has(word) || ['that', 'rather', 'via', 'through'].includes(word);
}

/** Head nouns after a name that make the phrase the name's loss ("X antagonist", "X siRNA"): read when the claim is inverted. */
export const lossReferentNouns: ReadonlySet<string> = new Set([
  'antagonist', 'antagonists', 'antibody', 'antibodies', 'inhibitor', 'inhibitors', 'blocker', 'blockers', 'antisense', 'sirna', 'shrna', 'decoy', 'trap',
]);

/** Loss nouns that, over a participant ("blockade of X", "the loss of X"), turn it round unless the reading inverted it. */
export const lossNouns: ReadonlySet<string> = new Set([
  'loss', 'blockade', 'inhibition', 'knockdown', 'silencing', 'deletion', 'depletion', 'deficiency', 'absence', 'ablation', 'suppression',
  'inactivation', 'disruption', 'neutralization', 'neutralisation', 'antagonism', 'downregulation', 'down-regulation', 'abrogation', 'lack',
]);

/** The loss noun over the participant that ends before token `k`: "<loss> of (the) (describing words) <participant>". */
function lossNounOver(tokens: readonly Token[], k: number, participant: EntityMention): Token | undefined {
  let i = tokens.findIndex((t) => t.start >= participant.start) - 1;
  if (i < 0 || k < 0) return undefined;
  let steps = 0;
  while (i >= 0 && steps < 3 && tokens[i].kind === 'word' && (determinerLike(tokens[i].lower) || /(?:ed|ive|al)$/.test(tokens[i].lower) || /negative$/.test(tokens[i].lower))) { i--; steps++; }
  if (tokens[i]?.lower !== 'of') return undefined;
  const noun = tokens[i - 1];
  return noun && lossNouns.has(noun.lower) ? noun : undefined;
}




/** Whether the contrast word at `i` opens a second predicate (a verb or an auxiliary next, an adverb allowed between). */
function opensPredicate(words: readonly ChunkWord[], i: number): boolean {
  let k = i + 1;
  if (words[k]?.pos === 'ADV') k++;
  return words[k]?.pos === 'VERB' || words[k]?.pos === 'AUX';
}

/** Verbs of enabling, the step of a chain as the relation verbs are ("factors that allow cells to ..."). */
const enablingVerbs: ReadonlySet<string> = new Set(['allow', 'allows', 'enable', 'enables', 'permit', 'permits', 'help', 'helps', 'make', 'makes', 'render', 'renders']);

/** Whether the relative word at `i` opens a chain step: a relation or enabling verb next, and no name between the trigger and it. */
function chainStep(tokens: readonly Token[], i: number, ownLast: number, context: readonly EntityMention[]): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || !(verbTrigger(next.lower) !== undefined || enablingVerbs.has(next.lower))) return false;
  // (A setting the reader mapped to the claim's context, "alterations in tumour biology", names no intermediate.)
  return !tokens.slice(ownLast + 1, i).some((t) => t.kind === 'entity' && !context.some((m) => m.entityId === t.mention?.entityId));
}

/** Prepositions before a relative word that name a member of a set ("among which", "of which"). */
const partitive: ReadonlySet<string> = new Set(['among', 'of']);





/** Whether the change noun at `i` follows the claim's trigger `ownLast` with only determiners and describing words between, and the trigger is a verb of directed change. */
function afterDirectedChange(tokens: readonly Token[], i: number, ownLast: number): boolean {
  if (!directedChangeVerbs.test(tokens[ownLast]?.lower ?? '')) return false;
  for (let k = ownLast + 1; k < i; k++) if (tokens[k].kind !== 'word' || !(determinerLike(tokens[k].lower) || /(?:ed|ive|al|ic|ant|ent|ous|ful)$/.test(tokens[k].lower))) return false;
  return true;
}

/** The claim's own trigger: the last in the gap, with the triggers joined to it by "and", "or", a comma, or as its route. */
function ownTriggers(tokens: readonly Token[], inGap: readonly Trigger[]): Trigger[] {
  if (inGap.length === 0) return [];
  const sorted = [...inGap].sort((a, b) => a.first - b.first);
  const own = [sorted[sorted.length - 1]];
  for (let k = sorted.length - 2; k >= 0; k--) {
    const t = sorted[k];
    const next = own[own.length - 1];
    const between = tokens.slice(t.last + 1, next.first).map((x) => x.lower);
    const joined = between.every((w) => w === 'and' || w === 'or' || w === ',' || w === 'to' || w === 'by' || /ly$/.test(w));
    if (joined || next.means || next.purpose || t.signaling) own.push(t);
    else break;
  }
  return own;
}

/** A finite verb the tagger reads: no auxiliary or modal, no participle or gerund, no word joined by a hyphen. */
function isFiniteVerb(token: Token | undefined, w: ChunkWord | undefined): boolean {
  if (!token || !w || token.kind !== 'word' || token.hyphenBefore || token.hyphenAfter) return false;
  if (w.pos !== 'VERB' || /ing$/.test(token.lower) || /[\d-]/.test(token.lower)) return false;
  // A past form after a name or a noun is a reduced relative or a participle ("cells treated with"), no event.
  return !/(?:ed|en)$/.test(token.lower);
}
