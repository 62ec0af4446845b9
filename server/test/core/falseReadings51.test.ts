// Stop 51 (h-false51): false readings of our own sentences, each with its near misses. Sentences our own, one
// construction each.
// 1. A "whose" clause on the name opening its clause: the main verb is the name's (bareRelative.ts), and what is read
//    inside the clause is a side remark (whoseOnSubject.ts).
// 2. Coordinated passives sharing one agent (sharedAgent.ts): a clause with its own agent shares none, and a later
//    clause's patient stands after its "and".
// 3. An altered form, "STAT3 double mutant cells", names no agent of STAT3 and no loss of it (cues.ts otherThingHeads).
// 4. "reversal of Y" is a fall of Y (vocabulary.ts decreasingNouns).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsWithoutContextOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

const plain = (text: string): string[] => claimsWithoutContextOf(text, kb);

suite('a "whose" clause on the subject restricts it', () => {
  test('the main verb after the clause is the antecedent\'s', () => {
    assert.deepEqual(plain('CAFs whose function depends on IL-6 promote tumour growth.'), ['CAF promotes TUMOR_GROWTH']);
    assert.deepEqual(plain('CAFs whose activity requires IL-6 promote tumour growth.'), ['CAF promotes TUMOR_GROWTH']);
    assert.deepEqual(plain('CAFs whose number is high promote tumour growth.'), ['CAF promotes TUMOR_GROWTH']);
  });
  test('near miss: a "that" clause and a comma-set "whose" clause read as before', () => {
    assert.ok(plain('CAFs that depend on IL-6 promote tumour growth.').includes('CAF promotes TUMOR_GROWTH'));
    assert.ok(plain('CAFs, whose function depends on IL-6, promote tumour growth.').includes('CAF promotes TUMOR_GROWTH'));
  });
  test('a pair read inside the clause is a side remark: it never makes the sentence supported', () => {
    const s = onlySentence('Tumours whose growth is linked to IL-6 show high STAT3.', kb);
    assert.ok(s.claims.every((c) => c.claim.aside === true), JSON.stringify(plain(s.text)));
    assert.ok(!plain(s.text).some((c) => c.includes('STAT3')), JSON.stringify(plain(s.text)));
    assert.notEqual(s.verdict, 'supported');
    const t = onlySentence('CAFs whose growth is linked to IL-6 secrete IL-11.', kb);
    assert.notEqual(t.verdict, 'supported', JSON.stringify(plain(t.text)));
  });
  test('near miss: the clause on a name after the verb is whoseRelative.ts\'s, and a plain association stays a claim', () => {
    assert.ok(plain('IL-6 is secreted by a CAF population whose function is linked to Meflin expression.').some((c) => c.startsWith('CAF associated-with')));
    assert.equal(onlySentence('Tumour growth is linked to IL-6.', kb).verdict, 'supported');
  });
});

