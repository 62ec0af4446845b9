// The stdio writer's encoding (lsp/publishEncoder.ts): a publish is the same JSON value as JSON.stringify
// writes, with each frozen diagnostic's bytes kept and used again while the diagnostic lives.
import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { PassThrough } from 'node:stream';
import { StreamMessageReader } from 'vscode-languageserver/node';
import { diagnosticsWriter, encodeMessage, placedDiagnostic } from '../../src/lsp/publishEncoder';

function diagnostic(line: number, message: string): Diagnostic {
  return { range: { start: { line, character: 0 }, end: { line, character: 4 } }, severity: DiagnosticSeverity.Warning, code: 'unsupported', source: 'claimlens', message };
}

/** Runs `run` with JSON.stringify watched: the values it was asked to write, in order. */
function stringified<T>(run: () => T): { result: T; written: unknown[] } {
  const written: unknown[] = [];
  const stringify = JSON.stringify;
  JSON.stringify = ((value: unknown, ...rest: []) => {
    written.push(value);
    return stringify(value, ...rest);
  }) as typeof JSON.stringify;
  try {
    return { result: run(), written };
  } finally {
    JSON.stringify = stringify;
  }
}

function publish(diagnostics: Diagnostic[], version?: number) {
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///thesis%20draft.md', version, diagnostics } };
}

