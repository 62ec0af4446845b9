// Coordination (issue 7, claims/coordination.ts): a relation said of a list is said of each member, whichever
// reader found it. Frames used to bind only the member nearest their head. Sentences of our own, one shape each.
import { readingTable } from './helpers';

readingTable('coordination', 'a frame distributes over coordinated subjects', [
  ['IL-6 and TNF-α play a role in the invasion of HCC cells.', ['IL6 promotes CELL_INVASION [ctx HCC]', 'NCBIGENE_7124 promotes CELL_INVASION [ctx HCC]'], 'unsupported/no-evidence'],
  ['IL-6, TNF-α and IL-1β play important roles in EMT.', ['IL6 promotes EMT', 'NCBIGENE_3553 promotes EMT', 'NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
  ['Both IL-6 and TNF-α are involved in EMT.', ['IL6 promotes EMT', 'NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
  ['IL-6 as well as TNF-α is essential for EMT.', ['IL6 promotes EMT', 'NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
  ['IL-6 and IL-11 are key drivers of EMT in HCC.', ['IL11 promotes EMT [ctx HCC]', 'IL6 promotes EMT [ctx HCC]'], 'unsupported/other-context'],
  // A denial opened by "neither" reaches every member.
  ['Neither IL-6 nor TNF-α plays a role in EMT.', ['NOT IL6 promotes EMT', 'NOT NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
]);

readingTable('coordination', 'lists that are not the subject\'s', [
  // A contrast keeps its second member out (and denied), a partner phrase is no second agent.
  ['IL-6 but not TNF-α plays a role in EMT.', ['NOT NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
  // A member of another kind ends the list: a process is no agent beside a cytokine.
  ['IL-6 and cell migration play a role in EMT.', ['CELL_MIGRATION promotes EMT'], 'unsupported/no-evidence'],
]);
