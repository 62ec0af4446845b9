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
import { setApartAt } from './roles';
import { tokenize } from './tokens';

/**
 * The molecules a sentence excludes, by entity id (undefined when none): those the reader sets apart from a class
 * (roles.ts setApartAt, the one place that says which words do: "other than X", "apart from X", "besides X", "excluding
 * X", "all cytokines but X"), and those after the words that exclude a setting too ("except X", "with the exception of
 * X": verify/scope.ts excludedPlaces). (Stop 51, h-deny51: the family rule read only the second, so "Cytokines besides
 * IL-11 promote EMT" and "All cytokines but IL-11 promote EMT" were supported by IL-11's own finding.) `block` is the
 * block's text, `start` and `end` the sentence's bounds in it, `text` the sentence.
 */
export function excludedMembersIn(block: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase): ExcludedMembers | undefined {
  const text = block.slice(start, end);
  let excluded: ExcludedMembers | undefined;
  const add = (m: EntityMention, setApart: boolean): void => {
    if (!moleculeTypes.has(kb.entities.get(m.entityId)?.type ?? '')) return;
    excluded ??= { ids: new Set(), starts: new Set() };
    excluded.ids.add(m.entityId);
    if (setApart) excluded.starts.add(m.start);
  };
  for (const m of excludedPlaces(text, start, mentions)) add(m, false);
  if (setApartWords.test(text)) {
    const tokens = tokenize(block, start, end, mentions);
    for (let i = 0; i < tokens.length; i++) if (tokens[i].mention && setApartAt(tokens, i)) add(tokens[i].mention!, true);
  }
  return excluded;
}

/** The excluded molecules: their entity ids, and where the mentions set apart from a class start ("except X" is read
 *  apart, as a claim denied of X, and keeps its reading). */
export interface ExcludedMembers {
  ids: Set<string>;
  starts: Set<number>;
}

/** A literal gate for setApartAt's words (most sentences hold none). */
const setApartWords = /\b(?:than|apart|aside|besides|excluding|but)\b/i;

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
export function withoutExcludedMember(claim: ExtractedClaim, verification: ClaimVerification, members: ExcludedMembers | undefined): ClaimVerification {
  if (!members) return verification;
  if (verification.verdict !== 'supported' && verification.verdict !== 'contradicted') return verification;
  // The very mention set apart read as the claim's subject or object ("All cytokines but IL-11 promote EMT" read as
  // "IL-11 promotes EMT": the reader's clauses break at "but"): the claim is the class's, and the name's findings are
  // no evidence for it (stop 51, h-deny51).
  if (members.starts.has(claim.subject.start) || members.starts.has(claim.object.start)) return { ...verification, verdict: 'unsupported', basis: 'no-evidence', evidence: [], nearest: verification.evidence, conflicting: [] };
  const excluded = members.ids;
  if (excluded.has(claim.subject.entityId) || excluded.has(claim.object.entityId)) return verification;
  if (!verification.evidence.some((f) => throughExcluded(f, claim, excluded))) return verification;
  const kept = verification.evidence.filter((f) => !throughExcluded(f, claim, excluded));
  if (kept.length > 0) return { ...verification, evidence: kept };
  return { ...verification, verdict: 'unsupported', basis: 'no-evidence', evidence: [], nearest: verification.evidence, conflicting: [] };
}
