// Fences, display math, thematic breaks, front matter and HTML blocks in the Markdown chunker (markdownFences.ts):
// runs of prose-free blocks are chunks of their own, read without the parser. Whatever the chunker cuts, the
// document must read exactly as the parser reads it whole; and every chunk it marks flat must be, in the parser's
// tree of the whole document, nothing but code, math and thematic breaks.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { extractMarkdownProse, extractMarkdownProseWithParser, markdownOptions } from '../../src/core/text/markdown';
import { extractMarkdownProseIncrementally, splitIntoChunks } from '../../src/core/text/markdownChunks';
import { blankFrontMatter, frontMatterEnd } from '../../src/core/text/markdownFences';
import { blockShift, type ProseDocument } from '../../src/core/text/prose';
import { PieceText } from '../../src/core/text/sourceText';
import { assertOffsets } from './helpers';

function plain(doc: ProseDocument) {
  return {
    blocks: doc.blocks.map((b) => ({ kind: b.kind, text: b.text, offsets: [...b.sourceOffsets].map((o) => o + blockShift(b)), citations: b.citations })),
    directives: doc.directives,
  };
}

const texts = (source: string) => extractMarkdownProseIncrementally(source).blocks.map((b) => b.text);

interface RootNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Each flat chunk holds only code, math and thematic breaks of the parser's tree of the whole document. */
function assertFlatChunks(source: string): number {
  const blanked = blankFrontMatter(source);
  const bom = blanked.startsWith('\uFEFF') ? 1 : 0;
  const tree = fromMarkdown(blanked.slice(bom), markdownOptions(blanked.slice(bom))) as { children: RootNode[] };
  let flat = 0;
  for (const chunk of splitIntoChunks(source)) {
    if (!chunk.flat) continue;
    flat++;
    for (const node of tree.children) {
      const start = (node.position?.start.offset ?? 0) + bom;
      const end = (node.position?.end.offset ?? 0) + bom;
      if (end <= chunk.start || start >= chunk.end) continue;
      assert.ok(['code', 'math', 'thematicBreak'].includes(node.type) && start >= chunk.start && end <= chunk.end, `${node.type} at ${start}-${end} in flat chunk ${chunk.start}-${chunk.end} of ${JSON.stringify(source)}`);
    }
  }
  return flat;
}

// Documents as blocks a manuscript holds (prose, fences, math, breaks, HTML, lists and quotes with their own fences,
// tables, front matter), set right after one another or apart, and a few stray lines, so that fences, math blocks,
// breaks and HTML blocks meet prose, containers and each other.
const blocks = [
  'IL-11 raised MMP-13 in OSCC [@a].', 'STAT3 rose with $x$ and `code`\nand a second line', 'text $$', '$$ x $$ inline', 'IL-11 rose\n---', 'STAT3 fell\n===', '# Heading',
  '```\ncode [@b]\n\nmore\n```', '```js\nx\n```', '````\n```\n````', '~~~ x\n```\n~~~', '   ```\n   x\n   ```', '    indented code',
  '$$\nx = 1\n\ny\n$$', '$$', '$$$\n$$\n$$$', '$$ meta\nx\n$$', '$$\n$$', '```\n```',
  '---', '***', '___', '- - -', '* * *', '----', '...',
  '<div>\n```', '<span>', "<img src='f.png'>", '</pre>', '<p>IL-11 rose.</p>', '<!-- x\n\n-->', '<!-- claimlens-disable-next-line -->', '<pre>\n\n```\n</pre>', '<?x\n?>',
  '> IL-11 rose.\n> STAT3 fell.', '> ```\n> x\n> ```', '> # Quoted', '- IL-11 rose.\n- STAT3 fell.', '- item\n\n  ```\n  code\n  ```', '1. STAT3 fell.\n   continued',
  '| a | b |\n|---|---|\n| IL-11 | x |', '[x]: https://example.org', '[^1]: A note on IL-11.',
];
const documents = fc
  .tuple(
    fc.constantFrom('', '', '', '---\ntitle: x\n---\n', '---\nbibliography: r.bib\n...\n', '---\n\n', '\uFEFF---\na: 1\n---\n'),
    fc.array(fc.tuple(fc.constantFrom(...blocks), fc.constantFrom('\n', '\n', '\n\n', '\n\n', '\n\n\n')), { maxLength: 14 }),
    fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed'),
  )
  .map(([front, body, ending]) => {
    const text = front + body.map(([block, separator]) => block + separator).join('');
    // Line endings as micromark reads them: LF, CRLF, a CR alone, or all three in one text.
    let n = 0;
    return ending === '\n' ? text : text.replace(/\n/g, () => (ending === 'mixed' ? ['\n', '\r\n', '\r'][n++ % 3] : ending));
  });

