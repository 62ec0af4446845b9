// Coordination (issue 7, claims/coordination.ts): a relation said of a list is said of each member, whichever
// reader found it. Frames used to bind only the member nearest their head. Sentences of our own, one shape each.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { anchoredClaimsOf, bundledKb, readingTable } from './helpers';

readingTable('coordination', 'a frame distributes over coordinated subjects', [
  ['IL-6 and TNF-α play a role in the invasion of HCC cells.', ['IL6 promotes CELL_INVASION [ctx HCC]', 'NCBIGENE_7124 promotes CELL_INVASION [ctx HCC]'], 'unsupported/no-evidence'],
  ['IL-6, TNF-α and IL-1β play important roles in EMT.', ['IL6 promotes EMT', 'NCBIGENE_3553 promotes EMT', 'NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
  ['Both IL-6 and TNF-α are involved in EMT.', ['IL6 promotes EMT', 'NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
  ['IL-6 as well as TNF-α is essential for EMT.', ['IL6 promotes EMT', 'NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
  ['IL-6 and IL-11 are key drivers of EMT in HCC.', ['IL11 promotes EMT [ctx HCC]', 'IL6 promotes EMT [ctx HCC]'], 'unsupported/other-context'],
  // A denial opened by "neither" reaches every member.
  ['Neither IL-6 nor TNF-α plays a role in EMT.', ['NOT IL6 promotes EMT', 'NOT NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
]);

readingTable('coordination', 'a relation noun distributes over the agents after "by"', [
  ['Activation of STAT3 by IL-6 and TNF-α promoted invasion.', ['IL6 activates STAT3', 'NCBIGENE_7124 activates STAT3', 'STAT3 promotes CELL_INVASION'], 'supported'],
  ['The activation of STAT3 by IL-6, IL-11 and TNF-α was reduced.', ['IL11 activates STAT3', 'IL6 activates STAT3', 'NCBIGENE_7124 activates STAT3'], 'supported'],
]);

// "not only of A but also of B": the preposition said again before the second member keeps it in the list (stop 49).
readingTable('coordination', 'a preposition repeated after "but also"', [
  // (The verdict is the list rule's, as for "of IL-11 and IL-6" (notOnly.ts, stop 50): IL-6, unbacked, is a sibling of
  // the backed IL-11, the guideline's near miss.)
  ['On the cell surface, gp130 transmits the signals not only of IL-11 but also of IL-6.', ['IL11 signals-through GP130', 'IL6 signals-through GP130'], 'unsupported/no-evidence'],
  // Near miss: another preposition after "but also" opens a phrase of its own, no second member.
  ['On the cell surface, gp130 transmits the signals of IL-6 but also in IL-11.', ['IL6 signals-through GP130'], 'unsupported/no-evidence'],
]);

// "of A and of B": the same list with "and" (stop 50); the verdict the list rule's, as for "of A and B".
readingTable('coordination', 'a preposition repeated after "and"', [
  ['At the membrane, gp130 transmits the signals of TNF-α and of IL-11.', ['IL11 signals-through GP130', 'NCBIGENE_7124 signals-through GP130'], 'supported'],
  // Near misses: the sibling cytokine beside the backed one; another preposition after "and" opens no member.
  ['At the membrane, gp130 transmits the signals of IL-11 and of IL-6.', ['IL11 signals-through GP130', 'IL6 signals-through GP130'], 'unsupported/no-evidence'],
  ['At the membrane, gp130 transmits the signals of IL-6 and in IL-11.', ['IL6 signals-through GP130'], 'unsupported/no-evidence'],
]);

readingTable('coordination', 'lists that are not the subject\'s', [
  // A list closed by "and" before a comma belongs to the fronted phrase; the subject comes after the comma.
  ['In cells with IL-6 and TNF-α, STAT3 activated MMP-9.', ['STAT3 activates MMP9'], 'supported'],
  // A contrast keeps its second member out (and denied), a partner phrase is no second agent.
  ['IL-6 but not TNF-α plays a role in EMT.', ['NOT NCBIGENE_7124 promotes EMT'], 'unsupported/no-evidence'],
  // A member of another kind ends the list: a process is no agent beside a cytokine.
  ['IL-6 and cell migration play a role in EMT.', ['CELL_MIGRATION promotes EMT'], 'unsupported/no-evidence'],
]);

// Knowledge-anchored reading (anchored.ts) takes the same step over its chunks, any linked pair allowed here.
suite('coordination: knowledge-anchored reading', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  const cases: [string, string[]][] = [
    // Each agent of a passive's "by" list, commas and all (only the first was read).
    ['STAT3 was activated by IL-6, TNF-α and IL-1β in HCC cells.', ['IL6 activates STAT3 [ctx HCC]', 'NCBIGENE_3553 activates STAT3 [ctx HCC]', 'NCBIGENE_7124 activates STAT3 [ctx HCC]']],
    // "neither A nor B" after the verb denies it of each (read as raised before).
    ['IL-6 increased neither MMP-9 nor vimentin in HCC cells.', ['NOT IL6 increases MMP9 [ctx HCC]', 'NOT IL6 increases VIM [ctx HCC]']],
    // A member ruled out by "but not" is no agent (it was read as one).
    ['IL-6 but not TNF-α activated STAT3 in HCC cells.', []],
    ['IL-6, rather than TNF-α, activated STAT3 in HCC cells.', ['IL6 activates STAT3 [ctx HCC]']],
  ];
  for (const [sentence, expected] of cases) test(sentence, () => assert.deepEqual(anchoredClaimsOf(sentence, kb), [...expected].sort()));
});
