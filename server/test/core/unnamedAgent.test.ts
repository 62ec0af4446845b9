// A means whose agent the sentence does not name (claims/unnamedAgent.ts): each example of the rule is a test,
// and a named agent keeps its own reading.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { unnamedAgentExamples } from '../../src/core/claims/unnamedAgent';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('unnamed agent of a means: each example', () => {
  for (const { example, reads } of unnamedAgentExamples) {
    test(example, () => assert.deepEqual(claimsOf(example, kb), [...reads].sort()));
  }
});

suite('unnamed agent of a means: what it leaves alone', () => {
  test('the main verb\'s object is never the agent of its means', () => {
    assert.ok(!claimsOf('The extract lowered MMP-9 by blocking STAT3.', kb).some((c) => c.startsWith('MMP9')));
  });

  test('a named agent keeps its claims, the route a mediator of them', () => {
    assert.deepEqual(claimsOf('IL-11 enhanced invasion by activating STAT3.', kb), ['IL11 activates STAT3', 'IL11 increases CELL_INVASION via STAT3']);
  });

  test('a passive verb with its agent named after "by" is no means of an unnamed one', () => {
    assert.ok(claimsOf('EMT was attenuated by LY294002 by blocking the PI3K/AKT pathway.', kb).some((c) => c.startsWith('DRUG_LY294002 suppresses EMT')));
  });

  test('a means without a direction makes no claim of the route', () => {
    assert.deepEqual(claimsOf('The compound lowered MMP-9 by modulating STAT3.', kb), []);
  });
});
