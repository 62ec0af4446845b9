// A population named by its disease (issue 7, stop 50): "Tumours from patients with metastasis showed more STAT3",
// "Patients with metastasis displayed higher STAT3 levels". The disease after "patients with" says which patients
// were looked at, not what acted: the sentence compares a marker across patients, so the marker goes with the
// disease (an association), it is no effect of the disease. The verb reader took the disease for the subject and read
// "METASTASIS increases STAT3", a claim against the direction of every finding that STAT3 drives metastasis and one
// no finding could back. The claim is turned round to the association the sentence reports: "STAT3
// associated-with(positive) METASTASIS" (negative for a fall). Only a disease, process or phenotype after the
// population noun: "patients with high IL-6" names a marker level, which other rules read.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { ExtractedClaim } from './extract';

/** The population noun and "with" (or "who had"), right before the disease: "patients with (distant) ". */
const populationBefore = /\b(?:patients|cases|individuals|subjects)\s+(?:with|who\s+(?:had|have|developed))\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** Relations of a change, with their sign. */
const signs: Partial<Record<string, 1 | -1>> = {
  increases: 1, induces: 1, promotes: 1, activates: 1, upregulates: 1,
  decreases: -1, inhibits: -1, suppresses: -1, downregulates: -1,
};
/** Entity types of a state a patient has. */
const stateTypes = new Set(['disease', 'process', 'phenotype']);

/** Whether the claim's subject is the disease a population noun names, acting on what follows it. */
export function populationSubject(claim: ExtractedClaim, text: string, start: number, kb: KnowledgeBase): boolean {
  if (signs[claim.relation] === undefined || claim.negated || claim.inverted || claim.subject.end > claim.object.start) return false;
  if (!stateTypes.has(kb.entities.get(claim.subject.entityId)?.type ?? '')) return false;
  return populationBefore.test(text.slice(Math.max(start, claim.subject.start - 50), claim.subject.start));
}

/** The sentence filter: a disease after "patients with" goes with the marker, as the marker's association with it. */
export function withPopulationAssociations(claims: readonly ExtractedClaim[], text: string, start: number, end: number, kb: KnowledgeBase): readonly ExtractedClaim[] {
  if (!/\b(?:patients|cases|individuals|subjects)\s+(?:with|who)\b/i.test(text.slice(start, end))) return claims;
  if (!claims.some((c) => populationSubject(c, text, start, kb))) return claims;
  return claims.map((c) => populationSubject(c, text, start, kb)
    ? { ...c, subject: c.object, object: c.subject, relation: 'associated-with', polarity: signs[c.relation]! > 0 ? 'positive' : 'negative' }
    : c);
}
