// Issue 7, stop 52 (h-flip52): constructions whose direction the reader missed, so a contradicted sentence was read as
// supported or as naming no claim. Our own sentences, one construction each, with near misses that keep their reading.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { assertReading, bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60000);
  kb = await bundledKb();
});

suite('a loss of the active form of a molecule (roles.ts activeStateWords)', () => {
  test('a state word between the loss and the name: the loss is still the name\'s', () => {
    assertReading(kb, 'Inhibition of activated STAT3 raised MMP-2 expression.', 'contradicted', 'STAT3 decreases MMP2');
    assertReading(kb, 'Blockade of phosphorylated STAT3 raised MMP-2 expression.', 'contradicted', 'STAT3 decreases MMP2');
    assertReading(kb, 'Loss of activated STAT3 lowered MMP-2 expression.', 'supported', 'STAT3 increases MMP2');
    assertReading(kb, 'Knockdown of endogenous STAT3 reduced cell invasion.', 'supported', 'STAT3 increases CELL_INVASION');
    assertReading(kb, 'Inhibition of constitutively activated STAT3 reduced cell invasion.', 'supported', 'STAT3 increases CELL_INVASION');
  });

  test('a fall of the active form after a verb of cause is a fall of the molecule', () => {
    assertReading(kb, 'IL-11 caused the inhibition of activated STAT3.', 'contradicted', 'IL11 suppresses STAT3');
    assertReading(kb, 'IL-11 resulted in the loss of activated STAT3.', 'contradicted', 'IL11 suppresses STAT3');
  });

  test('near misses: the active form itself, and a rise of it, keep their direction', () => {
    assertReading(kb, 'Activated STAT3 raised MMP-2 expression.', 'supported', 'STAT3 increases MMP2');
    assertReading(kb, 'IL-11 led to a rise in activated STAT3.', 'supported', 'IL11 induces STAT3');
    assertReading(kb, 'Inhibition of STAT3 raised MMP-2 expression.', 'contradicted', 'STAT3 decreases MMP2');
  });
});

suite('regeneration in a sentence about the liver (impliedMentions.ts)', () => {
  test('the bare noun is the liver\'s regrowth', () => {
    assertReading(kb, 'IL-6 slowed regeneration of the liver.', 'contradicted', 'IL6 decreases LIVER_REGENERATION');
    assertReading(kb, 'IL-6 lowered hepatocyte apoptosis and slowed regeneration.', 'contradicted', 'IL6 decreases LIVER_REGENERATION');
    assertReading(kb, 'After partial hepatectomy, IL-6 hastened regeneration in wild-type mice.', 'supported', 'IL6 promotes LIVER_REGENERATION');
  });

  test('near misses: regeneration of another tissue names nothing; the named process stays', () => {
    assert.deepEqual(claimsOf('IL-6 delayed regeneration of the intestinal epithelium.', kb), []);
    assertReading(kb, 'IL-6 impairs liver regeneration.', 'contradicted', 'IL6 inhibits LIVER_REGENERATION');
  });
});

suite('a part called unneeded (roleScale.ts)', () => {
  test('a dispensable (unnecessary) step, factor or role denies the effect', () => {
    assertReading(kb, 'EMT is a dispensable step in the invasion of tumour cells.', 'contradicted', 'EMT no-effect CELL_INVASION');
    assertReading(kb, 'STAT3 is an unnecessary factor in cell migration.', 'contradicted', 'STAT3 no-effect CELL_MIGRATION');
    assertReading(kb, 'STAT3 plays a dispensable role in cell invasion.', 'contradicted', 'STAT3 no-effect CELL_INVASION');
  });

  test('near misses: a needed step, and an unneeded one denied, keep the role', () => {
    assertReading(kb, 'EMT is an essential step in metastasis.', 'supported', 'EMT promotes METASTASIS');
    assertReading(kb, 'STAT3 is not a dispensable factor in cell invasion.', 'supported', 'STAT3 promotes CELL_INVASION');
  });
});

