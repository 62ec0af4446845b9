// Quality floors of the claim checker on the labelled corpora. `npm run eval` prints the full matrices; these
// tests fail when a change makes the checker noticeably worse for users.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluateRow, score, toLabelledRow, verdictBasisClass, verdictClass, type LabelledRow } from '../eval/evaluate';
import { half, selectSplit } from '../eval/realSplit';
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

  // Near misses of our own (nearmiss.jsonl): sibling family members, reversed directions, chains of two findings,
  // background findings in a cancer their paper never studied, class inhibitors and the members they do not block.
  // The specification's first rule: a claim the library does not back is never called supported.
  test('no near miss of nearmiss.jsonl is called supported, and its supported controls stay supported', async function () {
    // ~2,800 rows checked in one test: the default 20 s guard is too close on a loaded machine (stop 53).
    this.timeout(60000);
    const { kb } = await loadKnowledgeBase({ extra: [] });
    const results = rows(path.join(__dirname, 'corpus', 'nearmiss.jsonl')).map((row) => evaluateRow(row, kb));
    assert.deepEqual(results.filter((r) => r.verdict === 'supported' && r.row.label !== 'supported').map((r) => r.row.id), []);
    const supported = score(results, verdictClass).perLabel.supported;
    assert.ok(supported.recall >= 0.9, `SUPPORTED recall ${supported.recall.toFixed(3)}`);
  });
});

// The real-prose set (shared/eval/real, sentences by other scientists): its dev split only; the blind third is
// never scored here. Floors hold what issue 7's work reached on the 133 dev rows (0.485 and 0.75 on h-verify;
// 0.482 and 0.667 with h-parse's reader merged in; 0.475 and 0.857 with the lexicon of issue 6 merged too; 0.732 and
// 1.000 after the second pass on real prose, h-read), so a change that reads real prose worse fails; they are not
// targets (macro-F1 0.85 and SUPPORTED precision 0.95 are).
const REAL_DEV_MACRO_F1_FLOOR = 0.7;
const REAL_DEV_SUPPORTED_PRECISION_FLOOR = 0.9;

suite('claim checker quality on real prose (dev split)', () => {
  const real = path.join(__dirname, '..', '..', '..', 'shared', 'eval', 'real');

  test('macro-F1 (verdict with basis) and SUPPORTED precision stay at or above their floors', async function () {
    if (!fs.existsSync(real)) this.skip();
    const files = fs.readdirSync(real).filter((f) => f.endsWith('.jsonl')).sort();
    if (files.length === 0) this.skip();
    const all = files.flatMap((f) => fs.readFileSync(path.join(real, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => toLabelledRow(JSON.parse(l) as Record<string, unknown>)));
    const dev = selectSplit(all, 'dev');
    const { kb } = await loadKnowledgeBase({ extra: [] });
    const results = dev.map((row) => evaluateRow(row, kb));
    const withBasis = score(results, verdictBasisClass);
    const supported = score(results, verdictClass).perLabel.supported;
    assert.ok(withBasis.macroF1 >= REAL_DEV_MACRO_F1_FLOOR, `macro-F1 ${withBasis.macroF1.toFixed(3)} on ${dev.length} dev rows`);
    assert.ok(supported.precision >= REAL_DEV_SUPPORTED_PRECISION_FLOOR, `SUPPORTED precision ${supported.precision.toFixed(3)}`);
  });
});

// The fresh real-prose sets of our own (corpus/fresh-*.jsonl: sentences by other authors, minimal paraphrases,
// stop 25): half B only, the half that may be studied; half A is held out and never scored in a test. Half B's 78
// rows scored 0.509 (verdict with basis) with stop 24's checker and 0.881 after stop 25's work on them; the floors
// hold that reading against regressions, they are not targets.
const FRESH_B_MACRO_F1_FLOOR = 0.85;
const FRESH_B_SUPPORTED_PRECISION_FLOOR = 0.85;

suite('claim checker quality on the fresh real-prose sets (half B)', () => {
  test('macro-F1 (verdict with basis) and SUPPORTED precision stay at or above their floors', async () => {
    const corpus = path.join(__dirname, 'corpus');
    const files = fs.readdirSync(corpus).filter((f) => /^fresh-.*\.jsonl$/.test(f)).sort();
    assert.ok(files.length >= 3, `fresh sets: ${files.join(', ')}`);
    const studied = files.flatMap((f) => rows(path.join(corpus, f))).filter((row) => half(row.id) === 'B');
    const { kb } = await loadKnowledgeBase({ extra: [] });
    const results = studied.map((row) => evaluateRow(row, kb));
    const withBasis = score(results, verdictBasisClass);
    const supported = score(results, verdictClass).perLabel.supported;
    assert.ok(withBasis.macroF1 >= FRESH_B_MACRO_F1_FLOOR, `macro-F1 ${withBasis.macroF1.toFixed(3)} on ${studied.length} half-B rows`);
    assert.ok(supported.precision >= FRESH_B_SUPPORTED_PRECISION_FLOOR, `SUPPORTED precision ${supported.precision.toFixed(3)}`);
  });
});
