// Functions listed by example (claims/listedFunctions.ts, issue 7, stop 44): "X has functions such as A and B", "the
// functions of X include A", "X, whose roles include A". Sentences written for this test, one construction each: three
// wordings that read as X promoting each listed process, and near readings that must read nothing of the kind.
import * as assert from 'node:assert/strict';
import { bundledPlainReadings } from './helpers';

const { plain, reads } = bundledPlainReadings();

suite('functions listed by example', () => {
  reads([
    ['Among stromal cells, CAFs exert varied functions such as angiogenesis and ECM remodelling.', ['CAF promotes ANGIOGENESIS', 'CAF promotes ECM_REMODELING']],
    ['The many roles of CAFs include angiogenesis.', ['CAF promotes ANGIOGENESIS']],
    ['CAFs, whose activities include matrix remodelling, gather around tumour nests.', ['CAF promotes ECM_REMODELING']],
  ]);
  test('a denied or lost agent and a member named with a noun of change read no function', () => {
    for (const text of [
      'CAFs lack functions such as angiogenesis.',
      'IL-6-deficient CAFs have functions such as angiogenesis.',
      'The functions of CAFs include the suppression of angiogenesis.',
    ]) assert.ok(!plain(text).includes('CAF promotes ANGIOGENESIS'), `${text}: ${JSON.stringify(plain(text))}`);
  });
  test('the list ends at a member that is not a process named alone', () => {
    const claims = plain('CAFs have functions such as ECM remodelling, modulation of metabolism and angiogenesis.');
    assert.ok(claims.includes('CAF promotes ECM_REMODELING'), JSON.stringify(claims));
    assert.ok(!claims.includes('CAF promotes ANGIOGENESIS'), JSON.stringify(claims));
  });
});
