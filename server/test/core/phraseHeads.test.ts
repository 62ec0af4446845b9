// The phrase an entity stands in (anchored.ts readPhrase, through cues.ts headSays and the rows of vocabulary.ts
// phraseHeads): each shape of phrase that scientific prose builds round a name, read in several styles (a result,
// a discussion, a review, a figure legend), and near misses whose head says less of the entity, or its loss.
// Sentences written for this test, one construction each. Last, a plural subject whose verb the tagger takes for a
// noun (nounPhrases.ts withPluralSubjectVerb), which left the subject's phrase ending in a word of no reading.
import * as assert from 'node:assert/strict';
import { headSays, ownSignalling, phraseHeads, producedFactors } from '../../src/core/claims/cues';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { anchoredClaimsOf, bundledKb, chunksOf as chunksIn, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

/** Anchored reading's claims of a sentence, without context, mediators and an association's sign. */
const anchored = (text: string): string[] => anchoredClaimsOf(text, kb).map((c) => c.replace(/ \[ctx [^\]]*\]| via \S+|\((?:positive|negative|undirected)\)/g, ''));
/** The whole checker's claims of a sentence, the same way. */
const checked = (text: string): string[] => claimsOf(text, kb).map((c) => c.replace(/ \[ctx [^\]]*\]| via \S+|\((?:positive|negative|undirected)\)/g, ''));

suite('phrase heads: each row\'s example', () => {
  for (const { example, reads } of phraseHeads) {
    test(example, () => assert.ok(anchored(example).includes(reads), `${reads} not in ${JSON.stringify(anchored(example))}`));
  }
});

suite('phrase heads: what a head says', () => {
  test('the regular plural of a head says what the head says', () => {
    assert.equal(headSays('cascades'), 'same');
    assert.equal(headSays('concentrations'), 'same');
    assert.equal(headSays('activities'), 'same');
    assert.equal(headSays('axes'), 'same');
    assert.equal(headSays('deficits'), 'loss');
    assert.equal(headSays('cells'), undefined);
  });
  test('a member noun says the family only after a family', () => {
    assert.equal(headSays('cytokine', true), 'same');
    assert.equal(headSays('cytokine'), undefined);
  });
});

