// An event named as the subject and its observation denied: "A hypoxia-dependent rise in IL-11 was not seen in
// MDA-MB-231 cells", "An X-driven induction of Y was never observed", "could not be detected", "was absent". The writer says the event did not happen there,
// as "No X-driven rise in Y was detected" does (extract.ts noneOpens), but the denial stands after the event, on a verb
// of seeing that carries no relation, so the claims read inside the subject phrase were kept as asserted and came out
// supported by the very finding the sentence denies (issue 7, stop 41: flipProbe --negate found three studied rows).
// The claims inside the subject phrase are denied. Not when what follows names a loss or an absence ("was not seen in
// STAT3-deficient cells", "in the absence of Z"): that says the event needs Z, and the event itself stands.
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/**
 * The denied verb of seeing after the subject phrase: "was not seen", "could not be detected", "was never observed";
 * or the event's absence, "was absent", "remained undetectable".
 */
const deniedSeeing = /\b(?:(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:not|never)|(?:could|can|did|would)\s+(?:not|never)\s+be|cannot\s+be)\s+(?:seen|found|detected|observed|noted|noticed|recorded|evident|apparent|detectable|observable)|(?:was|were|is|are|remained)\s+(?:absent|undetectable|not\s+detectable))\b/i;
/** The subject phrase opens with an article and holds no clause of its own (no verb group, no conjunction of clauses). */
const subjectOpening = /^(?:(?:in|among|within|under)\s+[^,;]{1,60},\s*)?(?:an?|the)\s+/i;
const clauseInside = /[,;:]|\b(?:that|which|whereas|while|although|but|we|our|was|were|is|are|has|have|had|did|does)\b/i;
/** After the denial: a place or time, nothing that names a loss, an absence, a blockade or a treatment given then. */
const lossAfter = /\b(?:absence|absent|lacking|lack|deficient|deficiency|null|knock\w*|silenc\w*|deplet\w*|delet\w*|inhibit\w*|block\w*|presence|unless|until|without|except|only|(?<!-)(?:treated|exposed)\s+(?:with|to))\b|-\/-/i;

export function withDeniedObservations(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start, end } = sentence;
  const whole = text.slice(start, end);
  const denial = deniedSeeing.exec(whole);
  if (!denial) return claims;
  const subjectPhrase = whole.slice(0, denial.index);
  const opening = subjectOpening.exec(subjectPhrase);
  if (!opening || clauseInside.test(subjectPhrase.slice(opening[0].length))) return claims;
  if (lossAfter.test(whole.slice(denial.index + denial[0].length))) return claims;
  const from = start + opening[0].length, to = start + denial.index;
  let changed = false;
  const out = claims.map((c) => {
    const inside = Math.min(c.subject.start, c.object.start) >= from && Math.max(c.subject.end, c.object.end) <= to;
    if (!inside || c.negated || c.relation === 'no-effect') return c;
    changed = true;
    return { ...c, negated: true };
  });
  return changed ? out : claims;
}
