// The context-swap probe (eval/swapProbe.ts): its swaps of our own sentences, the answers the knowledge base gives
// them, and its refusal of held-out files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deniedHedges, exchanged, mainClaimOf, swapsOf, SwapOracle, withPhrase } from '../eval/swapProbe';
import { refusal } from '../eval/probeRows';
import { HALVED_THROUGH, heldOutWholeWave, OPENED_THROUGH } from '../eval/realSplit';
import { evaluateRow } from '../eval/evaluate';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';

suite('context-swap probe (eval/swapProbe.ts)', () => {
  test('a modal verb group is denied, one at a time', () => {
    assert.deepEqual(deniedHedges('IL-11 may promote invasion and could raise MMP-9.').map((d) => d.text), [
      'IL-11 did not promote invasion and could raise MMP-9.',
      'IL-11 may promote invasion and did not raise MMP-9.',
    ]);
    assert.deepEqual(deniedHedges('STAT3 might be involved in it.').map((d) => d.text), ['STAT3 is not involved in it.']);
    assert.deepEqual(deniedHedges('IL-6 may not raise it.'), []);
  });

  test('a phrase goes before the full stop; two spans trade places', () => {
    assert.equal(withPhrase('IL-11 raises STAT3.', 'under hypoxia'), 'IL-11 raises STAT3 under hypoxia.');
    assert.equal(exchanged('IL-11 raises STAT3.', { start: 0, end: 5 }, { start: 13, end: 18 }), 'STAT3 raises IL-11.');
  });

  test('a hedge is denied only between the claim\'s participants; an exchange is not tried where the object meets another named participant it acts on', async () => {
    const { kb } = await loadKnowledgeBase({ extra: [] });
    const oracle = new SwapOracle(kb);
    // The modal governs another predicate: after both participants, or on a noun phrase that holds the claim.
    for (const text of [
      'IL-11 raises MMP-9 expression in MDA-MB-231 cells and may have prognostic value.',
      'The capacity of IL-11 to raise MMP-9 in MDA-MB-231 cells may be important.',
    ]) {
      const claim = mainClaimOf(text, kb);
      assert.ok(claim, text);
      assert.deepEqual(swapsOf(text, 't', claim, oracle).filter((s) => s.kind === 'hedge'), [], text);
    }
    // "B enhances A and metastasis": B's own finding on metastasis would back the exchanged sentence.
    const text = 'Hypoxia may enhance EMT and metastasis in breast cancer cells.';
    const claim = mainClaimOf(text, kb);
    assert.ok(claim);
    assert.equal(claim.subject.entityId, 'HYPOXIA');
    assert.deepEqual(swapsOf(text, 't', claim, oracle).filter((s) => s.kind === 'exchange'), []);
    assert.equal(swapsOf(text, 't', claim, oracle).filter((s) => s.kind === 'hedge').length, 1);
  });

  test('held-out files are refused rows', () => {
    const corpus = path.join(__dirname, 'corpus');
    const newest = heldOutWholeWave(fs.readdirSync(corpus).map((f) => Number(/^fresh(\d+)-/.exec(f)?.[1] ?? 0)));
    assert.match(refusal(path.join(corpus, `fresh${newest}-hcc.jsonl`), 'B', 'all') ?? '', /held out whole/);
    assert.match(refusal(path.join(corpus, `fresh${HALVED_THROUGH}-il11.jsonl`), undefined, 'all') ?? '', /half B/);
    assert.equal(refusal(path.join(corpus, `fresh${HALVED_THROUGH}-il11.jsonl`), 'B', 'all'), undefined);
    assert.match(refusal(path.join(corpus, `fresh${OPENED_THROUGH + 1}-il11.jsonl`), undefined, 'all') ?? '', /half B/);
    assert.match(refusal(path.join(corpus, `fresh${OPENED_THROUGH + 1}-hcc.jsonl`), 'A', 'all') ?? '', /half B/);
    assert.equal(refusal(path.join(corpus, `fresh${OPENED_THROUGH + 1}-il11.jsonl`), 'B', 'all'), undefined);
    // Opened for study in stop 52: both halves of waves up to OPENED_THROUGH and of the stop-25 sets.
    assert.equal(refusal(path.join(corpus, 'fresh12-il11.jsonl'), 'A', 'all'), undefined);
    assert.equal(refusal(path.join(corpus, 'fresh-hcc.jsonl'), 'A', 'all'), undefined);
    assert.equal(refusal(path.join(corpus, 'fresh5-hcc.jsonl'), undefined, 'all'), undefined);
    assert.match(refusal('/s/eval/real/dev-hcc.jsonl', undefined, 'all') ?? '', /dev split/);
  });

  test('every swap of a backed sentence is one the library does not back, and is not read as supported', async () => {
    const { kb } = await loadKnowledgeBase({ extra: [] });
    const oracle = new SwapOracle(kb);
    const text = 'IL-11 may increase MMP-9 expression in MDA-MB-231 cells.';
    assert.equal(evaluateRow({ id: 't', text, label: 'supported', evidence: [] }, kb).verdict, 'supported');
    const claim = mainClaimOf(text, kb);
    assert.ok(claim);
    const swaps = swapsOf(text, 't', claim, oracle);
    for (const kind of ['place', 'condition', 'sibling', 'hedge', 'exchange']) assert.ok(swaps.some((s) => s.kind === kind), `no ${kind} swap`);
    for (const swap of swaps) {
      const verdict = evaluateRow({ id: 't', text: swap.text, label: 'unsupported', evidence: [] }, kb).verdict;
      assert.notEqual(verdict, 'supported', `${swap.kind} ${swap.what}: ${swap.text}`);
    }
  });
});