suite('coordinated passives share an agent only where a clause names none', () => {
  test('"X was promoted by A, and it was blocked by B": no claim of B on A, none of B raising X', () => {
    for (const text of ['Invasion was promoted by IL-11, and it was blocked by STAT3 inhibitors.', 'Invasion was promoted by IL-11, and it was blocked by stattic.']) {
      const claims = plain(text);
      assert.ok(!claims.some((c) => c.endsWith(' IL11') && !c.startsWith('IL11')), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(!claims.includes('DRUG_STATTIC increases CELL_INVASION'), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(claims.includes('IL11 promotes CELL_INVASION'), `${text}: ${JSON.stringify(claims)}`);
    }
  });
  test('near miss: the shared agent of two clauses without agents still acts in both, turned by its loss', () => {
    assert.deepEqual(plain('Cell migration was markedly inhibited and Snail expression was downregulated by treatment with trametinib.'), ['DRUG_TRAMETINIB decreases CELL_MIGRATION', 'DRUG_TRAMETINIB downregulates NCBIGENE_6615']);
    assert.ok(plain('Cell migration was markedly inhibited and Snail expression was downregulated by STAT3 inhibitors.').includes('STAT3 increases CELL_MIGRATION'));
  });
  test('near miss: "X was promoted by A and was blocked by B inhibitors" keeps B\'s loss on X', () => {
    assert.ok(!plain('Invasion was promoted by IL-11 and was blocked by STAT3 inhibitors.').some((c) => c.startsWith('STAT3 ') && c.endsWith(' IL11')));
  });
});

suite('an altered form is no agent and no loss', () => {
  test('"STAT3 double mutant cells", "STAT3 mutants", "mutant STAT3" read no STAT3 claim', () => {
    for (const text of ['STAT3 double mutant cells showed a marked decrease in invasion.', 'STAT3 double mutant cells showed reduced invasion.', 'STAT3 mutants showed reduced invasion.', 'Cells carrying mutant STAT3 showed a marked decrease in invasion.']) {
      const s = onlySentence(text, kb);
      assert.ok(!plain(text).some((c) => c.startsWith('STAT3 ')), `${text}: ${JSON.stringify(plain(text))}`);
      assert.notEqual(s.verdict, 'contradicted', text);
    }
  });
  test('near miss: a mutant said to be active is the name acting', () => {
    assert.ok(plain('A constitutively activated STAT3 mutant raised the invasion of breast cancer cells.').some((c) => c.startsWith('STAT3 increases CELL_INVASION')));
  });
  test('near miss: a loss named by the group is the loss', () => {
    assert.ok(plain('STAT3-deficient cells showed a marked decrease in invasion.').includes('STAT3 increases CELL_INVASION'));
    assert.ok(plain('STAT3 knockout cells showed a marked decrease in invasion.').includes('STAT3 increases CELL_INVASION'));
    assert.ok(plain('Cells expressing dominant-negative STAT3 showed a marked decrease in invasion.').includes('STAT3 increases CELL_INVASION'));
    assert.ok(plain('IL-11-/- mice showed reduced tumor growth.').includes('IL11 increases TUMOR_GROWTH'));
  });
});

suite('"reversal of Y" is a fall of Y', () => {
  test('"X led to (the) reversal of EMT" and "EMT reversal" lower EMT', () => {
    for (const text of ['IL-6 led to reversal of EMT.', 'IL-6 resulted in a reversal of EMT.', 'IL-6 caused EMT reversal.']) {
      const claims = plain(text);
      assert.ok(claims.includes('IL6 suppresses EMT'), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(!claims.some((c) => /IL6 (?:induces|increases|promotes) EMT/.test(c)), `${text}: ${JSON.stringify(claims)}`);
    }
  });
  test('"the reversal of the EMT phenotype" never reads a rise of EMT (undoneEffects.ts takes a phenotype for the changes undone)', () => {
    assert.ok(!plain('IL-6 led to the reversal of the EMT phenotype.').some((c) => /IL6 (?:induces|increases|promotes) EMT/.test(c)));
  });
  test('past a hyphen-tied cause: "D led to reversal of (the) IL-6-induced EMT" lowers EMT, never raises it', () => {
    for (const text of ['Sorafenib led to reversal of the IL-6-induced EMT.', 'Tocilizumab caused reversal of IL-6-induced invasion.']) {
      const claims = plain(text);
      assert.ok(claims.some((c) => / suppresses (?:EMT|CELL_INVASION)$/.test(c)), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(!claims.some((c) => /^(?:SORAFENIB|DRUG_TOCILIZUMAB) (?:induces|increases|promotes)/.test(c)), `${text}: ${JSON.stringify(claims)}`);
    }
  });
  test('"a reversal of the effects of Z on Y" says nothing of the agent raising Y (undoneEffects.ts)', () => {
    const claims = plain('Tocilizumab led to a reversal of the effects of IL-6 on invasion.');
    assert.ok(!claims.some((c) => /^DRUG_TOCILIZUMAB (?:induces|increases|promotes) CELL_INVASION/.test(c)), JSON.stringify(claims));
    assert.ok(plain('Tocilizumab led to a reduction of invasion.').some((c) => c.startsWith('DRUG_TOCILIZUMAB')), 'near miss: the plain fall stays');
  });
  test('near miss: "reversed EMT" lowers it and "led to the induction of EMT" raises it', () => {
    assert.ok(plain('IL-6 reversed EMT.').includes('IL6 suppresses EMT'));
    assert.ok(plain('IL-6 led to the induction of EMT.').includes('IL6 induces EMT'));
  });
});
