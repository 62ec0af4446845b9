import * as assert from 'node:assert/strict';
import { extractPlainProse, extractProse } from '../../src/core/text/index';
import { extractMarkdownProse as md, extractMarkdownProseWithParser, quietBlankLines } from '../../src/core/text/markdown';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { markdownOptions } from '../../src/core/text/markdown';
import { extractSimpleMarkdown } from '../../src/core/text/markdownSimple';
import { toSourceSpan } from '../../src/core/text/prose';
import { assertCitations, assertKinds, assertOffsets, assertPlainText, citationPlaces, citationSources, randomDocuments } from './helpers';
import { denseMarkdown } from '../../bench/stressDocuments';

suite('markdown prose: blocks', () => {
  test('paragraphs, headings and their kinds', () => {
    assertPlainText(md, '# Title\n\nFirst paragraph.\n\nSecond\nparagraph.\n', 'Title\nFirst paragraph.\nSecond paragraph.');
    assertKinds(md, '# Title\n\nText.\n', ['heading', 'paragraph']);
    assertPlainText(md, 'Setext title\n============\n\nBody.', 'Setext title\nBody.');
  });

  test('nested emphasis in a heading keeps the text with true offsets', () => {
    assertPlainText(md, '## The *role* of **IL-11 _and_ [TGF-β](http://x.org)**', 'The role of IL-11 and TGF-β');
  });

  test('list items, block quotes, table cells and footnotes are blocks of their own kind', () => {
    assertPlainText(md, '- one\n- two\n  continued\n\n1. three', 'one\ntwo continued\nthree');
    assertKinds(md, '- one\n- two', ['list-item', 'list-item']);
    assertPlainText(md, '> quoted\n> text\n\n> second', 'quoted text\nsecond');
    assertKinds(md, '> quoted', ['quote']);
    assertPlainText(md, '| a | b |\n|---|---|\n| *c* | d |\n', 'a\nb\nc\nd');
    assertKinds(md, '| a |\n|---|\n| c |\n', ['table-cell', 'table-cell']);
    assertPlainText(md, 'Text[^1] more.\n\n[^1]: The note.\n', 'Text more.\nThe note.');
    assertKinds(md, 'Text[^1].\n\n[^1]: The note.\n', ['paragraph', 'footnote']);
    assertPlainText(md, '- [ ] task one\n- [x] done', 'task one\ndone');
  });

  test('consecutive footnote definitions are a footnote block each, read with true offsets', () => {
    // One definition per line, no blank lines: each interrupts the one before it (GFM). The line reader takes
    // such a run instead of micromark, whose fixed cost per definition made 10 kB of them cost 300 ms.
    const source = 'Body text.[^a] More.[^b] End.[^c]\n[^a]: First note here.\n[^b]: Second note,\nwith a lazy line.\n[^c]: Gefitinib blocked EGFR in PC-9 cells.\n';
    for (const extract of [md, extractMarkdownProseWithParser, (s: string) => extractProse('markdown', s)]) {
      const doc = assertPlainText(extract, source, 'Body text. More. End.\nFirst note here.\nSecond note, with a lazy line.\nGefitinib blocked EGFR in PC-9 cells.');
      assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'footnote', 'footnote', 'footnote']);
      const third = doc.blocks[3];
      const claim = third.text.indexOf('EGFR');
      const span = toSourceSpan(third, claim, claim + 'EGFR'.length);
      assert.equal(span.start, source.indexOf('EGFR'));
      assert.equal(source.slice(span.start, span.end), 'EGFR');
    }
    assert.notEqual(extractSimpleMarkdown(source), undefined, 'the line reader takes the run');
  });

  test('a claim in a block quote, read by the line reader, maps back to its words', () => {
    // The line reader takes quotes (before, micromark read every chunk holding one, at a cost per line several times
    // the reader's: 2,500 lines of "> a" took 60-90 ms).
    const source = 'Earlier work said so.\n> In HeLa cells, metformin lowered mTOR activity.\n> The effect was dose-dependent.\n';
    for (const extract of [md, extractMarkdownProseWithParser, (s: string) => extractProse('markdown', s)]) {
      const doc = assertPlainText(extract, source, 'Earlier work said so.\nIn HeLa cells, metformin lowered mTOR activity. The effect was dose-dependent.');
      assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'quote']);
      const quote = doc.blocks[1];
      const claim = quote.text.indexOf('mTOR');
      const span = toSourceSpan(quote, claim, claim + 'mTOR'.length);
      assert.equal(span.start, source.indexOf('mTOR'));
    }
    assert.notEqual(extractSimpleMarkdown(source), undefined, 'the line reader takes the quote');
  });

  test('items far apart (many blank lines between them) read as close ones, with true offsets', () => {
    // The parser is handed each run of blank lines as two (quietBlankLines): its cost is per line.
    const gap = '\n'.repeat(40);
    const source = `* Aspirin | low dose${gap}* In platelets, aspirin inhibited COX-1.${gap}* _Trial_ two${gap}`;
    for (const extract of [md, (s: string) => extractProse('markdown', s)]) {
      const doc = assertPlainText(extract, source, 'Aspirin | low dose\nIn platelets, aspirin inhibited COX-1.\nTrial two');
      const item = doc.blocks[1];
      const claim = item.text.indexOf('COX-1');
      assert.equal(toSourceSpan(item, claim, claim + 'COX-1'.length).start, source.indexOf('COX-1'));
    }
    assert.equal(quietBlankLines(source).length, source.length);
  });

  test('blank lines inside code, math and comments keep what the document reads', () => {
    const gap = '\n'.repeat(6);
    const source = `\`\`\`${gap}code [@a]${gap}\`\`\`${gap}$$${gap}x${gap}$$${gap}<!--${gap}note${gap}-->\nStatins lowered LDL cholesterol.${gap}    indented${gap}    code${gap}- ${gap}Rapamycin inhibited mTORC1.\r\n\r\n \r\n\t\r\n\r\nEnd.\n`;
    // ("- " with a blank line after it and no list before reads as the text "-" to micromark, with or without the runs.)
    const doc = assertPlainText(md, source, 'Statins lowered LDL cholesterol.\n-\nRapamycin inhibited mTORC1.\nEnd.');
    const claim = doc.blocks[2].text.indexOf('mTORC1');
    assert.equal(toSourceSpan(doc.blocks[2], claim, claim + 6).start, source.indexOf('mTORC1'));
    assert.deepEqual(treeShape(quietBlankLines(source)), treeShape(source));
  });

  test('the parser builds the same tree (kinds and positions) from a text and its blank lines quieted', () => {
    const tokens = ['\n', '\n\n\n\n', '\n \n\t\n\n\n', '\r\n\r\n\r\n\r\n', '\r\r\n\n\n', '- ', '* ', '1. ', '> ', '    ', '  ', '```\n', '$$\n', '<!--', '-->', '<div>\n', '<b>', '[^1]: ', '[^1]', '| a |', '|---|', 'IL-6 rose', ' text ', '# ', '---\n', '[x]: u', '~~~\n'];
    let quieted = 0;
    for (const doc of randomDocuments(tokens, 3000, 20261204)) {
      const quiet = quietBlankLines(doc);
      assert.equal(quiet.length, doc.length);
      if (quiet !== doc) quieted++;
      assert.deepEqual(treeShape(quiet), treeShape(doc), JSON.stringify(doc));
    }
    assert.ok(quieted > 1000, `${quieted} of 3000 documents had a run to quiet`);
  });

  test('soft and hard line breaks read as spaces', () => {
    assertPlainText(md, 'one\ntwo  \nthree\\\nfour', 'one two three four');
    assertPlainText(md, '> one\n> two\n>    three', 'one two three');
  });

  test('CRLF line endings and a byte order mark keep exact offsets', () => {
    const doc = assertPlainText(md, '\uFEFFHello *a*\r\nworld [@k].\r\n\r\n> q\r\n> r\r\n', 'Hello a world.\nq r');
    assert.deepEqual(citationSources('\uFEFFHello *a*\r\nworld [@k].\r\n', doc), ['[@k]']);
  });

  test('escapes and entities map to their place in the source', () => {
    assertPlainText(md, 'a \\* b &amp; c &eacute; d &#955; e\\_f', 'a * b & c é d λ e_f');
  });
});

