// Word senses decided by the phrase around a mention (claims/mentionSenses.ts): each row's example is its test,
// and the sense the row does not give stays.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { mentionSenses, namesInsideDefinedNames, partialTransitions, processPathways, withMentionSenses } from '../../src/core/claims/mentionSenses';
import { findAbbreviationDefinitions } from '../../src/core/entities/abbreviations';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('mention senses: each example', () => {
  for (const sense of mentionSenses) {
    test(`${sense.name}: ${sense.example}`, () => assert.ok(claimsOf(sense.example, kb).includes(sense.reads), JSON.stringify(claimsOf(sense.example, kb))));
  }
});

suite('a class noun right after a name of that class names the name (cues.ts classHeads)', () => {
  test('"the IL-11 cytokine" is IL-11, not cytokines in general', () => {
    assert.deepEqual(claimsOf('Hypoxia raised the IL-11 cytokine in breast cancer cells.', kb), ['HYPOXIA increases IL11 [ctx BREAST_CANCER]']);
    assert.deepEqual(claimsOf('The IL-11 cytokine has a considerable impact on HCC progression.', kb), ['IL11 regulates TUMOR_PROGRESSION [ctx HCC]']);
  });

  test('a class noun after "and" or after a name of another class stays its own entity', () => {
    assert.ok(claimsOf('IL-6 and other cytokines drive invasion.', kb).includes('CYTOKINE promotes CELL_INVASION'));
    // (STAT3 is a transcription factor: "cytokine" after it is no class of its own, and the mention stays.)
    const text = 'The STAT3 cytokine drives invasion.';
    assert.deepEqual(withMentionSenses(text, recognizeEntities(text, lexiconOf(kb), new Map()), kb).map((m) => m.entityId), ['STAT3', 'CYTOKINE', 'CELL_INVASION']);
  });
});

suite('mention senses: cells and patients', () => {
  test('the survival of cells of a named cancer, and of cells in a list of processes', () => {
    assert.deepEqual(claimsOf('STAT3 supports survival of OSCC cells.', kb), ['STAT3 promotes CELL_SURVIVAL [ctx OSCC]']);
    assert.deepEqual(claimsOf('IL-11 enhanced the survival and migration of tumour cells.', kb), ['IL11 increases CELL_MIGRATION [ctx CANCER]', 'IL11 increases CELL_SURVIVAL [ctx CANCER]']);
  });

  test('patients\' survival stays survival', () => {
    assert.deepEqual(claimsOf('Sorafenib prolonged the survival of patients with HCC.', kb), ['SORAFENIB increases SURVIVAL [ctx HCC]']);
    assert.deepEqual(claimsOf('High IL-6 expression was linked to shorter survival of HCC patients.', kb), ['IL6 associated-with(negative) SURVIVAL [ctx HCC]']);
  });

  test('"BTC" with its patients or cells, or after words only a disease takes, is biliary tract cancer; elsewhere the gene (stop 44)', () => {
    const senses = (text: string): string[] => withMentionSenses(text, recognizeEntities(text, lexiconOf(kb), new Map()), kb).map((m) => m.entityId);
    assert.ok(senses('Tumour IL-6 rose in BTC patients after gemcitabine.').includes('DOID_4607'));
    assert.ok(senses('We grafted a model of unresectable BTC into nude mice.').includes('DOID_4607'));
    assert.ok(senses('Serum YKL-40 was high in subjects with metastatic BTC.').includes('DOID_4607'));
    // Betacellulin, an EGF-family ligand, stays the gene.
    assert.ok(senses('BTC binds EGFR and ERBB4 on keratinocytes.').includes('NCBIGENE_685'));
    assert.ok(!senses('Serum BTC levels rose with IL-6.').includes('DOID_4607'));
  });

  test('"TAMs" and "TAM-derived" name macrophages, not the newborns\' disorder; "TAM receptors" are neither (stop 44)', () => {
    const senses = (text: string): string[] => withMentionSenses(text, recognizeEntities(text, lexiconOf(kb), new Map()), kb).map((m) => m.entityId);
    assert.ok(senses('IL-10 from TAMs dampened T-cell responses.').includes('CL_0000235'));
    assert.ok(senses('TAM infiltration was dense at the invasive margin.').includes('CL_0000235'));
    assert.ok(senses('Blocking STAT3 cut TAM-secreted IL-6 in the grafts.').includes('CL_0000235'));
    assert.ok(!senses('TAM receptors clear apoptotic cells.').includes('CL_0000235'));
  });

  test('"GC" before a noun of cells or tissue is gastric cancer; elsewhere it stays the gene (h-noread)', () => {
    assert.deepEqual(claimsOf('In GC tissues, STAT3 activation raised MMP-9 levels.', kb), ['STAT3 increases MMP9 [ctx GASTRIC_CANCER,PATIENT_TISSUE]']);
    assert.deepEqual(claimsOf('Knockdown of IL-6 slowed the migration of GC cell lines.', kb), ['IL6 increases CELL_MIGRATION [ctx GASTRIC_CANCER]']);
    assert.ok(!claimsOf('Serum GC levels rose with IL-6 in these patients.', kb).some((c) => c.includes('GASTRIC_CANCER')));
  });
});

