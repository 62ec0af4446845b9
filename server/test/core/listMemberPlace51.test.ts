// Issue 7, stop 51 (h-recall51): a list member opened by the tumour it is a trait of, "tumorigenesis, tumour survival
// and drug resistance" (analyzeBlock.ts memberPlace). The place word belongs to the member, as a grade word does, so
// the list stays one list and the list policy weighs all its members: the same verdict as the list without the word.
// Sentences of our own; the near misses must not come out supported.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const verdictOf = (text: string): string => labelOf(text, kb);

suite('a list member opened by its tumour word', () => {
  test('a silent first member beside a backed member named with "tumour" keeps the list supported', () => {
    assert.equal(verdictOf('IGF-1R drives tumorigenesis, tumour survival and drug resistance.'), 'supported');
  });
  test('"tumor" spelt the American way, the backed member further on', () => {
    assert.equal(verdictOf('The IGF-1R system takes part in tumorigenesis, tumor progression, and therapeutic resistance.'), 'supported');
  });
  test('"cancer cell" before the member', () => {
    assert.equal(verdictOf('IGF-1R fuels tumorigenesis, cancer cell survival and drug resistance.'), 'supported');
  });
  test('the same verdict as the list without the place word', () => {
    assert.equal(verdictOf('IGF-1R drives tumorigenesis, survival and drug resistance.'), verdictOf('IGF-1R drives tumorigenesis, tumour survival and drug resistance.'));
  });
});

suite('near misses of the tumour-word member: not supported', () => {
  test('denied: "plays no role in A, tumour B or C"', () => {
    assert.notEqual(verdictOf('IGF-1R plays no role in tumorigenesis, tumour survival or drug resistance.'), 'supported');
  });
  test('the wrong direction: "restrains A, tumour B and C"', () => {
    assert.notEqual(verdictOf('IGF-1R restrains tumorigenesis, tumour survival and drug resistance.'), 'supported');
  });
  test('another cancer than the library\'s', () => {
    assert.notEqual(verdictOf('In gastric cancer, IGF-1R drives tumorigenesis, tumour survival and drug resistance.'), 'supported');
  });
  test('a reported claim the writer sets aside', () => {
    assert.notEqual(verdictOf('It was claimed that IGF-1R drives tumorigenesis, tumour survival and drug resistance, but we found no such effect.'), 'supported');
  });
  test('a sibling of a backed member after the tumour word stays a near miss', () => {
    assert.notEqual(verdictOf('IL-11 raises MMP-13, tumour MMP-11 and invasion.'), 'supported');
  });
  test('"tumour cells" as a member of their own is no place word of a process', () => {
    assert.notEqual(verdictOf('IGF-1R drives tumorigenesis, tumour cells and angiogenesis.'), 'supported');
  });
  test('no comma or join before the tumour word: no member opens', () => {
    assert.notEqual(verdictOf('IGF-1R drives tumorigenesis in tumour survival assays.'), 'supported');
  });
});
