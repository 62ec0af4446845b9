// Two readings added for sentences that named a library entity and read no claim (issue 7, stop 45, h-actor45):
// an active verb of judging before "as a key factor in" (frames.ts judged-a-factor-in: "our data establish X as a key
// factor in Y") and a cell or molecule abundant in tumours resistant to a kind of treatment (frequentInResistant.ts:
// "CAFs are abundant in tumours resistant to chemotherapy"). Sentences written for this test, one construction each:
// three wordings that read the claim, and near readings that must not read it as said.
import * as assert from 'node:assert/strict';
import { bundledPlainReadings } from './helpers';

const { plain, reads } = bundledPlainReadings();

suite('an active verb of judging before "as a key factor in"', () => {
  reads([
    ['Our findings establish Akt as a key factor in the invasion of tumour cells.', 'AKT promotes CELL_INVASION'],
    ['In breast tumours, the screen identified IL-11 as a major driver of bone metastasis.', 'IL11 promotes METASTASIS'],
    ['Together, these experiments single out hypoxia as an important contributor to the invasion of HCC cells.', 'HYPOXIA promotes CELL_INVASION'],
  ]);
  test('a denial or a failure before the verb denies the role; a minor factor and a ruling-out read no role', () => {
    for (const text of ['These data do not establish STAT3 as a key factor in the invasion of tumour cells.', 'These data fail to establish STAT3 as a key factor in the invasion of tumour cells.']) {
      const claims = plain(text);
      assert.ok(claims.includes('NOT STAT3 promotes CELL_INVASION') && !claims.includes('STAT3 promotes CELL_INVASION'), `${text}: ${JSON.stringify(claims)}`);
    }
    for (const text of ['Our results establish STAT3 as a minor factor in the invasion of tumour cells.', 'We ruled out STAT3 as a key factor in the invasion of tumour cells.']) {
      assert.ok(!plain(text).includes('STAT3 promotes CELL_INVASION'), `${text}: ${JSON.stringify(plain(text))}`);
    }
  });
});

suite('abundant in tumours resistant to a kind of treatment', () => {
  reads([
    ['We find that CAFs are abundant in tumours resistant to chemotherapy.', 'CAF associated-with(positive) CHEMORESISTANCE'],
    ['Activated cancer-associated fibroblasts (CAFs) are especially common in the stroma of xenografts resistant to chemotherapy.', 'CAF associated-with(positive) CHEMORESISTANCE'],
    ['In our cohort, IL-11 was highly enriched in tumours resistant to radiotherapy.', 'IL11 associated-with(positive) RADIORESISTANCE'],
  ]);
  test('tumours sensitive to the treatment, a denial and a resistance told in a relative clause read no association', () => {
    for (const text of [
      'CAFs are abundant in tumours sensitive to chemotherapy.',
      'CAFs are not abundant in tumours resistant to chemotherapy.',
      'CAFs are abundant in tumours, which resist chemotherapy through IL-6.',
    ]) assert.ok(!plain(text).some((c) => c.startsWith('CAF associated-with(positive)')), `${text}: ${JSON.stringify(plain(text))}`);
  });
});
