// "metastasis prevention", "the prevention of metastasis" name less of the process (vocabulary.ts decreasingNouns).
// Stop 53: "X plays a key role in metastasis prevention" was read as X promoting metastasis, and a finding that X
// promotes it called the sentence supported.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));

suite('prevention of a process lowers it', () => {
  test('a role in (or importance for) the prevention of a process the library says the name promotes is no support', () => {
    for (const text of [
      'IL-11 plays a key role in metastasis prevention.',
      'STAT3 is of key importance for metastasis prevention.',
      'IL-11 contributes to the prevention of metastasis in breast cancer.',
    ]) {
      const verdict = onlySentence(text, kb).verdict;
      assert.notEqual(verdict, 'supported', `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(!claimsOf(text).some((c) => /promotes METASTASIS/.test(c)), `${text}: ${claimsOf(text).join('; ')}`);
    }
    assert.equal(onlySentence('IL-11 plays a key role in metastasis prevention.', kb).verdict, 'contradicted');
  });
  test('control: a role in the process itself', () => {
    assert.equal(onlySentence('IL-11 plays a key role in metastasis.', kb).verdict, 'supported');
  });
});
