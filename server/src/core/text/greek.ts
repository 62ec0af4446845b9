// Greek letters written as TeX commands. Biomedical names embed them ("HIF-1$\alpha$", "TNF-\textalpha",
// "IFN-$\gamma$"), and entity recognition needs the real character, so both extractors turn a lone Greek
// letter into its Unicode form instead of dropping it as math.
import { wordTable } from '../util/wordTable';

const letters: Readonly<Record<string, string>> = wordTable({
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', varkappa: 'ϰ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ',
  omicron: 'ο', pi: 'π', varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ',
  upsilon: 'υ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ', Phi: 'Φ',
  Psi: 'Ψ', Omega: 'Ω',
});

// Upper-case letters that look like Latin ones have no command in plain LaTeX but do in textgreek/upgreek.
const textOnlyCapitals: Readonly<Record<string, string>> = wordTable({
  Alpha: 'Α', Beta: 'Β', Epsilon: 'Ε', Zeta: 'Ζ', Eta: 'Η', Iota: 'Ι', Kappa: 'Κ', Mu: 'Μ', Nu: 'Ν',
  Omicron: 'Ο', Rho: 'Ρ', Tau: 'Τ', Chi: 'Χ',
});

/**
 * The Greek character for a command name without its backslash: `alpha` (math mode), `textalpha`
 * (textgreek) or `upalpha` (upgreek). Returns undefined for anything else.
 */
export function greekFromCommand(name: string): string | undefined {
  if (Object.hasOwn(letters, name)) return letters[name];
  for (const prefix of ['text', 'up']) {
    if (name.startsWith(prefix) && name.length > prefix.length) {
      const base = name.slice(prefix.length);
      if (Object.hasOwn(letters, base)) return letters[base];
      if (Object.hasOwn(textOnlyCapitals, base)) return textOnlyCapitals[base];
    }
  }
  return undefined;
}

// Wrappers that change only the font of a letter; `\mathrm{\alpha}` still reads as α.
const fontWrapper = /^\\(?:mathrm|mathit|mathup|mathsf|mathbf|boldsymbol|bm|text|textrm|textup|mbox|rm)\s*\{([\s\S]*)\}$/;

/**
 * The Greek character that a piece of math consists of, or undefined when the math is anything more than
 * one Greek letter (optionally braced or wrapped in a font command such as `\mathrm{}` or `\text{}`).
 */
export function greekFromMath(content: string): string | undefined {
  let body = content.trim();
  // Each round removes one layer of braces or font wrapper; a few rounds cover any realistic nesting.
  for (let round = 0; round < 4; round++) {
    const wrapped = fontWrapper.exec(body);
    if (wrapped) body = wrapped[1].trim();
    else if (body.startsWith('{') && body.endsWith('}')) body = body.slice(1, -1).trim();
    else break;
  }
  const command = /^\\([A-Za-z]+)$/.exec(body);
  return command ? greekFromCommand(command[1]) : undefined;
}
