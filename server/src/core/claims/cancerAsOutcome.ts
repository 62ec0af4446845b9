// "IL-6 drives HCC", "the crucial role of IL-6 in PDAC", "STAT3 knockdown suppressed gastric cancer": a cancer named as
// what a molecule promotes (or opposes) is the cancer's development, tumorigenesis, with the cancer as its place. The
// reader took the cancer itself as the object, a claim no finding states in those terms ("IL-6 promotes HCC" met
// none of the library's "IL-6 promotes tumorigenesis in HCC" and came out no evidence, and in PDAC it was not
// reported as found elsewhere). Not for a drug ("sorafenib inhibits HCC" is about the tumours' growth), nor for an
// association ("IL-11 was overexpressed in OSCC" reports a level in the disease).
import { isDrugMention, type Construction } from './construction';
import type { ExtractedClaim } from './extract';
import type { ClaimRelation } from './vocabulary';

/** Relations of cause, whose object can be a disease's coming about. */
const causal = new Set<ClaimRelation>(['promotes', 'induces', 'increases', 'suppresses', 'inhibits', 'decreases']);

export const cancerAsOutcome: Construction = {
  name: 'cancer-as-outcome',
  reads: '"X drives <cancer>": X promotes tumorigenesis in that cancer (not for drugs, nor for associations)',
  example: 'Persistent STAT3 signalling drives gastric cancer.',
  expected: ['STAT3 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]'],
  apply(claims, { kb }) {
    if (!kb.entities.has('TUMORIGENESIS')) return claims;
    return claims.map((claim): ExtractedClaim => {
      if (!causal.has(claim.relation) || kb.entities.get(claim.object.entityId)?.type !== 'disease' || isDrugMention(claim.subject.entityId, kb)) return claim;
      // A disease subject ("HCC promotes ...") or a cell type acting is no molecule bringing a cancer about.
      const subjectType = kb.entities.get(claim.subject.entityId)?.type;
      if (subjectType === 'disease' || subjectType === 'cell-line') return claim;
      const context = claim.context.some((m) => m.entityId === claim.object.entityId) ? claim.context : [...claim.context, claim.object];
      return { ...claim, object: { ...claim.object, entityId: 'TUMORIGENESIS' }, context };
    });
  },
};
