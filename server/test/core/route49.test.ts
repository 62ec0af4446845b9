// Stop 49 (h-route49): three precision gaps of the role frames.
// - "STAT3 is a key mediator in IL-6 signalling" (frames.ts mediator-in-signalling): a route named by its ligand is
//   where the mediator sits, so the ligand signals through it; cues.ts 'a factor in' had read "STAT3 promotes IL6".
// - "STAT3 is not a target of IL-6" (frames.ts target-of with "not"): a denied regulation, no longer nothing.
// - "Y depends on many factors, among which X plays no role (does not play a role)" (frames.ts
//   depends-on-factors-among-which-not, -not-aux): X has no effect on Y, no longer nothing or "X regulates Y".
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsAndVerdict, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a mediator in a route named by its ligand', () => {
  test('"Y is a key mediator (component) in X signalling (the X pathway)": X signals through Y, and nothing else', () => {
    for (const [text, claim] of [
      ['STAT3 is a key mediator in IL-6 signalling.', 'IL6 signals-through STAT3'],
      ['STAT3 is an important mediator in IL-11 signaling in gastric cancer cells.', 'IL11 signals-through STAT3 [ctx GASTRIC_CANCER]'],
      ['JAK1 is a critical mediator in the IL-6 pathway.', 'IL6 signals-through NCBIGENE_3716'],
      ['gp130 is an essential component in oncostatin M signalling.', 'NCBIGENE_5008 signals-through GP130'],
      ['STAT3 acts as a key mediator in IL-6 signalling.', 'IL6 signals-through STAT3'],
      ['In these cells, STAT3 is a central transducer in IL-11 signalling.', 'IL11 signals-through STAT3'],
    ] as const) assert.deepEqual(claimsOf(text, kb), [claim], text);
    assert.equal(claimsAndVerdict('STAT3 is a key mediator in IL-6 signalling.', kb).verdict, 'supported');
  });

  test('near misses: a process after "in", a cause of a process, a denial', () => {
    // A process stays important-mediator-in's; a route named only as the cause of a process is no route of the frame.
    assert.deepEqual(claimsOf('STAT3 is a key mediator in tumour growth.', kb), ['STAT3 promotes TUMOR_GROWTH']);
    assert.deepEqual(claimsOf('STAT3 is a key mediator in IL-6-induced invasion.', kb), ['STAT3 promotes CELL_INVASION']);
    assert.deepEqual(claimsOf('STAT3 is not a key mediator in IL-6 signalling.', kb), ['NOT IL6 signals-through STAT3']);
    assert.deepEqual(claimsOf('STAT3 is a key mediator in the response to IL-6.', kb), []);
  });
});

suite('a denied target', () => {
  test('"Y is not a (direct) target of X": X has no effect on Y, contradicted where the library has X acting on Y', () => {
    assert.deepEqual(claimsAndVerdict('STAT3 is not a target of IL-6.', kb), { claims: ['IL6 no-effect STAT3'], verdict: 'contradicted' });
    assert.deepEqual(claimsAndVerdict('STAT3 is not a target of IL-11.', kb), { claims: ['IL11 no-effect STAT3'], verdict: 'contradicted' });
    assert.deepEqual(claimsOf('MMP-13 is not a direct target of STAT3.', kb), ['STAT3 no-effect MMP13']);
    assert.deepEqual(claimsOf('Vimentin is not a known target of IL-11.', kb), ['IL11 no-effect VIM']);
  });

  test('near misses: the plain target, a denied target of therapy', () => {
    assert.deepEqual(claimsOf('STAT3 is a target of IL-6.', kb), ['IL6 regulates STAT3']);
    assert.deepEqual(claimsOf('STAT3 is not a target of therapy in HCC.', kb), []);
  });
});

suite('a factor among which X plays no role', () => {
  test('"Y depends on many factors, among which X plays no role (does not play a role)": X has no effect on Y', () => {
    for (const [text, claim] of [
      ['Tumour growth depends on many factors, among which IGF-1 plays no role.', 'IGF1 no-effect TUMOR_GROWTH'],
      ['In gastric cancer, metastasis depends on many factors, among which IL-11 plays no part.', 'IL11 no-effect METASTASIS [ctx GASTRIC_CANCER]'],
      ['Cell migration relies on several determinants, amongst which STAT3 played no major role.', 'STAT3 no-effect CELL_MIGRATION'],
      ['Chemoresistance depends on many factors, among which IGF-1 does not play a role.', 'IGF1 no-effect CHEMORESISTANCE'],
    ] as const) assert.deepEqual(claimsOf(text, kb), [claim], text);
    assert.equal(claimsAndVerdict('In liver cancer, chemoresistance depends on many factors, among which IGF-1 plays no role.', kb).verdict, 'contradicted');
  });

  test('near misses: the role affirmed, a role named in its own clause', () => {
    assert.deepEqual(claimsOf('Angiogenesis depends on many factors, among which hypoxia plays a key role.', kb), ['HYPOXIA regulates ANGIOGENESIS']);
    assert.deepEqual(claimsOf('IGF-1 plays no role in tumour growth.', kb), ['NOT IGF1 promotes TUMOR_GROWTH']);
  });
});

suite('a regulator in a route named by its ligand', () => {
  test('"Y is a key regulator in X signalling (the X pathway)" reads no regulation of the ligand (triggers.ts routeNamedByLigandAt)', () => {
    assert.deepEqual(claimsOf('gp130 is a central regulator in oncostatin M signalling.', kb), []);
    assert.deepEqual(claimsOf('SOCS3 is a key regulator in the IL-6 pathway.', kb), []);
    // Also where the library links the pair, which anchored reading reads (anchored.ts: a route after a role noun).
    assert.deepEqual(claimsOf('STAT3 is a key regulator in IL-6 signalling.', kb), []);
    assert.deepEqual(claimsOf('STAT3 is a key regulator in IL-11 signalling.', kb), []);
  });

  test('near misses: a regulator in a process, in a level, of a route', () => {
    assert.deepEqual(claimsOf('STAT3 is a key regulator in tumour growth.', kb), ['STAT3 regulates TUMOR_GROWTH']);
    assert.deepEqual(claimsOf('STAT3 is a key regulator in IL-6 expression.', kb), ['STAT3 regulates IL6']);
    assert.deepEqual(claimsOf('STAT3 is a key regulator of IL-6 signalling.', kb), ['STAT3 regulates IL6']);
    assert.deepEqual(claimsOf('STAT3 serves as a critical regulator in the progression of HCC.', kb), ['STAT3 regulates TUMOR_PROGRESSION [ctx HCC]']);
  });
});
