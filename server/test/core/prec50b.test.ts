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
