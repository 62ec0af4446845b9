// The floor a full check is compared with (issue 10's "full check vs a bare tokenize pass"): one pass of the
// Unicode word pattern over the text, each word normalized, as the recognizer's splitWords and normalizeTerm
// were when the row was defined. Kept here whole, apart from the product's code: a faster splitWords or
// normalizeTerm (recognize.ts and normalize.ts now read ASCII runs without patterns) must make the check
// faster, not the floor lower and the ratio worse.

const wordPattern = /[\p{L}\p{N}]+/gu;
const asciiOnly = /^[\x00-\x7f]*$/;
const nonAlphanumeric = /[^a-z0-9]+/g;
const greekNames: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron',
  π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega', ϐ: 'beta', ϰ: 'kappa', µ: 'mu',
};

/** normalizeTerm as it was, one code point at a time (also the reference normalizeRuns.test.ts compares it with). */
export function normalizeByCodePoint(term: string): string {
  if (asciiOnly.test(term)) return term.toLowerCase().replace(nonAlphanumeric, '');
  let out = '';
  for (const char of term.normalize('NFKC').toLowerCase()) {
    const greek = greekNames[char];
    if (greek) out += greek;
    else if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) out += char;
    else if (char > '\u007f') out += char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');
  }
  return out;
}

export function tokenizeFloor(text: string): { start: number; end: number; text: string; normalized: string }[] {
  const words = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0], normalized: normalizeByCodePoint(match[0]) });
  }
  return words;
}
