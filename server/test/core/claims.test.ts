// What the checker reads in a sentence, checked against the bundled library's lexicon. Claims are written
// compactly (see formatClaim): "NOT" marks a negated claim, [ctx ...] the context, "via" the mediators.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

type Case = [sentence: string, claims: string[]];

function table(name: string, cases: Case[]): void {
  suite(`claims: ${name}`, () => {
    for (const [sentence, expected] of cases) {
      test(sentence, () => assert.deepEqual(claimsOf(sentence, kb), [...expected].sort()));
    }
  });
}

table('active and passive', [
  ['IL-11 promotes cell migration in OSCC.', ['IL11 promotes CELL_MIGRATION [ctx OSCC]']],
  ['IL-6 induced IGF-1 expression.', ['IL6 induces IGF1']],
  ['Ras upregulates IL-11.', ['RAS upregulates IL11']],
  ['MMP-13 expression was upregulated by IL-11 in OSCC cells.', ['IL11 upregulates MMP13 [ctx OSCC]']],
  ['IL-11 is upregulated by Ras.', ['RAS upregulates IL11']],
  ['IL-11 levels were elevated by CoCl2 in ATC cells.', ['COCL2 increases IL11 [ctx ATC]']],
  ['IL-11 was shown to upregulate MMP-13.', ['IL11 upregulates MMP13']],
  ['Interleukin-11 increased STAT1 phosphorylation.', ['IL11 increases STAT1']],
  ['IL-11 is associated with poor prognosis.', ['IL11 associated-with(positive) POOR_PROGNOSIS']],
  ['IL-11 expression was positively correlated with MMP-13 expression.', ['IL11 associated-with(positive) MMP13']],
]);

// A quantity or kind phrase between "by" and the agent ("by a number of X", "by several kinds of X") leaves "by" its
// governor: the agent is still the passive's subject, and a count ("the number of X") stays what it was.
table('agent behind a quantity phrase', [
  ['STAT3 can be activated by a broad range of growth factors.', ['GROWTH_FACTOR activates STAT3']],
  ['STAT3 is turned on by many different kinds of inflammatory cytokines.', ['INFLAMMATORY_CYTOKINE activates STAT3']],
  ['IL-6 raised the number of CAFs.', ['IL6 increases CAF']],
]);

// "set off" is a phrasal trigger, as "switch on" is; "set" is its own participle, so "is set off by X" is a passive.
table('set off', [
  ['Hypoxia sets off EMT in OSCC cells.', ['HYPOXIA induces EMT [ctx OSCC]']],
  ['Invasion of the tumour cells was set off by IL-11.', ['IL11 induces CELL_INVASION [ctx CANCER]']],
]);

// "an inhibitor of Y" said of the subject is an agent noun, as "a suppressor of Y" is; a drug described so inhibits
// its target, and "an inhibitor of X lowered Y" is still X's loss.
table('inhibitor of', [
  ['IL-6 acts as a strong inhibitor of apoptosis in HCC cells.', ['IL6 inhibits APOPTOSIS [ctx HCC]']],
  ['Sorafenib, an inhibitor of several kinases, is also an inhibitor of RAF.', ['SORAFENIB inhibits RAF_FAMILY']],
  // A drug described by what it blocks: "an antibody (directed) against X", "an antagonist of X"; not a reagent's use.
  ['Tocilizumab is a humanised antibody raised against IL-6R.', ['DRUG_TOCILIZUMAB inhibits IL6R']],
  ['Sarilumab, an antagonist of IL-6R, is given by injection.', ['SARILUMAB inhibits IL6R']],
  ['An antibody against IL-6R was used to stain the sections.', []],
  ['Blocking with an inhibitor of IGF-1R reduced IRS-1 levels.', ['IGF1R increases IRS1']],
]);

table('negation', [
  ['IL-11 did not increase MMP-3 expression.', ['NOT IL11 increases MMP3']],
  ['IL-11 failed to induce EMT.', ['NOT IL11 induces EMT']],
  ['MMP-13 was not upregulated by IL-11.', ['NOT IL11 upregulates MMP13']],
  ['IL-11 had no effect on MMP-3 expression.', ['IL11 no-effect MMP3']],
  ['IL-11 did not affect MMP-3.', ['IL11 no-effect MMP3']],
  ['IL-11 had no effect on MMP-3 expression in MDA-MB-231 cells.', ['IL11 no-effect MMP3 [ctx MDA_MB_231]']],
  ['Silencing of STAT3 did not affect MMP-3 expression.', ['STAT3 no-effect MMP3']],
  // "change" is a verb of unstated direction like "affect": denied, it reports no effect.
  ['Knocking down STAT3 did not change MMP-3 levels.', ['STAT3 no-effect MMP3']],
  ['IL-11 changed vimentin expression in MDA-MB-231 cells.', ['IL11 regulates VIM [ctx MDA_MB_231]']],
  // The copula's negation denies what a relative clause says of the predicate noun; "not only" asserts it.
  ['Hypoxia is not a mechanism that promotes metastasis.', ['NOT HYPOXIA promotes METASTASIS']],
  ['Hypoxia is a mechanism that promotes metastasis.', ['HYPOXIA promotes METASTASIS']],
  ['IL-6 is not only a cytokine that activates STAT3.', ['IL6 activates STAT3']],
  // A contracted negative is still the copula (and still the passive's auxiliary), with either apostrophe.
  ["Hypoxia isn't a mechanism that promotes metastasis.", ['NOT HYPOXIA promotes METASTASIS']],
  ['Hypoxia isn’t a mechanism that promotes metastasis.', ['NOT HYPOXIA promotes METASTASIS']],
  ["MMP-13 wasn't upregulated by IL-11.", ['NOT IL11 upregulates MMP13']],
  // A role denied by its determiner or by the verb's negation is no role (it read "X plays a role in Y").
  // An adjective that denies the relation: "unrelated to" reports no effect, as "dispensable for" does.
  ['In gastric cancer, MMP-2 levels were unrelated to vimentin expression.', ['MMP2 no-effect VIM [ctx GASTRIC_CANCER]']],
  // A verb's own base form in -en is a verb after "to", not a participle: "shown to weaken X" lowers X.
  ['Metformin was shown to weaken STAT1 activation in gastric cancer cells.', ['DRUG_METFORMIN decreases STAT1 [ctx GASTRIC_CANCER]']],
  ['In gastric cancer, STAT1 plays no role in angiogenesis.', ['NOT STAT1 promotes ANGIOGENESIS [ctx GASTRIC_CANCER]']],
  ['In gastric cancer, STAT1 has no role in angiogenesis.', ['NOT STAT1 promotes ANGIOGENESIS [ctx GASTRIC_CANCER]']],
  ['In gastric cancer, STAT1 does not play a role in angiogenesis.', ['NOT STAT1 promotes ANGIOGENESIS [ctx GASTRIC_CANCER]']],
  ['In gastric cancer, STAT1 plays not only a role in angiogenesis.', ['STAT1 promotes ANGIOGENESIS [ctx GASTRIC_CANCER]']],
]);

