// Issue 7 (h-w26b49, stop 49): classes of construction found on wave 26's studied half, each in sentences of our own
// with other entities and verbs, and the near misses that must not be read as the class.
import { readingTable } from './helpers';

readingTable('reader w26b49', 'a bracketed list of plain words, however long, is an aside on the word before it (tokens.ts namelessList)', [
  // Eight tokens inside the brackets: the subject phrase was cut at the bracket and the verb had no patient.
  ['Acute inflammation (fever, chills, weight loss and fatigue) is driven by IL-6.', ['IL6 promotes INFLAMMATION'], 'supported'],
  ['IL-6 (fever, chills, weight loss and fatigue) drives inflammation.', ['IL6 promotes INFLAMMATION'], 'supported'],
  // Near misses: the sibling IL-11, the reversed verb, and a denial outside the bracket, which stays with the verb.
  ['Acute inflammation (fever, chills, weight loss and fatigue) is driven by IL-11.', ['IL11 promotes INFLAMMATION'], 'unsupported/no-evidence'],
  ['Acute inflammation (fever, chills, weight loss and fatigue) is suppressed by IL-6.', ['IL6 suppresses INFLAMMATION'], 'contradicted'],
  ['Acute inflammation (fever, chills, weight loss or fatigue) is not driven by IL-6.', ['NOT IL6 promotes INFLAMMATION'], 'contradicted'],
]);

readingTable('reader w26b49', 'a pro-X (anti-X) role for Y: Y drives (holds back) the process the adjective names; the place after "in" is the setting (frames.ts pro-process-role-for)', [
  // role-for-in read the place as what Y promotes: "IL-11 promotes CANCER", backed by any IL-11 finding on tumours.
  ['Reviews propose a pro-metastatic role for STAT3 in tumours.', ['STAT3 promotes METASTASIS [ctx CANCER]'], 'supported'],
  // Near misses: the sibling process, the reversed prefix; a plain role stays role-for-in's.
  ['Reviews propose a pro-angiogenic role for IL-11 in tumours.', ['IL11 promotes ANGIOGENESIS [ctx CANCER]'], 'unsupported/no-evidence'],
  ['Reviews propose an anti-metastatic role for STAT3 in tumours.', ['STAT3 decreases METASTASIS [ctx CANCER]'], 'contradicted'],
  ['Reviews propose a role for STAT3 in metastasis.', ['STAT3 promotes METASTASIS'], 'supported'],
]);

readingTable('reader w26b49', 'what kind of adaptor or docking protein X is, joining signals, is a definition when no claim is read (scope.ts)', [
  ['CRKL is an intracellular adaptor molecule that couples and transmits signals from growth factor receptors.', [], 'out-of-scope'],
  // Near misses: a verb of effect after the same description is a claim.
  ['IRS1 is a docking protein that drives invasion of breast cancer cells.', ['IRS1 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
]);

readingTable('reader w26b49', 'a drug\'s rank among the treatments of a disease is its clinical status, a non-claim when no claim is read (scope.ts)', [
  ['Doxorubicin has long been the main chemotherapeutic agent used for the treatment of liver tumours.', [], 'out-of-scope'],
  // Near misses: the status as an aside keeps the main clause's claim, either way round.
  ['Sorafenib, the main drug given for the treatment of HCC, prolongs overall survival in HCC.', ['SORAFENIB increases OVERALL_SURVIVAL [ctx HCC]'], 'supported'],
  ['Sorafenib, the main drug given for the treatment of HCC, shortens overall survival in HCC.', ['SORAFENIB decreases OVERALL_SURVIVAL [ctx HCC]'], 'contradicted'],
]);
