// Issue 7 (stop 52, h-verdict52): "X raises A and increases B", two predicates of one subject that the reader reads
// with one relation. Read with two relations ("raises A and promotes B") the silent predicate is a side remark
// beside the backed one, whichever comes first (analyzeBlock.ts coordinatedPredicateVerdict, stop 36), and so is a
// silent member beside a backed one in a list ("raises A and B", listVerdict, stop 35); with one relation the silent
// predicate fell into the backed one's group without standing in its list and pulled the sentence down
// (objectListVerdict sidePredicate). What the verbs read as decides nothing. A sibling of the backed object (the
// guideline's near miss), a chain ("and thereby", ", which"), a subject the library is silent on, an opposite
// finding or a setting the backed finding does not cover still keep the sentence from being supported.
// Sentences of our own, with the bundled library's verdict.
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('same-relation predicates', name, cases);

table('a silent predicate read with the backed one\'s relation is a side remark, in either order', [
  ['IL-6 raises IGF-1 and increases MMP-9 in liver cancer cells.', ['IL6 increases IGF1 [ctx LIVER_CANCER]', 'IL6 increases MMP9 [ctx LIVER_CANCER]'], 'supported'],
  ['Hypoxia raises IL-11 and increases survivin levels in breast cancer cells.', ['HYPOXIA increases IL11 [ctx BREAST_CANCER]', 'HYPOXIA increases NCBIGENE_332 [ctx BREAST_CANCER]'], 'supported'],
  // Loss of function inverts both predicates alike.
  ['Loss of IGF1R lowers sorafenib resistance and reduces ERK activity in HCC cells.', ['IGF1R increases ERK [ctx HCC]', 'IGF1R increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // A series: the middle predicate's object is a side remark as the last one's is.
  ['IL-6 raises IGF-1, increases MMP-9, and elevates TIMP-1.', ['IL6 increases IGF1', 'IL6 increases MMP9', 'IL6 increases NCBIGENE_7076'], 'supported'],
  ['IL-6 increases MMP-9 and raises IGF-1 in liver cancer cells.', ['IL6 increases IGF1 [ctx LIVER_CANCER]', 'IL6 increases MMP9 [ctx LIVER_CANCER]'], 'supported'],
  ['In breast cancer cells, hypoxia increases survivin and raises IL-11.', ['HYPOXIA increases IL11 [ctx BREAST_CANCER]', 'HYPOXIA increases NCBIGENE_332 [ctx BREAST_CANCER]'], 'supported'],
  // The same objects as one list were supported before.
  ['IL-6 raises IGF-1 and MMP-9 in liver cancer cells.', ['IL6 increases IGF1 [ctx LIVER_CANCER]', 'IL6 increases MMP9 [ctx LIVER_CANCER]'], 'supported'],
]);

table('a sibling, a chain, a silent subject, an opposite finding or another setting still speaks', [
  // MMP-11 beside MMP-13, IGF-2 beside IGF-1: the near miss the guideline calls unsupported, in either order.
  ['IL-11 raises MMP-13 and increases MMP-11.', ['IL11 increases MMP13', 'IL11 increases NCBIGENE_4320'], 'unsupported/no-evidence'],
  ['IL-11 increases MMP-11 and raises MMP-13.', ['IL11 increases MMP13', 'IL11 increases NCBIGENE_4320'], 'unsupported/no-evidence'],
  ['IL-6 raises IGF-1 and increases IGF-2.', ['IL6 increases IGF1', 'IL6 increases NCBIGENE_3481'], 'unsupported/no-evidence'],
  ['IL-6 raises IGF-1, increases IGF-2, and elevates TIMP-1.', ['IL6 increases IGF1', 'IL6 increases NCBIGENE_3481', 'IL6 increases NCBIGENE_7076'], 'unsupported/no-evidence'],
  // A chain goes through the first object: a claim the library must state.
  ['IL-6 raises IGF-1 and thereby increases MMP-9.', ['IL6 increases IGF1', 'IL6 increases MMP9'], 'unsupported/no-evidence'],
  ['IL-6 increases MMP-9 and thereby raises IGF-1 in liver cancer cells.', ['IL6 increases IGF1 [ctx LIVER_CANCER]', 'IL6 increases MMP9 [ctx LIVER_CANCER]'], 'unsupported/no-evidence'],
  ['IL-6 raises IGF-1, which increases MMP-9.', ['IGF1 increases MMP9', 'IL6 increases IGF1'], 'unsupported/no-evidence'],
  ['STAT1 raises VEGF and increases MMP-9.', ['STAT1 increases MMP9', 'STAT1 increases VEGF'], 'unsupported/no-evidence'],
  ['IL-6 raises IGF-1 and increases apoptosis of HCC cells.', ['IL6 increases APOPTOSIS [ctx HCC]', 'IL6 increases IGF1 [ctx HCC]'], 'contradicted'],
  ['IL-6 raises IGF-1 and increases MMP-9 in gastric cancer cells.', ['IL6 increases IGF1 [ctx GASTRIC_CANCER]', 'IL6 increases MMP9 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['IL-6 increases MMP-9 and raises IGF-1 in gastric cancer cells.', ['IL6 increases IGF1 [ctx GASTRIC_CANCER]', 'IL6 increases MMP9 [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
]);

// analyzeBlock.ts coordinatedPredicateVerdict: a silent first predicate with a list of objects ("raises A and B and
// promotes C") is judged as one with a single object ("raises A and promotes C", supported): the next predicate starts
// after the list's last member, and every member is held to the sibling tests (MMP-11 in the list beside MMP-13).
table('a silent predicate with a list of objects yields to a backed later predicate as a single object does', [
  ['STAT3 raises survivin and Mcl-1 and promotes angiogenesis.', ['STAT3 increases NCBIGENE_332', 'STAT3 increases NCBIGENE_4170', 'STAT3 promotes ANGIOGENESIS'], 'supported'],
  ['STAT3 raises survivin and Mcl-1 expression and promotes angiogenesis.', ['STAT3 increases NCBIGENE_332', 'STAT3 increases NCBIGENE_4170', 'STAT3 promotes ANGIOGENESIS'], 'supported'],
  ['STAT3 raises survivin, Mcl-1 and Bcl-xL and promotes angiogenesis.', ['STAT3 increases NCBIGENE_332', 'STAT3 increases NCBIGENE_4170', 'STAT3 increases NCBIGENE_598', 'STAT3 promotes ANGIOGENESIS'], 'supported'],
  ['Hypoxia raises survivin and Mcl-1 and increases IL-11 in breast cancer cells.', ['HYPOXIA increases IL11 [ctx BREAST_CANCER]', 'HYPOXIA increases NCBIGENE_332 [ctx BREAST_CANCER]', 'HYPOXIA increases NCBIGENE_4170 [ctx BREAST_CANCER]'], 'supported'],
  // Controls: a sibling in the silent list, a chain, a silent subject, a cancer the general finding does not cover.
  ['IL-11 raises TIMP-1 and MMP-11 and induces MMP-13.', ['IL11 increases NCBIGENE_4320', 'IL11 increases NCBIGENE_7076', 'IL11 induces MMP13'], 'unsupported/no-evidence'],
  ['STAT3 raises survivin and Mcl-1 and thereby promotes angiogenesis.', ['STAT3 increases NCBIGENE_332', 'STAT3 increases NCBIGENE_4170', 'STAT3 promotes ANGIOGENESIS'], 'unsupported/no-evidence'],
  ['STAT1 raises survivin and Mcl-1 and promotes angiogenesis.', ['STAT1 increases NCBIGENE_332', 'STAT1 increases NCBIGENE_4170', 'STAT1 promotes ANGIOGENESIS'], 'unsupported/no-evidence'],
  ['In HCC cells, STAT3 raises survivin and Mcl-1 and promotes angiogenesis.', ['STAT3 increases NCBIGENE_332 [ctx HCC]', 'STAT3 increases NCBIGENE_4170 [ctx HCC]', 'STAT3 promotes ANGIOGENESIS [ctx HCC]'], 'unsupported/no-evidence'],
]);

// analyzeBlock.ts predicateJoin, predicateSeries: the setting a first predicate names after its object ("in vitro", "of
// the cells", "in liver cancer cells") stands between it and the next predicate without ending the pair; both claims
// take the setting anyway. A chain, a sibling, a silent subject and an uncovered cancer stay as they were.
table('a setting after the first predicate\'s object keeps the pair of predicates', [
  ['IL-6 raises IGF-1 in liver cancer cells and increases MMP-9.', ['IL6 increases IGF1 [ctx LIVER_CANCER]', 'IL6 increases MMP9 [ctx LIVER_CANCER]'], 'supported'],
  ['IL-6 raises MMP-9 in liver cancer cells and increases IGF-1.', ['IL6 increases IGF1 [ctx LIVER_CANCER]', 'IL6 increases MMP9 [ctx LIVER_CANCER]'], 'supported'],
  ['STAT3 raises survivin in vitro and promotes angiogenesis in vivo.', ['STAT3 increases NCBIGENE_332 [ctx CELL_CULTURE,IN_VIVO]', 'STAT3 promotes ANGIOGENESIS [ctx CELL_CULTURE,IN_VIVO]'], 'supported'],
  ['Stattic reduced the survival of the cells and lowered IL-11 levels.', ['DRUG_STATTIC decreases CELL_SURVIVAL', 'DRUG_STATTIC decreases IL11'], 'supported'],
  ['HIF-1α triggers glycolysis of tumour cells, induces EMT, and enhances invasion.', ['HIF1A increases CELL_INVASION [ctx CANCER]', 'HIF1A induces EMT [ctx CANCER]', 'HIF1A induces GO_0006096 [ctx CANCER]'], 'supported'],
  ['IL-11 raises MMP-13 in tumour cells and increases MMP-11.', ['IL11 increases MMP13 [ctx CANCER]', 'IL11 increases NCBIGENE_4320 [ctx CANCER]'], 'unsupported/no-evidence'],
  ['STAT3 raises survivin in vitro and thereby promotes angiogenesis in vivo.', ['STAT3 increases NCBIGENE_332 [ctx CELL_CULTURE,IN_VIVO]', 'STAT3 promotes ANGIOGENESIS [ctx CELL_CULTURE,IN_VIVO]'], 'unsupported/no-evidence'],
  ['STAT1 raises survivin in vitro and promotes angiogenesis in vivo.', ['STAT1 increases NCBIGENE_332 [ctx CELL_CULTURE,IN_VIVO]', 'STAT1 promotes ANGIOGENESIS [ctx CELL_CULTURE,IN_VIVO]'], 'unsupported/no-evidence'],
  ['IL-6 raises MMP-9 in gastric cancer cells and increases IGF-1.', ['IL6 increases IGF1 [ctx GASTRIC_CANCER]', 'IL6 increases MMP9 [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
]);
