// Two readings added for the real set's dev rows (issue 7, stop 44, h-dev44), each in three wordings of our own
// (other entities, verbs, order) and with the sentences it must leave alone:
// - a part named before the participle or relative clause of its whole is the claim's subject
//   (classAsPredicate.ts withMembersForWholes, the sentence filter `part-as-predicate`);
// - plain fibroblasts in a sentence about tumours are CAFs (tumourFibroblasts.ts, `tumour-fibroblasts`);
// - a verb of change with the cells and the state they come to (frames.ts `transforms-cells-to-become`), and a
//   state's adjective after a word of degree is no agent (stateAdjective.ts, `state-adjective-agent`).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a part before its whole\'s participle: the claim is the part\'s', () => {
  test('three wordings: a condition, a cytokine, a cell type; participles and a relative clause', () => {
    assert.deepEqual(claimsOf('Hypoxia is one of the key components of the tumour microenvironment promoting invasion in OSCC.', kb), ['HYPOXIA promotes CELL_INVASION [ctx OSCC]']);
    assert.deepEqual(claimsOf('In gastric cancer, IL-11 is one of the members of the cytokine network fuelling tumour growth.', kb), ['IL11 promotes TUMOR_GROWTH [ctx GASTRIC_CANCER]']);
    assert.deepEqual(claimsOf('In HCC, CAFs are one of the main parts of the tumour stroma that promotes chemoresistance.', kb), ['CAF promotes CHEMORESISTANCE [ctx HCC]']);
  });

  test('the whole stays the subject without a membership phrase, or when the part is a disease', () => {
    assert.ok(claimsOf('The tumour microenvironment, rich in hypoxia, promotes invasion in OSCC.', kb).every((c) => !c.startsWith('HYPOXIA promotes')));
    assert.ok(claimsOf('Stromal cells influence tumour growth in HCC.', kb).every((c) => !c.startsWith('CAF ')));
  });
});

suite('plain fibroblasts in a sentence about tumours are CAFs', () => {
  test('three wordings: a named cancer first, the microenvironment, the tumour after the fibroblasts', () => {
    assert.deepEqual(claimsOf('In gastric tumours, fibroblasts secrete IL-6 and drive tumour progression.', kb), ['CAF increases IL6 [ctx GASTRIC_CANCER]', 'CAF promotes TUMOR_PROGRESSION [ctx GASTRIC_CANCER]']);
    assert.ok(claimsOf('Within the tumour microenvironment, fibroblasts favour the growth of HCC cells.', kb).some((c) => c.startsWith('CAF promotes CELL_GROWTH')));
    assert.ok(claimsOf('The fibroblasts of colorectal tumours foster angiogenesis.', kb).some((c) => c.startsWith('CAF promotes ANGIOGENESIS')));
  });

  test('fibroblasts as the place of the claim, with the cancer after "of" (stop 47): the context is CAFs', () => {
    for (const sentence of ['In fibroblasts of hepatocellular carcinoma, IL-6 increased IGF-1 levels.', 'Within the fibroblasts of liver cancer, IGF-1 was induced by IL-6.', 'IL-6 raises IGF-1 in fibroblasts of gastric cancer.']) {
      const claims = claimsOf(sentence, kb).filter((c) => c.startsWith('IL6 '));
      assert.ok(claims.length > 0 && claims.every((c) => /ctx [^\]]*CAF/.test(c) && !c.includes('CL_0000057')), `${sentence}: ${JSON.stringify(claims)}`);
    }
    assert.ok(claimsOf('IL-6 raises IGF-1 in normal fibroblasts of HCC patients.', kb).every((c) => !c.includes('CAF')));
  });

  test('fibroblasts of a tissue, called normal, set against CAFs, or in a sentence about no tumour stay fibroblasts', () => {
    for (const sentence of ['Dermal fibroblasts secrete IL-6 in wound healing.', 'Normal fibroblasts restrain tumour progression in HCC.', 'Compared with fibroblasts, CAFs of HCC secrete more IL-6.', 'In wound healing, fibroblasts secrete IL-6.']) {
      assert.ok(claimsOf(sentence, kb).every((c) => !/^CAF .*(?:TUMOR_PROGRESSION|GO_)/.test(c) && !(c.startsWith('CAF ') && !sentence.includes('CAFs'))), `${sentence}: ${JSON.stringify(claimsOf(sentence, kb))}`);
    }
  });
});

suite('cells transformed to become more Y: the state is the subject\'s doing; the adjective acts on nothing', () => {
  test('three wordings: transform ... to become, turn ... into, push ... to grow', () => {
    assert.deepEqual(claimsOf('Hypoxia may transform cancer cells to become more invasive.', kb), ['HYPOXIA promotes CELL_INVASION [ctx CANCER]']);
    assert.deepEqual(claimsOf('IL-6 turns HCC cells into more proliferative cells.', kb), ['IL6 promotes CELL_PROLIFERATION [ctx HCC]']);
    assert.deepEqual(claimsOf('STAT1 pushes breast cancer cells to grow more migratory.', kb), ['STAT1 promotes CELL_MIGRATION [ctx BREAST_CANCER]']);
  });

  test('a lowered state is held back (stop 52, transforms-cells-to-become-less); a state named by "non-" reads nothing; a denial is denied', () => {
    assert.deepEqual(claimsOf('Hypoxia turns HCC cells into less invasive cells.', kb), ['HYPOXIA inhibits CELL_INVASION [ctx HCC]']);
    assert.deepEqual(claimsOf('IL-6 turns HCC cells into non-invasive cells.', kb), []);
    assert.deepEqual(claimsOf('Hypoxia did not transform the cancer cells to become more invasive.', kb), ['NOT HYPOXIA promotes CELL_INVASION [ctx CANCER]']);
  });

  test('the adjective after a word of degree is no agent of a relative clause after it', () => {
    for (const sentence of ['Hypoxia pushes breast cancer cells to become more invasive by inducing factors that activate EMT.', 'STAT1 makes breast cancer cells more invasive by inducing factors that activate EMT.']) {
      assert.ok(claimsOf(sentence, kb).every((c) => !c.startsWith('CELL_INVASION')), `${sentence}: ${JSON.stringify(claimsOf(sentence, kb))}`);
    }
  });
});
