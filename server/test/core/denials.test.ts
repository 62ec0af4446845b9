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
      const read = sentence.claims.map((c) => formatClaim(c.claim)).sort();
      // A superseded premise is dropped: only the writer's own finding is left.
      assert.deepEqual(read, rule.denies === 'superseded' ? [...(rule.keeps ?? [])].sort() : [rule.denied, ...(rule.keeps ?? [])].sort());
      assert.equal(sentence.verdict, rule.verdict ?? 'contradicted');
    });
  }

  // Issue 7, stop 53 (h-negate53): a role as the object of a denied verb of report.
  test('a role the studies have not confirmed (failed to establish, no study has shown) is denied', () => {
    for (const text of [
      'Earlier studies have not confirmed the central role of IL-11 in EMT of MDA-MB-231 cells.',
      'These experiments failed to establish a role for IL-11 in EMT of MDA-MB-231 cells.',
      'No study has demonstrated any involvement of IL-11 in EMT of MDA-MB-231 cells.',
      'We were unable to identify a role for IL-11 in EMT of MDA-MB-231 cells.',
      'Our screens did not uncover a decisive role of IL-11 in EMT of MDA-MB-231 cells.',
      'Earlier reports have not identified the normal and pathological roles of IL-11 in EMT of MDA-MB-231 cells.',
    ]) {
      const sentence = onlySentence(text, kb);
      assert.deepEqual(sentence.claims.map((c) => formatClaim(c.claim)), ['NOT IL11 promotes EMT [ctx MDA_MB_231]'], text);
      assert.equal(sentence.verdict, 'contradicted', text);
    }
  });

  test('a role confirmed, or confirmed "not only" here, stays the claim', () => {
    assert.equal(onlySentence('Earlier studies have confirmed the central role of IL-11 in EMT of MDA-MB-231 cells.', kb).verdict, 'supported');
    assert.equal(onlySentence('Our work has not only confirmed the role of IL-11 in EMT of MDA-MB-231 cells but also in their invasion.', kb).verdict, 'supported');
  });

  test('an infinitive of relation after a denied verb of report is denied; a plain noun after "to" is not', () => {
    for (const text of ['Our experiments did not find IL-11 to directly promote EMT of MDA-MB-231 cells.', 'The screen failed to show IL-11 to drive EMT of MDA-MB-231 cells.', 'Earlier work has not yet demonstrated IL-11 to induce EMT of MDA-MB-231 cells.']) {
      assert.equal(onlySentence(text, kb).verdict, 'contradicted', text);
    }
    assert.equal(onlySentence('Studies have shown IL-11 to promote EMT of MDA-MB-231 cells.', kb).verdict, 'supported');
    assert.equal(onlySentence('Studies have not only shown IL-11 to promote EMT of MDA-MB-231 cells but also their invasion.', kb).verdict, 'supported');
    assert.equal(onlySentence('HCC cells did not show resistance to sorafenib, and IL-6 raised IGF-1 in HCC cells.', kb).verdict, 'supported');
  });

  test('"has not identified X as" reaches past a bracketed short form and an apposition', () => {
    assert.equal(onlySentence('Earlier reports have not revealed interleukin 11 (IL-11), one member of the IL-6 family of cytokines, as a driver of tumour invasion.', kb).verdict, 'contradicted');
    assert.equal(onlySentence('Our group has not identified interleukin 11 (IL-11; an IL-6 family cytokine) as an inducer of tumour invasion.', kb).verdict, 'contradicted');
    assert.equal(onlySentence('Earlier reports have revealed interleukin 11 (IL-11), one member of the IL-6 family of cytokines, as a driver of tumour invasion.', kb).verdict, 'supported');
  });

  test('the clause without the denial stays the claim the library reports', () => {
    assert.equal(onlySentence('We saw evidence that IL-6 raises IGF-1 in HCC cells.', kb).verdict, 'supported');
    assert.equal(onlySentence('Earlier work has shown that IL-6 raises IGF-1 in HCC cells.', kb).verdict, 'supported');
  });

  // Issue 7, stop 47 (h-w24b47b): results at odds with a notion deny the clause after "that"; at odds with reports, nothing.
  test('findings inconsistent (incompatible, at odds) with the notion that X raises Y deny it', () => {
    assert.equal(onlySentence('Our measurements seem incompatible with the idea that IL-6 raises IGF-1 in HCC cells.', kb).verdict, 'contradicted');
    assert.equal(onlySentence('The knockdown data were at odds with the prevailing hypothesis that STAT3 favours invasion of MDA-MB-231 cells.', kb).verdict, 'contradicted');
    assert.equal(onlySentence('IL-11 raised MMP-13 in OSCC cells, which is inconsistent with earlier reports.', kb).verdict, 'supported');
  });

  test('a route added with "not only by" denies nothing', () => {
    const sentence = onlySentence('The chief means through which hypoxia accelerates tumour progression is not only by inducing EMT.', kb);
    assert.deepEqual(sentence.claims.map((c) => formatClaim(c.claim)).sort(), ['HYPOXIA induces EMT', 'HYPOXIA promotes TUMOR_PROGRESSION via EMT']);
    assert.equal(sentence.verdict, 'supported');
  });

  test('"it has not been shown that" denies the clause: contradicted against a finding, no evidence without one', () => {
    assert.equal(onlySentence('It has not been shown that IL-6 raises IGF-1 in HCC cells.', kb).verdict, 'contradicted');
    const none = onlySentence('It has not been shown that IL-6 lowers IGF-1 in HCC cells.', kb);
    assert.deepEqual(none.claims.map((c) => formatClaim(c.claim)), ['NOT IL6 decreases IGF1 [ctx HCC]']);
    assert.equal(none.verdict, 'unsupported');
    assert.equal(onlySentence('It has not been shown whether IL-6 raises IGF-1 in HCC cells.', kb).verdict, 'out-of-scope');
  });

  test('a ruling-out under a negation is a hedged possibility, no denial', () => {
    for (const text of ['We cannot rule out that IL-6 raises IGF-1 in HCC cells.', 'It has not been ruled out that IL-6 raises IGF-1 in HCC cells.']) {
      const sentence = onlySentence(text, kb);
      assert.deepEqual(sentence.claims.map((c) => formatClaim(c.claim)), ['IL6 increases IGF1 [ctx HCC]'], text);
      assert.equal(sentence.verdict, 'supported', text);
    }
    assert.equal(onlySentence('These results rule out that IL-6 raises IGF-1 in HCC cells.', kb).verdict, 'contradicted');
  });

  test('a perfect that affirms ("has been shown that ..., which had not been reported") denies nothing before it', () => {
    assert.equal(onlySentence('It has been shown that IL-6 raises IGF-1 in HCC cells, which had not been reported before.', kb).verdict, 'supported');
  });
});
