// The disable directives' suppression (core/analysis/suppression.ts), read around each directive through a text in
// pieces: after random edits it must switch off exactly the spans that the index of every line of the flat string
// (the way it was first computed, kept here as the reference) switches off, and never join the pieces.
import * as assert from 'node:assert/strict';
import { suppressionOf } from '../../src/core/analysis/suppression';
import type { Directive, DirectiveKind, SourceSpan } from '../../src/core/text/prose';
import { PieceText } from '../../src/core/text/sourceText';
import { LineIndex } from '../../src/core/util/lines';

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The suppression over a line index of the whole string (analyzeDocument.ts before issue 10's pieces). */
function flatSuppression(source: string, directives: readonly Directive[]): (span: SourceSpan) => boolean {
  if (!directives.some((d) => d.kind !== 'own-finding')) return () => false;
  const lines = new LineIndex(source);
  const nextContentLine = (line: number) => {
    for (let next = line + 1; next < lines.lineCount; next++) {
      const start = lines.lineStart(next);
      const end = next + 1 < lines.lineCount ? lines.lineStart(next + 1) : source.length;
      if (source.slice(start, end).trim()) return next;
    }
    return line + 1;
  };
  const disabledLines = new Set<number>();
  const ranges: SourceSpan[] = [];
  let openAt: number | undefined;
  for (const directive of [...directives].sort((a, b) => a.span.start - b.span.start)) {
    const line = lines.positionAt(directive.span.start).line;
    if (directive.kind === 'disable-next-line') disabledLines.add(nextContentLine(line));
    else if (directive.kind === 'disable-line') disabledLines.add(line);
    else if (directive.kind === 'disable' && openAt === undefined) openAt = directive.span.end;
    else if (directive.kind === 'enable' && openAt !== undefined) {
      ranges.push({ start: openAt, end: directive.span.start });
      openAt = undefined;
    }
  }
  if (openAt !== undefined) ranges.push({ start: openAt, end: source.length });
  return (span) => {
    if (ranges.some((r) => span.start >= r.start && span.start < r.end)) return true;
    const first = lines.positionAt(span.start).line;
    const last = lines.positionAt(Math.max(span.start, span.end - 1)).line;
    for (let line = first; line <= last; line++) if (disabledLines.has(line)) return true;
    return false;
  };
}

const kinds: DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable', 'own-finding'];
const inserts = ['', 'x', ' ', '\n', '\r\n', '\r', '\n\n', ' \t\n', '\u00a0\n', 'two\nlines\r\nhere', 'IL-11 raised MMP-13. ', 'y'.repeat(120)];

suite('disable directives over a text in pieces', () => {
  test('after random edits, every span is switched off as over the flat string, and the pieces stay apart', () => {
    const random = lcg(31);
    for (let round = 0; round < 300; round++) {
      let plain = 'IL-11 raised MMP-13.\n\n \nSTAT3 was active.\r\n'.repeat(1 + Math.floor(random() * 12));
      let pieces = PieceText.of(plain, 3 + Math.floor(random() * 60));
      for (let n = Math.floor(random() * 20); n > 0; n--) {
        const start = Math.floor(random() * (plain.length + 1));
        const end = Math.min(plain.length, start + Math.floor(random() * 8));
        const insert = inserts[Math.floor(random() * inserts.length)];
        plain = plain.slice(0, start) + insert + plain.slice(end);
        pieces = pieces.edited([{ start, end, insert }]);
      }
      // Directives anywhere (at the start, on a line feed, at the very end), some past the text.
      const directives: Directive[] = [];
      for (let n = Math.floor(random() * 6); n > 0; n--) {
        const start = Math.floor(random() * (plain.length + 3));
        directives.push({ kind: kinds[Math.floor(random() * kinds.length)], span: { start, end: start + Math.floor(random() * 20) } });
      }
      if (random() < 0.2) directives.push({ kind: 'disable-next-line', span: { start: plain.length, end: plain.length } });
      const expected = flatSuppression(plain, directives);
      const actual = suppressionOf(pieces, directives);
      assert.equal(actual.any, directives.some((d) => d.kind !== 'own-finding'));
      for (let k = 0; k < 60; k++) {
        const start = Math.floor(random() * (plain.length + 4)) - 2;
        const span = { start, end: start + Math.floor(random() * 40) };
        assert.equal(actual.isSuppressed(span), expected(span), `round ${round}: ${JSON.stringify(plain)} ${JSON.stringify(directives)} ${JSON.stringify(span)}`);
      }
      assert.equal(pieces.joined, false, `round ${round}`);
      // The same over the string itself.
      const overString = suppressionOf(plain, directives);
      for (let start = 0; start < plain.length; start += 3) assert.equal(overString.isSuppressed({ start, end: start + 5 }), expected({ start, end: start + 5 }));
    }
  });

  test('a directive above blank lines reaches the next line with words; after only blank lines, the line below it', () => {
    const text = 'a <!-- d -->\n\n \t\nIL-11 raised MMP-13.\nnext';
    const at = text.indexOf('<!--');
    const suppression = suppressionOf(PieceText.of(text, 4), [{ kind: 'disable-next-line', span: { start: at, end: at + 10 } }]);
    const sentence = text.indexOf('IL-11');
    assert.equal(suppression.isSuppressed({ start: sentence, end: sentence + 20 }), true);
    assert.equal(suppression.isSuppressed({ start: text.indexOf('next'), end: text.length }), false);
    assert.equal(suppression.isSuppressed({ start: 0, end: 1 }), false);
    const trailing = 'text <!-- d -->\n\n  \n';
    const last = suppressionOf(trailing, [{ kind: 'disable-next-line', span: { start: 5, end: 15 } }]);
    assert.equal(last.isSuppressed({ start: 16, end: 16 }), true);
    assert.equal(last.isSuppressed({ start: 17, end: 19 }), false);
  });
});
