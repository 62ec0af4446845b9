// Issue 7 (h-recB52, stop 52): constructions behind supported sentences on the IL-11 side that the reader left
// unsupported, each in sentences of our own, with the near misses that must stay unsupported or contradicted: the
// unbacked partner, another cancer, the opposite direction, a denial. (The named cancers after "including" a
// described class are in realProse.test.ts, beside the rule's first examples.)
import { readingTable } from './helpers';

readingTable('reader recB52', 'a part of a process named with a word of need ("X is a basic (fundamental, necessary, integral) step in Y") says X drives Y, as "a key step in" does (frames.ts key-pathway-in)', [
  ['EMT is a basic step in the initiation of metastasis.', ['EMT promotes METASTASIS'], 'supported'],
  ['EMT is a fundamental step in tumour cell invasion.', ['EMT promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['STAT3 activation is a necessary step in IL-11-driven invasion of breast cancer cells.', ['STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  // "also" after the copula is the same claim.
  ['EMT is also a basic step in the initiation of metastasis.', ['EMT promotes METASTASIS'], 'supported'],
  ['EMT is also a key step in the invasion of prostate cancer cells.', ['EMT promotes CELL_INVASION [ctx DOID_10283]'], 'unsupported/other-context'],
  ['Apoptosis is also a key event in tumour cell invasion.', ['APOPTOSIS promotes CELL_INVASION [ctx CANCER]'], 'unsupported/no-evidence'],
  // Near misses: another cancer; an unbacked partner; the opposite direction named by a fall; a denial; an adjective
  // of time, not of need.
  ['STAT3 activation is a necessary step in the invasion of prostate cancer cells.', ['STAT3 promotes CELL_INVASION [ctx DOID_10283]'], 'unsupported/other-context'],
  ['Angiogenesis is a basic step in the initiation of metastasis.', ['ANGIOGENESIS promotes METASTASIS'], 'unsupported/no-evidence'],
  ['EMT is a basic step in the loss of tumour cell invasion.', ['EMT suppresses CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['EMT is not a basic step in the initiation of metastasis.', [], 'unsupported/no-evidence'],
  ['EMT is a late step in the initiation of metastasis.', [], 'unsupported/no-evidence'],
]);

readingTable('reader recB52', 'a cancer word right before another name describes it: "the development of tumour resistance to chemotherapy" is the resistance\'s development, not tumorigenesis (impliedMentions.ts describesNameAfter)', [
  ['Hypoxia is key for the development of tumour resistance to chemotherapy.', ['HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]'], 'supported'],
  ['Hypoxia drives the development of tumour cell invasion.', ['HYPOXIA promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  // Near misses: the opposite direction; an unbacked partner; another cancer. The cancer itself after "development
  // of" still comes into being.
  ['Hypoxia restrains the development of tumour resistance to chemotherapy.', ['HYPOXIA inhibits CHEMORESISTANCE [ctx CANCER]'], 'contradicted'],
  ['MMP-13 drives the development of tumour resistance to chemotherapy.', ['MMP13 promotes CHEMORESISTANCE [ctx CANCER]'], 'unsupported/no-evidence'],
  ['IL-6 drives the development of tumour resistance to chemotherapy in prostate cancer.', ['IL6 promotes CHEMORESISTANCE [ctx CANCER,DOID_10283]'], 'unsupported/other-context'],
  ['IL-6 drives the development of HCC.', ['IL6 promotes TUMORIGENESIS [ctx HCC]'], 'supported'],
]);

readingTable('reader recB52', 'words of a gained state before X in "the role (involvement) of X in Y" ("of overexpressed and constitutively activated X") leave X the agent (frames.ts role-of-in)', [
  ['Recent data indicate the involvement of activated STAT3 in the metastasis of breast cancer.', ['STAT3 promotes METASTASIS [ctx BREAST_CANCER]'], 'supported'],
  ['These data point to the role of persistently activated STAT3 in the invasion of breast cancer cells.', ['STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  // Near misses: another cancer; an unbacked partner; the opposite direction; a denial.
  ['These data point to the role of activated STAT3 in the invasion of prostate cancer cells.', ['STAT3 promotes CELL_INVASION [ctx DOID_10283]'], 'unsupported/other-context'],
  ['These data point to the role of overexpressed vimentin in the invasion of breast cancer cells.', ['VIM promotes CELL_INVASION [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  ['These data point to the role of phosphorylated STAT3 in the suppression of tumour cell invasion.', ['STAT3 suppresses CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['Studies show no involvement of activated STAT3 in the invasion of breast cancer cells.', ['NOT STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'contradicted'],
]);
