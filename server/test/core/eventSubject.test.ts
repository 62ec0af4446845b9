// An event as the subject of a verb (claims/eventSubject.ts): "X induction of Y promotes Z" asserts that X acts on Y
// and that Y, so acted on, drives Z. The reader used to take X for the verb's actor, so a backed "X drives Z" made
// the sentence supported however the event stood; now the event is read and the sentence is supported only when the
// library backs both claims.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));

suite('an event as the subject', () => {
  test('the event is read, and its target drives the outcome', () => {
    assert.deepEqual(claimsOf('Hypoxia induction of IL-11 drives the invasion of MDA-MB-231 cells.'), ['HYPOXIA induces IL11 [ctx MDA_MB_231]', 'IL11 promotes CELL_INVASION [ctx MDA_MB_231]']);
    assert.equal(onlySentence('Hypoxia induction of IL-11 drives the invasion of MDA-MB-231 cells.', kb).verdict, 'supported');
  });

  test('an event the library has the other way round leaves the sentence unsupported, whatever the outcome', () => {
    // ATF3 raises IL-6R (not the reverse); ATF3 does drive sorafenib resistance.
    for (const text of [
      'IL-6R upregulation of ATF3 confers sorafenib resistance on HCC cells.',
      'IL-6R-mediated induction of ATF3 confers sorafenib resistance on HCC cells.',
      'The induction of ATF3 by IL-6R confers sorafenib resistance on HCC cells.',
    ]) {
      const sentence = onlySentence(text, kb);
      assert.equal(sentence.verdict, 'unsupported', text);
      assert.ok(sentence.claims.some((c) => formatClaim(c.claim).startsWith('IL6R ') && c.claim.object.entityId === 'ATF3'), `the event is read: ${text}`);
    }
  });

  test('a backed event with an outcome the library does not back is unsupported', () => {
    // Sorafenib raises IL-6R in HCC; no finding has IL-6R drive angiogenesis.
    assert.equal(onlySentence('Sorafenib induction of IL-6R in HCC cells fuels angiogenesis.', kb).verdict, 'unsupported');
  });

  test('an event alone is a claim of its own', () => {
    const sentence = onlySentence('CoCl2 activation of HIF-1α was seen in ATC cells.', kb);
    assert.ok(sentence.claims.some((c) => formatClaim(c.claim).startsWith('COCL2 activates HIF1A')));
    assert.equal(sentence.verdict, 'supported');
  });

  test('cells stimulated are a place, not an event\'s target', () => {
    // "stimulation of MDA-MB-231 cells" treats the cells: no claim of IL-11 on the cell line.
    const sentence = onlySentence('IL-11 stimulation of MDA-MB-231 cells raised MMP-2 expression.', kb);
    assert.ok(sentence.claims.every((c) => c.claim.object.entityId !== 'MDA_MB_231'));
  });
});

// Stop 52 (h-misread52): an event on a list of targets, "X-mediated upregulation of A and B", was read as an event on A
// whose target A then raised B: the event's own noun read X raising B, a claim the construction took for the verb's and
// said of A ("A upregulates B"), and X's claim on B was lost.
suite('an event on a list of targets', () => {
  const has = (claims: string[], prefix: string): boolean => claims.some((c) => c.startsWith(prefix));

  test('each member of the list is the event\'s target, and none acts on another', () => {
    for (const text of [
      'STAT3-mediated upregulation of MMP2 and MMP9 promotes invasion.',
      'STAT3-mediated upregulation of MMP-2/9 promotes invasion.',
      'STAT3-mediated upregulation of MMP2 or MMP9 promotes invasion.',
      'STAT3 induction of MMP2 and MMP9 promotes invasion.',
      'The upregulation of MMP2 and MMP9 by STAT3 promotes invasion.',
    ]) {
      const claims = claimsOf(text);
      assert.ok(has(claims, 'STAT3 upregulates MMP2') || has(claims, 'STAT3 induces MMP2'), `${text}: ${claims.join('; ')}`);
      assert.ok(has(claims, 'STAT3 upregulates MMP9') || has(claims, 'STAT3 induces MMP9'), `${text}: ${claims.join('; ')}`);
      assert.ok(has(claims, 'MMP2 promotes CELL_INVASION') && has(claims, 'MMP9 promotes CELL_INVASION'), `${text}: ${claims.join('; ')}`);
      assert.ok(!claims.some((c) => c.startsWith('MMP2 ') && c.includes(' MMP9')), `no member acts on another: ${text}: ${claims.join('; ')}`);
      assert.equal(onlySentence(text, kb).verdict, 'supported', text);
    }
  });

  test('without a verb after it, the event on a list is each target\'s', () => {
    const claims = claimsOf('STAT3-mediated upregulation of MMP2 and MMP9 was observed in breast cancer cells.');
    assert.ok(has(claims, 'STAT3 upregulates MMP9'), claims.join('; '));
    assert.ok(!has(claims, 'MMP2 upregulates MMP9'), claims.join('; '));
  });

  test('a target the library has no event on leaves the sentence unsupported', () => {
    // No finding has STAT3 raise IL-11 (it is the other way round); before, "MMP2 upregulates IL11" was read instead.
    const text = 'STAT3-mediated upregulation of MMP2 and IL-11 promotes invasion.';
    const claims = claimsOf(text);
    assert.ok(has(claims, 'STAT3 upregulates IL11'), claims.join('; '));
    assert.ok(!has(claims, 'MMP2 upregulates IL11'), claims.join('; '));
    assert.equal(onlySentence(text, kb).verdict, 'unsupported');
  });

  test('the second target is no agent of the first\'s outcome, nor the first of the second', () => {
    const claims = claimsOf('Hypoxia-driven induction of IL-11 and MMP9 enhances invasion of MDA-MB-231 cells.');
    assert.ok(has(claims, 'HYPOXIA induces MMP9'), claims.join('; '));
    assert.ok(!has(claims, 'IL11 induces MMP9'), claims.join('; '));
  });

  test('one target: unchanged', () => {
    assert.deepEqual(claimsOf('STAT3-mediated upregulation of MMP2 promotes invasion.'), ['STAT3 upregulates MMP2', 'MMP2 promotes CELL_INVASION']);
  });
});
