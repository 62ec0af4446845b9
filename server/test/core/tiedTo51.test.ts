// Stop 51 (h-assoc51): "X is tied to Y" is the guideline's plain association, as "linked to" is. It is one row of
// vocabulary.ts associationWordings, so every reader of association reads it: the passive, a degree adverb, a hedge
// and a denial as for any association verb, the reduced relative that describes a subject, the fronted set
// description, and a chain of predicates. Near misses nm-tD01..
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const read = (text: string) => {
  const result = onlySentence(text, kb);
  return { verdict: result.verdict, claims: result.claims.map((c) => formatClaim(c.claim).split(' [')[0]) };
};

suite('"tied to" is a plain association', () => {
  test('the passive reads the association, as "linked to" does', () => {
    const tied = read('Higher IL-11 expression in OSCC tissue was tied to lymph node metastasis.');
    assert.deepEqual(tied.claims, ['IL11 associated-with(positive) LYMPH_NODE_METASTASIS']);
    assert.deepEqual(tied, read('Higher IL-11 expression in OSCC tissue was linked to lymph node metastasis.'));
    assert.equal(tied.verdict, 'supported');
  });
  test('a degree adverb before the participle leaves the association', () => {
    assert.deepEqual(read('High IL-11 expression is closely tied to poor prognosis in cancer patients.').claims, ['IL11 associated-with(positive) POOR_PROGNOSIS']);
  });
  test('a favourable outcome turns it round against the finding', () => {
    const r = read('Hypoxia was tied to a lower risk of metastasis.');
    assert.deepEqual(r.claims, ['HYPOXIA associated-with(negative) METASTASIS']);
    assert.equal(r.verdict, 'contradicted');
  });
  test('a hedge does not change it; a denial denies it', () => {
    assert.equal(read('High IL-11 expression may be tied to poor prognosis in cancer patients.').verdict, 'supported');
    const denied = read('Higher IL-11 expression in OSCC tissue was not tied to lymph node metastasis.');
    assert.deepEqual(denied.claims, ['NOT IL11 associated-with(positive) LYMPH_NODE_METASTASIS']);
    assert.equal(denied.verdict, 'contradicted');
  });
  test('"tied to X but not to Y": the denial is Y\'s alone', () => {
    const r = read('Hypoxia was tied to metastasis but not to STAT1 activity in these tumours.');
    assert.ok(r.claims.includes('HYPOXIA associated-with(positive) METASTASIS'), r.claims.join('; '));
    assert.ok(!r.claims.some((c) => c.startsWith('NOT HYPOXIA associated-with(positive) METASTASIS')), r.claims.join('; '));
  });
  test('a sibling the library has nothing on is no evidence', () => {
    const r = read('STAT1 expression is tied to poor prognosis in these patients.');
    assert.deepEqual(r.claims, ['STAT1 associated-with(positive) POOR_PROGNOSIS']);
    assert.equal(r.verdict, 'unsupported');
  });
  test('a reduced relative on the subject describes it: no finding', () => {
    assert.deepEqual(read('Inflammatory cytokines tied to chronic inflammation do not rise during fasting.').claims, []);
  });
  test('a fronted set described by it is no claim; the main clause decides', () => {
    const r = read('Among the cytokines tied to cancer, IL-6 raises STAT3 phosphorylation in hepatocellular carcinoma cells.');
    assert.deepEqual(r.claims, ['IL6 increases STAT3']);
    assert.equal(r.verdict, 'supported');
  });
  test('a predicate in a chain after a class noun', () => {
    const r = read('Hypoxia is a frequent condition found in many solid tumours and is tied to longer survival.');
    assert.deepEqual(r.claims, ['HYPOXIA associated-with(positive) SURVIVAL']);
    assert.equal(r.verdict, 'contradicted');
  });
  test('the active verb with no research noun before it reads nothing', () => {
    assert.deepEqual(read('STAT3 activity ties IL-6 signalling to invasion.').claims, []);
  });
});
