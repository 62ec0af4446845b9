// "X and Y were independent predictors of poorer prognosis": a predictor names the association "predicted" names,
// read by kb/clinicalAssociation.ts (abstracts) and the draft reader's association fallback alike. Sentences
// written for these tests.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

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
});