// Fences, math blocks and HTML blocks inside list items and block quotes: a container's fence may sit 1-3 spaces in
// (where a top-level one could too) or deeper (an item's content column), its lines may leave the container
// (a line less indented, a quote line without its ">"), and a blank line or a line at the margin ends it. Each
// container line gets the usual prefix, one space less, one more, none (lazy or leaving), or another marker.
const inner = [
  '```\ncode [@b]\n\n```', '```\n```', '~~~\nx\n```\n~~~', '````\n```\n````', '$$\nx = 1\n\n$$', '$$\n$$', '$$ meta\nx\n$$', '<!-- x\n\n-->', '<div>\n```', '<div>\n\n```\nIL-11 fell.', '<pre>\n\n```\n</pre>',
  'IL-11 rose [@a].', 'STAT3 fell\nlazily', ' ```\n x\n ```', '   ```', '```', '$$', '<!--', '-->', '---', 'IL-11 rose\n---', '    ```', '# Heading', '<span>',
];
/** A container: the prefix of its first line and of the lines after it (a blank line takes it without trailing blanks). */
const containers: [string, string][] = [['> ', '> '], ['>', '>'], [' > ', ' > '], ['- ', '  '], ['* ', '  '], ['1. ', '   '], ['1. ', '    '], ['10) ', '    '], ['-    ', '     '], ['- ', '    '], [' - ', '   '], ['-\t', '  ']];
const containerLine = fc.constantFrom('usual', 'usual', 'usual', 'usual', 'less', 'more', 'none', '- ', '> ');
function wrap(block: string, [first, rest]: [string, string], choices: string[]): string {
  return block
    .split('\n')
    .map((line, i) => {
      const choice = i === 0 ? 'usual' : choices[i % choices.length];
      const prefix = i === 0 ? first : choice === 'usual' ? rest : choice === 'less' ? rest.slice(1) : choice === 'more' ? `${rest} ` : choice === 'none' ? '' : choice;
      return line === '' && !prefix.includes('>') ? '' : (prefix + line).replace(/[ \t]+$/, line === '' ? '' : '$&');
    })
    .join('\n');
}
const nestedBlock: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...inner), fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...containers), fc.array(containerLine, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 2 }),
  )
  .map(([parts, wrappers]) => wrappers.reduce((text, [container, choices]) => wrap(text, container, choices), parts.map(([b, sep]) => b + sep).join('').replace(/\n+$/, '')));
const nestedDocuments = fc
  .array(fc.tuple(fc.oneof(nestedBlock, nestedBlock, fc.constantFrom(...inner, 'IL-11 raised MMP-13.', '```\n$$\n```')), fc.constantFrom('\n', '\n\n', '\n\n', '\n\n\n')), { maxLength: 8 })
  .map((body) => body.map(([block, separator]) => block + separator).join(''));

