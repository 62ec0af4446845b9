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

  // Issue 7, stop 33: the matrix clause's claim is the main one. Each construction in three surface forms (another
  // relative word, subject, verb, tense), then near misses: a backed side claim never makes an unbacked main one supported.
  const mainOf = (text: string): { main: string; verdict: string } => {
    const sentence = onlySentence(text, kb);
    const main = sentence.claims[sentence.mainClaim ?? -1];
    return { main: main ? formatClaim(main.claim) : '', verdict: sentence.verdict };
  };

  test('a relative clause whose verbs run on past a comma ends where the main verb resumes', () => {
    // "where X ..." holds its own subject; "which ..." and "whose ..." take the antecedent's.
    assert.deepEqual(mainOf('Canonical signalling, where IL-6 binds gp130, recruits JAK1 and lowers ATF4, has been shown to activate STAT3 in HCC cells.'), { main: 'IL6 activates STAT3 [ctx HCC]', verdict: 'supported' });
    assert.deepEqual(mainOf('This axis, where hypoxia blocks ATF4, represses ATF3 and stabilises HIF-1α, is able to raise IL-11 secretion in MDA-MB-231 cells.'), { main: 'HYPOXIA increases IL11 [ctx MDA_MB_231]', verdict: 'supported' });
    assert.deepEqual(mainOf('In OSCC cells IL-11, whose receptor pairs with gp130, lowers ATF4 and recruits JAK2, was seen to raise MMP-13 expression.'), { main: 'IL11 increases MMP13 [ctx OSCC]', verdict: 'supported' });
  });

  test('a backed relative clause never lends its support to an unbacked main clause', () => {
    assert.notEqual(mainOf('IL-6, which activates STAT3 in HCC cells, binds gp130 and recruits JAK1, is needed to lower ATF4.').verdict, 'supported');
    assert.notEqual(mainOf('IL-11, which raises MMP-13 in OSCC cells, binds gp130 and recruits JAK2, was found to lower ATF3 there.').verdict, 'supported');
    // The main clause against a finding is contradicted, whatever the relative clause says.
    assert.deepEqual(mainOf('IL-6, which lowers ATF4, binds gp130 and recruits JAK1, was found to inhibit STAT3 in HCC cells.'), { main: 'IL6 inhibits STAT3 [ctx HCC]', verdict: 'contradicted' });
  });

  test('a background clause before the new finding is a side remark', () => {
    assert.deepEqual(mainOf('IL-11 is known to raise MMP-13 in OSCC cells, and here we show that MMP-13 lowers ATF4 there.'), { main: 'MMP13 decreases ATF4 [ctx OSCC]', verdict: 'unsupported' });
    assert.deepEqual(mainOf('Hypoxia has been reported to raise IL-11 in MDA-MB-231 cells; in this study we find that IL-11 lowers ATF3 in these cells.'), { main: 'IL11 decreases ATF3 [ctx MDA_MB_231]', verdict: 'unsupported' });
    assert.deepEqual(mainOf('Previous studies showed that IL-6 activates STAT3 in HCC cells, but here we report that STAT3 lowers ATF4.'), { main: 'STAT3 decreases ATF4 [ctx HCC]', verdict: 'unsupported' });
    // An unbacked background beside a backed new finding leaves it supported; a reversed finding is contradicted.
    assert.equal(mainOf('ATF4 is thought to bind ATF3, and here we show that IL-6 activates STAT3 in HCC cells.').verdict, 'supported');
    assert.equal(mainOf('IL-6 is known to activate STAT3 in HCC cells, and here we show that it lowers STAT3 in these cells.').verdict, 'contradicted');
  });

  test('without a marker of the new work, what is known is the claim itself', () => {
    // "X is known to do A and B": one claim with two objects, no background clause.
    // (Stop 39: not with a second predicate of the opposite direction, "and to lower ATF4": the unbacked half of such a
    // switch speaks for the sentence, analysis/unbackedPartners.ts.)
    assert.equal(mainOf('IL-11 is known to raise MMP-13 and to activate AP-1 in OSCC cells.').main, 'IL11 increases MMP13 [ctx OSCC]');
  });

  test('a sentence whose claims all stand in a side clause keeps its verdict', () => {
    assert.equal(onlySentence('Although IL-11 raises MMP-13 in OSCC cells, the picture is more complex.', kb).verdict, 'supported');
  });
});
