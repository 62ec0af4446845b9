// Citation checks for one sentence: a supported claim should cite a paper that supports it, and every
// cited key should exist. The writer's own findings need no citation.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { ClaimVerification } from '../verify/verify';

export type CitationIssue = 'missing' | 'mismatch' | 'undefined';

export interface CitationCheck {
  issue: CitationIssue | null;
  /** Cited keys that neither the library nor a .bib defines. */
  undefinedKeys: string[];
  /** Papers that support the sentence's supported claims, best first: what to cite instead or in addition. */
  supportingPapers: string[];
}

export function checkCitations(
  verifications: readonly ClaimVerification[],
  citedKeys: readonly string[],
  kb: KnowledgeBase,
  ownFinding: boolean,
): CitationCheck {
  // Most sentences have neither (issue 11: thousands of them in one block); the answer is then always this.
  if (verifications.length === 0 && citedKeys.length === 0) return { issue: null, undefinedKeys: [], supportingPapers: [] };
  const undefinedKeys = [...new Set(citedKeys.filter((key) => !kb.papers.has(key)))];
  const supported = verifications.filter((v) => v.verdict === 'supported');
  const supportingPapers = rankPapers(supported.flatMap((v) => v.evidence.map((fact) => fact.evidence.paper)));
  if (undefinedKeys.length > 0) return { issue: 'undefined', undefinedKeys, supportingPapers };
  if (supported.length === 0 || ownFinding) return { issue: null, undefinedKeys, supportingPapers };
  if (citedKeys.length === 0) return { issue: 'missing', undefinedKeys, supportingPapers };
  // A cited paper the library holds no facts for (a .bib-only entry) may well support the claim: say nothing.
  if (citedKeys.some((key) => !kb.hasFactsFor(key))) return { issue: null, undefinedKeys, supportingPapers };
  const everyClaimCited = supported.every((v) => v.evidence.some((fact) => citedKeys.includes(fact.evidence.paper)));
  return { issue: everyClaimCited ? null : 'mismatch', undefinedKeys, supportingPapers };
}

/** Papers by how many supporting facts they contribute. */
function rankPapers(keys: string[]): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}
