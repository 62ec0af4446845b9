// A class named as what an entity is not: "IL-11 is not a cytokine implicated in metastasis", "STAT3 is not a
// factor involved in Y". The copula's "not" denies what the reduced relative after the predicate noun says of it,
// though it stands before the noun and not before the participle; the reader read the participle's claim on the
// noun ("cytokines are implicated in metastasis") as asserted, and a member's finding supported it (issue 7, stop
// 52, h-negate52: a denied sentence came out SUPPORTED). The relative clause ("a cytokine that promotes Y") is
// denied in the verb reader already (extract.ts predicateNounNegated); this is its participle twin. "not only a
// cytokine implicated in ..." asserts it and is left alone.
import { deniesOnlyExclusiveness } from '../language/chunks';
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** Right before the predicate noun: a copula, "not", a determiner, up to three describing words. */
const deniedCopula = /\b(?:is|are|was|were|remains|remained)\s+(not)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * Right after the predicate noun (a bracketed short form at most between): a participle opening a reduced relative, or
 * "that" / "which" (the verb reader denies the relative only when a named subject stands before the copula; "This
 * factor is not a cytokine that controls Y" reads the noun as the subject).
 */
const reducedRelative = /^\s*(?:\([^()]{1,20}\)\s*)?(?:[\p{L}]+ed|driven|known|shown|bound|that\s|which\s)/iu;

/** `claims` with each claim on a predicate noun after a denied copula ("X is not a cytokine implicated in Y") denied. */
export function withDeniedClassPredicates(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text } = sentence;
  let changed = false;
  const read = claims.map((claim): ExtractedClaim => {
    if (claim.negated || claim.subject.start <= sentence.start) return claim;
    const before = deniedCopula.exec(text.slice(Math.max(sentence.start, claim.subject.start - 80), claim.subject.start));
    if (!before) return claim;
    const after = before[0].slice(before[0].toLowerCase().indexOf(' not') + 4).trim().split(/\s+/);
    if (deniesOnlyExclusiveness((n) => after[n - 1]?.toLowerCase())) return claim;
    if (!reducedRelative.test(text.slice(claim.subject.end, claim.subject.end + 40))) return claim;
    // The participle's claim only: its object comes after the noun.
    if (claim.object.start < claim.subject.end) return claim;
    changed = true;
    return { ...claim, negated: true };
  });
  return changed ? read : claims;
}
