// Issue 7, stop 43 (h-actor43): a tumour class said of what X is or bears, read as kindAsDirection.ts reads
// "X has tumour-promoting effects": the class adjective on a noun of an agent ("X acts as tumour-promoting agents",
// "X is a tumour-suppressive factor"), on what a subgroup of X bears ("X subsets with tumour-restraining
// properties"), and the other class in a contrast with no holder of its own ("...; however, tumour-inhibiting
// actions are also reported"), so a dual role is read both ways. Before, the sentence named the actor and read no
// claim. Sentences of our own: other entities, verbs and order; near misses nm-i701..nm-i707.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a tumour class on a noun of what X is', () => {
  test('"act as tumour-promoting agents": X drives tumorigenesis', () => {
    assert.deepEqual(claimsOf('Stromal CAFs act as tumour-promoting agents.', kb), ['CAF promotes TUMORIGENESIS']);
  });
  test('another entity, the copula and a singular noun', () => {
    assert.deepEqual(claimsOf('IL-6 is a tumour-promoting cytokine in the inflamed liver.', kb), ['IL6 promotes TUMORIGENESIS']);
  });
  test('the restraining class, another verb: X holds tumorigenesis back', () => {
    assert.deepEqual(claimsOf('In this model STAT3 functions as a tumour-suppressive factor.', kb), ['STAT3 inhibits TUMORIGENESIS']);
  });
  test('"tumour-inhibiting", "tumour-restricting" name the restraining class', () => {
    assert.deepEqual(claimsOf('CAFs exert tumour-inhibiting actions.', kb), ['CAF inhibits TUMORIGENESIS']);
    assert.deepEqual(claimsOf('STAT3 serves as a tumour-restricting signal.', kb), ['STAT3 inhibits TUMORIGENESIS']);
  });
  test('the class of a loss turns round', () => {
    assert.deepEqual(claimsOf('IL-11 knockdown cells are tumour-restraining cells.', kb), ['IL11 promotes TUMORIGENESIS']);
  });
  test('an inflammatory class on such a noun is left to inflammatoryKind.ts (one claim)', () => {
    assert.deepEqual(claimsOf('IL-6 is a pro-inflammatory cytokine.', kb), ['IL6 promotes INFLAMMATION']);
  });
  test('a question or a drug reads nothing', () => {
    assert.deepEqual(claimsOf('Whether CAFs act as tumour-promoting agents is unclear.', kb), []);
    // (A drug's class is its efficacy, read elsewhere: no classification of it here.)
    assert.ok(!claimsOf('Sorafenib is a tumour-suppressive agent.', kb).includes('SORAFENIB inhibits TUMORIGENESIS'));
  });
  test('a name after the adjective in another role is not classed ("acts on tumour-promoting cells")', () => {
    assert.deepEqual(claimsOf('IL-6 acts on tumour-promoting cells.', kb), []);
  });
});

suite('a tumour class that X (or a subset of X) bears', () => {
  test('"subsets with tumour-promoting and tumour-restricting properties": both ways, contradicted', () => {
    assert.deepEqual(claimsOf('CAF subsets with tumour-promoting and tumour-restricting properties coexist.', kb), ['CAF inhibits TUMORIGENESIS', 'CAF promotes TUMORIGENESIS']);
    assert.equal(verdictOf('CAF subsets with tumour-promoting and tumour-restricting properties coexist.', kb), 'contradicted');
  });
  test('another order and noun: "populations with tumour-suppressive activity"', () => {
    assert.deepEqual(claimsOf('Recent work describes CAF populations with tumour-suppressive activity.', kb), ['CAF inhibits TUMORIGENESIS']);
  });
  test('"treatment of X with" a drug is no bearing', () => {
    assert.deepEqual(claimsOf('Treatment of CAFs with tumour-suppressive drugs is common.', kb), []);
  });
});

suite('the other class in a contrast with no holder', () => {
  test('"..., however, tumour-inhibiting actions are also reported": a dual role, contradicted', () => {
    const s = 'CAFs are shown by many studies to act as tumour-promoting agents, however, tumour-inhibiting actions are also reported.';
    assert.deepEqual(claimsOf(s, kb), ['CAF inhibits TUMORIGENESIS', 'CAF promotes TUMORIGENESIS']);
    assert.equal(verdictOf(s, kb), 'contradicted');
  });
  test('a semicolon before "however", another entity and noun', () => {
    assert.deepEqual(claimsOf('In HCC, IL-6 acts as a tumour-promoting cytokine; however, tumour-restricting functions were also seen.', kb), ['IL6 inhibits TUMORIGENESIS [ctx HCC]', 'IL6 promotes TUMORIGENESIS [ctx HCC]']);
  });
  test('"whereas" and another verb of showing', () => {
    assert.deepEqual(claimsOf('STAT3 is regarded as a tumour-promoting factor, whereas tumour-suppressive roles are described too.', kb), ['STAT3 inhibits TUMORIGENESIS', 'STAT3 promotes TUMORIGENESIS']);
  });
  test('the contrasted class with a holder of its own ("effects of IL-11") is that holder\'s', () => {
    assert.deepEqual(claimsOf('IL-6 serves as a tumour-promoting cytokine, but tumour-suppressive effects of IL-11 were reported.', kb), ['IL11 inhibits TUMORIGENESIS [ctx CANCER]', 'IL6 promotes TUMORIGENESIS [ctx CANCER]']);
  });
});
