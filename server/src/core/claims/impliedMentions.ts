// Mentions the phrase implies where the lexicon names nothing: "the initiation of HCC" is tumorigenesis (in HCC),
// "gastric tumorigenesis" names gastric cancer as the place of the process, "for cells to proliferate" names
// proliferation. Without them the reader read no claim ("accelerates the initiation of HCC") or read a claim
// without its cancer ("drives gastric tumorigenesis", which a liver finding then supported). Each row: the words
// that imply the mention (the group `name` is its extent), the mention its words must touch (a disease after or
// before them, a tumour process after them), and the entity it is; its example is its test
// (impliedMentions.test.ts expects `reads` among the example's claims).
import type { EntityMention } from '../entities/recognize';
import { recognizeEntities } from '../entities/recognize';
import { lexiconOf } from '../entities/lexicon';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { organRows } from '../entities/organPhrasings';
import { requiredLiterals } from '../util/requiredLiterals';
import { LiteralGate } from './sentenceWords';
import { allMatches } from '../util/allMatches';
import { withFusedCancerGenesis } from './fusedCancerGenesis';

export interface ImpliedMention {
  name: string;
  /** The words, with the group `name` on the extent of the new mention; sticky at the place `touches` says. */
  pattern: RegExp;
  /**
   * The mention the words must touch: a disease right after them ("initiation of HCC"), right before them ("HCC
   * development"), a tumour process right after them ("gastric tumorigenesis"), or none.
   */
  touches?: 'disease-after' | 'disease-before' | 'tumour-process-after' | 'tumour-process-before' | 'survival-after';
  /** The entity the words name: fixed, by the matched word, or the cancer of the organ the word names. */
  becomes: string | Record<string, string> | 'organ-cancer';
  example: string;
  /** A claim the example yields (formatClaim, helpers.ts). */
  reads: string;
}

/**
 * Processes of a tumour as a whole, whose organ an adjective before them names: "gastric tumorigenesis", "mammary
 * carcinogenesis" (issue 7, stop 53: carcinogenesis read without its organ, so a finding in another cancer backed it).
 */
const tumourProcesses = new Set(['TUMORIGENESIS', 'CARCINOGENESIS', 'TUMOR_GROWTH', 'TUMOR_PROGRESSION', 'HEPATOCARCINOGENESIS']);

/** Words that name an organ before a tumour process (organPhrasings' rows, and a few organs without an "of" noun there). */
const organWords = [...new Set([...organRows.flatMap((row) => row.before), 'colorectal', 'oral', 'cervical', 'intestinal', 'endometrial', 'uterine'])];

/** The two kinds of treatment that decide a sensitivity or resistance: chemotherapy and radiotherapy. */
const chemo = String.raw`(?:chemotherap(?:y|ies)|chemotherapeutic\s+(?:drugs?|agents?)|chemo)\b`;
const radio = String.raw`(?:radiotherapy|radiation(?:\s+therapy)?|irradiation|ionizing\s+radiation)\b`;

