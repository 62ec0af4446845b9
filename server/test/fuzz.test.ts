// The fuzz suite's quick run: a few thousand generated inputs per parser (Markdown, LaTeX, BibTeX, library
// JSON), fixed seeds, and the only assertion is the one a user would notice: no parser ever throws.
// `npm run fuzz` runs 10^5 inputs per parser and reports the slowest (server/fuzz/run.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { parsers } from '../fuzz/parsers';
import { gfmSyntaxFor, markdownOptions } from '../src/core/text/markdown';

suite('fuzz: no parser throws on generated input', function () {
  this.timeout(120000);
  for (const [index, parser] of parsers.entries()) {
    test(parser.name, async () => {
      await fc.assert(fc.asyncProperty(parser.inputs(40), async (input) => { await parser.run(input); }), { seed: 20261201 + index, numRuns: 2000 });
    });
  }
});

suite('fuzz: Markdown parsed with only the GFM constructs a text can contain', function () {
  test('a paragraph of "]" is no longer read in time that grows with its square (the footnote call after "!" is left out)', () => {
    const names = (syntax: ReturnType<typeof gfm>) => JSON.stringify(Object.values(syntax.text ?? {}).flat().map((c) => (c as { name?: string }).name));
    assert.doesNotMatch(names(gfmSyntaxFor(']'.repeat(50))), /gfmPotentialFootnoteCall/);
    assert.match(names(gfmSyntaxFor('![^1] and ]')), /gfmPotentialFootnoteCall/);
  });

  this.timeout(120000);
  // markdown.ts leaves out the table and literal-autolink constructs when a text cannot hold them (they
  // dominate the parse of a long paragraph); the tree must be the one the full GFM syntax gives.
  const tree = (text: string, syntax: ReturnType<typeof gfm>) =>
    fromMarkdown(text, { extensions: [syntax, math()], mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown()] });
  const near = ['|', '@', 'www.', 'WWW.', 'http://', 'HTTPS://x', 'a\\@b.c', 'w\\ww.x.org', 'htt\\p://a.b', '&#64;', '&#x7C;', 'me@x.org', 'a | b\n--|--\n', '| a |\n|---|\n', '-|-', 'a', ' ', '\n', '-', ':', 'IL-11 ', '\\', '.', 'w', '> ',
    // E-mail near-misses: the "@" of a citation, an address without a dot, one split by an escape or a space.
    '[@key]', '[@a; @b.c]', 'a@', '@x.org', 'x@y', '_@-.', '+@.a', 'a.b', ' @ ', '\\@', 'x\\@y.z', '&commat;',
    // Character references that decode to none of an autolink's characters (mayHoldAutolink lets them through).
    '&amp;', '&lt;', '&gt;', '&quot;', 'www&amp;.x', 'a&amp;@b.c', '&amp;#64;', 'ww&quot;w.', 'http&lt;://',
    // Footnote calls after a "!" and their near-misses (gfmSyntaxFor leaves GFM's construct for them out otherwise).
    '![', '![^1]', '! [^1]', '![ ^1]', '![\n> ^1]', '[^1]: a note\n', '^', ']', ']]]]', '!', '\\![^1]', '![^a b]', '[^a  b]: x\n'];

  test('the same mdast tree as the full syntax, on generated Markdown and on near-misses of tables and links', () => {
    const inputs = [...fc.sample(parsers[0].inputs(60), { seed: 7, numRuns: 1500 }), ...fc.sample(fc.array(fc.constantFrom(...near), { maxLength: 30 }).map((x) => x.join('')), { seed: 8, numRuns: 1500 })];
    for (const text of inputs) assert.deepEqual(tree(text, gfmSyntaxFor(text)), tree(text, gfm()), JSON.stringify(text));
    // And with the tree's extensions markdown.ts picks (the autolink transform left out where no autolink can be).
    for (const text of inputs) assert.deepEqual(fromMarkdown(text, markdownOptions(text)), tree(text, gfm()), JSON.stringify(text));
  });

  test('tables, autolinks and footnote calls after "!" are still read where the text has them', () => {
    assert.equal(tree('| a |\n|---|\n| b |\n', gfmSyntaxFor('| a |\n|---|\n| b |\n')).children[0].type, 'table');
    // A footnote call right after "!" (GFM reads "![^1]" as "!" and the call) is still read.
    const note = '![^1]\n\n[^1]: A note.\n';
    assert.match(JSON.stringify(tree(note, gfmSyntaxFor(note))), /"type":"footnoteReference"/);
    const link = tree('see www.x.org', gfmSyntaxFor('see www.x.org')).children[0] as { children: { type: string }[] };
    assert.ok(link.children.some((c) => c.type === 'link'));
  });
});
