// Issue 7 (h-loss35, stop 35): the rest of the loss wording in the one table (vocabulary.ts lossWording: the group
// place "X-silenced cells", "X-/- mice", and the lacking place "cells lacking X"), and the reader gaps of the family:
// a loss-named group and a verb of what cells do (groupProcess.ts), a molecule named by its relation to X ("a key
// regulator of X", cues.ts otherThingOf), a denial in cells named by a loss (abolishedByLoss.ts). Sentences of our own.
import * as assert from 'node:assert/strict';
import {
  lackingCellsBefore, lossFormCellsBefore, lossGroupAfter, lossGroupWords, lossNamingWords, lossOfFunctionBefore, lossOfFunctionBeforeSpaced, lossWording,
} from '../../src/core/claims/vocabulary';
import { bearerWords } from '../../src/core/claims/cues';
import { readingTable } from './helpers';

suite('loss wording: the group and lacking places', () => {
  test('every one-word group word reaches the token readers (the place of a change, the carriers of a group)', () => {
    for (const row of lossWording.filter((r) => r.at.includes('group'))) {
      for (const word of row.words.filter((w) => !w.includes(' '))) {
        assert.ok(lossGroupWords.has(word), `group: ${word}`);
        assert.equal(bearerWords[word], -1, `bearer: ${word}`);
      }
    }
  });

  const group: readonly [string, boolean][] = [
    ['-silenced cells', true],
    [' knockdown cells', true],
    ['-null mice', true],
    ['-/- mice', true],
    ['−/− animals', true],
    [' siRNA-transfected cells', true],
    [' siRNA transfected cells', true],
    ['-DN clones', true],
    ['-knocked-out lines', true],
    // Not a loss: a treatment, a gain, or a word that only starts like one.
    ['-treated cells', false],
    ['-overexpressing cells', false],
    [' nullified', false],
    [' levels', false],
  ];
  for (const [text, lost] of group) test(`a group after the name: "X${text}" ${lost ? 'is' : 'is not'} named by X's loss`, () => assert.equal(lossGroupAfter.test(text), lost));

  const lacking: readonly [string, boolean][] = [
    ['Cells lacking ', true],
    ['the mice that lack the ', true],
    ['breast cancer lines deficient in ', true],
    ['clones depleted of endogenous ', true],
    ['xenografts devoid of ', true],
    ['cells expressing ', false],
    // The one pattern of a place's loss (lostPlace.ts placeLackingAt): patients too, and a second name after "and";
    // manipulatedGroup.ts reads no manipulation in patients or tumours.
    ['patients lacking ', true],
    ['rats deficient in A and ', true],
    ['cells lacking A, ', false],
  ];
  for (const [text, lost] of lacking) test(`before the name: "${text}X" ${lost ? 'is' : 'is not'} a group lacking X`, () => assert.equal(lackingCellsBefore.test(text), lost));

  const forms: readonly [string, boolean][] = [
    ['cells expressing dn ', true],
    ['clones stably expressing a dominant negative mutant of ', true],
    ['cells transfected with kinase-dead ', true],
    ['mice carrying a catalytically inactive form of ', true],
    ['cells expressing wild-type ', false],
    ['cells expressing ', false],
  ];
  for (const [text, lost] of forms) test(`before the name: "${text}X" ${lost ? 'is' : 'is not'} a group with a blocking form`, () => assert.equal(lossFormCellsBefore.test(text), lost));

  test('spaced words before the name are the table\'s: "interfering with", "knocking down"', () => {
    const spaced = lossOfFunctionBeforeSpaced.map((words) => words.join(' '));
    for (const entry of ['interfering with', 'interference with', 'knocking down', 'knocked down']) {
      assert.ok(spaced.includes(entry), entry);
      assert.ok(lossOfFunctionBefore.has(entry), entry);
    }
  });

  test('another agent\'s loss after a fronted cause: any word of the table after a name or naming a group', () => {
    for (const text of ['whereas STAT3 knockdown cells', 'in cells given IL-6 siRNA', 'with a STAT3 inhibitor', 'in IL-11-deficient mice', 'after antibody treatment']) assert.ok(lossNamingWords.test(text), text);
    for (const text of ['MMP-9 and vimentin fell', 'while E-cadherin rose', 'Snail levels declined']) assert.ok(!lossNamingWords.test(text), text);
  });
});

