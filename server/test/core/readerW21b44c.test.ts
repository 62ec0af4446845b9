// Issue 7 (h-w21b44c, stop 44): a protein's isoforms are the protein (cues.ts classHeads, the nouns every gene or
// protein has): "the X isoforms, <a description>, have key roles in Y" read nothing, since the phrase "X isoforms"
// was headed by a noun that said neither more nor less of X and anchored reading left it (wave 21's studied half).
// Sentences of our own with other entities, verbs and descriptions, and the near misses that must not be supported.
import { readingTable } from './helpers';

readingTable('reader w21b44c', 'the isoforms of a named protein stand for it (cues.ts classHeads)', [
  ['The Akt isoforms, targets of many inhibitors, have key roles in the motility of thyroid cancer cells.', ['AKT promotes CELL_MIGRATION [ctx THYROID_CANCER]'], 'supported'],
  ['The MMP-9 isoforms, zinc-dependent gelatinases of the matrix, have key roles in tumour cell invasion.', ['MMP9 promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['The IL-11 isoforms, products of the tumour cells, have major roles in breast cancer cell invasion.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER,CANCER]'], 'supported'],
  // Near misses: another cancer (other-context); a role denied (contradicted); "mutants" name an altered form, no
  // class noun of the protein, and stay unread as before.
  ['The Akt isoforms, targets of many inhibitors, have key roles in the motility of gastric cancer cells.', ['AKT promotes CELL_MIGRATION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['The IL-11 isoforms, products of the tumour cells, have no major roles in breast cancer cell invasion.', ['NOT IL11 promotes CELL_INVASION [ctx BREAST_CANCER,CANCER]'], 'contradicted'],
  ['The Akt mutants, targets of many inhibitors, have key roles in the motility of thyroid cancer cells.', [], 'unsupported/no-evidence'],
]);
