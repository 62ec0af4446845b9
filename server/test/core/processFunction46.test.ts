// A function named by the process it serves (claims/frames.ts has-process-function; issue 7, h-actor46): "X has (is
// shown to have) a strong survival function" says X promotes survival, as "X has a pro-survival function" does. The
// reader named X and the process and read nothing. Sentences written for this test: three wordings it reads, and near
// readings it must leave alone.
import * as assert from 'node:assert/strict';
import { bundledPlainReadings } from './helpers';

const { plain, reads } = bundledPlainReadings();

suite('a function named by the process it serves', () => {
  reads([
    ['IGF-1R signalling was found to have a strong survival function in HCC cells.', 'IGF1R_PATHWAY promotes SURVIVAL'],
    ['In gastric tumour cells, Akt possesses a key migratory function.', 'AKT promotes CELL_MIGRATION'],
    ['IL-6 has an apoptotic function in HCC cells.', 'IL6 promotes APOPTOSIS'],
  ]);
  test('a word between the process and "function", or a function denied, reads no promotion', () => {
    assert.ok(!plain('Akt has a metastasis suppressor function in tumour cells.').includes('AKT promotes METASTASIS'));
    assert.ok(!plain('IGF-1R signalling has no survival function in HCC cells.').includes('IGF1R_PATHWAY promotes SURVIVAL'));
  });
});
