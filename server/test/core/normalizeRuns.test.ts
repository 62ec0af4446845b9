// normalizeTerm copies runs of ASCII letters and digits whole and reads only the other characters one code
// point at a time; on any text it must give what the character-by-character loop gave.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeByCodePoint as byCodePoint } from '../../bench/tokenizeFloor';
import { asciiNormalizedIncludes, isAsciiOnly, normalizeTerm } from '../../src/core/entities/normalize';

suite('normalizeTerm: runs of ASCII copied whole', () => {
  test('the same key as the code-point loop, on text with Greek letters, accents, ligatures, surrogates', () => {
    const pieces = ['IL-6', 'Rα', 'β', 'TGF', '–', 'é', 'Å', 'ﬁ', '𝛼', '\uD800', '\uDC00', 'µ', 'Σ', 'ς', 'ß', 'İ', ' ', 'x', '9', '½', 'Ⅱ', '\u0301', '٣', 'The IL-11 ', '(p < 0.05)'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.fullUnicodeString({ maxLength: 3 }), fc.string({ maxLength: 4 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        assert.equal(normalizeTerm(text), byCodePoint(text), JSON.stringify(text));
      }),
      { seed: 3, numRuns: 5000 },
    );
    assert.equal(normalizeTerm('TGF-β1 and IL-6Rα – in HÉLA cells'), 'tgfbeta1andil6ralphainhelacells');
  });

  test('the same on texts as long as a paragraph (gathered in pieces and joined once)', () => {
    const pieces = ['IL-6', 'Rα', 'β', ' the cells ', '–', 'é', 'ﬁ', '𝛼', '\uD800', 'Σ', 'İ', 'x', '9', 'Ⅱ', '\u0301', 'STAT3 was raised in HCC. '];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.fullUnicodeString({ maxLength: 3 })), { minLength: 20, maxLength: 120 }), (parts) => {
        const text = parts.join('');
        assert.equal(normalizeTerm(text), byCodePoint(text), JSON.stringify(text));
      }),
      { seed: 36, numRuns: 1000 },
    );
  });

  test('an ASCII text\'s normalized form is searched without making it: the same answer as normalizeTerm(text).includes(key)', () => {
    // Abbreviation keys (analyzeDocument.ts looks each block's up this way) and keys the text nearly holds.
    const keys = ['il6', 'il6r', 'hcc', 'tgf', 'tgfb1', 'a', '6', 'stat3', 'il', '', 'il-6', 'a b', 'ilil6'];
    const pieces = ['IL', '-', '6', 'il', 'I', 'L', 'R', ' ', '(', ')', 'HCC', 'h', 'c', 'TGF', 'b', '1', 'STAT', '3', '.', ',', 'x', '/'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 24 }), fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 4 })), (parts, key) => {
        const text = parts.join('');
        if (!isAsciiOnly(text)) return;
        assert.equal(asciiNormalizedIncludes(text, key), normalizeTerm(text).includes(key), `${JSON.stringify(key)} in ${JSON.stringify(text)}`);
      }),
      { seed: 5, numRuns: 20000 },
    );
    // A deliberately wrong search (no skipping of the dropped characters) is caught by the same texts.
    assert.equal(asciiNormalizedIncludes('the IL-6 level', 'il6'), true);
    assert.equal('the il-6 level'.includes('il6'), false);
    assert.equal(isAsciiOnly('TGF-β'), false);
    // A key with a character the normalization drops is never in the normalized form, even where the text holds it.
    assert.equal(asciiNormalizedIncludes('IL-6', '-6'), false);
    assert.equal(asciiNormalizedIncludes('IL 6', ' 6'), false);
  });
});