export const impliedMentions: readonly ImpliedMention[] = [
  {
    // "the development (initiation, onset, pathogenesis) of HCC": the cancer's coming into being, with the cancer as
    // its place ("pathogenesis" is no GO process of a cancer: the lexicon leaves the word to this row).
    name: 'development of a cancer',
    // Words of the cancer's kind may stand before it: "the pathogenesis of sporadic and colitis-associated CRC".
    pattern: /\b(?<name>development|initiation|onset|genesis|pathogenesis|emergence|formation)\s+of\s+(?:the\s+|an?\s+|human\s+|primary\s+|sporadic\s+|hereditary\s+|familial\s+|early\s+|advanced\s+|[a-z0-9]+[-‐](?:associated|related|linked)\s+|(?:and|or)\s+(?=[a-z0-9]+[-‐](?:associated|related|linked)\s|sporadic|hereditary|familial))*$/i,
    touches: 'disease-after',
    becomes: 'TUMORIGENESIS',
    example: 'Loss of IL-6 accelerated the initiation of hepatocellular carcinoma in mice.',
    reads: 'IL6 suppresses TUMORIGENESIS [ctx HCC]',
  },
  {
    // "the regression of HCC": the cancer's course turned round, the fall of its progression (the word is a
    // decreasing noun, vocabulary.ts, so a reader that meets it as an object reads less progression).
    name: 'regression of a cancer',
    pattern: /\b(?<name>regression|remission)\s+of\s+(?:the\s+|an?\s+|human\s+|primary\s+|established\s+)*$/i,
    touches: 'disease-after',
    becomes: 'TUMOR_PROGRESSION',
    example: 'Hypoxia is a decisive factor in the regression of breast cancer.',
    reads: 'HYPOXIA suppresses TUMOR_PROGRESSION [ctx BREAST_CANCER]',
  },
  {
    // "HCC development", "breast cancer initiation" (not "tumour pathogenesis", which names a field of study more
    // often than a process: "unsolved issues in the study of tumour pathogenesis").
    name: 'cancer development',
    pattern: /^\)?\s+(?<name>development|initiation|onset|formation|genesis)\b/i,
    touches: 'disease-before',
    becomes: 'TUMORIGENESIS',
    example: 'In mice, IL-6 knockdown slowed HCC development.',
    reads: 'IL6 increases TUMORIGENESIS [ctx HCC]',
  },
  {
    // "gastric tumorigenesis", "hepatic tumour growth": the organ's cancer is where the process happens.
    name: 'organ of a tumour process',
    pattern: new RegExp(String.raw`\b(?<name>${organWords.join('|')})\s+$`, 'i'),
    touches: 'tumour-process-after',
    becomes: 'organ-cancer',
    example: 'IL-11 signalling through STAT3 drives gastric tumorigenesis.',
    reads: 'IL11 promotes TUMORIGENESIS [ctx GASTRIC_CANCER] via STAT3',
  },
  {
    // "the tumorigenesis of bladder cells" (issue 7, stop 39): the organ of the cells named after a tumour process is
    // where the cancer grows, as the adjective before it is ("bladder tumorigenesis"). Without it the claim had no
    // cancer, and a finding in another cancer the other way contradicted it.
    name: 'organ of the cells of a tumour process',
    pattern: new RegExp(String.raw`^\s+of\s+(?:the\s+)?(?:human\s+)?(?<name>${organWords.join('|')})\s+(?:epithelial\s+)?cells\b`, 'i'),
    touches: 'tumour-process-before',
    becomes: 'organ-cancer',
    example: 'In mice, IL-11 drives the tumorigenesis of gastric cells.',
    reads: 'IL11 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]',
  },
  {
    // "essential for cells to proliferate", "allows the cells to migrate", "the ability (capacity) to invade": the verb
    // names the process.
    name: 'cells to do a process',
    pattern: /\b(?:cells?|them|ability|capacity|capability|potential|propensity)\s+to\s+(?<name>proliferate|migrate|invade|survive|metastasi[sz]e|disseminate)\b/i,
    becomes: { proliferate: 'CELL_PROLIFERATION', migrate: 'CELL_MIGRATION', invade: 'CELL_INVASION', survive: 'CELL_SURVIVAL', metastasize: 'METASTASIS', metastasise: 'METASTASIS', disseminate: 'METASTASIS' },
    example: 'IL-11 is needed for oral cancer cells to invade.',
    reads: 'IL11 promotes CELL_INVASION [ctx ORAL_CANCER]',
  },
  {
    // Issue 7 (stop 33, h-w10b33): a Transwell result counts the cells that moved, "the number of invaded cells",
    // "migrated cells fell by half": the count is the process (invasion, migration), so what changed it changed the
    // process. Only as a count, or with a change word right after: "invading cells expressed MMP-9" names cells.
    name: 'counted moved cells',
    pattern: /\b(?:number|numbers|count|counts|percentage|proportion|fraction)\s+of\s+(?:the\s+)?(?<name>(?:invaded|invading|migrated|migrating) cells)\b/i,
    becomes: { 'invaded cells': 'CELL_INVASION', 'invading cells': 'CELL_INVASION', 'migrated cells': 'CELL_MIGRATION', 'migrating cells': 'CELL_MIGRATION' },
    example: 'The number of invaded cells rose after treatment with IL-11.',
    reads: 'IL11 increases CELL_INVASION',
  },
  {
    name: 'moved cells that changed',
    pattern: /\b(?<name>(?:invaded|invading|migrated|migrating) cells)\s+(?:(?:was|were|had|have|markedly|significantly|clearly|sharply|greatly|strongly|dramatically|substantially|considerably|also)\s+){0,2}(?:increased|decreased|rose|fell|dropped|declined|diminished|reduced|doubled|halved|elevated|enhanced|lowered|higher|lower|fewer|more)\b/i,
    becomes: { 'invaded cells': 'CELL_INVASION', 'invading cells': 'CELL_INVASION', 'migrated cells': 'CELL_MIGRATION', 'migrating cells': 'CELL_MIGRATION' },
    example: 'Migrated cells dropped markedly in the hypoxic microenvironment.',
    reads: 'HYPOXIA decreases CELL_MIGRATION',
  },
  {
    // "a pro-tumorigenic (pro-invasive, pro-angiogenic) cytokine": the adjective after "pro-" names the process the
    // noun's bearer drives (frames.ts reads who bears it).
    name: 'process after pro-',
    pattern: /\bpro[-‐]?(?<name>tumou?rigenic|oncogenic|invasive|angiogenic|metastatic|proliferative|migratory|apoptotic)\b/i,
    becomes: {
      apoptotic: 'APOPTOSIS',
      tumorigenic: 'TUMORIGENESIS', tumourigenic: 'TUMORIGENESIS', oncogenic: 'TUMORIGENESIS', invasive: 'CELL_INVASION', angiogenic: 'ANGIOGENESIS',
      metastatic: 'METASTASIS', proliferative: 'CELL_PROLIFERATION', migratory: 'CELL_MIGRATION',
    },
    example: 'Vimentin acts as a pro-invasive factor in gastric cancer.',
    reads: 'VIM promotes CELL_INVASION [ctx GASTRIC_CANCER]',
  },
  {
    // "tumour prostate cells", "malignant breast epithelial cells" (issue 7, stop 52): a tumour word before an organ's
    // cells names that organ's cancer, as "prostate tumour cells" does (organPhrasings.ts); without it only the bare
    // tumour word was read, and a finding in another cancer had nothing to be set against. The organ word is the
    // mention; a tumour word the lexicon reads ("tumour") stays beside it.
    name: 'organ cells after a tumour word',
    pattern: new RegExp(String.raw`\b(?:tumou?r|cancer|cancerous|malignant|neoplastic|carcinoma)\s+(?:human\s+)?(?<name>${organWords.join('|')})\s+(?:epithelial\s+)?cells?\b`, 'i'),
    becomes: 'organ-cancer',
    example: 'IL-11 drives the invasion of malignant breast cells.',
    reads: 'IL11 promotes CELL_INVASION [ctx BREAST_CANCER]',
  },
  {
    // "gastric CSCs", "breast cancer stem-like cells", "hepatic tumour-initiating cells" (issue 7, stop 53): an organ
    // word before the cancer's stem cells names that organ's cancer, as "gastric tumour cells" does (the lexicon reads
    // "gastric cancer stem cells" through "gastric cancer" already). Without it only the stem cells were read, no
    // cancer, and a finding in another cancer backed the claim. Not the organ's own stem cells ("gastric stem cells").
    name: 'organ before cancer stem cells',
    pattern: new RegExp(String.raw`\b(?<name>${organWords.join('|')})\s+(?:CSCs?|(?:cancer|tumou?r)[-‐\s]+stem(?:[-‐\s]+like)?\s+cells?|tumou?r[-‐\s]+initiating\s+cells?|stem[-‐\s]+like\s+(?:cancer|tumou?r)\s+cells?)\b`, 'i'),
    becomes: 'organ-cancer',
    example: 'Under hypoxia, HIF-1α raised the invasion of gastric CSCs.',
    reads: 'HIF1A increases CELL_INVASION [ctx GASTRIC_CANCER,HYPOXIA]',
  },
  {
    // "higher in node-positive tumours than in node-negative ones": a group's nodal status names lymph node
    // metastasis, present ("positive") or absent ("negative"; phenotypeGroups.ts reads the word after the mention).
    // Only where the sentence sets the two statuses against each other: "node-positive breast cancer" alone is a
    // kind of patient or tumour, a setting, not a behaviour a claim is about (issue 7, stop 52).
    name: 'nodal status of compared groups',
    pattern: /\b(?<name>(?:lymph[-‐\s]+)?node)[-‐\s]+(?:positive\b(?=[^.;]*\bnode[-‐\s]+negative\b)|negative\b(?=[^.;]*\bnode[-‐\s]+positive\b)|(?<=\bnode[-‐\s]+positive\b[^.;]*\bnode[-‐\s]+)negative\b|(?<=\bnode[-‐\s]+negative\b[^.;]*\bnode[-‐\s]+)positive\b)/i,
    becomes: 'LYMPH_NODE_METASTASIS',
    example: 'Vimentin levels were higher in node-positive tumours than in node-negative tumours.',
    reads: 'VIM associated-with(positive) LYMPH_NODE_METASTASIS [ctx CANCER]',
  },
  {
    // "a pro-regenerative role for X" in a sentence about the liver: the regeneration is the liver's, the one organ
    // whose regrowth the library names (LIVER_REGENERATION); elsewhere the word names nothing the library holds.
    name: 'pro-regenerative in the liver',
    pattern: /\bpro[-‐]?(?<name>regenerative)\b(?:(?<=\b(?:liver|livers|hepatic|hepatocytes?)\b[^.;]*pro[-‐]?regenerative)|(?=[^.;]*\b(?:liver|livers|hepatic|hepatocytes?)\b))/i,
    becomes: 'LIVER_REGENERATION',
    example: 'In the injured liver, several studies describe a pro-regenerative role for IL-6.',
    reads: 'IL6 promotes LIVER_REGENERATION',
  },
  {
    // "slowed regeneration in the livers of treated mice", "hepatocytes resumed regeneration": the bare noun in a
    // sentence about the liver is the liver's regrowth, as "pro-regenerative" is above (issue 7, stop 52: the word named
    // nothing, so a change of it beside a change the library knows was never judged). Elsewhere, no mention.
    name: 'regeneration in the liver',
    pattern: /\b(?<name>regeneration)\b(?:(?<=\b(?:liver|livers|hepatic|hepatocytes?|hepatectomy)\b[^.;]*regeneration)|(?=[^.;]*\b(?:liver|livers|hepatic|hepatocytes?|hepatectomy)\b))/i,
    becomes: 'LIVER_REGENERATION',
    example: 'After partial hepatectomy, IL-6 hastened regeneration in wild-type mice.',
    reads: 'IL6 promotes LIVER_REGENERATION',
  },
  {
    // "an anti-apoptotic (antiapoptotic, anti-invasive) factor": the adjective after "anti-" names the process the
    // noun's bearer holds back (frames.ts anti-process-agent reads who bears it). Not "anti-inflammatory":
    // inflammatoryKind.ts reads that kind.
    name: 'process after anti-',
    pattern: /\banti[-‐]?(?<name>apoptotic|tumou?rigenic|oncogenic|invasive|angiogenic|metastatic|proliferative|migratory)\b/i,
    becomes: {
      apoptotic: 'APOPTOSIS', tumorigenic: 'TUMORIGENESIS', tumourigenic: 'TUMORIGENESIS', oncogenic: 'TUMORIGENESIS', invasive: 'CELL_INVASION', angiogenic: 'ANGIOGENESIS',
      metastatic: 'METASTASIS', proliferative: 'CELL_PROLIFERATION', migratory: 'CELL_MIGRATION',
    },
    example: 'IL-6 is an antiapoptotic cytokine in hepatoma cells.',
    reads: 'IL6 inhibits APOPTOSIS [ctx HCC]',
  },
  {
    // "poor overall and disease-free survival", "shorter progression-free or overall survival": the first kind
    // shares the survival of the second, and names its own end point.
    name: 'kind of survival before another',
    pattern: /\b(?<name>overall|disease[-‐\s]free|progression[-‐\s]free|relapse[-‐\s]free|recurrence[-‐\s]free|metastasis[-‐\s]free|cancer[-‐\s]specific|disease[-‐\s]specific)\s*(?:,\s*(?:and|or)?|and|or|\/)\s*$/i,
    touches: 'survival-after',
    becomes: {
      overall: 'OVERALL_SURVIVAL', 'disease-free': 'DISEASE_FREE_SURVIVAL', 'disease free': 'DISEASE_FREE_SURVIVAL', 'progression-free': 'PROGRESSION_FREE_SURVIVAL',
      'progression free': 'PROGRESSION_FREE_SURVIVAL', 'relapse-free': 'DISEASE_FREE_SURVIVAL', 'relapse free': 'DISEASE_FREE_SURVIVAL', 'recurrence-free': 'DISEASE_FREE_SURVIVAL',
      'recurrence free': 'DISEASE_FREE_SURVIVAL', 'metastasis-free': 'METASTASIS_FREE_SURVIVAL', 'metastasis free': 'METASTASIS_FREE_SURVIVAL', 'cancer-specific': 'CANCER_SPECIFIC_SURVIVAL',
      'cancer specific': 'CANCER_SPECIFIC_SURVIVAL', 'disease-specific': 'CANCER_SPECIFIC_SURVIVAL', 'disease specific': 'CANCER_SPECIFIC_SURVIVAL',
    },
    example: 'High vimentin levels were associated with shorter overall and disease-free survival.',
    reads: 'VIM associated-with(negative) OVERALL_SURVIVAL',
  },
  {
    // Issue 7 (h-actor31b): "a mesenchymal-like state", "a mesenchymal morphology": cells that took on the mesenchymal
    // form, the outcome of EMT, which the lexicon names only as "mesenchymal phenotype" ("traits", "features").
    name: 'mesenchymal state',
    pattern: /\b(?<name>mesenchymal(?:[-‐]like)?\s+(?:state|morphology|phenotype|shape|appearance))\b/i,
    becomes: 'EMT',
    example: 'IL-11 induced a mesenchymal-like state in the epithelial cells.',
    reads: 'IL11 induces EMT',
  },
  {
    // Issue 7 (stop 36): "mesenchymal/stem-like properties", "mesenchymal and cancer stem cell traits": "mesenchymal"
    // leaves its head noun to the trait after the join, as "chemo-" does below, so the lexicon's "mesenchymal
    // properties" (EMT) went unread and the second trait alone was the object.
    name: 'mesenchymal trait sharing its head noun',
    pattern: /\b(?<name>mesenchymal)\s*(?:\/|,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\s*(?=(?:(?!(?:of|in|by|with|to|from|and|or)\b)[\w()‐-]+\s+){1,4}(?:properties|traits|features|phenotypes?|characteristics)\b)/i,
    becomes: 'EMT',
    example: 'IL-6 conferred mesenchymal and stem-like properties on breast cancer cells.',
    reads: 'IL6 promotes EMT [ctx BREAST_CANCER]',
  },
  {
    // Issue 7 (h-actor31b): "chemo- and radio-resistance", "radio- and chemoresistance": the first word's hyphen
    // leaves its head noun to the second, so the lexicon names only the second resistance and the first went unread.
    name: 'resistance shared across a hyphen',
    pattern: /\b(?<name>chemo|radio)[-‐]\s*(?:and|or|\/)\s*(?:chemo|radio)[-‐]?resistan/i,
    becomes: { chemo: 'CHEMORESISTANCE', radio: 'RADIORESISTANCE' },
    example: 'In lung tumour models, IGF1R signalling was linked to chemo- and radio-resistance.',
    reads: 'IGF1R_PATHWAY associated-with(positive) CHEMORESISTANCE [ctx LUNG_CANCER]',
  },
  {
    // "CAFs remodel the ECM": the matrix the verb acts on is its remodelling, the process the verb names (the verb is
    // a trigger of promotion, vocabulary.ts `irregular`; "reshape", "reorganise" and "restructure" are not, see
    // there). The lexicon names the process ("ECM remodelling") but not the bare structure, so the verb had no object.
    name: 'structure a verb of rebuilding acts on',
    pattern: /\bremodel(?:s|ed|led)?\s+(?:(?:the|its|their|this|surrounding|tumou?r|local|peritumou?ral|stromal|whole)\s+){0,3}(?<name>(?:extracellular\s+)?matrix|ECM)\b/i,
    becomes: 'ECM_REMODELING',
    example: 'Cancer-associated fibroblasts remodel the extracellular matrix around tumours.',
    reads: 'CAF promotes ECM_REMODELING [ctx CANCER]',
  },
  {
    // The same in the passive: "the ECM is remodelled by CAFs".
    name: 'structure rebuilt by an agent',
    pattern: /\b(?<name>(?:extracellular\s+)?matrix|ECM)(?:\s+\(ECM\))?\s+(?:is|was|are|were|being|been|gets|got|can\s+be|may\s+be)\s+(?:\w+ly\s+)?(?:remodel(?:ed|led)|reshaped|reorgani[sz]ed|restructured)\s+by\b/i,
    becomes: 'ECM_REMODELING',
    example: 'Around the tumour, the extracellular matrix is actively remodelled by CAFs.',
    reads: 'CAF promotes ECM_REMODELING [ctx CANCER]',
  },
  {
    // Issue 7, stop 38: "median OS", "improved OS", "OS and PFS": the abbreviation of overall survival, which clinical
    // prose uses undefined. The lexicon cannot hold "OS" (osteosarcoma, oxidative stress), so only next to a level or
    // measure of a survival end point, or beside another survival abbreviation; a document that defines OS otherwise
    // names it first (a mention already there wins).
    name: 'OS as overall survival',
    pattern: /\b(?<name>OS)\b(?![-‐])(?:(?<=\b(?:[Mm]edian|[Mm]ean|[Ll]onger|[Ss]horter|[Ii]mprov(?:ed|es|ing|e)|[Pp]rolong(?:ed|s|ing)?|[Bb]etter|[Ww]orse|[Pp]oor(?:er)?|[Ss]uperior|[Ii]nferior|(?:[Uu]n)?[Ff]avou?rable|[Ee]xtended|[Ll]engthened|[Rr]educed|[Dd]ecreased|[Ii]ncreased|[Ll]ower|[Hh]igher|(?:\d+|one|two|three|five|ten)[-‐\s](?:year|month))\s+OS)|(?=\s*,?\s*(?:and|or|\/)\s*(?:PFS|DFS|RFS|EFS|TTP)\b)|(?<=\b(?:PFS|DFS|RFS|EFS|TTP)\s*,?\s*(?:and|or|\/)\s*OS)|(?=\s+(?:rates?|benefits?|advantage|times?)\b)|(?<=\b(?:[Ff]inal|[Dd]ifferences?\s+in)\s+OS)|(?=\s+of\s+(?:the\s+)?(?:patients|participants|subjects)\b))/,
    becomes: 'OVERALL_SURVIVAL',
    example: 'Regorafenib given after sorafenib clearly improved OS in the trial.',
    reads: 'REGORAFENIB increases OVERALL_SURVIVAL',
  },
  ...bearerBetween(),
  ...kindThenExamples(),
];