/** Each shape: sentences in different styles, and the claim each must give. */
const shapes: readonly { shape: string; sentences: readonly (readonly [text: string, reads: string])[] }[] = [
  {
    shape: 'an amount noun, plural, after the name ("plasma X concentrations")',
    sentences: [
      ['Plasma IL-6 concentrations correlated with tumour progression in our cohort.', 'IL6 associated-with TUMOR_PROGRESSION'],
      ['Hypoxia raised IL-11 concentrations about threefold in these cells.', 'HYPOXIA increases IL11'],
      ['High serum IL-6 concentrations have been linked to a poor prognosis by several groups.', 'IL6 associated-with POOR_PROGNOSIS'],
      ['(C) Hypoxia raised IL-11 concentrations in the media of the cells over 48 h.', 'HYPOXIA increases IL11'],
    ],
  },
  {
    shape: 'an amount noun before "of" ("concentrations of X")',
    sentences: [
      ['Concentrations of IL-11 rose in the cells under hypoxia.', 'HYPOXIA increases IL11'],
      ['In patients, higher concentrations of IL-6 were associated with a poor prognosis.', 'IL6 associated-with POOR_PROGNOSIS'],
      ['Hypoxia raised the amounts of secreted IL-11 in the medium.', 'HYPOXIA increases IL11'],
    ],
  },
  {
    shape: 'a titre or output of the name ("serum X titres", "X output")',
    sentences: [
      ['Serum IL-6 titres were associated with a poor prognosis in this series.', 'IL6 associated-with POOR_PROGNOSIS'],
      ['Hypoxia lowered the IL-11 output of the cultured cells.', 'HYPOXIA decreases IL11'],
      ['Figure 4. IL-6 output by stromal cells drives the invasion of tumour cells.', 'IL6 promotes CELL_INVASION'],
    ],
  },
  {
    shape: 'the entity made, kept or arriving ("X biosynthesis", "X mRNA stability", "macrophage infiltration")',
    sentences: [
      ['Hypoxia raised IL-11 biosynthesis in tumour cells.', 'HYPOXIA increases IL11'],
      ['In the discussion we argue that hypoxia promoted IL-11 mRNA stability.', 'HYPOXIA promotes IL11'],
      ['Fig. 6. Macrophage infiltration promotes tumour growth in the model.', 'CL_0000235 promotes TUMOR_GROWTH'],
    ],
  },
  {
    shape: 'the size of a tumour ("tumour volume", "tumour burden", "tumour weight")',
    sentences: [
      ['Sorafenib shrank tumour volume in the treated mice.', 'SORAFENIB decreases TUMOR_GROWTH'],
      ['Tumour burden was clearly lowered by sorafenib in this model.', 'SORAFENIB decreases TUMOR_GROWTH'],
      ['(D) Sorafenib lowered tumour weight in xenografts.', 'SORAFENIB decreases TUMOR_GROWTH'],
    ],
  },
  {
    shape: 'a signalling route, plural or a circuit ("X signalling cascades", "the X/Y feedback loop")',
    sentences: [
      ['IL-11 signalling cascades promote tumour growth.', 'IL11 promotes TUMOR_GROWTH'],
      ['The STAT3 pathways promote the invasion of tumour cells.', 'STAT3 promotes CELL_INVASION'],
      ['In many cancers, the IL-6/STAT3 circuit sustains tumour growth.', 'IL6_STAT3_AXIS promotes TUMOR_GROWTH'],
      ['As reviewed elsewhere, an IL-6/STAT3 feedback loop fuels tumour growth.', 'IL6_STAT3_AXIS promotes TUMOR_GROWTH'],
    ],
  },
  {
    shape: 'a step of the entity at work ("X dimerization", "engagement of X")',
    sentences: [
      ['STAT3 dimerization was required for the invasion of the tumour cells.', 'STAT3 promotes CELL_INVASION'],
      ['Engagement of gp130 drives STAT3 activation.', 'GP130 promotes STAT3'],
      ['Fig. 5. STAT3 dimerisation drives the migration of tumour cells.', 'STAT3 promotes CELL_MIGRATION'],
    ],
  },
  {
    shape: 'more of the entity ("X hyperactivation", "overproduction of X")',
    sentences: [
      ['STAT3 hyperactivation drives the invasion of tumour cells.', 'STAT3 promotes CELL_INVASION'],
      ['Hyperactivation of STAT3 was linked to a poor prognosis in these tumours.', 'STAT3 associated-with POOR_PROGNOSIS'],
      ['(E) Tumour growth was driven by STAT3 hyperactivation in these mice.', 'STAT3 promotes TUMOR_GROWTH'],
      ['Overproduction of IL-6 fuels tumour growth in mice.', 'IL6 promotes TUMOR_GROWTH'],
      ['As reviewed, IL-6 oversecretion drives tumour growth.', 'IL6 promotes TUMOR_GROWTH'],
    ],
  },
  {
    shape: 'less of the entity ("X underexpression", "X hypoactivation")',
    sentences: [
      ['An underexpression of STAT3 slowed the invasion of tumour cells.', 'STAT3 increases CELL_INVASION'],
      ['STAT3 underexpression lowered the invasion of tumour cells.', 'STAT3 increases CELL_INVASION'],
      ['Figure 2. STAT3 hypoactivation lowered the invasion of tumour cells.', 'STAT3 increases CELL_INVASION'],
      ['STAT3 dephosphorylation lowered the invasion of tumour cells.', 'STAT3 increases CELL_INVASION'],
    ],
  },
  {
    shape: 'a loss of the entity ("X haploinsufficiency", "a deficit of X")',
    sentences: [
      ['STAT3 haploinsufficiency lowered the invasion of tumour cells.', 'STAT3 increases CELL_INVASION'],
      ['The growth of tumours was lowered by STAT3 haploinsufficiency.', 'STAT3 increases TUMOR_GROWTH'],
      ['A deficit of IL-6 reduced tumour growth in these animals.', 'IL6 increases TUMOR_GROWTH'],
      ['STAT3 deficits lowered the invasion of tumour cells.', 'STAT3 increases CELL_INVASION'],
      ['(B) STAT3 impairment lowered the migration of tumour cells.', 'STAT3 increases CELL_MIGRATION'],
    ],
  },
  {
    shape: 'a member of a family ("an X family cytokine", "X family proteins")',
    sentences: [
      ['An IL-6 family cytokine drives the migration of tumour cells.', 'IL6_FAMILY promotes CELL_MIGRATION'],
      ['IL-6 family proteins promote tumour growth.', 'IL6_FAMILY promotes TUMOR_GROWTH'],
      ['As a group, the IL-6 family ligands promote the growth of tumours.', 'IL6_FAMILY promotes TUMOR_GROWTH'],
    ],
  },
];

