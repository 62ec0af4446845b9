// A family named as what a member is (claims/classAsPredicate.ts): "X is a cytokine promoting Y" is X's claim, not
// the family's, so another member's finding does not back it.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictAndTriples } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const read = (text: string) => verdictAndTriples(text, kb);

suite('a family named as what a member is', () => {
  test('"X is a cytokine promoting Y": X promotes Y, and a finding about another cytokine does not support it', () => {
    const { verdict, claims } = read('IL-11 is a cytokine that drives inflammation.');
    assert.ok(claims.includes('IL11 promotes INFLAMMATION') && !claims.some((c) => c.startsWith('CYTOKINE ')), JSON.stringify(claims));
    assert.notEqual(verdict, 'supported');
  });
  test('"identified X as a key cytokine V-ing Y" reads the member too', () => {
    const { claims } = read('The screen singled out IL-6 as a key cytokine promoting inflammation.');
    assert.ok(claims.includes('IL6 promotes INFLAMMATION') && !claims.some((c) => c.startsWith('CYTOKINE ')), JSON.stringify(claims));
  });
  test('a family said of a name that is not its member is left as read', () => {
    const { claims } = read('Cytokines promote inflammation.');
    assert.ok(claims.includes('CYTOKINE promotes INFLAMMATION'), JSON.stringify(claims));
  });
});
