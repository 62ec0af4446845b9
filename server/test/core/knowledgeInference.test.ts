// Knowledge and inference stated once (issue 7, stop 26): rules of verification and recognition that serve every
// wording of a claim, each in sentences of our own with the verdict the bundled library gives them.
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('knowledge and inference', name, cases);

table('prognosis named by its direction is poor prognosis one way or the other', [
  ['In cancer, high STAT3 expression predicted a poorer prognosis.', ['STAT3 associated-with(negative) PROGNOSIS [ctx CANCER]'], 'supported'],
  ['In cancer, elevated IL-11 levels were associated with a poorer prognosis.', ['IL11 associated-with(negative) PROGNOSIS [ctx CANCER]'], 'supported'],
  // The reverse direction, and the sibling cytokine with no finding on prognosis.
  ['In cancer, high STAT3 expression predicted a more favourable prognosis.', ['STAT3 associated-with(positive) PROGNOSIS [ctx CANCER]'], 'contradicted'],
  ['IL-6 overexpression predicted a poorer prognosis in cancer.', ['IL6 associated-with(negative) PROGNOSIS [ctx CANCER]'], 'unsupported/no-evidence'],
  // A causal verb before the adjective of the bad end lowers the prognosis (claims/outcomeEnd.ts), as "confers a poor
  // prognosis" raises a poor one (the IL-11/STAT3 axis finding); the good end is that poor prognosis lowered.
  ['STAT3 activation in cancer confers a poorer prognosis.', ['STAT3 suppresses PROGNOSIS [ctx CANCER]'], 'supported'],
  ['STAT3 activation in cancer confers a better prognosis.', ['STAT3 promotes PROGNOSIS [ctx CANCER]'], 'contradicted'],
]);

table('HIF-2α is the protein of EPAS1, a gene of its own beside HIF-1α', [
  // Unrecognised, "HIF-2α silencing" left hypoxia as the subject of the lowering: hypoxia lowered migration.
  ['HIF-2α silencing reduced migration of OSCC cells under hypoxia.', ['NCBIGENE_2034 increases CELL_MIGRATION [ctx HYPOXIA,OSCC]'], 'unsupported/no-evidence'],
  // HIF-1α's findings never speak for HIF-2α.
  ['HIF-1α and HIF-2alpha both drive EMT in OSCC.', ['HIF1A promotes EMT [ctx OSCC]', 'NCBIGENE_2034 promotes EMT [ctx OSCC]'], 'unsupported/other-context'],
]);

table('one list of drug class nouns serves every reading of them (vocabulary.ts drugClassNouns)', [
  // The drug after the class noun is the agent, for a TKI as for an inhibitor.
  ['The EGFR TKI gefitinib lowered STAT3 phosphorylation in HCC cells.', ['DRUG_GEFITINIB decreases STAT3 [ctx HCC]'], 'unsupported/no-evidence'],
  ['The IGF-1R inhibitors NT157 and linsitinib reduced proliferation of HCC cells.', ['NT157 decreases CELL_PROLIFERATION [ctx HCC]', 'DRUG_LINSITINIB decreases CELL_PROLIFERATION [ctx HCC]'], 'supported'],
  // The agent of an "of" takes its entity away, for antibodies as for inhibitors: less STAT3 says IL-6R raises it.
  ['Antibodies of IL-6R lowered STAT3 phosphorylation in HCC cells.', ['IL6R increases STAT3 [ctx HCC]'], 'supported'],
  ['Blockers of IL-6R raised STAT3 phosphorylation in HCC cells.', ['IL6R decreases STAT3 [ctx HCC]'], 'contradicted'],
]);

table('mortality is the bad end of prognosis, and "lower mortality" its good end', [
  ['Metastasis is the chief cause of cancer-related mortality.', ['METASTASIS induces MORTALITY'], 'supported'],
  ['In cancer, high IL-11 expression was associated with higher mortality.', ['IL11 associated-with(positive) MORTALITY [ctx CANCER]'], 'supported'],
  // Lowered, the scale runs the other way; the sibling cytokine has no finding on prognosis.
  ['In cancer, high IL-11 expression was associated with lower mortality.', ['IL11 associated-with(negative) MORTALITY [ctx CANCER]'], 'contradicted'],
  ['IL-6 is associated with increased mortality in cancer.', ['IL6 associated-with(positive) MORTALITY [ctx CANCER]'], 'unsupported/no-evidence'],
]);

table('cell death named without its kind is checked as apoptosis, cell viability as proliferation', [
  ['IL-6 protected HCC cells from cell death.', ['IL6 decreases CELL_DEATH [ctx HCC]'], 'supported'],
  ['NT157 reduced the viability of HCC cells.', ['NT157 decreases CELL_VIABILITY [ctx HCC]'], 'supported'],
  // The reversed direction, another cancer, and a drug with no finding on apoptosis.
  ['IL-6 induces cell death in HCC cells.', ['IL6 induces CELL_DEATH [ctx HCC]'], 'contradicted'],
  ['IL-6 increased the viability of OSCC cells.', ['IL6 increases CELL_VIABILITY [ctx OSCC]'], 'unsupported/other-context'],
  ['Sorafenib induced cell death in HCC cells.', ['SORAFENIB induces CELL_DEATH [ctx HCC]'], 'unsupported/no-evidence'],
]);

