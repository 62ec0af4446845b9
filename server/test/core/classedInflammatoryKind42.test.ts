// Issue 7, stop 42 (h-w19b42b): a pro- or anti-inflammatory kind stated in a relative on a class the subject is put in
// ("X is an interleukin that acts as a pro-inflammatory cytokine") and both kinds named at once ("X functions as both a
// pro- and an anti-inflammatory cytokine") read nothing; "X is a pro-inflammatory cytokine" was read
// (inflammatoryKind.ts). Both kinds give a claim each way, as "both pro- and anti-inflammatory roles" does.
// Sentences of our own; near misses in nearmiss.jsonl (nm-i506..i509).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('an inflammatory kind in a relative on the subject\'s class', () => {
  const cases: [string, string][] = [
    ['IL-11 is a cytokine that acts as an anti-inflammatory mediator.', 'IL11 inhibits INFLAMMATION'],
    ['STAT3 is a transcription factor which functions as a pro-inflammatory signal.', 'STAT3 promotes INFLAMMATION'],
    ['In the liver, IL-6 is the interleukin that serves as the main pro-inflammatory factor.', 'IL6 promotes INFLAMMATION'],
  ];
  for (const [text, claim] of cases) test(text, () => assert.deepEqual(claimsOf(text, kb), [claim]));
  test('past forms report the kind as the present does', () => {
    assert.deepEqual(claimsOf('In these mice IL-6 acted as an anti-inflammatory cytokine.', kb), ['IL6 inhibits INFLAMMATION']);
    assert.deepEqual(claimsOf('IL-11 served as a pro-inflammatory signal in the inflamed colon.', kb), ['IL11 promotes INFLAMMATION']);
    assert.deepEqual(claimsOf('STAT3 is a factor that functioned as a pro-inflammatory mediator.', kb), ['STAT3 promotes INFLAMMATION']);
  });
  test('a relative on a noun after a preposition speaks of that noun, not of the subject', () => {
    // (Stop 49, h-actor49b: "STAT3 is a target of cytokines" itself reads the cytokines regulating STAT3, frames.ts
    // target-of; the relative's kind stays the cytokines', never STAT3's.)
    assert.deepEqual(claimsOf('STAT3 is a target of cytokines that act as a pro-inflammatory signal.', kb), ['CYTOKINE regulates STAT3']);
    assert.deepEqual(claimsOf('MMP-13 is a gene in tissues that acts as an anti-inflammatory factor.', kb), []);
  });
  test('a denial inside the relative denies the kind', () => {
    assert.deepEqual(claimsOf('IL-6 is a cytokine that does not act as a pro-inflammatory cytokine.', kb), ['NOT IL6 promotes INFLAMMATION']);
  });
});

suite('both inflammatory kinds at once', () => {
  test('"both a pro- and an anti-inflammatory" reads a claim each way', () => {
    assert.deepEqual(claimsOf('IL-6 is both a pro-inflammatory and an anti-inflammatory cytokine.', kb).sort(), ['IL6 inhibits INFLAMMATION', 'IL6 promotes INFLAMMATION']);
  });
  test('after a relative, against a one-way finding, the sentence is contradicted', () => {
    assert.equal(verdictOf('IL-6 is a cytokine which functions as both a pro- and anti-inflammatory factor.', kb), 'contradicted');
  });
});
