// Issue 7, stop 42 (h-actor42): two class words joined before one noun, "X has both oncogenic and tumour-suppressive
// effects", "X exerts tumour-promoting as well as anti-inflammatory effects" (kindAsDirection.ts `effects`): each
// class word is said of X, as "both pro- and anti-inflammatory roles" already was; a dual role against a finding
// that goes one way is a contradiction. Sentences of our own: other verbs, other entities, another order; near
// misses nm-i012..i015.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('two class words joined before one noun', () => {
  test('"is known to have both oncogenic and tumour suppressive effects": both directions', () => {
    assert.deepEqual(claimsOf('STAT3 is known to have both oncogenic and tumour suppressive effects.', kb), ['STAT3 inhibits TUMORIGENESIS', 'STAT3 promotes TUMORIGENESIS']);
  });
  test('another holder and another noun: properties of cells', () => {
    assert.deepEqual(claimsOf('CAFs have tumour-promoting and tumour-restraining properties.', kb), ['CAF inhibits TUMORIGENESIS', 'CAF promotes TUMORIGENESIS']);
  });
  test('"as well as" between two processes, each read', () => {
    assert.deepEqual(claimsOf('IL-6 displays pro-inflammatory as well as tumour-promoting activities.', kb), ['IL6 promotes INFLAMMATION', 'IL6 promotes TUMORIGENESIS']);
  });
  test('the class word of the first holds no setting for the second ("tumour" is no context)', () => {
    assert.deepEqual(claimsOf('IL-6 exerts tumour-promoting as well as anti-inflammatory effects.', kb), ['IL6 inhibits INFLAMMATION', 'IL6 promotes TUMORIGENESIS']);
  });
  test('a dual role against a one-way finding is contradicted', () => {
    assert.equal(verdictOf('STAT3 has both oncogenic and tumour-suppressive effects.', kb), 'contradicted');
  });
  test('a denial of both reads nothing', () => {
    assert.deepEqual(claimsOf('STAT3 does not have oncogenic or tumour-suppressive effects.', kb), []);
  });
});
