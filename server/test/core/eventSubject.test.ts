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
