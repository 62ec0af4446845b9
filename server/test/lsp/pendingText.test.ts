// The main thread's documents keep their texts pending (lsp/pendingText.ts, lsp/editedDocument.ts): after any
// edits they must read exactly as the editor's own TextDocument does, and the edits they hand on must rebuild
// the text the analysis worker had into the one the main thread has.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditedDocument } from '../../src/lsp/editedDocument';
import { applyEdits, combinedRange, PendingText } from '../../src/lsp/pendingText';
import { changedRange } from '../../src/core/text/incrementalProse';

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const inserts = ['', 'x', ' word ', '\n', '\r\n', '\r', '\n\n', 'β', 'two\nlines\r\nhere', 'IL-11 raised MMP-13. '];

suite('pending text', () => {
  test('after random edits it reads as the text with the edits applied one by one, and hands on the edits that rebuild it', () => {
    const random = lcg(11);
    for (let round = 0; round < 200; round++) {
      let plain = 'In OSCC, IL-11 raised MMP-13.\n\nSTAT3 was active.';
      let pending = PendingText.of(plain);
      const start = pending;
      for (let n = 0; n < 1 + Math.floor(random() * 90); n++) {
        const at = Math.floor(random() * (plain.length + 1));
        const end = Math.min(plain.length, at + Math.floor(random() * 6));
        const insert = inserts[Math.floor(random() * inserts.length)];
        plain = plain.slice(0, at) + insert + plain.slice(end);
        pending = pending.edited({ start: at, end, insert });
        // Sometimes the text is read whole in between, as a request does.
        if (random() < 0.1) pending = pending.readWhole();
        assert.equal(pending.length, plain.length);
      }
      for (let i = 0; i < plain.length; i += 7) assert.equal(pending.charCodeAt(i), plain.charCodeAt(i));
      const edits = pending.editsSince(start);
      if (edits) {
        assert.equal(applyEdits(start.text, edits), plain, `round ${round}`);
        // The one range the edits changed covers what changed.
        const range = combinedRange(start.length, edits);
        const exact = changedRange(start.text, plain);
        if (exact) {
          assert.ok(range && range.start <= exact.start && range.oldEnd >= exact.oldEnd && range.newEnd >= exact.newEnd, `round ${round}`);
          assert.equal(range.newEnd - range.oldEnd, plain.length - start.length);
        }
      }
      assert.equal(pending.text, plain, `round ${round}`);
    }
  });

  test('edits are known across one reading of the whole text, and are put together in one piece', () => {
    const first = PendingText.of('abc def');
    const edited = first.edited({ start: 3, end: 4, insert: '-' }).edited({ start: 0, end: 0, insert: '>' });
    const read = edited.readWhole();
    const after = read.edited({ start: 8, end: 8, insert: '!' });
    assert.deepEqual(after.editsSince(first), [{ start: 3, end: 4, insert: '-' }, { start: 0, end: 0, insert: '>' }, { start: 8, end: 8, insert: '!' }]);
    assert.equal(after.text, '>abc-def!');
    // Two readings back: not known, the texts are compared instead.
    assert.equal(after.readWhole().edited({ start: 0, end: 1, insert: '' }).readWhole().editsSince(first), undefined);
    // Before the first pending edit, the text is the base's.
    assert.equal(after.untouched, 8);
    assert.equal(after.slice(0, 4), '>abc');
  });
});

suite('edited document', () => {
  test('positions, offsets, lines and text match the editor\'s TextDocument after random edits (CRLF included)', () => {
    const random = lcg(5);
    for (let round = 0; round < 60; round++) {
      const content = round % 2 === 0 ? 'one\ntwo\r\nthree\n\nfour' : '';
      const theirs = TextDocument.create('file:///a.md', 'markdown', 1, content);
      const ours = new EditedDocument('file:///a.md', 'markdown', 1, content);
      for (let version = 2; version < 60; version++) {
        const text = theirs.getText();
        const a = theirs.positionAt(Math.floor(random() * (text.length + 1)));
        const b = theirs.positionAt(Math.floor(random() * (text.length + 1)));
        // Positions past a line's end and reversed ranges, as editors may send them.
        const range = random() < 0.1 ? { start: { line: b.line, character: b.character + 3 }, end: a } : { start: a, end: b };
        const change = random() < 0.05 ? { text: inserts[Math.floor(random() * inserts.length)] } : { range, text: inserts[Math.floor(random() * inserts.length)] };
        TextDocument.update(theirs, [change], version);
        ours.update([change], version);
        if (random() < 0.3) assert.equal(ours.getText(), theirs.getText(), `round ${round} version ${version}`);
        assert.equal(ours.lineCount, theirs.lineCount);
        const length = theirs.getText().length;
        for (let i = 0; i < 5; i++) {
          const offset = Math.floor(random() * (length + 3)) - 1;
          assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `round ${round} version ${version} offset ${offset}`);
          const position = { line: Math.floor(random() * (theirs.lineCount + 1)), character: Math.floor(random() * 8) };
          assert.equal(ours.offsetAt(position), theirs.offsetAt(position));
          assert.deepEqual(ours.getLineRange(position.line), theirs.getLineRange(position.line));
          assert.equal(ours.getEOLCharacters(position.line), theirs.getEOLCharacters(position.line));
          assert.equal(ours.getText({ start: { line: 0, character: 0 }, end: position }), theirs.getText({ start: { line: 0, character: 0 }, end: position }));
        }
      }
      assert.equal(ours.getText(), theirs.getText());
      assert.equal(ours.version, theirs.version);
    }
  });

  test('typing leaves the text pending: the edits since the last text sent are what the worker gets', () => {
    const document = new EditedDocument('file:///a.md', 'markdown', 1, 'IL-11 raised MMP-13 in OSCC.\n');
    const sent = document.pending;
    document.update([{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } }, text: 'lowered' }], 2);
    document.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'STAT3.' }], 3);
    assert.deepEqual(document.pending.editsSince(sent), [{ start: 6, end: 12, insert: 'lowered' }, { start: 30, end: 30, insert: 'STAT3.' }]);
    assert.equal(document.pending.base, 'IL-11 raised MMP-13 in OSCC.\n', 'nothing read the text whole');
    assert.equal(document.getText(), 'IL-11 lowered MMP-13 in OSCC.\nSTAT3.');
  });
});
