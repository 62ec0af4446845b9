// Issue 7, stop 51 (h-lib51): a fronted phrase of attention ("Looking at the X pathway, ...", "Turning to X, ...")
// names the topic of the sentence, no participant of its finding (simplifiedViews.ts, rule 'fronted-topic'). Read
// whole, an abstract's "Looking at the downstream pathway, p-Akt stayed high ..." gave the pathway activating Akt.
// Our own sentences, one construction each.
import * as assert from 'node:assert/strict';
import { abstractFindings, bundledReadings } from './helpers';

const findings = (abstract: string): Promise<string[]> => abstractFindings(abstract);

const { read } = bundledReadings();

suite('a fronted topic is no participant (stop 51)', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    await findings('x');
  });

  test('abstract: the pathway looked at neither acts on its member nor is what the drug lowers', async () => {
    assert.deepEqual(await findings('Looking at the PI3K/Akt pathway further down, Akt kinase activity was lowered in BT-474 cells given trastuzumab.'), ['DRUG_TRASTUZUMAB decreases AKT']);
  });

  test('draft: "Turning to the MAPK cascade, ..." names no participant', () => {
    const claims = read('Turning to the MAPK cascade, ERK phosphorylation fell in cells given lapatinib.').claims;
    assert.ok(!claims.some((c) => /MAPK/.test(c)), claims.join('; '));
  });

  test('near miss: "With respect to X, Y is the main effector" names X as the object, not a topic to drop', () => {
    const claims = read('With respect to extracellular matrix remodeling, matrix metalloproteinases are the chief executors.').claims;
    assert.ok(claims.some((c) => c.startsWith('MMPS promotes ECM_REMODELING')), claims.join('; '));
  });
});

// Issue 7, stop 51 (h-lib51): a relative clause after a bracketed list ("genes (A, B and C) which are needed for Y") is
// said of the class the brackets gloss, not of the list's last member (subjects.ts `bracketedListBefore`).
suite('a relative after a bracketed list is about the class (stop 51)', () => {
  test('abstract: the last member of the glossed list does not inherit the relative clause', async () => {
    assert.deepEqual(await findings('Curcumin lowered a set of proteins (E-cadherin, vimentin and MMP-9) which are required for cell motility and invasion.'), []);
  });
  test('near miss: a relative after one name, or after a bracket naming one, is still that name\'s', async () => {
    assert.deepEqual(await findings('Curcumin lowered MMP-9, which is required for invasion.'), ['MMP9 promotes CELL_INVASION']);
    assert.deepEqual(await findings('Curcumin lowered one protease (MMP-9) which is required for invasion.'), ['MMP9 promotes CELL_INVASION']);
  });
});
