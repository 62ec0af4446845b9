// Issue 7, stop 42 (h-actor42): a fall named by a noun of defect, "X corrected the defects in Y", "X repaired the
// deficit in Y", "the defect in Y was corrected by X" (undoneFall.ts): what X undoes is the fall, so X raises Y, as
// "X restored the impaired Y" reads. Sentences of our own: other verbs, other entities, passive and active; near
// misses nm-i016..i019.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a defect corrected', () => {
  test('"corrected the defects in Y" after a treatment of X', () => {
    assert.deepEqual(claimsOf('Exogenous IL-6 treatment corrected the defects in cell proliferation in knockout mice.', kb), ['IL6 promotes CELL_PROLIFERATION']);
  });
  test('"repaired the deficit in Y"', () => {
    assert.deepEqual(claimsOf('IL-6 administration repaired the deficit in liver regeneration.', kb), ['IL6 promotes LIVER_REGENERATION']);
  });
  test('the passive, the defect named first', () => {
    assert.deepEqual(claimsOf('The defect in liver regeneration was corrected by IL-6.', kb), ['IL6 promotes LIVER_REGENERATION']);
  });
  test('another agent and another verb of undoing', () => {
    assert.deepEqual(claimsOf('IL-11 rescued the defect in cell migration.', kb), ['IL11 promotes CELL_MIGRATION']);
  });
  test('a loss that corrects the defect holds Y back', () => {
    assert.equal(verdictOf('STAT3 knockdown corrected the defect in cell migration.', kb), 'contradicted');
  });
  test('a denial reads nothing', () => {
    assert.deepEqual(claimsOf('Neither IL-6 nor IL-11 corrected the defect in liver regeneration.', kb), []);
  });
});