suite('a change of cells toward less of a trait (frames.ts transforms-cells-to-become-less, renders-cells-less)', () => {
  test('"to become less Y", "into less Y ones", "less Y": the cause holds the trait back', () => {
    assertReading(kb, 'Hypoxia may transform tumour cells to become less invasive.', 'contradicted', 'HYPOXIA inhibits CELL_INVASION');
    assertReading(kb, 'Hypoxia turned the tumour cells into less migratory ones.', 'contradicted', 'HYPOXIA inhibits CELL_MIGRATION');
    assertReading(kb, 'Hypoxia renders tumour cells less invasive.', 'contradicted', 'HYPOXIA inhibits CELL_INVASION');
  });

  test('near miss: "less resistant (sensitive) to apoptosis" is no fall of apoptosis', () => {
    for (const sentence of ['IL-6 made the tumour cells less resistant to apoptosis.', 'IL-6 transformed tumour cells to become less resistant to apoptosis.', 'IL-6 rendered tumour cells less sensitive to apoptosis.']) {
      assert.ok(!claimsOf(sentence, kb).some((c) => c.includes('APOPTOSIS')), `${sentence}: ${JSON.stringify(claimsOf(sentence, kb))}`);
    }
  });

  test('cells transformed to become resistant to a process: the process held back (transforms-cells-resistant-to-process)', () => {
    assertReading(kb, 'IL-6 transformed tumour cells to become resistant to apoptosis.', 'supported', 'IL6 suppresses APOPTOSIS');
    assertReading(kb, 'Hypoxia may transform cancer cells to become more invasive.', 'supported', 'HYPOXIA promotes CELL_INVASION');
  });

  test('near misses: "more" keeps the trait raised', () => {
    assertReading(kb, 'IL-11 transforms cancer cells to become more aggressive and invasive.', 'supported', 'IL11 promotes CELL_INVASION');
    assertReading(kb, 'Hypoxia makes tumour cells more invasive.', 'supported', 'HYPOXIA promotes CELL_INVASION');
  });
});

suite('an effect named by the change it fits (frames.ts changes-consistent-with-less/-more)', () => {
  test('the adjective after "consistent with" gives the direction', () => {
    assertReading(kb, 'Hypoxia induced changes consistent with a decreased metastatic potential.', 'contradicted', 'HYPOXIA inhibits METASTASIS');
    assertReading(kb, 'IL-11 caused alterations more consistent with reduced cell migration.', 'contradicted', 'IL11 inhibits CELL_MIGRATION');
    assertReading(kb, 'Hypoxia induced changes consistent with increased invasion.', 'supported', 'HYPOXIA promotes CELL_INVASION');
  });

  test('near miss: changes in a named partner stay a plain change', () => {
    assertReading(kb, 'Hypoxia induced changes in EMT markers.', 'supported', 'HYPOXIA regulates EMT_MARKERS');
  });
});

suite('a mechanism clause after a semicolon (mechanismClause.ts)', () => {
  test('"; one of the mechanisms is to V Y": the first clause\'s subject acts on Y', () => {
    assertReading(kb, 'Hypoxia drives metastasis; one of the mechanisms is to block EMT.', 'contradicted', 'HYPOXIA inhibits EMT');
    assertReading(kb, 'Hypoxia plays a key role in metastasis; one of its mechanisms is to induce EMT.', 'supported', 'HYPOXIA induces EMT');
    assertReading(kb, 'STAT3 drives cell invasion; the main mechanism is through inducing MMP-2.', 'supported', 'STAT3 induces MMP2');
  });

  test('near misses: a clause with its own subject, a mechanism left unnamed, a subject named by its loss', () => {
    assertReading(kb, 'Hypoxia promotes metastasis; the mechanism is unknown.', 'supported', 'HYPOXIA promotes METASTASIS');
    assert.ok(!claimsOf('Hypoxia promotes metastasis; STAT3 blocks apoptosis.', kb).some((c) => c.startsWith('HYPOXIA') && c.includes('APOPTOSIS')));
    assert.ok(!claimsOf('Knockdown of IL-11 reduced invasion; one mechanism is to block STAT3.', kb).some((c) => c.includes('STAT3')));
  });
});

suite('an adjective of what the subject is common to (anchored/path.ts afterSharedByAdjective)', () => {
  test('"X common to (typical of) Y is a factor in Z": the verb is X\'s', () => {
    assertReading(kb, 'The hypoxic microenvironment common to tumour cells is an important factor in the inhibition of EMT.', 'contradicted', 'HYPOXIA suppresses EMT');
    assertReading(kb, 'Hypoxia common in tumours is a key factor in metastasis.', 'supported', 'HYPOXIA promotes METASTASIS');
  });

  test('near miss: with the adjective set off by commas the reading is as before', () => {
    assertReading(kb, 'Hypoxia, common to tumour cells, promotes EMT.', 'supported', 'HYPOXIA promotes EMT');
  });
});
