// Issue 7, stop 40 (h-con40): contradicted recall. Ways real authors state the opposite of a library finding that the
// reader missed, each in sentences of our own, with the near misses that must not come out contradicted (the
// opposite in another context is other-context; a comparison of two tumours is no comparison with normal tissue).
import { readingTable } from './helpers';

readingTable('contradicted recall 40', 'a stage named by its low end turns an association round, "associated with early clinical stage" (kb/outcomes.ts associationTurnedAt)', [
  ['High IL-11 expression was associated with early clinical stage in OSCC.', ['IL11 associated-with(negative) CLINICAL_STAGE [ctx OSCC]'], 'contradicted'],
  ['In OSCC, IL-11 levels correlated with a low TNM stage.', ['IL11 associated-with(negative) CLINICAL_STAGE [ctx OSCC]'], 'contradicted'],
  ['High IL-11 expression was associated with advanced clinical stage in OSCC.', ['IL11 associated-with(positive) CLINICAL_STAGE [ctx OSCC]'], 'supported'],
  // Near misses: a low first partner is the reader's loss reading, turned once; "early" before another outcome is sooner, not less.
  ['Low IL-11 expression was associated with early clinical stage in OSCC.', ['IL11 associated-with(positive) CLINICAL_STAGE [ctx OSCC]'], 'supported'],
  ['High IL-11 expression was associated with early metastasis in OSCC.', ['IL11 associated-with(positive) METASTASIS [ctx OSCC]'], 'supported'],
]);

readingTable('contradicted recall 40', 'a level in the tumour set against normal tissue, "X was lower in D than in normal tissue" (tumourVersusNormal.ts)', [
  ['IL-11 expression was lower in OSCC tissues than in normal tissues.', ['OSCC associated-with(negative) IL11 [ctx PATIENT_TISSUE]'], 'contradicted'],
  ['IL-11 levels were lower in OSCC samples compared with healthy controls.', ['OSCC associated-with(negative) IL11'], 'contradicted'],
  ['IL-11 expression was significantly higher in OSCC than in adjacent normal tissues.', ['OSCC associated-with(positive) IL11 [ctx PATIENT_TISSUE]'], 'supported'],
  // Near miss: one tumour set against another says nothing of the disease against normal tissue.
  ['IL-11 expression was lower in OSCC tissues than in HCC tissues.', [], 'unsupported/no-evidence'],
]);

readingTable('contradicted recall 40', 'after the verb, a noun naming other molecules by their relation to a name, "raises inhibitors of X", "upregulates negative regulators of X", is the object, not X (roles.ts objectNamedByRelationTo)', [
  ['Hypoxia raises IL-11 and inhibitors of invasion in ATC cells.', ['HYPOXIA increases IL11 [ctx ATC]'], 'supported'],
  ['IL-11 upregulates negative regulators of STAT3 in OSCC.', [], 'unsupported/no-evidence'],
  ['IL-11 increased the expression of inhibitors of STAT3.', [], 'unsupported/no-evidence'],
  // Near misses: the noun as the trigger itself, and a noun of the loss itself, keep their readings.
  ['IL-11 is a regulator of STAT3 in OSCC.', ['IL11 regulates STAT3 [ctx OSCC]'], 'unsupported/other-context'],
  ['IL-11 induced inhibition of STAT3.', ['IL11 suppresses STAT3'], 'contradicted'],
]);

readingTable('contradicted recall 40', 'prognosis named by its good end after an agent noun, "a predictor of favourable prognosis", is linked through poor prognosis (anchored.ts linked); with no direction named it is undirected', [
  ['High IL-11 expression is a predictor of favourable prognosis in cancer.', ['IL11 associated-with(positive) PROGNOSIS [ctx CANCER]'], 'contradicted'],
  // Stop 41: "a predictor of" is also an association cue of kb/clinicalAssociation.ts, which reads the resistance too.
  ['IL-11 is a major predictor of drug resistance and favourable prognosis in cancer.', ['IL11 associated-with(positive) DRUG_RESISTANCE [ctx CANCER]', 'IL11 associated-with(positive) PROGNOSIS [ctx CANCER]'], 'contradicted'],
  ['IL-11 is a predictor of poor prognosis in cancer.', ['IL11 associated-with(positive) POOR_PROGNOSIS [ctx CANCER]'], 'supported'],
  // Near miss: a predictor of prognosis, no direction named, says only that IL-11 matters.
  ['IL-11 is a predictor of prognosis in cancer.', ['IL11 associated-with(undirected) PROGNOSIS [ctx CANCER]'], 'supported'],
]);

