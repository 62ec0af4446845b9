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
  test('a name the library places under no family, typed as the class, is its member: "IL-22 is a cytokine that drives inflammation" is IL-22\'s claim (stop 53)', () => {
    const drives = read('IL-22 is a cytokine that drives inflammation.');
    assert.ok(drives.claims.includes('NCBIGENE_50616 promotes INFLAMMATION') && !drives.claims.some((c) => c.startsWith('CYTOKINE ')), JSON.stringify(drives.claims));
    assert.notEqual(drives.verdict, 'supported');
    const proInflammatory = read('IL-22 is a pro-inflammatory cytokine that drives tumour growth.');
    assert.ok(proInflammatory.claims.includes('NCBIGENE_50616 promotes TUMOR_GROWTH') && !proInflammatory.claims.some((c) => c.startsWith('INFLAMMATORY_CYTOKINE ')), JSON.stringify(proInflammatory.claims));
    assert.notEqual(proInflammatory.verdict, 'supported');
  });
  test('the family as the object of its own relative clause: "X is a cytokine which is raised by Y" says Y raises X (stop 53)', () => {
    for (const [text, triple] of [
      ['IL-22 is a cytokine which is raised by hypoxia.', 'HYPOXIA increases NCBIGENE_50616'],
      ['IL-17A is a potent cytokine that is secreted by CAFs.', 'CAF increases NCBIGENE_3605'],
    ]) {
      const { verdict, claims } = read(text);
      assert.ok(claims.includes(triple) && !claims.some((c) => c.endsWith(' CYTOKINE')), `${text} ${JSON.stringify(claims)}`);
      assert.notEqual(verdict, 'supported', text);
    }
  });
  test('controls: a member the library places, a pro- class of a placed member, a name of another type (stop 53)', () => {
    const raised = read('IL-11 is a cytokine that is raised by hypoxia.');
    assert.ok(raised.claims.includes('HYPOXIA increases IL11') && !raised.claims.some((c) => c.endsWith(' CYTOKINE')), JSON.stringify(raised.claims));
    assert.equal(raised.verdict, 'supported');
    const il6 = read('IL-6 is a pro-inflammatory cytokine that drives sorafenib resistance.');
    assert.ok(il6.claims.includes('IL6 promotes SORAFENIB_RESISTANCE') && !il6.claims.some((c) => c.startsWith('INFLAMMATORY_CYTOKINE ')), JSON.stringify(il6.claims));
    assert.equal(il6.verdict, 'supported');
    const notMember = read('STAT3 is a cytokine that drives inflammation.');
    assert.ok(notMember.claims.includes('CYTOKINE promotes INFLAMMATION'), JSON.stringify(notMember.claims));
  });
});
