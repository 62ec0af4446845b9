// Stop 50 (h-prec50): shapes the reader got wrong on sentences of our own (issue 7, SUPPORTED precision).
// - "STAT3 is a key player (factor, element) in IL-6 signalling" (frames.ts mediator-in-signalling): the role noun
//   places STAT3 on the route named by its ligand, so IL-6 signals through STAT3; the role frames had read "STAT3
//   promotes IL6" (important-factor-in, key-pathway-in), as if STAT3 raised the ligand.
// - "STAT3 is not a target of NT157", "NT157 does not target STAT3" (drugTargets.ts): a denied target is the drug's
//   inhibition denied; the cue took "not" as a filler word and read "NT157 inhibits STAT3".
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsAndVerdict, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a player (factor) in a route named by its ligand', () => {
  test('"Y is a key player (factor, element) in X signalling": X signals through Y, and Y does not promote X', () => {
    for (const [text, claim] of [
      ['STAT3 is a key player in IL-6 signalling.', 'IL6 signals-through STAT3'],
      ['STAT3 is an important player in IL-6 signaling in HCC cells.', 'IL6 signals-through STAT3 [ctx HCC]'],
      ['In these tumours, STAT3 is a key factor in IL-11 signalling.', 'IL11 signals-through STAT3 [ctx CANCER]'],
      ['STAT3 acts as a central player in the IL-6 pathway.', 'IL6 signals-through STAT3'],
      ['STAT3 was identified as a key player in the IL-6 signalling pathway.', 'IL6 signals-through STAT3'],
      ['JAK1 is an essential element in IL-6 signalling.', 'IL6 signals-through NCBIGENE_3716'],
    ] as const) assert.deepEqual(claimsOf(text, kb), [claim], text);
    assert.equal(claimsAndVerdict('STAT3 is a key player in IL-6 signalling.', kb).verdict, 'supported');
  });

  test('near misses: a process after "in", a route named as a cause, a regulator, a denial', () => {
    assert.deepEqual(claimsOf('STAT3 is a key player in tumour growth.', kb), ['STAT3 promotes TUMOR_GROWTH']);
    assert.deepEqual(claimsOf('IL-6 is a key player in tumour growth.', kb), ['IL6 promotes TUMOR_GROWTH']);
    assert.deepEqual(claimsOf('STAT3 is a key factor in IL-6-induced invasion.', kb), ['STAT3 promotes CELL_INVASION']);
    assert.deepEqual(claimsOf('STAT3 is a key regulator in IL-6 signalling.', kb), []);
    assert.deepEqual(claimsOf('STAT3 is not a key player in IL-6 signalling.', kb), ['NOT IL6 signals-through STAT3']);
  });
});

suite('a denied target of a drug', () => {
  test('"Y is not a target of D", "D does not target Y": the inhibition denied, contradicted where the library has it', () => {
    for (const [text, claims] of [
      ['STAT3 is not a target of NT157.', ['NOT NT157 inhibits STAT3']],
      ['IRS-1 and STAT3 are not targets of NT157.', ['NOT NT157 inhibits IRS1', 'NOT NT157 inhibits STAT3']],
      ['STAT3 was never a direct target of NT157 in HCC cells.', ['NOT NT157 inhibits STAT3 [ctx HCC]']],
      ['NT157 does not target STAT3.', ['NOT NT157 inhibits STAT3']],
      ['STAT3 is not a target of sorafenib.', ['NOT SORAFENIB inhibits STAT3']],
    ] as const) assert.deepEqual(claimsOf(text, kb), [...claims].sort(), text);
    assert.equal(claimsAndVerdict('STAT3 is not a target of NT157.', kb).verdict, 'contradicted');
  });

  test('near misses: the plain target, "not only", a denial of another drug after the claim', () => {
    assert.deepEqual(claimsAndVerdict('STAT3 is a target of NT157.', kb), { claims: ['NT157 inhibits STAT3'], verdict: 'supported' });
    assert.deepEqual(claimsOf('NT157 targets IRS-1 and STAT3.', kb), ['NT157 inhibits IRS1', 'NT157 inhibits STAT3']);
    assert.deepEqual(claimsOf('STAT3 is not only a target of NT157.', kb), ['NT157 inhibits STAT3']);
    assert.deepEqual(claimsOf('STAT3 is a target of NT157, not of sorafenib.', kb), ['NT157 inhibits STAT3']);
  });
});
