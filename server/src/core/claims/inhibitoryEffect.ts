// "a greater growth-inhibitory effect", "a stronger invasion-suppressive effect": the outcome named before
// "inhibitory" is what the agent inhibits. A reading of "greater growth" as more growth turns round here.
import type { Construction } from './construction';
import { samePair } from './readPairs';
import { invert } from './extract';

const inhibitory = /^[\s-‐]*(?:inhibitory|suppressive|inhibiting|suppressing)\b/i;
const raising = new Set(['increases', 'activates', 'induces', 'upregulates', 'promotes']);

export const inhibitoryEffect: Construction = {
  name: 'inhibitory-effect',
  reads: '"X had a greater growth inhibitory effect": X inhibits growth',
  example: 'Trametinib had a greater growth inhibitory effect than gefitinib.',
  expected: ['DRUG_TRAMETINIB inhibits CELL_GROWTH'],
  triggers: ['inhibitory', 'suppressive', 'inhibiting', 'suppressing'],
  apply(claims, { text }) {
    return claims.flatMap((claim) => {
      if (!raising.has(claim.relation) || claim.object.start <= claim.subject.end || !inhibitory.test(text.slice(claim.object.end, claim.object.end + 16))) return [claim];
      // A frame may have read the inhibition already: the reading of "greater growth" then just goes.
      const read = claims.some((c) => c !== claim && samePair(c, claim) && !raising.has(c.relation));
      return read ? [] : [{ ...claim, relation: invert(claim.relation) }];
    });
  },
};