/** A row whose words (sensitive, resistance, ...) are the mention when `between` and then `treatment` follow them. */
function treatmentKindRow(name: string, words: string, between: string, treatment: string, becomes: string, example: string, reads: string): ImpliedMention {
  return { name, pattern: new RegExp(String.raw`\b(?<name>${words})(?=${between}${treatment})`, 'i'), becomes, example, reads };
}

/**
 * Issue 7 (stop 38, h-con38): "cells sensitive to anticancer therapy, including radiotherapy and chemotherapy", "resistant
 * to many treatments, such as radiation": the kind of treatment is named by its examples after a general noun, so the
 * lexicon's "sensitive to radiotherapy" (RADIOSENSITIVITY) went unmatched and the sentence named an actor and read no
 * claim (a hypoxic tumour called sensitive to radiation, against the finding that hypoxia raises radioresistance, was
 * left unread). The adjective (or noun) is the mention; the first example decides which.
 */
function kindThenExamples(): ImpliedMention[] {
  const general = String.raw`\s+to\s+(?:(?:most|many|several|various|multiple|different|conventional|standard|current|systemic|cytotoxic|genotoxic|anti[-‐]?cancer|anti[-‐]?tumou?r|cancer)\s+){0,3}(?:therap(?:y|ies)|treatments?|modalit(?:y|ies)|regimens?)\s*,?\s*\(?(?:including|such\s+as|like|e\.g\.,?|for\s+example,?|notably)\s+(?:to\s+)?(?:(?:conventional|standard|cytotoxic|systemic)\s+)?`;
  const sensitive = String.raw`sensitive|susceptible|responsive|sensitivity|susceptibility|responsiveness`;
  const resistant = String.raw`resistant|refractory|resistance`;
  const row = (name: string, words: string, treatment: string, becomes: string, example: string, reads: string) => treatmentKindRow(name, words, general, treatment, becomes, example, reads);
  return [
    row('sensitive to a kind of therapy named by its examples, radiotherapy first', sensitive, radio, 'RADIOSENSITIVITY', 'Hypoxic tumour cells are sensitive to conventional therapies, such as radiotherapy and chemotherapy.', 'HYPOXIA promotes RADIOSENSITIVITY [ctx CANCER]'),
    row('sensitive to a kind of therapy named by its examples, chemotherapy first', sensitive, chemo, 'CHEMOSENSITIVITY', 'Hypoxic tumour cells are sensitive to many treatments, including chemotherapy.', 'HYPOXIA promotes CHEMOSENSITIVITY [ctx CANCER]'),
    row('resistant to a kind of therapy named by its examples, radiotherapy first', resistant, radio, 'RADIORESISTANCE', 'Hypoxic tumour cells are resistant to standard therapies, including radiation.', 'HYPOXIA promotes RADIORESISTANCE [ctx CANCER]'),
    row('resistant to a kind of therapy named by its examples, chemotherapy first', resistant, chemo, 'CHEMORESISTANCE', 'Hypoxic tumour cells are resistant to cytotoxic regimens, including chemotherapy.', 'HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]'),
  ];
}

