// "... a CAF population whose function is linked to Meflin expression": an association read inside a "whose"
// relative clause, between the clause's antecedent and a name inside the clause, is a side remark on the antecedent,
// not the sentence's claim (issue 7, stop 50, h-link50: read as the only predicate of the CAFs, it silenced the
// attributive class the sentence asserts, "a tumour-restraining CAF population", and the sentence read an
// association the library has no finding on). The remark goes when the sentence keeps another claim; alone, it stays.
import { mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** "whose" between the two names, inside one clause (no full stop, semicolon or colon between). */
const whoseBetween = /^[^.;:]*\bwhose\b[^.;:]*$/iu;

/** The claim is an association from an antecedent to a name inside its "whose" relative. */
export function isWhoseRemark(claim: ExtractedClaim, text: string): boolean {
  if (claim.relation !== 'associated-with') return false;
  const [first, second] = claim.subject.start <= claim.object.start ? [claim.subject, claim.object] : [claim.object, claim.subject];
  if (first.end > second.start) return false;
  return whoseBetween.test(text.slice(first.end, second.start));
}

/**
 * The remark's first end is not the antecedent: another name stands between it and "whose" ("Pro-tumorigenic CAFs
 * whose activity is linked to IL-6": the adjective's process, not the CAFs, was paired with IL-6). The relative speaks
 * of the name right before it, so the pair of the earlier name with the relative's is no reading at all, alone or not
 * (stop 51, h-audit51: read as tumorigenesis linked to IL-6 and supported by IL-6's finding in HCC).
 */
function pastAntecedent(claim: ExtractedClaim, sentence: SentenceSpan): boolean {
  const first = claim.subject.start <= claim.object.start ? claim.subject : claim.object;
  const whose = sentence.text.slice(first.end).search(/\bwhose\b/iu) + first.end;
  return mentionsIn(sentence).some((m) => m.start >= first.end && m.end <= whose && m.entityId !== first.entityId);
}

export function withoutWhoseRemarks(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const remarks = claims.filter((c) => isWhoseRemark(c, sentence.text));
  if (remarks.length === 0) return claims;
  if (remarks.length === claims.length) return claims.filter((c) => !pastAntecedent(c, sentence));
  return claims.filter((c) => !remarks.includes(c));
}
