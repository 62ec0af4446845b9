// Issue 7 (stop 48, h-w25b48): triggers.ts betweenNouns and extract.ts (the "between" frame). The plural association
// nouns read as the singular ones, and markers listed before the outcomes they go with are each paired with each
// outcome, never with one another. Sentences of our own, with the bundled library's verdict (its STAT3 finding on
// metastasis is in colorectal cancer, renal cell carcinoma and melanoma).
import { readingTable } from './helpers';

const table = (name: string, cases: Parameters<typeof readingTable>[2]): void => readingTable('association list', name, cases);

table('"associations between" reads as "an association between"', [
  ['There were significant associations between STAT3 expression and metastasis in gastric cancer tissues.', ['STAT3 associated-with(positive) METASTASIS [ctx GASTRIC_CANCER,PATIENT_TISSUE]'], 'unsupported/other-context'],
  ['Strong correlations between STAT3 levels and metastasis were seen in gastric cancer.', ['STAT3 associated-with(positive) METASTASIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

table('markers listed before an outcome each go with the outcome', [
  ['We saw associations between STAT3 expression, Ki-67 expression and metastasis in gastric cancer.', ['NCBIGENE_4288 associated-with(positive) METASTASIS [ctx GASTRIC_CANCER]', 'STAT3 associated-with(positive) METASTASIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // Two markers alone are still paired with each other.
  ['There were associations between STAT3 expression and Ki-67 expression in gastric cancer.', ['STAT3 associated-with(positive) NCBIGENE_4288 [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
  // An outcome named first keeps the earlier rule: the marker after it goes with it.
  ['There was an association between metastasis and STAT3 expression in gastric cancer.', ['STAT3 associated-with(positive) METASTASIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);
