// The part-of-speech model's core in the layout esbuild.mjs writes beside the server bundles (winkCoreFile.ts):
// read back, it is the package's JSON with its packed arrays decoded, so the tagger reads the same model; and a
// built dist/wink/eng-core-web-model.bin is what the sources make of the package's JSON now.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeWinkCore, encodeWinkCore, wordIndex, wordOrder } from '../../src/core/language/winkCoreFile';

suite('winkCoreFile: the part-of-speech model\'s core as the bundles read it', function () {
  this.timeout(60000);

  const jsonFile = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const base64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
  /** The JSON as JSON.parse gives it, its packed arrays decoded as the tagger decodes them. */
  const expected = () => {
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    return { ...json, lexicon: new Uint32Array(base64(json.lexicon).slice().buffer), xpansions: new Uint32Array(base64(json.xpansions).slice().buffer) };
  };

  /** The model read back without the lexeme's index (a lookup, tested on its own below). */
  const withoutIndex = (model: Record<string, unknown>) => {
    const features = model.features as { lexeme: Record<string, unknown> };
    const { hash, ...lexeme } = features.lexeme;
    assert.equal(typeof hash, 'object');
    return { ...model, features: { ...features, lexeme } };
  };

  test('read back, the file is the model\'s JSON with its packed arrays decoded', () => {
    const bytes = encodeWinkCore(JSON.parse(fs.readFileSync(jsonFile, 'utf8')), base64);
    // (At an odd offset, as a Buffer from a pool may be.)
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.deepEqual(withoutIndex(decodeWinkCore(shifted.subarray(1))), expected());
    // A Node Buffer from a pool (whose own slice is a view of the pool).
    const pooled = Buffer.concat([Buffer.from('xyz'), Buffer.from(bytes)]).subarray(3);
    assert.deepEqual(withoutIndex(decodeWinkCore(pooled)), expected());
    // At an aligned offset inside a larger buffer (read in place, alignedBuffer).
    const inPlace = new Uint8Array(bytes.length + 8);
    inPlace.set(bytes, 8);
    assert.deepEqual(withoutIndex(decodeWinkCore(inPlace.subarray(8))), expected());
    assert.deepEqual(withoutIndex(decodeWinkCore(bytes)), expected());
  });

  test('words holding a separator choose another, and a cut file is refused', () => {
    const json = { lexicon: 'AQAAAA==', xpansions: '', features: { lexeme: { list: ['a\u0000b', 'c\n', ''] }, other: { list: ['x'] } } };
    const read = decodeWinkCore(encodeWinkCore(json, base64));
    assert.deepEqual((read.features as typeof json.features).lexeme.list, ['a\u0000b', 'c\n', '']);
    assert.deepEqual(read.lexicon, new Uint32Array([1]));
    assert.deepEqual(read.xpansions, new Uint32Array([]));
  });

  test('the lexeme\'s index read from the file gives every word\'s position, as wink\'s own object does', () => {
    const list = (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { features: { lexeme: { list: string[] } } }).features.lexeme.list;
    const read = (decodeWinkCore(encodeWinkCore(JSON.parse(fs.readFileSync(jsonFile, 'utf8')), base64)).features as { lexeme: { hash: Record<string, number> } }).lexeme.hash;
    list.forEach((word, k) => assert.equal(read[word], k, word));
    for (const word of ['zzqxv', 'Proliferation-Xq', '', '__proto__', 'constructor', 'toString']) if (!list.includes(word)) assert.equal(read[word], undefined, word);
  });

  test('the index by binary search: found, missing, and a word wink adds', () => {
    const list = ['tumour', 'Cell', 'apoptosis', 'b', 'a', '\n', 'IL-6'];
    const index = wordIndex(list, new Uint32Array(wordOrder(list)));
    list.forEach((word, k) => assert.equal(index[word], k));
    assert.equal(index.c, undefined);
    assert.equal(index.toString, undefined);
    assert.ok('IL-6' in index && !('IL-7' in index));
    index.metastasis = 7;
    assert.equal(index.metastasis, 7);
    assert.equal(index.Cell, 1);
  });

  test('dist/wink/eng-core-web-model.bin, when built, is what the sources make of the package\'s JSON', function () {
    const file = path.join(__dirname, '..', '..', '..', 'dist', 'wink', 'eng-core-web-model.bin');
    if (!fs.existsSync(file)) this.skip();
    const bytes = new Uint8Array(fs.readFileSync(file));
    assert.ok(Buffer.from(encodeWinkCore(JSON.parse(fs.readFileSync(jsonFile, 'utf8')), base64)).equals(Buffer.from(bytes)));
    assert.deepEqual(withoutIndex(decodeWinkCore(bytes)), expected());
  });
});