suite('the stdio encoding of a publish', () => {
  test('is the JSON value JSON.stringify writes, non-ASCII text and a missing version included', () => {
    const list = [diagnostic(3, 'NF-κB raises IL-6 in OSCC: unsupported'), Object.freeze(diagnostic(9, 'TNF-α "quoted"\nsecond line'))];
    for (const message of [publish(list, 7), publish(list), publish([], 2)]) {
      assert.deepEqual(JSON.parse(encodeMessage(message).toString('utf8')), JSON.parse(JSON.stringify(message)));
    }
  });

  test('is written in ASCII, wider characters as escapes (a client then reads it without decoding UTF-8), and reads back as the same text', () => {
    const messages = ['TNF-α raises IL-6', 'NF-κB — ≥ 2-fold 🧬', 'plain ASCII'];
    const list = messages.map((message, n) => Object.freeze(diagnostic(n, message)));
    // The second publish takes the frozen diagnostics over from the first one's bytes.
    for (const version of [1, 2]) {
      const message = publish(list, version);
      message.params.uri = 'file:///Entwürfe/thesis.md';
      const bytes = encodeMessage(message);
      assert.ok(bytes.every((byte) => byte < 0x80), 'a byte past ASCII');
      const read = JSON.parse(bytes.toString('utf8'));
      assert.deepEqual(read.params.diagnostics.map((d: Diagnostic) => d.message), messages);
      assert.equal(read.params.uri, 'file:///Entwürfe/thesis.md');
    }
  });

  test('other messages are written as JSON.stringify writes them', () => {
    const message = { jsonrpc: '2.0', id: 4, result: { contents: { kind: 'markdown', value: 'STAT3 — ✓' } } };
    assert.equal(encodeMessage(message).toString('utf8'), JSON.stringify(message));
  });

  test("a frozen diagnostic's JSON is written once and kept with it; one that can still change is written each time", () => {
    const kept = Object.freeze(diagnostic(1, 'first'));
    const open = diagnostic(2, 'second');
    const { result: again, written } = stringified(() => {
      encodeMessage(publish([kept, open], 1));
      open.message = 'second, changed';
      return JSON.parse(encodeMessage(publish([kept, open], 2)).toString('utf8'));
    });
    assert.equal(again.params.diagnostics[1].message, 'second, changed');
    assert.equal(again.params.diagnostics[0].message, 'first');
    assert.equal(written.filter((value) => value === kept).length, 1);
    assert.equal(written.filter((value) => value === open).length, 2);
  });

  test('after an edit in the middle of a thesis-sized list only the new diagnostic is written; the kept ones before and after are copied', () => {
    const list = Array.from({ length: 5000 }, (_, n) => Object.freeze(diagnostic(n, `finding ${n}`)));
    const uri = 'file:///thesis.tex';
    const first = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 1, diagnostics: list } };
    encodeMessage(first);
    const added = Object.freeze(diagnostic(2500, 'finding after the edit'));
    const edited = [...list.slice(0, 2500), added, ...list.slice(2503)];
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 2, diagnostics: edited } };
    const { result: bytes, written } = stringified(() => encodeMessage(message));
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(message)));
    assert.deepEqual(written.filter((value) => edited.includes(value as Diagnostic)), [added]);
  });

  test('publishes of shuffled, dropped, new and changed diagnostics, taken over in runs, are what JSON.stringify writes', () => {
    let state = 17;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool = Array.from({ length: 40 }, (_, n) => Object.freeze(diagnostic(n, `finding ${n}${n % 7 === 0 ? ' NF-κB' : ''}`)));
    let list: Diagnostic[] = pool.slice(0, 20);
    for (let round = 0; round < 300; round++) {
      const next = [...list];
      const change = random();
      if (change < 0.25 && next.length > 0) next.splice(Math.floor(random() * next.length), 1 + Math.floor(random() * 3));
      else if (change < 0.5) next.splice(Math.floor(random() * (next.length + 1)), 0, pool[Math.floor(random() * pool.length)], diagnostic(round, `open ${round}`));
      else if (change < 0.7 && next.length > 1) next.reverse();
      else if (change < 0.8) next.length = 0;
      else next.push(...pool.slice(Math.floor(random() * 40)).slice(0, 5));
      list = next;
      const uri = round % 5 === 0 ? 'file:///other.md' : 'file:///thesis%20draft.md';
      const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: round, diagnostics: list } };
      assert.deepEqual(JSON.parse(encodeMessage(message).toString('utf8')), JSON.parse(JSON.stringify(message)), `round ${round}`);
    }
  });

  test('the stdio writer frames each message with its length, and a reader gets every publish of a long run of edits as JSON.stringify writes it', async () => {
    // 400 edits, each replacing one diagnostic somewhere in the list: the kept publish is copied out of the last
    // one's pieces each time, and put together again when their number grows past what it keeps.
    const output = new PassThrough();
    const writer = diagnosticsWriter(output);
    const reader = new StreamMessageReader(output);
    const read: unknown[] = [];
    reader.listen((message) => read.push(message));
    let list = Array.from({ length: 300 }, (_, n) => Object.freeze(diagnostic(n, `finding ${n} in IL-6 — κ`)));
    const sent: unknown[] = [];
    for (let version = 1; version <= 400; version++) {
      const at = (version * 37) % list.length;
      list = [...list.slice(0, at), Object.freeze(diagnostic(at, `edited ${version}`)), ...list.slice(at + 1)];
      const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///long.md', version, diagnostics: list } };
      sent.push(JSON.parse(JSON.stringify(message)));
      await writer.write(message);
      if (version % 50 === 0) await writer.write({ jsonrpc: '2.0', id: version, result: { value: 'between' } } as never), sent.push({ jsonrpc: '2.0', id: version, result: { value: 'between' } });
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(read.length, sent.length);
    assert.deepEqual(read, sent);
    reader.dispose();
    writer.dispose();
  });

  test("a diagnostic placed again from the same block diagnostic (its lines shifted) is written from its kept text after the range, as JSON.stringify writes it", () => {
    const uri = 'file:///moved.md';
    const sources = Array.from({ length: 4 }, (_, n) => ({ severity: DiagnosticSeverity.Warning, code: 'unsupported', source: 'claimlens', message: `finding ${n} in NF-κB\nsecond line` }));
    const placed = (by: number) => sources.map((source, n) => {
      const d = Object.freeze({ range: Object.freeze({ start: Object.freeze({ line: n + by, character: 2 }), end: Object.freeze({ line: n + by, character: 9 }) }), ...source });
      placedDiagnostic(d, source);
      return d;
    });
    const first = placed(0);
    const before = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 1, diagnostics: first } };
    encodeMessage(before);
    // A line added above all of them: every one is a new object with its range one line down.
    const moved = placed(1);
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 2, diagnostics: moved } };
    const { result: bytes, written } = stringified(() => encodeMessage(message));
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(message)));
    // Only the ranges were written again, not the diagnostics.
    assert.deepEqual(written.filter((value) => moved.includes(value as never)), []);
    assert.ok(bytes.every((byte) => byte < 0x80), 'a byte past ASCII');
  });
});
