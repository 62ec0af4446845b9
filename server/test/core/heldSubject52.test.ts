// A frame's subject named before a setting of its own "in" phrase (extract.ts heldSubject, stop 52, h-misread52): in "IL-6
// in the tumour microenvironment is a key driver of Y" the frame's words begin at the setting, the nearest name before
// "is", and the setting was read as the driver ("TUMOR_MICROENVIRONMENT promotes Y", backed by the library's findings on
// the microenvironment). The name the setting holds is the subject, and the setting says where.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a name before a setting of its own "in" phrase is the frame\'s subject', () => {
  test('the name, with the setting as its place', () => {
    for (const [text, claim] of [
      ['IL-6 in the tumour microenvironment is regarded as a key driver of tumour progression.', 'IL6 promotes TUMOR_PROGRESSION [ctx TUMOR_MICROENVIRONMENT]'],
      ['IL-6 in the tumour microenvironment is a key player driving tumour progression.', 'IL6 promotes TUMOR_PROGRESSION [ctx TUMOR_MICROENVIRONMENT]'],
      ['MMP-9 within the tumour stroma is a central player in invasion.', 'MMP9 promotes CELL_INVASION [ctx TUMOR_MICROENVIRONMENT]'],
      ['Hypoxic conditions in the tissue microenvironment are regarded as a pivotal player leading tumour progression.', 'HYPOXIA induces TUMOR_PROGRESSION [ctx PATIENT_TISSUE]'],
      ['IL-11 in gastric cancer tissue is a key player promoting invasion.', 'IL11 promotes CELL_INVASION [ctx GASTRIC_CANCER,PATIENT_TISSUE]'],
      ['IL-6 in HCC is a key driver of tumour progression.', 'IL6 promotes TUMOR_PROGRESSION [ctx HCC]'],
      ['High IL-6 levels in the serum of HCC patients are a key driver of tumour progression.', 'IL6 promotes TUMOR_PROGRESSION [ctx HCC]'],
    ]) {
      const claims = claimsOf(text, kb);
      assert.deepEqual(claims, [claim], text);
    }
  });

  test('the setting is no driver', () => {
    for (const text of [
      'IL-6 in the tumour microenvironment is a key player driving tumour progression.',
      'IL-11 in gastric cancer tissue is a key player promoting invasion.',
      'IL-6 in HCC is a key driver of tumour progression.',
    ]) assert.ok(claimsOf(text, kb).every((c) => !/^(?:TUMOR_MICROENVIRONMENT|PATIENT_TISSUE|HCC) /.test(c)), text);
  });

  test('controls: the setting named alone is the subject; a name held among a setting\'s parts, as before', () => {
    assert.deepEqual(claimsOf('The tumour microenvironment is a key driver of tumour progression.', kb), ['TUMOR_MICROENVIRONMENT promotes TUMOR_PROGRESSION']);
    assert.deepEqual(claimsOf('Hypoxia in the tumour microenvironment is regarded as a pivotal player leading tumour progression.', kb), ['HYPOXIA induces TUMOR_PROGRESSION [ctx TUMOR_MICROENVIRONMENT]']);
    assert.deepEqual(claimsOf('IL-6 in the tumour microenvironment promotes tumour progression.', kb), ['IL6 promotes TUMOR_PROGRESSION [ctx TUMOR_MICROENVIRONMENT]']);
  });
});