table('loss of function inverts the claim', [
  ['Knockdown of IL-11 reduced cell migration.', ['IL11 increases CELL_MIGRATION']],
  ['IL-11 silencing reduced cell invasion in MDA-MB-231 cells.', ['IL11 increases CELL_INVASION [ctx MDA_MB_231]']],
  ['Depletion of STAT3 decreased MMP-2 expression.', ['STAT3 increases MMP2']],
  // A fall named by a noun followed by 'in', or by an adjective after a causal 'led to' / 'resulted in'.
  ['Blocking STAT3 resulted in a drop in MMP-2 expression.', ['STAT3 induces MMP2']],
  ['Silencing STAT3 caused a decrease in MMP-2 levels.', ['STAT3 induces MMP2']],
  ['Silencing STAT3 led to reduced MMP-2 levels.', ['STAT3 induces MMP2']],
  ['IL-11 treatment resulted in a reduction in E-cadherin.', ['IL11 suppresses CDH1']],
  ['Inhibition of HIF-1α reduced IL-11 expression.', ['HIF1A increases IL11']],
  ['A neutralizing antibody against IL-11 reduced cell migration.', ['IL11 increases CELL_MIGRATION']],
  ['Treatment with an IL-11-neutralizing antibody reduced invasion.', ['IL11 increases CELL_INVASION']],
  ['IL-11 siRNA reduced cell invasion.', ['IL11 increases CELL_INVASION']],
  ['STAT3 siRNA decreased vimentin expression.', ['STAT3 increases VIM']],
  ['An IL-11 inhibitor reduced cell invasion.', ['IL11 increases CELL_INVASION']],
  ['Loss of STAT3 decreased N-cadherin expression.', ['STAT3 increases CDH2']],
  ['STAT3 knockdown enhanced E-cadherin expression.', ['STAT3 decreases CDH1']],
  ['IL-11 knockdown enhanced E-cadherin expression.', ['IL11 decreases CDH1']],
  ['Knockdown of HIF-1α abolished IL-11 upregulation.', ['HIF1A activates IL11']],
  // A named drug is an agent of its own, not a loss of function of something else.
  ['Akt inhibitor V suppressed EMT.', ['AKT_INHIBITOR_V suppresses EMT']],
  ['Blocking IL-6Rα with sarilumab reduced sorafenib resistance.', ['IL6R increases SORAFENIB_RESISTANCE', 'SARILUMAB decreases SORAFENIB_RESISTANCE']],
]);

table('nominal forms', [
  ['IL-11-induced STAT3 phosphorylation promoted invasion.', ['IL11 induces STAT3', 'STAT3 promotes CELL_INVASION']],
  ['Hypoxia-induced IL-11 expression promoted invasion.', ['HYPOXIA induces IL11', 'IL11 promotes CELL_INVASION']],
  ['The induction of MMP-13 by IL-11 was blocked.', ['IL11 induces MMP13']],
  ['STAT3 activation by IL-11 was observed.', ['IL11 activates STAT3']],
  // "Enhancement of Y by X" (a title's nominal, as "the induction of Y by X"); by X's loss, the other way round.
  ['Enhancement of cell invasion by IL-6 in gastric cancer cells', ['IL6 increases CELL_INVASION [ctx GASTRIC_CANCER]']],
  ['Enhancement of tumour growth by IL-6 blockade', ['IL6 decreases TUMOR_GROWTH']],
  ['The PI3K/Akt/GSK3β pathway mediates IL-11-induced EMT.', ['IL11 induces EMT', 'PI3K_AKT_GSK3B_PATHWAY promotes EMT']],
]);

table('mediators', [
  ['IL-11 increased MMP-13 expression through PI3K/Akt.', ['IL11 increases MMP13 via PI3K_AKT_PATHWAY']],
  ['IL-11 upregulated MMP-13 via IL-11Rα and gp130.', ['IL11 upregulates MMP13 via IL11RA+GP130']],
  ['IL-11 induced EMT through the PI3K/Akt/GSK3β pathway.', ['IL11 induces EMT via PI3K_AKT_GSK3B_PATHWAY']],
  ['IL-11 increased MMP-13 expression by activating AP-1.', ['IL11 activates AP1', 'IL11 increases MMP13 via AP1']],
  ['IL-11 promoted migration in a STAT3-dependent manner.', ['IL11 promotes CELL_MIGRATION via STAT3']],
  ['IL-11 promoted STAT3-dependent migration.', ['IL11 promotes CELL_MIGRATION via STAT3']],
  ['IL-11 promoted migration via STAT3 in MDA-MB-231 cells.', ['IL11 promotes CELL_MIGRATION [ctx MDA_MB_231] via STAT3']],
  ['IL-11 signals through gp130.', ['IL11 signals-through GP130']],
]);

