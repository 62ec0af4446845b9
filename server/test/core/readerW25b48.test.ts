// Issue 7 (h-w25b48b, stop 48): three ways the IL-11 side of wave 25's studied half named an actor and read no claim,
// each in sentences of our own with other entities, verbs and settings, and the near misses that must not be read as
// supported: the sibling, the reversed direction, the other context, a denial.
import { readingTable } from './helpers';

readingTable('reader w25b48', 'title-case "Twist" is the transcription factor TWIST1, as "Snail" and "Slug" are SNAI1 and SNAI2 (the lexicon\'s curated aliases); the English word in lower case names nothing', [
  ['Twist drives EMT in carcinoma cells.', ['TWIST1 promotes EMT [ctx CARCINOMA]'], 'unsupported/no-evidence'],
  ['Twist governs EMT in tumour cells.', ['TWIST1 regulates EMT [ctx CANCER]'], 'supported'],
  // The library's finding is of cancer in general: it does not cover one named cancer (the lead's policy).
  ['In breast tumours, Twist governs EMT.', ['TWIST1 regulates EMT [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  // Near misses: the English word; the sibling TWIST2, whose EMT finding the library lacks; the reversed direction.
  ['A twist in the protocol raised EMT markers.', [], 'out-of-scope'],
  ['TWIST2 governs EMT in breast tumours.', ['NCBIGENE_117581 regulates EMT [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  ['EMT governs Twist in breast tumours.', ['EMT regulates TWIST1 [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
]);

readingTable('reader w25b48', 'a process named as a part of another ("X is an essential process in Y") says X drives Y, as "a key step in" does (cues.ts "a process in", frames.ts key-pathway-in)', [
  ['EMT is an essential process in tumour invasion.', ['EMT promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['EMT is vital for embryonic development and is considered a central process in the metastasis of tumours.', ['EMT promotes METASTASIS [ctx CANCER]'], 'supported'],
  ['EMT is one of the key processes in tumour cell invasion.', ['EMT promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  // Near misses: a definition ("a process in which"); the reversed direction; the library's opposite (EMT holds back
  // apoptosis); another context for a finding of cancer in general is still covered, a named cell line is not.
  ['EMT is a process in which epithelial cells lose their polarity.', [], 'out-of-scope'],
  ['Metastasis is an essential process in EMT.', ['METASTASIS promotes EMT'], 'unsupported/no-evidence'],
  ['EMT is an essential process in apoptosis of tumour cells.', ['EMT promotes APOPTOSIS [ctx CANCER]'], 'contradicted'],
]);

readingTable('reader w25b48', 'cells that take on a phenotype through a means named first ("Through X, tumour cells acquire Y") : the means brings it about (gainedAfterCause.ts gainedThroughMeans)', [
  ['Through EMT, tumour cells shed their polarity and acquire enhanced invasiveness.', ['EMT promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['Via STAT3 activation, carcinoma cells gain motility and invasiveness.', ['STAT3 promotes CELL_INVASION [ctx CARCINOMA]', 'STAT3 promotes CELL_MIGRATION [ctx CARCINOMA]'], 'supported'],
  ['By means of IL-11 signalling, tumour cells may acquire a more invasive phenotype.', ['IL11 promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['By means of IL-11 signalling, OSCC cells may acquire a more invasive phenotype.', ['IL11 promotes CELL_INVASION [ctx OSCC]'], 'unsupported/other-context'],
  // Near misses: a denial (a negated claim against the finding); the sibling STAT1; the tumour's surroundings are where
  // cells pass, no means; another context for a finding of one breast cancer line.
  ['Through EMT, tumour cells do not acquire invasiveness.', ['NOT EMT promotes CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['Via STAT1 activation, carcinoma cells gain invasiveness.', ['STAT1 promotes CELL_INVASION [ctx CARCINOMA]'], 'unsupported/no-evidence'],
  ['Through the tumour stroma, carcinoma cells gain invasiveness.', [], 'unsupported/no-evidence'],
  ['Through hypoxia, HCC cells acquire a mesenchymal phenotype.', ['HYPOXIA promotes EMT [ctx HCC]'], 'unsupported/other-context'],
]);

readingTable('reader w25b48', 'a list that opens the sentence before its copula is the subject of a relative clause on the predicate noun ("A, B and C are among the factors that V Y": each member Vs Y), as one name there is (subjects.ts predicateNounSubjects)', [
  ['ZEB1, Twist and vimentin are among the molecules that regulate EMT in tumour cells.', ['TWIST1 regulates EMT [ctx CANCER]', 'VIM regulates EMT [ctx CANCER]', 'ZEB1 regulates EMT [ctx CANCER]'], 'supported'],
  ['STAT3 and IL-11 are factors that drive EMT in tumour cells.', ['IL11 promotes EMT [ctx CANCER]', 'STAT3 promotes EMT [ctx CANCER]'], 'supported'],
  // Near misses: the copula denied (no effect, against the findings); siblings with no finding; the relative clause's
  // own subject (an object relative: the members are what EMT acts on, no claim of theirs).
  ['Twist and ZEB1 are not among the factors that govern EMT in tumour cells.', ['TWIST1 no-effect EMT [ctx CANCER]', 'ZEB1 no-effect EMT [ctx CANCER]'], 'contradicted'],
  ['STAT1 and TWIST2 are among the factors that govern EMT in tumour cells.', ['NCBIGENE_117581 regulates EMT [ctx CANCER]', 'STAT1 regulates EMT [ctx CANCER]'], 'unsupported/no-evidence'],
  ['Twist and ZEB1 are among the factors that EMT governs.', [], 'unsupported/no-evidence'],
]);

readingTable('reader w25b48', 'the field\'s attention to a molecule and the drugs it led to ("the most studied factors", "led to the development of inhibitors", "under evaluation in clinical trials") is history when no claim is read (scope.ts)', [
  ['In our survey, the most investigated factors were IL-11 and STAT3, which led to the development of new inhibitors.', [], 'out-of-scope'],
  ['Several IL-6R antibodies are under evaluation in phase II trials.', [], 'out-of-scope'],
  // Near misses: a claim read in the same words; a development that is a process, no drug.
  ['IL-11 and STAT3 are the most studied factors that drive invasion of breast cancer cells.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER]', 'STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['IL-11 raised MMP-13, which led to the development of metastases in OSCC.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 induces METASTASIS [ctx OSCC]'], 'supported'],
]);

readingTable('reader w25b48', '"aiding" and "aided" are verbs of help ("X degrades the matrix, aiding Y": X promotes Y), never leaving the clause\'s first verb to reach across the comma; "cancer spread" is metastasis (vocabulary.ts, data/entities.json)', [
  ['MMPs degrade the matrix, aiding tumour invasion.', ['MMPS promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['Tumour invasion is aided by MMPs.', ['MMPS promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['In OSCC, MMP-13 cleaves collagen, aiding tumour spread.', ['MMP13 promotes METASTASIS [ctx OSCC]'], 'supported'],
  // Near misses: the noun "aid" is no verb; the sibling MMP-11 with no finding; the reversed direction.
  ['IL-11 levels were measured with the aid of an ELISA kit.', [], 'out-of-scope'],
  ['MMP-11 degrades the matrix, aiding cancer spread.', ['NCBIGENE_4320 promotes METASTASIS'], 'unsupported/no-evidence'],
  ['Cancer spread is aiding the release of MMP-13.', ['METASTASIS promotes MMP13'], 'unsupported/no-evidence'],
]);
