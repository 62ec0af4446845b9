// "Y rose in cells treated with X" (claims/changeInTreatedCells.ts): the treatment X changed Y. The verb reading took
// Y for the actor and X for its object, the finding turned round; where the library reports Y acting on X, that
// reversed reading was called supported.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));

suite('a change in cells named by their treatment', () => {
  test('the treatment is the agent, whatever the library says of the pair the other way round', () => {
    // The library has HIF-1α raising IL-11 in ATC cells, not IL-11 raising HIF-1α.
    for (const text of ['HIF-1α levels rose in ATC cells treated with IL-11.', 'HIF-1α expression was elevated in ATC cells given recombinant IL-11.']) {
      const read = claimsOf(text);
      assert.ok(read.includes('IL11 increases HIF1A [ctx ATC]') && !read.some((c) => c.startsWith('HIF1A ')), `${text}: ${read.join('; ')}`);
      assert.equal(onlySentence(text, kb).verdict, 'unsupported', text);
    }
  });

  test('a fall, a drug and another participle', () => {
    assert.deepEqual(claimsOf('IRS-1 protein levels fell in HCC cells exposed to NT157.'), ['NT157 decreases IRS1 [ctx HCC]']);
    assert.equal(onlySentence('MMP-13 markedly increased in OSCC cells stimulated with IL-11.', kb).verdict, 'supported');
    assert.equal(onlySentence('IL-11 secretion increased in ATC cells incubated with CoCl2.', kb).verdict, 'supported');
  });

  test('a treatment that removes the agent is left to the loss-of-function readers', () => {
    assert.ok(claimsOf('MMP-9 expression decreased in MDA-MB-231 cells transfected with IL-11 siRNA.').every((c) => !c.startsWith('IL11 decreases')));
  });
});