table('a cell line is a case of its cancer\'s subtype: MDA-MB-231 is triple-negative', [
  ['IL-11 promoted invasion of triple-negative breast cancer cells.', ['IL11 promotes CELL_INVASION [ctx TNBC]'], 'supported'],
  ['Hypoxia raised IL-11 expression in TNBC cells.', ['HYPOXIA increases IL11 [ctx TNBC]'], 'supported'],
  // Another subtype of breast cancer is another place.
  ['IL-11 promoted invasion of HER2-positive breast cancer cells.', ['IL11 promotes CELL_INVASION [ctx DOID_0060079]'], 'unsupported/other-context'],
]);

table('tumour-associated fibroblasts are the cancer-associated fibroblasts', [
  ['Tumour-associated fibroblasts promote the proliferation of HCC cells.', ['CAF promotes CELL_PROLIFERATION [ctx HCC]'], 'supported'],
  ['Tumor-associated fibroblasts restrain the proliferation of HCC cells.', ['CAF inhibits CELL_PROLIFERATION [ctx HCC]'], 'contradicted'],
]);

table('JAK1/STAT3 and gp130/STAT3 are pathways whose parts are JAK1 or gp130 and STAT3', [
  // Unrecognised, "the Jak1-STAT3 pathway" was JAK1 alone, and STAT3's findings could not speak for it.
  ['IL-6 activates the JAK1/STAT3 pathway in HCC cells.', ['IL6 activates JAK1_STAT3_AXIS [ctx HCC]'], 'supported'],
  ['IL-11 activates gp130/STAT3 signalling in breast cancer cells.', ['IL11 activates GP130_STAT3_AXIS [ctx BREAST_CANCER]'], 'supported'],
  // The reversed direction, and the sibling cytokine in a cancer where only IL-6 is reported.
  ['IL-6 suppresses the Jak1-STAT3 pathway in HCC cells.', ['IL6 suppresses JAK1_STAT3_AXIS [ctx HCC]'], 'contradicted'],
  ['IL-11 switched on the JAK1/STAT3 pathway in HCC cells.', ['IL11 activates JAK1_STAT3_AXIS [ctx HCC]'], 'unsupported/other-context'],
]);

table('the IL-1 blockers are drugs with their targets, not IL-1 itself', [
  // Unrecognised, "the IL-1 receptor antagonist anakinra" left IL-1 as the agent lowering tumour burden.
  ['The IL-1 receptor antagonist anakinra shrank the tumour burden of the mice.', ['DRUG_ANAKINRA decreases TUMOR_GROWTH'], 'unsupported/no-evidence'],
  ['Anakinra lowered IL-6 levels in HCC.', ['DRUG_ANAKINRA decreases IL6 [ctx HCC]'], 'unsupported/no-evidence'],
]);

table('a loss named after its entity in either spelling: neutralisation, antagonism', [
  // "neutralisation" was missing after the entity: the loss read as IL-11 itself lowering migration, a false contradiction.
  ['IL-11 neutralisation reduced OSCC cell migration.', ['IL11 increases CELL_MIGRATION [ctx OSCC]'], 'supported'],
  ['IL-6R antagonism lowered sorafenib resistance in HCC.', ['IL6R increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // The reversed direction, and the sibling cytokine.
  ['IL-11 neutralisation raised OSCC cell migration.', ['IL11 decreases CELL_MIGRATION [ctx OSCC]'], 'contradicted'],
  ['IL-6 neutralisation reduced OSCC cell migration.', ['IL6 increases CELL_MIGRATION [ctx OSCC]'], 'unsupported/no-evidence'],
]);

table('a gerund of loss opening its clause is the loss of its entity', [
  // Read as STAT3's own action, "Depleting STAT3 reduced invasion" had STAT3 lowering invasion, a false contradiction.
  ['Depleting STAT3 reduced invasion of breast cancer cells.', ['STAT3 increases CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['We found that inactivating STAT3 reduced invasion of breast cancer cells.', ['STAT3 increases CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  // A means after "by" stays the subject's own action (and the cells' survival is their apoptosis the other way
  // round, verify.ts: the library's finding that IL-6 spares HCC cells from apoptosis backs both claims).
  ['IL-6 promotes survival of HCC cells by suppressing apoptosis.', ['IL6 promotes CELL_SURVIVAL [ctx HCC] via APOPTOSIS', 'IL6 suppresses APOPTOSIS [ctx HCC]'], 'supported'],
  ['Inactivating STAT3 raised invasion of breast cancer cells.', ['STAT3 decreases CELL_INVASION [ctx BREAST_CANCER]'], 'contradicted'],
]);

table('a cell line from the Cell Line Ontology carries its cancer: a finding in another cancer does not speak for it', [
  // Unknown before the lexicon listed them (cellLinesCLO.json), HSC-2 and SAS (oral cancers) named no setting, and
  // the finding in liver cancer cells was taken for the claim's.
  ['IL-6 protected HSC-2 cells from cell death.', ['IL6 decreases CELL_DEATH [ctx CELL_HSC_2]'], 'unsupported/other-context'],
  ['NT157 reduced the viability of SAS cells.', ['NT157 decreases CELL_VIABILITY [ctx CELL_SAS]'], 'unsupported/other-context'],
  // The same findings in their own cancer still back the claim.
  ['NT157 reduced the viability of HCC cells.', ['NT157 decreases CELL_VIABILITY [ctx HCC]'], 'supported'],
]);
