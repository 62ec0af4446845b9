// Whether the reader has already read a pair. Most constructions that add a claim first ask whether a claim on the
// same two entities, in the same direction, is there already ("X lowered Y" read by the verb reader speaks first);
// others drop a reading that a later one replaces, or keep one claim per pair. They compare entities, not mentions:
// the same gene named twice in a sentence is one participant. Each construction had written the comparison out.
import type { ExtractedClaim } from './extract';

/** What a pair needs of a claim: its two participants. */
type Pair = Pick<ExtractedClaim, 'subject' | 'object'>;

/** Whether `claim` reads `subject` -> `object` (entity ids), in that direction, whatever the relation. */
export function isPair(claim: Pair, subject: string, object: string): boolean {
  return claim.subject.entityId === subject && claim.object.entityId === object;
}

/** Whether one of `claims` already reads `subject` -> `object` (entity ids), in that direction. */
export function readsPair(claims: readonly Pair[], subject: string, object: string): boolean {
  return claims.some((c) => isPair(c, subject, object));
}

/** Whether two claims are on the same pair in the same direction, whatever their relations. */
export function samePair(a: Pair, b: Pair): boolean {
  return isPair(a, b.subject.entityId, b.object.entityId);
}

/**
 * Whether two claims say the same: same pair, relation and negation (hedging and context aside). A construction that
 * rewrites a mention (restrictedClass.ts, namedMember.ts, classAsPredicate.ts) can read one claim twice, once per name.
 */
export function sameReading(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return samePair(a, b) && a.relation === b.relation && a.negated === b.negated;
}
