// Stop 49 (h-leads49): "X plays a role in Y by promoting Z": the means says how X does what the frame says, so the
// frame's claim, read whole before "by", is the sentence's main one (extract.ts, the order of frame and means claims).
// The means' own claim came first and a sentence backed on X and Y was no-evidence. A verb's claim ("X drives Y by
// promoting Z") takes the means as its route, as before. Sentences of our own, one construction each.
import { readingTable } from './helpers';

readingTable('frame before means49', 'a frame, then "by V-ing Z": the frame\'s claim first', [
  ['IL-11 plays a key role in tumour progression by promoting invasion.', ['IL11 promotes CELL_INVASION', 'IL11 promotes TUMOR_PROGRESSION'], 'supported'],
  ['STAT3 plays an important role in tumour progression by promoting cell proliferation.', ['STAT3 promotes CELL_PROLIFERATION', 'STAT3 promotes TUMOR_PROGRESSION'], 'supported'],
]);

readingTable('frame before means49', 'near miss: a verb with a means keeps the means as its route', [
  ['STAT3 drives tumour progression by promoting cell proliferation.', ['STAT3 promotes CELL_PROLIFERATION', 'STAT3 promotes TUMOR_PROGRESSION via CELL_PROLIFERATION'], 'unsupported/no-evidence'],
]);
