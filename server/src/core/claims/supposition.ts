// A supposition (issue 7, stop 50, h-prec50b): "If IL-11 promotes EMT, blocking it should reduce invasion", "Assuming
// that X raises Y, ...". A fronted clause opened by "if" ("even if", "assuming (that)", "supposing (that)") that states
// a relation of two names of its own supposes it; the writer asserts neither it nor what is said to follow from it.
// The sentence's claims go (a sentence filter, sentenceFilters.ts `supposition`); before, the supposed relation was
// read as the writer's and supported. After "even if" (a concession) only the supposed claims go: the main clause holds
// whatever is supposed ("Even if X raised A, it lowered B" asserts the fall of B).
// A condition that states no relation of its own keeps the sentence a claim: "If IL-11 is blocked, invasion falls"
// (the condition's name is the agent of what follows, one claim across the comma), "If anything, X raises Y".
import type { ExtractedClaim } from './extract';

/** The fronted supposition, up to its comma or "then": "If X promotes Y, ...", "Even if X ...", "Assuming that X ...". */
const fronted = /^\s*(?:(?:but|and|so|thus|however|moreover|conversely),?\s+)?(?:even\s+)?(?:if|assuming(?:\s+that)?|supposing(?:\s+that)?)\s+(?!anything\b|so\b|not\b|any\b)[^,;:]*?(?=,|\s+then\b)/i;

/** The claims a sentence asserts: none when a fronted supposition holds a claim of two of its own names. */
export function withoutSupposedClaims(claims: readonly ExtractedClaim[], text: string, start: number, end: number): readonly ExtractedClaim[] {
  const head = text.slice(start, end);
  if (!/\b(?:if|assuming|supposing)\b/i.test(head.slice(0, 30))) return claims;
  const match = fronted.exec(head);
  if (!match) return claims;
  const until = start + match[0].length;
  const supposed = (c: ExtractedClaim): boolean => c.subject.end <= until && c.object.end <= until;
  if (!claims.some(supposed)) return claims;
  // "Even if X raised A, it lowered B": a concession; what follows is asserted whatever the supposition, so only the
  // supposed claims go (stop 51, h-audit51: every claim went, and a contradiction in the main clause was lost).
  return /^\s*(?:(?:but|and|so|thus|however|moreover|conversely),?\s+)?even\s+if\b/i.test(head) ? claims.filter((c) => !supposed(c)) : [];
}
