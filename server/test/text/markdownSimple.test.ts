// markdownSimple.ts reads most chunks of a manuscript without micromark. Its prose (plain text, offset map,
// citations, directives) must be exactly what the parser gives: compared here on generated chunks built from
// the line shapes it reads and the ones that must send it to the parser, and on fixtures in our own words.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractMarkdownProse, extractMarkdownProseWithParser } from '../../src/core/text/markdown';
import { extractSimpleMarkdown } from '../../src/core/text/markdownSimple';
import { assertKinds, assertPlainText, citationSources } from './helpers';

// Inline pieces: plain text, what the reader reads (math, footnote references, images, citations, brackets,
// trailing spaces before a line end) and, drawn less often, what it must leave to the parser.
const readPieces = [
  'IL-11 ', 'raised ', 'MMP-13', ' in OSCC', '. ', ', ', 'α', 'κB', '(', ')', '[', ']', '!', '[@wu2022]', '[@a; @b, p. 3]', ' @key', ' @key.', '[-@a]',
  '$x$', '$\\alpha$', 'HIF-1$\\alpha$', '$k_{on} = 2.4$', '$ x $', '$p < 0.05$', 'a$x$b', '[^1]', '[^n2]', '![a fig](f.png)', '![](x)', '`samtools`', '`a $x$ [b]`', 'p < 0.05', '  ', ' ',
];
const otherPieces = ['[^zz]', '![x](a b)', '<b>', '&amp;', '*a*', '_b_', '`', '``c``', '\\', '~', '|', '^', '$', '$$', '$5', '[x](y)', '[a][b]', 'www.x.org', 'a@b.c', '<!-- c -->'];
const inlineWeights = [...readPieces.map((p) => ({ weight: 30, arbitrary: fc.constant(p) })), ...otherPieces.map((p) => ({ weight: 1, arbitrary: fc.constant(p) }))];
const inline = fc.array(fc.oneof(...inlineWeights), { maxLength: 8 }).map((pieces) => pieces.join(''));

// Line starts: the shapes the reader knows, then ones it must not take for them.
const lineStarts = [
  'The ', 'In ', 'α ', 'x', '- ', '- ', '1. ', '2. ', '3) ', '# ', '## ', '[^1]: ', '[^n2]: ', '!', '$y$ ', '',
  '* ', '1.', '10) ', '> ', '    ', '  ', '#', '####### ', '-', '- - -', '---', '===', '$$', '```', '[x]: y', '[^1]:', '- [ ] ', '<div>', '<!-- claimlens-disable -->', '<!-- a', '-->',
];
const startWeights = lineStarts.map((p, i) => ({ weight: i < 16 ? 30 : 1, arbitrary: fc.constant(p) }));
const line = fc.tuple(fc.oneof(...startWeights), inline, fc.constantFrom('', '', '', ' ', '  ', ' #')).map(([start, body, end]) => start + body + end);
const chunks = fc
  .array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '<!-- claimlens-own-finding -->', '[^1]: A note.', '# Heading') }), { minLength: 1, maxLength: 6 })
  .map((lines) => lines.join('\n'))
  .chain((chunk) => fc.constantFrom(chunk, `${chunk}\n`, `${chunk}\n\n`));

