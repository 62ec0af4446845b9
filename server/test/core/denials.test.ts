// Denials of a reported clause (claims/denials.ts): each rule's example is its test. The clause after "no evidence
// that" or "could not confirm that" is denied: its claim is negated, and against a reported effect contradicted.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { denialRules } from '../../src/core/claims/denials';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('denials', () => {
  for (const rule of denialRules) {
    test(rule.example, () => {
      const sentence = onlySentence(rule.example, kb);
      assert.deepEqual(sentence.claims.map((c) => formatClaim(c.claim)), [rule.denied]);
      assert.equal(sentence.verdict, 'contradicted');
    });
  }

  test('the clause without the denial stays the claim the library reports', () => {
    assert.equal(onlySentence('We saw evidence that IL-6 raises IGF-1 in HCC cells.', kb).verdict, 'supported');
  });
});
