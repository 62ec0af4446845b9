// Issue 7, stop 52 (h-scope52): aims stated in wordings the non-claim patterns (verify/scope.ts) missed, so the
// hypothesis or topic they name was read as a hedged claim and called unsupported: a hypothesis put to the test, a
// topic in the present tense ("We examine ...", "This review assesses ..."), a review's plan after an interposed phrase,
// and a study named with "a" done for a purpose. Each beside a sentence with the same words that reports a result,
// which stays a claim.
import * as assert from 'node:assert/strict';
import { nonClaimKind } from '../../src/core/verify/scope';

suite('aims stated (stop 52)', () => {
  test('a hypothesis put to the test is an aim; a hypothesis confirmed or supported is a claim', () => {
    for (const text of [
      'In this work the hypothesis that IL-11 drives the spread of tongue tumours through MMP-13 is tested.',
      'The hypothesis that STAT3 favours invasion of thyroid tumour cells was examined in three lines.',
      'We tested the hypothesis that hypoxia raises IL-11 in breast tumour cells.',
      'Here we test the hypothesis that IGF-1 protects liver tumour cells from sorafenib.',
      'This study addressed the hypothesis that fibroblast IL-6 raises IGF-1 in liver tumours.',
    ]) assert.equal(nonClaimKind(text, true), 'aim', text);
    for (const text of [
      'We tested the hypothesis that hypoxia raises IL-11 and found that it did so in breast tumour cells.',
      'These results support the hypothesis that IL-11 drives the spread of tongue tumours.',
      'Our data confirm the hypothesis that STAT3 favours invasion of thyroid tumour cells.',
      'The hypothesis that IL-6 raises IGF-1 was confirmed in fibroblasts of liver tumours.',
      'The hypothesis that hypoxia raises IL-11 is tested here, and it holds in breast tumour cells.',
    ]) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  test('a topic in the present tense is an aim (or a question with "how"); a result told beside it is a claim', () => {
    for (const text of [
      'We examine the effects of IL-11 on the growth, invasion and spread of tongue tumours.',
      'This study investigates serum IL-6 in patients with liver tumours before and after resection.',
      'Here we compare STAT3 activity in primary and recurrent thyroid tumours.',
    ]) assert.equal(nonClaimKind(text, true), 'aim', text);
    assert.equal(nonClaimKind('Here we explore how hypoxia shapes IL-11 output in breast tumour cells.', true), 'question');
    for (const text of [
      'We examine the effects of IL-11 on invasion and show that it raises MMP-13.',
      'We examine IL-11 in tongue tumours and find that it raises MMP-13.',
      'IL-11 raised MMP-13, which was examined in three lines.',
    ]) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  test("a review's plan, with more verbs and after an interposed phrase, is an aim; a review's evidence is a claim", () => {
    for (const text of [
      'This review evaluates the ways in which hypoxia raises IL-11 in solid tumours.',
      'This review assesses how IL-6 family cytokines switch on STAT3 in liver tumours.',
      'This review analyses the routes by which fibroblasts feed the growth of liver tumours.',
      'In this review, drawing on recent trials, we summarise how IL-6 blockade affects liver tumours.',
      'In this review, following a historical outline, we describe how STAT3 came to be seen as an oncogene.',
    ]) assert.equal(nonClaimKind(text, true), 'aim', text);
    for (const text of [
      'This review assesses the evidence that IL-11 drives invasion.',
      'In this review, as in our trial, we present data showing that IL-6 blockade slows liver tumours.',
    ]) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  test('a study named with "a" and done for a purpose is an aim; one that reports a result is a claim', () => {
    for (const text of [
      'A meta-analysis was conducted to clarify the link between serum IL-11 and relapse of tongue tumours.',
      'A cohort study was undertaken to learn whether tissue MMP-13 predicts spread of tongue tumours.',
      'A systematic review was carried out to weigh serum IL-6 as a marker of liver tumour relapse.',
    ]) assert.equal(nonClaimKind(text, true), 'aim', text);
    for (const text of [
      'A meta-analysis was conducted and showed that serum IL-6 predicts relapse of liver tumours.',
      'A meta-analysis was conducted to pool the cohorts, which showed that serum IL-6 predicts relapse of liver tumours.',
      'In a study conducted in mice, IL-11 raised MMP-13 in tongue tumours.',
    ]) assert.equal(nonClaimKind(text, true), undefined, text);
  });
});