suite('Markdown: the line reader against the parser', function () {
  this.timeout(300000);

  test('the same prose, offsets, citations and directives as the parser, on generated chunks', () => {
    let read = 0;
    for (const chunk of fc.sample(chunks, { seed: 20261203, numRuns: 4000 })) {
      if (extractSimpleMarkdown(chunk) !== undefined) read++;
      assert.deepEqual(extractMarkdownProse(chunk), extractMarkdownProseWithParser(chunk), JSON.stringify(chunk));
    }
    // The comparison is only worth something if the reader takes many chunks (and gives up on many).
    assert.ok(read > 500 && read < 3600, `the reader took ${read} of 4000 chunks`);
  });

  test('lines ended by a CR alone read as the parser reads them', () => {
    // micromark ends a line at a CR alone as at an LF; the reader reads such a CR as an LF.
    let read = 0;
    for (const chunk of fc.sample(chunks, { seed: 20261205, numRuns: 2000 })) {
      let n = 0;
      for (const variant of [chunk.replace(/\n/g, '\r'), chunk.replace(/\n/g, () => (n++ % 2 ? '\r' : '\n')), chunk.replace(/\n/g, '\r\n')]) {
        if (extractSimpleMarkdown(variant) !== undefined) read++;
        assert.deepEqual(extractMarkdownProse(variant), extractMarkdownProseWithParser(variant), JSON.stringify(variant));
      }
    }
    assert.ok(read > 300, `the reader took ${read} of 6000 chunks`);
  });

  test('runs of footnote definitions with no blank line between them read as the parser reads them', () => {
    // Each definition interrupts the paragraph, item or definition before it; the reader takes such runs.
    const defLine = fc.tuple(fc.oneof({ weight: 12, arbitrary: fc.constantFrom('[^1]: ', '[^n2]: ') }, { weight: 1, arbitrary: fc.constantFrom('[^1]:', '[^x y]: ', 'The ', '- ', '1. ', '    ') }), inline).map(([start, body]) => `${start}Note ${body}`);
    const emptyDefinition = fc.constantFrom('[^1]:', '[^n2]: ', '[^1]:  ', '[^zz]:');
    const runs = fc.array(fc.oneof({ weight: 4, arbitrary: defLine }, { weight: 1, arbitrary: emptyDefinition }), { minLength: 2, maxLength: 5 }).map((lines) => lines.join('\n'));
    let read = 0;
    for (const chunk of fc.sample(runs, { seed: 20261204, numRuns: 2000 })) {
      if (extractSimpleMarkdown(chunk) !== undefined) read++;
      assert.deepEqual(extractMarkdownProse(chunk), extractMarkdownProseWithParser(chunk), JSON.stringify(chunk));
    }
    assert.ok(read > 100, `the reader took ${read} of 2000 chunks`);
  });

  test('the example manuscript and a generated thesis chunk read the same', () => {
    for (const chunk of exampleChunks) {
      assert.notEqual(extractSimpleMarkdown(chunk), undefined, JSON.stringify(chunk));
      assert.deepEqual(extractMarkdownProse(chunk), extractMarkdownProseWithParser(chunk));
    }
  });
});

const exampleChunks = [
  'Paragraph 3 reports results.\nIn GC cells, TGF-β1 enhanced IL-11 expression [@anon2024].\nTests were two-sided. The constant is $k_{on} = 2.4$.[^n1x3]\n\n[^n1x3]: Measured in glioblastoma samples.\n\n',
  'Paragraph 1 reports the next results.\nAkt may limit metastasis in GC [@a; @b].\n\n- STAT3 may limit migration.\n- MMP-9 promoted migration [@a; @c].\n\n',
  '![Figure 1: E-cadherin levels in gastric cancer samples.](figures/f1-2.png)\n\n',
  '# Chapter 1: MMP-9 and apoptosis\n\nThis chapter concerns gastric cancer (GC).\n\n',
  '<!-- note for part 2: check the antibody -->\n\n',
];

