// A problem found while loading the knowledge base: which file, where, and what is wrong. Loading never
// throws on bad input; it collects problems and keeps whatever was valid.

export interface KbProblem {
  file: string;
  /** Zero-based line and column of the offending value, when known. */
  line: number;
  character: number;
  /** The JSON path of the offending value ("facts[3].subject"), or the BibTeX entry key. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** "data/papers/wu.json:12:5: facts[3].subject: unknown entity IL99" (one-based line and column, like compilers). */
export function formatProblem(problem: KbProblem): string {
  const where = problem.path ? `${problem.path}: ` : '';
  return `${problem.file}:${problem.line + 1}:${problem.character + 1}: ${problem.severity}: ${where}${problem.message}`;
}

export function jsonPathToString(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}
