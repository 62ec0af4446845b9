// The own-finding hint in the hover. An own finding ("Here we show…") that the library does not back is a
// hint-level diagnostic, and VS Code draws a hint as three dots under the first two characters only, so its
// message shows only to a mouse on those two characters. Hovering anywhere in the sentence shows it here.
import type { DocumentAnalysis } from '../analysis/analyzeDocument';
import { detailOf, explainClaim, summaryOf } from '../analysis/explain';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { toSourceOffset, type ProseBlock, type SourceSpan } from '../text/prose';
import { escapeMarkdown } from '../util/markdown';

export function ownFindingNote(analysis: DocumentAnalysis, offset: number, kb: KnowledgeBase): { span: SourceSpan; markdown: string } | undefined {
  const sentence = analysis.sentences.find((s) => spanHolds(s.block, s.start, s.end, offset));
  if (!sentence || sentence.suppressed || !sentence.ownFinding) return undefined;
  if (sentence.verdict !== 'contradicted' && sentence.verdict !== 'unsupported') return undefined;
  const worst = sentence.claims.find((c) => c.verification.verdict === sentence.verdict);
  if (!worst) return undefined;
  const message = explainClaim(worst.claim, worst.verification, kb);
  const detail = detailOf(message);
  const markdown = `**Own finding** (not checked against the library): ${escapeMarkdown(summaryOf(message))}${detail ? `\n\n${escapeMarkdown(detail)}` : ''}`;
  return { span: sentence.span, markdown };
}

/**
 * Whether the source span of a block's plain range [start, end) (toSourceSpan's) holds `offset`, without
 * making the span: every hover asks this of every sentence of the document, and a span object each was
 * three quarters of what a hover allocated (a 9k-word draft: 24 of 32 MB over 774 hovers).
 */
function spanHolds(block: ProseBlock, start: number, end: number, offset: number): boolean {
  return end > start && toSourceOffset(block, start) <= offset && offset < toSourceOffset(block, end - 1) + 1;
}
