// Negations that deny less than the claim (language/chunks.ts deniesOnlyExclusiveness) and doubts that deny it
// (vocabulary.ts negations "unlikely", denials.ts "unlikely that"). "X is not the only driver of Y" says X drives Y
// among others: read as a denial it was a false contradiction. "X is unlikely to raise Y" doubts the claim: read as
// a hedge it was a hedged claim, and supported.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('negations of exclusiveness and doubts', () => {
  test('"not the only / sole / a single" asserts the claim', () => {
    for (const text of [
      'STAT3 is not the only promoter of cell invasion in tumours.',
      'In OSCC cells IL-11 is not the sole inducer of MMP-13.',
      'Hypoxia is unlikely to be the only trigger of IL-11 secretion in HepG2 cells.',
    ]) {
      const sentence = onlySentence(text, kb);
      assert.ok(sentence.claims.length > 0 && sentence.claims.every((c) => !c.claim.negated), `${text}: ${sentence.claims.map((c) => formatClaim(c.claim)).join('; ')}`);
      assert.equal(sentence.verdict, 'supported', text);
    }
  });

  test('a plain denial is still a denial', () => {
    assert.equal(onlySentence('STAT3 is not a promoter of cell invasion in tumours.', kb).verdict, 'contradicted');
    assert.equal(onlySentence('IL-11 was found not to be required for the invasion of hypoxic MDA-MB-231 cells.', kb).verdict, 'contradicted');
  });

  test('"unlikely to" and "unlikely that" doubt the claim', () => {
    for (const text of [
      'IL-11 is unlikely to raise MMP-13 in OSCC cells.',
      'It seems unlikely that sorafenib induces ATF3 in HCC cells.',
      'We consider it improbable that NT157 lowers IRS-1 in HCC.',
    ]) {
      const sentence = onlySentence(text, kb);
      assert.equal(sentence.verdict, 'contradicted', `${text}: ${sentence.claims.map((c) => formatClaim(c.claim)).join('; ')}`);
    }
  });
});