table('contexts', [
  ['IL-11 enhanced invasion in breast cancer.', ['IL11 increases CELL_INVASION [ctx BREAST_CANCER]']],
  ['Hypoxia increased IL-11 expression in MDA-MB-231 cells.', ['HYPOXIA increases IL11 [ctx MDA_MB_231]']],
  ['IL-11 promoted the migration of MDA-MB-231 cells.', ['IL11 promotes CELL_MIGRATION [ctx MDA_MB_231]']],
  ['IL-11 promoted EMT in anaplastic thyroid carcinoma cells.', ['IL11 promotes EMT [ctx ATC]']],
  ['In OSCC cells, IL-11 upregulated MMP-13.', ['IL11 upregulates MMP13 [ctx OSCC]']],
  ['IL-11 increased MMP-2 expression in MDA-MB-231 cells under hypoxia.', ['IL11 increases MMP2 [ctx HYPOXIA,MDA_MB_231]']],
  ['Under hypoxia, IL-11 promoted invasion.', ['IL11 promotes CELL_INVASION [ctx HYPOXIA]']],
  ['IL-11 increased MMP-2 expression in hypoxic MDA-MB-231 cells.', ['IL11 increases MMP2 [ctx HYPOXIA,MDA_MB_231]']],
  ['IL-11 promoted the invasion of MDA-MB-231 cells under hypoxic conditions.', ['IL11 promotes CELL_INVASION [ctx HYPOXIA,MDA_MB_231]']],
  ['ATF3 upregulated IL-6Rα in sorafenib-treated HCC cells.', ['ATF3 upregulates IL6R [ctx HCC,SORAFENIB]']],
  ['In sorafenib-treated cells, ATF3 upregulated IL-6Rα.', ['ATF3 upregulates IL6R [ctx SORAFENIB]']],
  // With no agent named, the condition of the cells is the cause.
  ['IL-11 expression was increased under hypoxia.', ['HYPOXIA increases IL11']],
  ['Hypoxic cells secreted more IL-11.', ['HYPOXIA increases IL11']],
  // Unless the cells carry the loss of a name: that loss is the agent, the condition only where it was seen (h-para32).
  ['Invasion was strongly reduced in IL-11-depleted MDA-MB-231 cells under hypoxia.', ['IL11 increases CELL_INVASION [ctx HYPOXIA,MDA_MB_231]']],
  ['MMP-9 expression was decreased in STAT3-silenced cells cultured under hypoxic conditions.', ['STAT3 increases MMP9 [ctx HYPOXIA]']],
  ['MMP-2 secretion was diminished in STAT3-deficient MDA-MB-231 cells.', ['STAT3 increases MMP2 [ctx MDA_MB_231]']],
  ['Under hypoxia, migration was blunted in HIF-1α-knockdown ATC cells.', ['HIF1A increases CELL_MIGRATION [ctx ATC,HYPOXIA]']],
  // Or the name they were treated with: the cells' treatment is the agent, not an association of Y with the cancer.
  ['The expression of MMP-13 was robustly enhanced in IL-11-stimulated OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]']],
  ['E-cadherin was reduced in IL-11-treated MDA-MB-231 cells.', ['IL11 decreases CDH1 [ctx MDA_MB_231]']],
  ['MMP-9 expression was elevated in IL-11-treated MDA-MB-231 cells under hypoxia.', ['IL11 increases MMP9 [ctx HYPOXIA,MDA_MB_231]']],
  // With only a disease around, the sentence reports an association.
  ['IL-11 expression was elevated in OSCC tissues.', ['OSCC associated-with(positive) IL11 [ctx PATIENT_TISSUE]']],
  // Cell types (Cell Ontology): the cells a claim holds in, or its agent.
  ['In macrophages, IL-6 induced STAT3 phosphorylation.', ['IL6 induces STAT3 [ctx CL_0000235]']],
  ['Fibroblasts secreted IL-6.', ['CL_0000057 increases IL6']],
  ['IL-6 induced STAT3 phosphorylation in macrophages.', ['IL6 induces STAT3 [ctx CL_0000235]']],
  // As an object, a cell type the library holds no findings on is left out (no claim nothing could judge).
  ['IL-6 attracted macrophages.', []],
  // A cell type beside a cancer is a second place, not a narrower one: the claim's setting is the cancer.
  ['IL-6 raised proliferation in HCC cells and normal hepatocytes.', ['IL6 increases CELL_PROLIFERATION [ctx HCC]']],
  ['IL-6 raised proliferation in hepatocytes and in HCC cells.', ['IL6 increases CELL_PROLIFERATION [ctx HCC]']],
  // Animals named by a gene's loss, protected from (prone to) a process: the gene promotes (opposes) it; never a drug's effect.
  ['Mice lacking IL-6 are shielded from liver tumour formation.', ['IL6 promotes TUMORIGENESIS [ctx LIVER_CANCER]']],
  ['IL-11-deficient mice were susceptible to tumour formation.', ['IL11 suppresses TUMORIGENESIS']],
  // Cells lacking a gene susceptible to a drug: the gene raises resistance to it (sensitization.ts madeSensitive,
  // h-gap33), never the drug as a process the gene opposes.
  ['Cells lacking ATF4 were susceptible to sorafenib.', ['ATF4 increases SORAFENIB_RESISTANCE']],
  // The second member of a slash pair falls with the first: "inhibition of A/B", "a decrease in A/B levels".
  ['Loss of IL-6 in monocytes led to inhibition of IL-6/signal transducer and activator of transcription 1 signalling in HCC.', ['IL6 induces STAT1 [ctx HCC]']],
  // A pair whose symbols name a pathway the lexicon knows ("IL-6/STAT3 signalling") is that pathway, spelled out or not
  // (recognize.ts pathwaysOfLinkedMembers).
  ['Loss of IL-6 in monocytes led to inhibition of IL-6/signal transducer and activator of transcription 3 signalling in HCC.', ['IL6 induces IL6_STAT3_AXIS [ctx HCC]']],
  ['Sorafenib caused a decrease in IL-6/ATF4 levels in HCC cells.', ['SORAFENIB suppresses ATF4 [ctx HCC]', 'SORAFENIB suppresses IL6 [ctx HCC]']],
  // Resistance to a drug named after its class ("the proteasome inhibitor bortezomib", "agents such as cisplatin").
  ['ATF4 promotes resistance to the proteasome inhibitor bortezomib.', ['ATF4 promotes DRUG_RESISTANCE [ctx DRUG_BORTEZOMIB]']],
  ['STAT3 drives resistance to chemotherapeutic agents such as cisplatin.', ['STAT3 promotes DRUG_RESISTANCE [ctx DRUG_CISPLATIN]']],
  ['IL-6 increases resistance to the multikinase inhibitor sorafenib.', ['IL6 increases SORAFENIB_RESISTANCE']],
  // A cancer a molecule brings about (or whose loss holds back) is tumorigenesis there; a drug against it is not.
  ['Knockdown of IL-6 suppressed HCC in mice.', ['IL6 promotes TUMORIGENESIS [ctx HCC]']],
  ['IL-11 is a driver of oral cancer.', ['IL11 promotes TUMORIGENESIS [ctx ORAL_CANCER]']],
  ['Sorafenib inhibits HCC.', ['SORAFENIB inhibits HCC']],
  // Cancer in general is no one cancer's coming about; "the X of <cancer>" names another property of it.
  ['IL-11 promotes malignancy in these models.', ['IL11 promotes CANCER']],
  ['IL-11 raised the invasiveness of breast cancer.', ['IL11 increases CELL_INVASION [ctx BREAST_CANCER]']],
  // A ", which" clause on an object the library does not name is said of the main clause's agent.
  ['Activated STAT3 enhances gene transcription, which favours angiogenesis.', ['STAT3 promotes ANGIOGENESIS']],
  ['IL-6 induces expression of many genes, which promote invasion.', ['IL6 promotes CELL_INVASION']],
  // A disease word inside a compound modifier ("tumour-promoting") is no setting to associate the list with.
  ['Angiogenesis and tumour-promoting inflammation were hindered.', []],
  // The cells a gene was lost in ("deletion of X in macrophages") are part of the manipulation, not the claim's setting.
  ['IL-6 knockout in hepatocytes reduced HCC development.', ['IL6 increases TUMORIGENESIS [ctx HCC]']],
  ['Loss of STAT3 in monocytes/macrophages lowered invasion of HCC cells.', ['STAT3 increases CELL_INVASION [ctx HCC]']],
  // So is a cell line the sentence calls normal beside a cancer's cells (a control); unmarked, the line is a place.
  ['IL-6 raised growth in both normal L-02 cells and liver cancer cells.', ['IL6 increases CELL_GROWTH [ctx LIVER_CANCER]']],
  ['IL-6 raised growth in HCC cells and in immortalised L-02 cells.', ['IL6 increases CELL_GROWTH [ctx HCC]']],
  ['IL-6 raised growth in both L-02 cells and HCC cells.', ['IL6 increases CELL_GROWTH [ctx CELL_L02,HCC]']],
  ['IL-6 raised growth in normal L-02 cells.', ['IL6 increases CELL_GROWTH [ctx CELL_L02]']],
  // "CAFs in the TME": the setting holds the CAFs, so they are the frame's subject (the TME is where they are).
  ['Cancer-associated fibroblasts (CAFs) in the tumour microenvironment are implicated in chemoresistance.', ['CAF promotes CHEMORESISTANCE [ctx TUMOR_MICROENVIRONMENT]']],
  // "X are N that are not central to Y": the frame's span does not pass over the negation; "central to" (the
  // lexicon's, as "essential for") is read denied, never affirmed.
  ['CAFs are stromal cells that are not central to HCC progression.', ['NOT CAF promotes TUMOR_PROGRESSION [ctx HCC]']],
]);

