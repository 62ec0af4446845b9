// A process named by the adjective of a state that cells come to, after a word of degree ("more invasive", "highly
// migratory", "more aggressive and invasive"), describes the cells: it acts on nothing. "X transforms cells to become
// more invasive by inducing factors that activate EMT" had the adjective's process read as the agent of the relative
// clause after it ("invasion activates EMT"), a claim the sentence never makes, and as the sentence's main claim
// (issue 7, stop 44, h-dev44). The claims with such a subject go; the state stays an object ("X makes cells more
// invasive": X promotes invasion).
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** The mention's own words: one adjective of a state ("invasive", "migratory", "proliferative", "metastatic"). */
const stateAdjective = /^[\p{L}-]+(?:ive|ory|atic|ic)$/iu;

/** Right before it: a word of degree, with another adjective and "and" / "or" between ("more aggressive and"). */
const degreeBefore = /\b(?:more|less|highly|increasingly|very|extremely|particularly)\s+(?:[\p{L}-]+\s*,?\s+(?:and|or)\s+)?$/iu;

/** `claims` without those whose subject is a state's adjective after a word of degree. */
export function withoutStateAdjectiveAgents(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text } = sentence;
  const isState = (c: ExtractedClaim): boolean => stateAdjective.test(c.subject.text) && degreeBefore.test(text.slice(Math.max(sentence.start, c.subject.start - 60), c.subject.start));
  return claims.some(isState) ? claims.filter((c) => !isState(c)) : claims;
}