readingTable('contradicted recall 40', 'a level the same in the tumour and in normal tissue denies the association, "comparable between D and normal tissues" (tumourVersusNormal.ts)', [
  ['IL-11 levels were comparable between OSCC tissues and normal tissues.', ['NOT OSCC associated-with(positive) IL11 [ctx PATIENT_TISSUE]'], 'contradicted'],
  ['IL-11 expression did not differ significantly between OSCC and adjacent normal tissues.', ['NOT OSCC associated-with(positive) IL11 [ctx PATIENT_TISSUE]'], 'contradicted'],
  // Near miss: two tumours alike say nothing of either against normal tissue.
  ['IL-11 expression was similar between OSCC and HCC tissues.', [], 'unsupported/no-evidence'],
]);

readingTable('contradicted recall 40', 'a role against Y holds Y back, "X plays a protective role against Y" (frames.ts plays-role-against)', [
  ['IL-11 plays a protective role against metastasis in OSCC.', ['IL11 decreases METASTASIS [ctx OSCC]'], 'contradicted'],
  ['In OSCC, IL-11 has a key role against metastasis.', ['IL11 decreases METASTASIS [ctx OSCC]'], 'contradicted'],
  // Near miss: a role in the disease, no "against", stays a role in it.
  ['IL-11 plays a key role in the metastasis of OSCC.', ['IL11 promotes METASTASIS [ctx OSCC]'], 'supported'],
]);

readingTable('contradicted recall 40', 'a denied predicate after "and" shares the clause subject, "X is secreted by Y and does not raise Z" (coordinatedPredicate.ts)', [
  ['IL-11 is secreted by OSCC cells and does not raise MMP-13.', ['NOT IL11 increases MMP13 [ctx OSCC]', 'OSCC associated-with(positive) IL11'], 'contradicted'],
  ['IL-11 is secreted by OSCC cells and fails to raise MMP-13.', ['NOT IL11 increases MMP13 [ctx OSCC]', 'OSCC associated-with(positive) IL11'], 'contradicted'],
  ['IL-11 is secreted by OSCC cells and raises MMP-13.', ['IL11 increases MMP13 [ctx OSCC]', 'OSCC associated-with(positive) IL11'], 'supported'],
  // Near miss: the denial in another cancer is other-context.
  ['IL-11 is secreted by HCC cells and does not raise MMP-13.', ['HCC associated-with(positive) IL11', 'NOT IL11 increases MMP13 [ctx HCC]'], 'unsupported/other-context'],
]);

// Stop 40 (h-con40b): a surrounding made tumour-suppressive holds the tumour back, so its maker lowers tumorigenesis
// (against the finding that CAFs drive tumours on: contradicted). Near misses: the phrase in a relative clause is
// another subject's, a denial reads nothing, and a cancer the general finding does not name is no evidence.
readingTable('contradicted recall 40', 'a surrounding made tumour-suppressive lowers tumorigenesis (immunosuppressiveMilieu.ts)', [
  ['By releasing soluble factors, CAFs shape a tumour-suppressive microenvironment.', ['CAF suppresses TUMORIGENESIS'], 'contradicted'],
  ['Cancer-associated fibroblasts build an acidic and tumor-restraining stroma.', ['CAF suppresses TUMORIGENESIS'], 'contradicted'],
  ['CAFs recruit macrophages that create a tumour-suppressive niche.', [], 'unsupported/no-evidence'],
  ['Activated CAFs do not establish a tumour-suppressive milieu.', [], 'unsupported/no-evidence'],
]);

// Stop 40 (h-con40b): a pathway head after a bracketed short form whose long form names nothing ("its receptor
// (IGF-1R) pathway") is the pathway the short form names (entities/recognize.ts pathwaysAfterBracket). Near misses:
// another cancer is other-context; a short form the lexicon knows no pathway of stays the molecule.
readingTable('contradicted recall 40', 'a pathway named by a bracketed short form after words that name nothing, "its receptor (IGF-1R) pathway" (recognize.ts)', [
  ['In HCC, its receptor (IGF-1R) pathway helps reverse chemoresistance.', ['IGF1R_PATHWAY suppresses CHEMORESISTANCE [ctx HCC]'], 'contradicted'],
  ['In HCC, its receptor (IGF-1R) pathway promotes chemoresistance.', ['IGF1R_PATHWAY promotes CHEMORESISTANCE [ctx HCC]'], 'supported'],
  ['In gastric cancer, its receptor (IGF-1R) pathway promotes chemoresistance.', ['IGF1R_PATHWAY promotes CHEMORESISTANCE [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);