table('several claims in one sentence', [
  ['IL-11 increased MMP-2 and MMP-9 expression.', ['IL11 increases MMP2', 'IL11 increases MMP9']],
  ['IL-11 increased MMP-2, MMP-3 and MMP-9 expression.', ['IL11 increases MMP2', 'IL11 increases MMP3', 'IL11 increases MMP9']],
  ['IL-11 decreased E-cadherin and increased vimentin.', ['IL11 decreases CDH1', 'IL11 increases VIM']],
  ['IL-11 increased MMP-2 and MMP-9 but not MMP-3.', ['IL11 increases MMP2', 'IL11 increases MMP9', 'IL11 no-effect MMP3']],
  ['Silencing STAT3 reduced MMP-2 and MMP-9 but not MMP-3.', ['STAT3 increases MMP2', 'STAT3 increases MMP9', 'STAT3 no-effect MMP3']],
  ['IL-11 increased MMP-2 and MMP-9, but not MMP-3, in MDA-MB-231 cells.', [
    'IL11 increases MMP2 [ctx MDA_MB_231]', 'IL11 increases MMP9 [ctx MDA_MB_231]', 'IL11 no-effect MMP3 [ctx MDA_MB_231]',
  ]],
  ['IL-11 increased STAT3 phosphorylation, which increased MMP-2 expression.', ['IL11 increases STAT3', 'STAT3 increases MMP2']],
  // Each clause keeps its own context.
  ['IL-11 increases MMP-2 expression in MDA-MB-231 cells, whereas it increases MMP-13 in OSCC cells.', [
    'IL11 increases MMP13 [ctx OSCC]', 'IL11 increases MMP2 [ctx MDA_MB_231]',
  ]],
]);

table('no claims', [
  ['We examined whether IL-11 regulates MMP-13.', []],
  ['To test whether IL-11 promotes migration, we used siRNA.', []],
  ['Cells were treated with IL-11 for 24 h.', []],
  ['Cells were stimulated with IL-11 (10 ng/ml) for 24 h.', []],
  ['Cells were incubated with 10 ng/ml IL-11 and lysed in RIPA buffer.', []],
  ['Cells were transfected with IL-11 siRNA.', []],
  ['IL-99 promotes frobnication.', []],
  ['IL-11 promotes frobnication.', []],
  // A subject no layer knows (p53 is in the lexicon of biomedicine now, so a made-up name stands in).
  ['Frobnin increased IL-11 expression.', []],
]);

suite('claims: hedges, inversion and own findings', () => {
  const readings: [sentence: string, hedged: boolean, ownFinding: boolean, claim: string][] = [
    ['IL-11 promotes cell migration.', false, false, 'IL11 promotes CELL_MIGRATION'],
    ['IL-11 may promote cell migration.', true, false, 'IL11 promotes CELL_MIGRATION'],
    ['IL-11 might promote metastasis.', true, false, 'IL11 promotes METASTASIS'],
    ['These results suggest that IL-11 promotes cell migration.', true, false, 'IL11 promotes CELL_MIGRATION'],
    ['It is likely that IL-11 promotes metastasis.', true, false, 'IL11 promotes METASTASIS'],
    ['We hypothesized that IL-11 promotes migration.', true, false, 'IL11 promotes CELL_MIGRATION'],
    ['Here we show that IL-11 promotes cell migration.', false, true, 'IL11 promotes CELL_MIGRATION'],
    ['We found that IL-11 promotes cell migration.', false, true, 'IL11 promotes CELL_MIGRATION'],
    ['Our data indicate that IL-11 promotes cell migration.', false, true, 'IL11 promotes CELL_MIGRATION'],
    ['Our results demonstrate that IL-11 promotes migration.', false, true, 'IL11 promotes CELL_MIGRATION'],
    ['In this study, we showed that IL-11 promotes migration.', false, true, 'IL11 promotes CELL_MIGRATION'],
    ['Wu et al. showed that IL-11 promotes cell migration.', false, false, 'IL11 promotes CELL_MIGRATION'],
    ['Previous studies showed that IL-11 promotes migration.', false, false, 'IL11 promotes CELL_MIGRATION'],
    ['Zhong et al. demonstrated that IL-11 induces EMT.', false, false, 'IL11 induces EMT'],
  ];
  for (const [sentence, hedged, ownFinding, claim] of readings) {
    test(sentence, () => {
      const s = onlySentence(sentence, kb);
      assert.deepEqual(claimsOf(sentence, kb), [claim]);
      assert.equal(s.hedged, hedged, 'sentence hedged');
      assert.ok(s.claims.every((c) => c.claim.hedged === hedged), 'claims hedged');
      assert.equal(s.ownFinding, ownFinding, 'own finding');
    });
  }

  test('a hedge keeps the relation and the verdict', () => {
    const plain = onlySentence('IL-11 upregulated MMP-13 in OSCC cells.', kb);
    const hedged = onlySentence('IL-11 may upregulate MMP-13 in OSCC cells.', kb);
    assert.equal(hedged.claims[0].claim.relation, plain.claims[0].claim.relation);
    assert.equal(hedged.verdict, 'supported');
    assert.equal(plain.verdict, 'supported');
  });

  test('inverted claims are marked as such', () => {
    const cases: [string, boolean][] = [
      ['Knockdown of IL-11 reduced cell migration.', true],
      ['IL-11 siRNA reduced cell invasion.', true],
      ['IL-11 promoted cell migration.', false],
      ['Akt inhibitor V suppressed EMT.', false],
    ];
    for (const [sentence, inverted] of cases) {
      const s = onlySentence(sentence, kb);
      assert.equal(s.claims.length, 1, sentence);
      assert.equal(s.claims[0].claim.inverted, inverted, sentence);
    }
  });

  test('claim offsets cover the words of the claim', () => {
    const text = 'In OSCC cells, IL-11 upregulated MMP-13.';
    const s = onlySentence(text, kb);
    const claim = s.claims[0].claim;
    assert.equal(text.slice(claim.start, claim.end), 'IL-11 upregulated MMP-13');
  });
});

