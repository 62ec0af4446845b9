// An outcome named by its bad end: "loss of X was associated with shorter overall survival", "X correlated
// with poor prognosis". The entity named is the good outcome (survival, prognosis, response to treatment), and
// the modifier turns the association round: X goes with longer survival. Only associations: in "X reduced
// survival" the word of change is the verb, not a modifier of the outcome.
import { associationTurnedAt, undirectedOutcomeAt } from '../kb/outcomes';
import type { Construction } from './construction';

export const adverseOutcome: Construction = {
  name: 'adverse-outcome',
  reads: '"X was associated with shorter survival": X goes with survival the other way',
  example: 'High vimentin expression was associated with shorter overall survival in colon cancer.',
  expected: ['VIM associated-with(negative) OVERALL_SURVIVAL [ctx DOID_219]'],
  apply(claims, { text, start, kb }) {
    // Issue 10: no trigger words (the outcome is an entity, named many ways), so it ran on every sentence; only an
    // association can change, so a sentence without one is passed over before a copy of its claims is made.
    if (!claims.some((claim) => claim.relation === 'associated-with')) return claims;
    return claims.map((claim) => {
      if (claim.relation !== 'associated-with') return claim;
      // "associated with prognosis", no direction named: X matters, which way is not said (any finding backs it).
      if ([claim.subject, claim.object].some((m) => undirectedOutcomeAt(m.entityId, kb, text, m.start, start))) return { ...claim, undirected: true };
      return associationTurnedAt(claim.subject, claim.object, kb, text, start) ? { ...claim, polarity: claim.polarity === 'negative' ? 'positive' : 'negative' } : claim;
    });
  },
};
