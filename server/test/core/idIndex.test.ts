// The fact-id table (idIndex.ts): positions and hashes share one array, and the table grows as ids come.
import { strict as assert } from 'node:assert';
import { IdIndex } from '../../src/core/kb/idIndex';

suite('fact id index', () => {
  test('every id is found at its position after the table has grown, and a repeated id gives the first position', () => {
    const ids: string[] = [];
    const index = new IdIndex((at) => ids[at], 4);
    for (let n = 0; n < 5000; n++) {
      const id = `paper${n % 2500}/f${n}`;
      ids.push(id);
      assert.equal(index.addIfNew(id, n), -1);
    }
    assert.equal(index.size, 5000);
    for (let n = 0; n < 5000; n += 7) assert.equal(index.get(ids[n]), n);
    assert.equal(index.get('paper1/f2'), -1);
    // An id written inside a longer text, as a scanned file's are.
    const text = `{"id":"${ids[4321]}"}`;
    assert.equal(index.addIfNewAt(text, 7, 7 + ids[4321].length, 9999), 4321);
    assert.equal(index.size, 5000);
  });
});
