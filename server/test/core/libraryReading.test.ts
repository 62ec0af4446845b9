// Findings read from the abstracts of a writer's own library, one construction each, in sentences written for
// these tests (the library kit in ../shared/eval/library measures the same reading on real abstracts).
import * as assert from 'node:assert/strict';
import { readAbstract } from '../../src/core/kb/abstracts';
import { abstractFindings, lexiconOnlyKb, paperWithAbstract } from './helpers';


/** "subject relation object" for each finding of a one-sentence abstract, sorted. */
const findings = (abstract: string): Promise<string[]> => abstractFindings(abstract);

suite('library reading: findings in abstracts', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    await findings('x');
  });

  test('"X led to reduced A and increased B" is two findings of X', async () => {
    assert.deepEqual(await findings('Once transfected, SNAI1 led to reduced levels of E-cadherin and increased levels of vimentin in both lines.'), ['NCBIGENE_6615 decreases CDH1', 'NCBIGENE_6615 increases VIM']);
  });

  test('a protein variant written after the gene is that gene acting', async () => {
    assert.deepEqual(await findings('The SMAD4 R361H mutant led to lower levels of E-cadherin.'), ['NCBIGENE_4089 decreases CDH1']);
  });

  test('a cause named by its loss turns the changes round', async () => {
    assert.deepEqual(await findings('Knockdown of ZEB1 resulted in increased E-cadherin and decreased vimentin.'), ['ZEB1 increases VIM', 'ZEB1 suppresses CDH1']);
  });

  test('the partner an RNA competes with neither binds it nor acts in its place', async () => {
    assert.deepEqual(await findings('HOTAIR binds SMAD4 and competes with β-TrCP to prevent SMAD4 degradation, thereby activating SMAD2.'), ['NCBIGENE_100124700 activates NCBIGENE_4087', 'NCBIGENE_100124700 binds NCBIGENE_4089']);
  });

  // The denial holds only in cells without the gene, so it is no finding that the agent has no effect (the rule for
  // a denial under a loss, claims/noLongerAfterLoss.ts; issue 7, h-loss34).
  test('an effect gone in cells that lost a gene makes the gene needed for it, and denies nothing of the gene or of the agent', async () => {
    assert.deepEqual(await findings('IL-1β did not raise the invasion of MKN45 cells that had been transfected with COX-2 antisense oligonucleotide.'), ['NCBIGENE_5743 promotes CELL_INVASION']);
  });

  test('a statistics bracket between two coordinated outcomes hides neither', async () => {
    assert.deepEqual(
      await findings('In our stage II cohort, SMAD4 loss independently predicted shorter progression-free survival (HR, 1.3; 95% CI, 1.0-1.7; p=.04) and cancer-specific survival (HR, 1.5; p=.02).'),
      ['NCBIGENE_4089 associated-with CANCER_SPECIFIC_SURVIVAL', 'NCBIGENE_4089 associated-with PROGRESSION_FREE_SURVIVAL'],
    );
  });

  test('the quote of a finding keeps its statistics', async () => {
    const { kb } = await lexiconOnlyKb();
    const [fact] = readAbstract(paperWithAbstract('In our cohort, SMAD4 loss predicted shorter overall survival (HR, 1.9; p=.01).'), kb);
    assert.match(fact.evidence.locator ?? '', /HR, 1\.9/);
  });

  test('a tumour that regressed or shrank under a drug is tumour growth the drug lowered, not cancer it brought on', async () => {
    assert.deepEqual(await findings('Giving the mice gefitinib led to tumour regression within two weeks.'), ['DRUG_GEFITINIB suppresses TUMOR_GROWTH']);
    assert.deepEqual(await findings('Blocking HER2 produced marked tumor shrinkage in the grafted mice.'), ['NCBIGENE_2064 increases TUMOR_GROWTH']);
  });

  test('a finding in the cells its sentence names does not hold in the abstract\'s other cells; its cancer stays', async () => {
    const { kb } = await lexiconOnlyKb();
    const facts = readAbstract(paperWithAbstract('We studied gastric cancer using parietal cells from rabbits and two human lines. In AGS cells, IL-1β increased COX-2 expression.'), kb);
    const cox2 = facts.find((f) => f.object === 'NCBIGENE_5743');
    assert.ok(cox2, JSON.stringify(facts.map((f) => [f.subject, f.object])));
    assert.ok(cox2.context.includes('CELL_AGS') && !cox2.context.includes('CL_0000162'), cox2.context.join(','));
    assert.ok(cox2.context.includes('GASTRIC_CANCER'), cox2.context.join(','));
  });

  test('"X was found to be upregulated in D" is X raised in the disease, as "X was upregulated in D" is', async () => {
    assert.deepEqual(await findings('IL-11 was found to be upregulated in OSCC.'), await findings('IL-11 was upregulated in OSCC.'));
    assert.equal((await findings('IL-11 was found to be upregulated in OSCC.')).length, 1);
  });
});
