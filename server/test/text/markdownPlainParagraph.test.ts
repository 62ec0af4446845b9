// markdown.ts reads a chunk that is one plain paragraph without mdast (plainParagraphEnd). The prose must be
// exactly what the parser gives: compared here on generated chunks built from the characters and shapes that
// could make CommonMark read something else (markup openers, brackets, line starts, trailing spaces).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { autolinkPattern, extractMarkdownProse, extractMarkdownProseWithParser, mayHoldAutolink, plainParagraphEnd } from '../../src/core/text/markdown';

// Pieces a plain paragraph may hold, and pieces that may make it something else (drawn less often, so that
// many chunks stay plain and the rest sit one piece away from plain).
const plainPieces = [
  'IL-11 ', 'raised ', 'MMP-13', ' in OSCC', '. ', ', ', 'α', 'κB', 'é', '𝛼', 'Ω ', 'x', 'Fig. 2', '(GC)', '(', ')', '[', ']', '[@wu2022interleukin]', '[@a; @b, p. 3]', '@key', '[-@a]',
  '[x][y]', '[x]', '[]', '[@a]:', '!', '#', '=', '-', ':', '"', "'", ';', '/', '{', '}', '%', '?', '+', '\nThe ', '\nα', '\nx', '\u00A0', '  ', ' ', 'a.b', '@', '.@', 'p < 0.05', '< ', '>', '> ', '-->', 'a > b',
];
const otherPieces = [
  '](', '![', '# ', '- ', '+ ', '1. ', '2) ', '\n', '\n\n', '\n- ', '\n1. ', '\n> ', '\n#', '\n    ', '\n ', '\n[x]: y\n', '\n---', '\n===', '\n```',
  ' \n', '  \n', '\t', '\r', '\u0000', '*', '_', '`', '\\', '<', '<a>', '<a@b>', '<1@b>', '<http://x>', '<!-- x -->', '</b>', '<?x?>', '&amp;', '&', '|', '~~', '$', '^', '[^1]', 'www.x.org', 'http://a.b', 'me@x.org', 'a@b.c',
];
const piece = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...plainPieces) }, { weight: 1, arbitrary: fc.constantFrom(...otherPieces) });

const chunks = fc
  .tuple(fc.constantFrom('The ', 'In ', 'IL-11 ', 'α ', 'x', '- ', '1. ', ' ', '#', '['), fc.array(piece, { maxLength: 40 }), fc.constantFrom('', '\n', '\n\n', '\n\n\n', ' \n\n', ' ', '  ', '  \n', '\n \n', ' \n \n'))
  .map(([first, rest, tail]) => first + rest.join('') + tail);

suite('Markdown: a plain paragraph read without the parser', function () {
  this.timeout(180000);
  test('the same prose as the parser gives, on generated chunks', () => {
    let plain = 0;
    for (const chunk of fc.sample(chunks, { seed: 20261202, numRuns: 3000 })) {
      const fast = extractMarkdownProse(chunk);
      assert.deepEqual(fast, extractMarkdownProseWithParser(chunk), JSON.stringify(chunk));
      if (plainParagraphEnd(chunk) > 0) plain++;
    }
    // The comparison is only worth something if the plain path is taken often.
    assert.ok(plain > 400, `only ${plain} plain chunks`);
  });

  test('citations cut straight from a plain paragraph, also one whose braced key runs over a line break', () => {
    for (const chunk of ['Shown by @lee2020 and others [@kim2019; @park2021, p. 3].\nIt held [see @{lee\nsmith}].\n', 'As @{lee\nsmith} showed.\n', 'Raised [@a; see\nalso @b] twice.\n']) {
      assert.ok(plainParagraphEnd(chunk) > 0, JSON.stringify(chunk));
      assert.deepEqual(extractMarkdownProse(chunk), extractMarkdownProseWithParser(chunk), JSON.stringify(chunk));
    }
  });

  test('a paragraph of prose with citations is plain; markup, list and heading starts are not', () => {
    assert.equal(plainParagraphEnd('IL-11 raised MMP-13 [@wu2022interleukin].\nIt also raised STAT3 (Fig. 2; p < 0.05).\n\n'), 82);
    // Spaces ending the last line end the paragraph before them (a paragraph of sentences each followed by a space).
    assert.equal(plainParagraphEnd('IL-11 raised MMP-13. It fell. '), 29);
    assert.equal(plainParagraphEnd('IL-11 raised MMP-13.\nIt fell.  \n\n'), 29);
    for (const chunk of ['# IL-11\n', 'IL-11\n  \n', 'IL-11 *raised* x\n', '- IL-11\n', 'IL-11\n- x\n', 'a [x](y)\n', 'a ![x]\n', 'IL-11  \nx\n', 'a\n\nb\n', 'a `b`\n', 'see www.x.org\n', 'a $x$\n', 'a\n    b\n', 'a <b> c\n', 'mail <x@y> me\n']) {
      assert.equal(plainParagraphEnd(chunk), -1, JSON.stringify(chunk));
    }
  });

  test('mayHoldAutolink reads by character codes what its pattern finds', () => {
    const pieces = ['&', '&amp;', '&AMP;', '&Lt;', '&gt', '&quot;', '&#64;', 'www.', 'WwW.', 'ww.', 'w.', 'http://', 'HTTPS://', 'http:/', 'https//', 'htp://', '@', 'a@', '+@', '_@', ' @', 'a@b', 'a@b.c', 'a@-.', 'a@b c.', '.', '\\', 'w\\ww.', 'ſ@x.', 'K@x.', 'é@x.', ' ', 'x'];
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        assert.equal(mayHoldAutolink(text), autolinkPattern.test(text.replace(/\\/g, '')), JSON.stringify(text));
      }),
      { seed: 36, numRuns: 5000 },
    );
  });
});
