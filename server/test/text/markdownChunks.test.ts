// Chunked Markdown extraction must give exactly what extracting the whole document gives: same blocks, same
// offsets, same citations and directives. Only its speed differs.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commentScanWork, extractMarkdownProse, footnoteCallScanWork, maxEmphasisRunsPerParagraph, mostEmphasisRunsInAParagraph, nestingDepth, nestingProfile } from '../../src/core/text/markdown';
import { extractPlainProse } from '../../src/core/text/plainText';
import { extractMarkdownProseIncrementally, splitIntoChunks } from '../../src/core/text/markdownChunks';
import { blockShift, type ProseDocument } from '../../src/core/text/prose';
import { assertOffsets, randomDocuments } from './helpers';

function plain(doc: ProseDocument) {
  return {
    blocks: doc.blocks.map((b) => ({ kind: b.kind, text: b.text, offsets: [...b.sourceOffsets].map((o) => o + blockShift(b)), citations: b.citations })),
    directives: doc.directives,
  };
}

function assertSame(source: string): void {
  assert.deepEqual(plain(extractMarkdownProseIncrementally(source)), plain(extractMarkdownProse(source)), JSON.stringify(source));
}

suite('markdown chunks', () => {
  test('the example manuscript splits into several chunks and extracts identically', () => {
    const source = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'manuscript.md'), 'utf8');
    assert.ok(splitIntoChunks(source).length > 5);
    assertSame(source);
  });

  test('fences, math blocks, comments, lists and front matter are never split', () => {
    const documents = [
      '---\ntitle: x\n\nbibliography: refs.bib\n---\n\nText [@a].\n',
      '```\ncode\n\nmore code @x\n```\n\nAfter [@b].',
      '$$\nx = 1\n\ny = 2\n$$\n\nAfter.',
      '<!--\ncomment\n\nclaimlens-disable\n-->\n\nText.',
      '- one\n\n- two\n\n  continued\n\nEnd.',
      '1. one\n\n2. two\n\nEnd.',
      '> quote\n\n> more\n\nText.',
      'Para with a[^1].\n\n[^1]: The note.\n\n    indented\n\nEnd.',
      '| a | b |\n|---|---|\n| IL-11 | x |\n\nText.',
      'Text [ref].\n\n[ref]: https://example.org\n',
    ];
    for (const source of documents) assertSame(source);
  });

  test('random documents extract identically', function () {
    this.timeout(120_000); // 3,000 documents: a guard against hangs only, wide enough for a loaded machine
    const tokens = ['text ', 'IL-11 ', '[@a] ', '\n', '\n\n', '```\n', '$$\n', '<!-- ', ' -->', '- ', '> ', '# ', '    ', '[x]: u\n', '---\n', '~~~\n', '@b ', '*e* '];
    for (const source of randomDocuments(tokens, 3000, 16)) assertSame(source);
  });
});

