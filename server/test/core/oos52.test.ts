// Issue 7 (h-oos52, stop 52): SUPPORTED sentences of the opened rows read as out of scope, each class in sentences of
// our own. "An inflammatory component" names inflammation, as "an inflammatory state" does (data/entities.json
// INFLAMMATION synonyms); without it the sentence named no actor the library has findings on and went out of scope.
import { readingTable } from './helpers';

readingTable('reader oos52', '"an inflammatory component" is inflammation (data/entities.json INFLAMMATION synonyms)', [
  ['An inflammatory component is present in most tumours and contributes to metastasis.', ['INFLAMMATION promotes METASTASIS [ctx CANCER]'], 'supported'],
  ['The inflammatory component of solid tumours promotes their metastasis.', ['INFLAMMATION promotes METASTASIS [ctx SOLID_TUMOR]'], 'supported'],
  // Near miss: a cancer no inflammation finding names.
  ['The inflammatory component drives the development of HCC.', ['INFLAMMATION promotes TUMORIGENESIS [ctx HCC]'], 'unsupported/no-evidence'],
  // A list after it keeps its members' claim: the name does not take their place.
  ['Inflammatory components such as IL-6 activate STAT3 in liver cancer cells.', ['IL6 activates STAT3 [ctx LIVER_CANCER]'], 'supported'],
]);