/**
 * Issue 7 (stop 37, h-actor37): "the sensitivity of tumour cells to chemotherapy", "the resistance of HCC cells to
 * radiotherapy": the cells whose sensitivity it is stand between the noun and its treatment, so the lexicon's
 * "sensitivity to chemotherapy" (CHEMOSENSITIVITY) went unmatched and the sentence named an actor and read no claim.
 * The noun alone is the mention (the cells stay the claim's setting); the kind of treatment after "to" decides which.
 */
function bearerBetween(): ImpliedMention[] {
  const bearer = String.raw`\s+of\s+(?:the\s+|these\s+|human\s+)?(?:[\w‐-]+\s+){0,3}?(?:cells?|tumou?rs?|lines?|xenografts?|patients)\s+to\s+(?:(?:conventional|standard|cytotoxic|systemic|adjuvant|platinum[-‐]based|several|many|various|multiple)\s+)?`;
  const sensitivity = String.raw`sensitivity|susceptibility|responsiveness|chemosensitivity|radiosensitivity`;
  const resistance = String.raw`resistance`;
  const row = (name: string, nouns: string, treatment: string, becomes: string, example: string, reads: string) => treatmentKindRow(name, nouns, bearer, treatment, becomes, example, reads);
  return [
    row('sensitivity of cells to chemotherapy', sensitivity, chemo, 'CHEMOSENSITIVITY', 'Hypoxia lowered the sensitivity of breast cancer cells to chemotherapy.', 'HYPOXIA decreases CHEMOSENSITIVITY [ctx BREAST_CANCER]'),
    row('sensitivity of cells to radiotherapy', sensitivity, radio, 'RADIOSENSITIVITY', 'Hypoxia reduces the sensitivity of tumour cells to radiotherapy.', 'HYPOXIA decreases RADIOSENSITIVITY [ctx CANCER]'),
    row('resistance of cells to chemotherapy', resistance, chemo, 'CHEMORESISTANCE', 'IL-6 enhanced the resistance of HCC cells to chemotherapy.', 'IL6 increases CHEMORESISTANCE [ctx HCC]'),
    row('resistance of cells to radiotherapy', resistance, radio, 'RADIORESISTANCE', 'Hypoxia increases the resistance of tumour cells to radiation.', 'HYPOXIA increases RADIORESISTANCE [ctx CANCER]'),
  ];
}

