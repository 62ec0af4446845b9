// Side clauses (claims/sideClauses.ts): each rule's example is its test. The sentence's verdict follows the claim
// of its main clause, not a backed aside in a concessive clause or a relative clause; the aside keeps its own
// verdict. Without the rule the first claim read, the aside's, gave the sentence its "supported".
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { sideClauseRules } from '../../src/core/claims/sideClauses';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('side clauses', () => {
  for (const rule of sideClauseRules) {
    test(`${rule.name}: "${rule.example}"`, () => {
      const sentence = onlySentence(rule.example, kb);
      const main = sentence.claims[sentence.mainClaim ?? -1];
      assert.equal(main && formatClaim(main.claim), rule.main);
      // The aside (or the purpose clause's word misread as an actor) keeps a verdict of its own, which the sentence
      // no longer takes: a backed aside beside an unbacked main claim, or an unbacked misreading beside a backed one.
      assert.ok(sentence.claims.some((c) => c !== main && c.verification.verdict !== main.verification.verdict), 'the aside is read with a verdict of its own');
      assert.equal(sentence.verdict, main.verification.verdict);
    });
  }

  test('a participle phrase after the opening clause\'s comma still belongs to it', () => {
    const sentence = onlySentence('Because IL-11 raises MMP-13 in OSCC cells, driving metastasis, MMP-13 lowered ATF4 expression.', kb);
    assert.equal(formatClaim(sentence.claims[sentence.mainClaim ?? -1].claim), 'MMP13 decreases ATF4 [ctx OSCC]');
  });

  test('an opening purpose clause: its process is no actor of the main verb', () => {
    // "pro-invasive" read as invasion acting on STAT3 came first and, unbacked, gave the sentence its verdict.
    const sentence = onlySentence('To pass on pro-invasive signalling, IL-6 activates STAT3 in HCC cells.', kb);
    assert.equal(formatClaim(sentence.claims[sentence.mainClaim ?? -1].claim), 'IL6 activates STAT3 [ctx HCC]');
    assert.equal(sentence.verdict, 'supported');
    // "To date," names no purpose; a claim there is the main clause's as before.
    assert.equal(onlySentence('To date, IL-6 has been found to activate STAT3 in HCC cells.', kb).verdict, 'supported');
  });

  test('a sentence whose claims all stand in a side clause keeps its verdict', () => {
    assert.equal(onlySentence('Although IL-11 raises MMP-13 in OSCC cells, the picture is more complex.', kb).verdict, 'supported');
  });
});