suite('markdown prose: what is skipped', () => {
  test('code spans and fenced code, including ones holding citations', () => {
    assertPlainText(md, 'Use `samtools` now.\n\n```\ncode @x\n```\n\n    indented code\n', 'Use now.');
    assertCitations(md, 'Run `@x and \\cite{y}` here.\n\n```tex\n\\cite{z} [@w]\n```', []);
  });

  test('math blocks, front matter and HTML', () => {
    assertPlainText(md, 'Before.\n\n$$\nx = 1\n$$\n\nAfter.', 'Before.\nAfter.');
    assertPlainText(md, '---\ntitle: "About @x"\n---\n\n# Heading\n', 'Heading');
    assertPlainText(md, '<div>\nblock html\n</div>\n\nText <span class="x">inside</span> tags.', 'Text inside tags.');
    assertPlainText(md, 'Visible <!-- hidden --> text.', 'Visible text.');
  });

  test('link targets, images and reference definitions', () => {
    assertPlainText(md, 'See [the docs](https://x.org "Title") and ![alt text](img.png) here.', 'See the docs and here.');
    assertPlainText(md, 'See [the docs][d].\n\n[d]: https://x.org\n', 'See the docs.');
  });

  test('footnote references vanish', () => {
    assertPlainText(md, 'Claim.[^note] Next.\n\n[^note]: Source.', 'Claim. Next.\nSource.');
  });
});

