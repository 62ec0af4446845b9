// Issue 7, stop 36: negation and denial wordings around contradicted claims, by class, in sentences of our own.
// (1) Adverbs of scarcity before the verb ("rarely", "seldom", "hardly", "scarcely", "barely") deny the effect
//     (claims/subjects.ts scarcityAdverbs); before, the claim was read as asserted and called supported.
// (2) "X is dispensable for Y", "X is not required for Y", "X is unnecessary for Y" say that X has no effect on Y:
//     against a reported effect that is contradicted (the labelling guideline: a reported "no effect" against a
//     claimed effect, and a negated claim against a reported effect). Kept as it was.
// (3) A denial of the opposite ("X failed to lower Y", "it is unlikely that X reduces Y", "loss of X did not raise
//     Y") asserts no direction: a finding that X raises Y neither backs nor denies it, so no evidence
//     (verify/effects.ts compareNegated); before, it was called supported.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, sentencesOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

interface Row { text: string; reads: string; verdict: string }

function check(rows: readonly Row[]): void {
  for (const row of rows) {
    const [sentence] = sentencesOf(row.text, kb);
    const claims = sentence.claims.map((c) => formatClaim(c.claim));
    assert.ok(claims.includes(row.reads), `${row.text}\n${JSON.stringify(claims)}`);
    assert.equal(sentence.verdict, row.verdict, `${row.text}\n${JSON.stringify(claims)}`);
  }
}

suite('negation and denial wordings', () => {
  test('(1) an adverb of scarcity before the verb denies the effect', () => {
    check([
      { text: 'IL-6 seldom activates STAT3.', reads: 'NOT IL6 activates STAT3', verdict: 'contradicted' },
      { text: 'In liver tumour cells, IL-6 rarely induced the phosphorylation of STAT3.', reads: 'NOT IL6 induces STAT3 [ctx LIVER_CANCER]', verdict: 'contradicted' },
      { text: 'IL-11 hardly raised MMP-13 expression.', reads: 'NOT IL11 increases MMP13', verdict: 'contradicted' },
      { text: 'IL-11 scarcely up-regulates MMP-13.', reads: 'NOT IL11 upregulates MMP13', verdict: 'contradicted' },
    ]);
  });
  test('(1) before a participle of involvement: no effect, denied once only (claims/roleScale.ts)', () => {
    check([
      { text: 'IL-11 was scarcely implicated in the invasion of tumour cells.', reads: 'IL11 no-effect CELL_INVASION [ctx CANCER]', verdict: 'contradicted' },
      { text: 'Hypoxia is hardly involved in EMT.', reads: 'HYPOXIA no-effect EMT', verdict: 'contradicted' },
    ]);
  });
  test('(1) the same adverbs elsewhere deny nothing of the claim', () => {
    check([
      { text: 'IL-6 strongly activates STAT3.', reads: 'IL6 activates STAT3', verdict: 'supported' },
      { text: 'IL-6 activates STAT3, a response that is rarely lost.', reads: 'IL6 activates STAT3', verdict: 'supported' },
      { text: 'IL-6, which seldom acts alone, activates STAT3.', reads: 'IL6 activates STAT3', verdict: 'supported' },
      { text: 'Barely detectable in normal liver, IL-6 activates STAT3 in tumour cells.', reads: 'IL6 activates STAT3 [ctx CANCER]', verdict: 'supported' },
    ]);
  });
  test('(2) dispensable, not required, unnecessary: no effect, contradicted by a reported effect', () => {
    check([
      { text: 'IL-6 is dispensable for STAT3 activation.', reads: 'IL6 no-effect STAT3', verdict: 'contradicted' },
      { text: 'IL-11 was not required for the expression of MMP-13.', reads: 'NOT IL11 promotes MMP13', verdict: 'contradicted' },
      { text: 'In hepatoma cells IL-6 proved unnecessary for sorafenib resistance.', reads: 'IL6 no-effect SORAFENIB_RESISTANCE [ctx HCC]', verdict: 'contradicted' },
    ]);
  });
  test('(3) a denial of the opposite is no evidence, neither supported nor contradicted', () => {
    check([
      { text: 'IL-11 failed to suppress MMP-13 expression.', reads: 'NOT IL11 suppresses MMP13', verdict: 'unsupported' },
      { text: 'We found little evidence that IL-11 lowers MMP-13 levels.', reads: 'NOT IL11 decreases MMP13', verdict: 'unsupported' },
      { text: 'IL-6 is unlikely to reduce STAT3 activation.', reads: 'NOT IL6 decreases STAT3', verdict: 'unsupported' },
      { text: 'Silencing of IL-11 did not increase MMP-13 levels.', reads: 'NOT IL11 decreases MMP13', verdict: 'unsupported' },
      { text: 'IL-6 treatment did not diminish sorafenib resistance in HCC.', reads: 'NOT IL6 decreases SORAFENIB_RESISTANCE [ctx HCC]', verdict: 'unsupported' },
    ]);
  });
  test('(3) the denial of the same direction stays contradicted', () => {
    check([
      { text: 'IL-11 failed to induce MMP-13 expression.', reads: 'NOT IL11 induces MMP13', verdict: 'contradicted' },
      { text: 'IL-6 did not activate STAT3.', reads: 'NOT IL6 activates STAT3', verdict: 'contradicted' },
    ]);
  });
});
