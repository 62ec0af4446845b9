// Issue 7 (h-w21b44c, stop 44): two readings found on wave 21's studied half. A protein's isoforms are the protein
// (cues.ts classHeads, the nouns every gene or protein has): "the X isoforms, <a description>, have key roles in Y"
// read nothing, since the phrase "X isoforms" was headed by a noun that said neither more nor less of X and anchored
// reading left it. And a class said in the second predicate of a name with its bracketed short form (kindAsDirection.ts).
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

readingTable('reader w21b44c', 'a class said in the second predicate of a name with its bracketed short form (kindAsDirection.ts coordinatedStarts)', [
  // The bracket after the name closed the clause before its first predicate, so "and exerts ... effects" was never
  // tried, and the short form counted as a second actor between.
  ['Cancer-associated fibroblasts (CAFs) abound in the stroma of many carcinomas and exert tumour-promoting effects.', ['CAF promotes TUMORIGENESIS [ctx CARCINOMA]'], 'supported'],
  ['Interleukin-11 (IL-11) binds its receptor on tumour cells and has tumour-promoting effects.', ['IL11 promotes TUMORIGENESIS [ctx CANCER]'], 'supported'],
  ['Cancer-associated fibroblasts (CAFs) populate the tumour stroma and have both tumour-promoting and tumour-suppressive roles.', ['CAF inhibits TUMORIGENESIS [ctx TUMOR_MICROENVIRONMENT]', 'CAF promotes TUMORIGENESIS [ctx TUMOR_MICROENVIRONMENT]'], 'contradicted'],
  // Near misses: the suppressive class against the finding (contradicted); the sibling STAT1 (no evidence); another
  // cancer (other-context); another actor between (stromal cells) keeps the second predicate unread, as before.
  ['Cancer-associated fibroblasts (CAFs) abound in the tumour stroma and exert tumour-suppressive effects.', ['CAF inhibits TUMORIGENESIS [ctx TUMOR_MICROENVIRONMENT]'], 'contradicted'],
  ['Signal transducer and activator of transcription 1 (STAT1) resides in the cytoplasm and exerts tumour-promoting effects.', ['STAT1 promotes TUMORIGENESIS'], 'unsupported/no-evidence'],
  ['Interleukin-11 (IL-11) is abundant in the serum of patients with gastric cancer and has tumour-promoting effects.', ['IL11 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);
