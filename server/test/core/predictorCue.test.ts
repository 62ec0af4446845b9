// "X and Y were independent predictors of poorer prognosis": a predictor names the association "predicted" names,
// read by kb/clinicalAssociation.ts (abstracts) and the draft reader's association fallback alike. Sentences
// written for these tests.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('"predictors of" as an association cue', () => {
  test('a marker as an independent predictor of a poorer prognosis goes with the prognosis, negatively', () => {
    assert.deepEqual(claimsOf('Serum VEGF was an independent predictor of poorer prognosis.', kb), ['VEGF associated-with(negative) PROGNOSIS']);
  });

  test('a clinical variable coordinated beside the marker is a second subject, not a kind of it', () => {
    assert.deepEqual(claimsOf('STAT3 staining and lymph node metastasis were strong predictors for poorer prognosis.', kb), ['STAT3 associated-with(negative) PROGNOSIS']);
  });

  test('the marker named by its low end turns the association round', () => {
    assert.deepEqual(claimsOf('Low STAT3 staining was a significant predictor of poorer prognosis.', kb), ['STAT3 associated-with(positive) PROGNOSIS']);
  });

  test('a marker denied where it is named ("but not X") is no subject', () => {
    assert.deepEqual(claimsOf('Nodal status, but not serum VEGF, was an independent predictor of poorer prognosis.', kb), []);
  });

  test('"not only X" denies nothing: no claim is made up for it either way', () => {
    assert.ok(!claimsOf('Not only serum VEGF but also nodal status predicted a poorer prognosis.', kb).some((c) => c.includes('positive')));
  });

  // Issue 7, stop 53 (h-negate53): the noun cue's match starts at its article or size words, so the copula's "not"
  // before it fell outside the match and the denied association came out supported.
  suite('a predictor denied by its copula is no association', () => {
    const denied = [
      'High STAT3 levels were not predictors of poor survival.',
      'Nuclear STAT3 staining was not a predictor of poorer prognosis.',
      'In this cohort, STAT3 expression was not a reliable predictor of poor survival.',
      'Serum VEGF is never an indicator of poorer prognosis.',
      'After adjustment, nuclear STAT3 was no longer a predictor of poor survival.',
      'Tumour STAT3 levels have not been predictors of poor survival in these patients.',
    ];
    for (const text of denied) {
      test(text, () => {
        const sentence = onlySentence(text, kb);
        assert.ok(!sentence.claims.some((c) => !c.claim.negated), `an undenied claim: ${claimsOf(text, kb).join('; ')}`);
        assert.notEqual(sentence.verdict, 'supported');
      });
    }

    test('the same predictor asserted stays the association the library reports', () => {
      assert.equal(onlySentence('High STAT3 levels were predictors of poor survival.', kb).verdict, 'supported');
      assert.equal(onlySentence('Nuclear STAT3 staining was a strong predictor of poorer prognosis.', kb).verdict, 'supported');
    });

    test('"not only a predictor" asserts it', () => {
      assert.equal(onlySentence('Nuclear STAT3 staining was not only a predictor of poor survival but also of relapse.', kb).verdict, 'supported');
    });

    test('a denied plain predictor is contradicted where the library reports the association', () => {
      assert.equal(onlySentence('High STAT3 levels were not predictors of poor survival.', kb).verdict, 'contradicted');
      assert.deepEqual(claimsOf('Nuclear STAT3 staining was not a predictor of poorer prognosis.', kb), ['NOT STAT3 associated-with(negative) PROGNOSIS']);
    });
  });
});
