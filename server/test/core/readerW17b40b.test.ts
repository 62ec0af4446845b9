// Issue 7 (h-w17b40b, stop 40): the rows wave 17's studied half still left, each mechanism in sentences of our own
// with other verbs and partners, and the near misses that must not be read as the class.
import { readingTable } from './helpers';

readingTable('reader w17b40b', 'a participle right after the object, no comma, says what the object does: "X elicits a response promoting C" is a chain, its unbacked later link speaks for the sentence (analysis/unbackedPartners.ts reducedRelative)', [
  ['IL-6 triggers an inflammatory response driving angiogenesis.', ['IL6 induces INFLAMMATION', 'INFLAMMATION promotes ANGIOGENESIS'], 'unsupported/no-evidence'],
  // The reader may give the participle to the first subject: still the object's doing, still a chain.
  ['IL-6 provokes inflammation fuelling angiogenesis in liver cancer.', ['IL6 induces ANGIOGENESIS [ctx LIVER_CANCER]', 'IL6 induces INFLAMMATION [ctx LIVER_CANCER]'], 'unsupported/no-evidence'],
  // Control: both links backed.
  ['IL-6 elicits an inflammatory response promoting metastasis.', ['INFLAMMATION promotes METASTASIS'], 'supported'],
]);

readingTable('reader w17b40b', '"tissue" alone before a process of the tissues ("tissue fibrosis", "tissue remodelling", "tissue repair") is that process\'s modifier, no place (entities/recognize.ts tissueProcessAfter)', [
  ['STAT3 promotes invasion, tissue remodelling and metastasis.', ['STAT3 promotes CELL_INVASION', 'STAT3 promotes METASTASIS'], 'supported'],
  ['IL-6 drives inflammation and tissue repair in HCC.', ['IL6 promotes INFLAMMATION [ctx HCC]'], 'supported'],
  // Near misses: the sibling STAT, a cytokine with no finding on inflammation, the direction turned round.
  ['STAT1 promotes invasion, tissue remodelling and metastasis.', ['STAT1 promotes CELL_INVASION', 'STAT1 promotes METASTASIS'], 'unsupported/no-evidence'],
  ['IL-11 drives inflammation and tissue repair in HCC.', ['IL11 promotes INFLAMMATION [ctx HCC]'], 'unsupported/no-evidence'],
  ['STAT3 suppresses invasion, tissue remodelling and metastasis.', ['STAT3 suppresses CELL_INVASION', 'STAT3 suppresses METASTASIS'], 'contradicted'],
]);
