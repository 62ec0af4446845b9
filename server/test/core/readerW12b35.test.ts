// Issue 7 (h-w12b35, stop 35): classes of construction found on wave 12's studied half, each in sentences of our
// own with other entities, verbs, tenses and hedges, and the near misses that must not be read as the class.
// The first three are precision classes: each made a sentence the library does not back come out supported.
import * as assert from 'node:assert/strict';
import { nameGivenDescription, namedDescription } from '../../src/core/claims/appositions';
import { bundledKb, claimsOf, readingTable } from './helpers';

suite('reader w12b35: the named description\'s own example', () => {
  test(namedDescription.example, async () => {
    assert.deepEqual(claimsOf(namedDescription.example, await bundledKb()), [...namedDescription.reads].sort());
  });
  // (Stop 39, h-actor39: the same with a word of naming before the name, "Fibroblasts, which are called CAFs, ...".)
  test(nameGivenDescription.example, async () => {
    assert.deepEqual(claimsOf(nameGivenDescription.example, await bundledKb()), [...nameGivenDescription.reads].sort());
  });
});

readingTable('reader w12b35', 'a disease that premodifies another head noun is not the object (roles.ts qualifiesOtherHead)', [
  // "cancer hallmark capabilities", "tumour stemness traits": the verb acts on a thing the library does not know.
  ['IL-11 promotes cancer stemness traits in epithelial cells.', [], 'unsupported/no-evidence'],
  ['GP130 family cytokines sustain cancer hallmark programmes.', [], 'unsupported/no-evidence'],
  ['Hypoxia enhanced cancer cell plasticity.', [], 'unsupported/no-evidence'],
  ['STAT3 could sustain cancer immune escape mechanisms.', [], 'unsupported/no-evidence'],
  // Controls: the disease alone, or before a noun of its own course, is still the object.
  ['IL-11 promotes cancer in mice.', ['IL11 promotes CANCER'], 'supported'],
  ['IL-6 promotes HCC development.', ['IL6 promotes TUMORIGENESIS [ctx HCC]'], 'supported'],
  ['IL-6 accelerated HCC progression.', ['IL6 promotes TUMOR_PROGRESSION [ctx HCC]'], 'supported'],
]);

