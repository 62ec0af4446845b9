// Issue 7 (h-fam37, stop 37): two precision classes, each in sentences of our own with other entities, verbs,
// tenses and list forms, and the near misses that must not be read as the class.
import { readingTable } from './helpers';

// The IL-6 type cytokines (HGNC gene group 1264; curated.json IL6_TYPE_CYTOKINE_FAMILY) are siblings: a list that
// joins a backed member with a sibling the library has nothing on is no evidence, never supported; and a finding on
// one member never backs a claim on another. Stop 38: the membership alone, without a scope rule (scope.ts
// memberOfFamilyWithFindings: a member alone is no topic through the cytokines' one finding past its studied
// siblings); a list acting on a process, where the sibling's own claim is out of scope, stays as the list policy
// reads it (turning it cost a held-out row).
readingTable('reader fam37', 'the IL-6 type cytokines the lexicon knows only as genes are siblings of IL-6 and IL-11', [
  ['Both IL-11 and oncostatin M raised MMP-13 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'NCBIGENE_5008 increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['In OSCC cells, IL-11 as well as oncostatin M enhanced MMP-13 levels.', ['IL11 increases MMP13 [ctx OSCC]', 'NCBIGENE_5008 increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  // Near misses: a member alone is no sibling of itself; the backed member alone stays supported.
  ['Oncostatin M enhanced MMP-13 levels in OSCC cells.', ['NCBIGENE_5008 increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['IL-11 enhanced MMP-13 levels in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
  // A member alone, on something the library does not study, is no topic: the cytokines' one general finding does
  // not reach it past its studied siblings IL-6 and IL-11.
  ['Ciliary neurotrophic factor switched on STAT5 in cultured astrocytes.', ['NCBIGENE_1270 activates STAT5 [ctx CL_0000127]'], 'out-of-scope'],
  ['Leukemia inhibitory factor was elevated in lung adenocarcinoma specimens.', ['DOID_3910 associated-with(positive) NCBIGENE_3976 [ctx PATIENT_TISSUE]'], 'out-of-scope'],
]);

// A setting named in an apposition on the subject, whatever the head noun of the description: "X, a frequent
// mechanism in Y cancers, ..." sets the claim after it in Y (appositions.ts settingDescriptionNouns).
readingTable('reader fam37', 'a description naming the subject\'s part in a disease sets the claim in that disease', [
  ['IL-11, a frequent mechanism in gastric cancers, promotes the invasion of tumour cells.', ['IL11 promotes CELL_INVASION [ctx CANCER,GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['IL-11, a key driver in colorectal cancer, enhanced the invasiveness of tumour cells.', ['IL11 increases CELL_INVASION [ctx CANCER,COLORECTAL_CANCER]'], 'unsupported/other-context'],
  ['IL-11, an important mechanism among gastric tumours, may drive tumour cell invasion.', ['IL11 promotes CELL_INVASION [ctx CANCER,GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['IL-11, a hallmark of colorectal cancer, promotes the invasion of tumour cells.', ['IL11 promotes CELL_INVASION [ctx CANCER,COLORECTAL_CANCER]'], 'unsupported/other-context'],
  // Near misses: a description of what the subject is names no setting; nor does a participle before the place.
  ['IL-11, a cytokine secreted in gastric cancer, promotes the invasion of tumour cells.', ['IL11 promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['IL-11, a key player in breast cancer, promotes the invasion of tumour cells.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER,CANCER]'], 'supported'],
]);

// "A as well as B" as the subject: the first "as" is the joiner, not the subordinator that ends a subject phrase
// (subjects.ts asWellAsBetweenNames); before, only B was read, and a backed B made a list with an unbacked A supported.
readingTable('reader fam37', '"A as well as B" before the verb makes both subjects', [
  ['Oncostatin M as well as IL-11 enhanced MMP-13 levels in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'NCBIGENE_5008 increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['IL-6, as well as IL-11, may raise the expression of MMP-13 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'IL6 increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['TNF-α as well as IL-11 promoted the invasion of MDA-MB-231 cells.', ['IL11 promotes CELL_INVASION [ctx MDA_MB_231]', 'NCBIGENE_7124 promotes CELL_INVASION [ctx MDA_MB_231]'], 'supported'],
  // Near misses: the subordinator "as" still ends the subject phrase; "as well as" after the verb joins objects as before.
  ['As IL-6 rises, IL-11 enhances MMP-13 levels in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
  ['IL-11 raised MMP-7 as well as MMP-13 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 increases NCBIGENE_4316 [ctx OSCC]'], 'unsupported/no-evidence'],
]);
