// Stop 51 (h-subj51): wrong subjects and wrong directions, each with its near misses. Sentences our own, one
// construction each.
// 1. A role predicate after "and", in a sentence opened by a fronted prepositional phrase or a sentence adverb
//    ("Among these cells,", "Here,"), is the opening name's (sharedSubjectRole.ts opener), not the name inside the
//    first predicate, which the role frame took as the holder of the role.
// 2. Nouns of a fall around a name cancel in pairs: "reversal of E-cadherin loss" is more E-cadherin (roles.ts
//    isFlipped for the verb reader, extract.ts namesFallOf for the frames).
// 3. "the reversal of the EMT phenotype": a state's own phenotype is the state, not changes it caused (undoneEffects.ts).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsWithoutContextOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

const plain = (text: string): string[] => claimsWithoutContextOf(text, kb);

suite('a role after "and" behind a fronted phrase is the opening name\'s', () => {
  test('"Among these cells, CAFs interact with cancer cells and play a role in Y": the CAFs promote Y', () => {
    for (const text of [
      'Among these cells, CAFs interact with cancer cells and play a role in tumour progression.',
      'Here, CAFs bind cancer cells and play a key role in tumour progression.',
      'Within the stroma, CAFs interact with macrophages and play a role in tumour progression.',
      'During progression, CAFs contact cancer cells and have a key function in invasion.',
      'For this reason, CAFs interact with cancer cells and play a role in tumour progression.',
      'Through IL-6, CAFs interact with cancer cells and play a role in tumour progression.',
      'Among these cells, CAFs interact with cancer cells and are key drivers of tumour progression.',
    ]) {
      const claims = plain(text);
      assert.ok(claims.some((c) => c.startsWith('CAF promotes ')), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(!claims.some((c) => /^(?:CANCER|CL_0000235) promotes/.test(c)), `${text}: ${JSON.stringify(claims)}`);
    }
  });
  test('the role\'s own words still size or turn it', () => {
    assert.deepEqual(plain('Among these cells, CAFs interact with cancer cells and play a protective role in tumour progression.'), ['CAF suppresses TUMOR_PROGRESSION']);
    assert.deepEqual(plain('Among these cells, CAFs interact with cancer cells and play a minor role in tumour progression.'), []);
    // A plural agent noun needs no article, so a denial may stand before it: the role is denied, never read as said.
    assert.ok(!plain('Among these cells, CAFs interact with cancer cells and are not key drivers of tumour progression.').includes('CAF promotes TUMOR_PROGRESSION'));
  });
  test('near miss: without a first predicate, and with a fronted "in" phrase, read as before', () => {
    assert.deepEqual(plain('Among these cells, CAFs play a role in tumour progression.'), ['CAF promotes TUMOR_PROGRESSION']);
    assert.deepEqual(plain('In HCC, CAFs surround cancer cells and play a role in tumour progression.'), ['CAF promotes TUMOR_PROGRESSION']);
  });
  test('near miss: a name after "and" with its own verb, or a relative clause, keeps the role', () => {
    assert.ok(plain('Among these cells, CAFs secrete IL-6 and STAT3 plays a role in tumour progression.').includes('STAT3 promotes TUMOR_PROGRESSION'));
    assert.ok(plain('Among these cells, IL-6 activates STAT3, which plays a role in tumour progression.').includes('STAT3 promotes TUMOR_PROGRESSION'));
  });
});

suite('falls named around a name cancel in pairs', () => {
  test('the verb reader: a fall before and after the name, or two in a chain, is a rise', () => {
    for (const text of [
      'IL-6 led to reversal of E-cadherin loss.',
      'IL-6 led to a reversal of E-cadherin loss.',
      'IL-6 caused reversal of E-cadherin downregulation.',
      'IL-6 led to a decrease in E-cadherin loss.',
      'IL-6 led to reversal of the loss of E-cadherin.',
      'IL-6 resulted in a reversal of reduced E-cadherin.',
      'Reversal of E-cadherin loss was caused by IL-6.',
    ]) assert.deepEqual(plain(text), ['IL6 induces CDH1'], text);
  });
  test('the role frames count the same way', () => {
    assert.deepEqual(plain('IL-6 plays a role in the reversal of E-cadherin loss.'), ['IL6 promotes CDH1']);
    assert.deepEqual(plain('IL-6 plays a role in the reversal of the loss of E-cadherin.'), ['IL6 promotes CDH1']);
  });
  test('near miss: one fall lowers the name', () => {
    for (const text of ['IL-6 led to E-cadherin loss.', 'IL-6 led to loss of E-cadherin.', 'IL-6 led to reversal of E-cadherin.', 'IL-6 led to reduced E-cadherin.']) assert.deepEqual(plain(text), ['IL6 suppresses CDH1'], text);
    assert.deepEqual(plain('IL-6 plays a role in E-cadherin loss.'), ['IL6 suppresses CDH1']);
    assert.deepEqual(plain('IL-6 plays a role in the decline of tumour cell invasion.'), ['IL6 suppresses CELL_INVASION']);
  });
  test('near miss: a verb that prevents a loss turns it once more, as before', () => {
    assert.deepEqual(plain('IL-6 prevented E-cadherin loss.'), ['IL6 activates CDH1']);
  });
});

suite('a state\'s own phenotype is the state, not its effects', () => {
  test('"the reversal of the EMT phenotype" is less EMT', () => {
    for (const text of ['Stattic led to the reversal of the EMT phenotype.', 'Stattic led to reversal of the EMT phenotype.', 'Stattic reversed the EMT phenotype.']) assert.deepEqual(plain(text), ['DRUG_STATTIC suppresses EMT'], text);
  });
  test('near miss: an agent\'s phenotype and a caused one are its changes, undone: no claim of the agent', () => {
    assert.deepEqual(plain('Stattic led to the reversal of the IL-6-induced phenotype.'), []);
    assert.deepEqual(plain('Stattic led to reversal of the IL-6 phenotype.'), []);
  });
});
