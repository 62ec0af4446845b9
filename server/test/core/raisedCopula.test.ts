// Issue 7 (stop 48, h-w25b48): a verb of report or seeming before "to be" is the copula, raised ("X has been shown
// to be a population that drives Y", "X appears to be a factor which ..."): the relative clause on the predicate noun
// is the subject's, as after "X is a population that ...". Both readers: subjects.ts raisedCopulaAt (the verb reader's
// sentence subject) and anchored.ts (the class noun a copula makes). Sentences of our own, with the bundled library's
// verdict (CAFs promote tumorigenesis).
import { readingTable } from './helpers';

const table = (name: string, cases: Parameters<typeof readingTable>[2]): void => readingTable('raised copula', name, cases);

table('the relative clause on a raised copula\'s noun is the subject\'s', [
  ['CAFs have been shown to be a diverse cell population that plays an active part in tumour formation.', ['CAF promotes TUMORIGENESIS'], 'supported'],
  ['CAFs are thought to be a cell population that takes part in tumour formation.', ['CAF promotes TUMORIGENESIS'], 'supported'],
  ['CAFs appear to be a population which drives tumour formation.', ['CAF promotes TUMORIGENESIS'], 'supported'],
]);

table('near misses: a denied raising verb, a denied relative', [
  // "not known to be" reports no knowledge: nothing is read of the pair.
  ['CAFs are not known to be a population that plays an active part in tumour formation.', [], 'unsupported/no-evidence'],
  // The relative's own denial is the claim's.
  ['CAFs have been shown to be a population that plays no part in tumour formation.', ['NOT CAF promotes TUMORIGENESIS'], 'contradicted'],
  // A verb of report without "to be" makes no copula: "shown to be" after the noun is a reduced relative, not the subject's.
  ['Fibroblasts shown to be a population that drives tumour formation were absent from the liver.', [], 'out-of-scope'],
]);

// cues.ts 'role from the stages of': the time a role starts from stands where "in" stands, and "of Y" names the
// process; the role's adjective turns it round as it does for "role in" (anchored.ts).
table('a role from the earliest stages of Y', [
  ['CAFs play an active part from the earliest stages of tumour formation.', ['CAF promotes TUMORIGENESIS'], 'supported'],
  ['CAFs have been shown to be a diverse population that plays a key role from the first steps of tumour formation.', ['CAF promotes TUMORIGENESIS'], 'supported'],
  // Near misses: the role's adjective, and its denial.
  ['CAFs play an inhibitory role from the earliest stages of tumour formation.', ['CAF suppresses TUMORIGENESIS'], 'contradicted'],
  ['CAFs play no part from the earliest stages of tumour formation.', ['NOT CAF promotes TUMORIGENESIS'], 'contradicted'],
]);
