// Measures the claim checker on labelled sentences: verdict (and basis), evidence papers and citation issues.
// Shared by `npm run eval` and the regression tests.
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { missStage } from './missStage';

export interface LabelledRow {
  id: string;
  text: string;
  label: 'supported' | 'contradicted' | 'unsupported' | 'out-of-scope';
  basis?: 'other-context' | 'no-evidence';
  /** Paper keys, or capture file names of the bundled library (shared/seeds). */
  evidence: string[];
  citationIssue?: string;
  tags?: string[];
}

export interface RowResult {
  row: LabelledRow;
  verdict: string;
  basis: string | null;
  evidence: string[];
  expectedEvidence: string[];
  citationIssue: string | null;
  verdictRight: boolean;
  basisRight: boolean;
  evidenceRight: boolean;
  citationRight: boolean;
  /** The reader's reason for treating the sentence as a non-claim (an aim, a method), when it does. */
  nonClaim?: string;
  /** Where the answer was decided (missStage.ts): recognition, reading, or the verification of the main claim. */
  stage: string;
}

export const labels = ['supported', 'contradicted', 'unsupported', 'out-of-scope'] as const;

/**
 * The real-prose format of shared/eval/real (`sentence`, upper-case labels, `label_sentence_only`) as a
 * LabelledRow. A checker that sees one sentence is scored on `label_sentence_only`.
 */
export function toLabelledRow(raw: Record<string, unknown>): LabelledRow {
  if (typeof raw.text === 'string') return raw as unknown as LabelledRow;
  const label = String(raw.label_sentence_only ?? raw.label ?? '').toUpperCase();
  const mapped: Record<string, Pick<LabelledRow, 'label' | 'basis'>> = {
    SUPPORTED: { label: 'supported' },
    CONTRADICTED: { label: 'contradicted' },
    CONTEXT_MISMATCH: { label: 'unsupported', basis: 'other-context' },
    UNSUPPORTED: { label: 'unsupported', basis: 'no-evidence' },
    OUT_OF_SCOPE: { label: 'out-of-scope' },
  };
  const verdict = mapped[label];
  if (!verdict) throw new Error(`row ${String(raw.id)}: unknown label ${label}`);
  return {
    id: String(raw.id),
    text: String(raw.sentence ?? ''),
    ...verdict,
    evidence: Array.isArray(raw.evidence) ? raw.evidence.map((e) => String(e).split('/')[0]) : [],
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
  };
}

/** The dev file's citation placeholder names the HCC paper of capture 003 without knowing its key. */
export function resolvePlaceholders(text: string, kb: KnowledgeBase): string {
  return text.replace(/@CITED-HCC-PAPER/g, () => `@${paperForSource(kb, '003') ?? 'CITED-HCC-PAPER'}`);
}

function paperForSource(kb: KnowledgeBase, prefix: string): string | undefined {
  return [...kb.papers.values()].find((p) => p.source?.startsWith(prefix))?.key;
}

function toKey(kb: KnowledgeBase, evidence: string): string {
  if (kb.papers.has(evidence)) return evidence;
  return [...kb.papers.values()].find((p) => p.source === evidence)?.key ?? evidence;
}

/** "cited paper does not report the claim" (the dev file's wording) is our "mismatch". */
function normalizeIssue(issue: string | undefined): string | null {
  if (!issue) return null;
  if (/not (report|support)|mismatch/i.test(issue)) return 'mismatch';
  if (/undefined|unknown/i.test(issue)) return 'undefined';
  if (/missing/i.test(issue)) return 'missing';
  return issue;
}