/** Survival end points, whose head noun a coordinated kind before them shares: "overall and disease-free survival". */
const survivalEndPoints = new Set(['OVERALL_SURVIVAL', 'DISEASE_FREE_SURVIVAL', 'PROGRESSION_FREE_SURVIVAL', 'CANCER_SPECIFIC_SURVIVAL', 'METASTASIS_FREE_SURVIVAL', 'SURVIVAL']);

const organCancers = new WeakMap<KnowledgeBase, Map<string, string | undefined>>();

/** The cancer "<organ word> cancer" names in the lexicon, if one entity does. */
export function organCancer(word: string, kb: KnowledgeBase): string | undefined {
  let known = organCancers.get(kb);
  if (!known) organCancers.set(kb, (known = new Map()));
  const key = word.toLowerCase();
  if (!known.has(key)) {
    const phrase = `${key} cancer`;
    const found = recognizeEntities(phrase, lexiconOf(kb));
    known.set(key, found.length === 1 && found[0].start === 0 && found[0].end === phrase.length && kb.entities.get(found[0].entityId)?.type === 'disease' ? found[0].entityId : undefined);
  }
  return known.get(key);
}

/** Literal prefilter: every row's words hold one of these. */
const mayImply = /\bOS\b|sensitiv|susceptib|responsive|resistan|refractory|matrix|ECM|mesenchymal|(?:invad|migrat)(?:ed|ing) cells|(?:chemo|radio)[-‐]\s*(?:and|or|\/)|development|initiation|onset|genesis|emergence|regression|remission|regeneration|to\s+(?:proliferate|migrate|invade|survive|metasta|disseminate)|tumo|carcino|surviv|pro[-‐]?[a-z]|anti[-‐]?[a-z]|node[-‐\s]+(?:posi|nega)|malignan|neoplastic|cancer|CSC/i;

