// A denial of degree: "X did not raise A as strongly as B", "A was not induced to the same extent as B". The
// negation bounds how much, not whether: the sentence still says X raises A (less than B). Read as a plain denial
// it was backed by a reported absence of effect, or contradicted by a reported rise, neither of which the writer
// said (stop 37, precision audit: a comparison read as "X does not raise A" came out supported by a no-effect
// finding). The claim is kept, its denial lifted.
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** The words of degree after a denial: "as strongly as", "as much as", "to the same extent as", "as well as" not (a list). */
const degree = String.raw`(?:as\s+(?:strongly|much|markedly|potently|efficiently|effectively|robustly|greatly|highly|far|readily|consistently|sharply|rapidly|substantially|dramatically)\s+as|to\s+(?:the\s+same|a\s+similar|a\s+comparable|such\s+an?|an?\s+equal)\s+(?:extent|degree)\s+(?:as|than)|as\s+(?:much|strong|large|great|marked|pronounced)\s+an?\s+\w+\s+as)`;
/** Right after the claim's object (a form word between): "did not raise MMP-3 (expression) as strongly as". */
const degreeAfter = new RegExp(String.raw`^\s*(?:(?:expression|levels?|activity|activation|phosphorylation|production|secretion|mRNA|protein)\s+)?${degree}\b`, 'iu');
/** Between the denial and the object: "was not as strongly induced by", "did not as potently raise". */
/**
 * Right before a compared member: "did not raise A as strongly as B". B is no denied object; whether it is the
 * subject's other object or a rival subject ("as strongly as IL-6 did") the words do not say, so it goes.
 */
const degreeBefore = new RegExp(String.raw`${degree}\s+(?:(?:the|that|those|of)\s+)*$`, 'iu');
const asAdverbAs = /\bnot\s+as\s+(?:strongly|much|markedly|potently|efficiently|effectively|robustly|greatly|highly|readily|sharply|rapidly|substantially|dramatically)\s+(?:[\p{L}-]+\s+){0,3}?(?:as|by)\b/iu;

export function withDegreeDenialsLifted(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  if (!claims.some((c) => c.negated)) return claims;
  const { text } = sentence;
  const compared = (c: ExtractedClaim): boolean => c.negated && degreeBefore.test(text.slice(Math.max(sentence.start, c.object.start - 60), c.object.start));
  return claims.filter((c) => !compared(c)).map((c) => {
    if (!c.negated) return c;
    const lo = Math.min(c.subject.start, c.object.start);
    const hi = Math.max(c.subject.end, c.object.end);
    const after = (at: number): string => text.slice(at, Math.min(sentence.end, at + 80));
    const lifted = degreeAfter.test(after(c.object.end)) || degreeAfter.test(after(hi)) || asAdverbAs.test(text.slice(lo, hi));
    return lifted ? { ...c, negated: false } : c;
  });
}
