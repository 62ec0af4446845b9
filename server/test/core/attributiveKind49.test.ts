// Stop 49 (h-actor49): a class adjective right before the name it classes, "tumour-promoting CAFs", "a distinct,
// tumour-restraining CAF population" (kindAsDirection.ts attributiveBefore). The sentence named its actor and read no
// claim, though "CAFs are tumour-restraining cells" read the class; now read as the nominal shape is ("the
// tumour-promoting effects of CAFs"): a predicate read of the name speaks instead, and doubt voids it.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));

suite('a class adjective right before its name', () => {
  test('"tumour-promoting (tumour-restraining, growth-inhibitory) X" classes X', () => {
    for (const [text, claim] of [
      ['Tumour-promoting CAFs were found in HCC.', 'CAF promotes TUMORIGENESIS'],
      ['Tumor-restraining CAFs were identified in HCC.', 'CAF inhibits TUMORIGENESIS'],
      ['This study identifies a distinct, tumour-restraining CAF population in HCC.', 'CAF inhibits TUMORIGENESIS'],
      ['Tumour-suppressive STAT3 was detected in HCC.', 'STAT3 inhibits TUMORIGENESIS'],
      ['Oncogenic STAT3 is frequently detected in HCC.', 'STAT3 promotes TUMORIGENESIS'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
    }
    assert.equal(onlySentence('Tumor-restraining CAFs were identified in HCC.', kb).verdict, 'contradicted');
  });

  test('near misses: a predicate of its own, doubt, a loss, an inflammatory kind', () => {
    // The name's own predicate speaks; the class is what the sentence takes for granted.
    assert.ok(!reads('Tumour-promoting CAFs secrete IL-6.', 'CAF promotes TUMORIGENESIS'), claimsOf('Tumour-promoting CAFs secrete IL-6.').join('; '));
    assert.ok(reads('Tumour-promoting CAFs secrete IL-6.', 'CAF increases IL6'));
    // Doubt or a question before the class word: nothing.
    assert.deepEqual(claimsOf('Whether tumour-promoting CAFs exist in HCC is unknown.'), []);
    assert.ok(!claimsOf('It is unclear if tumour-restraining CAFs occur in HCC.').some((c) => c.startsWith('CAF ')));
    // A name the adjective does not stand right before is no bearer; the inflammatory kinds are inflammatoryKind.ts's.
    assert.ok(!reads('Tumour-promoting inflammation was seen beside CAFs in HCC.', 'CAF promotes TUMORIGENESIS'));
    assert.ok(!reads('Pro-inflammatory IL-6 was measured in serum.', 'IL6 promotes INFLAMMATION'));
  });
});
