// Issue 7 (h-recA53, stop 53): SUPPORTED sentences of the newly opened rows (halves A of waves 14..19) read as no
// evidence, two constructions in sentences of our own (claims/frames.ts): importance said with a noun after "of",
// "X is of key importance for (the maintenance of) Y" (of-importance-for), and a factor judged in the passive with
// describing words before the noun, "X has been recognized as a frequent stress factor associated with Y"
// (judged-factor-linked-to). Near misses: a sibling, another cancer, the reversed direction, a denial, words of low
// or prognostic importance, and events that work against Y.
import { readingTable } from './helpers';

readingTable('reader recA53', 'X is of key (central, critical ...) importance for Y: X promotes Y (frames.ts of-importance-for)', [
  ['IL-6 is of key importance for the maintenance of chronic intestinal inflammation.', ['IL6 promotes INFLAMMATION'], 'supported'],
  ['Hypoxia is of critical importance for the development of chemoresistance.', ['HYPOXIA promotes CHEMORESISTANCE'], 'supported'],
  ['IL-6 is of central importance for the maintenance of chronic inflammation in HCC.', ['IL6 promotes INFLAMMATION [ctx HCC]'], 'supported'],
  // The sibling: IL-11 has no inflammation finding.
  ['IL-11 is of key importance for the maintenance of chronic intestinal inflammation.', ['IL11 promotes INFLAMMATION'], 'unsupported/no-evidence'],
  // Another cancer: the library's hypoxia finding is stated for cancer in general, which covers no named cancer.
  ['Hypoxia proved to be of paramount importance for chemoresistance in gastric cancer.', ['HYPOXIA promotes CHEMORESISTANCE [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
  // The reversed direction.
  ['Inflammation is of key importance for IL-6.', ['INFLAMMATION promotes IL6'], 'unsupported/no-evidence'],
  // A denial inside the frame denies it.
  ['Hypoxia is not of key importance for metastasis.', ['NOT HYPOXIA promotes METASTASIS'], 'contradicted'],
  // Low or prognostic importance says no cause: nothing read.
  ['Hypoxia is of little importance for metastasis.', [], 'unsupported/no-evidence'],
  ['Hypoxia is of prognostic importance for metastasis.', [], 'unsupported/no-evidence'],
  // An event that works against Y, or Y as what cells escape, is no "importance for Y".
  ['IL-6 is of key importance for the resolution of chronic intestinal inflammation.', [], 'unsupported/no-evidence'],
  ['Hypoxia is of key importance for cells to escape apoptosis.', [], 'unsupported/no-evidence'],
  // A noun of another act before "of" (the =2 span takes no preposition): no claim that X promotes Y. Prevention
  // is a fall of the process (vocabulary.ts decreasingNouns, stop 53), so the anchored reader reads X lowering it.
  ['Hypoxia is of key importance for the prevention of metastasis.', ['HYPOXIA decreases METASTASIS'], 'contradicted'],
  ['Hypoxia is of key importance for the treatment of metastasis.', [], 'unsupported/no-evidence'],
  ['Hypoxia is of key importance for the development of therapies against metastasis.', [], 'unsupported/no-evidence'],
]);

readingTable('reader recA53', 'X has been recognized as a (frequent ...) factor associated with Y: X goes with Y (frames.ts judged-factor-linked-to)', [
  ['Hypoxia has been recognized as a frequent environmental stress factor associated with radioresistance.', ['HYPOXIA associated-with(positive) RADIORESISTANCE'], 'supported'],
  ['Hypoxia is now widely regarded as a common factor associated with chemoresistance.', ['HYPOXIA associated-with(positive) CHEMORESISTANCE'], 'supported'],
  ['Serum IL-6 has been recognized as a frequent adverse factor associated with the metastasis of liver tumours.', ['IL6 associated-with(positive) METASTASIS [ctx LIVER_CANCER]'], 'unsupported/no-evidence'],
  // The sibling: no IL-11 finding on radioresistance.
  ['IL-11 has been recognized as a frequent stress factor associated with radioresistance.', ['IL11 associated-with(positive) RADIORESISTANCE'], 'unsupported/no-evidence'],
  // Another cancer: the cancer-general finding covers no named cancer.
  ['Hypoxia has been recognized as a frequent factor associated with radioresistance in glioblastoma.', ['HYPOXIA associated-with(positive) RADIORESISTANCE [ctx DOID_3068]'], 'unsupported/no-evidence'],
  // A denial, and an association with less of Y.
  ['Hypoxia has not been recognized as a factor associated with radioresistance.', ['NOT HYPOXIA associated-with(positive) RADIORESISTANCE'], 'contradicted'],
  ['Hypoxia is widely regarded as an independent factor associated with reduced radioresistance.', ['HYPOXIA associated-with(negative) RADIORESISTANCE'], 'contradicted'],
]);

readingTable('reader recA53', '"X is not only a N of A, but also V B": the copula\'s adding "not only" is passed, so the second predicate is X\'s (anchored/path.ts)', [
  ['Hypoxia is not only a consequence of tumour growth, but also promotes metastasis.', ['HYPOXIA promotes METASTASIS'], 'supported'],
  ['Hypoxia is not merely a feature of solid tumours but also drives chemoresistance.', ['HYPOXIA promotes CHEMORESISTANCE [ctx SOLID_TUMOR]'], 'supported'],
  ['Hypoxia is not only a hallmark of tumours, but also plays a key role in radioresistance.', ['HYPOXIA promotes RADIORESISTANCE [ctx CANCER]'], 'supported'],
  // Another cancer: the finding is stated for cancer in general.
  ['Hypoxia is not only a consequence of tumour growth, but also promotes metastasis in gastric cancer.', ['HYPOXIA promotes METASTASIS [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
  // The reversed direction.
  ['Metastasis is not only a consequence of tumour growth, but also promotes hypoxia.', ['METASTASIS promotes HYPOXIA'], 'unsupported/no-evidence'],
  // The sibling: IL-6 beside IL-11's invasion finding reads no claim the library links.
  ['IL-6 is not only a marker of metastasis, but also drives invasion.', [], 'unsupported/no-evidence'],
  // A denial of the second predicate, and the opposite verb.
  ['Hypoxia is not only a consequence of tumour growth, but also does not promote metastasis.', ['NOT HYPOXIA promotes METASTASIS'], 'contradicted'],
  ['Hypoxia is not only a consequence of tumour growth, but also limits metastasis.', ['HYPOXIA decreases METASTASIS'], 'contradicted'],
]);
