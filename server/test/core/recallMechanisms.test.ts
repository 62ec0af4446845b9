// Mechanisms behind SUPPORTED sentences of unseen real prose that came out "no evidence" (issue 7, stop 26, wave 3
// studied): each in sentences of our own, worded differently from one another and from the prose that showed them.
import * as assert from 'node:assert/strict';
import { ownReceptor } from '../../src/core/claims/mentionSenses';
import { bundledKb, claimsOf, readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('recall mechanisms', name, cases);

table('"controls" is a verb of regulation whose direction the writer left open', [
  ['In breast tumour cells, STAT3 controls MMP-9.', ['STAT3 regulates MMP9 [ctx BREAST_CANCER]'], 'supported'],
  ['The invasion of cancer cells is controlled by STAT3.', ['STAT3 regulates CELL_INVASION [ctx CANCER]'], 'supported'],
  // The plural noun "controls" after a preposition names no regulation (the comparison with healthy controls is HCC's
  // association with IL-6, tumourVersusNormal.ts, stop 40).
  ['IL-6 levels were higher in HCC patients than in healthy controls.', ['HCC associated-with(positive) IL6'], 'unsupported/no-evidence'],
]);

table('"takes part in" is a share in the process, as "participates in"', [
  ['Akt takes part in the invasion of tumour cells.', ['AKT promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['STAT3 was shown to take part in cancer cell migration.', ['STAT3 promotes CELL_MIGRATION [ctx CANCER]'], 'supported'],
]);

table('"a modulator of" is a regulator of', [
  ['IGF-1 acts as an important modulator of chemoresistance in hepatocellular carcinoma.', ['IGF1 regulates CHEMORESISTANCE [ctx HCC]'], 'supported'],
  ['In HCC, IGF-1 is a modulator of drug resistance.', ['IGF1 regulates DRUG_RESISTANCE [ctx HCC]'], 'supported'],
]);

table('an adjective of direction turns an undirected agent noun: "a negative regulator of Y" lowers Y, "a positive modulator" raises it', [
  ['STAT3 is a negative regulator of tumour cell invasion.', ['STAT3 suppresses CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['Hypoxia acts as a key positive modulator of IL-11 secretion.', ['HYPOXIA promotes IL11'], 'supported'],
  ['Hypoxia is a negative determinant of IL-11 secretion.', ['HYPOXIA suppresses IL11'], 'contradicted'],
]);

table('"X inhibits rather than promotes Y": the verb ruled out after "rather than" names no claim, the first verb takes the object', [
  ['In these cells, STAT3 restrained rather than promoted cell migration.', ['STAT3 inhibits CELL_MIGRATION'], 'contradicted'],
  ['Hypoxia raised, rather than lowered, IL-11 secretion.', ['HYPOXIA increases IL11'], 'supported'],
]);

table('"X opposes Y" works against Y, as "counteracts" does', [
  ['IL-11 signalling opposes metastasis.', ['IL11 suppresses METASTASIS'], 'contradicted'],
  ['Hypoxia opposed the migration of tumour cells.', ['HYPOXIA suppresses CELL_MIGRATION [ctx CANCER]'], 'contradicted'],
]);

table('a place between a process adjective and "phenotype" says whose phenotype it is ("the invasive cancer phenotype")', [
  ['We describe the induction of a migratory breast cancer phenotype by hypoxia.', ['HYPOXIA induces CELL_MIGRATION [ctx BREAST_CANCER]'], 'supported'],
  ['This explains the suppression of an invasive tumour phenotype by hypoxia.', ['HYPOXIA suppresses CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['STAT3 drives an invasive gastric cancer phenotype.', ['STAT3 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

table('cells made to express a gene carry it, and "underwent" says the event took place ("cells engineered to express active X underwent EMT")', [
  ['Cancer cell lines modified to express constitutively active STAT3 underwent EMT.', ['STAT3 promotes EMT [ctx CANCER]'], 'supported'],
  ['Gastric cancer cells engineered to express active STAT3 underwent EMT.', ['STAT3 promotes EMT [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['Breast cancer cells transfected to overexpress Akt underwent epithelial-mesenchymal transition.', ['AKT promotes EMT [ctx BREAST_CANCER]'], 'unsupported/other-context'],
  // A loss named before the gene ("a dominant-negative X") is no gain; and a gene that undergoes an event is its patient.
  ['Tumour cells engineered to express a dominant-negative STAT3 underwent EMT.', [], 'unsupported/no-evidence'],
  ['STAT3 underwent phosphorylation in these cells.', [], 'unsupported/no-evidence'],
]);

table('a name ending in a spaced letter is not read from one word ("proteins" is no protein S)', [
  ['IL-6 raises inflammation and serum proteins.', ['IL6 increases INFLAMMATION'], 'supported'],
  ['Plasma proteins rose after IL-6 exposure.', [], 'unsupported/no-evidence'],
]);

table('resistance to a class of treatment, with words of kind or number before its noun, is drug resistance', [
  ['Hypoxia within tumours raises resistance to several anticancer therapies.', ['HYPOXIA increases DRUG_RESISTANCE [ctx CANCER]'], 'supported'],
  ['Resistance to conventional chemotherapies is raised by hypoxia in tumour cells.', ['HYPOXIA increases CHEMORESISTANCE [ctx CANCER]'], 'supported'],
  // A cancer the general finding never names: not supported.
  ['In gastric cancer, hypoxia raises resistance to several common anticancer treatments.', ['HYPOXIA increases DRUG_RESISTANCE [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
]);

table('"therapeutics", the plural noun of the drugs themselves, is a class noun of treatment after "resistance to" (stop 43)', [
  ['Hypoxia within tumours raises resistance to existing anticancer therapeutics.', ['HYPOXIA increases DRUG_RESISTANCE [ctx CANCER]'], 'supported'],
  ['Sensitivity to standard anticancer therapeutics is lowered by hypoxia in tumour cells.', ['HYPOXIA decreases DRUG_SENSITIVITY [ctx CANCER]'], 'supported'],
  // Named, the resistance is a member of the list of outcomes (unread, its words broke the list in two).
  ['Hypoxia has been implicated in several malignant traits including invasion and metastasis, resistance to current cancer therapeutics, and angiogenesis.', ['HYPOXIA promotes ANGIOGENESIS', 'HYPOXIA promotes CELL_INVASION', 'HYPOXIA promotes DRUG_RESISTANCE', 'HYPOXIA promotes METASTASIS'], 'supported'],
  // Another cancer than the finding's: never supported.
  ['IL-6 confers resistance to available anticancer therapeutics on breast tumour cells.', ['IL6 promotes DRUG_RESISTANCE [ctx BREAST_CANCER]'], 'unsupported/other-context'],
]);

table('a list whose first outcome the library is silent on is judged as the same list in another order', [
  ['IL-11 promotes autophagy and invasion of breast cancer cells.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER]', 'IL11 promotes GO_0006914 [ctx BREAST_CANCER]'], 'supported'],
  ['Hypoxia drives autophagy, EMT and chemoresistance in tumour cells.', ['HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]', 'HYPOXIA promotes EMT [ctx CANCER]', 'HYPOXIA promotes GO_0006914 [ctx CANCER]'], 'supported'],
  // The backed outcome in another cancer: never supported.
  ['IL-11 promotes autophagy and invasion of gastric cancer cells.', ['IL11 promotes CELL_INVASION [ctx GASTRIC_CANCER]', 'IL11 promotes GO_0006914 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

table('a predicate after "and" with its own auxiliary or subject keeps its places to itself', [
  ['IL-11 raises MMP-13 and has been detected in many tumours, including breast cancer.', ['IL11 increases MMP13'], 'supported'],
  ['STAT3 drives cell migration and was found to be overexpressed in gastric cancer.', ['STAT3 promotes CELL_MIGRATION'], 'supported'],
  ['IL-11 drives invasion and migration and we found that hypoxia raises IL-11 in breast cancer cells.', ['HYPOXIA increases IL11 [ctx BREAST_CANCER]', 'IL11 promotes CELL_INVASION', 'IL11 promotes CELL_MIGRATION'], 'supported'],
  // A place named before the "and" stays the first predicate's.
  ['IL-11 drives invasion in gastric cancer and has been detected in plasma.', ['IL11 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

table('a class noun with the molecule set off by commas after it names that molecule', [
  ['The pleiotropic cytokine, interleukin-6 (IL-6), acts as a central driver of tumour formation.', ['IL6 promotes TUMORIGENESIS'], 'supported'],
  ['A pleiotropic cytokine, IL-11, drives the invasion of breast cancer cells.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  // A list after the class noun keeps every member.
  ['Cytokines, IL-6 and STAT3 drive tumor development.', ['CYTOKINE promotes TUMORIGENESIS', 'IL6 promotes TUMORIGENESIS', 'STAT3 promotes TUMORIGENESIS'], 'supported'],
]);

table('a disease with a noun of its coming about is tumorigenesis in that disease', [
  ['IL-6 signalling fuels HCC development in the inflamed liver.', ['IL6 promotes TUMORIGENESIS [ctx HCC]'], 'supported'],
  ['In the liver, IL-6 favours the development of HCC.', ['IL6 promotes TUMORIGENESIS [ctx HCC]'], 'supported'],
  ['IL-6 drives gastric cancer development.', ['IL6 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // The noun alone names nothing.
  ['Drug development for HCC has been slow.', [], 'out-of-scope'],
]);

table('a consequence in a gerund of its own (", thus offering ...") names no object of the verb before it', [
  ['IL-6 drives tumor progression, thus making IL-11 a target in cancer.', ['IL6 promotes TUMOR_PROGRESSION [ctx CANCER]'], 'supported'],
  ['Hypoxia may result in EMT, thus offering a rationale for targeting IL-11.', ['HYPOXIA induces EMT'], 'supported'],
  // The consequence's place may be the whole sentence's: it still scopes the claim.
  ['IL-11 drives invasion, thus offering a target in gastric cancer.', ['IL11 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

table('"yields" a change is a verb of producing it, as "produces" is', [
  ['Sorafenib yielded a prolongation of overall survival in HCC patients.', ['SORAFENIB increases OVERALL_SURVIVAL [ctx HCC]'], 'supported'],
  ['In HCC patients, regorafenib yields a modest gain in overall survival.', ['REGORAFENIB increases OVERALL_SURVIVAL [ctx HCC]'], 'supported'],
  ['Sorafenib yielded a reduction in overall survival in HCC patients.', ['SORAFENIB decreases OVERALL_SURVIVAL [ctx HCC]'], 'contradicted'],
]);

table('solid tumours and carcinomas are cancer in general: a finding stated of cancer covers them', [
  ['Hypoxia promotes chemoresistance in solid tumours.', ['HYPOXIA promotes CHEMORESISTANCE [ctx SOLID_TUMOR]'], 'supported'],
  ['In carcinomas, hypoxia drives resistance to chemotherapy.', ['HYPOXIA promotes CHEMORESISTANCE [ctx CARCINOMA]'], 'supported'],
  // A named carcinoma is a cancer of its own, which a finding about cancer in general does not reach.
  ['In gastric carcinoma, hypoxia promotes chemoresistance.', ['HYPOXIA promotes CHEMORESISTANCE [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
]);

suite('recall mechanisms: a ligand\'s own receptor named by "its receptor" is the one receptor the library says it binds', () => {
  for (const { example, reads } of ownReceptor.examples) {
    test(example, async () => {
      const claims = claimsOf(example, await bundledKb());
      assert.ok(claims.some((c) => c.startsWith(reads)), `${reads} not in ${JSON.stringify(claims)}`);
    });
  }
});

table('"its receptor" stays unread where the library names no single receptor the ligand binds', [
  ['IL-11 binds its cognate receptor.', [], 'unsupported/no-evidence'],
]);

// Issue 7, stop 45 (wave 22 half B): an absolute phrase after a comma, "with" and names whose predicate is "being" or
// "as" and a noun phrase, says what the names are; they are no objects of the verb before it (read as such, a marker
// the process lowers was said to be raised, a false contradiction). A passive after "being" keeps them objects.
table('an absolute ", with A and B being markers" names no object of the verb before it', [
  ['EMT drives metastatic spread, with N-cadherin and Snail being useful markers.', ['EMT promotes METASTASIS'], 'supported'],
  ['STAT3 raises tumour cell invasion, with vimentin as the readout.', ['STAT3 increases CELL_INVASION [ctx CANCER]'], 'supported'],
  ['Tumour progression is fuelled by EMT, with loss of E-cadherin being its hallmark.', ['EMT promotes TUMOR_PROGRESSION'], 'supported'],
  ['IL-11 promotes invasion of breast cancer cells, with MMPs such as MMP-9 being induced.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER]', 'IL11 promotes MMPS [ctx BREAST_CANCER]'], 'supported'],
]);

// Issue 7, stop 45 (wave 22 half B): ", which" after a passive's agent ("Y is driven by A, which ...", "Y has been
// attributed to A and B, which ...") is about the agent, the name nearest before the comma, not about Y; a plural verb
// takes the whole list of agents (subjects.ts nearestParticipant).
table('", which" after a passive\'s agents is about the agents', [
  ['Invasion of breast cancer cells is driven by IL-11, which activates STAT3.', ['IL11 activates STAT3 [ctx BREAST_CANCER]', 'IL11 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['EMT in tumour cells has been attributed to hypoxia and IL-11, which raise MMP-9.', ['HYPOXIA increases MMP9 [ctx CANCER]', 'HYPOXIA promotes EMT [ctx CANCER]', 'IL11 increases MMP9 [ctx CANCER]'], 'supported'],
  ['Metastasis of OSCC is promoted by MMP-13, which is raised by IL-11.', ['IL11 increases MMP13 [ctx OSCC]', 'MMP13 promotes METASTASIS [ctx OSCC]'], 'supported'],
]);
