// Issue 7 (stop 50, h-actor50; manipulatedGroup.ts knockdownAfter): a qualifier of the manipulation between the gene
// and the word of its loss, "X double knockdown cells", "X stable knockdown clones", names the same manipulated group
// as "X knockdown cells" (it read nothing); a qualifier before a word that is no loss names no group.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => analyzeDocument('markdown', text, kb).sentences.flatMap((s) => s.claims.map(({ claim: c }) => `${c.subject.entityId} ${c.negated ? 'not ' : ''}${c.relation} ${c.object.entityId}`));

suite('a qualified knockdown names the manipulated group', () => {
  test('"double knockdown", "stable knockdown", "double knocked down": the loss lowers Y, so X raises it', () => {
    for (const group of ['double knockdown cells', 'stable knockdown clones', 'double knocked down cells', 'transient knockdown cells']) {
      assert.deepEqual(claimsOf(`STAT3 ${group} showed a clear reduction in invasion.`), ['STAT3 increases CELL_INVASION'], group);
    }
  });
  test('a qualifier before a word that is no loss, and a denied showing, read nothing', () => {
    assert.deepEqual(claimsOf('STAT3 double staining cells showed a clear reduction in invasion.'), []);
    assert.deepEqual(claimsOf('STAT3 double knockdown cells showed no reduction in invasion.'), []);
  });
});
