// A molecule's level compared between groups that differ by how the tumour behaves (claims/phenotypeGroups.ts):
// "X was higher in metastatic than in non-metastatic tumours". Sentences written for these tests.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a level compared between groups named by a behaviour', () => {
  test('higher in the metastatic group than in the non-metastatic one: the molecule goes with metastasis', () => {
    assert.deepEqual(claimsOf('MMP-9 expression was higher in metastatic colorectal cancer than in non-metastatic colorectal cancer.', kb), [
      'MMP9 associated-with(positive) METASTASIS [ctx COLORECTAL_CANCER]',
    ]);
  });

  test('a group "without" the behaviour is its baseline', () => {
    assert.deepEqual(claimsOf('Plasma VEGF was elevated in patients with metastasis compared with those without.', kb), ['VEGF associated-with(positive) METASTASIS']);
  });

  test('lower in the invasive group turns the association round', () => {
    assert.deepEqual(claimsOf('E-cadherin expression was lower in highly invasive cells than in poorly invasive cells.', kb), ['CDH1 associated-with(negative) CELL_INVASION']);
  });

  test('the group lacking the behaviour named first: lower there is higher with it', () => {
    assert.deepEqual(claimsOf('VEGF levels were lower in non-metastatic tumours than in metastatic tumours.', kb), ['VEGF associated-with(positive) METASTASIS [ctx CANCER]']);
  });

  test('a normal baseline is no group lacking the behaviour: no association with it', () => {
    assert.ok(!claimsOf('VEGF levels were higher in metastatic tumours than in normal tissue.', kb).some((c) => c.includes('METASTASIS')));
  });
});
