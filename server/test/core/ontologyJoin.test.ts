// The field's hierarchies joined to the library's names (issue 7, stop 32): a library entity is tied to the ontology
// node it names (by its name, symbol or a synonym: entities/layers.ts), so the Disease Ontology's, Gene Ontology's and
// Cell Ontology's is-a edges say which contexts are the same or more specific (verify.ts, contextCovers). A finding
// covers a claim placed in the same context or a broader one; never one placed in a narrower one. Sentences are our own.
import * as assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/node/loadKnowledgeBase';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('ontology join', name, cases);

table('an ontology kind of a library cancer is a kind of it: a finding there backs only the broader claim', [
  // The findings are in OSCC. Tongue cancer is, in the Disease Ontology, a kind of oral cavity cancer, which the library
  // names oral cancer: an oral-cancer finding does not say it holds in tongue cancer.
  ['IL-11 promotes metastasis in tongue cancer.', ['IL11 promotes METASTASIS [ctx DOID_8649]'], 'unsupported/other-context'],
  ['In tongue squamous cell carcinoma, IL-11 drove cell migration.', ['IL11 promotes CELL_MIGRATION [ctx DOID_0050865]'], 'unsupported/other-context'],
  ['IL-11 enhanced metastasis in oral cavity cancer.', ['IL11 increases METASTASIS [ctx ORAL_CANCER]'], 'supported'],
  ['In head and neck cancer, IL-11 promoted metastasis.', ['IL11 promotes METASTASIS [ctx HEAD_AND_NECK_CANCER]'], 'supported'],
]);

table('an organ\'s carcinoma is the carcinomas of that organ: an HCC finding is one in liver carcinoma', [
  ['IGF-1 drives tumour progression in liver carcinoma.', ['IGF1 promotes TUMOR_PROGRESSION [ctx DOID_686]'], 'supported'],
  ['CAFs promote cell proliferation in liver carcinoma.', ['CAF promotes CELL_PROLIFERATION [ctx DOID_686]'], 'supported'],
  // Not the reverse, and not another organ's carcinoma.
  ['IGF-1 drives tumour progression in bile duct carcinoma.', ['IGF1 promotes TUMOR_PROGRESSION [ctx DOID_4897]'], 'unsupported/other-context'],
  ['IGF-1 drives tumour progression in pancreatic carcinoma.', ['IGF1 promotes TUMOR_PROGRESSION [ctx DOID_4905]'], 'unsupported/other-context'],
]);

table('a Gene Ontology kind of a library process: the finding on it backs the broader process, not a narrower one', [
  // The findings: IL-6 suppresses apoptosis in HCC; IL-11 promotes cell migration in OSCC. Apoptosis is, in GO, a
  // programmed cell death; epithelial cell migration and anoikis are kinds below what the library found.
  ['IL-6 suppresses programmed cell death in HCC.', ['IL6 suppresses GO_0012501 [ctx HCC]'], 'supported'],
  ['In HCC, IL-6 promoted programmed cell death.', ['IL6 promotes GO_0012501 [ctx HCC]'], 'contradicted'],
  ['IL-11 promotes epithelial cell migration in OSCC.', ['IL11 promotes GO_0010631 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['IL-6 inhibits anoikis in HCC.', ['IL6 inhibits GO_0043276 [ctx HCC]'], 'unsupported/no-evidence'],
]);

table('a name with "-like" after it names what something resembles, not the thing', [
  ['EGF-like growth factors drive cell growth in many organs.', ['GROWTH_FACTOR promotes CELL_GROWTH'], 'supported'],
  // Stop 38: "insulin-like growth factor" with no number is a name of its own, the IGF family (curated.json IGF_FAMILY).
  ['Insulin-like growth factors drive cell growth in many organs.', ['IGF_FAMILY promotes CELL_GROWTH'], 'supported'],
  ['Cell growth was enhanced by insulin-like growth factor signalling.', ['IGF_FAMILY increases CELL_GROWTH'], 'supported'],
]);

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = (await loadKnowledgeBase({ extra: [] })).kb;
});

function ids(text: string): string[] {
  return recognizeEntities(text, lexiconOf(kb)).map((m) => `${m.entityId}:${m.text}`);
}

suite('ontology join: the hierarchies of the lexicon', () => {
  test('a Disease Ontology node a library synonym names is that library entity, and its kinds are kinds of it', () => {
    assert.ok(kb.isA('DOID_8649', 'ORAL_CANCER'), 'tongue cancer under oral cancer');
    assert.ok(!kb.isA('OSCC', 'DOID_8649'), 'OSCC is not a tongue cancer');
    assert.ok(kb.isA('DOID_3905', 'LUNG_CANCER') || kb.layers.canonical('DOID_3905') === 'LUNG_CANCER', 'lung carcinoma is the library lung cancer');
  });

  test('a library entity joined to an ontology node is a kind of what the node is a kind of', () => {
    assert.ok(kb.isA('RCC', 'DOID_263'), 'renal cell carcinoma under kidney cancer');
    assert.ok(kb.isA('APOPTOSIS', 'CELL_DEATH'), 'apoptosis under cell death');
    // A library cell line keeps the cancer the library gave it (HepG2 under liver cancer, not the lexicon's HCC).
    assert.ok(!kb.isA('HEPG2', 'HCC'));
  });

  test('Gene Ontology and Cell Ontology classes carry their is-a parents', () => {
    const [migration] = recognizeEntities('epithelial cell migration', lexiconOf(kb));
    assert.ok(kb.isA(migration.entityId, 'CELL_MIGRATION'), migration.entityId);
    const [lungFibroblast] = recognizeEntities('fibroblast of lung', lexiconOf(kb));
    const [fibroblast] = recognizeEntities('fibroblasts', lexiconOf(kb));
    assert.ok(kb.isA(lungFibroblast.entityId, fibroblast.entityId));
    assert.ok(!kb.isA(fibroblast.entityId, lungFibroblast.entityId));
  });

  test('"insulin-like" is no mention of insulin; the name it starts runs from it', () => {
    assert.deepEqual(ids('EGF-like growth factors'), ['GROWTH_FACTOR:EGF-like growth factors']);
    // The IGFs are listed whole (stop 38), so the longer name wins over the "-like" compound.
    assert.deepEqual(ids('insulin-like growth factors'), ['IGF_FAMILY:insulin-like growth factors']);
    assert.deepEqual(ids('fibroblast-like cells'), []);
  });
});
