// Issue 7, stop 52 (h-recA52): the cells a change was seen in, named by the loss (or the treatment) of a name, say that
// the name is the change's agent (extract.ts agentInPlace), now also when the loss word follows the name with a space,
// "in IGF-1R silenced cells", as the loss table allows (vocabulary.ts lossWording, group place), and when the change is
// a relation noun with no "by", "(analysis showed) the induction of Y in X-silenced cells" (extract.ts nominalClaims).
// Our own sentences.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { assertNotSupported, assertReading, bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60000);
  kb = await bundledKb();
});

suite('the loss in the cells a change was seen in (stop 52)', () => {
  test('spaced as hyphened: the lost name is the agent, turned round; a treatment is the agent as it is', () => {
    assertReading(kb, 'Apoptosis was induced in IGF1R silenced HCC cells.', 'supported', 'IGF1R suppresses APOPTOSIS');
    assertReading(kb, 'Apoptosis was reduced in IGF1R silenced HCC cells.', 'contradicted', 'IGF1R increases APOPTOSIS');
    assertReading(kb, 'MMP-9 secretion was raised in IL-11 treated breast cancer cells.', 'supported', 'IL11 increases MMP9');
    assertReading(kb, 'MMP-9 secretion was lowered in IL-11 treated breast cancer cells.', 'contradicted', 'IL11 decreases MMP9');
    assertReading(kb, 'MMP-9 secretion was lowered in IL-11 depleted breast cancer cells.', 'supported', 'IL11 increases MMP9');
  });

  test('a relation noun of the change with the cells after it', () => {
    assertReading(kb, 'Flow cytometry showed the induction of apoptosis in IGF-1R silenced liver cancer cells.', 'supported', 'IGF1R suppresses APOPTOSIS');
    assertReading(kb, 'We observed the suppression of apoptosis in IGF1R-silenced HCC cells.', 'contradicted', 'IGF1R promotes APOPTOSIS');
    assertReading(kb, 'The analysis showed the activation of STAT3 in IL-6 treated liver cancer cells.', 'supported', 'IL6 activates STAT3');
  });

  test('near misses: another cancer, an unbacked pair, a disease before the participle, an agent of the clause', () => {
    assertNotSupported(kb, 'The analysis showed the activation of STAT3 in IL-6 treated gastric cancer cells.');
    assertNotSupported(kb, 'We observed the induction of apoptosis in STAT3 silenced breast cancer cells.');
    // A disease is no agent a space may tie to the participle: the cells' disease, not a treatment.
    assert.ok(!claimsOf('Apoptosis was induced in HCC treated cells.', kb).some((c) => c.startsWith('HCC ') && !c.includes('associated-with')));
    // The clause names its agent before the noun: the cells are only where it acted.
    assert.ok(!claimsOf('Sorafenib caused the induction of apoptosis in IGF1R-silenced cells.', kb).some((c) => c.startsWith('IGF1R ')));
  });
});
