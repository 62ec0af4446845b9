// Issue 7 (h-w17b40, stop 40): classes of construction found on wave 17's studied half, each in sentences of our
// own with other entities, verbs and tenses, and the near misses that must not be read as the class.
import { readingTable } from './helpers';

readingTable('reader w17b40', 'a change undone after a cause, most often a loss: "the changes in Y were reversed after inhibition of X" (frames.ts reversed-after, change-reversed-after)', [
  ['The changes in the invasion and migration ability were reversed after knockdown of STAT3.', ['STAT3 activates CELL_INVASION', 'STAT3 activates CELL_MIGRATION'], 'supported'],
  ['The changes in the vimentin level and in the invasion ability were reversed after inhibition of HIF-1α.', ['HIF1A activates CELL_INVASION'], 'supported'],
  ['The rise in invasion and migration of the thyroid cells was reversed after silencing of STAT3.', ['STAT3 activates CELL_INVASION', 'STAT3 activates CELL_MIGRATION'], 'supported'],
  // Near misses: a fall undone by a loss says the lost gene lowers it (against a finding that it raises it); the
  // sibling STAT; a rise undone by a gene's own addition says the gene lowers it.
  ['The fall in invasion of the breast cancer cells was reversed after silencing of STAT3.', ['STAT3 suppresses CELL_INVASION [ctx BREAST_CANCER]'], 'contradicted'],
  ['The changes in the invasion and migration ability were reversed after knockdown of STAT1.', ['STAT1 activates CELL_INVASION', 'STAT1 activates CELL_MIGRATION'], 'unsupported/no-evidence'],
  ['The increase in invasion was reversed upon addition of IL-11.', ['IL11 inhibits CELL_INVASION'], 'contradicted'],
]);

readingTable('reader w17b40', 'a verb of undoing in the passive lifts no hold: "Y was reversed after inhibition of Z" is no "Y reversed the inhibition of Z" (holdOn.ts)', [
  ['Invasion was reversed after inhibition of HIF-1α expression.', ['HIF1A activates CELL_INVASION'], 'supported'],
  ['Sorafenib reversed the suppression of apoptosis in liver tumour cells.', ['SORAFENIB increases APOPTOSIS [ctx LIVER_CANCER]'], 'unsupported/no-evidence'],
]);

readingTable('reader w17b40', 'resistance to treatment named with the disease as the class noun\'s modifier ("resistance to cancer therapies") is therapy resistance (recognize.ts resistanceToTherapy)', [
  ['Hypoxia causes resistance to cancer therapies.', ['HYPOXIA induces DRUG_RESISTANCE'], 'supported'],
  // Near misses: the opposite outcome (contradicted), another cancer (other-context), the sibling STAT.
  ['Hypoxic tumour cells are sensitive to cancer therapies.', ['HYPOXIA promotes DRUG_SENSITIVITY [ctx CANCER]'], 'contradicted'],
  ['IL-6 causes resistance to cancer therapies in gastric cancer cells.', ['IL6 induces DRUG_RESISTANCE [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['STAT1 confers resistance to tumour therapies.', ['STAT1 promotes DRUG_RESISTANCE'], 'unsupported/no-evidence'],
]);

readingTable('reader w17b40', 'the HIF-1α signalling pathway written in full is the library\'s HIF-1 pathway, not the ontology\'s node with no findings (curated.json HIF1_PATHWAY)', [
  ['The hypoxia-inducible factor-1α signalling pathway drives the invasion of thyroid cancer cells.', ['HIF1_PATHWAY promotes CELL_INVASION [ctx THYROID_CANCER]'], 'supported'],
  // Near misses: another cancer (other-context), the direction turned round (contradicted).
  ['The HIF-1α signalling pathway promotes invasion of gastric cancer cells.', ['HIF1_PATHWAY promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['Activation of the hypoxia-inducible factor-1α signaling pathway lowers cell migration.', ['HIF1_PATHWAY decreases CELL_MIGRATION'], 'contradicted'],
]);

readingTable('reader w17b40', 'a family written in full with its bracketed short form before its head noun, "signal transducer and activator of transcription (STAT) proteins", is the family (recognize.ts familiesNamedInFull)', [
  ['Signal transducer and activator of transcription (STAT) proteins promote the invasion of tumour cells.', ['STAT_FAMILY promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  // Near misses: the direction turned round (contradicted), another cancer (other-context), a cytokine with no
  // finding on the family, a family the lexicon does not name (no mention, nothing read of it).
  ['Signal transducer and activator of transcription (STAT) proteins suppress the invasion of tumour cells.', ['STAT_FAMILY suppresses CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['Signal transducer and activator of transcription (STAT) proteins drive the invasion of gastric cancer cells.', ['STAT_FAMILY promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['The signal transducer and activator of transcription (STAT) family is activated by LIF.', ['NCBIGENE_3976 activates STAT_FAMILY'], 'unsupported/no-evidence'],
]);

readingTable('reader w17b40', 'an output named as a response or programme and what it favours: "X mediates a transcriptional response favouring Y" (frames.ts response-favouring)', [
  ['Once activated, STAT3 mediates a transcriptional programme favouring invasion and migration of tumour cells.', ['STAT3 promotes CELL_INVASION [ctx CANCER]', 'STAT3 promotes CELL_MIGRATION [ctx CANCER]'], 'supported'],
  // Near misses: the sibling STAT, another cancer, a process the library has no such finding on.
  ['STAT1 mediates a transcriptional response favouring invasion of tumour cells.', ['STAT1 promotes CELL_INVASION [ctx CANCER]'], 'unsupported/no-evidence'],
  ['In gastric cancer cells, STAT3 drives a transcriptional programme favouring invasion.', ['STAT3 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['STAT3 mediates a transcriptional response favouring apoptosis of tumour cells.', ['STAT3 promotes APOPTOSIS [ctx CANCER]'], 'unsupported/no-evidence'],
]);
