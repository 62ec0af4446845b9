// normalizeTerm copies runs of ASCII letters and digits whole and reads only the other characters one code
// point at a time; on any text it must give what the character-by-character loop gave.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeTerm } from '../../src/core/entities/normalize';

const greekNames: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron',
  π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega', ϐ: 'beta', ϰ: 'kappa', µ: 'mu',
};

/** normalizeTerm as it was, one code point at a time. */
function byCodePoint(term: string): string {
  if (/^[\x00-\x7f]*$/.test(term)) return term.toLowerCase().replace(/[^a-z0-9]+/g, '');
  let out = '';
  for (const char of term.normalize('NFKC').toLowerCase()) {
    const greek = greekNames[char];
    if (greek) out += greek;
    else if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) out += char;
    else if (char > '\u007f') out += char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');
  }
  return out;
}

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
});
