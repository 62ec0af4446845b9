import * as assert from 'node:assert/strict';
import { bundledReadings } from './helpers';

// Issue 7, stop 50 (h-denial50): denials and polarity the reader missed. Our own sentences, one construction each.
// - a denied denial of likelihood or capacity, "not unlikely to", "not unable to", "it is not unlikely that", is a
//   hedged claim (extract.ts isNegated, denials.ts), as hedges keep the claim;
// - a treatment named again by its noun alone in a contrasting clause, "X administration raised A, whereas
//   prolonged administration impaired B", is X's (resumedTreatment.ts);
// - a relative clause opened by a preposition, "X has a role in which it lowers Y", is no role in Y (frames.ts gaps);
// - two verbs of opposite direction on one object, "X both promotes and retards Y", are both read (oppositeVerbPair.ts);
// - a guise with a relative clause, "X shows a second face that restrains Y", is X's (guiseRelative.ts).
const { read, check } = bundledReadings();

suite('a denied denial is a hedged claim (stop 50)', () => {
  test('"not unlikely to" and "not unable to" assert the verb', () => {
    check('IL-11 is not unlikely to promote tumour progression.', 'supported', 'IL11 promotes TUMOR_PROGRESSION');
    check('IL-6 was not unable to activate STAT3.', 'supported', 'IL6 activates STAT3');
  });
  test('"it is not unlikely that" keeps the clause', () => {
    check('It is not unlikely that IL-11 promotes tumour progression.', 'supported', 'IL11 promotes TUMOR_PROGRESSION');
  });
  test('near misses: "unlikely to", "unable to", "unlikely that" still deny', () => {
    check('IL-11 is unlikely to promote tumour progression.', 'contradicted', 'IL11 promotes TUMOR_PROGRESSION');
    check('IL-11 appears unlikely to promote tumour progression.', 'contradicted', 'IL11 promotes TUMOR_PROGRESSION');
    check('IL-6 was unable to activate STAT3.', 'contradicted', 'IL6 activates STAT3');
    check('It is unlikely that IL-11 promotes tumour progression.', 'contradicted', 'IL11 promotes TUMOR_PROGRESSION');
  });
});

suite('a treatment named again by its noun alone (stop 50)', () => {
  test('"whereas prolonged administration impaired Y" is the first clause\'s agent\'s', () => {
    check('Brief IL-6 administration raised STAT3 activity, whereas prolonged administration markedly impaired liver regeneration.', 'contradicted', 'IL6 inhibits LIVER_REGENERATION');
    check('Short-term IL-6 treatment (two days) hastened recovery, while repeated treatment (one week) impaired liver regeneration.', 'contradicted', 'IL6 inhibits LIVER_REGENERATION');
    check('Short-term IL-6 administration hastened recovery, whereas prolonged administration promoted liver regeneration.', 'supported', 'IL6 promotes LIVER_REGENERATION');
  });
  test('near misses: another agent, another noun, a list or no antecedent read nothing of the first name', () => {
    const own = read('Short-term IL-6 administration hastened recovery, whereas prolonged administration of IL-11 impaired liver regeneration.');
    assert.ok(!own.claims.some((c) => c.startsWith('IL6 ')), JSON.stringify(own.claims));
    for (const text of [
      'Short-term IL-6 administration hastened recovery, whereas prolonged treatment impaired liver regeneration.',
      'Short-term IL-6 and IL-11 administration hastened recovery, whereas prolonged administration impaired liver regeneration.',
      'IL-6 raised STAT3 activity, whereas prolonged administration impaired liver regeneration.',
    ]) {
      const got = read(text);
      assert.ok(!got.claims.some((c) => c.endsWith(' LIVER_REGENERATION')), `${text}\n${JSON.stringify(got.claims)}`);
    }
  });
});

suite('a relative clause opened by a preposition is no role in its object (stop 50)', () => {
  test('"a role in which it opposes Y" lowers Y', () => {
    check('IL-6 signalling has a role in which it opposes tumour growth.', 'contradicted', 'IL6 suppresses TUMOR_GROWTH');
    check('IL-6 plays a role in which it suppresses tumour growth.', 'contradicted', 'IL6 suppresses TUMOR_GROWTH');
  });
  test('near misses: the plain role and a relative that raises Y still promote', () => {
    check('IL-6 has a central role in tumour growth.', 'supported', 'IL6 promotes TUMOR_GROWTH');
    check('IL-6 has a role in which it promotes tumour growth.', 'supported', 'IL6 promotes TUMOR_GROWTH');
    check('IL-6 plays a key role in tumour growth, in which it activates STAT3.', 'supported', 'IL6 promotes TUMOR_GROWTH');
  });
});

suite('two verbs of opposite direction on one object are both read (stop 50)', () => {
  test('"both promote and retard Y", "inhibits and promotes Y", "promoting and retarding Y": both claims, the contradicted one wins', () => {
    for (const text of ['IL-6 can both promote and retard tumour growth.', 'IL-6 inhibits and promotes tumour growth.', 'IL-6 is a key regulator in cancer, promoting and retarding tumour growth.']) {
      const got = read(text);
      assert.ok(got.claims.includes('IL6 promotes TUMOR_GROWTH') && got.claims.includes('IL6 inhibits TUMOR_GROWTH'), `${text}\n${JSON.stringify(got.claims)}`);
      assert.equal(got.verdict, 'contradicted', text);
    }
  });
  test('near misses: verbs of one direction, and verbs on two objects, add nothing', () => {
    assert.deepEqual(read('IL-11 induces and activates STAT3.').claims, ['IL11 activates STAT3']);
    check('IL-6 promotes proliferation and inhibits tumour growth.', 'contradicted', 'IL6 inhibits TUMOR_GROWTH');
    assert.ok(!read('IL-6 promotes proliferation and inhibits tumour growth.').claims.includes('IL6 promotes TUMOR_GROWTH'));
  });
});

suite('a guise of an agent with a relative clause (stop 50)', () => {
  test('"X shows a second face that restrains Y", "presenting a brighter face that opposes Y": the relative is X\'s', () => {
    check('In some settings IL-6 shows a second face that restrains tumour growth.', 'contradicted', 'IL6 inhibits TUMOR_GROWTH');
    check('IL-6 plays a beneficial role, presenting a brighter face that opposes tumour growth.', 'contradicted', 'IL6 suppresses TUMOR_GROWTH');
    check('IL-6 has another side, which promotes tumour growth.', 'supported', 'IL6 promotes TUMOR_GROWTH');
    // A means after the object names no context: T cells are how, not where.
    check('IL-6 shows a brighter face that opposes tumour growth by mobilizing T cell responses.', 'contradicted', 'IL6 suppresses TUMOR_GROWTH');
  });
  test('near misses: a denied showing, and a face whose holder is another name, read nothing of X', () => {
    assert.deepEqual(read('IL-6 does not show a face that restrains tumour growth.').claims, []);
    assert.ok(!read('IL-6 activates STAT3, which shows a face that restrains tumour growth.').claims.includes('IL6 inhibits TUMOR_GROWTH'));
  });
});
