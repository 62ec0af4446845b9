// The check report: the versioned JSON that the CLI prints with --format json, that the editor's report
// exports, and that tools may build on. Version 1 is stable: fields may be added, never renamed or removed.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Fact } from '../kb/schema';
import { LineIndex, type LineColumn } from '../util/lines';
import type { Verdict } from '../verify/verify';
import type { AnalyzedSentence, DocumentAnalysis } from './analyzeDocument';
import type { FindingKind } from '../settings';
import { citationMessage, explainClaim, noReadableClaimText } from './explain';

export interface ReportEvidence {
  paper: string;
  fact: string;
  locator: string;
  kind: 'finding' | 'background';
  statement: string;
}

export interface ReportClaim {
  subject: string;
  subjectId: string;
  relation: string;
  polarity: 'positive' | 'negative' | null;
  object: string;
  objectId: string;
  mediators: string[];
  context: string[];
  negated: boolean;
  hedged: boolean;
  verdict: Verdict;
  basis: 'other-context' | 'no-evidence' | null;
  evidence: ReportEvidence[];
  nearest: ReportEvidence[];
  message: string;
}

export interface ReportSentence {
  range: { start: LineColumn; end: LineColumn };
  text: string;
  verdict: Verdict;
  basis: 'other-context' | 'no-evidence' | null;
  ownFinding: boolean;
  hedged: boolean;
  citations: string[];
  citationIssue: 'missing' | 'mismatch' | 'undefined' | null;
  citationMessage: string | null;
  /** The verdict in words when no claim carries it: an unsupported sentence whose claim could not be read. */
  verdictMessage: string | null;
  suggestedCitations: string[];
  claims: ReportClaim[];
}

export interface ReportFile {
  path: string;
  sentences: ReportSentence[];
}

export type VerdictCounts = Record<Verdict, number>;

export interface Report {
  version: 1;
  files: ReportFile[];
  summary: VerdictCounts & {
    sentences: number;
    citationIssues: { missing: number; mismatch: number; undefined: number };
    ownFindings: number;
    /** Sentences a claimlens-disable directive switched off. */
    suppressed: number;
  };
}

/** Whether a sentence is worth listing: it has a claim or a citation problem. */
export function isReportable(sentence: AnalyzedSentence): boolean {
  return !sentence.suppressed && (sentence.claims.length > 0 || sentence.citationCheck.issue !== null || unreadClaim(sentence));
}

/**
 * Unsupported with no claim read (it names entities the library has findings on): it fails a CI run
 * (isFailing), so the report must list it and say why, as the editor's diagnostic does.
 */
/** An unsupported sentence none of whose claims is itself unsupported or contradicted (none read, or all outside
 * the library's scope while the sentence is on its topic): its message is the sentence's, not a claim's. */
function unreadClaim(sentence: AnalyzedSentence): boolean {
  return sentence.verdict === 'unsupported' && !sentence.claims.some((c) => c.verification.verdict === 'unsupported' || c.verification.verdict === 'contradicted');
}

/** Whether a sentence should fail a CI run: a contradicted or unsupported claim that is not the author's own. */
export function isFailing(sentence: { verdict: Verdict; ownFinding: boolean; suppressed?: boolean }): boolean {
  return !sentence.suppressed && !sentence.ownFinding && (sentence.verdict === 'contradicted' || sentence.verdict === 'unsupported');
}

export function reportFile(path: string, source: string, analysis: DocumentAnalysis, kb: KnowledgeBase): ReportFile {
  const lines = new LineIndex(source);
  const sentences = analysis.sentences.filter(isReportable).map((sentence) => reportSentence(sentence, lines, kb));
  return { path, sentences };
}

