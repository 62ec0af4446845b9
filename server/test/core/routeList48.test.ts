// Issue 7 (h-prec48, stop 48): "X signalling through A and B verbs Y": the route is a list, and its later members are
// no subject of the verb (extract.ts routeListGoesOn). Read as B verbing Y, with "X signals through A" as the main
// claim, a sentence whose effect no finding gives came out supported.
import { readingTable } from './helpers';

readingTable('route list48', '"X signalling through A and B verbs Y": X verbs Y through both', [
  ['IL-11 acting through IL-11RA and gp130 induces MMP-13 in OSCC.', ['IL11 induces MMP13 [ctx OSCC] via IL11RA+GP130'], 'supported'],
  // Near misses: the numbered sibling MMP-1 (no finding); one route, as before.
  ['IL-11 signalling through IL-11RA and gp130 induces MMP-1 in OSCC.', ['IL11 induces MMP1 [ctx OSCC] via IL11RA+GP130'], 'unsupported/no-evidence'],
  ['IL-11 signalling through gp130 induces MMP-1 in OSCC.', ['IL11 induces MMP1 [ctx OSCC] via GP130'], 'unsupported/no-evidence'],
]);
