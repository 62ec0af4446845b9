// "... a CAF population whose function is linked to Meflin expression": an association read inside a "whose"
// relative clause, between the clause's antecedent and a name inside the clause, is a side remark on the antecedent,
// not the sentence's claim (issue 7, stop 50, h-link50: read as the only predicate of the CAFs, it silenced the
// attributive class the sentence asserts, "a tumour-restraining CAF population", and the sentence read an
// association the library has no finding on). The remark goes when the sentence keeps another claim; alone, it stays.
import type { SentenceSpan } from './construction';
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

export function withoutWhoseRemarks(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const remarks = claims.filter((c) => isWhoseRemark(c, sentence.text));
  if (remarks.length === 0 || remarks.length === claims.length) return claims;
  return claims.filter((c) => !remarks.includes(c));
}
