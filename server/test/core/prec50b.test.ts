// Stop 50 (h-prec50b): precision leftovers on sentences of our own (issue 7, SUPPORTED precision).
// - "Cytokines other than IL-11 promote EMT" (excludedMember.ts): the family rule let IL-11's own findings back the
//   class the sentence says IL-11 is not part of; the excluded member's findings no longer speak for the class.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a member excluded from its class', () => {
  test('"Cytokines other than (except) X promote Y": X\'s own findings, or findings routed through X, back no claim on the class', () => {
    for (const text of [
      'Cytokines other than IL-11 promote EMT.',
      'Cytokines except IL-11 promote EMT.',
      'Cytokines other than IL-11 inhibit EMT.',
    ]) assert.equal(claimsAndVerdict(text, kb).verdict, 'unsupported/no-evidence', text);
  });

  test('near misses: the class with the member as an example, the class alone, another member excluded, the member itself', () => {
    assert.equal(claimsAndVerdict('Cytokines such as IL-11 promote EMT.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('Cytokines promote EMT.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('Cytokines other than IL-6 promote EMT.', kb).verdict, 'supported');
    assert.deepEqual(claimsAndVerdict('IL-11, but not cytokines other than IL-11, promotes EMT.', kb).claims[0], 'IL11 promotes EMT');
  });
});

// - "STAT3 is a key player in the response to IL-6" (extract.ts frameClaims, `responseTo`): the response to a molecule
//   is its route; the role frames had taken the molecule within their reach as what the subject promotes.
suite('a player in the response to a molecule', () => {
  test('"Y is a key player (factor) in the (cellular) response to X": no claim that Y promotes X, as with "a key mediator"', () => {
    for (const text of [
      'STAT3 is a key player in the response to IL-6.',
      'STAT3 is a key factor in the cellular response to IL-11.',
      'STAT3 is a key mediator in the response to IL-6.',
    ]) assert.deepEqual(claimsAndVerdict(text, kb).claims, [], text);
  });

  test('near misses: a process or a molecule\'s activation after "in", the ligand\'s signalling as before', () => {
    assert.deepEqual(claimsAndVerdict('STAT3 is a key factor in tumour growth.', kb).claims, ['STAT3 promotes TUMOR_GROWTH']);
    assert.deepEqual(claimsAndVerdict('IL-6 is a key factor in STAT3 activation.', kb), { claims: ['IL6 promotes STAT3'], verdict: 'supported' });
    assert.deepEqual(claimsAndVerdict('STAT3 is a key player in IL-6 signalling.', kb).claims, ['IL6 signals-through STAT3']);
  });
});

// - "If IL-11 promotes EMT, blocking it should reduce invasion" (supposition.ts, sentence filter `supposition`): a
//   fronted "if" clause stating a relation of its own names is supposed, not asserted, nor is its consequence.
suite('a fronted supposition', () => {
  test('"If (assuming that) X promotes Y, ...": no claim of the writer\'s', () => {
    for (const text of [
      'If IL-11 promotes EMT, blocking it should reduce invasion.',
      'If IL-11 promotes EMT, it does not raise MMP-9.',
      'Assuming that IL-11 drives EMT, STAT3 inhibitors should block invasion.',
      'If IL-11 promotes EMT then STAT3 should be active.',
    ]) assert.deepEqual(claimsAndVerdict(text, kb).claims, [], text);
  });

  test('"even if" is a concession: the supposed claim goes, the main clause stays (stop 51, audit51.test.ts)', () => {
    assert.deepEqual(claimsAndVerdict('Even if IL-11 promotes EMT, it does not raise MMP-9.', kb).claims, ['NOT IL11 increases MMP9']);
  });

  test('near misses: "if anything", a condition after the claim, a time clause', () => {
    assert.deepEqual(claimsAndVerdict('If anything, IL-11 promotes EMT.', kb), { claims: ['IL11 promotes EMT'], verdict: 'supported' });
    assert.equal(claimsAndVerdict('IL-11 promotes EMT if STAT3 is active.', kb).claims[0], 'IL11 promotes EMT');
    assert.equal(claimsAndVerdict('In hypoxic cells, IL-11 promotes EMT.', kb).claims[0], 'IL11 promotes EMT [ctx HYPOXIA]');
  });
});

// - "IL-11 promoted EMT only in the absence of STAT3" (lostPlace.ts `lostConditionIn`, rule 3): "only" with a place's
//   loss makes the loss a condition of the effect, as "only when STAT3 was silenced" does; findings with STAT3 in place
//   no longer back it.
suite('an effect said to hold only without a molecule', () => {
  test('"X raised Y only in the absence of Z (only in cells lacking Z)": the loss is the claim\'s own context', () => {
    for (const text of [
      'IL-11 promoted EMT only in the absence of STAT3.',
      'IL-11 promoted EMT only in cells lacking STAT3.',
      'IL-11 promoted EMT only in MDA-MB-231 cells lacking STAT3.',
    ]) assert.equal(claimsAndVerdict(text, kb).verdict, 'unsupported/other-context', text);
  });

  test('near misses: the loss without "only" keeps rule 2, the silenced form as before', () => {
    assert.equal(claimsAndVerdict('IL-11 promoted EMT in the absence of STAT3.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('IL-11 promoted EMT only when STAT3 was silenced.', kb).verdict, 'unsupported/other-context');
  });
});