suite('claims: what a careful reader reads, and the checker does not (yet)', () => {
  // BUG: a nominal claim with no verb trigger in the sentence is lost; modifiers ("IL-11-induced") are only
  // collected inside the roles of a trigger. Got [].
  test('a nominal claim on its own: "IL-11-induced STAT3 phosphorylation was observed in MDA-MB-231 cells."', () => {
    assert.deepEqual(claimsOf('IL-11-induced STAT3 phosphorylation was observed in MDA-MB-231 cells.', kb), ['IL11 induces STAT3 [ctx MDA_MB_231]']);
  });

  // BUG: "response to sorafenib" is a lexicon synonym of SORAFENIB_SENSITIVITY, so the cause becomes an object:
  // got ["IL6R increases SORAFENIB_SENSITIVITY [ctx HCC]"] (and [] for the passive "was increased in response to").
  test('"in response to" names the cause: "IL-6Rα expression increased in response to sorafenib in HCC cells."', () => {
    assert.deepEqual(claimsOf('IL-6Rα expression increased in response to sorafenib in HCC cells.', kb), ['SORAFENIB increases IL6R [ctx HCC]']);
    assert.deepEqual(claimsOf('IL-6Rα expression was increased in response to sorafenib.', kb), ['SORAFENIB increases IL6R']);
  });

  // BUG: the intransitive "X increased under <condition>" yields no claim, while the passive "X was increased
  // under hypoxia" yields HYPOXIA increases X. Got [].
  test('intransitive with a condition: "IL-11 expression increased under hypoxia."', () => {
    assert.deepEqual(claimsOf('IL-11 expression increased under hypoxia.', kb), ['HYPOXIA increases IL11']);
  });

  // BUG: "correlated positively with" / "correlated negatively with" are not triggers (only "positively correlated
  // with" is). Got [].
  test('"X correlated positively with Y"', () => {
    assert.deepEqual(claimsOf('IL-11 expression correlated positively with MMP-13 expression.', kb), ['IL11 associated-with(positive) MMP13']);
    assert.deepEqual(claimsOf('IL-11 expression correlated negatively with E-cadherin expression.', kb), ['IL11 associated-with(negative) CDH1']);
  });

  // BUG: an excluded subject takes the claim: got ["IL6 increases MMP13"], the opposite of what is said, and
  // nothing for IL-11.
  test('"IL-11, but not IL-6, increased MMP-13 expression."', () => {
    assert.deepEqual(claimsOf('IL-11, but not IL-6, increased MMP-13 expression.', kb), ['IL11 increases MMP13', 'IL6 no-effect MMP13']);
  });

  // BUG: "neither ... nor" is not read as a negation: got ["IL11 increases MMP3", "IL6 increases MMP3"],
  // the opposite of what is said.
  test('"Neither IL-11 nor IL-6 increased MMP-3 expression."', () => {
    const s = onlySentence('Neither IL-11 nor IL-6 increased MMP-3 expression.', kb);
    assert.deepEqual(s.claims.map((c) => c.claim.subject.entityId).sort(), ['IL11', 'IL6']);
    for (const { claim } of s.claims) assert.ok(claim.negated || claim.relation === 'no-effect', `${claim.subject.entityId} is negated`);
  });
});

table('wordings met in manuscripts', [
  ['Hypoxia raised IL-11 secretion in MDA-MB-231 cells.', ['HYPOXIA increases IL11 [ctx MDA_MB_231]']],
  ['NT157 destabilises IRS-1 in HCC cells.', ['NT157 decreases IRS1 [ctx HCC]']],
  ['IL-11 has been implicated as a promoter of metastatic spread in gastric carcinoma.', ['IL11 promotes METASTASIS [ctx GASTRIC_CANCER]']],
  ['Higher IL-11 levels in OSCC specimens went along with advanced clinical stage.', ['IL11 associated-with(positive) CLINICAL_STAGE [ctx OSCC,PATIENT_TISSUE]']],
  ['IL-11 acts downstream of hypoxia.', ['HYPOXIA regulates IL11']],
  ['We speculate that a CAF-derived factor destabilises IRS-1.', []],
  ['STAT3 silencing left MMP-9 mRNA unchanged in MDA-MB-231 cells.', ['STAT3 no-effect MMP9 [ctx MDA_MB_231]']],
  ['IL-11 expression declined after sorafenib treatment of HCC cells.', ['SORAFENIB decreases IL11 [ctx HCC]']],
]);

table('intransitive verbs of change with their cause after them', [
  // Verbs of change that take no object: the subject changes, the cause follows "after", "upon", "following".
  ['STAT3 phosphorylation climbed after sorafenib treatment.', ['SORAFENIB increases STAT3']],
  ['IL-6 secretion soared following sorafenib exposure.', ['SORAFENIB increases IL6']],
  ['E-cadherin expression plummeted after IL-11 treatment.', ['IL11 decreases CDH1']],
  ['Vimentin expression surged in response to IL-11.', ['IL11 increases VIM']],
  // The entity of "treatment with X" is the cause, not a second object ("E-cadherin lowers IL-11").
  ['E-cadherin levels fell after treatment with IL-11.', ['IL11 decreases CDH1']],
  // A factor taken away is a loss of function: the fall says the factor raises what fell.
  ['MMP-13 expression waned following IL-11 withdrawal.', ['IL11 increases MMP13']],
  ['MMP-13 expression fell following withdrawal of IL-11.', ['IL11 increases MMP13']],
]);

suite('claims: references back and clauses', () => {
  test('"the cytokine" refers back to the last cytokine named', () => {
    assert.deepEqual(claimsOf('Recombinant IL-11 increased STAT3 phosphorylation, and the cytokine also raised MMP-9.', kb), ['IL11 increases MMP9', 'IL11 increases STAT3']);
  });

  test('a reported conclusion keeps its context to itself', () => {
    assert.deepEqual(
      claimsOf('IL-11 increased cell invasion in MDA-MB-231 cells, indicating that IL-11 acts downstream of hypoxia.', kb),
      ['HYPOXIA regulates IL11', 'IL11 increases CELL_INVASION [ctx MDA_MB_231]'],
    );
  });

  test('an opening subordinate clause has its own context', () => {
    assert.deepEqual(
      claimsOf('Whereas IL-11 raised STAT3 phosphorylation in MDA-MB-231 cells, it failed to activate AP-1 in OSCC cells.', kb),
      ['IL11 increases STAT3 [ctx MDA_MB_231]', 'NOT IL11 activates AP1 [ctx OSCC]'],
    );
  });
});

