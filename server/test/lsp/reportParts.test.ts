// A report answered in parts (lsp/reportParts.ts): the parts joined are the text, whatever it holds.
import * as assert from 'node:assert/strict';
import { cutIntoParts, ReportParts, TextInParts, utf16Bytes } from '../../src/lsp/reportParts';
import { receiveReport } from '../../src/protocol';

suite('reports in parts', () => {
  test('parts are at most the size asked for and join into the text', () => {
    const text = JSON.stringify({ files: Array.from({ length: 50 }, (_, i) => ({ path: `chapter${i}.md`, text: 'IL-11 raised MMP-13. '.repeat(i) })) });
    const parts = cutIntoParts(text, 100);
    assert.ok(parts.length > 10);
    assert.ok(parts.every((part) => part.length <= 100 && part.length > 0));
    assert.equal(parts.join(''), text);
  });

  test('a character outside the BMP (two UTF-16 units) is never cut in two', () => {
    // "𝛼" and "😀" are surrogate pairs; a part ending between the halves would carry a lone surrogate.
    const text = JSON.stringify({ sentence: 'the 𝛼 chain 😀'.repeat(40) });
    for (const size of [3, 7, 10, 64]) {
      const parts = cutIntoParts(text, size);
      assert.equal(parts.join(''), text);
      for (const part of parts) assert.ok(!/[\ud800-\udbff]$|^[\udc00-\udfff]/.test(part), `size ${size}: ${JSON.stringify(part)}`);
    }
  });

  test('a text sent as UTF-16 bytes (from the worker) is cut and read out as cutIntoParts cuts the string', () => {
    const texts = ['', 'a', JSON.stringify({ sentence: 'the 𝛼 chain 😀 HIF-1α'.repeat(40) }), JSON.stringify({ plain: 'IL-11 raised MMP-13. '.repeat(30) })];
    for (const text of texts) {
      for (const size of [3, 7, 10, 64, 32 * 1024]) {
        const inParts = new TextInParts(utf16Bytes(text), size);
        const parts = cutIntoParts(text, size);
        assert.equal(inParts.count, parts.length, `size ${size}`);
        assert.deepEqual(Array.from({ length: inParts.count }, (_, i) => inParts.part(i)), parts, `size ${size}`);
      }
    }
    // Through the store, as the server answers the client's requests.
    const report = { files: [{ path: 'thesis.tex', sentences: [{ text: 'IL-6 raised 𝛼-SMA in HCC cells.' }] }] };
    const store = new ReportParts();
    const answer = store.add(new TextInParts(utf16Bytes(JSON.stringify(report)), 10));
    const read = Array.from({ length: answer.reportInParts.count }, (_, i) => store.take(answer.reportInParts.id, i));
    assert.deepEqual(JSON.parse(read.join('')), report);
    assert.equal(store.take(answer.reportInParts.id, 0), undefined);
  });

  test('the client reads the parts back as the report; each part is given once, the report let go with its last', async () => {
    const report = { version: 1, files: [{ path: 'draft.md', sentences: [{ text: 'STAT3 promotes proliferation 𝛼.' }] }], summary: { sentences: 1 } };
    const store = new ReportParts();
    const answer = store.add(cutIntoParts(JSON.stringify(report), 16));
    const read = await receiveReport(answer, async ({ id, index }) => store.take(id, index) ?? assert.fail(`part ${index} missing`));
    assert.deepEqual(read, report);
    assert.equal(store.take(answer.reportInParts.id, 0), undefined);
    // A whole report (a server that does not cut) is taken as it is.
    assert.deepEqual(await receiveReport(report, () => assert.fail('no parts to fetch')), report);
  });

  test('reports never fetched are not kept beyond the last few', () => {
    const store = new ReportParts(2);
    const first = store.add(['a', 'b']);
    store.add(['c']);
    const third = store.add(['d']);
    assert.equal(store.take(first.reportInParts.id, 0), undefined);
    assert.equal(store.take(third.reportInParts.id, 0), 'd');
  });
});
