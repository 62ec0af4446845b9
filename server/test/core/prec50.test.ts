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

// - "A role for X in Y was excluded (ruled out, has not been established)" (denials.ts): the role phrase is the
//   subject of a passive ruling-out, so its claim is denied; it had been read as "X promotes Y" and supported.
// - "X plays little if any (little or no) role in Y" (roleScale.ts): sized to nothing, as "little role" is.
suite('a role ruled out in the passive, a role sized "little if any"', () => {
  test('"a role for X in Y was excluded (ruled out, has not been established, could not be confirmed)": denied', () => {
    for (const text of [
      'A role for IL-11 in EMT was excluded.',
      'A role for IL-11 in EMT has not been established.',
      'Any involvement of IL-11 in EMT was firmly ruled out.',
      'A role for IL-11 in EMT could not be confirmed.',
    ]) assert.deepEqual(claimsAndVerdict(text, kb), { claims: ['NOT IL11 promotes EMT'], verdict: 'contradicted' }, text);
  });

  test('near misses: a ruling-out denied or asked about keeps the role; an affirmed role stays supported', () => {
    for (const text of ['A role for IL-11 in EMT could not be excluded.', 'A role for IL-11 in EMT cannot be ruled out.', 'A role for IL-11 in EMT was not excluded.', 'A role for IL-11 in EMT has been confirmed.']) {
      assert.deepEqual(claimsAndVerdict(text, kb), { claims: ['IL11 promotes EMT'], verdict: 'supported' }, text);
    }
    assert.deepEqual(claimsOf('A role for IL-11 in EMT remains to be established.', kb), ['IL11 promotes EMT']);
  });

  test('"little if any role", "little or no role": no effect; "a little-known role" is a role', () => {
    assert.deepEqual(claimsAndVerdict('IL-11 plays little if any role in EMT.', kb), { claims: ['IL11 no-effect EMT'], verdict: 'contradicted' });
    assert.deepEqual(claimsOf('IL-11 plays little or no role in EMT.', kb), ['IL11 no-effect EMT']);
    assert.deepEqual(claimsAndVerdict('IL-11 plays a little-known role in EMT.', kb), { claims: ['IL11 promotes EMT'], verdict: 'supported' });
  });
});
