// "Neratinib is an effective anti-HER2 therapy and counteracted trastuzumab resistance": the verb after the
// copular clause shares its subject, the drug. The reader took the first entity before the verb, the target
// inside "anti-HER2 therapy", and read its loss of function (HER2 promoting resistance). The drug is the agent,
// and the relation is the verb's own.
import type { EntityMention } from '../entities/recognize';
import { isDrugMention, type Construction } from './construction';
import type { ExtractedClaim } from './extract';
import { invert } from './extract';

/** Between the drug and the target: "is an effective anti-", "was a potent and selective anti-". */
const copulaToTarget = /^\s*(?:,\s*)?(?:is|was|are|were|acts\s+as|remains|proved\s+to\s+be)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?anti[-‐]$/iu;
/** After the target: its therapy noun, then the coordinated verb phrase. */
const therapyThenVerb = /^\s*(?:[\p{L}-]+\s+)?(?:therapy|therapies|agent|agents|treatment|drug|drugs|antibody|inhibitor|compound)\s+(?:and|that|which)\s+/iu;

export const copularAgent: Construction = {
  name: 'copular-agent',
  reads: '"D is an anti-X therapy and lowered Y": D lowers Y; X inside the predicate is not the agent',
  triggers: ['anti'],
  example: 'Lapatinib is a potent anti-EGFR agent and reduced vimentin expression in these cells.',
  expected: ['DRUG_LAPATINIB decreases VIM'],
  apply(claims, { text, start, mentions, kb }) {
    return claims.map((claim): ExtractedClaim => {
      const target = claim.subject;
      if (!claim.inverted || !therapyThenVerb.test(text.slice(target.end, claim.object.start))) return claim;
      const drug = [...mentions].reverse().find((m: EntityMention) => m.end <= target.start && m.start >= start && isDrugMention(m.entityId, kb));
      if (!drug || !copulaToTarget.test(text.slice(drug.end, target.start))) return claim;
      return { ...claim, subject: drug, relation: claim.relation === 'associated-with' || claim.relation === 'regulates' ? claim.relation : invert(claim.relation), inverted: false };
    });
  },
};
