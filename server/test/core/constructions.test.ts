// Every sentence construction's example is its own test (core/claims/constructions.ts): the whole reader,
// as a draft is read, finds the construction's expected claims in it.
import * as assert from 'node:assert/strict';
import { constructions } from '../../src/core/claims/constructions';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('sentence constructions: each example', () => {
  for (const construction of constructions) {
    test(`${construction.name}: ${construction.example}`, () => {
      assert.deepEqual(claimsOf(construction.example, kb), [...construction.expected].sort());
    });
  }
});

suite('sentence constructions: where they stay silent', () => {
  test('names are unique and every construction has an example with a claim', () => {
    const names = constructions.map((c) => c.name);
    assert.equal(new Set(names).size, names.length);
    for (const c of constructions) assert.ok(c.example.length > 0 && c.expected.length > 0, c.name);
  });

  test('loss group versus wild type: read only with the wild type named beside the group, and not for a change with its own agent', () => {
    assert.deepEqual(claimsOf('Invasion was reduced in IL-6-/- mice.', kb), []);
    // A change with an agent of its own: the group is where the agent acted, not the cause.
    assert.ok(!claimsOf('IL-11 increased invasion in STAT3-/- cells compared with wild-type cells.', kb).includes('STAT3 inhibits CELL_INVASION'));
    assert.deepEqual(claimsOf('Tumour growth was markedly lower in STAT3 knockout mice than in WT mice.', kb), ['STAT3 promotes TUMOR_GROWTH']);
    assert.deepEqual(claimsOf('We saw fewer lung metastases in MMP-13-deficient mice relative to control mice.', kb), ['MMP13 promotes METASTASIS']);
  });

  test('one of the causes: only a bare name closing the sentence, never its loss, and only of a process that opens it', () => {
    assert.deepEqual(claimsOf('Cell invasion has many causes, and the loss of IL-6 is one of the main causes.', kb), []);
    assert.deepEqual(claimsOf('Hypoxia involves several mechanisms, and HCC is one of the causes.', kb), []);
  });

  test('seen after: the change of a molecule named by its noun with "of" needs the change word, and a denial denies it', () => {
    assert.deepEqual(claimsOf('Increased expression of MMP-13 was observed following treatment with IL-11.', kb), ['IL11 increases MMP13']);
    assert.deepEqual(claimsOf('Phosphorylation of STAT3 was detected after exposure to IL-11.', kb), []);
    assert.deepEqual(claimsOf('Enhanced phosphorylation of STAT5 was not observed after exposure to IL-11.', kb), ['NOT IL11 increases STAT5']);
  });

  test('used receptor: a class before its listed members speaks through them, a denial or an aim reads nothing', () => {
    assert.deepEqual(claimsOf('Growth factors such as HGF and EGF are known for the common use of MET for the downstream activation of STAT3.', kb), ['NCBIGENE_1950 activates STAT3 via NCBIGENE_4233', 'NCBIGENE_3082 activates STAT3 via NCBIGENE_4233']);
    assert.deepEqual(claimsOf('We asked whether IL-6 relies on the use of gp130 for the activation of STAT3.', kb), []);
    assert.ok(!claimsOf('IL-6 works without the use of gp130 for activation of STAT3.', kb).some((c) => c.includes('activates STAT3')));
    // The receptor is the route, not the cytokine's cause: the verb reader's reversed pair goes.
    assert.deepEqual(claimsOf('Oncostatin M is marked by its use of gp130 for the activation of STAT3.', kb), ['NCBIGENE_5008 activates STAT3 via GP130']);
  });

  test('cells under a condition: the condition is the agent, the cells its context, the baseline neither', () => {
    assert.deepEqual(claimsOf('Hypoxic LoVo cells showed higher invasion than normoxic cells.', kb), ['HYPOXIA increases CELL_INVASION [ctx CELL_LOVO]']);
    // A denied showing denies the condition's effect, in the cells named.
    assert.deepEqual(claimsOf('SW620 cells did not show enhanced migration under hypoxia.', kb), ['NOT HYPOXIA increases CELL_MIGRATION [ctx CELL_SW620]']);
    // Cells of a named cancer are a place too.
    assert.deepEqual(claimsOf('Breast cancer cells exhibited reduced proliferation under hypoxic conditions.', kb), ['HYPOXIA decreases CELL_PROLIFERATION [ctx BREAST_CANCER]']);
  });

  test('cells under a condition: another agent keeps the finding, and the condition stays its context', () => {
    assert.ok(!claimsOf('Hypoxic HeLa cells exposed to IL-11 showed increased invasion.', kb).some((c) => c.startsWith('HYPOXIA')));
    // A cause named after the changes is the agent, not one more change.
    assert.ok(!claimsOf('SW480 cells became more invasive after IL-11 treatment under hypoxia.', kb).some((c) => c.startsWith('HYPOXIA')));
  });

  test('cells under a condition: a change of state ("became more invasive") reads as a verb of showing', () => {
    assert.deepEqual(claimsOf('When kept in hypoxia, LoVo cells became more invasive.', kb), ['HYPOXIA increases CELL_INVASION [ctx CELL_LOVO]']);
  });

  test('patient groups: the outcome named first, "was observed in patients with tumours characterised by low X"', () => {
    assert.deepEqual(claimsOf('Longer overall survival was observed in patients with tumours characterised by low vimentin expression.', kb), ['VIM associated-with(negative) OVERALL_SURVIVAL [ctx CANCER]']);
  });

  test('patient groups: "survived five years without recurrence" is disease-free survival, for each marker of the group', () => {
    assert.deepEqual(claimsOf('Patients with SMAD4 loss or high vimentin expression survived five years without recurrence.', kb), [
      'NCBIGENE_4089 associated-with(negative) DISEASE_FREE_SURVIVAL',
      'VIM associated-with(positive) DISEASE_FREE_SURVIVAL',
    ]);
  });

  test('group levels: the level before the molecule, the group named by its marker\'s state ("lower Y in X-negative tumours")', () => {
    assert.deepEqual(claimsOf('We found lower vimentin levels in SMAD4-negative tumours.', kb), ['NCBIGENE_4089 associated-with(positive) VIM [ctx CANCER]']);
  });

  test('named member: a family named by its own name before a member is the member\'s kind ("the IL-6 family cytokine IL-6")', () => {
    assert.deepEqual(claimsOf('The IL-6 family cytokine IL-6 raised vimentin expression.', kb), ['IL6 increases VIM']);
    assert.deepEqual(claimsOf('The STAT family member STAT1 raised vimentin expression.', kb), ['STAT1 increases VIM']);
  });

  test('coordinated predicate: a passive first predicate hands its subject on; an object of the first verb is not displaced', () => {
    assert.deepEqual(claimsOf('IL-6 is secreted by CAFs and promotes HCC progression.', kb), ['CAF increases IL6 [ctx HCC]', 'IL6 promotes TUMOR_PROGRESSION [ctx HCC]']);
    // The object of the first predicate is no phrase's noun: the subject stays the clause's own.
    assert.deepEqual(claimsOf('In HCC, CAFs secrete IL-6 and promote tumour progression.', kb), ['CAF increases IL6 [ctx HCC]', 'CAF promotes TUMOR_PROGRESSION [ctx HCC]']);
  });

  test('lost source: a carrier from cells given Z (not cells that lost it) that did not raise Y stays a denial', () => {
    assert.deepEqual(claimsOf('Conditioned medium from IL-11 treated cells did not raise STAT3 phosphorylation.', kb), ['NOT IL11 increases STAT3']);
    assert.deepEqual(claimsOf('Supernatant from STAT3 knockdown cells did not lower apoptosis.', kb), ['STAT3 decreases APOPTOSIS']);
  });

  test('a target named without a drug after its class noun stays the subject (its inhibition inverts)', () => {
    assert.deepEqual(claimsOf('MEK inhibition lowered vimentin expression.', kb), ['MEK_FAMILY increases VIM']);
  });

  test('two drugs each reported alone are two findings, not a combination', () => {
    assert.deepEqual(claimsOf('Trametinib lowered vimentin expression, and trastuzumab lowered Snail expression.', kb), [
      'DRUG_TRAMETINIB decreases VIM',
      'DRUG_TRASTUZUMAB decreases NCBIGENE_6615',
    ]);
  });

  test('a fronted clause with a verb and its object is the reader\'s, not a list of changes', () => {
    assert.deepEqual(claimsOf('After exposure to trametinib, the cells lowered vimentin expression.', kb), ['DRUG_TRAMETINIB decreases VIM']);
  });

  test('patient groups: each outcome after a level word, and the comparison "longer than that of"', () => {
    assert.deepEqual(claimsOf('Patients with high vimentin had a lower response rate (20% versus 45%) and a shorter overall survival.', kb), [
      'VIM associated-with(negative) OVERALL_SURVIVAL',
      'VIM associated-with(negative) TREATMENT_RESPONSE',
    ]);
    assert.deepEqual(claimsOf('The survival time of patients with negative vimentin was longer than that of patients with positive vimentin.', kb), ['VIM associated-with(negative) SURVIVAL']);
  });

  test('patient groups: a group without a level word says nothing of the direction', () => {
    assert.deepEqual(claimsOf('Patients with high vimentin had a response rate of 45%.', kb), []);
  });

  test('patient groups named by the marker\'s state: "X-negative tumours carried a shorter survival"', () => {
    assert.deepEqual(claimsOf('Vimentin-negative tumours carried a markedly shorter overall survival.', kb), ['VIM associated-with(positive) OVERALL_SURVIVAL [ctx CANCER]']);
  });

  test('persistence: "remained high despite X" is a denied decrease; "remained a predictor" is not', () => {
    assert.deepEqual(claimsOf('Vimentin levels remained high despite continuous exposure to trametinib.', kb), ['NOT DRUG_TRAMETINIB decreases VIM']);
    assert.deepEqual(claimsOf('Vimentin expression remained a strong predictor of relapse after trametinib.', kb), []);
  });

  test('persistence: a very long word after the level is read once, not cut every way (a primer sequence hung it)', () => {
    const sequence = 'ACGT'.repeat(100);
    assert.deepEqual(claimsOf(`Vimentin ${sequence} remained high despite continuous exposure to trametinib.`, kb), ['NOT DRUG_TRAMETINIB decreases VIM']);
    assert.deepEqual(claimsOf(`Vimentin ${sequence} was amplified from samples whose levels later remained high despite continuous exposure to trametinib.`, kb), []);
    assert.deepEqual(claimsOf('Vimentin was well-maintained despite continuous exposure to trametinib.', kb), ['NOT DRUG_TRAMETINIB decreases VIM']);
  });

  test('a setting after the finding ("in patients with ...") is no object; what follows its verb is', () => {
    assert.deepEqual(claimsOf('Vimentin loss was associated with shorter overall survival in patients with Snail-negative tumours.', kb), ['VIM associated-with(positive) OVERALL_SURVIVAL [ctx CANCER]']);
  });

  test('a genotype named before its place ("KRAS-mutant colon cancer cells") is no object', () => {
    assert.deepEqual(claimsOf('Trametinib lowered vimentin expression in KRAS-mutant colon cancer cells.', kb), ['DRUG_TRAMETINIB decreases VIM [ctx DOID_219]']);
  });

  test('a drug compared across marker groups: less active where the marker is present goes with resistance', () => {
    assert.deepEqual(claimsOf('Gefitinib was less effective against vimentin-high than vimentin-low lung cancer cells.', kb), ['VIM associated-with(positive) DRUG_RESISTANCE [ctx DRUG_GEFITINIB,LUNG_CANCER]']);
  });

  test('a directed prognostic factor named by the marker\'s loss turns round; an undirected one says nothing', () => {
    assert.deepEqual(claimsOf('Loss of vimentin was an adverse prognostic factor.', kb), ['VIM associated-with(positive) PROGNOSIS']);
    assert.deepEqual(claimsOf('Vimentin was an independent prognostic factor.', kb), []);
  });

  test('a directed effect on an outcome: the marker\'s loss turns it round', () => {
    assert.deepEqual(claimsOf('Loss of vimentin adversely affected overall survival.', kb), ['VIM associated-with(positive) OVERALL_SURVIVAL']);
  });

  test('rate comparison: a refractory against a naive group goes with resistance; a lost marker turns round', () => {
    assert.deepEqual(claimsOf('Vimentin loss was seen in 65% of trastuzumab-refractory tumours versus 30% of trastuzumab-naive tumours.', kb), [
      'VIM associated-with(negative) DRUG_RESISTANCE [ctx CANCER,DRUG_TRASTUZUMAB]',
    ]);
    assert.deepEqual(claimsOf('Vimentin staining rose from benign mucosa (12%) to gastric cancer (58%).', kb), ['VIM associated-with(positive) GASTRIC_CANCER']);
  });

  test('rate comparison: rates that do not pair with a disease and a normal group say nothing', () => {
    assert.deepEqual(claimsOf('Vimentin positivity was 80% in gastric cancer and 20% in colon cancer.', kb), []);
    assert.deepEqual(claimsOf('Vimentin positivity was 80%, 50% and 20% in gastric cancer and normal mucosa.', kb), []);
  });

  test('group levels: the group without the marker named first turns round; no measure named, no claim', () => {
    assert.deepEqual(claimsOf('Vimentin expression in tumours without Helicobacter pylori infection was lower than in those with it.', kb), [
      'HELICOBACTER_PYLORI associated-with(positive) VIM [ctx CANCER]',
    ]);
    assert.deepEqual(claimsOf('Survival was longer in patients with Helicobacter pylori infection.', kb), []);
  });

  test('sensitization: a sensitising agent lowers the resistance; a drug not after "to" is no outcome', () => {
    assert.deepEqual(claimsOf('Vimentin sensitized gastric cancer cells to trastuzumab.', kb), ['VIM decreases DRUG_RESISTANCE [ctx DRUG_TRASTUZUMAB,GASTRIC_CANCER]']);
    assert.deepEqual(claimsOf('Vimentin knockdown resensitised the cells, and trastuzumab was then given.', kb), []);
  });

  test('treated cells: each change after the agent\'s cells is the agent\'s, not one molecule\'s on the next', () => {
    assert.deepEqual(claimsOf('Trametinib-treated colon cancer cells showed reduced levels of vimentin and Snail.', kb), [
      'DRUG_TRAMETINIB decreases NCBIGENE_6615 [ctx DOID_219]',
      'DRUG_TRAMETINIB decreases VIM [ctx DOID_219]',
    ]);
    assert.deepEqual(claimsOf('Untouched epithelial cells showed enhanced expression of vimentin.', kb), []);
    assert.deepEqual(claimsOf('Trametinib-treated cells showed a marked decrease in the protein expression of vimentin.', kb), ['DRUG_TRAMETINIB decreases VIM']);
  });

  test('manipulated group: an overexpressing group\'s rise is the gene\'s; a group named by no manipulation says nothing', () => {
    assert.deepEqual(claimsOf('In the vimentin-overexpressing group, invasion rose; Snail levels fell.', kb), ['VIM decreases NCBIGENE_6615', 'VIM increases CELL_INVASION']);
    assert.deepEqual(claimsOf('In the control group, invasion rose; Snail levels fell.', kb), []);
  });

  test('association fallback: a bracketed definition no longer hides the association; a drug in a fronted setting is no marker', () => {
    assert.deepEqual(claimsOf('In gastric cancer treated with trastuzumab, MAPK pathway activation (KRAS mutation and/or vimentin loss) was associated with shorter overall survival.', kb), [
      'MAPK_ERK_PATHWAY associated-with(negative) OVERALL_SURVIVAL [ctx GASTRIC_CANCER]',
    ]);
    assert.deepEqual(claimsOf('Vimentin expression was associated with shorter overall survival.', kb), ['VIM associated-with(negative) OVERALL_SURVIVAL']);
  });

  test('time to event: a group named by the marker\'s negativity turns round; death is overall survival', () => {
    assert.deepEqual(claimsOf('Vimentin-negative patients died sooner than vimentin-positive patients.', kb), ['VIM associated-with(positive) OVERALL_SURVIVAL']);
  });

  test('clause anaphora: an association said of "this" is the earlier molecule\'s; with no molecule before it, nothing', () => {
    assert.deepEqual(claimsOf('Snail levels rose in the clone, which was associated with greater invasion.', kb), ['NCBIGENE_6615 associated-with(positive) CELL_INVASION']);
    assert.deepEqual(claimsOf('The clone grew quickly, but this did not correlate with invasion.', kb), []);
  });

  test('a fronted cohort ("In a cohort of patients with X-positive cancer, ...") is a setting, not a marker', () => {
    assert.deepEqual(claimsOf('In a cohort of patients with Snail-positive gastric cancer, higher vimentin levels were correlated with worse overall survival.', kb), [
      'VIM associated-with(negative) OVERALL_SURVIVAL [ctx GASTRIC_CANCER]',
    ]);
  });

  test('by targeting: the target is a route without an effect of its own; with no claim before it, nothing is added', () => {
    assert.deepEqual(claimsOf('Vimentin lowered Snail expression by directly targeting STAT3.', kb), ['VIM decreases NCBIGENE_6615 via STAT3']);
    assert.deepEqual(claimsOf('Cells were transfected with a construct targeting STAT3.', kb), []);
  });

  test('shared agent: a single passive is the verb reading\'s; an agent not after the last verb is no shared agent', () => {
    assert.deepEqual(claimsOf('Vimentin was reduced, and Snail was elevated in the resistant cells.', kb), []);
  });
  test('manipulated cells show: a knockout or an overexpression, each change word governing the events after it', () => {
    assert.deepEqual(claimsOf('STAT3-null mice developed delayed tumorigenesis and exhibited lower vimentin levels.', kb), ['STAT3 increases TUMORIGENESIS', 'STAT3 increases VIM']);
    assert.deepEqual(claimsOf('Snail-overexpressing cells exhibited enhanced migration.', kb), ['NCBIGENE_6615 increases CELL_MIGRATION']);
  });

  test('manipulated cells show: a strain bred on a knockout background, whose follow-up "revealed" the change', () => {
    // Issue 7 (h-actor31b): the background gene's name ("Abcb4-/-") ended the group's noun phrase, and "revealed"
    // was no verb of showing, so the sentence read nothing; the group still lacks STAT3.
    assert.deepEqual(claimsOf('Follow-up of STAT3-deficient Abcb4-/- mouse strains revealed faster tumorigenesis.', kb), ['STAT3 decreases TUMORIGENESIS']);
    assert.deepEqual(claimsOf('IL-6-null animals revealed lower vimentin levels.', kb), ['IL6 increases VIM']);
    // Without a manipulation before the background, the strain is no manipulated group.
    assert.deepEqual(claimsOf('Follow-up of Abcb4-/- mouse strains revealed faster tumorigenesis.', kb), []);
  });

  test('trial arms: the comparator named first; arms said not to differ, or figures in different units, read nothing', () => {
    assert.deepEqual(claimsOf('Median overall survival was 6.2 months with placebo and 9.0 months with sorafenib.', kb), ['SORAFENIB increases OVERALL_SURVIVAL']);
    assert.deepEqual(claimsOf('Overall survival did not differ, at 8.4 months in the sorafenib group and 8.1 months in the control group.', kb), []);
    assert.deepEqual(claimsOf('Median overall survival was 11 months in the sorafenib arm and 30 weeks in the placebo arm.', kb), []);
  });

  test('gained after cause: a denied taking on, or a process in the agent\'s place, reads nothing', () => {
    assert.deepEqual(claimsOf('The hepatoma cells never took on a mesenchymal morphology after exposure to IL-6.', kb), []);
    assert.deepEqual(claimsOf('The cells underwent EMT after the onset of hypoxia.', kb), []);
  });

  test('manipulated cells show: a denied showing is a denied effect, no change word reads nothing', () => {
    // The construction itself reads nothing from a denied showing; the loss-of-function group reading (h-w2basis)
    // reads what the sentence denies: knocking HIF-1α down did not lower invasion, so HIF-1α does not raise it.
    assert.deepEqual(claimsOf('HIF-1α knockdown cells did not show reduced invasion.', kb), ['NOT HIF1A increases CELL_INVASION']);
    assert.deepEqual(claimsOf('HIF-1α knockdown cells showed no change in invasion.', kb), []);
  });

  test('seen after: a change word before the event gives its direction; a negation denies it; a bare molecule reads nothing', () => {
    assert.deepEqual(claimsOf('Increased invasion was observed upon treatment with IL-11.', kb), ['IL11 increases CELL_INVASION']);
    // A denial reaches the claim it denies (issue 7, h-neg31): read as nothing, a denial of a reported effect was no evidence.
    assert.deepEqual(claimsOf('No EMT was seen after IL-11 incubation.', kb), ['NOT IL11 promotes EMT']);
    assert.deepEqual(claimsOf('EMT was not observed following IL-11 exposure.', kb), ['NOT IL11 promotes EMT']);
    assert.deepEqual(claimsOf('Vimentin was detected after hypoxia exposure.', kb), []);
  });
});
