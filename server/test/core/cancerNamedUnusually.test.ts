// Issue 7 (stop 53, h-ctx53): cancers named in unusual ways set the claim's context. An organ word before the cancer's
// stem cells ("gastric CSCs", impliedMentions.ts), a cancer fused with "-genesis" ("gliomagenesis",
// fusedCancerGenesis.ts), an organ word before carcinogenesis ("mammary carcinogenesis"), and an opening phrase of
// relevance ("Most relevant to X,", subjects.ts frontedPhraseEnd) that names what the claim bears on and is no actor.
// Each named cancer the library has no finding in makes the claim other-context; controls in no cancer stay supported.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { cancerOfStem } from '../../src/core/claims/fusedCancerGenesis';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

function reads(text: string, verdict: string, claim?: string): void {
  const got = claimsAndVerdict(text, kb);
  if (claim) assert.ok(got.claims.includes(claim), `${text}\n${JSON.stringify(got.claims)}`);
  assert.equal(got.verdict, verdict, `${text}\n${JSON.stringify(got.claims)}`);
}

suite('an organ word before cancer stem cells names the organ\'s cancer', () => {
  test('CSCs, cancer stem-like cells and tumour-initiating cells of an organ', () => {
    reads('In colonic CSCs, HIF-1α drove cell invasion.', 'unsupported/other-context', 'HIF1A promotes CELL_INVASION [ctx DOID_219]');
    reads('HIF-1α raised the migration of pancreatic CSCs under low oxygen.', 'unsupported/other-context');
    reads('HIF-1α heightened the invasiveness of ovarian cancer stem-like cells.', 'unsupported/other-context');
    reads('HIF-1α promoted the invasion of renal tumour-initiating cells.', 'unsupported/other-context');
  });
  test('the stem cells alone, or an organ\'s own stem cells, name no cancer', () => {
    reads('HIF-1α drove the invasion of CSCs.', 'supported', 'HIF1A promotes CELL_INVASION');
    reads('HIF-1α drove the invasion of gastric stem cells.', 'supported', 'HIF1A promotes CELL_INVASION');
  });
});

suite('a cancer fused with -genesis is the cancer and tumorigenesis', () => {
  test('the stem as written, "-carcino" as the carcinoma, "leukemo" as leukemia', () => {
    assert.equal(cancerOfStem('glioma', kb), 'DOID_3070');
    assert.equal(cancerOfStem('lymphoma', kb), 'DOID_0060058');
    assert.equal(cancerOfStem('hepatocarcino', kb), 'HCC');
    assert.equal(cancerOfStem('cholangiocarcino', kb), 'DOID_4947');
    assert.equal(cancerOfStem('leukemo', kb), 'DOID_1240');
    assert.equal(cancerOfStem('leukaemo', kb), 'DOID_1240');
  });
  test('benign growths, tissues and cancer in general spell no cancer', () => {
    for (const stem of ['fibro', 'lipo', 'neuro', 'angio', 'osteo', 'carcino', 'tumori', 'onco', 'patho']) assert.equal(cancerOfStem(stem, kb), undefined, stem);
  });
  test('the fused cancer is the setting of the sentence\'s claim', () => {
    reads('During melanomagenesis, HIF-1α promotes cell invasion.', 'unsupported/other-context', 'HIF1A promotes CELL_INVASION [ctx MELANOMA]');
    reads('IL-6 is a driver of lymphomagenesis in mice.', 'unsupported/other-context', 'IL6 promotes TUMORIGENESIS [ctx DOID_0060058]');
    reads('During leukaemogenesis, IL-11 activates STAT3 in the tumour cells.', 'unsupported/other-context');
  });
  test('hepatocarcinogenesis names the liver\'s cancer: a liver finding still backs it', () => {
    reads('IL-6 drives hepatocarcinogenesis.', 'supported');
    reads('During hepatocarcinogenesis, IL-11 activates STAT3.', 'unsupported/other-context', 'IL11 activates STAT3 [ctx HCC]');
  });
  test('processes of normal tissue and cancer in general are left as they were', () => {
    reads('IL-6 drives carcinogenesis.', 'supported', 'IL6 promotes CARCINOGENESIS');
    reads('During lipogenesis, HIF-1α promotes cell invasion.', 'supported', 'HIF1A promotes CELL_INVASION');
  });
});

suite('an organ word before carcinogenesis names the organ\'s cancer', () => {
  test('"mammary carcinogenesis", "colorectal carcinogenesis"', () => {
    reads('IL-6 accelerates mammary carcinogenesis.', 'unsupported/other-context', 'IL6 promotes CARCINOGENESIS [ctx BREAST_CANCER]');
    reads('IL-6 accelerates colorectal carcinogenesis in mice.', 'unsupported/other-context');
  });
});

suite('an opening phrase of relevance names no actor', () => {
  test('"(most) relevant to X," and "of (particular) relevance to X," leave the subject after the comma', () => {
    reads('Relevant to tumorigenesis, HIF-1α promotes invasion.', 'supported', 'HIF1A promotes CELL_INVASION');
    reads('Most pertinent to tumour growth, HIF-1α is a potent activator of invasion.', 'supported', 'HIF1A activates CELL_INVASION');
    reads('Of particular relevance to tumorigenesis, HIF-1α is an activator of migration.', 'supported', 'HIF1A activates CELL_MIGRATION');
  });
  test('the cancer the phrase names is the claim\'s setting', () => {
    reads('Most relevant to gliomagenesis, HIF-1α is a strong activator of invasion.', 'unsupported/other-context', 'HIF1A activates CELL_INVASION [ctx DOID_3070]');
    reads('Of relevance to gastric tumorigenesis, HIF-1α promotes invasion.', 'unsupported/other-context', 'HIF1A promotes CELL_INVASION [ctx GASTRIC_CANCER]');
  });
});
