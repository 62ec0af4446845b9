// The language server's heap growing factor (node/heapGrowth.ts): V8's percent, from the environment when
// it is a whole number, else the server's own.
import * as assert from 'node:assert/strict';
import { heapGrowingPercent, serverHeapGrowingPercent } from '../../src/node/heapGrowth';

suite('heap growth', () => {
  test("the server's factor unless the environment names another; 0 leaves V8's own", () => {
    assert.equal(heapGrowingPercent({}), serverHeapGrowingPercent);
    assert.equal(heapGrowingPercent({ CLAIMLENS_HEAP_GROWING_PERCENT: '50' }), 50);
    assert.equal(heapGrowingPercent({ CLAIMLENS_HEAP_GROWING_PERCENT: ' 0 ' }), 0);
    for (const odd of ['', 'lots', '-5', '1.5', '12345']) assert.equal(heapGrowingPercent({ CLAIMLENS_HEAP_GROWING_PERCENT: odd }), serverHeapGrowingPercent, odd);
  });
});