readingTable('reader w12b35', 'a description making the subject a feature of a disease names the claim\'s setting (appositions.ts settingOfDescription)', [
  // A finding in cancer in general does not cover a claim set in one cancer (the guideline's covering rule).
  ['Tumour hypoxia, a common feature of head and neck cancers, predicts poor prognosis.', ['HYPOXIA associated-with(positive) POOR_PROGNOSIS [ctx HEAD_AND_NECK_CANCER]'], 'unsupported/no-evidence'],
  ['Inflammation, a characteristic event in oral cancers, is linked to metastasis.', ['INFLAMMATION associated-with(positive) METASTASIS [ctx ORAL_CANCER]'], 'unsupported/no-evidence'],
  ['Hypoxia, one of the defining features of HCC, drives sorafenib resistance.', ['HYPOXIA promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'unsupported/no-evidence'],
  ['EMT, a hallmark of invasive breast cancer, is promoted by IL-11.', ['IL11 promotes EMT [ctx BREAST_CANCER]'], 'supported'],
  // Near misses: a description of what the subject is, or of what it does, names no setting of the claim after it.
  ['IL-11, a cytokine overexpressed in OSCC, activates STAT3.', ['IL11 activates STAT3'], 'supported'],
  ['Hypoxia, a well-known inducer of HIF-1α, drives EMT.', ['HYPOXIA induces HIF1A', 'HYPOXIA promotes EMT'], 'supported'],
]);

readingTable('reader w12b35', 'a library disease\'s acronym typed in lower case names the disease where a setting is named (recognize.ts lowerCaseSetting)', [
  ['Regorafenib extended survival in patients with metastatic crc.', ['REGORAFENIB increases SURVIVAL [ctx COLORECTAL_CANCER]'], 'unsupported/other-context'],
  ['IL-11 raised the invasion of oscc cells.', ['IL11 increases CELL_INVASION [ctx OSCC]'], 'unsupported/other-context'],
  ['Sorafenib improved survival in advanced hcc.', ['SORAFENIB increases SURVIVAL [ctx HCC]'], 'supported'],
  ['IL-6 was found to drive growth of hcc xenografts.', ['IL6 promotes TUMOR_GROWTH [ctx HCC,XENOGRAFT]'], 'supported'],
  // Near misses: elsewhere a lower-case acronym is left unread (no setting named, no entity).
  ['The crc group received sorafenib.', [], 'unsupported/no-evidence'],
]);

readingTable('reader w12b35', 'a description opening the sentence, then its name between commas: the verb is the name\'s (appositions.ts namedDescription; roles.ts governorOf stops at the description)', [
  ['The main stromal cells of the tumour, CAFs, secrete IL-6.', ['CAF increases IL6'], 'supported'],
  ['The main source of IL-6 in the tumour, cancer-associated fibroblasts (CAFs), drives HCC progression.', ['CAF promotes TUMOR_PROGRESSION [ctx HCC]'], 'supported'],
  ['One key effector of hypoxia in breast tumours, HIF-1α, may induce IL-11 expression.', ['HIF1A induces IL11'], 'supported'],
  ['A major cytokine of the gp130 family, IL-11, activated STAT3 in gastric cancer cells.', ['IL11 activates STAT3 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // Near misses: the description's own entities act on nothing after it; a list opened by an article is no description.
  ['The main target of IL-6 in the liver, STAT1, drives tumour progression.', ['STAT1 promotes TUMOR_PROGRESSION'], 'unsupported/no-evidence'],
  ['A major source of IL-11 in tumours, CAFs, raise invasion.', ['CAF increases CELL_INVASION'], 'unsupported/no-evidence'],
  ['The tumour stroma, CAFs, and immune cells secrete IL-6.', ['CAF increases IL6', 'TUMOR_MICROENVIRONMENT increases IL6'], 'supported'],
]);

readingTable('reader w12b35', 'a verb after ", and" shares the subject of the copula before it, past a long complement (subjects.ts copulaSubjects)', [
  ['CAFs are parts of the stroma in most solid tumors, and were shown to promote tumour progression.', ['CAF promotes TUMOR_PROGRESSION [ctx SOLID_TUMOR]'], 'supported'],
  ['Cancer-associated fibroblasts are abundant in many kinds of gastric tumours, and raise IL-6 levels.', ['CAF increases IL6 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['CAFs are a major part of the microenvironment in most solid cancers, and were found to drive tumour growth.', ['CAF promotes TUMOR_GROWTH [ctx SOLID_TUMOR]'], 'supported'],
  // Near miss: the denial after the comma is the subject's, and contradicts the finding.
  ['CAFs are parts of the stroma in most HCCs, and do not promote tumour progression.', ['NOT CAF promotes TUMOR_PROGRESSION [ctx HCC]'], 'contradicted'],
]);

readingTable('reader w12b35', 'a process fronted with "during", then what the cells gain (frames.ts during-process-cells-gain, during-process-cells-gain-phenotype-with)', [
  ['During EMT, epithelial cells gain migratory capacity.', ['EMT promotes CELL_MIGRATION'], 'supported'],
  ['Throughout hypoxia, breast cancer cells develop traits including enhanced invasiveness.', ['HYPOXIA promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['During EMT, epithelial cells lose polarity and acquire invasive features including increased motility.', ['EMT promotes CELL_MIGRATION'], 'supported'],
  ['During EMT, tumour cells adopt a mesenchymal phenotype that includes heightened migration and invasion.', ['EMT promotes CELL_INVASION [ctx CANCER]', 'EMT promotes CELL_MIGRATION [ctx CANCER]'], 'supported'],
  // Near misses: what the cells give up is not gained; a drug fronted with "during" is a treatment, not this frame's process.
  ['During EMT, cells gain polarity and lose E-cadherin.', [], 'unsupported/no-evidence'],
  ['During hypoxia, breast cancer cells lose their invasiveness.', [], 'unsupported/no-evidence'],
  ['During sorafenib treatment, HCC cells acquire resistance.', [], 'unsupported/no-evidence'],
]);

readingTable('reader w12b35', 'a phenotype named "<treatment> resistance" written as its adjective, "radiation-resistant" (entities/lexicon.ts)', [
  ['Hypoxic cells are radiation-resistant compared with well-oxygenated cells.', ['HYPOXIA promotes RADIORESISTANCE'], 'supported'],
  ['Hypoxic tumour cells were more radiation resistant than normoxic ones.', ['HYPOXIA increases RADIORESISTANCE [ctx CANCER]'], 'supported'],
  ['IL-6 made the cells therapy-resistant.', ['IL6 promotes DRUG_RESISTANCE'], 'supported'],
  // Near misses: the sensitive form is the opposite phenotype; a drug's own resistance keeps its reading.
  ['Hypoxic cells are radiation-sensitive.', ['HYPOXIA promotes RADIOSENSITIVITY'], 'contradicted'],
  ['Sorafenib-resistant HCC cells secreted more IL-6.', ['SORAFENIB_RESISTANCE increases IL6 [ctx HCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader w12b35', 'a word of extent before "tumour" names no organ: "local tumour control", "overall tumour burden" (verify/scope.ts genericCancerWords)', [
  ['Hypoxia makes cells radiation-resistant, which impairs local tumour control.', ['HYPOXIA promotes RADIORESISTANCE [ctx CANCER]'], 'supported'],
  ['IL-6 raised STAT3 phosphorylation and overall tumour burden.', ['IL6 increases STAT3', 'IL6 increases TUMOR_GROWTH'], 'supported'],
  ['Residual tumour cells under hypoxia showed more invasion.', ['HYPOXIA increases CELL_INVASION [ctx CANCER]'], 'supported'],
  // Near miss: an organ adjective still names a cancer the library does not cover.
  ['IL-6 promotes growth of pancreatic tumours.', ['IL6 promotes TUMOR_GROWTH [ctx DOID_1793]'], 'unsupported/other-context'],
]);

readingTable('reader w12b35', 'cells under a condition, the copula and a comparative: "hypoxic cells are more invasive" (cellsUnderCondition.ts becoming)', [
  ['Hypoxic cells are more invasive than normoxic cells.', ['HYPOXIA increases CELL_INVASION'], 'supported'],
  ['Hypoxic breast cancer cells were significantly more invasive.', ['HYPOXIA increases CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['MDA-MB-231 cells were more migratory under hypoxia than under normoxia.', ['HYPOXIA increases CELL_MIGRATION [ctx MDA_MB_231]'], 'supported'],
  ['Hypoxic cells are less apoptotic than normoxic cells.', ['HYPOXIA decreases APOPTOSIS'], 'unsupported/no-evidence'],
  // Near misses: a trait without a comparison says nothing of what the condition changed; the less migratory form is
  // the opposite of the finding.
  ['Hypoxic cells are invasive.', [], 'unsupported/no-evidence'],
  ['MDA-MB-231 cells were less migratory under hypoxia than under normoxia.', ['HYPOXIA decreases CELL_MIGRATION [ctx MDA_MB_231]'], 'contradicted'],
]);

readingTable('reader w12b35', 'a connective between commas after "and" keeps the clause\'s subject for the verb after it (coordinatedPredicate.ts andPredicate)', [
  ['IL-6 is produced by CAFs and, in turn, activates STAT3 in HCC cells.', ['CAF increases IL6 [ctx HCC]', 'IL6 activates STAT3 [ctx HCC]'], 'supported'],
  ['IL-11 is secreted by CAFs and, in turn, promotes invasion.', ['CAF increases IL11', 'IL11 promotes CELL_INVASION'], 'unsupported/no-evidence'],
  ['IL-11 is expressed by OSCC cells and, consequently, raises MMP-13 levels.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
]);

readingTable('reader w12b35', 'a producer, its named product and what a relative clause says the product does (frames.ts secreted-product-that-acts)', [
  ['CAFs secrete growth factors that support tumour growth.', ['CAF increases GROWTH_FACTOR', 'CAF promotes TUMOR_GROWTH via GROWTH_FACTOR'], 'supported'],
  ['CAFs release cytokines which promote invasion of tumour cells.', ['CAF increases CYTOKINE [ctx CANCER]', 'CAF promotes CELL_INVASION [ctx CANCER] via CYTOKINE'], 'supported'],
  ['Hypoxia produces cytokines that drive metastasis.', ['HYPOXIA increases CYTOKINE', 'HYPOXIA promotes METASTASIS via CYTOKINE'], 'supported'],
  // Near misses: an opposite effect is the producer's too (against the finding); a denied effect and another clause's
  // product are not read as the producer's.
  ['CAFs secrete IL-6 that suppresses tumour growth.', ['CAF increases IL6', 'CAF suppresses TUMOR_GROWTH via IL6'], 'contradicted'],
  ['CAFs secrete growth factors that do not affect invasion.', ['CAF increases GROWTH_FACTOR'], 'supported'],
  ['CAFs secrete IL-6 and tumour cells express receptors that drive invasion.', ['CAF increases IL6 [ctx CANCER]'], 'supported'],
]);

readingTable('reader w12b35', 'where the field\'s work went is a topic, not a finding: "research has concentrated on X" (verify/scope.ts nonClaimPatterns, aim)', [
  ['Much recent research has concentrated on the fibroblasts of the tumour stroma.', [], 'out-of-scope'],
  ['Research conducted over the last decade has largely focused on CAFs and their secretion of IL-6.', [], 'out-of-scope'],
  ['Much attention has been paid to IL-11 in gastric cancer.', [], 'out-of-scope'],
  // Near misses: research that shows something reports a finding.
  ['Research has shown that IL-6 activates STAT3.', ['IL6 activates STAT3'], 'supported'],
  ['Recent work has focused on the stroma and showed that CAFs secrete IL-6.', ['CAF increases IL6'], 'supported'],
]);
