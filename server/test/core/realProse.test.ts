// Constructions of real prose (issue 7, second pass), each in a sentence of our own: what the reader makes of
// it, and the verdict the bundled library gives the sentence.
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('real prose', name, cases);

table('outcomes: growth of cancer cells is their proliferation', [
  ['IL-6 promotes cell growth in HCC.', ['IL6 promotes CELL_GROWTH [ctx HCC]'], 'supported'],
  ['IL-6 restrains cell growth in HCC.', ['IL6 inhibits CELL_GROWTH [ctx HCC]'], 'contradicted'],
  ['IL-6 promotes cell growth in prostate cancer.', ['IL6 promotes CELL_GROWTH [ctx DOID_10283]'], 'unsupported/other-context'],
]);

table('a tumour grows by the proliferation of its cells', [
  ['CAFs restrain tumour growth in HCC.', ['CAF inhibits TUMOR_GROWTH [ctx HCC]'], 'contradicted'],
  ['IGF-1 drives tumour growth in breast cancer.', ['IGF1 promotes TUMOR_GROWTH [ctx BREAST_CANCER]'], 'unsupported/other-context'],
  // Not for a drug: what it does to tumours is its efficacy, which lowering cultured HCC cells' proliferation does not show.
  ['NT157 slows tumour growth in HCC.', ['NT157 decreases TUMOR_GROWTH [ctx HCC]'], 'unsupported/no-evidence'],
  ['Tumour growth in HCC was curbed by NT157.', ['NT157 inhibits TUMOR_GROWTH [ctx HCC]'], 'unsupported/no-evidence'],
  // Nor that finding restated for the drug's target.
  ['IGF-1R inhibitors slowed tumour growth in HCC.', ['IGF1R increases TUMOR_GROWTH [ctx HCC]'], 'unsupported/no-evidence'],
  // "The growth of tumours / xenografts" is tumour growth (mentionSenses.ts), not the cells' growth in a dish.
  ['NT157 slowed the growth of liver cancer xenografts.', ['NT157 decreases TUMOR_GROWTH [ctx LIVER_CANCER,XENOGRAFT]'], 'unsupported/no-evidence'],
  ['CAFs raise the growth of established HCC tumours.', ['CAF increases TUMOR_GROWTH [ctx CANCER,HCC]'], 'supported'],
]);

table('the disease a cell type was taken from is where its claim holds', [
  ['CAFs isolated from gastric tumours secreted IL-6.', ['CAF increases IL6 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['CAFs derived from HCC secreted IL-6.', ['CAF increases IL6 [ctx HCC]'], 'supported'],
]);

table('a cancer subtype the lexicon lacks is another context, not the cancer it names', [
  ['IL-11 drives EMT in poorly differentiated thyroid cancer.', ['IL11 promotes EMT [ctx THYROID_CANCER]'], 'unsupported/other-context'],
  // The ontology's "papillary thyroid carcinoma", written with "cancer", is the subtype itself (organPhrasings.ts cancerWording).
  ['IL-11 drives EMT in papillary thyroid cancer.', ['IL11 promotes EMT [ctx DOID_3969]'], 'unsupported/other-context'],
  ['IL-11 drives EMT in thyroid cancer.', ['IL11 promotes EMT [ctx THYROID_CANCER]'], 'supported'],
  // Bare "glioma", the head of the ontology's "malignant glioma" class (diseases.json, derived), is that cancer: a
  // context no finding covers.
  ['Tocilizumab lowered STAT3 phosphorylation in glioma cells.', ['DRUG_TOCILIZUMAB decreases STAT3 [ctx DOID_3070]'], 'unsupported/other-context'],
]);

table('a hedged means is a claim of its own, not a condition of the main claim', [
  ['HIF-1α promotes EMT, perhaps by lowering NDRG2.', ['HIF1A decreases NCBIGENE_57447', 'HIF1A promotes EMT'], 'supported'],
  // Stated without a hedge, the route is part of the claim: a route through MMP-9, which the library knows but never
  // places after HIF-1α, is not reported; NDRG2, which no finding names, is a remark the library cannot judge
  // (the annotators of the real set label such sentences by their effect).
  ['HIF-1α promotes EMT by raising MMP-9.', ['HIF1A increases MMP9', 'HIF1A promotes EMT via MMP9'], 'unsupported/no-evidence'],
  ['HIF-1α promotes EMT by lowering NDRG2.', ['HIF1A decreases NCBIGENE_57447', 'HIF1A promotes EMT via NCBIGENE_57447'], 'supported'],
]);

table('a process named as an adjective of cells says which cells', [
  ['Akt drives the migration of invasive tumour cells.', ['AKT promotes CELL_MIGRATION [ctx CANCER]'], 'supported'],
  ['Akt drives the migration of metastatic cells.', ['AKT promotes CELL_MIGRATION'], 'supported'],
]);

table('bare "growth" is cell growth; tumour growth is a kind of it', [
  // The growth of grafts or tumours is tumour growth itself (mentionSenses.ts), found for IL-6R in HCC only.
  ['Blocking IL-6R slowed the growth of colorectal cancer xenografts.', ['IL6R increases TUMOR_GROWTH [ctx COLORECTAL_CANCER,XENOGRAFT]'], 'unsupported/other-context'],
  ['IL-6 supports the growth of HCC cells.', ['IL6 promotes CELL_GROWTH [ctx HCC]'], 'supported'],
]);

// (The main claim, STAT3 and growth, has no finding: NT157's findings in HCC speak for IGF-1R, not for STAT3.)
table('a hyphenated cause of a fall: "X-induced growth inhibition" lowers growth', [
  ['The IL-11-induced decrease in E-cadherin was marked.', ['IL11 suppresses CDH1'], 'supported'],
  ['STAT3 mediates the IL-6-induced growth inhibition in LNCaP cells.', ['IL6 suppresses CELL_GROWTH [ctx CELL_LNCAP]', 'STAT3 suppresses CELL_GROWTH [ctx CELL_LNCAP]'], 'unsupported/no-evidence'],
]);

table('a list of outcomes stays supported when the library is silent on some of them', [
  ['MMPs promote motility, invasion and angiogenesis.', ['MMPS promotes ANGIOGENESIS', 'MMPS promotes CELL_INVASION', 'MMPS promotes CELL_MIGRATION'], 'supported'],
  // An unbacked protein is a side member beside the backed one, as the guideline's unbacked side remark is (stop 27,
  // widened at stop 35 to any member that is no sibling of a backed one; it keeps its own verdict); a numbered
  // sibling of the backed member (MMP-11 beside MMP-13) is a near miss and keeps the list unsupported.
  ['IL-11 raised MMP-13 and TIMP-1 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 increases NCBIGENE_7076 [ctx OSCC]'], 'supported'],
  ['IL-11 raised MMP-13 and MMP-11 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 increases NCBIGENE_4320 [ctx OSCC]'], 'unsupported/no-evidence'],
]);

