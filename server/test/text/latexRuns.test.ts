// LaTeX extraction copies plain text in runs (latex.ts #copy): these check that a run takes exactly what a
// character-by-character reading would, where runs can go wrong: spaces after other whitespace, hyphens and
// apostrophes that may start a ligature, and the positions every copied character maps back to.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractLatexProse as tex } from '../../src/core/text/latex';

const text = (source: string) => tex(source).blocks.map((b) => b.text).join('\n');

suite('latex prose: plain runs', () => {
  test('a lone hyphen or apostrophe stays inside a word, doubled ones become dashes and quotes', () => {
    assert.equal(text("the well-known cell's response"), "the well-known cell's response");
    assert.equal(text("pages 3--5 and ''quoted'' --- here"), 'pages 3–5 and ”quoted” — here');
  });

  test('runs of spaces read as one space, also after a no-break space that is already whitespace', () => {
    assert.equal(text('IL-6   raised'), 'IL-6 raised');
    assert.equal(text('IL-6\u00a0 raised'), 'IL-6\u00a0raised');
    assert.equal(text('IL-6 \u00a0raised'), 'IL-6 \u00a0raised');
  });

  test('every copied character maps back to the same character in the source, in order', () => {
    const pieces = ['a', 'B', 'é', ' ', '  ', '\t', '\u00a0', '\u2003', '-', '--', '---', "'", "''", '`', '~', '\n', '.', 'IL-6', '😀'];
    const replaced: Record<string, string[]> = { ' ': ['\t', '~', '\n', ' '], '–': ['-'], '—': ['-'], '”': ["'"], '“': ['`'], '‘': ['`'] };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const source = parts.join('');
        for (const block of tex(source).blocks) {
          for (let i = 0; i < block.text.length; i++) {
            const at = block.sourceOffsets[i];
            const char = block.text[i];
            assert.ok(char === source[at] || (replaced[char] ?? []).includes(source[at]), `${JSON.stringify(source)}: ${JSON.stringify(char)} at ${i} maps to ${JSON.stringify(source[at])}`);
            if (i > 0) assert.ok(at > block.sourceOffsets[i - 1], `${JSON.stringify(source)}: offsets go back at ${i}`);
            // A tie (~) is a hard space: it is kept even after another space.
            if (char === ' ' && source[at] !== '~' && i > 0) assert.ok(!/\s/.test(block.text[i - 1]), `${JSON.stringify(source)}: a space after whitespace at ${i}`);
          }
        }
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });
});
