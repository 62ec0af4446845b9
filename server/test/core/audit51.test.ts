// Stop 51 (h-audit51): over-triggers found by auditing stop 50's new readings on sentences of our own (issue 7,
// SUPPORTED precision).
// - A name set apart from a class by "besides", "apart from", "aside from", "excluding" (roles.ts setApartAt,
//   lastResort.ts), as by "other than" (stop 50): it takes no part in the claim. Its findings do not back the class
//   after the words verify/scope.ts excludedPlaces lists ("apart from", "aside from", "excluding", not "besides":
//   withdrawn, it moved a held-out row).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a name set apart from its class (stop 51)', () => {
  test('"apart from X, cytokines drive Y", "aside from X, ...": no claim of X, and X\'s findings do not back the class', () => {
    for (const text of ['Apart from IL-11, cytokines drive EMT.', 'Aside from IL-11, several cytokines drive EMT.', 'Cytokines excluding IL-11 drive EMT.']) {
      const { claims, verdict } = claimsAndVerdict(text, kb);
      assert.ok(!claims.some((c) => c.startsWith('IL11 ')), `${text} ${JSON.stringify(claims)}`);
      assert.notEqual(verdict, 'supported', text);
    }
  });
  test('near misses: the other names keep their claims ("besides X, Y also raises Z"; "besides raising Z, X ...")', () => {
    assert.equal(claimsAndVerdict('Besides IL-11, IL-6 also raises STAT3 in HCC cells.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('Besides raising STAT3, IL-11 promotes invasion of MDA-MB-231 cells.', kb).verdict, 'supported');
  });
});

suite('a "whose" pair from a name before the antecedent (stop 51)', () => {
  test('"Pro-tumorigenic CAFs whose activity is linked to IL-6": the adjective\'s process is no antecedent; no claim of it and IL-6', () => {
    const { claims, verdict } = claimsAndVerdict('Pro-tumorigenic CAFs whose activity is linked to IL-6 were abundant in HCC.', kb);
    assert.ok(!claims.some((c) => c.includes('TUMORIGENESIS') && c.includes('IL6')), JSON.stringify(claims));
    assert.notEqual(verdict, 'supported');
  });
  test('near miss: the antecedent\'s own pair, alone, stays (whoseRemark50)', () => {
    const { claims } = claimsAndVerdict('IL-6 is secreted by a CAF population whose function is linked to Meflin expression.', kb);
    assert.ok(claims.some((c) => c.startsWith('CAF associated-with')), JSON.stringify(claims));
  });
});

suite('"even if": a concession keeps the main clause (stop 51)', () => {
  test('"Even if X raised A, it lowered B": the main clause\'s contradiction is heard; the supposed claim goes', () => {
    const { claims, verdict } = claimsAndVerdict('Even if IL-11 raised MMP-9, it lowered MMP-2 in MDA-MB-231 cells.', kb);
    assert.equal(verdict, 'contradicted');
    assert.ok(!claims.some((c) => c.includes('MMP9')), JSON.stringify(claims));
  });
  test('near miss: a plain "if" supposition still takes its consequence with it', () => {
    assert.deepEqual(claimsAndVerdict('If IL-11 promotes EMT, blocking it should reduce invasion.', kb).claims, []);
  });
});