table('routes, loss-of-function wordings, sentence context (issue 7)', [
  // An event of an entity after "through"/"via" is the route of the claim, not its object.
  ['IL-11 increases MMP-13 through phosphorylation of STAT3.', ['IL11 increases MMP13 via STAT3']],
  ['Sarilumab lowered tumor growth in part through suppression of STAT3.', ['SARILUMAB decreases TUMOR_GROWTH via STAT3']],
  ['IL-11 promotes invasion via the activation of STAT3 and ERK.', ['IL11 promotes CELL_INVASION via STAT3+ERK']],
  // Loss of function has more wordings than knockdown.
  ['Interfering with IL-11 reduced cell migration.', ['IL11 increases CELL_MIGRATION']],
  ['Targeting STAT3 decreased MMP-13 expression.', ['STAT3 increases MMP13']],
  ['Blocking the expression of IL-11 reduced invasion.', ['IL11 increases CELL_INVASION']],
  ['Deletion of STAT3 reduced tumor growth.', ['STAT3 increases TUMOR_GROWTH']],
  // Two entities silenced together both lose their function.
  ['Co-silencing IL-6 and STAT3 reduced cell migration.', ['IL6 increases CELL_MIGRATION', 'STAT3 increases CELL_MIGRATION']],
  // "not only ... but also" asserts both halves, and the context named once covers both.
  ['IL-11 not only promotes cell migration but also enhances invasion in OSCC cells.', ['IL11 increases CELL_INVASION [ctx OSCC]', 'IL11 promotes CELL_MIGRATION [ctx OSCC]']],
  // ... also when "not only" stands after the verb, before its first object: nothing is excluded (it read "IL-11
  // has no effect on migration", a false contradiction), and the object after "but also" is the verb's too.
  ['In OSCC cells, IL-11 raised not only cell migration but also invasion.', ['IL11 increases CELL_INVASION [ctx OSCC]', 'IL11 increases CELL_MIGRATION [ctx OSCC]']],
  ['Sorafenib raised not only IL-6 levels but also STAT3 phosphorylation in liver cancer cells.', ['SORAFENIB increases IL6 [ctx LIVER_CANCER]', 'SORAFENIB increases STAT3 [ctx LIVER_CANCER]']],
  ['Hypoxia induced not just IL-11 secretion but also EMT in breast cancer cells.', ['HYPOXIA induces EMT [ctx BREAST_CANCER]', 'HYPOXIA induces IL11 [ctx BREAST_CANCER]']],
  // "Inhibitors of A and B" take the function of both away (the drug in "the STAT3 inhibitor Stattic" acts itself).
  ['Inhibitors of JAK2 and STAT3 blocked EMT in breast cancer cells.', ['NCBIGENE_3717 activates EMT [ctx BREAST_CANCER]', 'STAT3 activates EMT [ctx BREAST_CANCER]']],
  // Contrasting clauses that name their own contexts keep them.
  ['IL-11 raised MMP-13 in OSCC cells, whereas it lowered MMP-13 in breast cancer cells.', ['IL11 decreases MMP13 [ctx BREAST_CANCER]', 'IL11 increases MMP13 [ctx OSCC]']],
  // Where cells come from is not where the claim holds.
  ['In HepG2 cells derived from HCC, hypoxia increased IL-6 secretion.', ['HYPOXIA increases IL6 [ctx HEPG2]']],
  // But the disease a cell type was taken from is where that cell type's claim holds, also in a fronted clause.
  ['CAFs obtained from colorectal tumours released more IL-6.', ['CAF increases IL6 [ctx COLORECTAL_CANCER]']],
  ['When isolated from pancreatic cancer, CAFs produced IL-6.', ['CAF increases IL6 [ctx DOID_1793]']],
  ['IL-11 expression correlates well with MMP-13 expression.', ['IL11 associated-with(positive) MMP13']],
  ['IL-11 expression is related to poor prognosis.', ['IL11 associated-with(positive) POOR_PROGNOSIS']],
  ['IL-11 is linked with lymph node metastasis.', ['IL11 associated-with(positive) LYMPH_NODE_METASTASIS']],
  ['Hypoxia can trigger EMT and thus impede metastasis.', ['HYPOXIA induces EMT', 'HYPOXIA inhibits METASTASIS']],
  // A title in Title Case reads like a sentence; "antibody to X" is the loss of X.
  ['Antibody to Interleukin-11 Suppresses Tumor Growth in Colorectal Carcinoma Xenografts', ['IL11 promotes TUMOR_GROWTH [ctx COLORECTAL_CANCER,XENOGRAFT]']],
  ['Interleukin-11 Promotes Cell Migration in Oral Squamous Cell Carcinoma', ['IL11 promotes CELL_MIGRATION [ctx OSCC]']],
  // A fronted participle clause: its agent acts on the subject, not on the subject's object.
  ['Secreted by CAFs, IL-6 promotes HCC progression.', ['CAF increases IL6 [ctx HCC]', 'IL6 promotes TUMOR_PROGRESSION [ctx HCC]']],
  // A participle chain shares its subject.
  ['IL-11 engages its receptor, thereby recruiting gp130, phosphorylating STAT3 and inducing MMP-13 in OSCC cells.', ['IL11 activates GP130 [ctx OSCC]', 'IL11 activates STAT3 [ctx OSCC]', 'IL11 induces MMP13 [ctx OSCC]']],
  // A relative clause's route is not the subject of the main verb.
  ['Cytokines of the IL-6 family such as IL-11 that signal through gp130 drive EMT.', ['IL11 signals-through GP130']],
  // A disease that only qualifies a count is not what something causes: the count (mortality, which the breast
  // cancer paper names as the death rate metastasis raises) is the object, the disease its context.
  ['Distant metastasis, a leading cause of breast cancer mortality, remains hard to treat.', ['DISTANT_METASTASIS induces MORTALITY [ctx BREAST_CANCER]']],
  // A second predicate after a relative clause belongs to the sentence's subject; the relative clause describes
  // the predicate noun, which is IL-6 too.
  ['IL-6 is a cytokine that modulates inflammation, and is a key activator of STAT3.', ['IL6 activates STAT3', 'IL6 regulates INFLAMMATION']],
  // "crosstalk between A and B" qualifies a noun; the means ("by supporting X") carries the claim.
  ['IL-6 mediates crosstalk between tumor cells and CAFs by supporting tumor growth.', ['IL6 promotes TUMOR_GROWTH [ctx CANCER]']],
  // A decoy oligonucleotide is the loss of the factor it traps.
  ['AP-1 decoy oligonucleotide reduced MMP-13 promoter activity.', ['AP1 increases MMP13']],
]);

table('a participle after "by" names a state, not a verb with a subject', [
  // "accompanied by enhanced X": "enhanced" has no subject; the cytokine before it raises nothing here.
  ['We saw a strong induction of IL-11 expression, accompanied by enhanced STAT3 binding to its promoter.', []],
  ['IL-11 levels doubled, followed by increased MMP-9 secretion.', []],
  ['Cell invasion was driven by increased MMP-9 secretion.', ['MMP9 promotes CELL_INVASION']],
  // A gerund after "by" is still a means.
  ['IL-11 enhanced invasion by activating STAT3.', ['IL11 activates STAT3', 'IL11 increases CELL_INVASION via STAT3']],
]);

table('wordings of stopping, contrast and inhibitor classes', [
  // An arrest stops the process: a drug that causes growth arrest lowers growth (it was read as raising it).
  ['Sorafenib caused growth arrest in HCC cells.', ['SORAFENIB suppresses CELL_GROWTH [ctx HCC]']],
  // (Two turns, the loss and the arrest, cancel: the verb's own relation stands, stop 48.)
  ['Silencing IL-11 led to growth arrest.', ['IL11 induces CELL_GROWTH']],
  // "yet" joins two verbs of one subject, as "but" does.
  ['Sorafenib lowered invasion yet raised IL-6 secretion in HCC cells.', ['SORAFENIB decreases CELL_INVASION [ctx HCC]', 'SORAFENIB increases IL6 [ctx HCC]']],
  ['IL-11 has not yet been shown to raise MMP-13.', ['NOT IL11 increases MMP13']],
  // A receptor's tyrosine kinase inhibitor is the receptor's loss of function.
  ['EGFR TKIs raised IL-6 secretion.', ['NCBIGENE_1956 decreases IL6']],
]);

