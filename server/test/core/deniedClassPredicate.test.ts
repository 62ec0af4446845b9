// Issue 7, stop 52 (h-negate52): the negation probe denied "X is a cytokine implicated in Y" as "X is not a cytokine
// implicated in Y" and the reader still called it SUPPORTED: the copula's "not" stands before the predicate noun, the
// participle's claim was read on the noun as asserted (deniedClassPredicate.ts). The relative-clause twin ("not a
// cytokine that controls Y") was denied already. Sentences written for this test, one construction each.
import { readingTable } from './helpers';

readingTable('deniedClassPredicate', 'a denied copula before a predicate noun denies the participle after it', [
  ['IL-11 is not a cytokine implicated in cancer metastasis.', ['NOT IL11 regulates METASTASIS'], 'contradicted'],
  ['IL-6 is not a cytokine involved in tumour growth.', ['NOT IL6 regulates TUMOR_GROWTH'], 'contradicted'],
  ['IL-11 was not a cytokine linked to metastasis in breast cancer.', ['NOT IL11 associated-with(positive) METASTASIS [ctx BREAST_CANCER]'], 'contradicted'],
  ['IL-11 is not an inflammatory cytokine associated with metastasis.', ['NOT IL11 associated-with(positive) METASTASIS'], 'contradicted'],
  // The relative-clause form with an unnamed subject: the noun is the claim's subject, the copula's "not" still denies it.
  ['This factor is not a cytokine that controls inflammation.', ['NOT CYTOKINE regulates INFLAMMATION'], 'contradicted'],
  ['This molecule is not a cytokine which drives metastasis.', ['NOT CYTOKINE promotes METASTASIS'], 'contradicted'],
  // Controls: the affirmative, and "not the only", which asserts the claim, stay supported.
  ['IL-11 is a cytokine implicated in cancer metastasis.', ['IL11 regulates METASTASIS'], 'supported'],
  ['IL-6 is a cytokine involved in tumour growth.', ['IL6 regulates TUMOR_GROWTH'], 'supported'],
  ['IL-11 is a cytokine linked to metastasis in breast cancer.', ['IL11 associated-with(positive) METASTASIS [ctx BREAST_CANCER]'], 'supported'],
  ['IL-6 is not the only cytokine involved in tumour growth.', ['IL6 regulates TUMOR_GROWTH'], 'supported'],
  ['This factor is a cytokine that controls inflammation.', ['CYTOKINE regulates INFLAMMATION'], 'supported'],
  ['The protein is not the only cytokine that controls inflammation.', ['CYTOKINE regulates INFLAMMATION'], 'supported'],
  // Control: a denial inside a relative clause on the subject leaves the main verb asserted.
  ['IL-6, which is not a cytokine, promotes tumour growth.', ['IL6 promotes TUMOR_GROWTH'], 'supported'],
]);

// denials.ts (stop 52): a denied frame of evidence or assent before "that", and a link denied as a report's object.
readingTable('deniedClassPredicate', 'a denied verb of indicating, a view denied assent, evidence denied with a participle, a link denied', [
  ['Accumulating evidence has not indicated that IL-6 promotes tumour growth.', ['NOT IL6 promotes TUMOR_GROWTH'], 'contradicted'],
  ['It has not been made clear that IL-6 promotes tumour growth.', ['NOT IL6 promotes TUMOR_GROWTH'], 'contradicted'],
  ['It is not widely accepted that IL-6 promotes tumour growth.', ['NOT IL6 promotes TUMOR_GROWTH'], 'contradicted'],
  ['It is not generally agreed that hypoxia induces EMT.', ['NOT HYPOXIA induces EMT'], 'contradicted'],
  ['There is not much evidence suggesting that IL-6 promotes tumour growth.', ['NOT IL6 promotes TUMOR_GROWTH'], 'contradicted'],
  ['Studies have not shown a link between IL-6 and tumour growth.', ['NOT IL6 associated-with(positive) TUMOR_GROWTH'], 'contradicted'],
  // Controls: the same frames asserted, and a frame of no assent ("not surprising"), stay supported.
  ['Evidence has indicated that IL-6 promotes tumour growth.', ['IL6 promotes TUMOR_GROWTH'], 'supported'],
  ['It is widely accepted that IL-6 promotes tumour growth.', ['IL6 promotes TUMOR_GROWTH'], 'supported'],
  ['It is generally agreed that hypoxia induces EMT.', ['HYPOXIA induces EMT'], 'supported'],
  ['It is not surprising that IL-6 promotes tumour growth.', ['IL6 promotes TUMOR_GROWTH'], 'supported'],
  ['There is much evidence suggesting that IL-6 promotes tumour growth.', ['IL6 promotes TUMOR_GROWTH'], 'supported'],
  ['Studies have shown a link between IL-6 and tumour growth.', ['IL6 associated-with(positive) TUMOR_GROWTH'], 'supported'],
]);
