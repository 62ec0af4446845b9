// Issue 7, stop 42 (h-w19b42b): the effect-of-on frame ("the inhibitory effect of X on Y") read nothing when words
// saying where X came from stood between "of" and X ("of locally made and exogenous X"). frames.ts now lets up to four
// words of `sourceWords` stand there (the pattern element "+4"); a word of amount or loss ("reduced", "depleted") is
// none of them, so "the effect of reduced X" is still read by the mechanisms that turn a loss round, or not at all.
// Sentences of our own; near misses in nearmiss.jsonl (nm-i5*).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('the effect of an agent named with its source', () => {
  const cases: [string, string][] = [
    ['Suppressive effect of locally made and recombinant STAT3 on apoptosis of tumour cells', 'STAT3 suppresses APOPTOSIS [ctx CANCER]'],
    ['The stimulatory effect of locally produced and recombinant IL-11 on tumour cell invasion was striking.', 'IL11 promotes CELL_INVASION [ctx CANCER]'],
    ['We saw a clear promoting effect of endogenous and exogenous IL-6 on inflammation.', 'IL6 promotes INFLAMMATION'],
  ];
  for (const [text, claim] of cases) test(text, () => assert.deepEqual(claimsOf(text, kb), [claim]));
  test('an inhibitory effect against a finding that raises is a contradiction', () => {
    assert.equal(verdictOf('The inhibitory effect of locally produced and recombinant IL-11 on tumour cell invasion was striking.', kb), 'contradicted');
  });
  test('a word of loss before the agent is no source: the frame reads nothing of it', () => {
    assert.deepEqual(claimsOf('The promoting effect of depleted and exogenous IL-11 on invasion was marked.', kb), []);
  });
  test('"and" right before the agent ends no run of modifiers', () => {
    assert.deepEqual(claimsOf('The promoting effect of locally made and IL-11 on invasion was marked.', kb), []);
  });
});
