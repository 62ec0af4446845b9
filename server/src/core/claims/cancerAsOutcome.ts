// "IL-6 drives HCC", "the crucial role of IL-6 in PDAC", "STAT3 knockdown suppressed gastric cancer": a cancer named as
// what a molecule promotes (or opposes) is the cancer's development, tumorigenesis, with the cancer as its place. The
// reader took the cancer itself as the object, a claim no finding states in those terms ("IL-6 promotes HCC" met
// none of the library's "IL-6 promotes tumorigenesis in HCC" and came out no evidence, and in PDAC it was not
// reported as found elsewhere). Not for a drug ("sorafenib inhibits HCC" is about the tumours' growth), nor for an
// association ("IL-11 was overexpressed in OSCC" reports a level in the disease).
import { isDrugMention, type Construction } from './construction';
import type { ExtractedClaim } from './extract';
import { agentNounForms, type ClaimRelation } from './vocabulary';

/** Cancer in general (analyzeBlock's genericCancer): a property of tumours, not one cancer's coming about. */
const genericCancers = new Set(['CANCER', 'SOLID_TUMOR', 'CARCINOMA']);

/**
 * Nouns of an agent before "of <cancer>": "a driver of HCC" is a cause of its coming about. The agent nouns of the
 * role table (vocabulary.ts agentNounForms, "a driver of", "a stimulator of"), with "initiator", whose verb is no trigger.
 */
const agentNouns: ReadonlySet<string> = new Set([...agentNounForms, 'initiator', 'initiators', 'mediators', 'inducers', 'drivers']);

/** Relations of cause, whose object can be a disease's coming about. */
const causal = new Set<ClaimRelation>(['promotes', 'induces', 'increases', 'suppresses', 'inhibits', 'decreases']);

export const cancerAsOutcome: Construction = {
  name: 'cancer-as-outcome',
  reads: '"X drives <cancer>": X promotes tumorigenesis in that cancer (not for drugs, nor for associations)',
  example: 'Persistent STAT3 signalling drives gastric cancer.',
  expected: ['STAT3 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]'],
  apply(claims, { kb, text }) {
    if (!kb.entities.has('TUMORIGENESIS')) return claims;
    // Issue 10: no trigger words (the cancer is an entity, named many ways), so it runs on every sentence; only a
    // causal claim on a disease can change, so a sentence without one is passed over before its claims are copied.
    if (!claims.some((claim) => causal.has(claim.relation) && kb.entities.get(claim.object.entityId)?.type === 'disease')) return claims;
    return claims.map((claim): ExtractedClaim => {
      if (!causal.has(claim.relation) || kb.entities.get(claim.object.entityId)?.type !== 'disease' || isDrugMention(claim.subject.entityId, kb)) return claim;
      // "promotes malignancy", "drives tumours": cancer in general names no cancer whose development it would be.
      if (genericCancers.has(claim.object.entityId)) return claim;
      // "the malignancy (progression, growth) of pancreatic cancer" names another property of the cancer, and
      // "tumor-promoting" holds the cancer inside a modifier: only the cancer itself, or "a driver of" it, is its coming about.
      const of = /\b([\p{L}-]+)\s+of\s+(?:the\s+|an?\s+)?$/iu.exec(text.slice(Math.max(0, claim.object.start - 40), claim.object.start));
      if ((of && !agentNouns.has(of[1].toLowerCase())) || /^[-‐‑–−]\p{L}/u.test(text.slice(claim.object.end, claim.object.end + 2))) return claim;
      // A disease subject ("HCC promotes ...") or a cell type acting is no molecule bringing a cancer about.
      const subjectType = kb.entities.get(claim.subject.entityId)?.type;
      if (subjectType === 'disease' || subjectType === 'cell-line') return claim;
      const context = claim.context.some((m) => m.entityId === claim.object.entityId) ? claim.context : [...claim.context, claim.object];
      return { ...claim, object: { ...claim.object, entityId: 'TUMORIGENESIS' }, context };
    });
  },
};
