// Issue 7 (h-filter36, stop 36): cancer stem cells are an entity of the lexicon (data/lexicon/curated.json
// CANCER_STEM_CELL: "cancer stem cells", "CSCs", "tumour-initiating cells", "cancer stem-like cells", "stem-like
// cells"), a population whose share of the tumour a treatment raises or lowers; "cancer" before "stem cell" is no
// place of its own. Normal stem cells ("stem cells" alone) are not it. Sentences of our own, other subjects, verbs and
// forms; the library knows nothing of cancer stem cells, so no sentence here is supported.
import { readingTable } from './helpers';

readingTable('cancer stem cells', 'named in its several forms, as what a change word acts on', [
  ['IL-6 increased the number of CSCs in MCF-7 cells.', ['IL6 increases CANCER_STEM_CELL [ctx CELL_MCF_7]'], 'unsupported/no-evidence'],
  ['Sorafenib reduced cancer stem-like cells in HCC.', ['SORAFENIB decreases CANCER_STEM_CELL [ctx HCC]'], 'unsupported/no-evidence'],
  ['In SKBR3 cells, lapatinib lowered the proportion of tumour-initiating cells.', ['DRUG_LAPATINIB decreases CANCER_STEM_CELL [ctx CELL_SK_BR_3]'], 'out-of-scope'],
  // "cancer" qualifies the stem-cell fraction: no cancer context of its own.
  ['Alpelisib reduced the cancer stem-cell fraction in SKBR3 cells.', ['DRUG_ALPELISIB decreases CANCER_STEM_CELL [ctx CELL_SK_BR_3]'], 'out-of-scope'],
]);

readingTable('cancer stem cells', 'near misses: normal stem cells, markers of the population, the population naming another molecule', [
  ['Normal mammary stem cells express CD44 and ALDH1.', [], 'out-of-scope'],
  ['Stem cells of the colon crypt divide slowly.', [], 'out-of-scope'],
  ['CD44 and ALDH1 mark cancer stem cells in breast tumours.', [], 'out-of-scope'],
  ['ALDH1-positive CSCs were enriched after lapatinib treatment.', [], 'out-of-scope'],
  // "the CSC-associated cytokine IL-8": the population says which cytokine; the molecule is the object.
  ['Hypoxia lowered the CSC-associated cytokine IL-8 in MCF-7 cells.', ['HYPOXIA decreases NCBIGENE_3576 [ctx CELL_MCF_7]'], 'unsupported/no-evidence'],
  ['The CSC-related factor SOX2 was raised by IL-6 in breast cancer cells.', ['IL6 increases NCBIGENE_6657 [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  // In a list after a relation noun too (extract.ts coordinatedAfter): the cytokine, not the population.
  ['We linked this to FoxO-mediated inhibition of survivin and the CSC-associated cytokine IL-8.', ['FOXO_FAMILY inhibits NCBIGENE_332', 'FOXO_FAMILY inhibits NCBIGENE_3576'], 'unsupported/no-evidence'],
]);

readingTable('cancer stem cells', 'a mesenchymal trait sharing its head noun with the next (impliedMentions.ts): both traits are objects', [
  // (Each library finding on EMT is in another cancer or cells: other context.)
  ['STAT3 promoted mesenchymal/CSC traits in HCC cells.', ['STAT3 promotes CANCER_STEM_CELL [ctx HCC]', 'STAT3 promotes EMT [ctx HCC]'], 'unsupported/other-context'],
  ['Hypoxia induced mesenchymal, invasive features in SW480 cells.', ['HYPOXIA induces CELL_INVASION [ctx CELL_SW480]', 'HYPOXIA induces EMT [ctx CELL_SW480]'], 'unsupported/other-context'],
  ['IL-11 may confer mesenchymal and stem-like characteristics on gastric cancer cells.', ['IL11 promotes EMT [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // Not cells of the two kinds: no trait noun after the join.
  ['The mesenchymal and epithelial cells of the tumour differ.', [], 'out-of-scope'],
]);
