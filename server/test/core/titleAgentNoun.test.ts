// claims/titleAgentNoun.ts (issue 7, stop 39): a title whose colon stands for the copula, "X: a driver of Y", asserts
// what "X is a driver of Y" does. Titles of our own, with the bundled library's verdict; a genre after the colon and a
// sentence with a verb before it are left to the other readers.
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('title agent noun', name, cases);

table('"X: a driver of Y" reads as "X is a driver of Y"', [
  ['Hypoxia: a driver of tumour progression', ['HYPOXIA promotes TUMOR_PROGRESSION'], 'supported'],
  ['Tumour hypoxia: a driver of cancer invasion and metastasis', ['HYPOXIA promotes CELL_INVASION [ctx CANCER]', 'HYPOXIA promotes METASTASIS [ctx CANCER]'], 'supported'],
  ['Interleukin-11: an inhibitor of tumour cell invasion', ['IL11 inhibits CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['STAT1: a key driver of tumour cell invasion', ['STAT1 promotes CELL_INVASION [ctx CANCER]'], 'unsupported/no-evidence'],
  ['Interleukin-6 in gastric cancer: a driver of tumour cell invasion', ['IL6 promotes CELL_INVASION [ctx CANCER,GASTRIC_CANCER]'], 'unsupported/no-evidence'],
  ['Interleukin-11: a review', [], 'out-of-scope'],
]);
