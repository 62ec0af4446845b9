// Stop 49 (h-actor49): sentences that named an actor and read no claim.
// - "Y rose 30 minutes after X treatment": a time span between an intransitive verb of change and the cause's
//   preposition is no object (extract.ts durationBeforeCause, read by intransitive).
// - "Y was decreased after exposure to X": a passive with no "by" whose cause follows "after" and a noun of
//   treatment (extract.ts respondsFrom, which the active verb used already).
// - "X hastened (propels, intensified) Y": verbs of cause the verb table lacked (vocabulary.ts verbStems).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));

suite('a time span before the cause; a passive after treatment; verbs of cause', () => {
  test('"Y rose 30 minutes after X treatment": the span is no object', () => {
    for (const [text, claim] of [
      ['STAT3 phosphorylation rose 30 minutes after IL-6 treatment.', 'IL6 increases STAT3'],
      ['STAT3 phosphorylation increased 2 h after IL-11 stimulation.', 'IL11 increases STAT3'],
      ['E-cadherin expression decreased 48 h after exposure to hypoxia.', 'HYPOXIA decreases CDH1'],
      ['E-cadherin expression decreased 2-4 h after exposure to hypoxia.', 'HYPOXIA decreases CDH1'],
      ['STAT3 phosphorylation fell 30 minutes after IL-6 treatment.', 'IL6 decreases STAT3'],
      ['MMP-13 expression rose 24 and 48 hours following IL-11 treatment.', 'IL11 increases MMP13'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
    }
    assert.equal(onlySentence('STAT3 phosphorylation rose 30 minutes after IL-6 treatment.', kb).verdict, 'supported');
    // Near misses: denied, the claim is denied; a method step with a span reads nothing; a span with no cause after
    // it ("rose 30 minutes later") names no agent.
    assert.ok(claimsOf('STAT3 phosphorylation did not rise 30 minutes after IL-6 treatment.').some((c) => c.startsWith('NOT IL6 increases STAT3')));
    assert.deepEqual(claimsOf('Cells were harvested 24 h after IL-6 treatment.'), []);
    assert.ok(!claimsOf('STAT3 phosphorylation rose 30 minutes later in the IL-6 group.').some((c) => c.startsWith('IL6 increases STAT3')));
  });

  test('"Y was decreased after exposure to X": the treated-with name is the cause', () => {
    for (const [text, claim] of [
      ['E-cadherin expression was decreased after exposure to hypoxia.', 'HYPOXIA decreases CDH1'],
      ['MMP-13 was induced following treatment with IL-11.', 'IL11 induces MMP13'],
      ['STAT3 phosphorylation was increased after stimulation with IL-6 in HCC cells.', 'IL6 increases STAT3'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: a method verb reads nothing; a "by" agent stays the agent.
    assert.deepEqual(claimsOf('Vimentin was measured 48 h after exposure to hypoxia.'), []);
    assert.ok(reads('MMP-13 was induced by IL-6 after treatment with IL-11.', 'IL6 induces MMP13'));
  });

  test('"X hastened (intensified, propels) Y"', () => {
    for (const [text, claim] of [
      ['IL-6 hastened tumour growth in mice.', 'IL6 promotes TUMOR_GROWTH'],
      ['Tumour growth was hastened by IL-6.', 'IL6 promotes TUMOR_GROWTH'],
      ['Hypoxia intensified invasion of MDA-MB-231 cells.', 'HYPOXIA increases CELL_INVASION'],
      ['Hypoxia intensifies invasion of MDA-MB-231 cells.', 'HYPOXIA increases CELL_INVASION'],
      ['STAT3 propels tumour growth.', 'STAT3 promotes TUMOR_GROWTH'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: denied, and a sibling's claim the library has no finding on.
    assert.equal(onlySentence('IL-6 did not hasten tumour growth.', kb).verdict, 'contradicted');
    assert.notEqual(onlySentence('IL-11 hastened apoptosis of breast cancer cells.', kb).verdict, 'supported');
  });
});
