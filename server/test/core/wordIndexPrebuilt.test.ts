// The shared word index built at bundle time (claims/wordIndexPrebuilt.ts, wordIndex.bin beside each server bundle,
// written by esbuild.mjs): read back, it is the index its words make (same bytes, same answers); it is used only for
// exactly the words it was made of, so a word a table adds since can cost time but never change an answer; and a
// built dist/wordIndex.bin is what the sources, as they are now, make of its words.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import '../../src/core/analysis/analyzeDocument';
import { registeredSentenceWords, sharedIndexOf } from '../../src/core/claims/sentenceWords';
import { WordIndex } from '../../src/core/claims/wordIndex';

suite('wordIndexPrebuilt: the shared word index written at bundle time', function () {
  this.timeout(120000);

  const texts = [
    '', 'x'.repeat(50), 'IL-6 increased the phosphorylation of STAT3 in tumour cells, whereas its knockdown reduced invasion.',
    'Silencing of MMP-9 was associated with lower migration; the effect was not observed after treatment with an inhibitor.',
    'Über die Zellen: TGF-β induziert EMT (ſ, é, ‐free, anti-IL-11).',
  ];
  const answers = (index: WordIndex, text: string) => {
    const { found, ends } = index.scan(text);
    return [...found].map((w, k) => [index.words[w], ends[k]]);
  };

  test('read back from its bytes, an index answers as the one that wrote them, and writes the same bytes', () => {
    for (const [words, narrowLimit] of [[['she', 'he', 'hers', 'his', '', 'tumour‐', 'ſ'], 0x8000], [['sensitive', 'sensitis', 'se', '%'], 0]] as const) {
      const built = new WordIndex(words, narrowLimit);
      const bytes = built.toBytes();
      // (At an odd offset, as a Buffer from a pool may be.)
      const shifted = new Uint8Array(bytes.length + 1);
      shifted.set(bytes, 1);
      const read = WordIndex.fromBytes(shifted.subarray(1), words);
      assert.ok(read);
      // A Node Buffer inside a larger one (whose own slice is a view of it).
      const pooled = WordIndex.fromBytes(Buffer.concat([Buffer.from('xyz'), Buffer.from(bytes)]).subarray(3), words);
      assert.ok(pooled);
      assert.deepEqual(pooled.toBytes(), bytes);
      // At an aligned offset inside a larger buffer, read in place (alignedBuffer).
      const inPlace = new Uint8Array(bytes.length + 8);
      inPlace.set(bytes, 8);
      const aligned = WordIndex.fromBytes(inPlace.subarray(8), words);
      assert.ok(aligned);
      assert.deepEqual(aligned.toBytes(), bytes);
      for (const text of texts) assert.deepEqual(answers(aligned, text), answers(built, text), text);
      assert.deepEqual(read.toBytes(), bytes);
      assert.deepEqual(read.size, built.size);
      for (const text of [...texts, 'she sells his hers; tumour‐free', 'insensitised ſe 5%']) {
        assert.deepEqual(answers(read, text), answers(built, text), text);
        assert.deepEqual([...read.firstEnds(text)], [...built.firstEnds(text)], text);
      }
    }
  });

  test('the bytes serve only the words they were made of', () => {
    const bytes = new WordIndex(['alpha', 'beta', 'gamma']).toBytes();
    assert.ok(WordIndex.fromBytes(bytes, ['alpha', 'beta', 'gamma']));
    assert.equal(WordIndex.fromBytes(bytes, ['alpha', 'beta', 'gamma', 'delta']), undefined, 'a word added');
    assert.equal(WordIndex.fromBytes(bytes, ['alpha', 'beta']), undefined, 'a word gone');
    assert.equal(WordIndex.fromBytes(bytes, ['beta', 'alpha', 'gamma']), undefined, 'another numbering');
    assert.equal(WordIndex.fromBytes(bytes, ['alpha', 'beta', 'gamma', '']), undefined, 'the empty word added');
  });

  test('the shared index is the same whatever order the tables register their words in', () => {
    const words = registeredSentenceWords();
    const reversed = new Set([...words].reverse());
    assert.deepEqual(sharedIndexOf(reversed).toBytes(), sharedIndexOf(words).toBytes());
  });

  test('dist/wordIndex.bin, when built, is what the sources make of its words, and answers as they do', function () {
    const file = path.join(__dirname, '..', '..', '..', 'dist', 'wordIndex.bin');
    if (!fs.existsSync(file)) this.skip();
    const bytes = new Uint8Array(fs.readFileSync(file));
    const words = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + new DataView(bytes.buffer).getUint32(0, true)))).words as string[];
    assert.ok(words.length > 500, `${words.length} words`);
    const read = WordIndex.fromBytes(bytes, words);
    assert.ok(read);
    const fresh = new WordIndex(words);
    assert.ok(Buffer.from(fresh.toBytes()).equals(Buffer.from(bytes)), 'the file is the index the sources build over its words');
    for (const text of texts) assert.deepEqual(answers(read, text), answers(fresh, text), text);
  });

  test("dist/wordIndex.bin, when built, holds exactly the words the server's own modules register, so the server uses it", function () {
    // sharedIndexOf takes the file only for exactly the registered words, else it builds the index at start-up
    // without a sign: the bundle records the words of analyzeDocument's modules, and the server (cli/main.ts, its
    // analysis worker, the language server's service) must register no other (h-start46's open point, stop 46).
    const file = path.join(__dirname, '..', '..', '..', 'dist', 'wordIndex.bin');
    if (!fs.existsSync(file)) this.skip();
    const bytes = new Uint8Array(fs.readFileSync(file));
    const recorded = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + new DataView(bytes.buffer).getUint32(0, true)))).words as string[];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const module of ['cli/main', 'lsp/analysisWorker', 'core/service', 'core/features/citationIndex']) require(path.join('..', '..', 'src', module));
    const registered = [...registeredSentenceWords()].sort();
    assert.deepEqual(registered, recorded);
    assert.ok(WordIndex.fromBytes(bytes, registered), 'the file is read for the registered words');
  });
});
