// Stop 50 (h-link50): an association read inside a "whose" relative, from the antecedent to a name in the clause,
// is a side remark on the antecedent (whoseRelative.ts): it neither stands as the antecedent's predicate, which
// silenced the class adjective the sentence asserts ("a tumour-suppressive CAF population whose activity is linked to
// IL-6"), nor stays beside another claim of the sentence. Alone, it stays.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));

suite('an association inside a "whose" relative is a side remark', () => {
  test('the class adjective on the antecedent is read past the relative', () => {
    const text = 'Our data point to a tumour-suppressive CAF population whose activity is linked to IL-6.';
    assert.deepEqual(claimsOf(text).map((c) => c.split(' [')[0]), ['CAF inhibits TUMORIGENESIS'], claimsOf(text).join('; '));
    assert.equal(onlySentence(text, kb).verdict, 'contradicted');
  });
  test('beside the main clause\'s claim the remark goes', () => {
    const text = 'IL-11 promotes invasion of MDA-MB-231 cells, and a CAF subset whose activity is linked to STAT3 surrounds them.';
    assert.ok(claimsOf(text).every((c) => !c.includes('STAT3')), claimsOf(text).join('; '));
    assert.equal(onlySentence(text, kb).verdict, 'supported');
  });
  test('alone, the remark stays', () => {
    const text = 'IL-6 is secreted by a CAF population whose function is linked to Meflin expression.';
    assert.ok(claimsOf(text).some((c) => c.startsWith('CAF associated-with')), claimsOf(text).join('; '));
  });
  test('a plain association, with no "whose" between, is no remark', () => {
    const text = 'CAF activity is linked to STAT3 in breast cancer, and IL-11 promotes invasion of MDA-MB-231 cells.';
    assert.ok(claimsOf(text).some((c) => c.includes('STAT3')), claimsOf(text).join('; '));
  });
});
