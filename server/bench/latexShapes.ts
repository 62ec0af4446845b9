// LaTeX inputs that once took time growing faster than their size (issue 11): unclosed environments and
// optional arguments, and long generated lines. Prints the extraction's CPU time per 10 kB for each shape
// against the 50 ms budget; npm test asserts only behaviour, never time.
import { extractLatexProse } from '../src/core/text/latex';

const tokens = ['\\emph{', '}', '\\x[', ']', '\\begin{foo}', '\\end{foo}', '\\citep{', 'IL-11 ', 'word ', '$', '{', '\\\\', '%', '\\footnote{', '\\section{', '~', '--', "''", '\\item ', '\\cite{a,b}', '\\[', '\\]', '\\(', '\\verb|', '\\def\\x{', '\\newcommand{\\y}{Y}', '\\y ', '[', ' ', '. ', '\\begin{', '\\input{a}'];

/** A deterministic line of random markup tokens. */
function generatedLine(bytes: number, seed: number): string {
  let state = seed;
  let out = '';
  while (out.length < bytes) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out += tokens[state % tokens.length];
  }
  return out;
}

const shapes: [string, () => string][] = [
  ['unclosed \\begin{foo}, 1 MB', () => '\\begin{foo}'.repeat(Math.ceil(1_000_000 / 11))],
  ['unclosed \\begin{foo} with a sentence each, 1 MB', () => '\\begin{foo} IL-11 promotes EMT.\n'.repeat(Math.ceil(1_000_000 / 32))],
  ['stray \\end{bar} after 1,000 open environments, 300 kB', () => '\\begin{foo}'.repeat(1000) + '\\end{bar}'.repeat(32000)],
  ['unclosed \\x[, 160 kB', () => '\\x['.repeat(Math.ceil(160_000 / 3))],
  ['unclosed \\begin{ and \\citep{ on one line, 160 kB', () => '\\begin{x \\citep{a b '.repeat(Math.ceil(160_000 / 20))],
  ['generated line, 60 kB', () => generatedLine(60_000, 7)],
];

export function benchLatexShapes(): void {
  console.log('\nLaTeX extraction on pathological shapes: CPU ms per 10 kB (budget 50)');
  for (const [name, make] of shapes) {
    const source = make();
    const before = process.cpuUsage();
    extractLatexProse(source);
    const used = process.cpuUsage(before);
    const perTen = (used.user + used.system) / 1000 / (source.length / 10240);
    console.log(`  ${name}: ${perTen.toFixed(1)} ms/10 kB ${perTen < 50 ? 'PASS' : 'FAIL'}`);
  }
}