suite('phrase heads: each shape in several styles', () => {
  for (const { shape, sentences } of shapes) {
    test(shape, () => {
      for (const [text, reads] of sentences) assert.ok(anchored(text).includes(reads), `${text}: ${reads} not in ${JSON.stringify(anchored(text))}`);
    });
  }
});

suite('phrase heads: near misses', () => {
  test('a head that says less or a loss of the entity turns the claim round, for the whole checker too', () => {
    for (const [text, reads, never] of [
      ['STAT3 haploinsufficiency raised the invasion of tumour cells.', 'STAT3 decreases CELL_INVASION', 'STAT3 increases CELL_INVASION'],
      ['An underexpression of STAT3 heightened the invasion of tumour cells.', 'STAT3 decreases CELL_INVASION', 'STAT3 increases CELL_INVASION'],
      ['A deficit of IL-6 reduced tumour growth in these animals.', 'IL6 increases TUMOR_GROWTH', 'IL6 decreases TUMOR_GROWTH'],
      ['STAT3 hypoactivation lowered the invasion of tumour cells.', 'STAT3 increases CELL_INVASION', 'STAT3 decreases CELL_INVASION'],
      // the plural of a loss head, for the frame reader too (vocabulary.ts headsSaying)
      ['STAT3 deficits enhanced the migration of tumour cells.', 'STAT3 decreases CELL_MIGRATION', 'STAT3 increases CELL_MIGRATION'],
    ] as const) {
      assert.ok(anchored(text).includes(reads), `${text}: ${JSON.stringify(anchored(text))}`);
      assert.ok(!checked(text).includes(never), `${text}: ${JSON.stringify(checked(text))}`);
    }
  });
  test('loss-of-function heads keep their reading ("inhibitors of X", "loss of X", "X antagonists", "X-negative")', () => {
    assert.ok(anchored('Inhibitors of STAT3 reduced cell invasion.').includes('STAT3 increases CELL_INVASION'));
    assert.ok(anchored('Loss of STAT3 lowered cell invasion.').includes('STAT3 increases CELL_INVASION'));
    assert.ok(anchored('STAT3 antagonists slowed the growth of tumours.').includes('STAT3 increases TUMOR_GROWTH'));
    assert.ok(!anchored('IL-6-negative tumours showed lower invasion.').some((c) => c.startsWith('IL6 promotes') || c.startsWith('IL6 increases')));
  });
  test('a member noun after a name that is no family says nothing of it ("the STAT3 cytokine")', () => {
    assert.deepEqual(anchored('The STAT3 cytokine drives the migration of tumour cells.').filter((c) => c.startsWith('STAT3 ')), []);
  });
  test('"uptake" is no head: tumour cells taking up X make no X', () => {
    assert.ok(!anchored('IL-6 uptake by tumour cells promotes their invasion.').includes('CANCER increases IL6'), JSON.stringify(anchored('IL-6 uptake by tumour cells promotes their invasion.')));
  });
  test('a head that names another thing stays another thing, whatever its plural ("X target gene concentrations")', () => {
    assert.deepEqual(anchored('STAT3 target gene concentrations rose after IL-6 treatment.').filter((c) => c.includes('STAT3')), []);
  });
});

