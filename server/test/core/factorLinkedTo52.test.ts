// Issue 7, stop 52 (h-scope52): "X is an important factor linked (related, associated) to Y" (frames.ts
// factor-linked-to) read no claim, so a sentence on a molecule the library reports in another tumour came out
// unsupported with no evidence instead of other context. A factor named beside Y is associated with it; the claim is
// judged like "X is associated with Y": supported where the library reports X driving Y in a covering place, another
// context where it reports it elsewhere, and never supported from a denial.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a factor linked to an outcome (stop 52)', () => {
  test('"X is a (key) factor linked (related, associated) to Y": X is associated with Y', () => {
    for (const [text, claim] of [
      ['IL-11 is a key factor related to invasion of OSCC cells.', 'IL11 associated-with(positive) CELL_INVASION [ctx OSCC]'],
      ['STAT3 is an important factor linked to invasion of gastric tumours.', 'STAT3 associated-with(positive) CELL_INVASION [ctx GASTRIC_CANCER]'],
      ['Hypoxia is a major factor associated with the invasion of MDA-MB-231 cells.', 'HYPOXIA associated-with(positive) CELL_INVASION [ctx MDA_MB_231]'],
      ['IL-11 is a factor closely linked to the migration of OSCC cells.', 'IL11 associated-with(positive) CELL_MIGRATION [ctx OSCC]'],
      ['IL-6 is an independent factor associated with the growth of liver tumours.', 'IL6 associated-with(positive) TUMOR_GROWTH [ctx LIVER_CANCER]'],
    ] as const) assert.ok(claimsAndVerdict(text, kb).claims.includes(claim), `${text}\n${JSON.stringify(claimsAndVerdict(text, kb).claims)}`);
  });

  test('judged as an association: backed in a covering place, another context elsewhere', () => {
    assert.equal(claimsAndVerdict('IL-11 is a factor linked to the migration of OSCC cells.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('Hypoxia is a major factor associated with the invasion of MDA-MB-231 cells.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('STAT3 is a key factor related to invasion and poor prognosis of gastric tumours.', kb).verdict, 'unsupported/other-context');
    assert.equal(claimsAndVerdict('IL-11 is a key factor related to invasion of OSCC cells.', kb).verdict, 'unsupported/other-context');
  });

  test('near misses: a denial reads no association, a factor "in" Y stays the cause', () => {
    assert.notEqual(claimsAndVerdict('IL-11 is not a factor linked to the invasion of OSCC cells.', kb).verdict, 'supported');
    assert.deepEqual(claimsAndVerdict('IL-11 is a key factor in the migration of OSCC cells.', kb).claims, ['IL11 promotes CELL_MIGRATION [ctx OSCC]']);
  });
});
