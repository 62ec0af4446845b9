// Analysis of one block (a paragraph, heading, list item...): sentences, entities, claims, verdicts and
// citation checks, all in the block's plain-text offsets. Results depend only on the block's text, its
// citations, the document's abbreviations and the knowledge base, which is what makes them cacheable.
import { readSentence, type ExtractedClaim } from '../claims/extract';
import { checkCitations, type CitationCheck } from '../citations/check';
import type { DocumentAbbreviations, EntityMention } from '../entities/recognize';
import { recognizeEntities } from '../entities/recognize';
import { lexiconOf } from '../entities/lexicon';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { ProseBlock } from '../text/prose';
import { splitSentences } from '../text/sentences';
import { verifyClaim, type Basis, type ClaimVerification, type Verdict } from '../verify/verify';

export interface ClaimResult {
  claim: ExtractedClaim;
  verification: ClaimVerification;
}

export interface SentenceResult {
  /** Plain-text offsets in the block. */
  start: number;
  end: number;
  text: string;
  mentions: EntityMention[];
  claims: ClaimResult[];
  /**
   * Indices into the block's citations. Block results are cached by content and shared between documents
   * and versions, so they never hold source positions; the document analysis resolves these afresh.
   */
  citationIndices: number[];
  citedKeys: string[];
  verdict: Verdict;
  basis: Basis | null;
  hedged: boolean;
  ownFinding: boolean;
  citationCheck: CitationCheck;
}

export interface BlockResult {
  mentions: EntityMention[];
  sentences: SentenceResult[];
}

const severity: Record<Verdict, number> = { contradicted: 3, unsupported: 2, supported: 1, 'out-of-scope': 0 };

export function analyzeBlock(block: ProseBlock, kb: KnowledgeBase, abbreviations: DocumentAbbreviations): BlockResult {
  const mentions = recognizeEntities(block.text, lexiconOf(kb), abbreviations);
  const spans = splitSentences(block.text);
  const sentences: SentenceResult[] = [];
  let previousSubject: EntityMention | undefined;
  // Mentions and citations are handed to sentences by one sweep over each (both sorted by offset, sentences
  // in order) rather than by filtering all of them for every sentence, which is quadratic in a long block.
  const mentionOrder = byOffset(mentions, (m) => m.start);
  const citationOrder = byOffset(block.citations, (c) => c.plainOffset);
  let nextMention = 0;
  let nextCitation = 0;
  spans.forEach((span, index) => {
    const nextStart = spans[index + 1]?.start ?? Infinity;
    while (nextMention < mentionOrder.length && mentions[mentionOrder[nextMention]].start < span.start) nextMention++;
    const mentionIndices: number[] = [];
    for (let k = nextMention; k < mentionOrder.length && mentions[mentionOrder[k]].start < span.end; k++) {
      if (mentions[mentionOrder[k]].end <= span.end) mentionIndices.push(mentionOrder[k]);
    }
    const inSentence = mentionIndices.sort((a, b) => a - b).map((i) => mentions[i]);
    const reading = readSentence(block.text, span.start, span.end, inSentence, kb, previousSubject);
    previousSubject = reading.lastSubject;
    // A citation belongs to the sentence it follows, even when written after the full stop ("text.\cite{a}").
    const from = index === 0 ? 0 : span.start;
    while (nextCitation < citationOrder.length && block.citations[citationOrder[nextCitation]].plainOffset < from) nextCitation++;
    const citationIndices: number[] = [];
    for (let k = nextCitation; k < citationOrder.length && block.citations[citationOrder[k]].plainOffset < nextStart; k++) citationIndices.push(citationOrder[k]);
    citationIndices.sort((a, b) => a - b);
    const citedKeys = [...new Set(citationIndices.flatMap((i) => block.citations[i].keys.map((k) => k.key)))];
    const claims = reading.claims.map((claim) => ({ claim, verification: verifyClaim(toVerifiable(claim), kb) }));
    const worst = claims.reduce<ClaimResult | undefined>((acc, c) => (!acc || severity[c.verification.verdict] > severity[acc.verification.verdict] ? c : acc), undefined);
    const ownFinding = reading.ownFinding;
    sentences.push({
      start: span.start,
      end: span.end,
      text: block.text.slice(span.start, span.end),
      mentions: inSentence,
      claims,
      citationIndices,
      citedKeys,
      verdict: worst?.verification.verdict ?? 'out-of-scope',
      basis: worst?.verification.basis ?? null,
      hedged: reading.hedged,
      ownFinding,
      citationCheck: checkCitations(claims.map((c) => c.verification), citedKeys, kb, ownFinding),
    });
  });
  return { mentions, sentences };
}

/** Indices of `items` ordered by an offset (ties in their original order). */
function byOffset<T>(items: readonly T[], offset: (item: T) => number): number[] {
  return items.map((_, i) => i).sort((a, b) => offset(items[a]) - offset(items[b]) || a - b);
}

export function toVerifiable(claim: ExtractedClaim) {
  return {
    subject: claim.subject.entityId,
    relation: claim.relation,
    polarity: claim.polarity,
    object: claim.object.entityId,
    mediators: claim.mediators.map((m) => m.entityId),
    context: claim.context.map((m) => m.entityId),
    negated: claim.negated,
  };
}
