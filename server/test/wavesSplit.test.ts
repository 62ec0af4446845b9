// The study split of the labelled waves (server/eval/waves.ts): which sets a fixer may read and which are only
// scored. A slip here would let a held-out half be studied, or leave a studiable half out of the guard.
import * as assert from 'node:assert/strict';
import { detailOf, setsOf } from '../eval/waves';
import type { RowResult } from '../eval/evaluate';
import { HALVED_THROUGH, heldOutWholeWave, OPENED_THROUGH } from '../eval/realSplit';

suite('waves: the study split', () => {
  const names = (mode: string, newest: number) => setsOf(mode, newest).map(([name]) => name);

  test('the newest wave is held out whole, the older ones by half A, and nothing held out is studied', () => {
    const newest = OPENED_THROUGH + 3;
    const heldout = names('heldout', newest);
    assert.equal(heldout[0], `w${newest}`);
    assert.ok(heldout.includes(`w${newest - 1}A`) && heldout.includes(`w${OPENED_THROUGH + 1}A`));
    assert.ok(!heldout.some((n) => /^w[35]A$/.test(n)), 'waves 3 and 5 were studied whole');
    const studied = names('studied', newest);
    assert.ok(studied.includes(`w${newest - 1}B`) && studied.includes('w2B') && studied.includes('w3') && studied.includes('w5'));
    assert.ok(!studied.some((n) => n === `w${newest}` || n === `w${newest}B`), studied.join(' '));
    assert.deepEqual(studied.filter((n) => heldout.includes(n)), [], 'no set is both studied and held out');
  });

  test('from stop 52 the halves A of waves up to OPENED_THROUGH and of the stop-25 sets are studied, the later ones held out and pooled', () => {
    const studied = names('studied', HALVED_THROUGH + 1);
    const heldout = names('heldout', HALVED_THROUGH + 1);
    for (const n of [2, 4, OPENED_THROUGH]) assert.ok(studied.includes(`w${n}A`) && !heldout.includes(`w${n}A`), `w${n}A`);
    assert.ok(studied.includes('f25A') && !heldout.includes('f25A'));
    for (const n of [OPENED_THROUGH + 1, HALVED_THROUGH]) assert.ok(heldout.includes(`w${n}A`) && !studied.includes(`w${n}A`), `w${n}A`);
    const pool = new Map(setsOf('pooled', HALVED_THROUGH + 1)).get('pooled')?.() ?? [];
    const opened = new Map(setsOf('studied', HALVED_THROUGH + 1)).get('opened')?.() ?? [];
    const openedIds = new Set(opened.map((r) => r.id));
    assert.ok(pool.length > 0 && opened.length > 0);
    assert.ok(!pool.some((r) => openedIds.has(r.id)), 'the held-out pool shares no row with the opened halves');
  });

  test('a wave becomes studiable by half B the stop after it was held out whole', () => {
    assert.ok(!names('studied', 17).includes('w17B'));
    assert.ok(names('studied', 18).includes('w17B'));
  });

  test('a wave halved with no newer wave built leaves no wave held out whole, and the next wave built is', () => {
    assert.equal(heldOutWholeWave([2, 25, HALVED_THROUGH]), HALVED_THROUGH + 1);
    assert.equal(heldOutWholeWave([2, HALVED_THROUGH, HALVED_THROUGH + 1]), HALVED_THROUGH + 1);
    assert.ok(names('studied', HALVED_THROUGH + 1).includes(`w${HALVED_THROUGH}B`));
    assert.ok(names('heldout', HALVED_THROUGH + 1).includes(`w${HALVED_THROUGH}A`));
  });

  test('wave 25 is a wave of its own, not the stop-25 sets (fresh-hcc, fresh-il11, fresh-scope)', () => {
    const sets = new Map([...setsOf('heldout', 25), ...setsOf('studied', 25)]);
    const ids = (name: string) => (sets.get(name)?.() ?? []).map((r) => r.id);
    const wave25 = ids('w25');
    assert.ok(wave25.length > 0 && wave25.every((id) => id.startsWith('f25-')), 'w25 reads fresh25-*.jsonl');
    assert.ok(ids('f25A').length > 0 && !ids('f25A').some((id) => id.startsWith('f25-')), 'f25A stays the stop-25 sets');
  });

  test('an unknown mode is refused', () => {
    assert.throws(() => setsOf('all', 18), /studied, heldout, pooled or blind/);
  });

  test('--detail counts the wrong answers and their stages and never prints a row', () => {
    const result = (id: string, label: RowResult['row']['label'], verdict: string, basis: string | null, stage: string): RowResult => ({
      row: { id, text: `the sentence of ${id} must stay unseen`, label, basis: label === 'unsupported' ? 'other-context' : undefined, evidence: [] },
      verdict, basis, evidence: [], expectedEvidence: [], citationIssue: null,
      verdictRight: label === verdict, basisRight: false, evidenceRight: true, citationRight: true, stage,
    });
    const text = detailOf([
      result('r1', 'supported', 'unsupported', 'no-evidence', 'actor, no claim read'),
      result('r2', 'supported', 'unsupported', 'no-evidence', 'actor, no claim read'),
      result('r3', 'unsupported', 'unsupported', 'no-evidence', 'main claim unsupported/no-evidence, expected paper near'),
      result('r4', 'supported', 'supported', null, 'main claim supported, expected paper near'),
    ]);
    assert.match(text, /\b2 {2}supported -> unsupported\/no-evidence/);
    assert.match(text, /\b1 {2}unsupported\/other-context -> unsupported\/no-evidence/);
    assert.match(text, /\b2 {2}actor, no claim read/);
    assert.ok(!/main claim supported/.test(text), 'a right row is not counted');
    assert.ok(!/sentence of|r1|r2|r3/.test(text), text);
  });
});