suite('markdown prose: inline math', () => {
  test('a lone Greek letter becomes the letter', () => {
    assertPlainText(md, 'HIF-1$\\alpha$ and TNF-$\\alpha$ and IFN-$\\gamma$.', 'HIF-1α and TNF-α and IFN-γ.');
    assertPlainText(md, '$\\kappa$B, $\\beta$-catenin, $\\delta$, ${\\Delta}$, $\\mathrm{\\beta}$, $\\text{\\kappa}$', 'κB, β-catenin, δ, Δ, β, κ');
  });

  test('other math becomes the word "formula" with spaces as needed', () => {
    assertPlainText(md, 'where $x^2 + 1$ holds', 'where formula holds');
    assertPlainText(md, 'value$x$is ($p < 0.05$).', 'value formula is (formula).');
  });
});

suite('markdown prose: Pandoc citations', () => {
  test('bracketed citations vanish with the space before them', () => {
    const input = 'X rises [@a]. Y falls [@a; @b] in cells [see @c, p. 33; -@d].';
    const doc = assertPlainText(md, input, 'X rises. Y falls in cells.');
    assert.deepEqual(citationSources(input, doc), ['[@a]', '[@a; @b]', '[see @c, p. 33; -@d]']);
    assert.deepEqual(citationPlaces(doc), ['X rises|. Y falls in cells.', 'X rises. Y falls| in cells.', 'X rises. Y falls in cells|.']);
    assertCitations(md, input, ['[@ a', '[@ a,b', '[@ c,d']);
  });

  test('a suppress-author citation', () => {
    assertCitations(md, 'Wu says so [-@wu2022].', ['[@ wu2022']);
  });

  test('a bare @key is textual and reads "Authors"', () => {
    const input = 'As @wu2022 showed, X. Later @li:2020.';
    assertPlainText(md, input, 'As Authors showed, X. Later Authors.');
    assertCitations(md, input, ['T @ wu2022', 'T @ li:2020']);
  });

  test('key punctuation: internal punctuation belongs to the key, a trailing one does not', () => {
    assertCitations(md, 'See @doe-99/a.b, and @{weird key}.', ['T @ doe-99/a.b', 'T @ weird key']);
  });

  test('an in-text citation takes its locator along', () => {
    const input = '@wu2022 [p. 33] says so.';
    const doc = assertPlainText(md, input, 'Authors says so.');
    assert.deepEqual(citationSources(input, doc), ['@wu2022 [p. 33]']);
  });

  test('email addresses and mid-word @ are no citations', () => {
    assertCitations(md, 'Write to me@x.org or <you@y.org> or a@b.', []);
    assertPlainText(md, 'Write to me@x.org.', 'Write to me@x.org.');
  });

  test('brackets without a key at a word start stay text', () => {
    assertPlainText(md, 'A [note] and [x@y].', 'A [note] and [x@y].');
    // As in Pandoc, a bracket with an item lacking a key is no citation list, but a bare @key in it still is.
    assertPlainText(md, 'A [see @a; no key].', 'A [see Authors; no key].');
  });

  test('a citation split across lines or inside emphasis', () => {
    assertCitations(md, 'Shown [see\n@a; @b] and *as @c said*.', ['[@ a,b', 'T @ c']);
  });

  test('a key never runs across markup, escapes or entities', () => {
    assertCitations(md, 'As @a*b* and @c\\_d and @e&amp;f said.', ['T @ a', 'T @ c', 'T @ e']);
    assertCitations(md, 'Shown [@a*b*].', []);
  });

  test('text after a bracket that mdast rebuilt without positions', () => {
    assertPlainText(md, 'a[e@x.g and me@x.org x', 'a[e@x.g and me@x.org x');
  });

  test('a citation that mdast parses as a link reference', () => {
    const input = 'Shown [@a].\n\n[@a]: https://example.org\n';
    const doc = assertPlainText(md, input, 'Shown.');
    assert.deepEqual(citationSources(input, doc), ['[@a]']);
  });
});

