// Reasoning steps of matching (issue 7, stop 33): a claim the reader read meets a finding the library states in
// other words. Each step is stated once (kb/inference.ts, verify/verify.ts, data/entities.json) and tested here in
// sentences of our own, several wordings each, with the near misses one step too far beside them.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { findingOutcomeSenses, restatesDrugTarget, type StandIn } from '../../src/core/kb/inference';
import { bundledKb } from './helpers';
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('matching steps', name, cases);

table('a drug acting against its own target restates the drug; the sentence is judged by what followed', [
  ['Stattic lowered STAT3 activity and reduced the survival of the cells.', ['DRUG_STATTIC decreases CELL_SURVIVAL', 'DRUG_STATTIC decreases STAT3'], 'supported'],
  ['Treatment with LY294002 blocked PI3K and cut the invasion of ATC cells.', ['DRUG_LY294002 inhibits CELL_INVASION [ctx ATC]', 'DRUG_LY294002 inhibits PI3K [ctx ATC]'], 'supported'],
  ['Tocilizumab blocked IL-6R signalling and lowered STAT3 phosphorylation in HCC cells.', ['DRUG_TOCILIZUMAB decreases STAT3 [ctx HCC]', 'DRUG_TOCILIZUMAB inhibits IL6R [ctx HCC]'], 'supported'],
  // Alone, the restated target leaves a sentence about an entity with findings: unsupported, never silent.
  ['Stattic blocked STAT3 activation.', ['DRUG_STATTIC inhibits STAT3'], 'unsupported/no-evidence'],
  // A drug raising its own target is a finding of its own, which the library does not report.
  ['Stattic raised STAT3 phosphorylation.', ['DRUG_STATTIC increases STAT3'], 'unsupported/no-evidence'],
  // What followed goes against the target's finding: contradicted.
  ['Stattic lowered STAT3 activity and increased the survival of the cells.', ['DRUG_STATTIC decreases STAT3', 'DRUG_STATTIC increases CELL_SURVIVAL'], 'contradicted'],
  // One step too far: a molecule that is not the drug's target is no restatement; it stays a claim of its own, silent,
  // and keeps its diagnostic. The backed predicate after it carries the sentence as a second predicate does
  // (analyzeBlock.ts coordinatedPredicateVerdict: "...and inhibited the survival" was supported already; read with
  // one relation it is since stop 52), unless the survival goes through it ("and thereby"), a chain the library must state.
  ['Stattic lowered IL-11 levels and reduced the survival of the cells.', ['DRUG_STATTIC decreases CELL_SURVIVAL', 'DRUG_STATTIC decreases IL11'], 'supported'],
  ['Stattic lowered IL-11 levels and thereby reduced the survival of the cells.', ['DRUG_STATTIC decreases CELL_SURVIVAL', 'DRUG_STATTIC decreases IL11'], 'unsupported/no-evidence'],
]);

table('IL-6 is an inflammatory cytokine: its findings speak for the class, never the class for it', [
  ['Pro-inflammatory cytokines switch on STAT3 in tumour cells.', ['INFLAMMATORY_CYTOKINE activates STAT3 [ctx CANCER]'], 'supported'],
  ['Inflammatory cytokines drive the proliferation of HCC cells.', ['INFLAMMATORY_CYTOKINE promotes CELL_PROLIFERATION [ctx HCC]'], 'supported'],
  ['STAT3 phosphorylation is induced by inflammatory cytokines.', ['INFLAMMATORY_CYTOKINE induces STAT3'], 'supported'],
  ['Inflammatory cytokines reduce STAT3 activation in tumour cells.', ['INFLAMMATORY_CYTOKINE decreases STAT3 [ctx CANCER]'], 'contradicted'],
  // IL-11 is not filed as one, and IL-6 has no finding on MMP-13.
  ['Inflammatory cytokines promote MMP-13 expression.', ['INFLAMMATORY_CYTOKINE promotes MMP13'], 'unsupported/no-evidence'],
  // One step too far: a finding on the class does not back a claim on its member.
  ['IL-6 promotes angiogenesis.', ['IL6 promotes ANGIOGENESIS'], 'unsupported/no-evidence'],
]);

table('a finding on cell growth is one on proliferation, one loose reading only', [
  ['IL-11 stimulates the proliferation of tumour cells.', ['IL11 activates CELL_PROLIFERATION [ctx CANCER]'], 'supported'],
  ['Cancer cell proliferation is enhanced by IL-11.', ['IL11 increases CELL_PROLIFERATION [ctx CANCER]'], 'supported'],
  ['Proliferation of malignant cells was increased by IL-11.', ['IL11 increases CELL_PROLIFERATION'], 'supported'],
  ['IL-11 suppresses the proliferation of cancer cells.', ['IL11 suppresses CELL_PROLIFERATION [ctx CANCER]'], 'contradicted'],
  // The finding is stated of cancer in general: it does not cover a named cancer.
  ['IL-11 promotes the proliferation of OSCC cells.', ['IL11 promotes CELL_PROLIFERATION [ctx OSCC]'], 'unsupported/no-evidence'],
  // One step too far: tumour growth read as proliferation, on top of growth read as proliferation.
  ['IL-11 fuels the growth of tumours.', ['IL11 promotes TUMOR_GROWTH [ctx CANCER]'], 'unsupported/no-evidence'],
  ['IL-11 promotes tumor growth in xenograft models.', ['IL11 promotes TUMOR_GROWTH [ctx XENOGRAFT]'], 'unsupported/no-evidence'],
]);

