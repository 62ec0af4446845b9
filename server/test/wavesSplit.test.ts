// The study split of the labelled waves (server/eval/waves.ts): which sets a fixer may read and which are only
// scored. A slip here would let a held-out half be studied, or leave a studiable half out of the guard.
import * as assert from 'node:assert/strict';
import { setsOf } from '../eval/waves';

suite('waves: the study split', () => {
  const names = (mode: string, newest: number) => setsOf(mode, newest).map(([name]) => name);

  test('the newest wave is held out whole, the older ones by half A, and nothing held out is studied', () => {
    const heldout = names('heldout', 18);
    assert.equal(heldout[0], 'w18');
    assert.ok(heldout.includes('w17A') && heldout.includes('w2A') && heldout.includes('f25A'));
    assert.ok(!heldout.some((n) => /^w[35]A$/.test(n)), 'waves 3 and 5 were studied whole');
    const studied = names('studied', 18);
    assert.ok(studied.includes('w17B') && studied.includes('w2B') && studied.includes('w3') && studied.includes('w5'));
    assert.ok(!studied.some((n) => n === 'w18' || n === 'w18B' || n.endsWith('A')), studied.join(' '));
  });

  test('a wave becomes studiable by half B the stop after it was held out whole', () => {
    assert.ok(!names('studied', 17).includes('w17B'));
    assert.ok(names('studied', 18).includes('w17B'));
  });

  test('an unknown mode is refused', () => {
    assert.throws(() => setsOf('all', 18), /studied, heldout, pooled or blind/);
  });
});