table('a drug\'s targets are what it inhibits (drugTargets.ts)', [
  ['STAT3 is a direct target of NT157.', ['NT157 inhibits STAT3']],
  ['NT157 selectively targets IGF-1R in HCC cells.', ['NT157 inhibits IGF1R [ctx HCC]']],
  // Only a drug's targets: a factor's target genes are another relation (frames.ts target-of, stop 49: the factor
  // regulates its target, no inhibition).
  ['MMP-13 is a target of STAT3.', ['STAT3 regulates MMP13']],
]);

table('patients grouped by the drug they received (treatedPatients.ts)', [
  ['Sorafenib-treated patients lived longer.', ['SORAFENIB increases SURVIVAL']],
  ['Patients receiving sorafenib showed poorer overall survival than the control group.', ['SORAFENIB decreases OVERALL_SURVIVAL']],
  // A marker's group stays an association (patientGroups.ts).
  ['Patients with vimentin loss had a shorter overall survival.', ['VIM associated-with(positive) OVERALL_SURVIVAL']],
  // The arm of a study named by its drug (stop 38): the group received the drug.
  ['Against placebo, the regorafenib arm achieved a longer progression-free survival.', ['REGORAFENIB increases PROGRESSION_FREE_SURVIVAL']],
  ['In that cohort, the sorafenib treatment group had a poorer overall survival than the control group.', ['SORAFENIB decreases OVERALL_SURVIVAL']],
  ['The sorafenib cohort has shown better overall survival since the trial began.', ['SORAFENIB increases OVERALL_SURVIVAL']],
  // Not a group named by the drug's absence, nor two drugs' arms ranked against each other.
  ['The non-sorafenib group had a longer overall survival.', []],
  ['The sorafenib arm had a shorter overall survival than the lenvatinib arm.', []],
]);

table('effects named by nouns and adjectives (frames.ts)', [
  ['The anti-invasive effect of NT157 was strong.', ['NT157 inhibits CELL_INVASION']],
  ['IL-11 had no marked effect on STAT3.', ['IL11 no-effect STAT3']],
]);

table('resistance to a process is less of it; resistance to a list of drugs is to each', [
  ['IL-11 confers resistance to apoptosis induced by cisplatin.', ['DRUG_CISPLATIN induces APOPTOSIS', 'IL11 suppresses APOPTOSIS']],
  ['Resistance to apoptosis was promoted by IL-11.', ['IL11 suppresses APOPTOSIS']],
  // The second drug of the list is no object of its own ("IL-11 promotes gefitinib").
  ['IL-11 drives resistance to cisplatin, gefitinib or sorafenib.', ['IL11 promotes DRUG_RESISTANCE [ctx DRUG_CISPLATIN]', 'IL11 promotes SORAFENIB_RESISTANCE']],
]);

table('resistance to a class of drugs named by its target (drugOutcome.ts)', [
  // "IGF-1 raises EGFR" is no claim of these sentences: the drugs against EGFR are resisted.
  ['IGF-1 drives resistance to EGFR inhibitors.', ['IGF1 promotes DRUG_RESISTANCE [ctx NCBIGENE_1956]']],
  ['IGF-1 drives resistance to anti-EGFR therapy.', ['IGF1 promotes DRUG_RESISTANCE [ctx NCBIGENE_1956]']],
  // "both" inside a term adds nothing to its name.
  ['IL-11 drives resistance to both chemotherapeutic drugs and radiation.', ['IL11 promotes CHEMORESISTANCE']],
]);

suite('claims: a pronoun after a subordinating word', () => {
  test('"X is harmful in OSCC, since it was linked to Y": "it" is the main clause\'s subject, not the cancer named between', () => {
    assert.deepEqual(claimsOf('High IL-11 expression may be harmful in OSCC, since it was associated with shorter survival.', kb), ['IL11 associated-with(negative) SURVIVAL [ctx OSCC]']);
  });
  test('a pronoun with no name before it stays unread', () => {
    assert.deepEqual(claimsOf('Since it was associated with shorter survival, the marker matters.', kb), []);
  });
});

suite('claims: a bracketed name after a class noun of molecules (h-noread)', () => {
  test('"binds a particular receptor (X)" reads as "binds a receptor, X"', () => {
    assert.deepEqual(claimsOf('IL-11 signals through one specific receptor (IL-11Rα).', kb).filter((c) => c.includes('IL11RA')).length > 0, true);
    assert.deepEqual(claimsOf('Hypoxia raised the level of a transcription factor (HIF-1α) in the cells.', kb).some((c) => c.startsWith('HYPOXIA') && c.includes('HIF1A')), true);
  });
  test('a bracket after a name or after a word that is no class noun of molecules is still an aside', () => {
    assert.deepEqual(claimsOf('Interleukin-6 (IL-6) activates STAT3.', kb), ['IL6 activates STAT3']);
    assert.ok(!claimsOf('IL-6 raised invasion of the cells (MDA-MB-231).', kb).some((c) => c.includes('MDA_MB_231')));
  });
});

suite('claims: a clause opened by "its expression" (h-noread)', () => {
  test('"X is raised in Z, and its expression is linked with Y": the possessive is the one molecule named before it', () => {
    assert.ok(claimsOf('Vimentin is strongly upregulated in gastric tumours, and its expression correlated with lymph node metastasis.', kb).some((c) => c.startsWith('VIM associated-with(positive) LYMPH_NODE_METASTASIS')), JSON.stringify(claimsOf('Vimentin is strongly upregulated in gastric tumours, and its expression correlated with lymph node metastasis.', kb)));
    assert.ok(claimsOf('Not only was STAT3 activated in the biopsies; its activity was associated with shorter survival.', kb).some((c) => c.startsWith('STAT3 associated-with(negative) SURVIVAL')), JSON.stringify(claimsOf('Not only was STAT3 activated in the biopsies; its activity was associated with shorter survival.', kb)));
  });
  test('"and" alone may open the possessive\'s clause; a possessive that is no clause\'s subject is left alone', () => {
    assert.ok(claimsOf('MMP-13 is raised in oral tumours and its expression is associated with lymph node metastasis.', kb).some((c) => c.startsWith('MMP13 associated-with(positive) LYMPH_NODE_METASTASIS')));
    assert.ok(!claimsOf('Levels of IL-6 and its expression in tumours were measured.', kb).some((c) => c.startsWith('IL6')));
  });
  test('two molecules before the possessive, or none, leave it unread', () => {
    assert.ok(!claimsOf('IL-6 activates STAT3, and its expression correlates with invasion.', kb).some((c) => c.includes('CELL_INVASION')));
    assert.deepEqual(claimsOf('In these tumours, its expression correlates with invasion.', kb), []);
  });
  // Stop 50 (h-actor50): a clause before the comma that reads no relation ("is abundant in", "is a kinase") was taken
  // for the possessive's own words, and the sentence read nothing.
  test('after a clause with no relation: "X is abundant in Z, and its expression drives Y"', () => {
    assert.deepEqual(claimsOf('IL-11 is plentiful in the tumour stroma, and its expression drives invasion.', kb), ['IL11 promotes CELL_INVASION [ctx TUMOR_MICROENVIRONMENT]']);
    assert.deepEqual(claimsOf('STAT3 is a latent transcription factor, but its activation does not drive invasion.', kb), ['NOT STAT3 promotes CELL_INVASION']);
    // Near misses: a possessed noun that is another molecule, and two names before the possessive.
    assert.deepEqual(claimsOf('IL-11 is plentiful in the tumour stroma, and its receptor drives invasion.', kb), []);
    assert.ok(!claimsOf('IL-11 and IL-6 are plentiful in the tumour stroma, and its expression drives invasion.', kb).some((c) => c.includes('CELL_INVASION')));
  });
});

