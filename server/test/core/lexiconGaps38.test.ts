import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictOf } from './helpers';

// Issue 7, stop 38 (h-lex38b): names the recognizer read as something broader or split, in claims. Our own sentences.
let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('lexicon gaps (stop 38): the IGF family and "the X system"', () => {
  test('a claim about the IGFs as a family is backed by a finding on IGF-1, its member (as the IL-6 family by IL-11)', () => {
    assert.equal(verdictOf('Insulin-like growth factors drive the progression of liver tumours.', kb), 'supported');
    assert.equal(verdictOf('The IGF system contributes to cancer progression.', kb), 'supported');
    assert.equal(verdictOf('The insulin-like growth factor (IGF) system may promote cancer progression.', kb), 'supported');
  });

  test('"the X system" is X at work, like "the X axis": a name before "system" is the claim\'s subject', () => {
    assert.equal(verdictOf('The interleukin-11 (IL-11) system plays a key part in cancer progression.', kb), 'supported');
    assert.equal(verdictOf('The insulin like growth factor system has a key role in the progression of cancer.', kb), 'supported');
  });

  test('near misses: a sibling with no findings, the receptors, the binding proteins are no IGF-1 finding', () => {
    assert.notEqual(verdictOf('Insulin-like growth factor 2 promotes the progression of hepatocellular carcinoma.', kb), 'supported');
    assert.notEqual(verdictOf('Insulin-like growth factor receptors promote tumour progression.', kb), 'supported');
    assert.notEqual(verdictOf('Insulin-like growth factor binding protein 3 promotes the progression of cancer.', kb), 'supported');
  });
});

suite('lexicon gaps (stop 38): the JAK/STAT pathway named in full with one bracket', () => {
  test('the long forms with one short form read as the pathway, in claims', () => {
    assert.equal(verdictOf('Gastric tumours grow under a Janus kinase (JAK)/signal transducer and activator of transcription signalling pathway.', kb), 'unsupported/no-evidence');
    assert.equal(verdictOf('Ruxolitinib blocked the Janus kinase (JAK)-STAT pathway in liver cancer cells.', kb), 'unsupported/no-evidence');
  });
});

suite('lexicon gaps (stop 38): prognosis in the plural and clinical outcomes', () => {
  test('"prognoses" and "clinical outcomes" are the prognosis end point, their good and bad ends read as before', () => {
    assert.equal(verdictOf('High IL-11 expression was linked to poorer prognoses in cancer patients.', kb), 'supported');
    assert.equal(verdictOf('Cancer patients with abundant IL-11 had better prognoses.', kb), 'contradicted');
    assert.equal(verdictOf('Elevated IL-11 in tumours predicted worse clinical outcomes.', kb), 'supported');
  });

  test('near miss: outcomes named with no good or bad end, in a method, make no claim', () => {
    assert.notEqual(verdictOf('Clinical outcomes were recorded for every patient in both arms.', kb), 'supported');
  });
});
