// Where in the pipeline a sentence's answer was decided: the stage a wrong row stopped at. Counted by
// `npm run eval -- --stages`, which prints counts only, so a held-out set can say *where* its errors come from
// (recognition, reading, knowledge) without anyone reading its sentences.
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import type { SentenceResult } from '../src/core/analysis/analyzeBlock';
import { actorsWithFindings, processActsAsSubject } from '../src/core/verify/scope';

/**
 * The stage, from earliest to latest:
 * - `non-claim (<kind>)`: the sentence was judged an aim, a method, a title...
 * - `no actor with findings`: recognition found nothing the library has findings on that could act;
 * - `actor, no claim read`: such an entity was named but the reader read no claim;
 * - `claims read, all outside the library`: every claim read is about entities the library cannot speak to;
 * - `main claim <verdict>, expected paper near|not near`: a claim was verified; "near" when a fact of a paper
 *   the label names was the evidence or nearest fact (relation, direction or context disagreed), "not near"
 *   when it was not (the reader read another pair, or the library lacks the finding).
 */
export function missStage(sentence: SentenceResult | undefined, expectedPapers: readonly string[], kb: KnowledgeBase): string {
  if (!sentence) return 'no sentence';
  if (sentence.nonClaim) return `non-claim (${sentence.nonClaim})`;
  const inScope = sentence.claims.filter((c) => c.verification.verdict !== 'out-of-scope');
  if (sentence.claims.length === 0) {
    return actorsWithFindings(sentence.mentions.map((m) => m.entityId), kb).length === 0 && !processActsAsSubject(sentence.text, sentence.start, sentence.mentions, kb) ? 'no actor with findings' : 'actor, no claim read';
  }
  if (inScope.length === 0) return 'claims read, all outside the library';
  const main = sentence.claims[sentence.mainClaim ?? sentence.claims.indexOf(inScope[0])] ?? inScope[0];
  const v = main.verification;
  const papers = new Set([...v.evidence, ...v.nearest, ...v.conflicting].map((f) => f.evidence.paper));
  const near = expectedPapers.length > 0 && expectedPapers.some((p) => papers.has(p));
  return `main claim ${v.verdict}${v.basis ? `/${v.basis}` : ''}, expected paper ${near ? 'near' : 'not near'}`;
}
