// The stage a sentence's answer was decided at (eval/missStage.ts), which `npm run eval -- --stages` counts on
// held-out sets. Each sentence here is our own and stops at one stage.
import * as assert from 'node:assert/strict';
import { evaluateRow } from '../eval/evaluate';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';

suite('where a sentence\'s answer was decided (eval --stages)', () => {
  const cases: [string, string, string[]][] = [
    ['MDA-MB-231 cells were cultured in DMEM with 10% serum for 48 h.', 'non-claim (method)', []],
    ['Kinesin light chains bind microtubules in neurons.', 'no actor with findings', []],
    ['IL-11 was the subject of our interest in this cohort.', 'actor, no claim read', []],
    ['IL-11 activates STAT3 in breast cancer cells.', 'main claim supported, expected paper near', ['lim2014inhibition']],
    ['IL-11 lowers IGF-1 in gastric cancer.', 'main claim unsupported/no-evidence, expected paper not near', ['zhong2016interleukin']],
    ['IL-11 lowers IGF-1 in gastric cancer.', 'main claim unsupported/no-evidence, expected paper near', ['lim2014inhibition']],
  ];
  for (const [text, stage, papers] of cases) {
    test(`${stage}: ${text}`, async () => {
      const { kb } = await loadKnowledgeBase({ extra: [] });
      const result = evaluateRow({ id: 't', text, label: 'supported', evidence: papers }, kb);
      assert.equal(result.stage, stage);
    });
  }
});