suite('a plural subject whose verb the tagger reads as a noun', () => {
  const chunksOf = (text: string): string => chunksIn(text, kb);
  test('the verb after the plural head ends the subject, in several styles', () => {
    for (const [text, reads] of [
      ['High IL-6 levels drive the invasion of tumour cells.', 'IL6 promotes CELL_INVASION'],
      ['In most tumours, STAT3 signalling cascades drive the invasion of the cells.', 'STAT3 promotes CELL_INVASION'],
      ['As reviewed above, IL-6 family members drive the invasion of tumour cells.', 'IL6_FAMILY promotes CELL_INVASION'],
      ['(F) Elevated IL-11 concentrations drive tumour growth.', 'IL11 promotes TUMOR_GROWTH'],
    ] as const) {
      assert.ok(anchored(text).includes(reads), `${text}: ${JSON.stringify(anchored(text))} ${chunksOf(text)}`);
    }
  });
  test('a sentence with a finite verb of its own keeps the noun a noun', () => {
    assert.ok(!chunksOf('The IL-6 levels increase assay was repeated twice.').includes('[VG increase]'), chunksOf('The IL-6 levels increase assay was repeated twice.'));
    assert.ok(!chunksOf('Tumour cells release assays showed higher IL-6.').includes('[VG release]'), chunksOf('Tumour cells release assays showed higher IL-6.'));
  });
});

suite('a name\'s own signalling after a hyphen-tied participle ("IL-6-mediated signalling")', () => {
  for (const { example, reads } of ownSignalling.examples) {
    test(example, () => assert.ok(anchored(example).includes(reads), `${reads} not in ${JSON.stringify(anchored(example))}`));
  }
  test('another noun after the participle keeps its reading: no claim of the name on what the noun acts on', () => {
    assert.ok(!anchored('Hypoxia-induced invasion was blocked by sorafenib.').some((c) => c.startsWith('SORAFENIB') && c.endsWith('HYPOXIA')), JSON.stringify(anchored('Hypoxia-induced invasion was blocked by sorafenib.')));
    assert.ok(!anchored('IL-6-induced expression of MMP-13 promoted invasion.').includes('IL6 promotes CELL_INVASION'), JSON.stringify(anchored('IL-6-induced expression of MMP-13 promoted invasion.')));
  });
});

suite('what cells make stands for them ("CAF-derived factors")', () => {
  for (const { example, reads } of producedFactors.examples) {
    test(example, () => assert.ok(anchored(example).includes(reads), `${reads} not in ${JSON.stringify(anchored(example))}`));
  }
  test('a maker that is no cell type, or a noun that names another thing, keeps its reading', () => {
    // A place: the tumour is where, not who.
    assert.ok(!anchored('Tumour-derived factors drive the invasion of liver cancer cells.').some((c) => c.startsWith('CANCER ')), JSON.stringify(anchored('Tumour-derived factors drive the invasion of liver cancer cells.')));
    // A cause of a change: IL-6 induced the factors; it is not said to drive invasion itself.
    assert.ok(!anchored('IL-6-induced factors drive the invasion of liver cancer cells.').includes('IL6 promotes CELL_INVASION'), JSON.stringify(anchored('IL-6-induced factors drive the invasion of liver cancer cells.')));
    // A noun of the cells, not of what they make.
    assert.ok(!anchored('CAF-derived cell lines drive the invasion of liver cancer cells.').includes('CAF promotes CELL_INVASION'), JSON.stringify(anchored('CAF-derived cell lines drive the invasion of liver cancer cells.')));
  });
});
