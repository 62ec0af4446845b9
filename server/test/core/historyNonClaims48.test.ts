// Issue 7 (stop 48, h-w25b48): two kinds of history the scope table (verify/scope.ts nonClaimPatterns) did not know:
// a discovery dated by its anniversary, and a drug that "has become a major (main, leading) treatment". Only when no
// claim is read: the same words around a relation are the relation's. Sentences of our own.
import { readingTable } from './helpers';

const table = (name: string, cases: Parameters<typeof readingTable>[2]): void => readingTable('history (stop 48)', name, cases);

table('history, no claim', [
  ['Last spring marked the thirtieth anniversary of the discovery of the STAT3 protein.', [], 'out-of-scope'],
  ['For these patients, regorafenib has become a major treatment.', [], 'out-of-scope'],
  ['Over the last decade, sorafenib has become the main systemic therapy for advanced disease.', [], 'out-of-scope'],
]);

table('near misses: a relation in the same words is still read', [
  ['This year marks the tenth anniversary of the finding that IL-6 activates STAT3.', ['IL6 activates STAT3'], 'supported'],
  ['IL-6 has become a major driver of HCC.', ['IL6 promotes TUMORIGENESIS [ctx HCC]'], 'supported'],
  ['Sorafenib has become a major treatment because it blocks STAT3.', ['SORAFENIB inhibits STAT3'], 'unsupported/no-evidence'],
]);
