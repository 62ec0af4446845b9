// Diagnostics as plain data: one per contradicted or unsupported claim, on the claim's own words (a sentence
// with two problem claims gets two), one for a sentence that names the library's entities without a readable
// claim, and one per citation problem; each with a stable code per kind, a message that names the evidence,
// related facts, and what the quick fixes need.
import type { AnalyzedSentence, DocumentAnalysis } from '../analysis/analyzeDocument';
import { citationMessage, describeFact, explainClaim } from '../analysis/explain';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Fact } from '../kb/schema';
import type { Settings, Severity } from '../settings';
import { toSourceSpan, type SourceSpan } from '../text/prose';
import type { ClaimResult } from '../analysis/analyzeBlock';

export type DiagnosticCode =
  | 'contradicted'
  | 'unsupported'
  | 'unsupported-other-context'
  | 'own-finding'
  | 'missing-citation'
  | 'citation-mismatch'
  | 'undefined-citation';

export interface DiagnosticData {
  span: SourceSpan;
  severity: Exclude<Severity, 'off'>;
  code: DiagnosticCode;
  message: string;
  /** The facts behind the message, for related information that links to the library. */
  related: { fact: Fact; message: string }[];
  /** What code actions need: the sentence and the keys involved. */
  sentenceIndex: number;
  keys: string[];
}

export function computeDiagnostics(analysis: DocumentAnalysis, kb: KnowledgeBase, settings: Settings): DiagnosticData[] {
  const out: DiagnosticData[] = [];
  analysis.sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.suppressed) return;
    out.push(...verdictDiagnostics(sentence, sentenceIndex, kb, settings));
    out.push(...citationDiagnostics(sentence, sentenceIndex, settings));
  });
  return out;
}

function verdictDiagnostics(sentence: AnalyzedSentence, sentenceIndex: number, kb: KnowledgeBase, settings: Settings): DiagnosticData[] {
  if (sentence.nonClaim) return [];
  const problems = sentence.claims.filter((c) => c.verification.verdict === 'contradicted' || c.verification.verdict === 'unsupported');
  if (problems.length === 0) {
    if (sentence.verdict !== 'unsupported') return [];
    // Entities the library has findings on, but no claim the reader could check: say so, never stay silent.
    const diagnostic = claimDiagnostic(sentence, sentenceIndex, undefined, kb, settings);
    return diagnostic ? [diagnostic] : [];
  }
  return problems.flatMap((claim) => claimDiagnostic(sentence, sentenceIndex, claim, kb, settings) ?? []);
}

function claimDiagnostic(sentence: AnalyzedSentence, sentenceIndex: number, claim: ClaimResult | undefined, kb: KnowledgeBase, settings: Settings): DiagnosticData | undefined {
  const verdict = claim?.verification.verdict ?? sentence.verdict;
  const basis = claim ? claim.verification.basis : sentence.basis;
  let code: DiagnosticCode = verdict === 'contradicted' ? 'contradicted' : basis === 'other-context' ? 'unsupported-other-context' : 'unsupported';
  let severity: Severity = code === 'contradicted' ? settings.severity.contradicted : code === 'unsupported' ? settings.severity.unsupported : settings.severity.otherContext;
  let message = claim ? explainClaim(claim.claim, claim.verification, kb) : noReadableClaimMessage(sentence, kb);
  if (sentence.ownFinding) {
    // The writer's new result is not expected to be in the library; say what the library shows, quietly.
    code = 'own-finding';
    severity = settings.severity.ownFinding;
    message = `own finding (not checked): ${message}`;
  }
  if (severity === 'off') return undefined;
  const facts = claim ? [...claim.verification.evidence, ...claim.verification.nearest].slice(0, 5) : [];
  // The claim's own words; a claim without a usable span (or the no-claim case) marks the sentence.
  const span = claim && claim.claim.end > claim.claim.start ? toSourceSpan(sentence.block, ...claimWords(claim, sentence)) : sentence.span;
  return {
    span,
    severity,
    code,
    message,
    related: facts.map((fact) => ({ fact, message: `${fact.evidence.paper} (${fact.evidence.locator}): ${describeFact(fact, kb)}` })),
    sentenceIndex,
    keys: claim ? claim.verification.evidence.map((f) => f.evidence.paper) : [],
  };
}

/**
 * The claim's words: from its first to its last participant, with its context and route where they are named
 * after it ("... in OSCC"); a context the sentence named earlier, for an earlier claim, does not stretch it back.
 */
function claimWords(claim: ClaimResult, sentence: AnalyzedSentence): [number, number] {
  const c = claim.claim;
  const start = Math.min(c.start, c.subject.start, c.object.start);
  let end = Math.max(c.end, c.subject.end, c.object.end);
  for (const part of [...c.mediators, ...c.context]) {
    const later = sentence.mentions.find((m) => m.entityId === part.entityId && m.start >= start);
    if (later) end = Math.max(end, later.end);
  }
  return [start, end];
}

function noReadableClaimMessage(sentence: AnalyzedSentence, kb: KnowledgeBase): string {
  const named = [...new Set(sentence.mentions.map((m) => m.entityId))].filter((id) => kb.hasFindings(id)).map((id) => kb.label(id));
  return `unsupported: no claim could be read that the library backs; it has findings on ${named.join(', ')}`;
}

function citationDiagnostics(sentence: AnalyzedSentence, sentenceIndex: number, settings: Settings): DiagnosticData[] {
  const check = sentence.citationCheck;
  const message = citationMessage(sentence);
  if (!check.issue || !message) return [];
  const base = { related: [], sentenceIndex };
  if (check.issue === 'undefined') {
    const severity = settings.severity.undefinedCitation;
    if (severity === 'off') return [];
    // One diagnostic per unknown key, on the key itself.
    return sentence.citations.flatMap((marker) =>
      marker.keys.filter((k) => check.undefinedKeys.includes(k.key)).map((k) => ({
        ...base, span: k.span, severity, code: 'undefined-citation' as const, message: `unknown citation key ${k.key}: not in the library or any .bib file`, keys: [k.key],
      })),
    );
  }
  if (check.issue === 'mismatch') {
    const severity = settings.severity.citationMismatch;
    if (severity === 'off') return [];
    const span = sentence.citations.length > 0 ? { start: sentence.citations[0].span.start, end: sentence.citations[sentence.citations.length - 1].span.end } : sentence.span;
    return [{ ...base, span, severity, code: 'citation-mismatch', message, keys: check.supportingPapers }];
  }
  const severity = settings.severity.missingCitation;
  if (severity === 'off' || sentence.ownFinding) return [];
  return [{ ...base, span: sentence.span, severity, code: 'missing-citation', message, keys: check.supportingPapers }];
}