export function evaluateRow(row: LabelledRow, kb: KnowledgeBase): RowResult {
  const analysis = analyzeDocument('markdown', resolvePlaceholders(row.text, kb), kb);
  // A labelled row is one sentence; should the splitter find more, the most severe one speaks for the row.
  const order = ['out-of-scope', 'supported', 'unsupported', 'contradicted'];
  const sentence = [...analysis.sentences].sort((a, b) => order.indexOf(b.verdict) - order.indexOf(a.verdict))[0];
  const verdict = sentence?.verdict ?? 'out-of-scope';
  const basis = sentence?.basis ?? null;
  const evidence = sentence
    ? [...new Set(sentence.claims.filter((c) => c.verification.verdict === verdict).flatMap((c) => c.verification.evidence.map((f) => f.evidence.paper)))].sort()
    : [];
  const expectedEvidence = [...new Set(row.evidence.map((e) => toKey(kb, e)))].sort();
  const expectedIssue = normalizeIssue(row.citationIssue);
  const citationIssue = sentence?.citationCheck.issue ?? null;
  return {
    row,
    verdict,
    basis,
    evidence,
    expectedEvidence,
    citationIssue,
    verdictRight: verdict === row.label,
    basisRight: verdict === row.label && (row.label !== 'unsupported' || basis === (row.basis ?? null)),
    evidenceRight: evidence.join(',') === expectedEvidence.join(','),
    // Rows without a labelled issue do not test citations ("missing" is implied for every uncited supported row).
    citationRight: expectedIssue === null || citationIssue === expectedIssue,
    nonClaim: sentence?.nonClaim,
    stage: missStage(sentence, expectedEvidence, kb),
  };
}

export interface Scores {
  rows: number;
  confusion: Record<string, Record<string, number>>;
  perLabel: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  macroF1: number;
  accuracy: number;
  basisAccuracy: number;
  evidenceAccuracy: number;
  citationAccuracy: number;
}

export function score(results: readonly RowResult[], classOf: (r: RowResult, side: 'expected' | 'predicted') => string = verdictClass): Scores {
  const classes = [...new Set(results.flatMap((r) => [classOf(r, 'expected'), classOf(r, 'predicted')]))].sort(
    (a, b) => classOrder(a) - classOrder(b),
  );
  const confusion: Scores['confusion'] = {};
  for (const expected of classes) confusion[expected] = Object.fromEntries(classes.map((c) => [c, 0]));
  for (const r of results) confusion[classOf(r, 'expected')][classOf(r, 'predicted')]++;
  const perLabel: Scores['perLabel'] = {};
  for (const c of classes) {
    const tp = confusion[c][c];
    const predicted = classes.reduce((n, e) => n + confusion[e][c], 0);
    const support = classes.reduce((n, p) => n + confusion[c][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    perLabel[c] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  }
  const present = classes.filter((c) => perLabel[c].support > 0);
  const n = results.length || 1;
  return {
    rows: results.length,
    confusion,
    perLabel,
    macroF1: present.reduce((s, c) => s + perLabel[c].f1, 0) / (present.length || 1),
    accuracy: results.filter((r) => r.verdictRight).length / n,
    basisAccuracy: results.filter((r) => r.basisRight).length / n,
    evidenceAccuracy: results.filter((r) => r.evidenceRight).length / n,
    citationAccuracy: results.filter((r) => r.citationRight).length / n,
  };
}

export function verdictClass(r: RowResult, side: 'expected' | 'predicted'): string {
  return side === 'expected' ? r.row.label : r.verdict;
}

/** Verdict and basis together: "unsupported/other-context". */
export function verdictBasisClass(r: RowResult, side: 'expected' | 'predicted'): string {
  const verdict = side === 'expected' ? r.row.label : r.verdict;
  const basis = side === 'expected' ? r.row.basis : r.basis;
  return verdict === 'unsupported' ? `unsupported/${basis ?? '?'}` : verdict;
}

function classOrder(c: string): number {
  const index = ['supported', 'contradicted', 'unsupported', 'unsupported/other-context', 'unsupported/no-evidence', 'out-of-scope'].indexOf(c);
  return index < 0 ? 99 : index;
}