suite('markdown: guards before the expensive parse', () => {
  test('text nested deeper than any manuscript is read as plain text, offsets sound', () => {
    for (const input of ['- '.repeat(8000) + 'IL-11 rose.', '1. '.repeat(5000) + 'x', '>'.repeat(4000) + ' quoted'] ) {
      const doc = extractMarkdownProseIncrementally(input);
      assertOffsets(input, doc);
      assert.ok(doc.blocks.length >= 1);
    }
    // The fuzz's shape: a line 52 containers deep (under the old limit of 64) before its text.
    const line = `${'> '.repeat(27)}${'1. '.repeat(25)}${'*'.repeat(180)}IL-11 rose (p < 0.05).`;
    assert.deepEqual(plain(extractMarkdownProseIncrementally(line)), plain(extractPlainProse(line)));
    // Six levels, as a manuscript may nest, are parsed.
    assert.deepEqual(extractMarkdownProseIncrementally('> - 1. > - 1. IL-11 rose.\n').blocks.map((b) => [b.kind, b.text]), [['list-item', 'IL-11 rose.']]);
    assert.equal(nestingDepth('- a\n  - b\n    - c\n'), 3);
    assert.equal(nestingDepth('> > - 1. x'), 4);
    assert.equal(nestingDepth('text\n    code\n'), 0);
  });

  test('many list items left open over blank lines are read as plain text; a manuscript\'s lists are not', () => {
    // The fuzz's shape (issue 11): 49 nested items opened on one line, then blank lines, each of which the
    // parser checks every open item against. The markers are read as text, the sentence after them as its own block.
    const deep = `${'1. '.repeat(49)}${'\n'.repeat(300)}IL-11 raised MMP-13 in OSCC.\n`;
    const doc = extractMarkdownProseIncrementally(deep);
    assertOffsets(deep, doc);
    assert.deepEqual(plain(doc), plain(extractPlainProse(deep)));
    assert.deepEqual(
      doc.blocks.map((b) => b.text),
      ['1. '.repeat(49), 'IL-11 raised MMP-13 in OSCC.'],
    );
    // Footnote definitions are containers as well: "[^1]: [^1]: ..." nests them (the fuzz's next shape).
    const notes = `${'[^1]: '.repeat(41)}${'\n'.repeat(300)}IL-11 raised MMP-13 in OSCC.\n`;
    assert.deepEqual(plain(extractMarkdownProseIncrementally(notes)), plain(extractPlainProse(notes)));
    assert.deepEqual(
      extractMarkdownProseIncrementally('A claim.[^1]\n\n[^1]: The note, IL-11 rose.\n\n    More of it.\n\n\n\nAfter.\n').blocks.map((b) => [b.kind, b.text]),
      [['paragraph', 'A claim.'], ['footnote', 'The note, IL-11 rose.'], ['footnote', 'More of it.'], ['paragraph', 'After.']],
    );
    // A list four levels deep, blank lines between its items and many after it, is still a list.
    const list = `- IL-11 rose.\n\n  - STAT3 rose.\n\n    1. MMP-13 rose.\n\n       > JAK2 rose.\n${'\n'.repeat(200)}`;
    assert.equal(nestingProfile(list).blankLineWork, 0);
    assert.deepEqual(
      extractMarkdownProseIncrementally(list).blocks.map((b) => [b.kind, b.text]),
      [['list-item', 'IL-11 rose.'], ['list-item', 'STAT3 rose.'], ['list-item', 'MMP-13 rose.'], ['quote', 'JAK2 rose.']],
    );
    // Containers are closed at a line flush with the margin after a blank line: blank lines after it carry none.
    assert.equal(nestingProfile(`${'1. '.repeat(20)}x\n\nPlain text.\n${'\n'.repeat(50)}`).blankLineWork, 16);
  });

  test('a paragraph of comment openers nothing closes is read as plain text, before the parse that would read its rest at each one', () => {
    // Issue 11 (found by the fuzz's inputs scaled up): 2,000 unclosed "<!--" in a 20 kB paragraph took 310 ms.
    const openers = `IL-11 raised MMP-13 in OSCC cells. ${'Then x <!-- '.repeat(1000)}\n`;
    assert.ok(commentScanWork(openers) > 8 * openers.length);
    assert.deepEqual(plain(extractMarkdownProseIncrementally(openers)), plain(extractPlainProse(openers)));
    // Closed comments, comments that close at once ("<!-->") and a few unclosed ones are parsed as before.
    for (const text of ['A claim <!-- a note --> here.\n\n'.repeat(200), 'a <!--> b <!---> c\n'.repeat(300), `Before <!-- open\n\n${'Words of prose. '.repeat(300)}\n`]) {
      assert.ok(commentScanWork(text) <= text.length, JSON.stringify(text.slice(0, 40)));
    }
    assert.deepEqual(extractMarkdownProse('A claim <!-- a note --> here.\n').blocks.map((b) => b.text), ['A claim here.']);
  });

  test('a paragraph of thousands of emphasis delimiters is read as plain text; emphasis in ordinary paragraphs is still read', () => {
    // Issue 11 (found by the fuzz's inputs scaled up): 5,000 "u*" in one paragraph, 392 ms for 10 kB.
    const stars = `IL-11 raised MMP-13 in OSCC cells. ${'u*'.repeat(5000)}\n`;
    assert.ok(mostEmphasisRunsInAParagraph(stars) > maxEmphasisRunsPerParagraph);
    assert.deepEqual(plain(extractMarkdownProseIncrementally(stars)), plain(extractPlainProse(stars)));
    // Counted per paragraph: many paragraphs with a few emphasised words each stay Markdown.
    const many = 'IL-11 *raised* MMP-13 in _OSCC_ cells.\n\n'.repeat(400);
    assert.ok(mostEmphasisRunsInAParagraph(many) <= 4);
    assert.equal(extractMarkdownProse(many).blocks[0].text, 'IL-11 raised MMP-13 in OSCC cells.');
  });

  test('a paragraph with a footnote call after "!" and thousands of "]" is read as plain text; ordinary ones still parse', () => {
    // Issue 11: GFM's construct for "![^1]" walks back at each "]" to the paragraph's last bracket; 20 kB took 2 s.
    const brackets = `Gefitinib blocked EGFR ![^n] in ${'x]'.repeat(5000)}\n`;
    assert.ok(footnoteCallScanWork(brackets) > 8 * brackets.length);
    assert.deepEqual(plain(extractMarkdownProseIncrementally(brackets)), plain(extractPlainProse(brackets)));
    // Brackets close near their opener in prose (citations, links): the walk back is short and the text parses.
    const cited = `A figure note ![^n] here.\n\n${'Erlotinib slowed growth [@lee2019] and [a link](u) [@kim2020; @park2021].\n'.repeat(200)}\n[^n]: The note.\n`;
    assert.ok(footnoteCallScanWork(cited) <= cited.length, String(footnoteCallScanWork(cited)));
    // An escaped "[" stops nothing.
    assert.equal(footnoteCallScanWork('ab\\[c]'), 5);
    assert.equal(footnoteCallScanWork('ab[c]'), 2);
  });

  test('a long list is cut into pieces at its items and reads as the whole list does', () => {
    const list = Array.from({ length: 400 }, (_, i) => `- item ${i} with IL-11 [@a]\n  continued line\n`).join('') + '\nAfter the list.\n';
    assert.ok(splitIntoChunks(list).length > 5);
    assertSame(list);
    const ordered = Array.from({ length: 300 }, (_, i) => `${i + 1}. item ${i}\n`).join('');
    assert.ok(splitIntoChunks(ordered).length > 3);
    assertSame(ordered);
    // Empty items after a blank line are cuts too (issue 11's fuzz: "1. " and blank lines, 10 kB in one piece).
    const empty = '1. \r\n\n\r\n'.repeat(300);
    assert.ok(splitIntoChunks(empty).length > 3);
    assertSame(empty);
    // Mixed with items, text, code and continuation lines, pieces read as the whole does.
    const lines = fc.constantFrom('1. ', '1.', '2) ', '- ', '-', '* ', '1. IL-11 rose', '- STAT3 fell', '', '', '   continued here', 'Plain text line', '    code line', '```', '> quoted', '[^1]: A note', '1. x\n   ```');
    for (const list of fc.sample(fc.array(lines, { minLength: 150, maxLength: 250 }).map((l) => l.join('\n')), { seed: 20261204, numRuns: 150 })) assertSame(list);
    // "2. x" after plain text continues the paragraph, so it is never a cut.
    const prose = `${'Plain words of a paragraph. '.repeat(40)}\n2. not an item\n`;
    assert.equal(splitIntoChunks(prose).length, 1);
  });

  test('lines of unclosed comments keep their directives', () => {
    const input = `${'<!-- a\n'.repeat(500)}<!-- claimlens-disable-next-line -->\n`;
    assertOffsets(input, extractMarkdownProseIncrementally(input));
  });
});
