import * as assert from 'node:assert';
import { serverEnvironment } from '../../src/protocol';

suite('serverEnvironment (the variables the client starts the server with)', () => {
  test('pins glibc\'s mmap threshold at a value it accepts (a whole number of bytes, at most 32 MiB on 64-bit)', () => {
    const added = serverEnvironment({ PATH: '/usr/bin' });
    const threshold = added.MALLOC_MMAP_THRESHOLD_;
    assert.match(threshold, /^\d+$/);
    assert.ok(Number(threshold) >= 128 * 1024 && Number(threshold) <= 32 * 1024 * 1024, threshold);
    // Only what the server needs is added: the client's own environment is merged in by the language client.
    assert.deepStrictEqual(Object.keys(added), ['MALLOC_MMAP_THRESHOLD_']);
  });

  test('leaves a variable the user set alone', () => {
    assert.deepStrictEqual(serverEnvironment({ MALLOC_MMAP_THRESHOLD_: '65536' }), {});
  });
});