readingTable('loss wording', 'a group named by a loss, then a verb of what the cells do and how much (groupProcess.ts)', [
  ['Cells lacking IL-11 invaded far less than control cells.', ['IL11 increases CELL_INVASION'], 'supported'],
  ['Cells depleted of IL-11 failed to invade.', ['IL11 increases CELL_INVASION'], 'supported'],
  ['Oral cancer cells deficient in IL-11 may migrate more slowly.', ['IL11 increases CELL_MIGRATION [ctx ORAL_CANCER]'], 'supported'],
  ['STAT3-deficient cells migrated significantly faster than controls.', ['STAT3 decreases CELL_MIGRATION'], 'contradicted'],
  ['Xenografts lacking IL-6 grew more slowly in nude mice.', ['IL6 increases TUMOR_GROWTH [ctx XENOGRAFT]'], 'supported'],
  // A blocking form of the protein in the cells: the cells lack its function.
  ['Cells expressing dn STAT3 invaded less.', ['STAT3 increases CELL_INVASION'], 'supported'],
  ['Clones stably expressing a dominant negative mutant of STAT3 migrated poorly.', ['STAT3 increases CELL_MIGRATION'], 'supported'],
  ['STAT3-DN cells invaded less than parental cells.', ['STAT3 increases CELL_INVASION'], 'supported'],
  ['HCC cells transfected with kinase-dead AKT proliferated more slowly than controls.', ['AKT increases CELL_PROLIFERATION [ctx HCC]'], 'unsupported/no-evidence'],
  // No direction of X's alone: a denied comparative, two groups compared, no degree, the group after the verb.
  ['Cells lacking STAT3 did not migrate faster than controls.', [], 'unsupported/no-evidence'],
  ['Cells lacking STAT3 migrated faster than cells lacking IL-11.', [], 'unsupported/no-evidence'],
  ['Cells lacking STAT3 migrated as fast as controls.', [], 'unsupported/no-evidence'],
]);

readingTable('loss wording', 'a molecule named by its relation to X is no subject X: "a key regulator of X" (cues.ts otherThingOf)', [
  ['Loss of a key regulator of STAT3 increased invasion.', [], 'unsupported/no-evidence'],
  ['Knockdown of a known target of IL-11 lowered migration.', [], 'unsupported/no-evidence'],
  ['Silencing an upstream activator of IL-11 lowered invasion.', [], 'unsupported/no-evidence'],
  ['Overexpression of a binding partner of gp130 enhanced migration.', [], 'unsupported/no-evidence'],
  // Controls: the copula's own noun, the drug class noun (a loss of the name), and the name's own loss.
  ['IL-6 is a key regulator of STAT3.', ['IL6 regulates STAT3'], 'supported'],
  ['Inhibitors of STAT3 reduced invasion.', ['STAT3 increases CELL_INVASION'], 'supported'],
  ['Loss of STAT3 increased invasion.', ['STAT3 decreases CELL_INVASION'], 'contradicted'],
]);

readingTable('loss wording', 'a denial in cells named by a loss is no denial of the agent (abolishedByLoss.ts)', [
  ['IL-11 did not raise MMP-9 in STAT3-silenced cells.', ['STAT3 promotes MMP9'], 'supported'],
  ['IL-6 did not induce IGF-1 in STAT3 knockdown cells.', ['STAT3 promotes IGF1'], 'supported'],
  ['IL-11 could not enhance the migration of cells expressing dn STAT3.', ['STAT3 promotes CELL_MIGRATION'], 'supported'],
  ['Hypoxia did not raise IL-11 in breast cancer cells lacking HIF-1α.', ['HIF1A promotes IL11 [ctx BREAST_CANCER,HYPOXIA]'], 'unsupported/other-context'],
  // The lost name with no finding: no denial comes back from anchored reading.
  ['IL-11 did not promote migration in cells lacking STAT1.', ['STAT1 promotes CELL_MIGRATION'], 'unsupported/no-evidence'],
  // A denied fall names no direction of the lost name's own.
  ['Sorafenib did not lower STAT3 in IL-6-deficient cells.', [], 'unsupported/no-evidence'],
  // Control: cells named by a treatment, not a loss: the denial stands.
  ['IL-11 did not raise MMP-9 in IL-6-treated cells.', ['NOT IL11 increases MMP9'], 'contradicted'],
]);

readingTable('loss wording', 'a site between a word of less and the process still names its fall: "fewer lung metastases" (roles.ts siteWords)', [
  ['STAT3 knockdown led to fewer lung metastases.', ['STAT3 induces METASTASIS'], 'supported'],
  ['STAT3 knockdown resulted in fewer lung metastases.', ['STAT3 induces METASTASIS'], 'supported'],
  ['STAT3-silenced cells gave rise to fewer lung metastases.', ['STAT3 induces METASTASIS'], 'supported'],
  ['STAT3-deficient mice developed fewer metastases.', ['STAT3 increases METASTASIS'], 'supported'],
  // Without a loss the fall is the agent's own: STAT3 lowering metastasis, against the finding.
  ['STAT3 led to fewer lung metastases.', ['STAT3 suppresses METASTASIS'], 'contradicted'],
]);
