// Stop 49 (h-leads49): "X may act to inhibit Y", "X can serve to raise Y": a verb of role right before "to" says
// only that X does what the infinitive says (subjects.ts skipBack, roleVerbsBeforeTo). "X acts to inhibit Y" was
// read; after a modal the subject phrase stopped at the modal and the infinitive had no subject, so nothing was read.
// Sentences of our own, one construction each.
import { readingTable } from './helpers';

readingTable('role verb before to49', 'a modal, a verb of role, then the infinitive: the subject does it', [
  ['IL-11 may act to promote invasion.', ['IL11 promotes CELL_INVASION'], 'supported'],
  ['IL-6 could act to inhibit MMP-3.', ['IL6 inhibits MMP3'], 'unsupported/no-evidence'],
  ['IL-6 may serve to inhibit MMP-3.', ['IL6 inhibits MMP3'], 'unsupported/no-evidence'],
  ['IL-6 may help to inhibit MMP-3.', ['IL6 inhibits MMP3'], 'unsupported/no-evidence'],
]);

readingTable('role verb before to49', 'near misses: without a modal, as before; a verb of role with no infinitive reads nothing new', [
  ['IL-11 acts to promote invasion.', ['IL11 promotes CELL_INVASION'], 'supported'],
  ['IL-6 acts to inhibit MMP-3.', ['IL6 inhibits MMP3'], 'unsupported/no-evidence'],
]);
