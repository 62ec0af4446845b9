// Issue 7 (stop 48, h-w25b48): vocabulary.ts malignancyAdjectives. "Malignant and stromal cells" are the tumour's own
// cells and its stroma, sharing one head noun: the cell type after "and" is no narrower place than the tumour, for the
// verb reader (roles.ts coordinatedWithPlace) and the constructions (construction.ts contextMentions) alike. Sentences
// of our own, with the bundled library's verdict (IL-6 promotes tumorigenesis in HCC).
import * as assert from 'node:assert/strict';
import { afterMalignancyAdjective } from '../../src/core/claims/vocabulary';
import { readingTable } from './helpers';

const table = (name: string, cases: Parameters<typeof readingTable>[2]): void => readingTable('malignant and stromal', name, cases);

table('the stroma beside the malignant cells names no place of its own', [
  ['IL-6 has tumour-suppressing actions on both malignant and stromal cells.', ['IL6 inhibits TUMORIGENESIS'], 'contradicted'],
  ['In several cancer models, IL-6 exerts tumour-suppressive effects on neoplastic and stromal cells.', ['IL6 inhibits TUMORIGENESIS [ctx CANCER]'], 'contradicted'],
]);

table('near misses: the stroma alone, or beside cells called normal, stays a place', [
  ['IL-6 has tumour-suppressing actions on stromal cells.', ['IL6 inhibits TUMORIGENESIS [ctx CL_0000499]'], 'unsupported/other-context'],
  ['IL-6 has tumour-suppressing actions on normal and stromal cells.', ['IL6 inhibits TUMORIGENESIS [ctx CL_0000499]'], 'unsupported/other-context'],
]);

suite('malignant and stromal: afterMalignancyAdjective', () => {
  test('reads the adjective and its joining word right before the mention', () => {
    const text = 'actions on both malignant and stromal cells';
    assert.equal(afterMalignancyAdjective(text, text.indexOf('stromal')), true);
    const other = 'actions on both epithelial and stromal cells';
    assert.equal(afterMalignancyAdjective(other, other.indexOf('stromal')), false);
    const apart = 'malignant growth and stromal cells';
    assert.equal(afterMalignancyAdjective(apart, apart.indexOf('stromal')), false);
  });
});
