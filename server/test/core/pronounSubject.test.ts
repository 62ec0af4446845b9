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

  // Stop 50 (h-actor50): a lead-in that vouches for the pronoun's clause stands between the comma and the pronoun.
  test('"there is growing evidence that it" after one name', () => {
    assert.deepEqual(anchoredClaims('EMT is a reversible programme, and there is growing evidence that it drives metastasis.'), ['EMT promotes METASTASIS']);
  });

  test('"studies have shown that it" and "it is well known that it"', () => {
    assert.deepEqual(anchoredClaims('EMT is a reversible programme, and studies have shown that it drives metastasis.'), ['EMT promotes METASTASIS']);
    assert.deepEqual(anchoredClaims('EMT is a reversible programme, and it is well known that it drives metastasis.'), ['EMT promotes METASTASIS']);
  });

  test('a denial after the lead-in is read as the denial it is', () => {
    assert.deepEqual(anchoredClaims('EMT is a reversible programme, and there is evidence that it does not drive metastasis.'), ['NOT EMT promotes METASTASIS']);
  });

  // Near misses: a lead-in that denies or doubts the clause, and a pronoun whose number disagrees, give it no subject.
  test('no, little or unshown evidence, and "unclear whether", read nothing', () => {
    for (const lead of ['there is no evidence that it', 'there is little evidence that it', 'studies have not shown that it', 'it is unclear whether it']) {
      assert.deepEqual(anchoredClaims(`EMT is a reversible programme, and ${lead} drives metastasis.`), [], lead);
    }
  });

  test('"they" after the lead-in and one name is not that name', () => {
    assert.deepEqual(anchoredClaims('EMT is a reversible programme, and there is evidence that they drive metastasis.'), []);
  });
});