suite('Markdown fences, math blocks and thematic breaks: chunks of their own', function () {
  this.timeout(300_000); // a guard against hangs only, wide enough for a loaded machine

  test('generated documents read as the parser reads them whole, and flat chunks hold only code, math and breaks', () => {
    let flat = 0;
    for (const source of fc.sample(documents, { seed: 20261203, numRuns: 3000 })) {
      const chunked = extractMarkdownProseIncrementally(source);
      assert.deepEqual(plain(chunked), plain(extractMarkdownProseWithParser(source)), JSON.stringify(source));
      assertOffsets(source, chunked);
      flat += assertFlatChunks(source);
    }
    // Worth something only if flat chunks are cut often.
    assert.ok(flat > 1500, `only ${flat} flat chunks`);
  });

  test('fences, math and HTML blocks inside list items and block quotes: generated documents read as the parser reads them whole', () => {
    let cut = 0;
    for (const source of fc.sample(nestedDocuments, { seed: 20261203, numRuns: 4000 })) {
      const chunked = extractMarkdownProseIncrementally(source);
      assert.deepEqual(plain(chunked), plain(extractMarkdownProseWithParser(source)), JSON.stringify(source));
      assertOffsets(source, chunked);
      assertFlatChunks(source);
      cut += splitIntoChunks(source).length - 1;
    }
    // Worth something only if the documents are cut often around their containers.
    assert.ok(cut > 4000, `only ${cut} boundaries`);
  });

  test('a fence in a list item or a quote is the container\'s: its lines open nothing at the margin, and it ends with the container', () => {
    // "  ```" under "- ```" closes the item's fence (read as one opening at the margin, the fence further down
    // would be cut out as closing there, taking the last sentence with it).
    const item = '- ```\n  ```\n\nIL-11 rose.\n\n```\ncode\n```\n\nSTAT3 fell.\n';
    assert.deepEqual(texts(item), ['IL-11 rose.', 'STAT3 fell.']);
    assert.deepEqual(plain(extractMarkdownProseIncrementally(item)), plain(extractMarkdownProseWithParser(item)));
    // A fence indented under "1. " is the item's, blank lines in it too; a line at the margin ends item and fence.
    assert.deepEqual(texts('1. IL-11 rose.\n\n   ```\n   x\n\n   $$\n   ```\n\nSTAT3 fell.\n\n$$\nx\n$$\n\nMMP-13 fell.\n'), ['IL-11 rose.', 'STAT3 fell.', 'MMP-13 fell.']);
    assert.deepEqual(texts('- ```\n  x\nIL-11 rose.\n'), ['IL-11 rose.']);
    // A quoted fence goes on over "> " lines (blank in a quoted item) and ends with the quote.
    assert.deepEqual(texts('> - ```\n>\n>   x\n>   ```\n> \n\nIL-11 rose.\n\n```\ncode\n```\n\nSTAT3 fell.\n'), ['IL-11 rose.', 'STAT3 fell.']);
    assert.deepEqual(texts('> ```\n> x\n\n$$\n\nIL-11 rose.\n\n$$\n\nSTAT3 fell.\n'), ['STAT3 fell.']);
    // A lazy line goes on in the quote's paragraph; a fence at the margin does not, it ends the quote.
    assert.deepEqual(texts('> IL-11 rose\nlazily.\n\n```\nx\n```\n\nSTAT3 fell.\n'), ['IL-11 rose lazily.', 'STAT3 fell.']);
    // After indented code micromark reads "> 2." as text, not as an item: no chunk starts there.
    const quoted = '    code\n\n> 2. IL-11 rose.\n';
    assert.deepEqual(plain(extractMarkdownProseIncrementally(quoted)), plain(extractMarkdownProseWithParser(quoted)));
    assert.equal(splitIntoChunks(quoted).length, 1);
  });

  test('runs of "$$", fences and breaks are one chunk, cut from the prose around them at the exact offsets', () => {
    const source = `IL-11 rose.\n${'$$\n'.repeat(6)}\`\`\`\ncode\n\`\`\`\n***\n\nSTAT3 fell.\n`;
    const chunks = splitIntoChunks(source);
    assert.deepEqual(
      chunks.map((c) => [source.slice(c.start, c.end), !!c.flat]),
      [['IL-11 rose.\n', false], [`${'$$\n'.repeat(6)}\`\`\`\ncode\n\`\`\`\n***\n\n`, true], ['STAT3 fell.\n', false]],
    );
    assert.deepEqual(texts(source), ['IL-11 rose.', 'STAT3 fell.']);
    assertOffsets(source, extractMarkdownProseIncrementally(source));
  });

  test('what opens and closes a fence or a math block follows the parser', () => {
    // "$$ x $$" is inline math in a paragraph, not a block: the text after it is prose.
    assert.deepEqual(texts('$$ x $$\n\nIL-11 rose.\n\n$$\nx\n$$\n\nSTAT3 fell.\n'), ['formula', 'IL-11 rose.', 'STAT3 fell.']);
    // "$$" does not close "$$$", "```" does not close "````", "```a`" opens nothing.
    assert.deepEqual(texts('$$$\nx\n$$\nIL-11 rose.\n$$$\nSTAT3 fell.\n'), ['STAT3 fell.']);
    assert.deepEqual(texts('````\nx\n```\nIL-11 rose.\n````\nSTAT3 fell.\n'), ['STAT3 fell.']);
    assert.deepEqual(texts('```a`\n\nIL-11 rose.\n'), ['```a`', 'IL-11 rose.']);
    // An unclosed fence runs to the end of the document.
    assert.deepEqual(texts('IL-11 rose.\n\n```\nSTAT3 fell.\n\nMore.\n'), ['IL-11 rose.']);
  });

  test('"---" under a paragraph line underlines a heading; on its own it is a break', () => {
    assert.deepEqual(extractMarkdownProseIncrementally('IL-11 rose\n---\nSTAT3 fell.\n').blocks.map((b) => [b.kind, b.text]), [['heading', 'IL-11 rose'], ['paragraph', 'STAT3 fell.']]);
    assert.deepEqual(extractMarkdownProseIncrementally('IL-11 rose.\n\n---\nSTAT3 fell.\n').blocks.map((b) => [b.kind, b.text]), [['paragraph', 'IL-11 rose.'], ['paragraph', 'STAT3 fell.']]);
    // A list item after a first line of "---" that closes no front matter is a list item (micromark's own front
    // matter read it as a paragraph).
    assert.deepEqual(extractMarkdownProseIncrementally('---\n- IL-11 rose.\n').blocks.map((b) => [b.kind, b.text]), [['list-item', 'IL-11 rose.']]);
  });

  test('an HTML block that ends at a blank line takes the fence line inside it', () => {
    // "<div>" then "```": HTML up to the blank line, so the "```" further down opens a fence that runs to the end.
    const source = '<div>\n```\n\nIL-11 rose.\n\n```\n\nSTAT3 fell.\n';
    assert.deepEqual(texts(source), ['IL-11 rose.']);
    assert.deepEqual(plain(extractMarkdownProseIncrementally(source)), plain(extractMarkdownProse(source)));
    // A complete tag alone on its line cannot interrupt a paragraph: there the fence is a fence.
    assert.deepEqual(texts('IL-11 rose.\n<span>\n```\nx\n```\nSTAT3 fell.\n'), ['IL-11 rose. ', 'STAT3 fell.']);
    assert.deepEqual(texts('# Head\n\n<span>\n```\n\nIL-11 rose.\n\n```\n\nSTAT3 fell.\n'), ['Head', 'IL-11 rose.']);
  });

  test('a CR alone ends a line, as it does for the parser: runs of breaks and fences after one are still chunks of their own', () => {
    // Before: one lone CR anywhere turned flat chunks off for the whole text, and the parser read every "---" line
    // (issue 11's fuzz: 75-134 ms per 10 kB for a CR ahead of 2,500 of them).
    const breaks = `IL-11 rose.\r\r${'---\n'.repeat(40)}\nSTAT3 fell.\n`;
    assert.deepEqual(
      splitIntoChunks(breaks).map((c) => [breaks.slice(c.start, c.end), !!c.flat]),
      [['IL-11 rose.\r\r', false], [`${'---\n'.repeat(40)}\n`, true], ['STAT3 fell.\n', false]],
    );
    // Old Mac line endings throughout: the fence's lines end at CRs, and the prose after it is still read.
    const mac = 'IL-11 rose.\r```\rcode [@b]\r```\r$$\rx\r$$\r\rSTAT3 fell.\r';
    assert.ok(splitIntoChunks(mac).some((c) => c.flat && mac.slice(c.start, c.end).startsWith('```')), JSON.stringify(splitIntoChunks(mac)));
    assert.deepEqual(texts(mac), ['IL-11 rose.', 'STAT3 fell.']);
    assert.deepEqual(plain(extractMarkdownProseIncrementally(mac)), plain(extractMarkdownProseWithParser(mac)));
    // A comment line followed by a CR: the lines after the CR are lines of their own, not the comment's.
    const comment = '<!-- claimlens-disable-next-line -->\r- IL-6 fell in OSCC.\r';
    assert.deepEqual(texts(comment), ['IL-6 fell in OSCC.']);
    // Front matter whose lines end at CRs closes where the parser's lines say.
    assert.equal(frontMatterEnd('---\rtitle: x\r---\rIL-11 rose.\r'), 17);
    assert.deepEqual(texts('---\rtitle: x\r---\r\rIL-11 rose.\r'), ['IL-11 rose.']);
    // Long front matter of CR lines, in a text in pieces too (a line's CR is found past a long stretch without LF),
    // and a CR after the closing line's LF that does not end it.
    const long = `---\r${'a: 1\r'.repeat(3000)}---\rIL-11 rose.\n`;
    assert.equal(frontMatterEnd(long), 4 + 5 * 3000 + 4);
    assert.equal(frontMatterEnd(PieceText.of(long, 97)), 4 + 5 * 3000 + 4);
    assert.equal(frontMatterEnd('---\ntitle: x\n---\nIL-11 rose.\r\n'), 17);
    assert.equal(frontMatterEnd('---\ntitle: x\n--- x\r---\r\n'), 24);
  });

  test('front matter closes at the first "---" or "..." line, as Pandoc closes it', () => {
    assert.equal(frontMatterEnd('---\ntitle: x\n...\nIL-11 rose.\n'), 17);
    assert.deepEqual(texts('---\ntitle: x\n...\n\nIL-11 rose.\n\n---\n\nSTAT3 fell.\n'), ['IL-11 rose.', 'STAT3 fell.']);
    assert.deepEqual(texts('---\ntitle: x\n---\n\nIL-11 rose.\n'), ['IL-11 rose.']);
    // Not at "----", "***" or an indented "---"; an unclosed one is a break and the text after it prose.
    assert.equal(frontMatterEnd('---\ntitle: x\n----\n***\n ---\n'), -1);
    assert.deepEqual(texts('---\ntitle: x\n\nIL-11 rose.\n'), ['title: x', 'IL-11 rose.']);
    // CRLF lines, and a byte order mark before it.
    assert.deepEqual(texts('\uFEFF---\r\ntitle: x\r\n---\r\nIL-11 rose.\r\n'), ['IL-11 rose.']);
    const crlf = '---\r\na: 1\r\n...\r\n\r\nIL-11 rose.\r\n';
    assertOffsets(crlf, extractMarkdownProseIncrementally(crlf));
  });
});
