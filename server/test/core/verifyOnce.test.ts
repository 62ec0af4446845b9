// A claim the anchored reading already verified is not verified again by the sentence's analysis (issue 10):
// the verification it reuses must be the one a fresh check gives, in the sentence's context.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { genericCancer } from '../../src/core/analysis/analyzeBlock';
import { anchoredVerifications } from '../../src/core/claims/anchored';
import { toVerifiable } from '../../src/core/claims/extract';
import { namesUnknownContext } from '../../src/core/verify/scope';
import { verifyClaim } from '../../src/core/verify/verify';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

const examples = path.join(__dirname, '..', '..', '..', 'examples');

suite('analysis: each claim verified once', () => {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(60_000);
    kb = await bundledKb();
  });
  for (const [file, language] of [['manuscript.md', 'markdown'], ['manuscript.tex', 'latex']] as const) {
    test(`${file}: every verdict equals a fresh verification in the sentence's context`, () => {
      const text = fs.readFileSync(path.join(examples, file), 'utf8');
      let reused = 0;
      let claims = 0;
      for (const sentence of analyzeDocument(language, text, kb, new AnalysisCache()).sentences) {
        const unknownContext = namesUnknownContext(sentence.text, sentence.start, sentence.mentions, genericCancer);
        for (const { claim, verification } of sentence.claims) {
          claims++;
          if (anchoredVerifications.get(claim) === verification) reused++;
          // (With the block text, as analysis gives it: an object written as its level is marked, claims/writtenAsLevel.ts.)
          assert.deepEqual(verification, verifyClaim({ ...toVerifiable(claim, undefined, sentence.block.text), unknownContext }, kb), `${sentence.text}`);
        }
      }
      // The shortcut is taken (most claims of the example were checked by anchored reading first).
      assert.ok(claims > 10 && reused > 0, `${reused} of ${claims} reused`);
    });
  }
});
