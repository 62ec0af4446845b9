// "X worsened overall survival", "prognosis is worsened by X": "worsen" says more of what it acts on when that is a
// harm ("hypoxia worsens inflammation", vocabulary.ts reads it as a rise), and less when it is a good outcome for
// patients (survival, prognosis, response to treatment: kb/outcomes.ts), which worse survival is a shorter one of.
// Only the verb: "worse survival" as an adjective is outcomeEnd.ts's and adverseOutcome.ts's.
import { isFavourableOutcome } from '../kb/outcomes';
import { oppositeRelation } from '../kb/schema';
import type { Construction } from './construction';

const worsenVerb = /\bworsen(?:s|ed|ing)?\b/i;

export const worsenedOutcome: Construction = {
  name: 'worsened-outcome',
  reads: '"X worsened survival": X lowers the good outcome it worsens (a harm it worsens, it raises)',
  example: 'In mice with liver tumours, hypoxia worsened overall survival.',
  expected: ['HYPOXIA decreases OVERALL_SURVIVAL [ctx LIVER_CANCER]'],
  triggers: ['worsen'],
  apply(claims, { text, kb }) {
    return claims.map((claim) => {
      const inverse = oppositeRelation(claim.relation);
      if (!inverse || !isFavourableOutcome(claim.object.entityId, kb)) return claim;
      const [first, second] = claim.subject.start < claim.object.start ? [claim.subject, claim.object] : [claim.object, claim.subject];
      const between = text.slice(first.end, second.start);
      if (between.length > 60 || !worsenVerb.test(between)) return claim;
      return { ...claim, relation: inverse };
    });
  },
};