function reportSentence(sentence: AnalyzedSentence, lines: LineIndex, kb: KnowledgeBase): ReportSentence {
  return {
    range: { start: lines.positionAt(sentence.span.start), end: lines.positionAt(sentence.span.end) },
    text: sentence.text.replace(/\s+/g, ' '),
    verdict: sentence.verdict,
    basis: sentence.basis,
    ownFinding: sentence.ownFinding,
    hedged: sentence.hedged,
    citations: sentence.citedKeys,
    citationIssue: sentence.citationCheck.issue,
    citationMessage: citationMessage(sentence) ?? null,
    verdictMessage: unreadClaim(sentence) ? noReadableClaimText(sentence.mentions, sentence.citedKeys, kb) : null,
    suggestedCitations: sentence.citationCheck.supportingPapers,
    claims: sentence.claims.map(({ claim, verification }) => ({
      subject: kb.label(claim.subject.entityId),
      subjectId: claim.subject.entityId,
      relation: claim.relation,
      polarity: claim.polarity ?? null,
      object: kb.label(claim.object.entityId),
      objectId: claim.object.entityId,
      mediators: claim.mediators.map((m) => kb.label(m.entityId)),
      context: claim.context.map((m) => kb.label(m.entityId)),
      negated: claim.negated,
      hedged: claim.hedged,
      verdict: verification.verdict,
      basis: verification.basis,
      evidence: verification.evidence.map(evidenceOf),
      nearest: verification.nearest.map(evidenceOf),
      message: explainClaim(claim, verification, kb),
    })),
  };
}

function evidenceOf(fact: Fact): ReportEvidence {
  return { paper: fact.evidence.paper, fact: fact.id, locator: fact.evidence.locator, kind: fact.evidence.kind, statement: fact.statement };
}

export function buildReport(files: ReportFile[], analyses: readonly DocumentAnalysis[]): Report {
  const summary: Report['summary'] = {
    supported: 0, contradicted: 0, unsupported: 0, 'out-of-scope': 0, sentences: 0,
    citationIssues: { missing: 0, mismatch: 0, undefined: 0 }, ownFindings: 0, suppressed: 0,
  };
  for (const analysis of analyses) {
    for (const sentence of analysis.sentences) {
      summary.sentences++;
      if (sentence.suppressed) {
        summary.suppressed++;
        continue;
      }
      summary[sentence.verdict]++;
      if (sentence.ownFinding && sentence.claims.length > 0) summary.ownFindings++;
      if (sentence.citationCheck.issue) summary.citationIssues[sentence.citationCheck.issue]++;
    }
  }
  return { version: 1, files, summary };
}

/** The sentence's main message: the explanation of its most severe claim. */
export function sentenceMessage(sentence: ReportSentence): string {
  const worst = sentence.claims.find((c) => c.verdict === sentence.verdict);
  return worst?.message ?? sentence.verdictMessage ?? sentence.claims[0]?.message ?? sentence.citationMessage ?? '';
}

/** Evidence keys of the claims that carry the sentence's verdict. */
export function sentenceEvidenceKeys(sentence: ReportSentence): string[] {
  const keys = sentence.claims.filter((c) => c.verdict === sentence.verdict).flatMap((c) => c.evidence.map((e) => e.paper));
  return [...new Set(keys)];
}

/** The kind of the sentence's verdict finding (its diagnostic code), or undefined when the verdict is not a problem. */
export function verdictKind(sentence: ReportSentence): FindingKind | undefined {
  if (sentence.verdict !== 'contradicted' && sentence.verdict !== 'unsupported') return undefined;
  if (sentence.ownFinding) return 'own-finding';
  if (sentence.verdict === 'contradicted') return 'contradicted';
  return sentence.basis === 'other-context' ? 'unsupported-other-context' : 'unsupported';
}

/** The kind of the sentence's citation finding, or undefined. */
export function citationKind(sentence: ReportSentence): FindingKind | undefined {
  switch (sentence.citationIssue) {
    case 'missing':
      return sentence.ownFinding ? undefined : 'missing-citation';
    case 'mismatch':
      return 'citation-mismatch';
    case 'undefined':
      return 'undefined-citation';
    default:
      return undefined;
  }
}
