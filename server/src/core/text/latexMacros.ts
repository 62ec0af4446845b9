// User macros without arguments: `\newcommand{\il}{IL-11}`, `\newcommand*\il{IL-11}`, `\renewcommand`,
// `\providecommand`, `\def\il{IL-11}`. Writers define gene and cytokine names this way, and a sentence
// read without them loses its subject. Macros with parameters are left alone: expanding them would need TeX.
import { commentTest, isParagraphBreak, skipGroup, skipSpace } from './latexScan';
import { detach } from './prose';

/** Macro name (no backslash) to its body as LaTeX source. */
export type MacroTable = ReadonlyMap<string, string>;

const latexStyle = /\\(?:newcommand|renewcommand|providecommand|DeclareRobustCommand)\*?(?![A-Za-z])/g;
const defStyle = /\\(?:def|gdef|edef|xdef)(?![A-Za-z])/g;

/** The argument-less macros a LaTeX source defines, in order (a later definition wins). Comments are skipped. */
export function collectMacros(source: string): Map<string, string> {
  const found: { at: number; name: string; body: string }[] = [];
  let inComment = commentTest(source);
  for (const match of source.matchAll(latexStyle)) {
    if (inComment(match.index)) continue;
    const read = readLatexDefinition(source, match.index + match[0].length);
    if (read) found.push({ at: match.index, ...read });
  }
  inComment = commentTest(source);
  for (const match of source.matchAll(defStyle)) {
    if (inComment(match.index)) continue;
    const read = readDefDefinition(source, match.index + match[0].length);
    if (read) found.push({ at: match.index, ...read });
  }
  found.sort((a, b) => a.at - b.at);
  const macros = new Map<string, string>();
  // Copies: the table outlives this version of the source (see detach).
  for (const { name, body } of found) macros.set(detach(name), detach(body));
  return macros;
}

/** `{\name}[0]{body}` or `\name{body}`; undefined when the macro takes arguments or is malformed. */
function readLatexDefinition(src: string, from: number): { name: string; body: string } | undefined {
  let p = skipSpace(src, from, src.length);
  let name: string | undefined;
  if (src[p] === '{') {
    const m = /^\{\s*\\([A-Za-z@]+)\s*\}/.exec(src.slice(p, p + 80));
    if (!m) return undefined;
    name = m[1];
    p += m[0].length;
  } else {
    const m = /^\\([A-Za-z@]+)/.exec(src.slice(p, p + 80));
    if (!m) return undefined;
    name = m[1];
    p += m[0].length;
  }
  p = skipSpace(src, p, src.length);
  if (src[p] === '[') {
    // Only "[0]" (no arguments) is an argument-less macro; [1] and up, or a default value, are not.
    const m = /^\[\s*0\s*\]/.exec(src.slice(p, p + 10));
    if (!m) return undefined;
    p = skipSpace(src, p + m[0].length, src.length);
  }
  return readBody(src, p, name);
}

/** `\name{body}` after \def; a parameter text (`#1`, delimiters) means arguments. */
function readDefDefinition(src: string, from: number): { name: string; body: string } | undefined {
  const m = /^\s*\\([A-Za-z@]+)/.exec(src.slice(from, from + 80));
  if (!m) return undefined;
  const p = from + m[0].length;
  if (src[p] !== '{') return undefined;
  return readBody(src, p, m[1]);
}

function readBody(src: string, open: number, name: string): { name: string; body: string } | undefined {
  if (src[open] !== '{') return undefined;
  // Bodies are short: bounding the search keeps a run of unclosed definitions linear.
  const end = skipGroup(src, open, Math.min(src.length, open + 202));
  // skipGroup also stops at a paragraph break with the group still open: only a balanced group is a body
  // (a definition followed by a blank line is one).
  if (src[end - 1] !== '}' || (isParagraphBreak(src, end) && !balanced(src, open, end))) return undefined;
  const body = src.slice(open + 1, end - 1);
  // A body that uses parameters, or is long, is not a simple name: leave it.
  if (body.includes('#') || body.length > 200) return undefined;
  return { name, body };
}

function balanced(src: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '{') depth++;
    else if (src[i] === '}') depth--;
  }
  return depth === 0;
}

/** Merges macro tables; later tables win (a chapter's own definitions override the root's). */
export function mergeMacros(...tables: (MacroTable | undefined)[]): Map<string, string> {
  const merged = new Map<string, string>();
  for (const table of tables) if (table) for (const [name, body] of table) merged.set(name, body);
  return merged;
}