suite('Markdown: what the line reader reads', () => {
  const md = extractMarkdownProse;
  const reads = (input: string, expected: string): void => {
    assert.notEqual(extractSimpleMarkdown(input), undefined, `the line reader takes ${JSON.stringify(input)}`);
    assertPlainText(md, input, expected);
  };

  test('inline math: a Greek letter becomes the letter, other math the word "formula"', () => {
    reads('TNF-$\\alpha$ rose while $x^2$ fell.\n', 'TNF-α rose while formula fell.');
    reads('The rate$k$was low.\n', 'The rate formula was low.');
  });

  test('a footnote reference with its definition in the chunk vanishes; the definition is a footnote block', () => {
    reads('The dose was low.[^d] It rose.\n\n[^d]: Given once a day.\n', 'The dose was low. It rose.\nGiven once a day.');
    assertKinds(md, 'Low.[^d]\n\n[^d]: Once a day.\n', ['paragraph', 'footnote']);
  });

  test('an image vanishes, alone or inside a sentence', () => {
    reads('![A blot of the lysate.](blot.png)\n', '');
    reads('The blot ![lysate](b.png) shows a band.\n', 'The blot shows a band.');
  });

  test('headings, one-line bullets with lazy lines, comments and directives', () => {
    reads('## Results of the assay\nThe band was faint.\n', 'Results of the assay\nThe band was faint.');
    reads('- The first arm.\n- The second arm\ngoes on here.\n', 'The first arm.\nThe second arm goes on here.');
    reads('1. The first step.\n2. The second step.\n\n3. The third.\n', 'The first step.\nThe second step.\nThe third.');
    assertKinds(md, '# Aims\n\n- One aim.\n', ['heading', 'list-item']);
    const doc = md('<!-- claimlens-disable-next-line -->\nThe drug cured all patients.\n');
    assert.deepEqual(doc.directives.map((d) => d.kind), ['disable-next-line']);
    assert.notEqual(extractSimpleMarkdown('<!-- claimlens-disable-next-line -->\nThe drug cured all patients.\n'), undefined);
  });

  test('a code span vanishes, with whatever it holds', () => {
    reads('Run `samtools sort [@x] $y$` on each file.\n', 'Run on each file.');
  });

  test('hard and soft line breaks read as one space', () => {
    reads('The first line  \nthe second line \nthe third.\n', 'The first line the second line the third.');
  });

  test('citations are cut out with their spans, next to math and footnotes', () => {
    const input = 'IL-6 raised $\\beta$-catenin [@lee2020, p. 4].[^1] As @kim2019 showed.\n\n[^1]: In mice.\n';
    const doc = md(input);
    assert.notEqual(extractSimpleMarkdown(input), undefined);
    assert.equal(doc.blocks[0].text, 'IL-6 raised β-catenin. As Authors showed.');
    assert.deepEqual(citationSources(input, doc), ['[@lee2020, p. 4]', '@kim2019']);
  });

  test('block quotes: lines of text, lazy lines, a blank quote line between paragraphs', () => {
    reads('> The cells grew slowly.\n> Serum sped them up.\n', 'The cells grew slowly. Serum sped them up.');
    reads('> Mice lost weight\nwithin a week.\n', 'Mice lost weight within a week.');
    reads('> The first finding.\n>\n> The second finding.\n', 'The first finding.\nThe second finding.');
    reads('Before the quote.\n> Inside it, `code` vanishes.\nAfter it, lazily.\n', 'Before the quote.\nInside it, vanishes. After it, lazily.');
    assertKinds(md, '- An item.\n> A quote.\n', ['list-item', 'quote']);
    for (const chunk of ['> The cells grew slowly.\n> Serum sped them up.\n', '> The first finding.\n>\n> The second finding.\n']) assert.notEqual(extractSimpleMarkdown(chunk), undefined);
  });

  test('a footnote definition whose text starts with a code span', () => {
    reads('Run it.[^1]\n\n[^1]: `samtools` sorts the reads.\n[^1]: `a`\n', 'Run it.\nsorts the reads.');
    assert.notEqual(extractSimpleMarkdown('[^1]: `a`\n[^1]: `a`\n'), undefined);
  });

  test('quote lines mixed with the other shapes read as the parser reads them', () => {
    const quoteLine = fc.tuple(fc.constantFrom('> ', '> ', '>', '> ', '>  ', '> > ', '', '- ', '[^1]: ', '> - ', '> # ', '> [^1]: '), inline).map(([start, body]) => `${start}${body}`);
    const quoteChunks = fc.array(fc.oneof({ weight: 3, arbitrary: quoteLine }, { weight: 2, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom('', '>', '> ', '---', '===') }), { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));
    let read = 0;
    for (const chunk of fc.sample(quoteChunks, { seed: 20261206, numRuns: 3000 })) {
      if (extractSimpleMarkdown(chunk) !== undefined) read++;
      assert.deepEqual(extractMarkdownProse(chunk), extractMarkdownProseWithParser(chunk), JSON.stringify(chunk));
    }
    assert.ok(read > 300, `the reader took ${read} of 3000 chunks`);
  });

  test('inline tags of a few names vanish, also at a line start and at a definition start', () => {
    reads('Serum IL-1<sup>β</sup> rose in <i>ob/ob</i> mice.\n', 'Serum IL-1β rose in ob/ob mice.');
    reads('<b>Result.</b> Lithium inhibited GSK-3.\n', 'Result. Lithium inhibited GSK-3.');
    reads('Low.[^1]\n\n[^1]: <b>a</b>\n[^1]: <B>b</B>\n', 'Low.\na\nb');
    reads('Salt &amp; water per dose.\n', 'Salt & water per dose.');
    reads('[^1]: &amp; a\n[^1]: &amp; b\n', '& a\n& b');
    // "&lt;" and the others read as their character at the "&" (the offset helper takes only "&" for copied there).
    const references = 'Dose &lt; 5 &quot;ml&quot;, &gt; 2 h.\n\n[^1]: &gt; b\n';
    assert.notEqual(extractSimpleMarkdown(references), undefined);
    assert.deepEqual(extractMarkdownProse(references), extractMarkdownProseWithParser(references));
    assert.equal(extractMarkdownProse(references).blocks.map((b) => b.text).join('\n'), 'Dose < 5 "ml", > 2 h.\n> b');
  });

  test('tags, entities and HTML lines mixed with the other shapes read as the parser reads them', () => {
    const tags = ['&amp;', '&lt;', '&gt;', '&quot;', '&amp;amp;', '&amp;lt;', '&copy;', '&#64;', '&amp', '&', '&lt;b&gt;', '<b>', '</b>', '<sup>', '</SUP>', '<i>x</i>', '<div>', '<pre>', '<b >', '<b/>', '<span class="x">', '<a>', '<ins>', '<br>', '</b>  ', '<b>\n'];
    const tagLine = fc.tuple(fc.constantFrom('', '', '> ', '- ', '1. ', '[^1]: ', '    ', 'The '), fc.constantFrom(...tags), inline, fc.constantFrom('', ...tags), inline).map((parts) => parts.join(''));
    const tagChunks = fc.array(fc.oneof({ weight: 3, arbitrary: tagLine }, { weight: 2, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom('', '<b>', '</b>', '<sup>') }), { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));
    let read = 0;
    for (const chunk of fc.sample(tagChunks, { seed: 20261207, numRuns: 3000 })) {
      if (extractSimpleMarkdown(chunk) !== undefined) read++;
      assert.deepEqual(extractMarkdownProse(chunk), extractMarkdownProseWithParser(chunk), JSON.stringify(chunk));
    }
    assert.ok(read > 100, `the reader took ${read} of 3000 chunks`);
  });

  test('shapes it leaves to the parser', () => {
    for (const chunk of ['<b>\nText.\n', '<div>Text.</div>\n', 'A <span class="x">tag</span>.\n', '> > A nested quote.\n', '> - An item in a quote.\n', '> A quote\n> ===\n', 'Text\n===\n', 'A $5 fee.\n', 'Text[^x] with no note.\n', 'See [the site](x.org).\n', 'A *bold* claim.\n', 'Text\n1. First.\n', '1. First.\n2) Second.\n', '- First.\n2. Second.\n', 'Text\n- item\n', '# Title #\n', '<!-- open\n', '$$\nx\n$$\n', '- [ ] task\n']) {
      assert.equal(extractSimpleMarkdown(chunk), undefined, JSON.stringify(chunk));
    }
  });
});