suite('a name inside a defined name of another molecule (entities/abbreviations.ts insideNameForItsTarget)', () => {
  test('"Factor inhibiting HIF-1 (FIH-1)" names no HIF-1, and its short form is no name of HIF-1', () => {
    assert.deepEqual(claimsOf(namesInsideDefinedNames.example, kb), []);
    const text = 'Factor inhibiting HIF-1 (FIH-1) is an asparaginyl hydroxylase.';
    assert.deepEqual(withMentionSenses(text, recognizeEntities(text, lexiconOf(kb), new Map())).map((m) => m.entityId), []);
    const definition = findAbbreviationDefinitions(text, lexiconOf(kb))[0];
    assert.equal(definition.shortForm, 'FIH-1');
    assert.equal(definition.entityId, null);
  });

  test('a definition of the name itself, and brackets that abbreviate nothing, leave the name', () => {
    assert.deepEqual(claimsOf('Hypoxia-inducible factor 1α (HIF-1α) raised IL-11 expression in ATC cells.', kb), ['HIF1A increases IL11 [ctx ATC]']);
    assert.deepEqual(claimsOf('IL-11 increased the phosphorylation of Akt (PKB) in OSCC cells.', kb), ['IL11 increases AKT [ctx OSCC]']);
    assert.equal(findAbbreviationDefinitions('Hypoxia-inducible factor 1α (HIF-1α) is stabilised.', lexiconOf(kb))[0].entityId, 'HIF1A');
  });
});

suite('a partial (hybrid, incomplete, intermediate) transition is no mention of the full one (h-w22b45c)', () => {
  const namesEmt = (text: string): boolean => claimsOf(text, kb).some((c) => /\bEMT\b/.test(c));
  test(partialTransitions.example, () => assert.ok(!namesEmt(partialTransitions.example), JSON.stringify(claimsOf(partialTransitions.example, kb))));
  for (const text of [
    'Hybrid epithelial–mesenchymal transition promotes metastasis in HCC.',
    'IL-6 triggers an incomplete EMT in breast cancer cells.',
    'An intermediate EMT raised MMP-9 levels in OSCC cells.',
  ]) {
    test(`no claim of EMT: ${text}`, () => assert.ok(!namesEmt(text), JSON.stringify(claimsOf(text, kb))));
  }
  for (const text of ['IL-6 triggers a full EMT in breast cancer cells.', 'EMT drives the invasion of gastric cancer cells, in part through MMP-9.']) {
    test(`the transition stays: ${text}`, () => assert.ok(namesEmt(text), JSON.stringify(claimsOf(text, kb))));
  }
});

suite('a process named before "pathways" names the signalling that serves it, not the process (h-w24b47)', () => {
  const namesProcess = (text: string): boolean => claimsOf(text, kb).some((c) => /\b(?:CELL_GROWTH|CELL_SURVIVAL|SURVIVAL|CELL_PROLIFERATION|CELL_MIGRATION)\b/.test(c));
  test(processPathways.example, () => assert.ok(!namesProcess(processPathways.example), JSON.stringify(claimsOf(processPathways.example, kb))));
  for (const text of [
    'In HCC cells, IL-6 turned on survival pathways.',
    'STAT3 feeds metabolic, proliferation, and migration signalling pathways in breast cancer.',
    'Hypoxia engages growth or survival pathways in OSCC cells.',
  ]) {
    test(`no claim of the process: ${text}`, () => assert.ok(!namesProcess(text), JSON.stringify(claimsOf(text, kb))));
  }
  for (const text of ['IL-6 promotes the survival of HCC cells through the JAK/STAT pathway.', 'IL-11 raised the proliferation and migration of gastric cancer cells.']) {
    test(`the process stays: ${text}`, () => assert.ok(namesProcess(text), JSON.stringify(claimsOf(text, kb))));
  }
});