table('background the library now states: EMT gives cells invasiveness', [
  ['EMT contributes to the invasiveness of cancer cells.', ['EMT promotes CELL_INVASION [ctx CANCER]'], 'supported'],
]);

table('a participle after a noun phrase qualifies the object of the verb before it (reduced relative clause)', [
  ['STAT3 knockdown lowered the MMP-2 expression induced by IL-11.', ['IL11 induces MMP2', 'STAT3 increases MMP2'], 'supported'],
]);

table('a fronted prepositional phrase ends before the subject', [
  ['Through its interactions with EMT-inducing factors and crosstalk with other pathways, STAT3 drives the invasive phenotype of breast cancer cells.', ['STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  // The route it names is still the claim's route.
  ['Moreover, via the PI3K/Akt pathway, IL-11 raised MMP-2 in breast cancer cells.', ['IL11 increases MMP2 [ctx BREAST_CANCER] via PI3K_AKT_PATHWAY'], 'unsupported/no-evidence'],
]);

table('a condition after a comma ("if they express X") names no object', [
  ['IL-11 confers invasiveness on cancer cells, if they express IL-11Rα.', ['IL11 promotes CELL_INVASION [ctx CANCER]'], 'supported'],
]);

table('"responsible for" asserts a cause', [
  ['In our hands, IL-6 signalling is responsible for STAT3 activation in HCC cells.', ['IL6 promotes STAT3 [ctx HCC]'], 'supported'],
]);

table('an outcome named by its assay or organ is checked as the process it stands for', [
  ['NT157 reduced colony formation of HCC cells.', ['NT157 decreases COLONY_FORMATION [ctx HCC]'], 'supported'],
  ['NT157 reduced colony formation of leukemia cells.', ['NT157 decreases COLONY_FORMATION [ctx DOID_1240]'], 'unsupported/other-context'],
  ['IL-6 drives hepatocarcinogenesis.', ['IL6 promotes HEPATOCARCINOGENESIS [ctx HCC]'], 'supported'],
  ['IL-6 suppresses hepatocarcinogenesis.', ['IL6 suppresses HEPATOCARCINOGENESIS [ctx HCC]'], 'contradicted'],
]);

table('context: a verb before "cancer" names no organ; "in tumour tissues" names the tumours', [
  ['IL-6 can stimulate cancer cell proliferation.', ['IL6 activates CELL_PROLIFERATION [ctx CANCER]'], 'supported'],
  ['IGF-1 drives cancer cell proliferation in tumour tissues of the liver.', ['IGF1 promotes CELL_PROLIFERATION [ctx CANCER,PATIENT_TISSUE]'], 'supported'],
  // A disease after the verb that only qualifies an unknown noun is an outcome the library is silent on.
  ['IGF-1 can stimulate tumour cell proliferation and activate cancer remodelling.', ['IGF1 activates CANCER', 'IGF1 activates CELL_PROLIFERATION [ctx CANCER]'], 'supported'],
]);

table('"but (generally) not" continues the objects, reported without the effect', [
  ['Low oxygen raised Snail levels in our cells but usually not their migration.', ['HYPOXIA increases NCBIGENE_6615', 'HYPOXIA no-effect CELL_MIGRATION'], 'contradicted'],
]);

table('a slash pair is one participant of a frame', [
  ['The repressive action of PI3K/AKT1 on invasive properties may be shared by several cancers.', ['PI3K suppresses CELL_INVASION [ctx CANCER]'], 'contradicted'],
]);

table('invasion and metastasis are stages of tumour progression', [
  ['Akt drives the progression of ATC.', ['AKT promotes TUMOR_PROGRESSION [ctx ATC]'], 'supported'],
  ['PI3K restrains the progression of ATC.', ['PI3K inhibits TUMOR_PROGRESSION [ctx ATC]'], 'contradicted'],
]);

table('scope: a drug is a topic through its targets only when the library has findings of their own on them', [
  // Anlotinib shares VEGFR2 with sorafenib, but all the library says of VEGFR2 is implied by sorafenib.
  ['Anlotinib inhibits the migration of thyroid cancer cells.', ['DRUG_ANLOTINIB inhibits CELL_MIGRATION [ctx THYROID_CANCER]'], 'out-of-scope'],
  ['Tocilizumab lowered STAT3 phosphorylation in HCC cells.', ['DRUG_TOCILIZUMAB decreases STAT3 [ctx HCC]'], 'supported'],
]);

table('what follows "in response to" is a cause, never an object', [
  ['STAT3 switches on its target genes in response to signalling of several cytokines including IL-6 and OSM.', ['CYTOKINE activates STAT3'], 'supported'],
]);

table("patients' survival is checked as overall survival", [
  ['Regorafenib shortened survival in HCC.', ['REGORAFENIB decreases SURVIVAL [ctx HCC]'], 'contradicted'],
]);

table('the sensitivity of cells to a drug is the opposite of resistance to it', [
  // "to sorafenib" after "the sensitivity of HCC cells": the cells stand between the noun and the drug.
  ['Silencing ATF3 raised the sensitivity of liver cancer cells to sorafenib.', ['ATF3 increases SORAFENIB_RESISTANCE [ctx LIVER_CANCER]'], 'supported'],
  // A finding stated as sensitivity answers a claim stated as resistance, and the other way round.
  ['IL-6 lowered the sensitivity to sorafenib in HCC cells.', ['IL6 decreases SORAFENIB_SENSITIVITY [ctx HCC]'], 'supported'],
  ['IL-6 raised the sensitivity to sorafenib in HCC cells.', ['IL6 increases SORAFENIB_SENSITIVITY [ctx HCC]'], 'contradicted'],
]);

table('the resistance of cells to a drug is resistance to it', [
  // "to sorafenib" after "the resistance of HCC xenografts": the drug stands for the resistance, unturned.
  ['Sarilumab raised the resistance of HCC xenografts to sorafenib.', ['SARILUMAB increases SORAFENIB_RESISTANCE [ctx HCC,XENOGRAFT]'], 'contradicted'],
  ['ATF3 raised the resistance of liver cancer cells to regorafenib.', ['ATF3 increases REGORAFENIB_RESISTANCE [ctx LIVER_CANCER]'], 'supported'],
]);

table('"X-mediated signalling" is X\'s own signalling', [
  ['IRS-1-mediated signalling promotes the growth of HCC cells.', ['IRS1 promotes CELL_GROWTH [ctx HCC]'], 'supported'],
]);

table('the other term of a comparison is not a participant', [
  // IL-6 is the rival the claim is ranked against (comparisons.ts): the library reports IL-11's effect, no ranking.
  ['IL-11 enhanced the migration of OSCC cells more strongly than IL-6.', ['IL11 increases CELL_MIGRATION [ctx OSCC]'], 'unsupported/no-evidence'],
]);

table('a member of a family the library reports on is in scope, unsupported when no claim is read', [
  ['AKT1 sits at the centre of a crowded network in breast tumours.', [], 'unsupported/no-evidence'],
]);

table('"no correlation between X and Y" denies the association, adjectives or not', [
  ['No significant correlation between IL-6 and STAT3 was found.', ['NOT IL6 associated-with(positive) STAT3'], 'contradicted'],
]);

table('a question the field has not settled is no claim: "remains controversial", "is poorly understood"', [
  ['The role of STAT3 in EMT remains controversial.', ['STAT3 promotes EMT'], 'out-of-scope'],
  ['How IL-6 activates STAT3 is still poorly understood.', ['IL6 activates STAT3'], 'out-of-scope'],
]);

// Unseen real prose at the scope's edges (fresh-scope, half B): a list the library reports in part elsewhere.
table('a list reported in part elsewhere', [
  // One object of the list is reported in other cancers: other-context, never supported.
  ['IL-11 promotes angiogenesis and invasion in gastric cancer.', ['IL11 promotes ANGIOGENESIS [ctx GASTRIC_CANCER]', 'IL11 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // The same pair named by two predicates is no list: the main claim (angiogenesis) keeps its own basis.
  ['IL-11 promotes angiogenesis in gastric cancer and promotes the invasion of these cells.', ['IL11 promotes ANGIOGENESIS [ctx GASTRIC_CANCER]', 'IL11 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
  // A family defined with a claim in its relative clause stays a claim (the definition pattern leaves it).
  ['Collagenases constitute a group of enzymes that IL-11 upregulates in oral cancer.', [], 'unsupported/no-evidence'],
]);

table('context: an organ word with a tumour noun names the organ\'s cancer; the cells an "of" phrase names are the place', [
  ['IL-6 promotes hepatic tumours in mice.', ['IL6 promotes TUMORIGENESIS [ctx LIVER_CANCER]'], 'supported'],
  ['IL-6 fuels tumours of the stomach.', ['IL6 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['In mice, interleukin-6 fuels gastric tumours.', ['IL6 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['IL-6 promotes the proliferation of hepatic tumor cells.', ['IL6 promotes CELL_PROLIFERATION [ctx LIVER_CANCER]'], 'supported'],
  // A cell type of the lexicon after "of" is where the claim holds, as after "in": not the cancer the finding names.
  ['IL-6 enhances the proliferation of colonic epithelial cells.', ['IL6 increases CELL_PROLIFERATION [ctx CL_0011108]'], 'unsupported/other-context'],
  ['IL-6 raised the invasion of benign prostate epithelial cells.', ['IL6 increases CELL_INVASION [ctx CL_0002231]'], 'unsupported/no-evidence'],
  // Before the verb, after a process only: the cells whose process a passive verb changes; a source after "by" is none.
  ['The proliferation of colonic epithelial cells is increased by IL-6.', ['IL6 increases CELL_PROLIFERATION [ctx CL_0011108]'], 'unsupported/other-context'],
  ['Secretion of IL-6 by fibroblasts raised invasion in HCC.', ['IL6 increases CELL_INVASION [ctx HCC]'], 'unsupported/no-evidence'],
]);

table('context: a clause after ", and" with its own subject keeps its own places; a fronted setting is the sentence\'s', [
  ['Gastric cancer is a frequent tumor, and EMT is very important for tumour invasion.', ['EMT promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['Liver cancer is a frequent tumour, and IL-6 is very important for tumour cell proliferation in breast cancer.', ['IL6 promotes CELL_PROLIFERATION [ctx BREAST_CANCER]'], 'unsupported/other-context'],
  // A clause that names no place of its own shares the sentence's; a setting fronted before both clauses is kept.
  ['Oral cancer is a frequent tumour in smokers, and IL-6 is very important for tumour cell proliferation.', ['IL6 promotes CELL_PROLIFERATION [ctx CANCER,ORAL_CANCER]'], 'unsupported/other-context'],
  ['In gastric cancer, IL-6 is abundant, and STAT3 is very important for tumour invasion.', ['STAT3 promotes CELL_INVASION [ctx CANCER,GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

table('context: named cancers after "including" or "such as" are examples of a general class, not a narrower setting', [
  ['CAFs drive tumour progression in several cancers, such as gastric cancer and melanoma.', ['CAF promotes TUMOR_PROGRESSION [ctx CANCER]'], 'supported'],
  ['Cytokines activate STAT3 in various cancers, including lung cancer.', ['CYTOKINE activates STAT3 [ctx CANCER]'], 'supported'],
  ['Growth factors switch on STAT3 across many tumour types (e.g., colon cancer).', ['GROWTH_FACTOR activates STAT3 [ctx CANCER]'], 'supported'],
  // The cancer named as the place itself stays the setting.
  ['CAFs drive tumour progression in gastric cancer.', ['CAF promotes TUMOR_PROGRESSION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // Stop 52: the class described by a short "of" phrase, and an example described as human or primary, stay a class
  // and its example; the same shape in the opposite direction is contradicted, with an unbacked pair no evidence.
  ['STAT3 drives the invasion of human cancers of epithelial origin, including HNSCC.', ['STAT3 promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['STAT3 lowers the invasion of human cancers of epithelial origin, including HNSCC.', ['STAT3 decreases CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['STAT3 drives the invasion of many cancers including human HNSCC.', ['STAT3 promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['STAT3 drives the invasion of carcinomas of diverse origins such as primary HCC and OSCC.', ['STAT3 promotes CELL_INVASION [ctx CARCINOMA]'], 'supported'],
  ['IL-6 raises MMP-13 levels in many cancers of epithelial origin, including HNSCC.', ['IL6 increases MMP13 [ctx CANCER]'], 'unsupported/no-evidence'],
  // Near misses: one cancer described by the class after it, a singular "cancer", an "of" phrase naming an organ, and
  // a cancer named as the place ("in HNSCC", "primary HNSCC") keep the named cancer as the setting.
  ['STAT3 drives the invasion of human HNSCC, a cancer of epithelial origin.', ['STAT3 promotes CELL_INVASION [ctx CANCER,HNSCC]'], 'unsupported/other-context'],
  ['STAT3 drives the invasion of cancer of epithelial origin, including HNSCC.', ['STAT3 promotes CELL_INVASION [ctx CANCER,HNSCC]'], 'unsupported/other-context'],
  ['STAT3 drives the invasion of tumours of the liver, including HCC.', ['STAT3 promotes CELL_INVASION [ctx HCC,LIVER_CANCER]'], 'unsupported/other-context'],
  ['STAT3 drives the invasion of cancers of epithelial origin in HNSCC.', ['STAT3 promotes CELL_INVASION [ctx CANCER,HNSCC]'], 'unsupported/other-context'],
  ['STAT3 drives the invasion of primary HNSCC.', ['STAT3 promotes CELL_INVASION [ctx HNSCC]'], 'unsupported/other-context'],
]);

table('context: the tumour microenvironment says where in a tumour, which a finding in cancer covers and one in a dish does not', [
  ['Cytokines in the tumour microenvironment activate STAT3.', ['CYTOKINE activates STAT3 [ctx TUMOR_MICROENVIRONMENT]'], 'supported'],
  ['IL-11 raises MMP-2 in the tumour microenvironment.', ['IL11 increases MMP2 [ctx TUMOR_MICROENVIRONMENT]'], 'unsupported/other-context'],
]);

table('context: a correlation in patients\' specimens is not covered by an effect shown in a kind of cells', [
  ['In resected liver tumour specimens, IL-6 correlated with phosphorylated STAT3.', ['IL6 associated-with(positive) STAT3 [ctx LIVER_CANCER,PATIENT_TISSUE]'], 'unsupported/other-context'],
  ['IL-6 levels in HCC tissue samples were associated with IGF-1 expression.', ['IL6 associated-with(positive) IGF1 [ctx HCC,PATIENT_TISSUE]'], 'unsupported/other-context'],
]);

table('context: the system a claim was shown in (in vivo, xenografts, cultured cells) is covered by a finding that names none', [
  ['IL-6 stimulated cancer cell proliferation in vivo.', ['IL6 activates CELL_PROLIFERATION [ctx CANCER,IN_VIVO]'], 'supported'],
  ['In cultured cells, IGF-1 protected the cells from apoptosis.', ['IGF1 decreases APOPTOSIS [ctx CELL_CULTURE]'], 'supported'],
  ['Overexpressing IL-6 did not change cell proliferation in xenografts.', ['IL6 no-effect CELL_PROLIFERATION [ctx XENOGRAFT]'], 'contradicted'],
  // A finding made in another system (cultured MDA-MB-231 cells), or under a drug, reports the claim elsewhere.
  ['IL-11 raised MMP-2 expression in a mouse model.', ['IL11 increases MMP2 [ctx IN_VIVO]'], 'unsupported/other-context'],
  ['In a mouse model, IL-6R drove tumour growth.', ['IL6R promotes TUMOR_GROWTH [ctx IN_VIVO]'], 'unsupported/other-context'],
  // A database analysis is no model a finding in the cells was made in.
  ['In TIMER2.0 data, IL-11 raised MMP-13 levels in OSCC.', ['IL11 increases MMP13 [ctx OSCC,TIMER2]'], 'unsupported/no-evidence'],
]);

// "associated with prognosis", no direction named, says that X matters: a finding either way backs it, and its
// denial is contradicted by one; it was read as a favourable prognosis before and called contradicted.
table('an association with an outcome that names no direction', [
  ['IL-11 expression was associated with prognosis.', ['IL11 associated-with(undirected) PROGNOSIS'], 'supported'],
  ['IL-11 expression was associated with a favourable prognosis.', ['IL11 associated-with(positive) PROGNOSIS'], 'contradicted'],
  ['IL-11 expression was not associated with prognosis.', ['NOT IL11 associated-with(undirected) PROGNOSIS'], 'contradicted'],
]);


// Issue 7 (stop 33, h-w10b33): "X contributes (substantially) to a wide range of Y functions, including A, B and C":
// the class of processes is no participant, its members are; a quantifier phrase may count the class and an
// adverb of degree may stand between the verb and its preposition (frames.ts contributes-to-class-including).
table('a class of processes named by its members after "including" or "such as", with "contribute to" or "participate in"', [
  ['Hypoxia may contribute to many aggressive traits, like invasion, angiogenesis and chemoresistance.', ['HYPOXIA promotes ANGIOGENESIS', 'HYPOXIA promotes CELL_INVASION', 'HYPOXIA promotes CHEMORESISTANCE'], 'supported'],
  ['In gastric tumours, IL-11 participated in a number of pro-metastatic events such as EMT and angiogenesis.', ['IL11 promotes ANGIOGENESIS [ctx GASTRIC_CANCER]', 'IL11 promotes EMT [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['In hepatoma cells, IGF-1 contributes substantially to a range of processes, including anti-apoptosis.', ['IGF1 suppresses APOPTOSIS [ctx HCC]'], 'supported'],
  ['In hepatoma cells, IGF-1 contributes to a range of processes, including apoptosis.', ['IGF1 promotes APOPTOSIS [ctx HCC]'], 'contradicted'],
  // No members: the class alone is read as nothing.
  ['STAT3 contributes to a range of processes in HCC cells.', [], 'unsupported/no-evidence'],
  ['IL-6 does not contribute to processes such as invasion.', ['NOT IL6 promotes CELL_INVASION'], 'unsupported/no-evidence'],
]);

// A process named with "anti" tied before it is its opposite, in a list as alone ("proliferation, anti-apoptosis and
// angiogenesis"); before, "X drives anti-apoptosis" was read as X driving apoptosis (a false contradiction or support).
// The member read the other way still holds the list together, so a backed member speaks for it (analyzeBlock.ts listedWith).
table('"anti-" before a process names its opposite', [
  ['NT157 drives anti-apoptosis in hepatoma cells.', ['NT157 suppresses APOPTOSIS [ctx HCC]'], 'contradicted'],
  ['IL-6 promoted anti-apoptosis in hepatoma cells.', ['IL6 suppresses APOPTOSIS [ctx HCC]'], 'supported'],
  ['CAFs foster cell survival, anti-apoptosis, and chemoresistance in HCC.', ['CAF promotes CELL_SURVIVAL [ctx HCC]', 'CAF promotes CHEMORESISTANCE [ctx HCC]', 'CAF suppresses APOPTOSIS [ctx HCC]'], 'supported'],
  ['STAT3 participates in several cellular processes, such as proliferation, anti-apoptosis and angiogenesis.', ['STAT3 promotes ANGIOGENESIS', 'STAT3 promotes CELL_PROLIFERATION', 'STAT3 suppresses APOPTOSIS'], 'supported'],
  // A receptor after "anti" is the agent's loss, not a turned process.
  ['Tocilizumab is an anti-IL-6R antibody that lowers STAT3 phosphorylation.', ['DRUG_TOCILIZUMAB decreases STAT3'], 'supported'],
]);

// Issue 7 (stop 33, h-w10b33): the cause of a resistance named in a participle clause after the cells, "cells
// adapted to (cultured under, exposed to) X became more resistant to D" (frames.ts cells-exposed-to-become-resistant).
table('cells exposed to a cause, named after them, that become resistant to a treatment', [
  ['Cancer cells cultured under hypoxia became resistant to chemotherapy.', ['HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]'], 'supported'],
  ['HCC cells exposed to IL-6 became refractory to sorafenib.', ['IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['Tumour cells adapting to hypoxic conditions slowly grow more resistant to radiation.', ['HYPOXIA promotes RADIORESISTANCE [ctx CANCER]'], 'supported'],
  // Resistance to a process is less of it, never a resistance the cause promotes; a drug that selects cells
  // resistant to itself promotes nothing; sensitivity is not resistance.
  ['Cancer cells cultured under hypoxia became resistant to apoptosis.', [], 'unsupported/no-evidence'],
  ['HCC cells treated with sorafenib became resistant to sorafenib.', [], 'unsupported/no-evidence'],
  ['HCC cells exposed to IL-6 remained sensitive to sorafenib.', [], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 33, h-w10b33): a Transwell count is the process, "the number of invaded cells", "migrated cells
// fell" (impliedMentions.ts), and the condition a comparison is made against ("compared with normoxia", "than under
// normoxia") is neither the claim's setting nor a participant (roles.ts comparedBaseline): read as the setting, it
// made a finding under hypoxia look like one in another context.
table('a count of cells that moved is the process; the baseline of a comparison is no setting', [
  ['In breast cancer cells, the number of invaded cells fell sharply under hypoxia compared with normoxia.', ['HYPOXIA decreases CELL_INVASION [ctx BREAST_CANCER]'], 'contradicted'],
  ['The number of migrated cells rose markedly under hypoxia relative to normoxia.', ['HYPOXIA increases CELL_MIGRATION'], 'supported'],
  ['Migration was lower under hypoxia than under normoxia.', ['HYPOXIA decreases CELL_MIGRATION'], 'contradicted'],
  ['IL-11 raised MMP-2 in hypoxic cells compared with normoxic cells.', ['IL11 increases MMP2 [ctx HYPOXIA]'], 'supported'],
  // Cells named by their movement, with no count or change: the cells, not the process.
  ['Invading cells expressed high levels of MMP-9 in breast tumours.', [], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 33, h-w10b33): "X are key actors in Y, as they can promote Z": "they" after a subordinating word
// stands for the main clause's subject, as "it" did (subjects.ts subordinatePronounAntecedent); "they" closes a
// subject phrase, so the word before the phrase is looked at too.
table('"they" after "as", "since" or "because" is the main clause\'s subject', [
  ['CAFs are key actors in HCC, as they can promote chemoresistance.', ['CAF promotes CHEMORESISTANCE [ctx HCC]'], 'supported'],
  ['Cancer-associated fibroblasts are central in HCC, since they drive invasion.', ['CAF promotes CELL_INVASION [ctx HCC]'], 'unsupported/no-evidence'],
  ['IL-6 and IL-11 matter in HCC, because they drive invasion.', ['IL6 promotes CELL_INVASION [ctx HCC]'], 'unsupported/no-evidence'],
  // A patient group is no agent the pronoun could stand for.
  ['Sorafenib is given to HCC patients, as they often develop resistance.', [], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 33, h-w10b33): a setting named after its condition by "around", "inside" or "near" ("the hypoxic
// milieu around tumour cells") is the claim's place, as "in" or "within" is; the pair either side of it is still read
// (anchored.ts, vocabulary.ts contextPrepositions).
table('"around", "inside" and "near" place a claim, as "in" does', [
  ['The hypoxic milieu around tumour cells promotes invasion.', ['HYPOXIA promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['The hypoxic niche near breast cancer cells suppresses migration.', ['HYPOXIA suppresses CELL_MIGRATION [ctx BREAST_CANCER]'], 'contradicted'],
  ['Hypoxia inside solid tumours drives EMT.', ['HYPOXIA promotes EMT [ctx SOLID_TUMOR]'], 'supported'],
  // "around" before a dose is no place.
  ['IL-6 at around 10 ng/ml raised STAT3 phosphorylation in HCC cells.', ['IL6 increases STAT3 [ctx HCC]'], 'supported'],
]);

// Issue 7 (stop 33, h-w10b33): "resistance to stress and apoptosis": every member of the list the resistance governs
// is held back, not only the first (roles.ts resisted); read alone, the later member was said to rise.
table('a resistance governs every member of its list', [
  ['During EMT, tumour cells gain raised resistance to stress and apoptosis.', ['EMT decreases APOPTOSIS [ctx CANCER]'], 'supported'],
  ['EMT confers resistance to stress and apoptosis in tumour cells.', ['EMT suppresses APOPTOSIS [ctx CANCER]'], 'supported'],
  // A verb after the list is no member of it: "promotes apoptosis" says what it says.
  ['IL-6 confers resistance to sorafenib and promotes apoptosis.', ['IL6 promotes APOPTOSIS', 'IL6 promotes SORAFENIB_RESISTANCE'], 'contradicted'],
]);

// Issue 7 (stop 33, h-w10b33): "owing to increased malignancy and metastasis": the reasons after the outcome are its
// routes, but a disease ("malignancy", read as cancer) is none; kept as a route, it left the claim without evidence.
table('a disease is no route of a claim', [
  ['Hypoxia confers poor prognosis owing to increased malignancy.', ['HYPOXIA promotes POOR_PROGNOSIS'], 'supported'],
  ['In many solid tumours, hypoxia confers poor prognosis because of heightened malignancy and metastasis.', ['HYPOXIA promotes POOR_PROGNOSIS [ctx SOLID_TUMOR] via METASTASIS'], 'supported'],
  ['Hypoxia confers a favourable prognosis owing to increased malignancy.', ['HYPOXIA promotes PROGNOSIS'], 'contradicted'],
]);

// Issue 7 (stop 33, h-w10b33): "X activates signalling pathways that lead to Y": what the first participant sets
// going (a noun phrase naming nothing the library knows) does what the relative says, so the relative's verb is the
// first participant's (anchored.ts, beside the copula's class relatives, cues.ts classRelatives). Only after a
// verb that raises; a denied relative is left alone.
table('what X sets going, in a relative clause, is X\'s doing', [
  ['In breast cancer cells, hypoxia engages signalling pathways that lead to invasion.', ['HYPOXIA increases CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['IL-6 activates signalling pathways that lead to proliferation.', ['IL6 increases CELL_PROLIFERATION'], 'supported'],
  ['NT157 blocks pathways that lead to proliferation.', [], 'unsupported/no-evidence'],
  ['IL-6 activates signalling pathways that do not lead to invasion.', [], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 39, h-actor39): a light verb of cause as a role's act, "a role in contributing to Y", "a part in leading
// to Y" (frames.ts plays-role-in-doing, whose gerund class now takes vocabulary.ts lightCauseVerbs' -ing forms): X
// brings Y about, and a change in Y's phrase turns it as for any gerund. Before, the role read nothing.
table('a role in contributing to (leading to) Y', [
  ['STAT3 has major roles in contributing to EMT.', ['STAT3 promotes EMT'], 'supported'],
  ['IL-11 has central roles in contributing to the loss of E-cadherin.', ['IL11 suppresses CDH1'], 'supported'],
  ['IL-11 has central roles in leading to STAT3 activation.', ['IL11 induces STAT3'], 'supported'],
  ['STAT1 has major roles in contributing to EMT.', ['STAT1 promotes EMT'], 'unsupported/no-evidence'],
  ['STAT3 has major roles in contributing to EMT in prostate cancer.', ['STAT3 promotes EMT [ctx DOID_10283]'], 'unsupported/other-context'],
  ['IL-6 plays key roles in contributing to the decline of tumour growth.', ['IL6 suppresses TUMOR_GROWTH'], 'contradicted'],
]);

// Issue 7 (stop 39, h-actor39): the setting of a description in apposition past a partitive of kinds, "X, a frequent
// event in all subtypes of Y, ...", "a common feature of many types of Y" (appositions.ts pastKindsOf): the place is Y,
// as in "a frequent event in Y". Before, the claim after the apposition lost its place, and a finding in another
// cancer (or in cancer in general) read as support.
table('a setting in apposition past "all subtypes of", "many types of"', [
  ['PI3K/AKT, a frequent event in most subtypes of endometrial cancer, drives EMT.', ['PI3K_AKT_PATHWAY promotes EMT [ctx ENDOMETRIAL_CANCER]'], 'unsupported/other-context'],
  ['Hypoxia, a common feature of most subtypes of gastric cancer, drives cell migration.', ['HYPOXIA promotes CELL_MIGRATION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['STAT3, a key driver in all forms of liver cancer, promotes EMT.', ['STAT3 promotes EMT [ctx LIVER_CANCER]'], 'unsupported/other-context'],
  // (The breast cancer paper's finding covers its own cancer, so the place kept is still a supported one.)
  ['Hypoxia, a common feature of many types of breast cancer, drives cell migration.', ['HYPOXIA promotes CELL_MIGRATION [ctx BREAST_CANCER]'], 'supported'],
]);

// Issue 7 (stop 39, h-actor39): a group named by a loss written as a participle of two words, "X knocked down cells",
// "X knocked-out mice" (manipulatedGroup.ts manipulationOf): the tagger took the participle for the clause's verb, so
// the changes after "showed" were read as X's own, the wrong way round (hyphened), or not at all (spaced).
table('cells named by "X knocked down", "X knocked-out"', [
  ['HIF-1α knocked down cells showed a marked decrease in invasion.', ['HIF1A increases CELL_INVASION'], 'supported'],
  ['HIF knocked-down cells showed a decrease in invasion.', ['HIF_FAMILY increases CELL_INVASION'], 'supported'],
  ['IL-6 knocked-out mice displayed slower tumour growth.', ['IL6 increases TUMOR_GROWTH'], 'supported'],
  ['STAT1 knocked down cells showed a decrease in invasion.', ['STAT1 increases CELL_INVASION'], 'unsupported/no-evidence'],
  ['HIF-1α knocked down cells showed an increase in invasion.', ['HIF1A decreases CELL_INVASION'], 'contradicted'],
  ['HIF-1α knocked down cells showed a decrease in invasion in prostate cancer.', ['HIF1A increases CELL_INVASION [ctx DOID_10283]'], 'unsupported/other-context'],
]);

// Issue 7 (stop 39, h-actor39): a description given a name by a word of naming, "Fibroblasts, known as CAFs, ...",
// "Fibroblasts, which are called CAFs, ..." (appositions.ts nameGivenDescription, beside namedDescription): the verb is
// the name's, and the description's noun is passed over; frames read from the name past its comma (frames.ts
// pastDescription). Before, the relative clause's rule took the name for a side remark and the verb went to the
// description's noun (fibroblasts, on which the library has nothing).
table('a description, then its name after "known as", "(also) called", "which are called"', [
  ['Fibroblasts, which are called CAFs, secrete IL-6.', ['CAF increases IL6'], 'supported'],
  ['Fibroblasts, known as CAFs, secrete IL-6.', ['CAF increases IL6'], 'supported'],
  ['The stromal fibroblasts, also called CAFs, secrete IL-6.', ['CAF increases IL6'], 'supported'],
  ['Fibroblasts, which are called CAFs, play a key role in tumour progression.', ['CAF promotes TUMOR_PROGRESSION'], 'supported'],
  ['The main stromal cells of the tumour, CAFs, play a role in tumour progression.', ['CAF promotes TUMOR_PROGRESSION'], 'supported'],
  ['Fibroblasts, called CAFs, secrete IL-6 in prostate cancer.', ['CAF increases IL6 [ctx DOID_10283]'], 'unsupported/other-context'],
  ['Fibroblasts, which are called CAFs, play a protective role in tumour progression.', ['CAF decreases TUMOR_PROGRESSION'], 'contradicted'],
  // (The name, not the description, is what the verb speaks of: plain fibroblasts are no CAFs.)
  ['Stromal cells, known as fibroblasts, secrete IL-6.', ['CL_0000057 increases IL6'], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 40, h-left40): routes offered as alternatives, "X drives Y by either blocking A or inducing B"
// (extract.ts alternativeMeans): neither route is a condition of the main claim, so each is a claim of its own and
// the main claim is judged without a route. Before, the first route became the main claim's mediator, which no
// finding names, and the sentence came out no evidence.
table('a choice of routes after "by either"', [
  ['Constitutive STAT3 signalling drives the progression of cancer by either blocking apoptosis or promoting invasion.', ['STAT3 inhibits APOPTOSIS [ctx CANCER]', 'STAT3 promotes CELL_INVASION [ctx CANCER]', 'STAT3 promotes TUMOR_PROGRESSION [ctx CANCER]'], 'supported'],
  ['Constitutive STAT1 signalling drives the progression of cancer by either blocking apoptosis or promoting invasion.', ['STAT1 inhibits APOPTOSIS [ctx CANCER]', 'STAT1 promotes CELL_INVASION [ctx CANCER]', 'STAT1 promotes TUMOR_PROGRESSION [ctx CANCER]'], 'unsupported/no-evidence'],
  ['Constitutive STAT3 signalling drives the progression of bladder cancer by either blocking apoptosis or promoting invasion.', ['STAT3 inhibits APOPTOSIS [ctx DOID_11054]', 'STAT3 promotes CELL_INVASION [ctx DOID_11054]', 'STAT3 promotes TUMOR_PROGRESSION [ctx DOID_11054]'], 'unsupported/other-context'],
  ['STAT3 signalling restrains the progression of cancer by either inducing apoptosis or blocking invasion.', ['STAT3 induces APOPTOSIS [ctx CANCER]', 'STAT3 inhibits CELL_INVASION [ctx CANCER]', 'STAT3 inhibits TUMOR_PROGRESSION [ctx CANCER]'], 'contradicted'],
  // Without "either" the route is part of the claim, and no finding names it.
  ['Constitutive STAT3 signalling drives the progression of cancer by blocking apoptosis.', ['STAT3 inhibits APOPTOSIS [ctx CANCER]', 'STAT3 promotes TUMOR_PROGRESSION [ctx CANCER] via APOPTOSIS'], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 40, h-left40): a family's name in the plural with a member's number, "Signal transducers and
// activators of transcription 3" (recognize.ts memberByNumberAt), is that member; it was the STAT family, which any
// member's finding backs.
table('a family name in the plural with a member\'s number', [
  ['Signal transducers and activators of transcription 3 (STAT3) raises MMP-9 expression.', ['STAT3 increases MMP9'], 'supported'],
  ['Signal transducers and activators of transcription 1 (STAT1) raises MMP-9 expression.', ['STAT1 increases MMP9'], 'unsupported/no-evidence'],
  ['Signal transducers and activators of transcription 5 (STAT5) raises MMP-9 expression in breast tumours.', ['STAT5 increases MMP9 [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  // (Stop 40, h-prec40b: with no bracket and a member the lexicon does not know by its long name, the words are no
  // mention at all; they were the STAT family, and a STAT3 finding backed the sentence.)
  ['Signal transducers and activators of transcription 5 lift MMP-9 expression in breast tumours.', [], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 40, h-left40): "X is raised in many tumours, and it drives Y": the tumours read as the level's partner
// (an association with the disease) are no subject of the clause, so "it" after them is X (extract.ts
// settingAsSubject); it was the cancer.
table('"it" after a level named in a disease is the name before the verb', [
  ['STAT3 is raised in many solid tumours, and it promotes invasion.', ['SOLID_TUMOR associated-with(positive) STAT3', 'STAT3 promotes CELL_INVASION [ctx SOLID_TUMOR]'], 'supported'],
  ['STAT1 is raised in many solid tumours, and it promotes invasion.', ['SOLID_TUMOR associated-with(positive) STAT1', 'STAT1 promotes CELL_INVASION [ctx SOLID_TUMOR]'], 'unsupported/no-evidence'],
  ['STAT3 is raised in many solid tumours, and it suppresses invasion.', ['SOLID_TUMOR associated-with(positive) STAT3', 'STAT3 suppresses CELL_INVASION [ctx SOLID_TUMOR]'], 'contradicted'],
]);

// Issue 7 (stop 40, h-left40): a report's novelty with no relation read ("This is the first report of a KRAS variant
// in Y", scope.ts) places the work in the literature: out of scope, not a claim the library lacks.
table('"this is the first report of"', [
  ['This is the first report of an AKT1 variant in gastric tumours.', [], 'out-of-scope'],
  ['To our knowledge, this is the first description of STAT3 amplification in bladder cancer.', [], 'out-of-scope'],
  ['This is the first report that IL-6 drives invasion in HCC.', ['IL6 promotes CELL_INVASION [ctx HCC]'], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 40, h-left40): a measured change with the drug named after "with", or after "for" past a size of the
// change (changeWithDrug.ts): the drug is the agent, as after "by". Before, only "by" was read.
table('a change given with its drug: "lowered 2-fold for D", "reduced by 40% with D"', [
  ['Mean tumour weight was lowered by half for tocilizumab and by a third for the control antibody.', ['DRUG_TOCILIZUMAB inhibits TUMOR_GROWTH'], 'supported'],
  ['Median tumour volume was raised twofold with tocilizumab.', ['DRUG_TOCILIZUMAB promotes TUMOR_GROWTH'], 'contradicted'],
  // The disease named after the change no longer stands in as its partner once the drug is the agent.
  ['STAT3 phosphorylation was raised 2-fold with tocilizumab in HCC cells.', ['DRUG_TOCILIZUMAB increases STAT3 [ctx HCC]'], 'contradicted'],
  // "for" without a size names a purpose, not an arm; "with" after a molecule's level along a scale names no cause.
  ['Tumour volume was reduced for tocilizumab.', [], 'unsupported/no-evidence'],
  ['IL-6 levels were raised with tumour stage.', [], 'unsupported/no-evidence'],
]);

// Issue 7 (stop 40, h-left40): "X was first described as an inhibitor of Y" tells the history of a name and a role
// with it: the agent noun after "described as" is a claim (scope.ts, the history pattern's exception), where "X was
// first described in 1990" stays history, out of scope.
table('an agent noun after "first described as"', [
  ['IL-11 was first described as a potent inducer of invasion in breast cancer cells.', ['IL11 induces CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['IL-11 was first described as an inhibitor of invasion in breast cancer cells.', ['IL11 inhibits CELL_INVASION [ctx BREAST_CANCER]'], 'contradicted'],
  ['IL-11 was first described in 1990.', [], 'out-of-scope'],
]);

// Issue 7 (stop 47, h-dose47): a dose between the treatment word and its agent ("after treatment with 50 ng/ml X",
// chunked [with 50 ng] / [ml X]; "exposure to increasing concentrations of X"; "a high dose of X") is the agent
// given (anchored.ts doseBetween); before, the reading stopped at the slash or the dose noun, and the passive read no claim.
table('a dose between the treatment word and its agent is the agent given', [
  ['Phosphorylation of STAT3 was raised after stimulation with 20 ng/mL IL-6.', ['IL6 increases STAT3'], 'supported'],
  ['Cell proliferation was lowered after exposure to increasing concentrations of NT157.', ['NT157 decreases CELL_PROLIFERATION'], 'supported'],
  ['Invasion was enhanced after treatment with a high dose of IL-11.', ['IL11 increases CELL_INVASION'], 'supported'],
  ['MMP-13 expression was induced after treatment with 10 ng/ml of IL-11.', ['IL11 induces MMP13'], 'supported'],
  // (A dose per body weight, "[with 10 mg] / [kg X]", read too; the drug's tumour growth is no finding of the library.)
  ['Tumour growth was reduced after treatment with 10 mg/kg NT157.', ['NT157 decreases TUMOR_GROWTH'], 'unsupported/no-evidence'],
  // Near misses: another cancer, the reversed direction, the sibling MMP or STAT.
  // (Stop 49: the passive's cause after "after treatment with" is read by the verb reader too, extract.ts
  // respondsFrom, so the cancer is no longer left as an association partner, and a sibling reads its own claim.)
  ['Invasion of prostate cancer cells was increased after treatment with 50 ng/mL IL-11.', ['IL11 increases CELL_INVASION [ctx DOID_10283]'], 'unsupported/other-context'],
  ['Invasion was reduced after stimulation with 20 ng/ml IL-11.', ['IL11 decreases CELL_INVASION'], 'contradicted'],
  ['MMP-11 expression was induced after treatment with 10 ng/ml of IL-11.', ['IL11 induces NCBIGENE_4320'], 'unsupported/no-evidence'],
  ['Phosphorylation of STAT1 was raised after stimulation with 20 ng/mL IL-6.', ['IL6 increases STAT1'], 'unsupported/no-evidence'],
]);
