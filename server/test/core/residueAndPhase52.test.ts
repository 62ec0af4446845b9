// Issue 7, stop 52 (h-recA52): two spellings that named a gene or a cell type where the text names neither
// (entities/recognize.ts resolve): an amino acid's three-letter name before its position is a residue ("at Tyr-705",
// "Ser 727"), not the gene those letters spell (TYR); and the letter after a gap phase and a slash ("G2/M cell-cycle",
// "G1/S") is a phase of the cycle, not the start of a cell type's name ("M cell"). Our own sentences.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { assertReading, bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60000);
  kb = await bundledKb();
});
const ids = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => m.entityId);

suite('residues and cell-cycle phases (stop 52)', () => {
  test('a residue with its position names no gene', () => {
    assert.deepEqual(ids('IL-6 led to phosphorylation of STAT3 at Tyr-705.'), ['IL6', 'STAT3']);
    assert.deepEqual(ids('Akt was phosphorylated at Thr 308 and Ser-473 after IGF-1 treatment.').filter((id) => id !== 'AKT' && id !== 'IGF1'), []);
    // The phosphorylation claim is read alone, with no unbacked partner beside it.
    assertReading(kb, 'IL-6 stimulation leads to the phosphorylation of STAT3 at Tyr-705.', 'supported', 'IL6 induces STAT3');
  });

  test('near misses: the gene in capitals, or without a position, is still the gene', () => {
    assert.ok(ids('TYR-positive melanoma cells expressed STAT3.').includes('NCBIGENE_7299'));
    assert.ok(ids('Tyr expression was raised by IL-6.').includes('NCBIGENE_7299'));
  });

  test('the phase after a gap phase and a slash is no cell type; M cells named alone still are', () => {
    assert.ok(!ids('STAT3 drives proliferation through G1 and G2/M cell-cycle progression.').includes('CL_0000682'));
    assert.ok(!ids('IL-6 caused G2/M cell cycle arrest in HCC cells.').includes('CL_0000682'));
    assert.ok(ids('M cells of the gut express STAT3.').includes('CL_0000682'));
  });
});
