// Issue 7, stop 51 (h-kit51): a gene named as the wild-type baseline of a comparison is no agent of what the variant
// does (claims/wildTypeComparator.ts), in a draft's sentence and in an abstract's alike. Our own sentences.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { abstractFindings, bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60000);
  kb = await bundledKb();
});

suite('wild-type baseline (stop 51)', () => {
  test('the baseline fronted before a variant named without its gene: no claim of the gene', () => {
    assert.deepEqual(claimsOf('Relative to wild-type SMAD4, the D351H variant raised vimentin and lowered E-cadherin.', kb), []);
    assert.deepEqual(claimsOf('Unlike wild-type SMAD4, the D351H mutant did not raise E-cadherin.', kb), []);
  });

  test('in an abstract too: the baseline is no finding of the gene', async () => {
    assert.deepEqual(await abstractFindings('Compared with cells expressing wild-type SMAD4, the D351H variant reduced E-cadherin levels.'), []);
  });

  test('near misses: the wild type as the agent, a variant with no wild type beside it, another agent in the variant cells', async () => {
    // No comparison sets the wild type apart as a baseline: it is the gene acting (cues.ts gainQualifiers).
    assert.deepEqual(claimsOf('Wild-type SMAD4 restored E-cadherin in the pancreatic cancer cells.', kb), ['NCBIGENE_4089 increases CDH1 [ctx DOID_1793]']);
    // A variant written after its gene stays the gene acting (libraryReading.test.ts, a decided rule), with a wild type beside it or not.
    assert.deepEqual(await abstractFindings('The SMAD4 D351H mutant lowered E-cadherin.'), ['NCBIGENE_4089 decreases CDH1']);
    assert.deepEqual(await abstractFindings('SMAD4 D351H lowered E-cadherin compared with wild-type SMAD4.'), ['NCBIGENE_4089 decreases CDH1']);
    // The agent is another name; the wild type only says in which cells.
    assert.ok(claimsOf('TGF-β1 lowered E-cadherin more in cells with mutant SMAD4 than in cells with wild-type SMAD4.', kb).includes('NCBIGENE_7040 decreases CDH1'));
  });
});