/**
 * The sentence's mentions with those its phrases imply, in text order; the same array when there are none (the
 * usual case). `text` is the block's text, the mentions' offsets index it; `start`/`end` bound the sentence.
 */
export function withImpliedMentions<T extends readonly EntityMention[]>(text: string, start: number, end: number, mentions: T, kb: KnowledgeBase): T {
  if (mentions === impliedNothing.mentions && start === impliedNothing.start && end === impliedNothing.end && kb === impliedNothing.kb && text === impliedNothing.text) return mentions;
  const sentence = text.slice(start, end);
  if (!mayImply.test(sentence)) return impliesNothing(text, start, end, mentions, kb);
  // "gliomagenesis": the cancer and tumorigenesis in one word, read first so the rows below see the cancer.
  const fused = withFusedCancerGenesis(text, start, end, mentions, kb, tumourProcesses);
  if (fused) return withImpliedMentions(text, start, end, fused as unknown as T, kb);
  const added: EntityMention[] = [];
  // Most sentences pass mayImply on a word alone ("protein", "tumour"): each row is then tried only when the
  // sentence holds one of the literals its own pattern requires (util/requiredLiterals.ts; issue 10: every row's
  // search ran, a copy of its pattern and an iterator each, on nearly every sentence of a draft).
  const mayMatch = rowGate.mayMatch(text, start, end);
  const covered = (from: number, to: number): boolean => [...mentions, ...added].some((m) => m.start < to && m.end > from);
  const isDisease = (m: EntityMention): boolean => kb.entities.get(m.entityId)?.type === 'disease';
  const add = (row: ImpliedMention, from: number, to: number): void => {
    if (covered(from, to)) return;
    const word = text.slice(from, to);
    const entityId = row.becomes === 'organ-cancer' ? organCancer(word, kb) : typeof row.becomes === 'string' ? row.becomes : row.becomes[word.toLowerCase().replace(/‐/g, '-')];
    if (entityId) added.push({ entityId, start: from, end: to, text: word });
  };
  for (let r = 0; r < impliedMentions.length; r++) {
    const row = impliedMentions[r];
    if (mayMatch[r] === 0) continue;
    if (row.touches === 'disease-after' || row.touches === 'tumour-process-after' || row.touches === 'survival-after') {
      for (const m of mentions) {
        if (row.touches === 'disease-after' ? !isDisease(m) : row.touches === 'survival-after' ? !survivalEndPoints.has(m.entityId) : !tumourProcesses.has(m.entityId)) continue;
        // "the development of tumour resistance to chemotherapy", "the onset of tumour cell invasion": a disease right
        // before another name describes that name, whose development the phrase is; the cancer does not come into
        // being (issue 7, stop 52: read as tumorigenesis, a second object that took the clause's claim).
        if (row.touches === 'disease-after' && describesNameAfter(m, mentions, text, isDisease)) continue;
        const before = text.slice(Math.max(start, m.start - 60), m.start);
        const match = row.pattern.exec(before);
        if (!match?.groups) continue;
        const from = m.start - before.length + match.index + match[0].indexOf(match.groups.name);
        add(row, from, from + match.groups.name.length);
      }
    } else if (row.touches === 'disease-before' || row.touches === 'tumour-process-before') {
      for (const m of mentions) {
        if (row.touches === 'disease-before' ? !isDisease(m) : !tumourProcesses.has(m.entityId)) continue;
        const match = row.pattern.exec(text.slice(m.end, Math.min(end, m.end + 40)));
        if (!match?.groups) continue;
        const from = m.end + match[0].indexOf(match.groups.name);
        add(row, from, from + match.groups.name.length);
      }
    } else {
      for (const match of allMatches(globalPattern(row), sentence)) {
        if (!match.groups) continue;
        const from = start + (match.index ?? 0) + match[0].lastIndexOf(match.groups.name);
        add(row, from, from + match.groups.name.length);
      }
    }
  }
  return added.length === 0 ? impliesNothing(text, start, end, mentions, kb) : ([...mentions, ...added].sort((a, b) => a.start - b.start) as unknown as T);
}

