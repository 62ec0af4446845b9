// One normalization for lexicon entries and for text, so that spelling variants meet: case, hyphens,
// spaces, slashes and brackets are ignored, and Greek letters match their spelled-out names
// ("IL-6Rα", "IL-6R alpha" and "IL6Ralpha" all become "il6ralpha").
import { wordTable } from '../util/wordTable';

const greekNames: Readonly<Record<string, string>> = wordTable({
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta', ι: 'iota',
  κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma',
  τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega', ϐ: 'beta', ϰ: 'kappa', µ: 'mu',
});

/** Letters, digits and Greek letters form words; everything else separates them. */
export const wordCharacter = /[\p{L}\p{N}]/u;

export function isGreekLetter(char: string): boolean {
  return greekNames[char.toLowerCase()] !== undefined;
}

const asciiOnly = /^[\x00-\x7f]*$/;
const nonAlphanumeric = /[^a-z0-9]+/g;

/** The lookup key of a term: lower case, Greek spelled out, only a-z and 0-9 kept. */
export function normalizeTerm(term: string): string {
  // Most terms and words are plain ASCII: one lower-casing and one replace (the lexicon normalizes ~200k terms).
  if (asciiOnly.test(term)) return term.toLowerCase().replace(nonAlphanumeric, '');
  // Runs of kept ASCII characters are copied whole and only the others are read one code point at a time: a
  // block's text with one "β" or "–" (its signature, analyzeDocument.ts) was appended to character by character,
  // ~25 µs a paragraph, and the string of ~300 pieces was then flattened by the next search in it.
  const lowered = term.normalize('NFKC').toLowerCase();
  // A long text (a block's signature, analyzeDocument.ts) is gathered in pieces and joined once: appended to, it was
  // a chain of a few hundred joined strings that its first search then had to copy flat (issue 10, stop 36: ~1.5% of
  // a full check of a thesis, two thirds of its blocks holding a Greek letter or a dash).
  const pieces: string[] | undefined = lowered.length > longTerm ? [] : undefined;
  let out = '';
  let run = -1;
  for (let i = 0; i < lowered.length; i++) {
    const code = lowered.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (run < 0) run = i;
      } else if (run >= 0) {
        if (pieces) pieces.push(lowered.slice(run, i));
        else out += lowered.slice(run, i);
        run = -1;
      }
      continue;
    }
    if (run >= 0) {
      if (pieces) pieces.push(lowered.slice(run, i));
      else out += lowered.slice(run, i);
      run = -1;
    }
    // One code point, as for...of reads it: a surrogate pair whole, a lone surrogate alone.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < lowered.length && (lowered.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const char = pair ? lowered.slice(i, i + 2) : lowered[i];
    if (pair) i++;
    const greek = greekNames[char];
    const piece = greek ?? char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');
    if (pieces) pieces.push(piece);
    else out += piece;
  }
  if (pieces) {
    if (run >= 0) pieces.push(lowered.slice(run));
    return pieces.join('');
  }
  return run >= 0 ? out + lowered.slice(run) : out;
}

/** From this length normalizeTerm joins its pieces once. */
const longTerm = 64;

const spelledGreekSuffix = /(alpha|beta|gamma|delta|kappa)$/;
const singleLetter: Readonly<Record<string, string>> = wordTable({ alpha: 'a', beta: 'b', gamma: 'g', delta: 'd', kappa: 'k' });

/**
 * Extra keys for a lexicon term whose Greek letter is also written as a Latin letter in gene symbols
 * (HIF-1α is HIF1A, GSK3β is GSK3B). Only a trailing Greek letter after a digit or letter qualifies, which
 * keeps the variant from touching words such as "alphabet".
 */
export function latinGreekVariants(normalized: string): string[] {
  // Every suffix in question ends in "a": a cheap test first, as the lexicon calls this ~150k times.
  if (normalized.charCodeAt(normalized.length - 1) !== 97) return [];
  const match = spelledGreekSuffix.exec(normalized);
  if (!match || match.index === 0) return [];
  return [normalized.slice(0, match.index) + singleLetter[match[1]]];
}

/** Whether `text` is plain ASCII: its normalized form is then its lower case less every other character than a-z, 0-9. */
export function isAsciiOnly(text: string): boolean {
  return asciiOnly.test(text);
}

/**
 * For an ASCII `text` (isAsciiOnly), whether `normalizeTerm(text)` holds `key`, without making it: `key`'s characters
 * found in order in the text's lower case with only characters the normalization drops between them. Issue 10: a
 * block's normalized text made only to look a few abbreviations up in it was ~6% of a full check's floor.
 */
export function asciiNormalizedIncludes(text: string, key: string): boolean {
  const m = key.length;
  if (m === 0) return true;
  // The normalized text holds only a-z and 0-9: a key with any other character is never in it.
  for (let j = 0; j < m; j++) if (!isKept(key.charCodeAt(j))) return false;
  const first = key.charCodeAt(0);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (lowerAscii(text.charCodeAt(i)) !== first) continue;
    let j = 1;
    for (let p = i + 1; j < m && p < n; p++) {
      const code = lowerAscii(text.charCodeAt(p));
      if (!isKept(code)) continue;
      if (code !== key.charCodeAt(j)) break;
      j++;
    }
    if (j === m) return true;
  }
  return false;
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function isKept(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