suite('claims: a target named before "targeting"', () => {
  test('"dual EGFR targeting lowered growth": the receptor is blocked, so EGFR raises growth', () => {
    assert.deepEqual(claimsOf('Dual EGFR targeting with two antibodies lowered tumour growth.', kb), ['NCBIGENE_1956 increases TUMOR_GROWTH']);
  });
});

suite('claims: Smad proteins as a family', () => {
  test('"Smad activation" names the Smads, of which SMAD4 is one', () => {
    assert.deepEqual(claimsOf('TGF-β-induced Smad activation was seen in the cells.', kb), ['TGFB_FAMILY induces SMAD_FAMILY']);
    // Named only as blocked, the induction is taken for granted, not asserted (preventedEvent.ts, issue 7).
    assert.deepEqual(claimsOf('The inhibitor blocked TGF-β-induced Smad activation.', kb), []);
    assert.ok(kb.isA('NCBIGENE_4089', 'SMAD_FAMILY'));
  });
  test('a verb after "and" shares the subject of the copula before it, not a name in the complement\'s phrase', () => {
    assert.deepEqual(claimsOf('Sustained IL-6 signalling is detrimental to hepatocytes and may ultimately cause liver tumour development.', kb), ['IL6 induces TUMORIGENESIS [ctx LIVER_CANCER]']);
    assert.deepEqual(claimsOf('STAT3 is a latent transcription factor and drives invasion.', kb), ['STAT3 promotes CELL_INVASION']);
    // A subject of its own after "and" keeps its verb.
    assert.deepEqual(claimsOf('IL-6 is abundant in the stroma and STAT3 drives invasion.', kb), ['STAT3 promotes CELL_INVASION']);
  });
  test('"pro-" before a process adjective names the process its bearer drives, with or without a noun after it', () => {
    // Said of both members of the coordinated subject (coordination.ts), not only of the nearer one.
    assert.deepEqual(claimsOf('IL-6 and STAT3 are pro-tumorigenic agents in many human cancers.', kb), ['IL6 promotes TUMORIGENESIS [ctx CANCER]', 'STAT3 promotes TUMORIGENESIS [ctx CANCER]']);
    assert.deepEqual(claimsOf('IL-11 is pro-angiogenic.', kb), ['IL11 promotes ANGIOGENESIS']);
    assert.deepEqual(claimsOf('IL-11 is not pro-angiogenic in these tumours.', kb), ['NOT IL11 promotes ANGIOGENESIS [ctx CANCER]']);
  });
});

// Unseen real prose at the scope's edges (fresh-scope, half B): each reading with a sentence of our own, and a
// near miss where the words must not make the claim.
table('fresh-scope readings', [
  ['IL-11 adds to the invasion of OSCC cells.', ['IL11 promotes CELL_INVASION [ctx OSCC]']],
  ['IL-6 and IL-11 add to the invasion of OSCC cells.', ['IL11 promotes CELL_INVASION [ctx OSCC]', 'IL6 promotes CELL_INVASION [ctx OSCC]']],
  // Near miss: "added to" in a method names no effect.
  ['IL-11 was added to the medium of OSCC cells.', []],
  ['STAT3 serves as a key regulator in the invasion of breast cancer cells.', ['STAT3 regulates CELL_INVASION [ctx BREAST_CANCER]']],
  ['Sorafenib was effective in prolonging the survival of patients with HCC.', ['SORAFENIB increases SURVIVAL [ctx HCC]']],
  // Near miss: "ineffective" denies the effect.
  ['Sorafenib is ineffective in prolonging the survival of patients with HCC.', ['NOT SORAFENIB increases SURVIVAL [ctx HCC]']],
  // "shRNA silencing": the second loss-of-function noun is no verb of its own; the loss turns the change round.
  ['STAT3 shRNA silencing reduced the invasion of OSCC cells.', ['STAT3 increases CELL_INVASION [ctx OSCC]']],
  // "contributes little to": a contribution denied by its degree.
  ['IL-11 contributes little to the invasion of MDA-MB-231 cells.', ['IL11 no-effect CELL_INVASION [ctx MDA_MB_231]']],
  ['IL-11 contributes to the invasion of MDA-MB-231 cells.', ['IL11 promotes CELL_INVASION [ctx MDA_MB_231]']],
]);

// An association whose second partner is named lowered runs the other way (kb/outcomes.ts associationTurnedAt):
// the finding is about less of it. A lowered first partner is the reader's loss reading, turned once, not twice.
table('association with a partner named lowered', [
  ['Tumour hypoxia was associated with reduced invasion.', ['HYPOXIA associated-with(negative) CELL_INVASION']],
  ['Hypoxia was linked to a lower risk of metastasis.', ['HYPOXIA associated-with(negative) METASTASIS']],
  ['IL-11 expression correlated with diminished STAT3 phosphorylation.', ['IL11 associated-with(negative) STAT3']],
  ['Hypoxia was associated with increased invasion.', ['HYPOXIA associated-with(positive) CELL_INVASION']],
  ['High IL-6 expression was associated with reduced survival.', ['IL6 associated-with(negative) SURVIVAL']],
]);

// triggers.ts secondAgentNoun (issue 7, stop 38): "a mediator of A and (an) inhibitor of B" names two agent nouns of
// the subject; B is no second object of the first noun, read in its direction.
table('a second agent noun after "and" is said of the subject, not a member of the first one\'s objects', [
  ['IL-6, a major mediator of inflammation and inhibitor of STAT3, is released by CAFs.', ['CAF increases IL6', 'IL6 inhibits STAT3', 'IL6 promotes INFLAMMATION']],
  ['STAT3, an activator of VEGF and suppressor of p53, drives angiogenesis.', ['STAT3 activates VEGF', 'STAT3 promotes ANGIOGENESIS', 'STAT3 suppresses NCBIGENE_7157']],
  ['IL-6 is a mediator of inflammation and an inhibitor of STAT3.', ['IL6 promotes INFLAMMATION']],
  // With no second noun the list goes on: both are objects of the one agent noun.
  ['IL-6 is a mediator of inflammation and STAT3 activation.', ['IL6 promotes INFLAMMATION', 'IL6 promotes STAT3']],
]);