/** The disease mention `m` stands right before another name that is no disease ("tumour resistance", "tumour cell invasion"). */
function describesNameAfter(m: EntityMention, mentions: readonly EntityMention[], text: string, isDisease: (m: EntityMention) => boolean): boolean {
  const next = mentions.find((n) => n.start >= m.end && /^[\s\-‐]*$/.test(text.slice(m.end, n.start)));
  return next !== undefined && !isDisease(next);
}

/**
 * The literals a row's pattern requires, as it is run (the sentence-wide rows with their global copy), or null when
 * the pattern gives none or too many to be worth looking for. A touching row's pattern reads a stretch of the
 * sentence, so what it requires the sentence holds. All rows' literals are found in the sentence's one pass for
 * every table's words (sentenceWords.ts).
 */
let rowLiterals: (readonly string[] | null)[] | undefined;

function rowLiteralTable(): (readonly string[] | null)[] {
  return (rowLiterals ??= impliedMentions.map((row) => {
    const found = requiredLiterals(row.touches ? row.pattern : globalPattern(row));
    return found && found.length <= 24 ? found : null;
  }));
}

/** The rows by their literals, found in the sentence's one pass for every table's words (sentenceWords.ts). */
const rowGate = new LiteralGate(rowLiteralTable);

/** Each row's literals (null: tried on every sentence that passes mayImply), for the test that checks them. */
export function impliedRowLiterals(): (readonly string[] | null)[] {
  return rowLiteralTable();
}

