// Two single letters around a slash ("H/R", "I/R") name a pair of treatments, not a gene symbol (entities/recognize.ts).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const idsIn = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => m.entityId);

suite('a slash between two single letters is no gene symbol', () => {
  test('hypoxia/reoxygenation, anoxia/reoxygenation and ischaemia/reperfusion written short name no gene', () => {
    assert.deepEqual(idsIn('Cells were exposed to H/R for six hours.'), []);
    assert.deepEqual(idsIn('After A/R, the cells lost E-cadherin.'), ['CDH1']);
    assert.ok(!claimsOf('STAT3 phosphorylation rose after I/R in the liver.', kb).some((c) => /^NCBIGENE_/.test(c)));
  });
  test('the symbols written whole, and slash pairs of longer names, are read as before', () => {
    assert.deepEqual(idsIn('AR signalling rose in prostate cells.').slice(0, 1), ['NCBIGENE_367']);
    assert.deepEqual(idsIn('IL-11 activated PI3K/Akt in OSCC cells.'), ['IL11', 'PI3K_AKT_PATHWAY', 'OSCC']);
  });
  test('a document that defines the pair keeps its definition', () => {
    const defined = new Map<string, string | null>([['hr', 'HYPOXIA']]);
    assert.deepEqual(recognizeEntities('Cells were exposed to H/R for six hours.', lexiconOf(kb), defined).map((m) => m.entityId), ['HYPOXIA']);
  });
});
