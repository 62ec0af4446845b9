// Issue 7 (stop 54, h-defn54): a molecule defined by its class and its discovery, its origin or its family
// (verify/classDefinition.ts) is a definition, out of scope, whether or not the library knows the molecule; a role in
// the class noun's modifiers, a process or effect after it, a source in the tumour's stroma, a statement on what the
// family's members use, or a finding before it keep the sentence in scope. Sentences of our own.
import * as assert from 'node:assert/strict';
import { classDefinitionPatterns } from '../../src/core/verify/classDefinition';
import { readingTable } from './helpers';

const table = (name: string, cases: Parameters<typeof readingTable>[2]): void => readingTable('class definition (stop 54)', name, cases);

suite('class definition (stop 54): each pattern matches its example', () => {
  for (const p of classDefinitionPatterns) test(p.example, () => assert.ok(p.pattern.test(p.example)));
});

table('a class with its discovery, origin or family: no claim', [
  ['IL-11 is a pleiotropic cytokine that belongs to the gp130 family of signalling molecules.', [], 'out-of-scope'],
  ['Akt is a serine/threonine kinase that belongs to the AGC kinase group.', [], 'out-of-scope'],
  ['IGF-1 is a peptide hormone made by the liver.', [], 'out-of-scope'],
  ['IL-22 is a small cytokine produced by activated lymphocytes.', ['NCBIGENE_50616 activates CL_0000542'], 'out-of-scope'],
  ['MMP-13 is a zinc-dependent endopeptidase first cloned in 1994 from a human chondrocyte library.', [], 'out-of-scope'],
]);

table('near misses: a role, a finding or a stromal source keeps the sentence in scope', [
  ['IL-6 is a pro-inflammatory cytokine produced by many cell types.', ['IL6 promotes INFLAMMATION'], 'supported'],
  ['IL-6 is a pleiotropic cytokine.', [], 'unsupported/no-evidence'],
  ['IL-6 is a cytokine mainly secreted by fibroblasts of the tumour stroma.', [], 'unsupported/no-evidence'],
  ['IL-11 is a cytokine that belongs to the IL-6 family and promotes STAT3 activation in HCC cells.', ['IL11 promotes STAT3 [ctx HCC]'], 'unsupported/other-context'],
  ['Sorafenib blocks Raf and IGF-1 is a hormone made by the liver.', ['SORAFENIB inhibits RAF_FAMILY'], 'unsupported/no-evidence'],
]);

suite('class definition (stop 54): a statement on what the family uses is left to the reader', () => {
  const matches = (t: string): boolean => classDefinitionPatterns.some((p) => p.pattern.test(t));
  test('whose members', () => assert.equal(matches('Oncostatin M is a cytokine that belongs to the IL-6 family, whose members all use gp130.'), false));
  test('the family alone', () => assert.equal(matches('Oncostatin M is a cytokine that belongs to the IL-6 family.'), true));
});
