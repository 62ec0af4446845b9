// Issue 7 (h-w22b45, stop 45): two mechanisms found on wave 22's studied half (the liver side), each in sentences
// of our own with other entities, verbs, tenses and hedges, and the near misses that must not be read as supported.
import { readingTable } from './helpers';

readingTable('reader w22b45', 'a word of sort before "cancer" ("an additional cancer hallmark", "conventional cancer therapy") names no organ (verify/scope.ts genericCancerWords)', [
  ['The tumour microenvironment plays a central role in cancer development, and can be seen as an additional cancer hallmark beside the known ones.', ['TUMOR_MICROENVIRONMENT promotes TUMORIGENESIS [ctx CANCER]'], 'supported'],
  ['CAFs promote chemoresistance, a typical cancer trait that conventional cancer therapy cannot overcome.', ['CAF promotes CHEMORESISTANCE [ctx CANCER]'], 'supported'],
  ['STAT3 drives tumour progression and is a potential cancer target.', ['STAT3 promotes TUMOR_PROGRESSION'], 'supported'],
  // Near misses: the sibling STAT; a named cancer beside the word of sort, which still sets the place.
  ['STAT1 drives tumour progression and is a potential cancer target.', ['STAT1 promotes TUMOR_PROGRESSION'], 'unsupported/no-evidence'],
  ['IL-11 raises tumour growth in pancreatic cancer, an additional cancer target.', ['IL11 increases TUMOR_GROWTH [ctx CANCER,DOID_1793]'], 'unsupported/no-evidence'],
]);

readingTable('reader w22b45', 'a class said of X\'s signalling or activation, after "and", spelt with "cancer-", or of X described (kindAsDirection.ts)', [
  ['IL-6 signalling is pro-inflammatory in the liver.', ['IL6 promotes INFLAMMATION'], 'supported'],
  ['IL-6 trans-signalling is anti-inflammatory and protective.', ['IL6 inhibits INFLAMMATION'], 'contradicted'],
  ['The cancer-promoting role of IL-6 in HCC', ['IL6 promotes TUMORIGENESIS [ctx CANCER,HCC]'], 'supported'],
  ['The cancer-suppressive effects of constitutively active STAT3', ['STAT3 inhibits TUMORIGENESIS'], 'contradicted'],
  ['The cancer-inhibitory activity of proliferating stromal fibroblasts in tumours', ['CAF inhibits TUMORIGENESIS [ctx CANCER]'], 'contradicted'],
  // Near misses: the sibling STAT; another cancer (other-context, 2); the class of cells lacking X or of drugs
  // against X (read as nothing, never as X's own class).
  ['STAT1 signalling is pro-inflammatory.', ['STAT1 promotes INFLAMMATION'], 'unsupported/no-evidence'],
  ['IL-6 trans-signalling is oncogenic in pancreatic cancer.', ['IL6 promotes TUMORIGENESIS [ctx DOID_1793]'], 'unsupported/other-context'],
  ['The cancer-promoting role of IL-11 in gastric cancer', ['IL11 promotes TUMORIGENESIS [ctx CANCER,GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['The anti-inflammatory effects of cells lacking IL-6', [], 'unsupported/no-evidence'],
  ['The tumour-suppressive effects of drugs targeting STAT3 in HCC', [], 'unsupported/no-evidence'],
]);