/**
 * The last sentence whose phrases implied no mention, and the mentions it was asked with. The analysis asks for a
 * sentence's implied mentions (analyzeBlock.ts), then the frame reader asks again with the array it got back
 * (readSentence): the same sentence, array and knowledge base give the same answer, which is not worked out twice
 * (issue 10: the prefilter and the sentence's copy, for every sentence). Any other call replaces it.
 */
const impliedNothing: { text: string; start: number; end: number; mentions: readonly EntityMention[] | undefined; kb: KnowledgeBase | undefined } = { text: '', start: 0, end: 0, mentions: undefined, kb: undefined };

/**
 * A row's pattern as the sentence-wide search runs it (global, any case), made once per row rather than for every
 * sentence that may imply a mention (issue 10). matchAll searches with a copy of it, so the one kept is never moved.
 */
const globalPatterns = new WeakMap<ImpliedMention, RegExp>();

function globalPattern(row: ImpliedMention): RegExp {
  let pattern = globalPatterns.get(row);
  if (!pattern) globalPatterns.set(row, (pattern = new RegExp(row.pattern.source, 'gi')));
  return pattern;
}

function impliesNothing<T extends readonly EntityMention[]>(text: string, start: number, end: number, mentions: T, kb: KnowledgeBase): T {
  impliedNothing.text = text;
  impliedNothing.start = start;
  impliedNothing.end = end;
  impliedNothing.mentions = mentions;
  impliedNothing.kb = kb;
  return mentions;
}
