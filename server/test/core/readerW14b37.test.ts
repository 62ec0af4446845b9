// Issue 7 (h-w14b37, stop 37): classes of construction found on wave 14's studied half, each in sentences of our
// own with other entities, verbs, tenses and hedges, and the near misses that must not be read as the class.
// (Each frame's and construction's own example is a test of frames.test.ts / constructions.test.ts.)
import * as assert from 'node:assert/strict';
import { readingTable } from './helpers';

readingTable('reader w14b37', '"X is a survival (protective) factor against Y": X lowers Y (frames.ts protective-factor-against)', [
  ['IL-6 may serve as a survival factor against sorafenib-induced apoptosis in HCC cells.', ['IL6 suppresses APOPTOSIS [ctx HCC]'], 'supported'],
  ['In prostate cancer cells, IL-6 functions as a survival factor against drug-induced apoptosis.', ['IL6 suppresses APOPTOSIS [ctx DOID_10283]'], 'unsupported/other-context'],
  // Near misses: a process the library never ties to the cytokine; "for" names no process of this frame; a denial reads nothing.
  ['In breast cancer cells, IL-11 was a potent survival signal against anoikis.', ['IL11 suppresses GO_0043276 [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  // Stop 38: a survival factor *for* cells makes them survive (trophicFactor.ts); this frame still reads no process from "for".
  ['IL-6 is a survival factor for HCC cells.', ['IL6 promotes CELL_SURVIVAL [ctx HCC]'], 'supported'],
  ['IL-6 was not a survival factor against apoptosis in these cells.', [], 'unsupported/no-evidence'],
]);

readingTable('reader w14b37', 'a process defined by its markers: "EMT is characterized by loss of E-cadherin" (frames.ts process-characterized-by-change; inference.ts marker-of-process)', [
  ['EMT is characterized by loss of E-cadherin and gain of N-cadherin.', ['EMT decreases CDH1', 'EMT increases CDH2'], 'supported'], // the gain read too (stop 38, definedByChanges)
  ['Epithelial-mesenchymal transition is typically marked by a rise in vimentin levels.', ['EMT increases VIM'], 'supported'],
  ['EMT reduces E-cadherin.', ['EMT decreases CDH1'], 'supported'],
  // Near misses: the marker's fall where EMT raises it (contradicted); a disease is no process that changes a level;
  // a denied definition denies nothing the library states.
  ['EMT was defined by a decrease in vimentin expression.', ['EMT decreases VIM'], 'contradicted'],
  ['HCC is characterized by high levels of IL-6.', [], 'unsupported/no-evidence'],
  ['EMT is not characterized by a loss of vimentin.', [], 'unsupported/no-evidence'],
]);

readingTable('reader w14b37', 'a switch between two markers during a process: "a switch from A to B during P" (markerSwitch.ts)', [
  ['During EMT, tumour cells undergo a switch from E-cadherin to N-cadherin.', ['EMT decreases CDH1 [ctx CANCER]', 'EMT increases CDH2 [ctx CANCER]'], 'supported'],
  ['The cadherin switch from E-cadherin to N-cadherin is considered a hallmark of EMT.', ['EMT decreases CDH1', 'EMT increases CDH2'], 'supported'],
  // Near misses: the switch the wrong way round (contradicted); a condition is no process; two signals are no markers.
  ['A switch from N-cadherin to E-cadherin is a feature of EMT.', ['EMT decreases CDH2', 'EMT increases CDH1'], 'contradicted'],
  ['Under hypoxia, tumour cells switch from E-cadherin to N-cadherin.', [], 'unsupported/no-evidence'],
  ['A shift from IL-6 to IL-11 signalling was seen in these tumours.', [], 'unsupported/no-evidence'],
]);

readingTable('reader w14b37', '"the antitumour (cytotoxic, anticancer) effect of D" is the cells\' sensitivity to D (outcomes.ts drugOutcomeAt)', [
  ['Silencing IL-6 potentiated the cytotoxic effects of sorafenib in HCC cells.', ['IL6 increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['IL-6 reduced the antitumour effect of sorafenib in HCC cells.', ['IL6 increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['IGF-1 blunted the anticancer activity of doxorubicin.', ['IGF1 increases DRUG_RESISTANCE [ctx DRUG_DOXORUBICIN]'], 'unsupported/other-context'],
  // Near misses: the effect strengthened (contradicted); another drug (other-context); the drug's effect "on" a
  // molecule is its action on it, no sensitivity.
  ['IL-6 strengthened the antitumour effect of sorafenib in HCC cells.', ['IL6 suppresses SORAFENIB_RESISTANCE [ctx HCC]'], 'contradicted'],
  ['Knockdown of IL-6 enhanced the antitumor effect of gemcitabine in pancreatic cancer cells.', ['IL6 increases DRUG_RESISTANCE [ctx DOID_1793,DRUG_GEMCITABINE]'], 'unsupported/other-context'],
  ['The inhibitory effect of sorafenib on STAT3 phosphorylation was weak.', ['SORAFENIB inhibits STAT3'], 'unsupported/no-evidence'],
]);

readingTable('reader w14b37', '", and <a subject of its own> is ...": a main clause of its own keeps its places to itself (extract.ts opensOwnClause)', [
  ['HIF-1 is closely linked to tumour invasion, and the expression of HIF-1 is higher in metastatic tissues.', ['HIF1A associated-with(positive) CELL_INVASION [ctx CANCER]'], 'supported'],
  ['IL-11 raised MMP-13 levels in OSCC cells, and the cytokine was abundant in patient tissues.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
  // A frame inside the second clause keeps the second clause's place (it lost it once the clause was set apart).
  ['CAFs are an important component of the stroma, and several reports have shown that CAFs play a crucial role in drug resistance in lung cancer.', ['CAF promotes DRUG_RESISTANCE [ctx LUNG_CANCER]'], 'unsupported/other-context'],
  // Near misses: the first clause's own place (other-context); a place fronted in the second clause stays the
  // sentence's; the verb reader inside the second clause keeps its place.
  ['IL-11 raised MMP-13 levels in breast cancer cells, and its receptor is abundant in OSCC tissues.', ['IL11 increases MMP13 [ctx BREAST_CANCER]'], 'unsupported/other-context'],
  ['STAT3 drives invasion, and in gastric cancer its activation is frequent.', ['STAT3 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['CAFs are abundant in the stroma, and several reports have shown that CAFs drive drug resistance in lung cancer.', ['CAF promotes DRUG_RESISTANCE [ctx LUNG_CANCER]'], 'unsupported/other-context'],
]);

readingTable('reader w14b37', '"X displays A, B, and pro-Y (anti-Y) properties": the list\'s last adjective says what X does to Y (frames.ts has-listed-pro-process-effects)', [
  ['IGF-1 has gained attention as the IGF-1/IGF-1R system displays mitogenic, transforming, and anti-apoptotic properties in tumour cells.', ['IGF1R_PATHWAY suppresses APOPTOSIS [ctx CANCER]'], 'supported'],
  ['Hypoxia displays mitogenic, transforming or pro-angiogenic properties.', ['HYPOXIA promotes ANGIOGENESIS'], 'supported'],
  // Near misses: the opposite prefix against a finding (contradicted); a list whose members are entities of their own
  // is no list of plain adjectives, and reads nothing.
  ['IGF-1 showed mitogenic, transforming, and pro-apoptotic properties in tumour cells.', ['IGF1 promotes APOPTOSIS [ctx CANCER]'], 'contradicted'],
  ['IL-6 exerts proliferative, migratory, and pro-invasive effects in HCC cells.', [], 'unsupported/no-evidence'],
]);

readingTable('reader w14b37', '"D is a (recombinant) form of X": a definition, no finding (scope.ts), unless a relative clause says what it does', [
  ['Mecasermin is a recombinant form of IGF-1 given by injection.', [], 'out-of-scope'],
  ['Sorafenib is a derivative of urea that is taken orally.', [], 'out-of-scope'],
  // Near misses: the form's own action, in a relative clause or as the main verb, is a claim (unread: no evidence).
  ['Hyper-IL-6 is a designer version of IL-6 that activates STAT3 in HCC cells.', [], 'unsupported/no-evidence'],
  ['Oprelvekin, a form of IL-11 made in bacteria, raised platelet counts in patients.', [], 'unsupported/no-evidence'],
]);
readingTable('reader w14b37', '"X is accountable for Y" says what "responsible for" says (vocabulary.ts lightCauseVerbs)', [
  ['IL-6 may be accountable for sorafenib resistance in HCC cells.', ['IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // Near misses: the sibling cytokine; a denial against a finding.
  ['IL-11 was accountable for sorafenib resistance in HCC cells.', ['IL11 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'unsupported/no-evidence'],
  ['Hypoxia is not accountable for the rise of IL-11.', ['NOT HYPOXIA promotes IL11'], 'contradicted'],
]);
