// Issue 7, stop 52 (h-scope52): the passive "Y was induced by treatment of OSCC cells with X" (frames.ts
// changed-by-treating-cells). The cancer of the treated cells, the first name after "by", was read as a disease going
// with Y and the agent after "with" was lost, so a change the library reports came out unsupported (no evidence) or, when
// the cells' cancer differed, other context on the wrong pair. The agent is the name after "with" ("to"), the cells are
// the place, and the participle gives the direction.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a change made by treating cells (stop 52)', () => {
  test('"Y was induced (raised, lowered) by treatment (exposure) of the cells with (to) X": X changes Y there', () => {
    for (const [text, claim, verdict] of [
      ['MMP-13 was upregulated by treatment of OSCC cells with IL-11.', 'IL11 upregulates MMP13 [ctx OSCC]', 'supported'],
      ['STAT3 phosphorylation was increased by exposure of HCC cells to IL-6.', 'IL6 increases STAT3 [ctx HCC]', 'supported'],
      ['IL-11 expression was induced by exposing MDA-MB-231 cells to hypoxia.', 'HYPOXIA induces IL11 [ctx MDA_MB_231]', 'supported'],
      ['Apoptosis was reduced by treating HCC cells with IGF-1.', 'IGF1 decreases APOPTOSIS [ctx HCC]', 'supported'],
      ['IL-11 was induced by treatment of breast cancer cells with CoCl2.', 'COCL2 induces IL11 [ctx BREAST_CANCER]', 'supported'],
      ['MMP-13 was lowered by treatment of OSCC cells with IL-11.', 'IL11 decreases MMP13 [ctx OSCC]', 'contradicted'],
    ] as const) {
      const got = claimsAndVerdict(text, kb);
      assert.ok(got.claims.includes(claim), `${text}\n${JSON.stringify(got.claims)}`);
      assert.equal(got.verdict, verdict, text);
    }
  });

  test('the objects listed before the verb share the agent; the cells are never the cause', () => {
    const got = claimsAndVerdict('HIF-1α and IL-11 were induced by treatment of colon cancer cells with CoCl2.', kb);
    assert.ok(got.claims.includes('COCL2 induces HIF1A [ctx DOID_219]'), JSON.stringify(got.claims));
    assert.ok(got.claims.includes('COCL2 induces IL11 [ctx DOID_219]'), JSON.stringify(got.claims));
    for (const text of ['MMP-13 was upregulated by treatment of OSCC cells with IL-11.', 'IL-11 was induced by treatment of breast cancer cells with CoCl2.']) {
      assert.ok(claimsAndVerdict(text, kb).claims.every((c) => !/^(OSCC|BREAST_CANCER) /.test(c)), text);
    }
  });

  test('near misses: an agent right after "by" keeps its own reading; a denied change is never supported', () => {
    assert.ok(claimsAndVerdict('MMP-13 was induced by IL-11 in OSCC cells.', kb).claims.some((c) => c.startsWith('IL11 induces MMP13')));
    assert.notEqual(claimsAndVerdict('MMP-13 was not induced by treatment of OSCC cells with IL-11.', kb).verdict, 'supported');
  });
});
