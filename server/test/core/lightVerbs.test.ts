// The light verbs of cause (vocabulary.ts lightCauseVerbs): a verb that says one thing brings another about and
// leaves the direction to the change named after it, "X leads to the loss of Y", "X results in increased Y", "a
// rise in Y stems from X". Each row's example is its own test; then each shape in sentences of other styles
// (entities, tenses, hedges, voices), and near misses: a denial, the roles the other way round, a change of
// another entity, "leads to the loss of" turning the relation, a verb that is no light verb without a change.
// Sentences written for this test, one construction each.
import * as assert from 'node:assert/strict';
import { lightCauseVerbs } from '../../src/core/claims/vocabulary';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

/** The checker's claims of a sentence, without context and mediators. */
const read = (text: string): string[] => claimsOf(text, kb).map((c) => c.replace(/ \[ctx [^\]]*\]| via \S+/g, ''));

suite('light verbs of cause: each row\'s example', () => {
  for (const { example, reads } of lightCauseVerbs) {
    test(example, () => assert.ok(read(example).includes(reads), `${reads} not in ${JSON.stringify(read(example))}`));
  }
});

/** Each shape: sentences in different styles, the claim each must give, and the sentence's verdict. */
const shapes: readonly { shape: string; sentences: readonly (readonly [text: string, reads: string, verdict: string])[] }[] = [
  {
    shape: 'a verb of result and a noun of rise or activation ("leads to the activation of Y")',
    sentences: [
      ['In breast cancer cells, IL-11 has been reported to lead to the activation of STAT3.', 'IL11 induces STAT3', 'supported'],
      ['Low oxygen tension may result in the accumulation of IL-11 in the culture medium.', 'HYPOXIA induces IL11', 'supported'],
      ['STAT3 signalling contributed to the upregulation of MMP-9 in the invading cells.', 'STAT3 promotes MMP9', 'supported'],
    ],
  },
  {
    shape: 'a verb of result and a noun of fall ("results in a reduction of Y"): the relation turns round',
    sentences: [
      ['Stimulation with IL-11 resulted in a pronounced reduction of E-cadherin at the membrane.', 'IL11 decreases CDH1', 'supported'],
      ['Active STAT3 could lead to the loss of E-cadherin from adherens junctions.', 'STAT3 suppresses CDH1', 'supported'],
      ['IL-11 is thought to bring about the downregulation of E-cadherin.', 'IL11 suppresses CDH1', 'supported'],
    ],
  },
  {
    shape: 'the cause after the verb ("a rise in Y results from X", "was brought about by X", "is attributable to X")',
    sentences: [
      ['The fall in E-cadherin expression probably results from IL-11 signalling.', 'IL11 suppresses CDH1', 'supported'],
      ['An increase in MMP-2 secretion was brought about by IL-11.', 'IL11 induces MMP2', 'supported'],
      ['Much of the rise in IL-11 was attributed to hypoxia in these experiments.', 'HYPOXIA induces IL11', 'supported'],
      ['The higher MMP-9 activity seems to arise from STAT3 activation.', 'STAT3 induces MMP9', 'supported'],
    ],
  },
  {
    shape: 'a verb of cause only with a change ("accounts for the rise in Y", "culminates in the loss of Y")',
    sentences: [
      ['STAT3 accounted for much of the increase in MMP-2 expression.', 'STAT3 promotes MMP2', 'supported'],
      ['Chronic IL-11 exposure culminated in a marked loss of E-cadherin.', 'IL11 suppresses CDH1', 'supported'],
    ],
  },
  {
    shape: 'a route between the verb and its preposition ("leads via Z to the activation of Y")',
    sentences: [
      // The route through gp130 and the step to Akt are one paper's (stop 42: gp130 towards STAT3 would be a chain).
      ['IL-11 leads via gp130 to the phosphorylation of Akt.', 'IL11 induces AKT', 'supported'],
      ['Hypoxia contributes through HIF-1α to the induction of IL-11.', 'HYPOXIA promotes IL11', 'supported'],
    ],
  },
  {
    shape: 'an adverb of degree between the verb and its preposition ("contributes significantly to Y", "leads directly to Y")',
    sentences: [
      ['In these tumours, IL-6 contributes significantly to the growth of the tumour.', 'IL6 promotes TUMOR_GROWTH', 'supported'],
      ['STAT3 activity contributes at least in part to EMT.', 'STAT3 promotes EMT', 'supported'],
      ['IL-11 leads directly to the phosphorylation of STAT3.', 'IL11 induces STAT3', 'supported'],
    ],
  },
  {
    shape: 'the size of the change between its article and its noun ("a threefold decrease in Y", "a marked rise in Y")',
    sentences: [
      ['IL-11 led to a threefold decrease in E-cadherin.', 'IL11 suppresses CDH1', 'supported'],
      ['Hypoxic culture produced a marked rise in IL-11 secretion.', 'HYPOXIA increases IL11', 'supported'],
      ['STAT3 activation resulted in a roughly 4-fold increase of MMP-9 activity.', 'STAT3 induces MMP9', 'supported'],
    ],
  },
  {
    shape: 'a change that followed X ("X was followed by a loss of Y")',
    sentences: [
      ['Stimulation with IL-11 was followed by a sharp rise in MMP-2 levels.', 'IL11 induces MMP2', 'supported'],
      ['In these cells, hypoxia is followed by a gradual increase of STAT3 phosphorylation.', 'HYPOXIA induces STAT3', 'supported'],
    ],
  },
  {
    shape: 'a cause named by its loss ("knockdown of X leads to ...") turns the change round',
    sentences: [
      ['Knockdown of STAT3 led to the loss of MMP-9 expression.', 'STAT3 induces MMP9', 'supported'],
      ['A reduction in MMP-2 levels resulted from STAT3 silencing.', 'STAT3 induces MMP2', 'supported'],
    ],
  },
  {
    shape: 'cells a condition describes, in a state ("hypoxic tumour cells are resistant to chemotherapy")',
    sentences: [
      ['Hypoxic tumour cells are frequently resistant to chemotherapy.', 'HYPOXIA promotes CHEMORESISTANCE', 'supported'],
      ['Hypoxic cancer cells became highly resistant to radiation therapy.', 'HYPOXIA promotes RADIORESISTANCE', 'supported'],
      ['This is partly explained by hypoxic tumour cells being refractory to anticancer therapy.', 'HYPOXIA promotes DRUG_RESISTANCE', 'supported'],
    ],
  },
];

