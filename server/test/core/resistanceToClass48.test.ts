// Issue 7 (stop 48, h-w25b48): kb/outcomes.ts resistanceBefore. A drug class named by what it works against,
// "resistance to anti-estrogens, such as fulvestrant", names its examples' resistance, as "resistance to kinase
// inhibitors such as sorafenib" does: drug resistance with the drug as its context. The library's CAF finding is on
// chemoresistance in HCC, so a resistance to another drug is a finding elsewhere. Sentences of our own.
import * as assert from 'node:assert/strict';
import { drugOutcomeAt } from '../../src/core/kb/outcomes';
import { readingTable } from './helpers';

const table = (name: string, cases: Parameters<typeof readingTable>[2]): void => readingTable('resistance to a class (stop 48)', name, cases);

table('resistance to an anti- class and its example', [
  ['CAFs induce resistance to anti-estrogens, such as fulvestrant, in breast cancer cells.', ['CAF induces DRUG_RESISTANCE [ctx BREAST_CANCER,DRUG_FULVESTRANT]'], 'unsupported/other-context'],
  ['CAFs induce resistance to antiandrogens like fulvestrant.', ['CAF induces DRUG_RESISTANCE [ctx DRUG_FULVESTRANT]'], 'unsupported/other-context'],
]);

table('near miss: no resistance named, no resistance read', [
  ['CAFs lower anti-estrogens such as fulvestrant.', [], 'unsupported/no-evidence'],
]);

suite('resistance to a class (stop 48): drugOutcomeAt', () => {
  test('an anti- class before "such as" names the resistance; a short "anti" word does not', () => {
    const text = 'resistance to anti-estrogens such as fulvestrant';
    const at = text.indexOf('fulvestrant');
    assert.equal(drugOutcomeAt(text, at, at + 'fulvestrant'.length), 'resistance');
    const plain = 'interest in antis such as fulvestrant';
    const p = plain.indexOf('fulvestrant');
    assert.equal(drugOutcomeAt(plain, p, p + 'fulvestrant'.length), undefined);
  });
});
