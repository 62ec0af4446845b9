// Issue 7, stop 52 (h-probe52): the swap probe's condition swap ("... were positively correlated under hypoxia")
// found a reciprocal correlation read with its trailing condition as a participant: extract.ts took the condition
// for the cause of an intransitive verb, "hypoxia is associated with X and with Y", and hypoxia's own findings on
// either member then supported a sentence the library does not back. A correlation between two named participants
// keeps its pair; the condition is where it was measured. The same branch now reads "inversely" / "negatively"
// before the participle (it read every such pair as positive). Sentences written for this test, one construction each.
import { readingTable } from './helpers';

readingTable('probe52', 'a correlation between two named participants keeps its pair; a condition after it is its setting', [
  ['IL-6 and STAT3 levels were positively correlated under hypoxia.', ['IL6 associated-with(positive) STAT3 [ctx HYPOXIA]'], 'unsupported/other-context'],
  ['IL-6 and STAT3 levels were correlated under normoxia.', ['IL6 associated-with(positive) STAT3 [ctx NORMOXIA]'], 'unsupported/other-context'],
  ['IL-11 and MMP-9 levels were positively correlated in hypoxic cells.', ['IL11 associated-with(positive) MMP9 [ctx HYPOXIA]'], 'supported'],
  ['IL-11 and STAT3 levels were positively correlated in hypoxic tumours.', ['IL11 associated-with(positive) STAT3 [ctx CANCER,HYPOXIA]'], 'supported'],
  ['IL-6 and IGF-1 levels were positively correlated in cancer-associated fibroblasts.', ['IL6 associated-with(positive) IGF1 [ctx CAF]'], 'supported'],
  // Control: the pair alone, and in a place, as before.
  ['IL-6 and STAT3 levels were positively correlated in HCC.', ['IL6 associated-with(positive) STAT3 [ctx HCC]'], 'supported'],
  // Control: one participant and a verb of change keep the condition as the cause.
  ['IL-11 expression increased under hypoxia.', ['HYPOXIA increases IL11'], 'supported'],
]);

readingTable('probe52', 'an adverb of inverse direction before the participle turns the pair', [
  ['IL-6 and STAT3 levels were inversely correlated in HCC.', ['IL6 associated-with(negative) STAT3 [ctx HCC]'], 'contradicted'],
  ['IL-6 and STAT3 levels were inversely correlated after sorafenib treatment.', ['IL6 associated-with(negative) STAT3'], 'contradicted'],
  ['IL-6 and STAT3 levels were negatively correlated under hypoxia.', ['IL6 associated-with(negative) STAT3 [ctx HYPOXIA]'], 'unsupported/other-context'],
]);

// immunosuppressiveMilieu.ts: a relative clause on the surrounding names no setting, but a cancer named last, after
// it, places the whole sentence, as it does in the short form ("CAFs shape an immunosuppressive TME in HCC").
readingTable('probe52', 'a cancer named last, after a relative clause on the immunosuppressive surrounding, is its setting', [
  ['CAFs shape an immunosuppressive TME that enables cancer cells to escape immune surveillance in chondrosarcoma.', ['CAF suppresses ANTITUMOR_IMMUNITY [ctx CHONDROSARCOMA]'], 'unsupported/no-evidence'],
  ['CAFs foster an immunosuppressive microenvironment which hinders T cells in glioblastoma.', ['CAF suppresses ANTITUMOR_IMMUNITY [ctx DOID_3068]'], 'unsupported/no-evidence'],
  ['CAFs shape an immunosuppressive TME in HCC.', ['CAF suppresses ANTITUMOR_IMMUNITY [ctx HCC]'], 'unsupported/no-evidence'],
  // Controls: a general place, or none, and a cell type inside the clause, stay as they were.
  ['CAFs shape an immunosuppressive TME that enables cancer cells to escape immune surveillance in tumours.', ['CAF suppresses ANTITUMOR_IMMUNITY [ctx CANCER]'], 'supported'],
  ['CAFs shape an immunosuppressive TME that enables cancer cells to escape immune surveillance.', ['CAF suppresses ANTITUMOR_IMMUNITY'], 'supported'],
  ['CAFs shape an immunosuppressive TME that hinders T cells.', ['CAF suppresses ANTITUMOR_IMMUNITY'], 'supported'],
]);