suite('light verbs of cause: each shape in other words', () => {
  for (const { shape, sentences } of shapes) {
    suite(shape, () => {
      for (const [text, reads, verdict] of sentences) {
        test(text, () => {
          assert.ok(read(text).includes(reads), `${reads} not in ${JSON.stringify(read(text))}`);
          assert.equal(onlySentence(text, kb).verdict, verdict);
        });
      }
    });
  }
});

suite('light verbs of cause: the route before the preposition', () => {
  test('is the claim\'s route ("leads via Z to Y": Z is no participant)', () => {
    const claims = claimsOf('IL-11 leads via gp130 to the phosphorylation of STAT3.', kb);
    assert.ok(claims.some((c) => c.startsWith('IL11 induces STAT3') && c.endsWith('via GP130')), JSON.stringify(claims));
    assert.ok(!claims.some((c) => c.includes('induces GP130')), JSON.stringify(claims));
  });
});

/** Near misses: none may come out supported; each gives the reading it should instead. */
const nearMisses: readonly (readonly [text: string, reads: string | undefined, verdict: string])[] = [
  // denied
  ['IL-11 did not lead to any activation of STAT3 in these cells.', 'NOT IL11 induces STAT3', 'contradicted'],
  // the roles the other way round: no finding says E-cadherin acts on IL-11
  ['The loss of E-cadherin led to a rise in IL-11 secretion.', undefined, 'unsupported'],
  // "leads to the loss of" a marker the library has rising
  ['IL-11 leads to the loss of MMP-9 expression.', 'IL11 suppresses MMP9', 'contradicted'],
  // the change of another entity than the one the library links
  ['Hypoxia resulted in a decline of E-cadherin.', undefined, 'unsupported'],
  // a size word before a fall the library does not report
  ['IL-11 led to a threefold decrease in MMP-9 activity.', 'IL11 suppresses MMP9', 'contradicted'],
  // a change that followed, the other way round
  ['Hypoxia was followed by a marked fall in IL-11 secretion.', 'HYPOXIA suppresses IL11', 'contradicted'],
  // a sequence of two things, no change named
  ['IL-11 was followed by STAT3 in the ranked list of hits.', undefined, 'unsupported'],
  // cells in the opposite state
  ['Hypoxic cancer cells are sensitive to chemotherapy.', 'HYPOXIA promotes CHEMOSENSITIVITY', 'contradicted'],
  // an adverb of degree between verb and preposition: the sibling STAT, and a fall of what the library has rising
  ['STAT1 contributes considerably to EMT.', 'STAT1 promotes EMT', 'unsupported'],
  ['IL-6 contributes substantially to the decline of tumour growth.', 'IL6 suppresses TUMOR_GROWTH', 'contradicted'],
  // a verb that names no cause without a change: a share of a count
  ['IL-11 accounted for a fifth of the cytokines in the medium.', undefined, 'unsupported'],
];

suite('light verbs of cause: near misses', () => {
  for (const [text, reads, verdict] of nearMisses) {
    test(text, () => {
      const claims = read(text);
      if (reads) assert.ok(claims.includes(reads), `${reads} not in ${JSON.stringify(claims)}`);
      assert.notEqual(onlySentence(text, kb).verdict, 'supported', JSON.stringify(claims));
      assert.ok(onlySentence(text, kb).verdict.startsWith(verdict), `${onlySentence(text, kb).verdict} for ${JSON.stringify(claims)}`);
    });
  }
});

suite('light verbs of cause: a class and its members after the verb', () => {
  test('the class noun\'s adjective is no object beside the members ("contributes heavily to protumorigenic traits, including Y")', () => {
    const claims = read('STAT3 contributes heavily to several protumorigenic traits, including EMT and cell invasion.');
    assert.ok(claims.includes('STAT3 promotes EMT'), JSON.stringify(claims));
    assert.ok(!claims.some((c) => c.includes('TUMORIGENESIS')), JSON.stringify(claims));
  });
});
