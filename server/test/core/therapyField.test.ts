// Issue 7 (stop 48, h-w25b48): therapyField.ts. A predicate after "and" with its own auxiliary keeps its places to
// itself (extract.ts detachedPredicates), except a named disease given as what a therapy, treatment or target is for:
// the writer's field, the whole sentence's setting. Sentences of our own, with the bundled library's verdict (its CAF
// findings are in HCC, so a claim set in another named cancer is a finding elsewhere, never support).
import { readingTable } from './helpers';

const table = (name: string, cases: Parameters<typeof readingTable>[2]): void => readingTable('therapy field', name, cases);

table('the disease a therapy is aimed at is the sentence\'s setting', [
  ['Fibroblasts promote tumour progression and have become a focus of therapy of oesophageal cancer.', ['CAF promotes TUMOR_PROGRESSION [ctx DOID_5041]'], 'unsupported/other-context'],
  ['CAFs promote tumour progression and have become a target of therapy in gastric cancer.', ['CAF promotes TUMOR_PROGRESSION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['CAFs raise treatment resistance and have emerged as targets for the treatment of breast cancer.', ['CAF increases DRUG_RESISTANCE [ctx BREAST_CANCER]'], 'unsupported/other-context'],
]);

table('near misses: other places of a second predicate, and a first predicate with its own setting', [
  // Where the subject is found or abundant is still the second predicate's own place.
  ['CAFs promote tumour progression and are abundant in oesophageal cancer.', ['CAF promotes TUMOR_PROGRESSION'], 'supported'],
  ['CAFs promote tumour progression and have been found in gastric cancer.', ['CAF promotes TUMOR_PROGRESSION'], 'supported'],
  // The first predicate's own setting stands.
  ['CAFs promote tumour progression in HCC and are a target of therapy in oesophageal cancer.', ['CAF promotes TUMOR_PROGRESSION [ctx HCC]'], 'supported'],
  // Cancer as a class names no field narrower than the library's.
  ['CAFs promote tumour progression and are a target of therapy in many cancers.', ['CAF promotes TUMOR_PROGRESSION'], 'supported'],
  // A therapy noun without a disease after its preposition lends nothing.
  ['CAFs promote tumour progression and are a target of therapy in patients.', ['CAF promotes TUMOR_PROGRESSION'], 'supported'],
]);
