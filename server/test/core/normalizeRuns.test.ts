// normalizeTerm copies runs of ASCII letters and digits whole and reads only the other characters one code
// point at a time; on any text it must give what the character-by-character loop gave.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeByCodePoint as byCodePoint } from '../../bench/tokenizeFloor';
import { normalizeTerm } from '../../src/core/entities/normalize';

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
});
