// Issue 7 (h-fam37, stop 37): precision classes, each in sentences of our own with other entities, verbs,
// tenses and list forms, and the near misses that must not be read as the class.
import { readingTable } from './helpers';

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
// (extract.ts asWellAsBetweenNames); before, only B was read, and a backed B made a list with an unbacked A supported.
readingTable('reader fam37', '"A as well as B" before the verb makes both subjects', [
  ['IL-6, as well as IL-11, may raise the expression of MMP-13 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'IL6 increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['TNF-α as well as IL-11 promoted the invasion of MDA-MB-231 cells.', ['IL11 promotes CELL_INVASION [ctx MDA_MB_231]', 'NCBIGENE_7124 promotes CELL_INVASION [ctx MDA_MB_231]'], 'supported'],
  // Near misses: the subordinator "as" still ends the subject phrase; "as well as" after the verb joins objects as before.
  ['As IL-6 rises, IL-11 enhances MMP-13 levels in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
  ['IL-11 raised MMP-7 as well as MMP-13 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 increases NCBIGENE_4316 [ctx OSCC]'], 'unsupported/no-evidence'],
]);
