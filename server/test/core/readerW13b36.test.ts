// Issue 7 (h-w13b36, stop 36): classes of construction found on wave 13's studied half, each in sentences of our
// own with other entities, verbs, tenses and hedges, and the near misses that must not be read as the class.
// (The level-under-condition construction's own example is a test of constructions.test.ts, as every construction's.)
import { readingTable } from './helpers';

readingTable('reader w13b36', '"not only A but also B" after a verb or a preposition is a list of objects, not a granted first half (sideClauses.ts)', [
  // The first member is the main claim; a side claim of a closing participle no longer speaks for the sentence.
  ['IL-6 promotes the activation of not only STAT3 but also the Nrf2 pathway, leading to less apoptosis by upregulating Mn-SOD.', ['IL6 promotes STAT3', 'IL6 suppresses APOPTOSIS via NCBIGENE_6648', 'IL6 upregulates NCBIGENE_6648'], 'supported'],
  ['In OSCC cells IL-11 boosted not only MMP-13 levels but also several other proteases, possibly by inducing CD44.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 induces NCBIGENE_960 [ctx OSCC]'], 'supported'],
  // Near misses: the sibling STAT as the first member; a second member the library does not back stays a claim of
  // the list's verb, judged as in "raise MMP-13 and ATF4" (stop 50: supported, ATF4 a side remark with its own
  // diagnostic); the clause form still grants its first half.
  ['IL-6 raised the activation of not only STAT1 but also the Nrf2 pathway, thereby inducing Mn-SOD in HCC cells.', ['IL6 increases STAT1 [ctx HCC]', 'IL6 induces NCBIGENE_6648 [ctx HCC]'], 'unsupported/no-evidence'],
  ['IL-11 was shown to raise not only MMP-13 but also ATF4 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 increases ATF4 [ctx OSCC]'], 'supported'],
  ['IL-11 not only raises MMP-13 in OSCC cells but also lowers ATF4 there.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 decreases ATF4 [ctx OSCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader w13b36', 'a verb of effect directed by its adverb, on what is no patient outcome: "Y is negatively affected by X" (directedEffect.ts)', [
  ['The efficacy of radiotherapy is negatively affected by hypoxia in solid tumours.', ['HYPOXIA decreases RADIOSENSITIVITY [ctx SOLID_TUMOR]'], 'supported'],
  ['Hypoxia adversely influenced the efficacy of chemotherapy.', ['HYPOXIA decreases CHEMOSENSITIVITY'], 'supported'],
  ['Loss of STAT3 negatively affected the invasion of MDA-MB-231 cells.', ['STAT3 increases CELL_INVASION [ctx MDA_MB_231]'], 'supported'],
  // Near misses: the opposite adverb against the finding; a pair the library does not link; an adverb that judges
  // the change for the patient names no direction; the patient outcome keeps its prognostic reading.
  ['Hypoxia positively affects the efficacy of radiation therapy.', ['HYPOXIA increases RADIOSENSITIVITY'], 'contradicted'],
  ['IL-6 positively influences sorafenib sensitivity in HCC cells.', ['IL6 increases SORAFENIB_SENSITIVITY [ctx HCC]'], 'contradicted'],
  ['The efficacy of radiotherapy is negatively affected by IL-6 in HCC.', ['IL6 decreases RADIOSENSITIVITY [ctx HCC]'], 'unsupported/no-evidence'],
  ['Hypoxia beneficially affects the migration of breast cancer cells.', ['HYPOXIA regulates CELL_MIGRATION [ctx BREAST_CANCER]'], 'supported'],
  ['High vimentin expression adversely affected overall survival.', ['VIM associated-with(negative) OVERALL_SURVIVAL'], 'unsupported/no-evidence'],
]);

