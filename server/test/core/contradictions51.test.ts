// Stop 51 (h-contra51): contradictions the reader missed, each with its near misses. Sentences our own, one
// construction each.
// 1. "linked to Y but not to Z": the excluded partner of an association is a denied association (extract.ts), as
//    ", but it showed no association with Z" is read, so a reported association with Z contradicts it.
// 2. "X neither promotes nor inhibits Y", "X does not promote or inhibit Y": both verbs are denied (oppositeVerbPair.ts).
// 3. "..., and its loss (knockdown, absence) drives Y": a possessive loss noun stands for the loss of the one named
//    molecule before it (subjects.ts possessiveAntecedent).
// 4. "Whether or not X was added, Y fell": a concession, no question (verify/scope.ts).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { nonClaimKind } from '../../src/core/verify/scope';
import { bundledKb, claimsWithoutContextOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

const plain = (text: string): string[] => claimsWithoutContextOf(text, kb);

suite('an association denied of the excluded partner ("linked to Y but not to Z")', () => {
  test('the excluded partner reads a denied association, contradicted by a reported one', () => {
    const text = 'In oral tumours, high IL-11 was linked to lymph node metastasis but not to clinical stage.';
    assert.ok(plain(text).includes('NOT IL11 associated-with(positive) CLINICAL_STAGE'), JSON.stringify(plain(text)));
    assert.equal(onlySentence(text, kb).verdict, 'contradicted');
    const swapped = 'High IL-11 levels were associated with clinical stage but not with lymph node metastasis.';
    assert.ok(plain(swapped).includes('NOT IL11 associated-with(positive) LYMPH_NODE_METASTASIS'), JSON.stringify(plain(swapped)));
  });
  test('near miss: the kept partner stays asserted; an excluded object of a causal verb stays a claim of no effect', () => {
    assert.ok(plain('High IL-11 was linked to lymph node metastasis but not to clinical stage.').includes('IL11 associated-with(positive) LYMPH_NODE_METASTASIS'));
    assert.ok(plain('IL-11 promotes migration but not invasion.').includes('IL11 no-effect CELL_INVASION'));
  });
  test('near miss: an association denied of a partner the library never links stays without evidence', () => {
    assert.notEqual(onlySentence('High IL-11 was linked to clinical stage but not to patient age.', kb).verdict, 'contradicted');
  });
});

suite('a denied pair of opposite verbs denies both', () => {
  test('"neither promotes nor inhibits", "does not promote or inhibit": both claims denied', () => {
    for (const text of ['IL-11 neither promotes nor inhibits invasion.', 'IL-11 does not promote or inhibit invasion.', 'IL-11 neither inhibits nor promotes invasion.']) {
      const claims = plain(text);
      assert.ok(claims.includes('NOT IL11 promotes CELL_INVASION') && claims.includes('NOT IL11 inhibits CELL_INVASION'), `${text}: ${JSON.stringify(claims)}`);
      assert.equal(onlySentence(text, kb).verdict, 'contradicted', text);
    }
  });
  test('near miss: an undenied choice ("promotes or inhibits") reads no first verb; same-sign verbs add nothing', () => {
    assert.ok(!plain('IL-11 promotes or inhibits invasion.').includes('IL11 promotes CELL_INVASION'));
    assert.ok(!plain('IL-11 neither induces nor promotes invasion.').includes('NOT IL11 induces CELL_INVASION'));
  });
});

suite('a possessive loss noun stands for the loss of the molecule named before', () => {
  test('"its loss / knockdown / absence" after a clause naming one molecule inverts the claim', () => {
    for (const text of ['IL-11 is plentiful in these cells, and its loss drives invasion.', 'IL-11 is plentiful in these cells, and its knockdown raised invasion.', 'IL-11 is plentiful in tumours; its absence promoted invasion.']) {
      const claims = plain(text);
      assert.ok(claims.some((c) => /^IL11 (?:suppresses|decreases|inhibits) CELL_INVASION$/.test(c)), `${text}: ${JSON.stringify(claims)}`);
      assert.equal(onlySentence(text, kb).verdict, 'contradicted', text);
    }
    assert.ok(plain('IL-11 is plentiful in these cells, and its silencing lowered invasion.').some((c) => /^IL11 (?:increases|promotes) CELL_INVASION$/.test(c)));
  });
  test('near miss: "its inhibition of Y" is the possessor acting, no loss of it; "its expression" reads as before', () => {
    assert.ok(!plain('Sorafenib is used in liver tumours, and its inhibition of Raf lowered invasion.').some((c) => c.startsWith('SORAFENIB')));
    assert.ok(plain('IL-11 is plentiful in these cells, and its expression drives invasion.').includes('IL11 promotes CELL_INVASION'));
  });
});

suite('"whether or not" as a concession is no question', () => {
  test('a concession opening the sentence leaves the main clause a claim', () => {
    assert.equal(nonClaimKind('Whether or not IL-6 was present, sorafenib reduced IL-6R levels.', true), undefined);
    assert.equal(nonClaimKind('Whether IL-6 was present or not, sorafenib reduced IL-6R levels.', true), undefined);
    assert.equal(onlySentence('Whether or not IL-6 was present, sorafenib reduced IL-6R levels.', kb).verdict, 'contradicted');
  });
  test('near miss: an open question with "whether or not" stays a question', () => {
    assert.equal(nonClaimKind('Whether or not IL-6 drives invasion remains to be determined.', true), 'question');
    assert.equal(nonClaimKind('Whether or not IL-6 drives invasion in these tumours is unclear.', true), 'question');
    assert.equal(nonClaimKind('Whether IL-6 drives invasion is not known.', true), 'question');
  });
});

suite('cells named by a loss in a "whose" clause (manipulatedGroup.ts manipulationOf)', () => {
  test('"cells whose X was silenced" lack X: what they then do is turned round', () => {
    for (const text of ['Breast cancer cells whose IL-11 was silenced invaded more.', 'Breast cancer cells whose IL-11 had been knocked down showed increased invasion.']) {
      const claims = plain(text);
      assert.ok(claims.some((c) => /^IL11 (?:decreases|inhibits|suppresses) CELL_INVASION$/.test(c)), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(!claims.some((c) => /^IL11 (?:increases|promotes) CELL_INVASION$/.test(c)), `${text}: ${JSON.stringify(claims)}`);
      assert.equal(onlySentence(text, kb).verdict, 'contradicted', text);
    }
    assert.ok(plain('Cells whose IL-11 was depleted showed reduced invasion.').some((c) => /^IL11 (?:increases|promotes) CELL_INVASION$/.test(c)));
  });
  test('near miss: a "whose" clause of no loss names no manipulated group', () => {
    const claims = plain('Breast cancer cells whose IL-11 was abundant showed increased invasion.');
    assert.ok(!claims.some((c) => /^IL11 (?:decreases|inhibits|suppresses) CELL_INVASION$/.test(c)), JSON.stringify(claims));
  });
});