suite('markdown prose: directives', () => {
  test('HTML comments holding directives are recorded with their span', () => {
    const input = '<!-- claimlens-disable-next-line -->\nText. <!--claimlens-own-finding--> More.\n\n<!-- not a directive -->';
    const doc = assertPlainText(md, input, 'Text. More.');
    assert.deepEqual(
      doc.directives.map((d) => [d.kind, input.slice(d.span.start, d.span.end)]),
      [
        ['disable-next-line', '<!-- claimlens-disable-next-line -->'],
        ['own-finding', '<!--claimlens-own-finding-->'],
      ],
    );
  });
});

suite('markdown prose: robustness', () => {
  test('garbage never throws and keeps offsets sound', () => {
    const inputs = ['', '[', ']', '[@', '@', '@{', '[@a', '$', '$$', '`', '<!--', '&', '&#0;', '&#x110000;', '\\', '| a |\n|', '> > > [@a]', '[^', '***', '\u0000@a'];
    for (const input of inputs) assertOffsets(input, md(input));
  });

  test('random markup keeps offsets sound', function () {
    this.timeout(120_000); // a guard against hangs only: 2,000 inputs take ~15 s on a loaded 2-core machine
    const tokens = [
      '[', ']', '(', ')', '@', '@a', '[@a]', '[-@b', ';', '*', '_', '`', '$', '$$', '\\', '&amp;', '&#', '<!--', '-->', '<b>',
      '\n', '\n\n', ' ', '  ', '> ', '- ', '1. ', '# ', '| a |', '|---|', '[^1]', '[^1]: ', '```', '---\n', 'text', 'é',
      '\r\n', '\uFEFF', '![x](y)', '[x](y)', '[@a]: u', 'me@x.org', '\t', '~~', '<x@y.org>', '\\alpha', '{', '}',
    ];
    for (const input of randomDocuments(tokens, 2000, 42)) assertOffsets(input, md(input));
  });

  // How long this takes is measured by `npm run bench`; here only what it produces is checked.
  test('a 200 KB markup-dense document comes out with sound offsets', function () {
    this.timeout(120_000); // a guard against hangs only, wide enough for a loaded machine
    const input = denseMarkdown();
    const doc = md(input);
    assertOffsets(input, doc);
    assert.ok(doc.blocks.length > 1000);
  });
});

suite('extractProse', () => {
  test('dispatches on the language id', () => {
    assert.equal(extractProse('markdown', '*a* [@k]').blocks[0].text, 'a');
    assert.equal(extractProse('latex', '\\emph{a}').blocks[0].text, 'a');
    assert.equal(extractProse('tex', '\\emph{a}').blocks[0].text, 'a');
    assert.equal(extractProse('plaintext', '*a*').blocks[0].text, '*a*');
  });

  test('plain text: one block per paragraph, line breaks read as spaces', () => {
    assertPlainText(extractPlainProse, 'one\ntwo\r\n\r\n  \nthree\n', 'one two\nthree');
  });
});

interface ShapeNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: ShapeNode[];
}

/**
 * The parser's tree of a text as kinds and offsets only (values of code, math and HTML hold the blank lines). An
 * indented code block's end is left out: micromark ends it after the last line indented four columns or more, and
 * a run of blank lines quieted into one line of spaces is such a line. Code holds no prose.
 */
function treeShape(text: string): unknown {
  const shape = (node: ShapeNode): unknown => [node.type, node.position?.start.offset, node.type === 'code' ? '' : node.position?.end.offset, (node.children ?? []).map(shape)];
  return shape(fromMarkdown(text, markdownOptions(text)) as ShapeNode);
}
