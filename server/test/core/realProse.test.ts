// Constructions of real prose (issue 7, second pass), each in a sentence of our own: what the reader makes of
// it, and the verdict the bundled library gives the sentence.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

type Case = [sentence: string, claims: string[], verdict: string];

function table(name: string, cases: Case[]): void {
  suite(`real prose: ${name}`, () => {
    for (const [sentence, expected, verdict] of cases) {
      test(sentence, () => {
        assert.deepEqual(claimsOf(sentence, kb), [...expected].sort());
        const s = onlySentence(sentence, kb);
        assert.equal(s.basis ? `${s.verdict}/${s.basis}` : s.verdict, verdict);
      });
    }
  });
}

table('outcomes: growth of cancer cells is their proliferation', [
  ['IL-6 promotes cell growth in HCC.', ['IL6 promotes CELL_GROWTH [ctx HCC]'], 'supported'],
  ['IL-6 restrains cell growth in HCC.', ['IL6 inhibits CELL_GROWTH [ctx HCC]'], 'contradicted'],
  ['IL-6 promotes cell growth in prostate cancer.', ['IL6 promotes CELL_GROWTH [ctx DOID_10283]'], 'unsupported/other-context'],
]);

table('a hedged means is a claim of its own, not a condition of the main claim', [
  ['HIF-1α promotes EMT, perhaps by lowering NDRG2.', ['HIF1A decreases NCBIGENE_57447', 'HIF1A promotes EMT'], 'supported'],
  // Stated without a hedge, the route is part of the claim, and the library does not report it.
  ['HIF-1α promotes EMT by lowering NDRG2.', ['HIF1A decreases NCBIGENE_57447', 'HIF1A promotes EMT via NCBIGENE_57447'], 'unsupported/no-evidence'],
]);

table('a process named as an adjective of cells says which cells', [
  ['Akt drives the migration of invasive tumour cells.', ['AKT promotes CELL_MIGRATION [ctx CANCER]'], 'supported'],
  ['Akt drives the migration of metastatic cells.', ['AKT promotes CELL_MIGRATION'], 'supported'],
]);
