import * as assert from 'node:assert/strict';
import { alignedBuffer } from '../../src/core/util/alignedBytes';

suite('alignedBytes: typed arrays over file bytes, in place when aligned', () => {
  test('aligned bytes are read in place, where they lie in their buffer', () => {
    const whole = new Uint8Array(16).map((_, k) => k);
    const { buffer, offset } = alignedBuffer(whole.subarray(8));
    assert.equal(buffer, whole.buffer);
    assert.equal(offset, 8);
    assert.deepEqual([...new Uint8Array(buffer, offset, 4)], [8, 9, 10, 11]);
  });

  test('bytes at an odd offset are copied to a buffer of their own', () => {
    const whole = new Uint8Array(16).map((_, k) => k);
    const { buffer, offset } = alignedBuffer(whole.subarray(3, 11));
    assert.notEqual(buffer, whole.buffer);
    assert.equal(offset, 0);
    assert.deepEqual([...new Uint8Array(buffer)], [3, 4, 5, 6, 7, 8, 9, 10]);
    // A Node Buffer from a pool (whose own slice is a view of the pool) is copied likewise.
    const pooled = Buffer.concat([Buffer.from('xyz'), Buffer.from([1, 2, 3, 4])]).subarray(3);
    assert.deepEqual([...new Uint8Array(alignedBuffer(pooled).buffer, alignedBuffer(pooled).offset, 4)], [1, 2, 3, 4]);
  });
});
