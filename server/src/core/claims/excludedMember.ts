// A member the writer excludes from a class (issue 7, stop 50, h-prec50b): "Cytokines other than IL-11 promote EMT",
// "Kinases except AKT1 ...", "... apart from IL-6". The claim is about the class's other members; the family rule
// (a member's finding backs its family, verify.ts) must not let the excluded member's own finding speak for them:
// the library then says nothing of the others. A finding on the excluded member is dropped from the evidence; when
// every finding the verdict rests on is one, the claim has no evidence and those findings are its nearest facts.
// A claim whose own subject or object is the excluded name (read elsewhere in the sentence) keeps its verification.
// Places after the same words are the setting the verification excludes (verify/scope.ts `excludedPlaces`).
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Fact } from '../kb/schema';
import { moleculeTypes } from '../kb/schema';
import type { ClaimVerification } from '../verify/verify';
import { excludedPlaces } from '../verify/scope';
import type { ExtractedClaim } from './extract';

/** The molecules a sentence excludes ("other than X", "except X", "excluding X"), by entity id (undefined when none). */
export function excludedMembersIn(text: string, start: number, mentions: readonly EntityMention[], kb: KnowledgeBase): Set<string> | undefined {
  let excluded: Set<string> | undefined;
  for (const m of excludedPlaces(text, start, mentions)) {
    if (moleculeTypes.has(kb.entities.get(m.entityId)?.type ?? '')) (excluded ??= new Set()).add(m.entityId);
  }
  return excluded;
}

/**
 * Whether the finding reaches the claim through an excluded member standing for the claim's own subject or object: as
 * the finding's subject or object, or as the route of another agent's effect ("hypoxia promotes EMT via IL-11" backs
 * a claim on cytokines only through IL-11).
 */
function throughExcluded(f: Fact, claim: ExtractedClaim, excluded: ReadonlySet<string>): boolean {
  if (excluded.has(f.subject) && f.subject !== claim.subject.entityId) return true;
  if (f.object !== undefined && excluded.has(f.object) && f.object !== claim.object.entityId) return true;
  return f.subject !== claim.subject.entityId && (f.mediators ?? []).some((m) => excluded.has(m));
}

/** The verification without the excluded members' findings (see the head of the file). */
export function withoutExcludedMember(claim: ExtractedClaim, verification: ClaimVerification, excluded: ReadonlySet<string> | undefined): ClaimVerification {
  if (!excluded || excluded.has(claim.subject.entityId) || excluded.has(claim.object.entityId)) return verification;
  if (verification.verdict !== 'supported' && verification.verdict !== 'contradicted') return verification;
  if (!verification.evidence.some((f) => throughExcluded(f, claim, excluded))) return verification;
  const kept = verification.evidence.filter((f) => !throughExcluded(f, claim, excluded));
  if (kept.length > 0) return { ...verification, evidence: kept };
  return { ...verification, verdict: 'unsupported', basis: 'no-evidence', evidence: [], nearest: verification.evidence, conflicting: [] };
}
