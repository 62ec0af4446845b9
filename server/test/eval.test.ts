// Quality floors of the claim checker on the labelled corpora. `npm run eval` prints the full matrices; these
// tests fail when a change makes the checker noticeably worse for users.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluateRow, score, type LabelledRow } from '../eval/evaluate';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';

function rows(file: string): LabelledRow[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledRow);
}

suite('claim checker quality', () => {
  const devClaims = path.join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev-claims.jsonl');

  test('every row of the shared dev set is right: verdict, basis, evidence paper and citation issue', async function () {
    if (!fs.existsSync(devClaims)) this.skip();
    const { kb } = await loadKnowledgeBase({ extra: [] });
    const wrong = rows(devClaims).map((row) => evaluateRow(row, kb)).filter((r) => !r.basisRight || !r.evidenceRight || !r.citationRight);
    assert.deepEqual(wrong.map((r) => `${r.row.id}: ${r.verdict}/${r.basis} [${r.evidence}]`), []);
  });

  for (const [name, floor] of [['claims.jsonl', 0.95], ['heldout.jsonl', 0.95], ['blind.jsonl', 0.95]] as const) {
    test(`macro-F1 on ${name} stays at or above ${floor}`, async () => {
      const { kb } = await loadKnowledgeBase({ extra: [] });
      const labelled = rows(path.join(__dirname, 'corpus', name));
      assert.ok(labelled.length >= 100);
      const scores = score(labelled.map((row) => evaluateRow(row, kb)));
      assert.ok(scores.macroF1 >= floor, `macro-F1 ${scores.macroF1.toFixed(3)}`);
      assert.ok(scores.evidenceAccuracy >= floor, `evidence accuracy ${scores.evidenceAccuracy.toFixed(3)}`);
    });
  }
});
