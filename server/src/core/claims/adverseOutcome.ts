// An outcome named by its bad end: "loss of X was associated with shorter overall survival", "X correlated
// with poor prognosis". The entity named is the good outcome (survival, prognosis, response to treatment), and
// the modifier turns the association round: X goes with longer survival. Only associations: in "X reduced
// survival" the word of change is the verb, not a modifier of the outcome.
import { associationTurnedAt, isFavourableOutcome, isUnfavourableOutcome, undirectedOutcomeAt } from '../kb/outcomes';
import type { Construction, SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

export const adverseOutcome: Construction = {
  name: 'adverse-outcome',
  reads: '"X was associated with shorter survival": X goes with survival the other way',
  example: 'High vimentin expression was associated with shorter overall survival in colon cancer.',
  expected: ['VIM associated-with(negative) OVERALL_SURVIVAL [ctx DOID_219]'],
  apply(claims, { text, start, kb }) {
    // Issue 10: no trigger words (the outcome is an entity, named many ways), so it ran on every sentence; only an
    // association can change, so a sentence without one is passed over before a copy of its claims is made.
    if (!claims.some((claim) => claim.relation === 'associated-with')) return claims;
    const turned = new Set<ExtractedClaim>();
    const read = claims.map((claim) => {
      if (claim.relation !== 'associated-with') return claim;
      // "associated with prognosis", no direction named: X matters, which way is not said (any finding backs it).
      if ([claim.subject, claim.object].some((m) => undirectedOutcomeAt(m.entityId, kb, text, m.start, start))) return { ...claim, undirected: true };
      if (!associationTurnedAt(claim.subject, claim.object, kb, text, start)) return claim;
      const turnedRound: ExtractedClaim = { ...claim, polarity: claim.polarity === 'negative' ? 'positive' : 'negative' };
      turned.add(turnedRound);
      return turnedRound;
    });
    return turned.size === 0 ? read : lowerListMembers(read, turned, text, kb);
  },
};

/** Nothing but a list's joint between two partners: "reduced invasion, EMT and metastasis". */
const listJoint = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;

/**
 * "associated with a reduced risk of metastasis and mortality", "with reduced invasion, EMT and metastasis": the
 * lowering word before the first partner lowers each partner listed after it with nothing but a joint between, as
 * it does the first (the rule in kb/outcomes.ts looks only right before each partner). Not for a good outcome
 * named by its bad end ("shorter survival and metastasis" does not say less metastasis).
 */
function lowerListMembers(claims: ExtractedClaim[], turned: ReadonlySet<ExtractedClaim>, text: string, kb: SentenceSpan['kb']): ExtractedClaim[] {
  const lowered = new Set(turned);
  const order = claims.map((claim, i) => ({ claim, i })).filter(({ claim }) => claim.relation === 'associated-with' && !claim.undirected)
    .sort((a, b) => a.claim.object.start - b.claim.object.start);
  const out = [...claims];
  for (const { claim, i } of order) {
    // A subject named by its other end ("shorter survival was associated with") turns every partner on its own.
    if (lowered.has(claim) || isFavourableOutcome(claim.object.entityId, kb) || isFavourableOutcome(claim.subject.entityId, kb) || isUnfavourableOutcome(claim.subject.entityId, kb)) continue;
    const previous = order.map(({ i: k }) => out[k]).find((other) => lowered.has(other) && other.subject.start === claim.subject.start
      && other.subject.entityId === claim.subject.entityId && other.object.end <= claim.object.start && !isFavourableOutcome(other.object.entityId, kb)
      && listJoint.test(text.slice(other.object.end, claim.object.start)));
    if (!previous) continue;
    const turnedRound: ExtractedClaim = { ...claim, polarity: claim.polarity === 'negative' ? 'positive' : 'negative' };
    lowered.add(turnedRound);
    out[i] = turnedRound;
  }
  return out;
}
