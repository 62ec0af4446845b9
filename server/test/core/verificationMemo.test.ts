// Verifications are remembered per library (verify.ts, issue 10): a draft makes the same claim many times.
// A remembered verification must be the one a fresh check gives: the same verdicts, evidence, nearest and
// conflicting facts for every claim of a document, whichever sentence verified the claim first.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { verificationMemo } from '../../src/core/verify/verify';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { generateDraft } from '../../bench/generate/drafts';
import { bundledKb } from './helpers';

const examples = path.join(__dirname, '..', '..', '..', 'examples');

function verdicts(language: string, text: string, kb: KnowledgeBase, remember: boolean): unknown[] {
  verificationMemo.enabled = remember;
  try {
    return analyzeDocument(language, text, kb, new AnalysisCache()).sentences.map((s) => [s.text, s.verdict, s.basis, s.mainClaim, s.claims.map((c) => c.verification)]);
  } finally {
    verificationMemo.enabled = true;
  }
}

suite('verification: remembered per library', () => {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(60_000);
    kb = await bundledKb();
  });

  test('the example manuscripts and a generated draft read the same with and without remembering', function () {
    this.timeout(120_000);
    const documents: [string, string][] = [
      ['markdown', fs.readFileSync(path.join(examples, 'manuscript.md'), 'utf8')],
      ['latex', fs.readFileSync(path.join(examples, 'manuscript.tex'), 'utf8')],
      // The bench's generated thesis repeats its claims in many contexts: a slice of it.
      ['markdown', generateDraft('markdown').text.slice(0, 60_000)],
    ];
    for (const [language, text] of documents) {
      // Remembering first, then fresh: the remembered results come from earlier sentences and documents.
      const remembered = verdicts(language, text, kb, true);
      assert.deepEqual(remembered, verdicts(language, text, kb, false));
      assert.ok(remembered.length > 10, `${remembered.length} sentences`);
    }
  });
});
