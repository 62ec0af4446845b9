// "the persistence of X", "X persistence" name X kept, X itself at work (vocabulary.ts phraseHeads, the 'same' row of
// things made or kept). Stop 53: "The persistence of X plays a role in the A, B and C of Y" read no claim when the
// list opened with nouns the library does not name, and the sentence was called out of scope.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));

suite('the persistence of X is X', () => {
  test('before the name with "of", as the agent', () => {
    for (const [text, claim] of [
      ['The persistence of inflammation plays a major role in the onset, invasion and metastasis of cancer.', 'INFLAMMATION promotes METASTASIS'],
      ['The persistence of hypoxia promotes the invasion of breast cancer cells.', 'HYPOXIA promotes CELL_INVASION'],
      ['The persistence of inflammation drives the metastasis of tumours.', 'INFLAMMATION promotes METASTASIS'],
      ['Persistence of STAT3 activation was associated with poor prognosis.', 'STAT3 associated-with'],
    ] as const) {
      const claims = claimsOf(text);
      assert.ok(claims.some((c) => c.startsWith(claim)), `${text}: ${claims.join('; ')}`);
      assert.equal(onlySentence(text, kb).verdict, 'supported', `${text}: ${claims.join('; ')}`);
    }
  });
  test('after the name, and as the object', () => {
    assert.ok(claimsOf('IL-11 persistence in the tumour stroma favours metastasis.').some((c) => c.startsWith('IL11 promotes METASTASIS')));
    assert.ok(claimsOf('Hypoxia raised the persistence of IL-11 in tumour cells.').some((c) => c.startsWith('HYPOXIA increases IL11')));
  });
  test('a denied role is still denied', () => {
    const text = 'The persistence of inflammation plays no role in the onset, invasion and metastasis of cancer.';
    assert.equal(onlySentence(text, kb).verdict, 'contradicted', claimsOf(text).join('; '));
  });
  test('the persistence of cells names no molecule or process', () => {
    assert.deepEqual(claimsOf('The persistence of cancer cells after sorafenib was associated with relapse.'), []);
  });
});
