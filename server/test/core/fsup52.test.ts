// Issue 7, stop 52 (h-fsup52): sentences read as SUPPORTED that the library does not back, four mechanisms, each with
// sentences written for this test (one construction each, true and false readings).
// 1. analyzeBlock.ts objectListVerdict: a list whose subject the library reaches only as a step on another's route
//    ('route-downstream') carries no silent or elsewhere member; alone it stays supported (the lead's policy).
// 2. recognize.ts progressionOfProcess: the bare word "progression" right after a process ("EMT progression") is that
//    process's course, not tumour progression.
// 3. writtenAsLevel.ts: "overexpress" before the object writes it as its expression, which a route does not back.
// 4. recognize.ts namesCoReceptor: a ligand before "co-receptor" names a receptor chain, not the ligand.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, onlySentence, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

const table = (cases: readonly [branch: string, sentence: string, verdict: string][]): void => {
  for (const [branch, sentence, verdict] of cases) {
    test(branch, () => {
      assert.equal(verdictOf(sentence, kb), verdict, sentence);
    });
  }
};

suite('a list whose subject is backed only as a route step carries no unbacked member', () => {
  table([
    ['alone, the receptor reached on its ligand\'s route stays supported', 'IL-11Rα drives metastasis.', 'supported'],
    ['beside a silent outcome, the backed one first', 'IL-11Rα drives metastasis and angiogenesis.', 'unsupported/no-evidence'],
    ['beside a silent outcome, the silent one first', 'IL-11Rα fuels angiogenesis and metastasis in tumours.', 'unsupported/no-evidence'],
    ['in a longer list after a means phrase', 'The IL-11 receptor α chain acts by driving growth, angiogenesis and metastasis in many cancers.', 'unsupported/no-evidence'],
    ['a family reached on a route beside an outcome found only elsewhere: other-context', 'MMPs promote invasion and metastasis of breast cancer cells.', 'unsupported/other-context'],
    ['the same family with a silent first outcome', 'MMPs drive breast cancer initiation, invasion and metastasis.', 'unsupported/other-context'],
    ['control: the ligand, which findings name, still carries a silent outcome', 'IL-11 drives metastasis and angiogenesis in OSCC.', 'supported'],
  ]);
});

suite('"progression" after a process is that process\'s course', () => {
  const mentions = (sentence: string): string[] => onlySentence(sentence, kb).mentions.map((m) => m.entityId);
  const cases: [sentence: string, tumourProgression: boolean][] = [
    ['IL-6 sped up EMT progression in liver cancer cells.', false],
    ['IL-6 drove EMT-progression in these cells.', false],
    ['IL-6 promoted HCC progression.', true],
    ['IL-6 promoted metastatic progression.', true],
    ['IL-6 promoted EMT and progression of HCC.', true],
    ['IL-6 accelerates progression in liver tumours.', true],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => {
      assert.equal(mentions(sentence).includes('TUMOR_PROGRESSION'), expected, JSON.stringify(mentions(sentence)));
    });
  }
  table([['a list of a process and its course names no tumour progression', 'IL-6 affected invasion and EMT progression in liver cancer cells via STAT3.', 'unsupported/no-evidence']]);
});

suite('"overexpress" writes the object as its expression', () => {
  table([
    ['a route through IGF-1 does not back its overexpression by a part of the stroma', 'The tumour stroma acts partly by overexpressing IGF-1.', 'unsupported/no-evidence'],
    ['nor by CAFs', 'CAFs overexpress IGF-1.', 'unsupported/no-evidence'],
    ['a stated rise still backs it', 'CAFs overexpress IL-6.', 'supported'],
    ['hypoxia raising IL-11 still backs its overexpression', 'Hypoxia overexpresses IL-11 in breast cancer cells.', 'supported'],
  ]);
});

suite('a ligand before "co-receptor" names a receptor chain', () => {
  const mentions = (sentence: string): string[] => onlySentence(sentence, kb).mentions.map((m) => m.entityId);
  test('the ligand is no mention', () => {
    assert.ok(!mentions('Loss of the IL-11 co-receptor lowered tumour growth in mice.').includes('IL11'));
    assert.ok(!mentions('The IL-6 co-receptor gp130 drives tumorigenesis.').includes('IL6'));
  });
  test('the chain named after it is read on its own', () => {
    assert.ok(mentions('The IL-6 co-receptor gp130 drives tumorigenesis.').includes('GP130'));
  });
  test('a receptor before the word stays (no receptor of its own)', () => {
    assert.ok(mentions('The CD4 co-receptor is on T cells.').includes('NCBIGENE_920'));
  });
  table([
    ['no longer read as the ligand\'s loss', 'Loss of the IL-11 co-receptor lowered tumorigenesis in mice.', 'out-of-scope'],
    ['control: the ligand itself', 'IL-11 drives tumorigenesis.', 'supported'],
  ]);
});

// 5. data/lexicon (build_lexicon.py CURATED_DISEASE_SYNONYMS): "PCa", the short form papers use for prostate cancer
//    without defining it, names it; the all-capital PCA (principal component analysis) names nothing.
suite('"PCa" names prostate cancer', () => {
  const mentions = (sentence: string): string[] => onlySentence(sentence, kb).mentions.map((m) => m.entityId);
  test('as written, it is the disease', () => {
    assert.ok(mentions('IL-6 raised invasion of PCa cells.').includes('DOID_10283'));
  });
  test('PCA and pca name nothing', () => {
    assert.ok(!mentions('A PCA of the IL-6 data was run.').includes('DOID_10283'));
    assert.ok(!mentions('IL-6 raised invasion of pca cells.').includes('DOID_10283'));
  });
  table([
    ['a finding in breast cancer cells places the claim elsewhere', 'Hypoxia drove EMT in PCa cells.', 'unsupported/other-context'],
    ['control: no place named, the finding backs it', 'Hypoxia drove EMT in tumour cells.', 'supported'],
  ]);
});

// 6. verify/scope.ts: "we describe (present, introduce, propose, develop) a model (method, system, protocol ...)" is
//    an aim; a relative clause on the tool's reagent recalls what it does, no finding of the paper's.
suite('a tool the writers present is an aim', () => {
  table([
    ['a model built on a reagent, with the reagent\'s known action in a relative clause', 'In this work we develop a 3D culture system of dormant tumour cells using cobalt chloride, which stabilises HIF-1α.', 'out-of-scope'],
    ['a method with a reagent remark', 'We present a simple method to mimic low oxygen with CoCl2, which raises HIF-1α.', 'out-of-scope'],
    ['control: the reagent\'s action stated as a finding', 'CoCl2 stabilised HIF-1α in thyroid cancer cells.', 'supported'],
    ['control: a model named as a hypothesis with "in which" stays a claim', 'We propose a model in which IL-6 raises IGF-1 in HCC.', 'supported'],
  ]);
});
