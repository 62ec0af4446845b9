// Issue 7 (h-recall50, stop 50): the breakdown of the extracellular matrix, "the degradation of the ECM", "matrix
// degradation", is the library's ECM_REMODELING (its description: the breakdown and rebuilding of the matrix; the
// findings on it are of the enzymes and cells that break the matrix down: MMP-1, MMP-3, LOX, STAT3 through MMP-2/9,
// CAFs). Before, the phrase named nothing and a sentence on what breaks the matrix down read no claim. The names are
// data (data/entities.json synonyms), not a rule here. Sentences of our own; near misses in nearmiss.jsonl (nm-t3*).
import { readingTable } from './helpers';

readingTable('matrix degradation 50', 'the degradation of the extracellular matrix is the matrix remodelling the library reports', [
  ['In tumours, cancer-associated fibroblasts drive the degradation of the extracellular matrix.', ['CAF promotes ECM_REMODELING [ctx CANCER]'], 'supported'],
  ['Active STAT3 is a key driver of ECM degradation in tumours.', ['STAT3 promotes ECM_REMODELING [ctx CANCER]'], 'supported'],
  ['CAFs contribute to extracellular matrix (ECM) degradation around tumour nests.', ['CAF promotes ECM_REMODELING [ctx CANCER]'], 'supported'],
  // Near misses: the reversed direction (contradicted); a named cancer the general finding does not cover (the
  // lead's policy: no evidence); an actor with no finding on the matrix; a numbered sibling of the MMPs.
  ['CAFs limit matrix degradation in tumours.', ['CAF decreases ECM_REMODELING [ctx CANCER]'], 'contradicted'],
  ['In OSCC, CAFs promote ECM degradation.', ['CAF promotes ECM_REMODELING [ctx OSCC]'], 'unsupported/no-evidence'],
  ['IL-11 drives the degradation of the extracellular matrix in thyroid tumours.', ['IL11 promotes ECM_REMODELING [ctx THYROID_CANCER]'], 'unsupported/no-evidence'],
  ['MMP-11 is a key driver of ECM degradation.', ['NCBIGENE_4320 promotes ECM_REMODELING'], 'unsupported/no-evidence'],
]);

readingTable('matrix degradation 50', 'the degradation of another thing is not the matrix\'s', [
  ['Protein degradation by the proteasome raised STAT3 turnover.', [], 'unsupported/no-evidence'],
]);
