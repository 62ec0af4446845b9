// Issue 7 (h-w23b46, stop 46): two ways a sentence names where its claim holds that the reader missed, found on wave
// 23's studied half (the liver side, both of its false SUPPORTED), each in sentences of our own with other entities,
// verbs, tenses and hedges, and the near misses that must not be read as supported.
import { readingTable } from './helpers';

readingTable('reader w23b46', 'a cell line or cancer before a word of source ("MCF-7-derived spheroids", "colon cancer-derived fibroblasts") is the claim\'s setting (roles.ts)', [
  ['In our hands, IL-6 raised the proliferation of HCC-derived spheroids.', ['IL6 increases CELL_PROLIFERATION [ctx HCC]'], 'supported'],
  ['The growth of Hep3B-derived xenografts rose after IL-6 treatment.', ['IL6 increases TUMOR_GROWTH [ctx CELL_HEP3B,XENOGRAFT]'], 'unsupported/other-context'],
  // Near misses: another cancer's cell line; IL-11, whose invasion finding is in another breast cancer line; another
  // cancer's fibroblasts.
  ['IL-6 accelerated the growth of T47D-derived mammospheres.', ['IL6 promotes CELL_GROWTH [ctx CELL_T47D]'], 'unsupported/other-context'],
  ['IL-11 drove the invasion of MCF-7-derived spheroids.', ['IL11 promotes CELL_INVASION [ctx CELL_MCF_7]'], 'unsupported/other-context'],
  ['Colon cancer-derived fibroblasts released large amounts of IL-6.', ['CAF increases IL6 [ctx DOID_219]'], 'unsupported/other-context'],
]);

readingTable('reader w23b46', 'the cells a verb of protection shields ("protects cortical neurons against Y") are where Y is held back (roles.ts shieldedCells)', [
  ['IL-6 protected HCC cells against apoptosis.', ['IL6 decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['IGF-1 protected the tumour cells from apoptosis.', ['IGF1 decreases APOPTOSIS [ctx CANCER]'], 'supported'],
  // Near misses: cells of a healthy tissue, named by the Cell Ontology, after three verbs of protection and a hedge.
  ['IGF-1 shielded cultured cardiomyocytes from apoptosis.', ['IGF1 decreases APOPTOSIS [ctx CL_0000746]'], 'unsupported/other-context'],
  ['IL-6 may protect hepatocytes against apoptotic cell death.', ['IL6 decreases APOPTOSIS [ctx CL_0000182]'], 'unsupported/other-context'],
  ['The IGF-1 receptor rescues Schwann cells from apoptosis.', ['IGF1R suppresses APOPTOSIS [ctx CL_0002573]'], 'unsupported/other-context'],
  ['IGF-1 protects neurons from apoptosis via STAT3.', ['IGF1 decreases APOPTOSIS [ctx CL_0000540] via STAT3'], 'unsupported/other-context'],
]);

readingTable('reader w23b46', 'a member after "and" whose partner before it is words the lexicon does not know, right after a noun of a fall ("suppression of host defence and apoptosis"), falls too (roles.ts unknownMemberAfterFall)', [
  ['IL-6 causes suppression of host defence and apoptosis in HCC cells.', ['IL6 suppresses APOPTOSIS [ctx HCC]'], 'supported'],
  ['CAFs bring about inhibition of immune attack or apoptosis of cancer cells.', ['CAF suppresses APOPTOSIS [ctx CANCER]'], 'supported'],
  // Near misses: a member with a change word of its own keeps it (the opposite direction); a later member of a longer
  // list is no part of the fallen pair.
  ['IL-6 causes suppression of host defence and an increase in apoptosis in HCC cells.', ['IL6 induces APOPTOSIS [ctx HCC]'], 'contradicted'],
  ['CAFs drive growth, suppression of immune rejection and apoptosis, invasion, and metastasis.', ['CAF promotes CELL_GROWTH', 'CAF promotes CELL_INVASION', 'CAF promotes METASTASIS', 'CAF suppresses APOPTOSIS'], 'supported'],
]);

readingTable('reader w23b46', '"stromal reaction" and "desmoplastic reaction" name the tumour stroma (data/entities.json TUMOR_MICROENVIRONMENT)', [
  ['The desmoplastic reaction fuels tumour progression.', ['TUMOR_MICROENVIRONMENT promotes TUMOR_PROGRESSION'], 'supported'],
  // Near miss: another cancer.
  ['A stromal reaction raises invasion of gastric cancer cells.', ['TUMOR_MICROENVIRONMENT increases CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);