table('a result shown in vitro and in vivo is covered by a finding in either model', [
  ['Forced expression of HIF-1α increased the invasion of cancer cells both in vitro and in vivo.', ['HIF1A increases CELL_INVASION [ctx CANCER,CELL_CULTURE,IN_VIVO]'], 'supported'],
  ['Sarilumab reduced sorafenib resistance of HCC cells in vitro and in vivo.', ['SARILUMAB decreases SORAFENIB_RESISTANCE [ctx CELL_CULTURE,HCC,IN_VIVO]'], 'supported'],
  ['IL-11 enhanced the invasion of ATC cells in vitro and in xenograft models.', ['IL11 increases CELL_INVASION [ctx ATC,CELL_CULTURE,XENOGRAFT]'], 'supported'],
  ['Both in vitro and in vivo, PI3K drove the migration of ATC cells.', ['PI3K promotes CELL_MIGRATION [ctx ATC,CELL_CULTURE,IN_VIVO]'], 'supported'],
  // One model named alone still counts.
  ['IL-11 induces EMT in ATC xenografts in vivo.', ['IL11 induces EMT [ctx ATC,IN_VIVO,XENOGRAFT]'], 'unsupported/other-context'],
  ['Sarilumab reduced sorafenib resistance of HCC cells in vitro.', ['SARILUMAB decreases SORAFENIB_RESISTANCE [ctx CELL_CULTURE,HCC]'], 'unsupported/other-context'],
  // The place still counts: both models, another cancer.
  ['IL-11 promoted EMT of gastric cancer cells in vitro and in vivo.', ['IL11 promotes EMT [ctx CELL_CULTURE,GASTRIC_CANCER,IN_VIVO]'], 'unsupported/other-context'],
]);

table('a drug\'s cytotoxicity or potency is how sensitive the cells are to it (vocabulary.ts sensitivityNouns)', [
  ['IGF-1R inhibition enhanced the cytotoxicity of sorafenib in HCC cells.', ['IGF1R increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['IL-6 blunted the cytotoxicity of sorafenib toward hepatoma cells.', ['IL6 increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['NT157 raised the potency of sorafenib against HCC cells.', ['NT157 decreases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['Sarilumab weakened the cytotoxicity of regorafenib in HCC xenografts.', ['SARILUMAB increases REGORAFENIB_RESISTANCE [ctx HCC,XENOGRAFT]'], 'contradicted'],
  // The toxicity a patient suffers is no efficacy: the drug stays the object, and the claim unsupported.
  ['The toxicity of sorafenib was lowered by IL-6 in HCC patients.', ['IL6 decreases SORAFENIB [ctx HCC]'], 'unsupported/no-evidence'],
]);

suite('matching steps: the rules as data', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  test('restatesDrugTarget: only a lowering of a target or class the drug stands for, not denied', () => {
    const standIns: StandIn[] = [{ id: 'STAT3', inverted: true, rule: 'drug-target' }];
    assert.equal(restatesDrugTarget('STAT3', -1, false, standIns), true);
    assert.equal(restatesDrugTarget('STAT3', 1, false, standIns), false);
    assert.equal(restatesDrugTarget('STAT3', -1, true, standIns), false);
    assert.equal(restatesDrugTarget('IL11', -1, false, standIns), false);
    // A mimetic's condition is what it imitates, not a target it blocks.
    assert.equal(restatesDrugTarget('HYPOXIA', -1, false, [{ id: 'HYPOXIA', inverted: false, rule: 'mimetic' }]), false);
  });
  test('findingOutcomeSenses names processes the lexicon knows, and the library derives from them', () => {
    for (const [loose, sense] of Object.entries(findingOutcomeSenses)) {
      assert.ok(kb.entities.has(loose) && kb.entities.has(sense), `${loose} -> ${sense}`);
      assert.ok(kb.isA(sense, loose), `${sense} is a kind of ${loose}: a claim on ${loose} is backed by ${sense}'s findings already`);
    }
  });
  test('IL-6 is filed under inflammatory cytokines beside its family', () => {
    assert.ok(kb.isA('IL6', 'INFLAMMATORY_CYTOKINE'));
    assert.ok(kb.isA('IL6', 'IL6_FAMILY'));
    assert.ok(!kb.isA('IL11', 'INFLAMMATORY_CYTOKINE'));
  });
});
