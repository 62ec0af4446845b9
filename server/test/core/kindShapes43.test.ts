// Issue 7, stop 43 (h-w20b43): three more shapes of a class said of X (kindAsDirection.ts), found on the studied half
// of wave 20, where each sentence named its actor and read no claim:
// - "either A or B roles": "either" joins two class words before one noun as "both" does, and "pro-oncogenic" is a
//   class word; reference numbers pasted as digits after a class word ("pro-oncogenic4,5") are no word of the phrase;
// - a verb of bringing about before the class's results: "X drives (elicits) pro-inflammatory outcomes (responses)";
// - the subject's second predicate after "and": "X is released by ... and exerts anti-inflammatory effects", unless a
//   molecule, pathway or cell stands between (the predicate may be that name's).
// Sentences of our own: other verbs, other entities, another order; near misses nm-i601..i608.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('either of two class words before one noun', () => {
  test('"play either pro-oncogenic or tumour-suppressive roles": both directions', () => {
    assert.deepEqual(claimsOf('In different cell types, STAT3 may play either pro-oncogenic or tumour-suppressive roles.', kb), ['STAT3 inhibits TUMORIGENESIS', 'STAT3 promotes TUMORIGENESIS']);
  });
  test('another order and another process: "either anti- or pro-inflammatory functions"', () => {
    assert.deepEqual(claimsOf('IL-11 was reported to exert either anti-inflammatory or pro-inflammatory functions.', kb), ['IL11 inhibits INFLAMMATION', 'IL11 promotes INFLAMMATION']);
  });
  test('reference numbers pasted after each class word are skipped', () => {
    assert.deepEqual(claimsOf('STAT3 has been found to have oncogenic12,13 or tumour-suppressive14-16 properties.', kb), ['STAT3 inhibits TUMORIGENESIS', 'STAT3 promotes TUMORIGENESIS']);
  });
  test('a dual role against a one-way finding is contradicted', () => {
    assert.equal(verdictOf('STAT3 plays either oncogenic or tumour-suppressive roles, depending on the setting.', kb), 'contradicted');
  });
  test('"pro-oncogenic" alone is the oncogenic class', () => {
    assert.deepEqual(claimsOf('STAT3 plays pro-oncogenic roles.', kb), ['STAT3 promotes TUMORIGENESIS']);
  });
  test('a denial of either reads nothing', () => {
    assert.deepEqual(claimsOf('STAT3 does not play either oncogenic or tumour-suppressive roles.', kb), []);
  });
});

suite('a verb of bringing about before the class\'s results', () => {
  test('"drives pro-inflammatory outcomes"', () => {
    assert.deepEqual(claimsOf('IL-6 drives pro-inflammatory outcomes.', kb), ['IL6 promotes INFLAMMATION']);
  });
  test('"elicited anti-inflammatory responses", past form', () => {
    assert.deepEqual(claimsOf('In these mice, IL-11 elicited anti-inflammatory responses.', kb), ['IL11 inhibits INFLAMMATION']);
  });
});

suite('the subject\'s second predicate after "and"', () => {
  test('"is characterised by ... and can drive both pro- and anti-inflammatory outcomes"', () => {
    assert.deepEqual(claimsOf('IL-11 is characterised by a wide range of targets, from growth to differentiation, and can drive both pro-inflammatory and anti-inflammatory outcomes.', kb), ['IL11 inhibits INFLAMMATION', 'IL11 promotes INFLAMMATION']);
  });
  test('"is released early ... and elicits anti-inflammatory responses" against the finding', () => {
    assert.equal(verdictOf('IL-6 is released early after injury and elicits anti-inflammatory responses.', kb), 'contradicted');
  });
  test('"is produced ... and can drive pro-inflammatory responses", a supported control', () => {
    assert.equal(verdictOf('IL-6 is produced in abundance after injury and can drive pro-inflammatory responses.', kb), 'supported');
  });
  test('a second actor in the clause: the predicate may be either\'s, no class read', () => {
    assert.deepEqual(claimsOf('STAT1 binds STAT3 in the nucleus and exerts tumour-suppressive effects.', kb).filter((c) => c.includes('TUMORIGENESIS')), []);
  });
  test('a subject named by its loss reads no second predicate', () => {
    assert.deepEqual(claimsOf('Loss of STAT3 is tolerated by hepatocytes and exerts tumour-suppressive effects.', kb).filter((c) => c.includes('TUMORIGENESIS')), []);
  });
});
