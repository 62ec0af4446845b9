// Issue 7 (anchored.ts pronounSubjectClause): "X is ..., and it plays a role in Y", "A and B ..., and they drive Y":
// the pronoun opening the second clause is the first participant when the first clause is that participant's own
// and the number agrees ("it" after one name, "they" after a list).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { anchoredClaimsOf, bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const anchoredClaims = (text: string): string[] => anchoredClaimsOf(text, kb);

suite('anchored reading: a pronoun subject after the participant\'s own clause', () => {
  test('"it" after one name', () => {
    assert.deepEqual(anchoredClaims('EMT is a reversible programme, and it plays a central role in metastasis.'), ['EMT promotes METASTASIS']);
  });

  // The pair of the last member sees no list before it, so only the first member's pair is read (left conservative).
  test('"they" after a list of names', () => {
    assert.deepEqual(anchoredClaims('IL-6 and IL-11 are close relatives in one family, and they play major roles in tumour growth.').filter((c) => /TUMOR_GROWTH/.test(c)), ['IL6 promotes TUMOR_GROWTH']);
  });

  test('"they" after one name is not that name', () => {
    assert.deepEqual(anchoredClaims('EMT is a reversible programme, and they play a central role in metastasis.'), []);
  });

  test('a second clause after a non-pronoun subject is not the participant\'s', () => {
    assert.deepEqual(anchoredClaims('EMT is a reversible programme, and cells play a central role in metastasis.'), []);
  });
});
