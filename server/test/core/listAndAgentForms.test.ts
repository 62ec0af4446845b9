// Forms of abstract prose whose direction or agent the reader missed (stop 32, library kit): a state named
// before a list of markers, a loss named after one marker of a pair, a change reported in treated cells, an agent
// behind an intervention noun, a class of drugs named by its target, a bracketed alias before a hyphened
// modifier, a relative clause after another verb, a predicate after "and", a group named by the marker's level.
// Every sentence is written for these tests, several surface forms per class.
import * as assert from 'node:assert/strict';
import { abstractFindings } from './helpers';


/** "subject relation(polarity) object [context]" for each finding of a one-sentence abstract, sorted. */
const findings = (abstract: string, withContext = false): Promise<string[]> => abstractFindings(abstract, { polarity: true, context: withContext });

suite('reading forms: lists, losses and agents in abstracts', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    await findings('x');
  });

  test('a fall or loss named before a list of markers is every member\'s', async () => {
    assert.deepEqual(await findings('Decreased levels of VEGF, IL-8 and MMP-9 were associated with longer survival.'), [
      'MMP9 associated-with(negative) SURVIVAL',
      'NCBIGENE_3576 associated-with(negative) SURVIVAL',
      'VEGF associated-with(negative) SURVIVAL',
    ]);
    assert.deepEqual(await findings('A reduction in Ki-67, pAKT and pERK staining after two cycles was associated with a clinical response to docetaxel.'), [
      'AKT associated-with(negative) TREATMENT_RESPONSE',
      'ERK associated-with(negative) TREATMENT_RESPONSE',
      'NCBIGENE_4288 associated-with(negative) TREATMENT_RESPONSE',
    ]);
    // A member that names its own level keeps it.
    assert.deepEqual(await findings('Loss of PTEN and high pAKT were associated with shorter survival.'), ['AKT associated-with(negative) SURVIVAL', 'NCBIGENE_5728 associated-with(positive) SURVIVAL']);
  });

  test('a loss named after the first marker of a pair is not the second marker\'s', async () => {
    assert.deepEqual(await findings('In our series, SMAD4 loss or KRAS mutation was associated with a poor response to gefitinib.'), [
      'NCBIGENE_3845 associated-with(negative) TREATMENT_RESPONSE',
      'NCBIGENE_4089 associated-with(positive) TREATMENT_RESPONSE',
    ]);
    assert.deepEqual(await findings('MAPK activation, scored as NF1 loss or BRAF mutation, was linked to a poor response to cetuximab.'), [
      'NCBIGENE_4763 associated-with(positive) TREATMENT_RESPONSE',
      'NCBIGENE_673 associated-with(negative) TREATMENT_RESPONSE',
    ]);
    // A loss word after the last member, or before the first, is still the whole list's.
    assert.deepEqual(await findings('HIF-1α or IL-11 knockdown reduced invasion.'), ['HIF1A increases CELL_INVASION', 'IL11 increases CELL_INVASION']);
    assert.deepEqual(await findings('Knockdown of HIF-1α or IL-11 reduced invasion.'), ['HIF1A increases CELL_INVASION', 'IL11 increases CELL_INVASION']);
  });

  test('a change seen in cells treated with, or exposed to, X is X\'s', async () => {
    assert.deepEqual(await findings('ERK phosphorylation was markedly reduced in HCC827 cells exposed to gefitinib.'), ['DRUG_GEFITINIB decreases ERK']);
    assert.deepEqual(await findings('Snail expression was increased in A549 cells treated with TGF-β1.'), ['NCBIGENE_7040 increases NCBIGENE_6615']);
    assert.deepEqual(await findings('Snail levels rose in A549 cells exposed to TGF-β1.'), ['NCBIGENE_7040 increases NCBIGENE_6615']);
    assert.deepEqual(await findings('IL-6 levels did not change in cells exposed to hypoxia.'), ['HYPOXIA no-effect IL6']);
  });

  test('the agent of a passive may stand behind a noun of intervention', async () => {
    assert.deepEqual(await findings('Invasion was reduced by knockdown of SNAI1.'), ['NCBIGENE_6615 increases CELL_INVASION']);
    assert.deepEqual(await findings('Migration was blocked by pharmacological inhibition of MEK.'), ['MEK_FAMILY activates CELL_MIGRATION']);
    assert.deepEqual(await findings('Apoptosis was induced by treatment with cisplatin.'), ['DRUG_CISPLATIN induces APOPTOSIS']);
    assert.deepEqual(await findings('EMT was promoted by overexpression of ZEB1 in SW480 cells.'), ['ZEB1 promotes EMT']);
  });

  test('a class of drugs named by its target is an outcome of treatment, not the target changed', async () => {
    assert.deepEqual(await findings('Concurrent MEK blockade proved essential for the efficacy of BRAF inhibitors in melanoma lines.', true), ['MEK_FAMILY promotes DRUG_RESISTANCE [MELANOMA,NCBIGENE_673]']);
    assert.deepEqual(await findings('MET amplification lowered the sensitivity of the cells to EGFR-targeted agents.', true), ['NCBIGENE_4233 increases DRUG_RESISTANCE [NCBIGENE_1956]']);
    assert.deepEqual(await findings('High IGF1R expression predicted poor responses to EGFR inhibitors.', true), ['IGF1R associated-with(negative) TREATMENT_RESPONSE [NCBIGENE_1956]']);
  });

  test('a bracketed alias before a hyphened modifier leaves the modifier a modifier', async () => {
    assert.deepEqual(await findings('We enrolled forty women whose tumours were HER2 (ERBB2)-overexpressing breast cancer.'), []);
    assert.deepEqual(await findings('Lapatinib is given to women with HER2 (ERBB2)-amplified tumours.'), []);
    assert.deepEqual(await findings('Gefitinib is approved for patients with EGFR (ERBB1)-mutant lung cancer.'), []);
  });

  test('a passive relative clause after another verb is said of the name before its comma', async () => {
    assert.deepEqual(await findings('Our screen pointed to MEK, which is activated by the RAS network.'), ['RAS activates MEK_FAMILY']);
    assert.deepEqual(await findings('The tumours depend on AKT, which is phosphorylated by PDK1.'), ['NCBIGENE_5163 activates AKT']);
    assert.deepEqual(await findings('Sorafenib lowered MMP-9, which is induced by NF-κB in many tumours.'), ['NFKB induces MMP9', 'SORAFENIB decreases MMP9']);
    // A verb of cause after ", which" speaks of the whole clause.
    assert.deepEqual(await findings('Gefitinib reduced invasion, which was mediated by ERK.'), ['DRUG_GEFITINIB decreases CELL_INVASION']);
  });

  test('"X is common in A and confers resistance to D": X, not A, confers it', async () => {
    assert.deepEqual(await findings('KRAS mutations can coexist with EGFR amplification and confer resistance to cetuximab.', true), ['NCBIGENE_3845 promotes DRUG_RESISTANCE [DRUG_CETUXIMAB]']);
    assert.deepEqual(await findings('KRAS mutations often occur alongside BRAF amplification and are thought to confer resistance to cetuximab.', true), ['NCBIGENE_3845 promotes DRUG_RESISTANCE [DRUG_CETUXIMAB]']);
  });

  test('a clause naming only a compartment\'s staining speaks of the marker before it, in its own state', async () => {
    assert.deepEqual(await findings('In CRC, nuclear SMAD4 predicted a longer survival, whereas weak cytoplasmic immunostaining predicted a worse prognosis.'), [
      'NCBIGENE_4089 associated-with(negative) POOR_PROGNOSIS',
      'NCBIGENE_4089 associated-with(positive) SURVIVAL',
    ]);
    assert.deepEqual(await findings('Strong membranous E-cadherin staining predicted longer survival, while absent membranous staining indicated a poor prognosis.'), [
      'CDH1 associated-with(negative) POOR_PROGNOSIS',
      'CDH1 associated-with(positive) SURVIVAL',
    ]);
    // "indicates" of a prognosis is a cue of its own; "as indicated by" is none.
    assert.deepEqual(await findings('Membranous β-catenin loss indicates a poor prognosis in colorectal cancer.'), ['NCBIGENE_1499 associated-with(negative) POOR_PROGNOSIS']);
    assert.deepEqual(await findings('The decrease in IL-6, as indicated by lower serum levels, was associated with survival.'), []);
  });

  test('a name after a slash is the same molecule\'s in "a correlation between X/x and Y"', async () => {
    assert.deepEqual(await findings('Across the 80 tumours, a positive correlation existed between nuclear NFκB1/p50 and pSTAT3.'), ['NCBIGENE_4790 associated-with(positive) STAT3']);
    assert.deepEqual(await findings('A strong correlation was found between RelA/p65 and COX-2 in the tumour samples.'), ['NCBIGENE_5970 associated-with(positive) NCBIGENE_5743']);
    assert.deepEqual(await findings('A positive correlation was observed between ERK1/2 and Ki-67.'), ['ERK associated-with(positive) NCBIGENE_4288']);
  });

  test('"the treatments", "both drugs" point back to the drugs named together last', async () => {
    assert.deepEqual(await findings('Nimesulide and troglitazone lowered COX-2 in the colon. The treatments raised the apoptosis index in the tumours.').then((f) => f.filter((x) => x.includes('APOPTOSIS'))), [
      'DRUG_NIMESULIDE increases APOPTOSIS',
      'DRUG_TROGLITAZONE increases APOPTOSIS',
    ]);
    assert.deepEqual(await findings('Mice received gefitinib or erlotinib for four weeks. Both drugs reduced tumour growth.'), ['DRUG_ERLOTINIB decreases TUMOR_GROWTH', 'DRUG_GEFITINIB decreases TUMOR_GROWTH']);
    assert.deepEqual(await findings('Cisplatin and paclitaxel were given. The two agents induced apoptosis in HeLa cells.'), ['DRUG_CISPLATIN induces APOPTOSIS', 'DRUG_PACLITAXEL induces APOPTOSIS']);
    // A count that does not match what was named points elsewhere.
    assert.deepEqual(await findings('Cisplatin and paclitaxel were given. The three agents induced apoptosis in HeLa cells.'), []);
  });

  test('the consequences named by participles after treated cells\' changes are the agent\'s', async () => {
    assert.deepEqual(await findings('Helicobacter pylori-infected AGS cells secreted more IL-8 and showed enhanced expression of COX-2, inducing inflammation and resulting in apoptosis.'), [
      'HELICOBACTER_PYLORI increases NCBIGENE_3576',
      'HELICOBACTER_PYLORI increases NCBIGENE_5743',
      'HELICOBACTER_PYLORI induces APOPTOSIS',
      'HELICOBACTER_PYLORI induces INFLAMMATION',
    ]);
    assert.deepEqual(await findings('IL-6-treated HepG2 cells expressed higher levels of STAT3, leading to EMT and cell proliferation.'), ['IL6 increases STAT3', 'IL6 induces CELL_PROLIFERATION', 'IL6 induces EMT']);
    assert.deepEqual(await findings('TNF-α-stimulated HT-29 cells produced more IL-8, thereby causing inflammation.').then((f) => f.filter((x) => x.includes('INFLAMMATION'))), ['NCBIGENE_7124 induces INFLAMMATION']);
    // A participle of its own after "and" ends the consequences: apoptosis is reduced, not caused.
    assert.deepEqual(await findings('IL-6-treated HepG2 cells expressed higher levels of STAT3, inducing cell proliferation and reduced apoptosis.').then((f) => f.filter((x) => x.includes('APOPTOSIS'))), ['IL6 decreases APOPTOSIS']);
  });

  test('a noun of failing before the subject of "to V" denies the verb', async () => {
    assert.deepEqual(await findings('We blame the relapse on a failure of gefitinib to inhibit ERK in the resistant clones.'), ['DRUG_GEFITINIB no-effect ERK']);
    assert.deepEqual(await findings('The inability of the inhibitor LY294002 to block AKT explained the resistance.'), ['DRUG_LY294002 no-effect AKT']);
    assert.deepEqual(await findings('Gefitinib failed to inhibit ERK phosphorylation.'), ['DRUG_GEFITINIB no-effect ERK']);
  });

  test('"was overcome by" is a passive, its agent the one that lowers the resistance', async () => {
    assert.deepEqual(await findings('Lapatinib resistance was fully overcome by BKM120 in vitro.', true), ['DRUG_BUPARLISIB decreases DRUG_RESISTANCE [CELL_CULTURE,DRUG_LAPATINIB]']);
    assert.deepEqual(await findings('In the selected clones, cisplatin resistance was overcome by knockdown of MEK.'), ['MEK_FAMILY increases DRUG_RESISTANCE']);
    assert.deepEqual(await findings('Trametinib overcame gefitinib resistance.', true), ['DRUG_TRAMETINIB decreases DRUG_RESISTANCE [DRUG_GEFITINIB]']);
  });

  test('a group named by the marker\'s level alone goes with the outcome it had', async () => {
    assert.deepEqual(await findings('Low pSTAT3 staining at baseline had a poorer clinical response.'), ['STAT3 associated-with(positive) TREATMENT_RESPONSE']);
    assert.deepEqual(await findings('Low SMAD4 expression showed a shorter overall survival.'), ['NCBIGENE_4089 associated-with(positive) OVERALL_SURVIVAL']);
    assert.deepEqual(await findings('Strong nuclear p65 staining showed a worse disease-free survival.'), ['NCBIGENE_5970 associated-with(negative) DISEASE_FREE_SURVIVAL']);
  });
});
