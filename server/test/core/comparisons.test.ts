// Comparisons between rivals (claims/comparisons.ts): each example is its test. A finding that an agent raises a
// target backs the effect, not a ranking of the agent against another; a comparison with the effect's own
// baseline (normoxia, normal tissue) names no rival and changes nothing.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { baselineExamples, comparisonExamples } from '../../src/core/claims/comparisons';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('comparisons between rivals', () => {
  for (const { example, claim, rival } of comparisonExamples) {
    test(example, () => {
      const sentence = onlySentence(example, kb);
      const read = sentence.claims.find((c) => formatClaim(c.claim) === claim);
      assert.ok(read, `reads ${claim}`);
      assert.equal(read.claim.comparedWith?.entityId, rival);
      // The library backs the effect, so the ranking is what it cannot back.
      assert.equal(read.verification.verdict, 'unsupported');
      assert.equal(read.verification.reason, 'comparison-not-reported');
      assert.ok(read.verification.nearest.length > 0, 'the finding on the effect is the nearest fact');
      assert.equal(sentence.verdict, 'unsupported');
    });
  }

  test('the same effect without the ranking stays supported', () => {
    assert.equal(onlySentence('Sorafenib raised ATF3 expression in HCC cells.', kb).verdict, 'supported');
  });

  test('"rather than" and a quantity are no rivals', () => {
    assert.equal(onlySentence('Sorafenib raised ATF3 expression more than twofold in HCC cells.', kb).verdict, 'supported');
    assert.equal(onlySentence('IL-11, rather than IL-6, raised MMP-2 expression in MDA-MB-231 cells.', kb).claims.every((c) => !c.claim.comparedWith), true);
  });

  for (const { example, claim } of baselineExamples) {
    test(`the baseline is no context: ${example}`, () => {
      const sentence = onlySentence(example, kb);
      assert.deepEqual(sentence.claims.map((c) => formatClaim(c.claim)), [claim]);
      assert.equal(sentence.verdict, 'supported');
    });
  }

  test('a baseline of the effect is no rival', () => {
    const sentence = onlySentence('IL-11 raised MMP-2 expression in MDA-MB-231 cells more than in untreated cells.', kb);
    assert.ok(sentence.claims.every((c) => !c.claim.comparedWith));
  });
});
