// The last-resort reading (claims/lastResort.ts, issue 7): each condition it reads under, and what it leaves
// unread. Each sentence is read with it and without it, so the test says what the step itself adds.
import * as assert from 'node:assert/strict';
import { lastResort, lastResortReading } from '../../src/core/claims/lastResort';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

/** The claims the whole reader finds with the last-resort reading, and without it. */
function both(text: string): { on: string[]; off: string[] } {
  const saved = lastResortReading.enabled;
  try {
    lastResortReading.enabled = false;
    const off = claimsOf(text, kb);
    lastResortReading.enabled = true;
    return { on: claimsOf(text, kb), off };
  } finally {
    lastResortReading.enabled = saved;
  }
}

/** What the last-resort reading adds to the sentence (nothing else read a claim in it). */
function added(text: string): string[] {
  const { on, off } = both(text);
  assert.deepEqual(off, [], 'nothing else reads a claim here');
  return on;
}

suite('last-resort reading of a linked pair', () => {
  test('its example: nothing else reads it, and it reads the claim', () => {
    assert.deepEqual(claimsOf(lastResort.example, kb), [...lastResort.expected].sort());
  });

  test('a direction word between the two names, in the library order, reads the claim', () => {
    assert.deepEqual(added('Growing the cells in low oxygen clearly increased their IL-11 levels.'), ['HYPOXIA increases IL11']);
    assert.deepEqual(added('Growing the cells in low oxygen was reported to reduce their IL-11 levels.'), ['HYPOXIA decreases IL11']);
  });

  test('a negation between the two denies the claim', () => {
    assert.deepEqual(added('Growing the cells in low oxygen did not reduce their IL-11 levels.'), ['NOT HYPOXIA decreases IL11']);
  });

  test('direction words that disagree read nothing', () => {
    assert.deepEqual(added('Growing the cells in low oxygen first increased then reduced their IL-11 levels.'), []);
  });

  test('a name heading another thing ("IL-11 target genes") reads nothing', () => {
    assert.deepEqual(added('Growing the cells in low oxygen clearly lowered their IL-11 target genes.'), []);
  });

  test('another name between the two, or a comma, ends the reach', () => {
    assert.deepEqual(added('Growing the cells in low oxygen in MCF-7 cultures lowered their IL-11 levels.'), []);
    assert.deepEqual(added('Growing the cells in low oxygen, we saw, lowered their IL-11 levels.'), []);
  });

  test('a sentence that asks reads nothing', () => {
    assert.deepEqual(added('We asked whether growing the cells in low oxygen lowered their IL-11 levels.'), []);
  });

  test('switched off, the reader is as it was', () => {
    const saved = lastResortReading.enabled;
    lastResortReading.enabled = false;
    try {
      assert.deepEqual(claimsOf('Growing the cells in low oxygen clearly increased their IL-11 levels.', kb), []);
    } finally {
      lastResortReading.enabled = saved;
    }
  });
});
