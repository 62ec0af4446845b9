// Issue 7 (stop 49, h-w24b49): constructions from the studied halves B of waves 23 and 24, each in sentences of our
// own with the bundled library's verdicts, and the near misses that must not be read as claims or as support.
import { readingTable } from './helpers';

readingTable('reader w24b49', 'a process named as a risk ("a lower risk of metastasis") is a patient group\'s clinical outcome, its level the risk\'s; the risk may come first, its group right after "for" / "in" / "among" (patientGroups.ts riskOf, riskForGroup)', [
  ['Patients with high STAT3 expression had a higher risk of metastasis.', ['STAT3 associated-with(positive) METASTASIS'], 'supported'],
  ['Patients with high STAT3 expression showed a lower risk of progression.', ['STAT3 associated-with(negative) TUMOR_PROGRESSION'], 'contradicted'],
  ['The model showed a lower risk of metastasis for patients with high STAT3 expression.', ['STAT3 associated-with(negative) METASTASIS'], 'contradicted'],
  ['Only STAT3 stayed significant, showing a lower risk of progression and relapse for patients with high STAT3-expressing tumours.', ['STAT3 associated-with(negative) TUMOR_PROGRESSION [ctx CANCER]'], 'contradicted'],
  ['The analysis found a higher risk of metastasis among patients with low STAT3 expression.', ['STAT3 associated-with(negative) METASTASIS'], 'contradicted'],
  // Near misses: a risk with no level word; a risk whose group is no patients' (the drug's arm); the risk of a
  // process with no group after it.
  ['The model estimated the risk of metastasis for patients with high STAT3 expression.', [], 'unsupported/no-evidence'],
  ['We saw a lower risk of progression in the IL-11 group.', [], 'unsupported/no-evidence'],
  ['Smoking carries a higher risk of metastasis.', [], 'out-of-scope'],
  // The risk named first with its group after a verb of seeing ("was seen for patients with").
  ['A lower risk of metastasis was seen for patients with high STAT3 expression.', ['STAT3 associated-with(negative) METASTASIS'], 'contradicted'],
]);

readingTable('reader w24b49', 'a marker whose state is tied to it by a hyphen after "patients with" ("patients with STAT3-negative tumours") is in that state: its loss turns the association round, whichever group form read it first (patientGroups.ts stateSign)', [
  ['Patients with STAT3-negative tumours had a shorter overall survival.', ['STAT3 associated-with(positive) OVERALL_SURVIVAL [ctx CANCER]'], 'contradicted'],
  ['Favourable overall survival was noted in patients with STAT3-negative tumours.', ['STAT3 associated-with(negative) OVERALL_SURVIVAL [ctx CANCER]'], 'supported'],
  ['A higher risk of progression was observed among patients with STAT3-negative tumours.', ['STAT3 associated-with(negative) TUMOR_PROGRESSION [ctx CANCER]'], 'contradicted'],
  // Near misses: a positive state keeps the direction; a state word not tied by a hyphen is read as before.
  ['Patients with STAT3-positive tumours had a shorter overall survival.', ['STAT3 associated-with(negative) OVERALL_SURVIVAL [ctx CANCER]'], 'supported'],
  ['Patients with low STAT3 expression had a shorter overall survival.', ['STAT3 associated-with(positive) OVERALL_SURVIVAL'], 'contradicted'],
]);

readingTable('reader w24b49', 'a class defined by the structural part its members play in signalling ("X are a family of adaptors that act as intermediaries downstream of Y") is a definition when no claim was read (scope.ts)', [
  ['The insulin receptor substrates are a family of adaptor proteins that act as intermediaries in signalling downstream of IGF-1R.', [], 'out-of-scope'],
  ['The STAT proteins are a family of transcription factors that serve as messengers between cytokine receptors and the nucleus.', [], 'out-of-scope'],
  // Near misses: the role is an outcome's ("drivers of invasion", "scaffolds for invasion"): no definition, and the
  // family is still named, so the sentence is not out of scope.
  ['The IRS proteins are a family of adaptors that act as drivers of invasion in HCC.', [], 'unsupported/no-evidence'],
  ['The IRS proteins are a family of adaptors that act as scaffolds for invasion in HCC.', [], 'unsupported/no-evidence'],
  // One adaptor defined by what it does with signals ("a docking protein that relays and integrates signals").
  ['IRS-2 is a cytoplasmic docking protein that relays and integrates signals from the insulin receptor.', [], 'out-of-scope'],
  // Near miss: the signals relayed to an outcome ("to promote invasion") are no definition.
  ['IRS-1 is an adaptor protein that relays signals to promote invasion of HCC cells.', [], 'unsupported/no-evidence'],
  // A claim read beside the definition stands.
  ['IRS-1, one of a family of adaptors that act as intermediaries downstream of IGF-1R, raises proliferation of HCC cells.', ['IRS1 increases CELL_PROLIFERATION [ctx HCC]'], 'supported'],
]);

readingTable('reader w24b49', 'a molecule given a part in another\'s binding ("X is involved in Y binding", "X takes part in the binding of Y") binds it; the role reader\'s "X promotes Y" goes (bindingRole.ts)', [
  ['IL-6R is involved in IL-6 binding.', ['IL6R binds IL6'], 'supported'],
  ['We show that a 60 kd glycoprotein (IL-6R) is involved in IL-6 binding.', ['IL6R binds IL6'], 'supported'],
  ['IL-6R mediates the binding of IL-6.', ['IL6R binds IL6'], 'supported'],
  ['IL-6R does not take part in IL-6 binding.', ['NOT IL6R binds IL6'], 'contradicted'],
  // Near misses: the bound molecule's own partner after "binding to" (another binding), a "binding site" (no binding
  // by X), the sibling receptor, a process's signalling (no binding).
  ['IL-6R is involved in IL-6 binding sites.', [], 'unsupported/no-evidence'],
  ['IL-11RA is involved in IL-6 binding.', ['IL11RA binds IL6'], 'unsupported/no-evidence'],
  ['STAT3 is involved in IL-6 signalling.', ['STAT3 promotes IL6'], 'unsupported/no-evidence'],
]);
