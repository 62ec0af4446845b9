// Stop 49 (h-leads49): a fall named first, its cause after a passive verb of cause (causedFall.ts). "Reduced Y in
// HCC cells was caused by X" says X lowers Y; the verb reader read the cause verb alone (X inducing Y) and lost the
// participle before the event. A cause named by its loss turns it round. Sentences of our own, one construction each.
import { readingTable } from './helpers';

readingTable('caused fall49', 'a fall, then "was caused by X", "resulted from X": X lowers it', [
  ['Reduced apoptosis in HCC cells was caused by NT157.', ['NT157 decreases APOPTOSIS [ctx HCC]'], 'contradicted'],
  ['Decreased proliferation of HCC cells was induced by NT157.', ['NT157 decreases CELL_PROLIFERATION [ctx HCC]'], 'supported'],
  ['Reduced STAT3 phosphorylation was caused by NT157.', ['NT157 decreases STAT3'], 'supported'],
  ['Reduced apoptosis in HCC cells resulted from NT157 treatment.', ['NT157 decreases APOPTOSIS [ctx HCC]'], 'contradicted'],
  // The cause named by its loss: the fall is the loss's, so the name raises the event.
  ['Reduced invasion was mediated by STAT3 loss.', ['STAT3 increases CELL_INVASION'], 'supported'],
]);

readingTable('caused fall49', 'near misses: a rise, or a noun of change, reads as before', [
  ['Increased apoptosis in HCC cells was caused by NT157.', ['NT157 induces APOPTOSIS [ctx HCC]'], 'supported'],
  ['Enhanced invasion was driven by IL-11.', ['IL11 promotes CELL_INVASION'], 'supported'],
  ['The reduction of apoptosis was caused by NT157.', ['NT157 suppresses APOPTOSIS'], 'contradicted'],
]);
