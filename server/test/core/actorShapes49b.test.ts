// Stop 49 (h-actor49b): sentences that named an actor and read no claim.
// - "X has emerged as an important mediator in Y" (frames.ts important-mediator-in): "a mediator of Y" was read
//   (vocabulary.ts agentNouns), "in" was not; only a process, phenotype or disease is the object, since a mediator
//   may sit on a route ("a key mediator in the response to IL-6").
// - "High (low) X levels indicate (signal, herald, portend) a poor prognosis" (frames.ts level-indicates-outcome):
//   "indicate" is a verb of reporting, read as the claim's verb only with an outcome right after it.
// - "Y is a (direct) target of X" (frames.ts target-of): X, a molecule, regulates Y; a drug's target stays
//   drugTargets.ts's inhibition, "a downstream target" stays downstream-effector-of's route.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));

suite('an important mediator in a process', () => {
  test('"X has emerged as a key mediator in Y": X promotes Y', () => {
    for (const [text, claim] of [
      ['IL-6 has emerged as an important mediator in hepatocellular carcinoma.', 'IL6 promotes TUMORIGENESIS'],
      ['STAT3 has emerged as a key mediator in tumour growth.', 'STAT3 promotes TUMOR_GROWTH'],
      ['HIF-1α has emerged as a central mediator in tumour angiogenesis.', 'HIF1A promotes ANGIOGENESIS'],
      ['Hypoxia has emerged as a major mediator in the metastasis of breast tumours.', 'HYPOXIA promotes METASTASIS'],
      ['MMP-13 has emerged as a critical mediator in cell invasion.', 'MMP13 promotes CELL_INVASION'],
      ['IL-6 emerged as a key mediator in cancer cell migration.', 'IL6 promotes CELL_MIGRATION'],
      ['Vimentin has emerged as a critical mediator in the migration of tumour cells.', 'VIM promotes CELL_MIGRATION'],
      ['STAT3 is a key mediator in tumour growth.', 'STAT3 promotes TUMOR_GROWTH'],
      ['IL-11 is a central mediator in bone metastasis.', 'IL11 promotes METASTASIS'],
      ['CAFs are important mediators in tumour progression.', 'CAF promotes TUMOR_PROGRESSION'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
    }
  });

  test('near misses: a route, a crosstalk, a hedge without the adjective, a denial', () => {
    // A mediator in a response to, or a crosstalk between, named things says no cause of them.
    assert.ok(!claimsOf('STAT3 has emerged as a key mediator in the response to IL-6.').some((c) => c.startsWith('STAT3 promotes IL6')));
    assert.ok(!claimsOf('IL-6 is a key mediator in the crosstalk between CAFs and tumour cells.').some((c) => c.startsWith('IL6 promotes CAF')));
    // A denial reads no claim of promotion.
    assert.ok(!claimsOf('IL-6 has not emerged as a mediator in tumour growth.').some((c) => c.startsWith('IL6 promotes')));
    assert.ok(!claimsOf('STAT3 was not a key mediator in tumour growth.').some((c) => c.startsWith('STAT3 promotes')));
  });
});

suite('a level that indicates an outcome', () => {
  test('"High X levels indicate a poor prognosis": X goes with the outcome; a low level turns it', () => {
    for (const [text, claim] of [
      ['High serum IL-6 levels indicate a poor prognosis in these patients.', 'IL6 associated-with(positive) POOR_PROGNOSIS'],
      ['High IL-6 levels indicate poor prognosis.', 'IL6 associated-with(positive) POOR_PROGNOSIS'],
      ['Low IGF-1 levels indicate poor prognosis.', 'IGF1 associated-with(negative) POOR_PROGNOSIS'],
      ['High IL-6 levels signal a poor prognosis.', 'IL6 associated-with(positive) POOR_PROGNOSIS'],
      ['High IL-11 expression signals poor survival.', 'IL11 associated-with(positive) POOR_PROGNOSIS'],
      ['Elevated MMP-13 expression heralds a poor prognosis in oral cancer.', 'MMP13 associated-with(positive) POOR_PROGNOSIS'],
      ['High vimentin expression portends poor survival.', 'VIM associated-with(positive) POOR_PROGNOSIS'],
      ['Low E-cadherin expression indicates a poor prognosis.', 'CDH1 associated-with(negative) POOR_PROGNOSIS'],
      ['Strong HIF-1α staining indicated an unfavourable prognosis.', 'HIF1A associated-with(positive) POOR_PROGNOSIS'],
      ['High STAT3 levels indicate poor prognosis.', 'STAT3 associated-with(positive) POOR_PROGNOSIS'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
    }
  });

  test('near misses: reporting, a verb of signalling, a denial, the opposite outcome', () => {
    // "indicate that ...": the reporting verb; the clause's own claim is read, no association.
    assert.ok(!claimsOf('These data indicate that IL-6 drives tumour growth.').some((c) => c.includes('associated-with')));
    // "signals through": the verb of signalling, not of indication.
    assert.ok(!claimsOf('IL-6 signals through gp130 to activate STAT3.').some((c) => c.includes('associated-with')));
    // A denial reads no positive association.
    assert.ok(!claimsOf('High IL-6 levels do not indicate a poor prognosis.').some((c) => c.startsWith('IL6 associated-with(positive)')));
    // A favourable prognosis is no poor one.
    assert.ok(!claimsOf('High IL-6 levels indicate a favourable prognosis.').some((c) => c.startsWith('IL6 associated-with(positive) POOR_PROGNOSIS')));
  });
});

suite('a target of a molecule', () => {
  test('"Y is a (direct, known) target of X": X regulates Y', () => {
    for (const [text, claim] of [
      ['STAT3 is a target of IL-6.', 'IL6 regulates STAT3'],
      ['MMP-13 is a target of IL-11.', 'IL11 regulates MMP13'],
      ['MMP-9 is a direct target of STAT3.', 'STAT3 regulates MMP9'],
      ['IL-6 is a known target of NF-κB.', 'NFKB regulates IL6'],
      ['Vimentin is a transcriptional target of HIF-1α.', 'HIF1A regulates VIM'],
      ['SOCS3 is a target of STAT3.', 'STAT3 regulates NCBIGENE_9021'],
      ['IL-11 is a novel target of TGF-β.', 'TGFB_FAMILY regulates IL11'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
    }
    assert.equal(onlySentence('STAT3 is a target of IL-6.', kb).verdict, 'supported');
  });

  test('near misses: a drug, a downstream target, a disease, therapy, a denial', () => {
    assert.deepEqual(claimsOf('STAT3 is a target of sorafenib.'), ['SORAFENIB inhibits STAT3']);
    assert.deepEqual(claimsOf('MMP-13 is a downstream target of IL-11.'), ['IL11 signals-through MMP13']);
    assert.deepEqual(claimsOf('STAT3 is a therapeutic target of HCC.'), []);
    assert.deepEqual(claimsOf('IL-6 is a target of therapy in HCC.'), []);
    assert.ok(!claimsOf('STAT3 is not a target of IL-6.').some((c) => c.startsWith('IL6 regulates STAT3')));
  });
});
