// Claims the writer ignores in the workspace (claimlens.ignoredClaims, as LTeX's hidden false positives):
// their verdict diagnostics are dropped wherever the same claim appears, in any wording the reader maps to it.
// Citation problems of the sentence stay: an ignored claim may still cite an unknown key.
import type { DocumentAnalysis } from '../analysis/analyzeDocument';
import { claimName } from '../analysis/explain';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Settings } from '../settings';
import type { DiagnosticCode, DiagnosticData } from './diagnostics';

const verdictCodes: ReadonlySet<DiagnosticCode> = new Set(['contradicted', 'unsupported', 'unsupported-other-context', 'own-finding']);

/** Case and spacing do not matter in the setting, which people also edit by hand. */
export function normalizeClaimName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The name of the claim a verdict diagnostic is about (the one its message explains), or undefined. */
export function ignorableClaim(diagnostic: DiagnosticData, _analysis: DocumentAnalysis | undefined, kb: KnowledgeBase): string | undefined {
  if (!verdictCodes.has(diagnostic.code)) return undefined;
  const sentence = diagnostic.sentence;
  const worst = sentence.claims.find((c) => c.verification.verdict === sentence.verdict);
  return worst ? claimName(worst.claim, kb) : undefined;
}

export function withoutIgnoredClaims(diagnostics: DiagnosticData[], analysis: DocumentAnalysis, kb: KnowledgeBase, settings: Settings): DiagnosticData[] {
  if (settings.ignoredClaims.length === 0) return diagnostics;
  const ignored = new Set(settings.ignoredClaims.map(normalizeClaimName));
  return diagnostics.filter((d) => {
    const name = ignorableClaim(d, analysis, kb);
    return name === undefined || !ignored.has(normalizeClaimName(name));
  });
}

/**
 * One block's diagnostics without the ignored claims, the same array object for the same block diagnostics
 * and settings (see ClaimLensService.blockDiagnostics).
 */
export function blockWithoutIgnoredClaims(diagnostics: readonly DiagnosticData[], kb: KnowledgeBase, settings: Settings): readonly DiagnosticData[] {
  const known = filtered.get(diagnostics);
  if (known && known.kb === kb && known.settings === settings) return known.diagnostics;
  const ignored = new Set(settings.ignoredClaims.map(normalizeClaimName));
  const kept = diagnostics.filter((d) => {
    const name = ignorableClaim(d, undefined, kb);
    return name === undefined || !ignored.has(normalizeClaimName(name));
  });
  const result = kept.length === diagnostics.length ? diagnostics : kept;
  filtered.set(diagnostics, { kb, settings, diagnostics: result });
  return result;
}

const filtered = new WeakMap<readonly DiagnosticData[], { kb: KnowledgeBase; settings: Settings; diagnostics: readonly DiagnosticData[] }>();
