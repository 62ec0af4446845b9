// Diagnostics as plain data: one per problem sentence (its verdict) and one per citation problem, with a
// stable code per kind, a message that names the evidence, related facts, and what the quick fixes need.
import type { AnalyzedSentence, DocumentAnalysis } from '../analysis/analyzeDocument';
import { citationMessage, describeFact, explainClaim } from '../analysis/explain';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Fact } from '../kb/schema';
import type { Settings, Severity } from '../settings';
import type { SourceSpan } from '../text/prose';

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
    const verdict = verdictDiagnostic(sentence, sentenceIndex, kb, settings);
    if (verdict) out.push(verdict);
    out.push(...citationDiagnostics(sentence, sentenceIndex, settings));
  });
  return out;
}

function verdictDiagnostic(sentence: AnalyzedSentence, sentenceIndex: number, kb: KnowledgeBase, settings: Settings): DiagnosticData | undefined {
  if (sentence.verdict !== 'contradicted' && sentence.verdict !== 'unsupported') return undefined;
  const worst = sentence.claims.find((c) => c.verification.verdict === sentence.verdict);
  if (!worst) return undefined;
  let code: DiagnosticCode = sentence.verdict === 'contradicted' ? 'contradicted' : sentence.basis === 'other-context' ? 'unsupported-other-context' : 'unsupported';
  let severity: Severity = code === 'contradicted' ? settings.severity.contradicted : code === 'unsupported' ? settings.severity.unsupported : settings.severity.otherContext;
  let message = explainClaim(worst.claim, worst.verification, kb);
  if (sentence.ownFinding) {
    // The writer's new result is not expected to be in the library; say what the library shows, quietly.
    code = 'own-finding';
    severity = settings.severity.ownFinding;
    message = `own finding (not checked): ${message}`;
  }
  if (severity === 'off') return undefined;
  const others = sentence.claims.filter((c) => c !== worst && (c.verification.verdict === 'contradicted' || c.verification.verdict === 'unsupported'));
  if (others.length > 0) message += ` (and ${others.length} more claim${others.length === 1 ? '' : 's'} in this sentence)`;
  const facts = [...worst.verification.evidence, ...worst.verification.nearest].slice(0, 5);
  return {
    span: sentence.span,
    severity,
    code,
    message,
    related: facts.map((fact) => ({ fact, message: `${fact.evidence.paper} (${fact.evidence.locator}): ${describeFact(fact, kb)}` })),
    sentenceIndex,
    keys: worst.verification.evidence.map((f) => f.evidence.paper),
  };
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
