// An event named only to be blocked: "D prevented the X-induced rise in Y", "X-induced Y activation was abolished
// by D". The hyphenated modifier ("X-induced Y") is what the sentence takes for granted; what it asserts is that D
// lowers Y. The modifier's claim (X induces Y) stays out of the sentence's reading when another agent's claim
// lowers the same Y, or when a word of blocking stands right before the phrase ("could prevent exogenous X-induced
// Y", the agent unread): the sentence does not report X inducing Y, and a finding that X does must not make it
// supported (issue 7). Elsewhere ("X-induced Y was seen in ...") the modifier is what the sentence says, and it stays.
import type { ExtractedClaim } from './extract';
import { type Construction, triggersOf } from './construction';

/** Between a modifier claim's subject and object: "-induced ", "-mediated phosphorylation of ", never across a clause. */
const modifierLink = /^[-‐‑–−](?:induced|mediated|driven|stimulated|triggered|evoked|elicited|activated|enhanced|promoted|dependent)\s[^,;:.()]{0,60}$/iu;
const lowering = new Set(['inhibits', 'decreases', 'suppresses', 'downregulates']);
/** Right before the modifier's subject, a verb or noun of blocking: "could prevent exogenous", "the inhibition of the". */
const blockingBefore =
  /\b(?:prevent(?:s|ed|ing)?|block(?:s|ed|ing)?|abolish(?:es|ed|ing)?|abrogat(?:es|ed|ing)|inhibit(?:s|ed|ing)?|attenuat(?:es|ed|ing)|suppress(?:es|ed|ing)?|revers(?:es|ed|ing)|counteract(?:s|ed|ing)?|antagoni[sz](?:es|ed|ing)|impair(?:s|ed|ing)?|blunt(?:s|ed|ing)?|diminish(?:es|ed|ing)?|(?:prevention|blockade|inhibition|abrogation|suppression|attenuation|reversal)\s+of)\s+(?:(?:the|an?|this|both|exogenous|endogenous|recombinant|subsequent)\s+){0,2}$/iu;

export const preventedEvent: Construction = {
  name: 'prevented-event',
  reads: '"D prevented the X-induced activation of Y": D lowers Y; X inducing Y is taken for granted, not asserted',
  // Only a modifier claim is dropped, and it needs `modifierLink` between its two ends.
  triggers: triggersOf(modifierLink),
  example: 'Celecoxib prevented the IL-6-induced phosphorylation of STAT3 in Huh7 cells.',
  expected: ['DRUG_CELECOXIB inhibits STAT3 [ctx CELL_HUH7]'],
  apply: (claims, sentence) => withoutPreventedEvents(claims, sentence.text),
};

/**
 * `claims` without the modifier claims ("X induces Y" of "X-induced Y") that another agent's claim lowers in the
 * same sentence. Run by the construction and again after anchored reading (anchored.ts), which may add either claim.
 */
export function withoutPreventedEvents(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  if (claims.length === 0) return claims;
  const isModifier = (c: ExtractedClaim): boolean => c.subject.end < c.object.start && modifierLink.test(text.slice(c.subject.end, c.object.start));
  const blocked = (m: ExtractedClaim): boolean =>
    claims.some((b) => b !== m && !b.negated && lowering.has(b.relation) && b.object.entityId === m.object.entityId && b.subject.entityId !== m.subject.entityId && !isModifier(b));
  const prevented = (m: ExtractedClaim): boolean => blockingBefore.test(text.slice(Math.max(0, m.subject.start - 60), m.subject.start));
  // Right after a word of blocking, the phrase's pair is not asserted either way: "block IL-11-induced STAT3" read as
  // IL-11 lowering STAT3 was a false contradiction.
  const dropped = claims.filter((c) => !c.negated && isModifier(c) && ((!lowering.has(c.relation) && blocked(c)) || prevented(c)));
  return dropped.length === 0 ? claims : claims.filter((c) => !dropped.includes(c));
}