readingTable('reader w13b36', 'the efficacy of a kind of treatment is the cells\' sensitivity to it (entities.json RADIOSENSITIVITY, CHEMOSENSITIVITY)', [
  ['The efficacy of radiotherapy is reduced by hypoxia.', ['HYPOXIA decreases RADIOSENSITIVITY'], 'supported'],
  ['Hypoxia lowers the efficacy of chemotherapy.', ['HYPOXIA decreases CHEMOSENSITIVITY'], 'supported'],
  ['The efficacy of chemotherapy is reduced by STAT1 in gastric cancer.', ['STAT1 decreases CHEMOSENSITIVITY [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
]);

readingTable('reader w13b36', 'a molecule\'s level or activity under a condition, with a verb of having or showing (levelUnderCondition.ts)', [
  ['MMP-2 had less gelatinase activity under hypoxia than normoxia.', ['HYPOXIA decreases MMP2'], 'contradicted'],
  ['IL-11 exhibited markedly increased expression in hypoxic breast cancer cells.', ['HYPOXIA increases IL11 [ctx BREAST_CANCER]'], 'supported'],
  ['STAT3 did not display enhanced phosphorylation under hypoxic conditions.', ['NOT HYPOXIA increases STAT3'], 'contradicted'],
  ['IL-6 displayed reduced secretion under hypoxia in HCC cells.', ['HYPOXIA decreases IL6 [ctx HCC]'], 'unsupported/no-evidence'],
  // Near misses: a molecule the library does not tie to the condition in that cancer; another cancer than the finding's.
  ['MMP-13 showed higher expression under hypoxia than under normoxia in OSCC cells.', ['HYPOXIA increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['MMP-2 exhibited higher activity under hypoxia in gastric cancer cells.', ['HYPOXIA increases MMP2 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

readingTable('reader w13b36', 'a bracket of examples after the subject, however long, is an aside (tokens.ts examplesAside)', [
  ['Proinflammatory cytokines (e.g., interleukins IL-6 and IL-8) play key roles in tumor progression.', ['INFLAMMATORY_CYTOKINE promotes TUMOR_PROGRESSION'], 'supported'],
  ['Inflammatory cytokines (for example IL-1, IL-6, IL-8 and TNF) drive tumour progression in gastric cancer.', ['INFLAMMATORY_CYTOKINE promotes TUMOR_PROGRESSION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['Cytokines (such as IL-6, IL-8, IL-11 and the chemokine CXCL12) promote invasion of OSCC cells.', ['CYTOKINE promotes CELL_INVASION [ctx OSCC]'], 'unsupported/other-context'],
  // Near miss: the class read as the subject raises what no finding says it raises.
  ['Growth factors (e.g., the interleukins IL-6 and IL-11) raise STAT1 in HCC cells.', ['GROWTH_FACTOR increases STAT1 [ctx HCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader w13b36', 'a report of what is known opens the sentence before a process that acts: the process is the subject (scope.ts reportOpener)', [
  // No claim is read; a process the library reports acting makes the sentence a claim it is silent on, not out of scope.
  ['It is known that chronic inflammation is a key predisposing factor of CRC.', [], 'unsupported/no-evidence'],
  ['Studies have shown that inflammation is a risk factor of gastric cancer.', [], 'unsupported/no-evidence'],
  ['It has long been believed that EMT is a hallmark of wound repair.', [], 'unsupported/no-evidence'],
  // Near miss: a drug's standing after the opener stays a non-claim.
  ['It is well known that sorafenib is the standard treatment for advanced HCC.', [], 'out-of-scope'],
]);

readingTable('reader w13b36', 'a list member named by the form it is measured in, "expression of Y", "the levels of Y" (analyzeBlock.ts memberFormBefore)', [
  // A list silent in the sentence's cancer with a member found elsewhere is other-context; with a backed member, supported.
  ['Hypoxia raised proliferation and the expression of vimentin in gastric cancer cells.', ['HYPOXIA increases CELL_PROLIFERATION [ctx GASTRIC_CANCER]', 'HYPOXIA increases VIM [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['Hypoxia increased migration, levels of VEGF and the secretion of IL-11 in breast cancer cells.', ['HYPOXIA increases CELL_MIGRATION [ctx BREAST_CANCER]', 'HYPOXIA increases VEGF [ctx BREAST_CANCER]', 'HYPOXIA increases IL11 [ctx BREAST_CANCER]'], 'supported'],
  ['IL-6 raised growth and the expression of IGF-1 in HCC cells.', ['IL6 increases CELL_GROWTH [ctx HCC]', 'IL6 increases IGF1 [ctx HCC]'], 'supported'],
  // Near miss: a numbered sibling of the backed member stays a near miss in the list.
  ['In OSCC cells, IL-11 raised MMP-13 and the expression of MMP-11.', ['IL11 increases MMP13 [ctx OSCC]', 'IL11 increases NCBIGENE_4320 [ctx OSCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader w13b36', '"it" after "since"/"because" stands for the name that opens the sentence, a process or a condition too (subjects.ts subordinatePronounAntecedent)', [
  ['Epithelial-mesenchymal conversion is dangerous in carcinomas because it drives metastasis.', ['EMT promotes METASTASIS [ctx CARCINOMA]'], 'supported'],
  ['EMT is harmful in tumours since it promotes aggressive tumor behavior.', ['EMT promotes TUMOR_AGGRESSIVENESS [ctx CANCER]'], 'supported'],
  // Near misses: another cancer than the finding's; the opposite direction; the sibling STAT as the opening name.
  ['Hypoxia is frequent in gastric tumours since it promotes invasion.', ['HYPOXIA promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['EMT is unwanted in tumours since it lowers invasion.', ['EMT decreases CELL_INVASION [ctx CANCER]'], 'contradicted'],
  ['STAT1 is harmful in tumours since it promotes metastasis.', ['STAT1 promotes METASTASIS [ctx CANCER]'], 'unsupported/no-evidence'],
]);
