// Stop 49 (h-leads49): a fronted place named by what its cells lack, "In cells lacking Z, ...", read by the rule of a
// loss as the same place after the verb is (frontedLostPlace.ts, roles.ts lackingCellsOpenedByIn):
// - with an agent, Z names where it acted: no claim of Z's own (Z and the agent were both read as lost, each lowering Y);
// - with the agent's effect denied, Z is needed for it: Z promotes Y, and the denial, which holds only without Z, goes;
// - with no agent, the loss is the cause (Z raises what fell), as before.
// Sentences of our own, one construction each.
import { readingTable } from './helpers';

readingTable('fronted lost place49', '"In cells lacking Z, A raised Y": Z names the place', [
  ['In cells lacking STAT3, IL-11 raises MMP-3.', ['IL11 increases MMP3'], 'supported'],
  ['In mice deficient in STAT3, IL-6 induced MMP-3.', ['IL6 induces MMP3'], 'unsupported/no-evidence'],
]);

readingTable('fronted lost place49', '"In cells lacking Z, A failed to raise Y": Z is needed for it', [
  ['In cells lacking STAT3, IL-6 failed to induce MMP-3.', ['STAT3 promotes MMP3'], 'contradicted'],
  ['In STAT3-deficient cells, IL-6 did not induce MMP-3.', ['STAT3 promotes MMP3'], 'contradicted'],
  ['In the absence of STAT3, IL-6 failed to induce MMP-3.', ['STAT3 promotes MMP3'], 'contradicted'],
  // The same place after the verb reads the same (abolishedByLoss.ts).
  ['IL-6 failed to induce MMP-3 in cells lacking STAT3.', ['STAT3 promotes MMP3'], 'contradicted'],
]);

readingTable('fronted lost place49', 'near misses: no agent, the loss is the cause; "no longer" keeps its route', [
  ['In cells lacking STAT3, MMP-3 was reduced.', ['STAT3 increases MMP3'], 'contradicted'],
  ['In the absence of IL-6Rα, IL-6 could no longer drive sorafenib resistance.', ['IL6 promotes SORAFENIB_RESISTANCE via IL6R', 'IL6R promotes SORAFENIB_RESISTANCE'], 'supported'],
]);
