// An effect that stops once something is lost: "After STAT3 knockdown, IL-11 no longer raised MMP-9", "IL-6 no
// longer protected the cells from apoptosis once IGF-1 was neutralised", "In the absence of IL-6Rα, IL-6 no longer
// drove resistance". The writer shows that the lost Z is needed for A's effect on B: Z acts on B as A does, and A
// acts on B through Z. Read word by word, "no longer" denied A's effect outright (a false contradiction of the very
// finding it confirms) and the loss word turned the pair round (issue 7, stop 34). "A no longer raised B after 48 h"
// names no loss and stays a denial.
//
// The rule for a denial under a loss, stated once (also abolishedByLoss.ts, "A did not raise Y in cells transfected
// with Z siRNA"): the denial holds only where Z is lost, a condition no finding of A's effect is in, so it is no denial
// of A's effect and is not kept (the guideline, ../shared/eval/real/README.md: the condition counts for context, and
// only a covering context contradicts); Z acts on the object as A does. "No longer" also says that A had the effect
// before the loss, so A acts through Z; "did not" alone does not say that, and reads Z's part only.
import { claimOf, mentionsIn, type SentenceSpan } from './construction';
import type { EntityMention } from '../entities/recognize';
import { invert, type ExtractedClaim } from './extract';
import { lossPatterns } from './vocabulary';

const noLonger = /\bno\s+longer\b/i;

/**
 * Whether the mention is named by its loss: "STAT3 knockdown", "IGF-1 was neutralised", "STAT3-depleted", "in the
 * absence of X", "silencing of X" (also frontedChanges.ts: "After X knockdown, A fell" is X's loss lowering A).
 */
export function namedByLoss(text: string, start: number, m: EntityMention): boolean {
  // The words are vocabulary.ts lossWording's, at their places: after the name ("X knockdown", "X was neutralised") or before it.
  return lossPatterns.after.test(text.slice(m.end, m.end + 60)) || lossPatterns.before.test(text.slice(Math.max(start, m.start - 40), m.start));
}

export function lostName(sentence: { text: string; start: number }, inSentence: readonly EntityMention[]): EntityMention | undefined {
  const { text, start } = sentence;
  const lost = inSentence.filter((m) => namedByLoss(text, start, m));
  // One loss named: with two, which one the effect needs is not said.
  return new Set(lost.map((m) => m.entityId)).size === 1 ? lost[0] : undefined;
}

/**
 * The rule's reading, a sentence-level claim filter (sentenceFilters.ts) run once on every reader's claims: anchored
 * reading's too (a sentence the verb reader read nothing in, "Sorafenib could no longer induce X after Z had been
 * silenced", has only those).
 */
export function noLongerAfterLossIn(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start, end } = sentence;
  if (!noLonger.test(text.slice(start, end))) return claims;
  const inSentence = mentionsIn(sentence);
  const lost = lostName(sentence, inSentence);
  if (!lost) return claims;
  const denied = claims.filter((c) => c.negated && c.subject.entityId !== lost.entityId && c.object.entityId !== lost.entityId && c.relation !== 'no-effect');
  if (denied.length === 0) return claims;
  const out: ExtractedClaim[] = [];
  for (const c of denied) {
    // The relation as the verb says it: a reading turned round by the loss word is turned back.
    const relation = c.inverted ? invert(c.relation) : c.relation;
    out.push({ ...c, relation, negated: false, inverted: false, mediators: [lost], lossAndDenial: true });
    out.push(claimOf(sentence, lost, relation, c.object, { context: c.context, start: Math.min(lost.start, c.object.start), end: Math.max(lost.end, c.object.end), lossAndDenial: true }));
  }
  // The reader's other claims on the lost name (it took it for an object of the denial, or for a loss of the agent) go.
  const kept = claims.filter((c) => !denied.includes(c) && c.subject.entityId !== lost.entityId && c.object.entityId !== lost.entityId);
  return [...kept, ...out];
}
