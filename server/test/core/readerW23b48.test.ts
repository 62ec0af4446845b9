// Issue 7 (stop 48, h-w23b48): two constructions from the studied halves B of waves 19, 20 and 23, each in sentences
// of our own with the bundled library's verdicts, and the near misses that must not be read as claims or as support.
import { readingTable } from './helpers';

readingTable('reader w23b48', 'a verb of naming with "as" makes its object what the noun after "as" is: the relative clause on that noun is the object\'s ("We identified X as a kinase that drives Y": X drives Y), as after "X was identified as a kinase that" (subjects.ts namedAsObject)', [
  ['We identified STAT3 as a factor that promotes invasion of breast cancer cells.', ['STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['These results establish IL-11 as a secreted cytokine which drives invasion of breast cancer cells.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['Our screen uncovered STAT3 as a regulator that enhances invasion of OSCC cells.', ['STAT3 increases CELL_INVASION [ctx OSCC]'], 'unsupported/other-context'],
  // Near misses: the relative's own denial; no "as" (the relative is on the tumours, a place); the library's opposite.
  ['We identified STAT3 as a factor that does not promote invasion of breast cancer cells.', ['NOT STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'contradicted'],
  ['We identified STAT3 in a subset of tumours that promote invasion.', [], 'unsupported/no-evidence'],
  ['We identified STAT3 as a factor that suppresses invasion of breast cancer cells.', ['STAT3 suppresses CELL_INVASION [ctx BREAST_CANCER]'], 'contradicted'],
]);

readingTable('reader w23b48', 'a drug\'s use or approval in a reduced relative on its class noun after a copula or a comma ("X and Y are kinase inhibitors licensed for the treatment of Z") is what the drug is for, no finding (scope.ts history)', [
  ['Regorafenib and cabozantinib are oral multikinase inhibitors licensed for the treatment of advanced liver cancer.', [], 'out-of-scope'],
  ['Sorafenib is a kinase inhibitor indicated for the treatment of unresectable HCC.', [], 'out-of-scope'],
  // Near misses: a claim read beside the use stands; the verb of use with no treatment after it.
  ['Sorafenib, a kinase inhibitor licensed for the treatment of HCC, lowered STAT3 in HCC cells.', ['SORAFENIB decreases STAT3 [ctx HCC]'], 'unsupported/no-evidence'],
  ['Sorafenib is a kinase inhibitor registered in our hospital database.', [], 'unsupported/no-evidence'],
]);
