// The rule of a loss, stated once (issue 7, stop 39; ARCHITECTURE.md, Invariants). A loss of an entity Z
// (knockdown, knockout, siRNA, an inhibitor, "cells lacking Z", "in the absence of Z", "mice deficient in Z")
// inverts the direction of what it causes: "Y fell after Z knockdown", "Y fell in mice lacking Z" say Z raises Y.
// A claim set in a place defined by a loss of Z is checked against findings through that loss:
//   1. the lost Z names the place, never what another agent acts on: a claim whose object is Z, read after its
//      subject ("X raised Y in cells lacking Z" read as X raising Z), is no claim of the writer's (`namesLostAsObject`);
//   2. a finding backs a claim in that place only if its effect does not run through Z: every backing finding routing
//      the effect through Z leaves the claim without evidence (`withoutLostRoute`, verification);
//   3. where the writer says the effect needs the loss ("X raised Y only when Z was silenced"), the loss is the claim's
//      own context, so only a finding made under that loss covers it (`lostConditionIn`, lostCondition.ts).
// The words of a loss are vocabulary.ts lossWording's; the readers that turn a loss round read them there. This
// module says which molecules a sentence's place lacks, and the three consequences above, for every caller
// (genotypeOfPlace.ts, lostCondition.ts, analysis/analyzeBlock.ts; the place's loss also for manipulatedGroup.ts,
// sensitization.ts and the passive's agent in extract.ts, stop 40).
import type { EntityMention } from '../entities/recognize';
import { contextTypes } from '../kb/schema';
import type { ClaimVerification } from '../verify/verify';
import { mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { alternation, lackingCellsBefore, lossWordsAt } from './vocabulary';

/**
 * "in cells lacking IL-11", "in mice deficient in IL-6", "tumours devoid of X": a loss that names which cells or animals
 * the finding holds in (issue 7, stop 38: "Hypoxia raised MMP-9 in cells lacking IL-11" also read hypoxia raising
 * IL-11, a claim backed by a finding and so able to carry a sentence). The words and nouns are vocabulary.ts's
 * (`lackingCellsBefore`, lossWording's lacking place); every reader of a place's loss asks here. The place's noun,
 * lower case ("cells", "mice", "patients"), or undefined where the mention is no name the place lacks.
 */
export function placeLackingAt(text: string, start: number, m: { start: number }): string | undefined {
  const lacking = lackingCellsBefore.exec(text.slice(Math.max(start, m.start - 60), m.start));
  return lacking ? /^\S+/.exec(lacking[0])![0].toLowerCase() : undefined;
}

/** Whether the mention is what the sentence's place lacks: "cells lacking Z", "mice deficient in Z". */
export function isLostInPlace(text: string, start: number, m: { start: number }): boolean {
  return placeLackingAt(text, start, m) !== undefined;
}

/** The molecules a sentence's place lacks ("in cells lacking IL-11": IL11), by entity id. */
export function lostInPlace(text: string, start: number, mentions: readonly { entityId: string; start: number }[]): Set<string> | undefined {
  // Every place lacking a name holds a loss word between spaces before the name (lackingCellsBefore's words are
  // lackingWord's): a sentence without one before its last mention lacks nothing, and each mention's search of the 60
  // characters before it, run for every sentence with a claim, is spared (issue 10, stop 41).
  let last = start;
  for (const m of mentions) last = Math.max(last, m.start);
  if (!lackingWord.test(text.slice(start, last))) return undefined;
  let lost: Set<string> | undefined;
  for (const m of mentions) if (isLostInPlace(text, start, m)) (lost ??= new Set()).add(m.entityId);
  return lost;
}

/** Rule 1: the claim makes a lost name (`isLost`) the object of an agent named before it. */
export function namesLostAsObject(claim: ExtractedClaim, isLost: (object: EntityMention) => boolean): boolean {
  return claim.subject.start < claim.object.start && isLost(claim.object);
}

/** Rule 2: a supported verification whose every backing finding runs through a molecule the sentence's place lacks: no evidence. */
export function withoutLostRoute(verification: ClaimVerification, lost: ReadonlySet<string> | undefined): ClaimVerification {
  if (!lost || verification.verdict !== 'supported' || verification.evidence.length === 0) return verification;
  if (!verification.evidence.every((f) => (f.mediators ?? []).some((m) => lost.has(m)))) return verification;
  return { ...verification, verdict: 'unsupported', basis: 'no-evidence', evidence: [], nearest: verification.evidence };
}

/** "only when Z was silenced", "only after Z had been knocked down", "only if Z is deleted". */
const onlyWhenBefore = /\bonly\s+(?:when|after|if|once|upon)\s+(?:the\s+)?$/i;
/**
 * "only in the absence (loss) of Z", "only in cells lacking (deficient in, devoid of) Z": the same restriction said of
 * the place (stop 50, h-prec50b: without "only" rule 2 holds; with it, "IL-11 promoted EMT only in the absence of
 * STAT3" was backed by findings made with STAT3 in place).
 */
const onlyLackingBefore = /\bonly\s+(?:in|within|among)\s+(?:(?:the\s+)?(?:absence|loss|lack)\s+of|(?:[\w-]+\s+){0,2}?(?:cells|lines|mice|animals|tumou?rs|patients|clones)\s+(?:lacking|deficient\s+in|devoid\s+of|without))\s+(?:the\s+)?$/i;
/** "Z (gene) was (also) silenced": the passive words of a loss are lossWording's (its passive place), and the state "absent". */
const lossVerbAfter = new RegExp(
  String.raw`^\s+(?:(?:gene|expression|levels?|signalling|signaling)\s+)?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|additionally\s+)?(?:${alternation([...lossWordsAt('passive'), 'absent'])})\b`,
  'i',
);

/** Rule 3: the molecules whose loss the sentence makes a condition of its effect ("only when Z was silenced"). */
export function lostConditionIn(sentence: SentenceSpan): EntityMention[] {
  const { text } = sentence;
  const lost: EntityMention[] = [];
  for (const mention of mentionsIn(sentence)) {
    if (contextTypes.has(sentence.kb.entities.get(mention.entityId)?.type ?? '')) continue;
    // A molecule the library has no findings on, lost, names a model ("in Mdr2-deficient mice", a strain that develops
    // HCC): the setting of the claim, not a condition that findings on the claim's pair would have to share.
    if (!sentence.kb.hasFindings(mention.entityId)) continue;
    const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
    const after = text.slice(mention.end, mention.end + 60);
    // Only the restrictive form: a loss said with "lacking", "Z-deficient", "in the absence of" is left to rule 2,
    // which asks whether the finding goes through Z (precisionAudit38: a finding with no such route still backs the
    // claim); "only when Z was silenced" says the effect needs the loss, which no finding made with Z in place shows.
    if ((onlyWhenBefore.test(before) && lossVerbAfter.test(after)) || onlyLackingBefore.test(before)) lost.push(mention);
  }
  return lost;
}

/**
 * A change of the subject right before its place ("Y fell in", "Y expression was reduced in", "Y rose sharply in"): the
 * subject is what changed, not an agent. Group 1 a word of a rise, group 2 one of a fall.
 */
const changeOfSubject = /^(?:[\s-]+(?:expression|levels?|phosphorylation|activity|activation|production|secretion|mRNA|protein))*\s+(?:(?:was|were)\s+)?(?:[a-z]+ly\s+)?(?:(rose|risen|increased|elevated|raised|enhanced|higher|up-?regulated|climbed)|(fell|fallen|decreased|reduced|lowered|declined|dropped|diminished|attenuated|lower|down-?regulated))\s+(?:[a-z]+ly\s+)?in\s+/i;

/**
 * A word of a place's loss between spaces (`lackingCellsBefore`'s words and flags): rule 1 needs one before a claim's
 * object. Asked first, it spares the look-back per claim in the sentences without one (issue 10, stop 40: every
 * sentence with a claim, none changed in the bench's thesis).
 */
const lackingWord = new RegExp(String.raw`\s(?:${alternation(lossWordsAt('lacking'))})\s`, 'iu');

/**
 * Rule 1 for every reader (a sentence filter, sentenceFilters.ts `lost-place`): a claim that makes the place's lost Z
 * the object of a name before it is dropped, and where that name is what changed in the place ("Y fell in mice lacking
 * Z", read word by word as Y acting on Z) the loss is read turned round: Z's loss lowered Y, so Z raises Y, in the
 * claim's context (anchored reading read the pair the other way; issue 7, stop 39).
 */
export function lostPlaceIn(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start } = sentence;
  let last = start;
  for (const c of claims) if (c.subject.start < c.object.start) last = Math.max(last, c.object.start);
  if (!lackingWord.test(text.slice(start, last))) return claims;
  const isLost = (m: EntityMention): boolean => isLostInPlace(text, start, m);
  if (!claims.some((c) => namesLostAsObject(c, isLost))) return claims;
  const inSentence = mentionsIn(sentence);
  const out: ExtractedClaim[] = [];
  for (const c of claims) {
    if (!namesLostAsObject(c, isLost)) {
      out.push(c);
      continue;
    }
    const changed = c.negated ? null : changeOfSubject.exec(text.slice(c.subject.end, c.object.start));
    // Only the subject's own change with no other name before the place: "X raised Y in cells lacking Z" has an agent.
    // (A place's own name, "in HCC cells lacking Z", is the claim's context, no agent.)
    const isPlace = (m: EntityMention): boolean => contextTypes.has(sentence.kb.entities.get(m.entityId)?.type ?? '');
    if (!changed || inSentence.some((m) => m.start > c.subject.end && m.start < c.object.start && !isPlace(m))) continue;
    const relation = changed[1] ? 'decreases' : 'increases';
    const turned: ExtractedClaim = { ...c, subject: c.object, object: c.subject, relation, inverted: false, mediators: [] };
    if (!out.some((o) => o.subject.entityId === turned.subject.entityId && o.object.entityId === turned.object.entityId && o.relation === relation)) out.push(turned);
  }
  return out;
}
