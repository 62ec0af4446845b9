// Issue 7, stop 46 (h-prec46b): a change verb's direction carried into the link after it. "Knockdown of X lowered A
// together with the suppression of Y" says A's fall came with Y's: A goes with Y. Only "decreased" and "reduced"
// (the clinical marker-state words, markerState.ts) turned A before; "lowered", "diminished", "attenuated",
// "suppressed" left A raised, a false contradiction (extract.ts loweredBefore). Near misses nm-m401..nm-m404.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a change verb\'s fall carried into "together with" / "along with" / "in parallel with"', () => {
  for (const verb of ['lowered', 'diminished', 'attenuated', 'suppressed', 'decreased', 'reduced']) {
    test(`"${verb}" A together with the suppression of Y reads A with Y`, () => {
      assert.equal(verdictOf(`In hypoxic MDA-MB-231 cells, knockdown of IL-11 ${verb} STAT3 phosphorylation together with the suppression of invasion.`, kb), 'supported');
    });
  }
  test('"in parallel with" a reduction after "attenuated"', () => {
    assert.equal(verdictOf('In hypoxic MDA-MB-231 cells, depletion of IL-11 attenuated STAT3 phosphorylation in parallel with a reduction of invasion.', kb), 'supported');
  });
  test('a lowered marker with a rise of Y goes against Y', () => {
    assert.equal(verdictOf('In hypoxic MDA-MB-231 cells, knockdown of IL-11 lowered STAT3 phosphorylation together with an increase in invasion.', kb), 'contradicted');
  });
  test('a raising verb carries no fall', () => {
    assert.equal(verdictOf('In hypoxic MDA-MB-231 cells, knockdown of IL-11 raised STAT3 phosphorylation together with the suppression of invasion.', kb), 'contradicted');
  });
});
