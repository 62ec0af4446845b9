// The commands that bring another file into a LaTeX document, as written: \input, \include, \subfile,
// \import and \subimport (the import package), and the magic comment and subfiles class that name a root.
import { findOutsideComment } from '../text/latexScan';

export type IncludeCommand = 'input' | 'include' | 'subfile' | 'import' | 'subimport' | 'subfileinclude' | 'inputfrom' | 'subinputfrom' | 'includefrom' | 'subincludefrom';

export interface IncludeRef {
  command: IncludeCommand;
  /** The folder argument of \import-like commands. */
  folder?: string;
  file: string;
  /** The command's span in the including file. */
  start: number;
  end: number;
}

const oneArgument = /\\(input|include|subfile|subfileinclude)(?![A-Za-z])(?:\s*\{([^{}\n%]*)\}|[ \t]+([^\s{}%\\]+))/g;
const twoArguments = /\\(import|subimport|inputfrom|subinputfrom|includefrom|subincludefrom)(?![A-Za-z])\*?\s*\{([^{}\n%]*)\}\s*\{([^{}\n%]*)\}/g;

/** Every include in a source, in order; commented-out ones are left out. */
export function scanIncludes(source: string): IncludeRef[] {
  const withoutComments = blankComments(source);
  const refs: IncludeRef[] = [];
  for (const match of withoutComments.matchAll(oneArgument)) {
    const file = (match[2] ?? match[3] ?? '').trim();
    if (file) refs.push({ command: match[1] as IncludeCommand, file, start: match.index, end: match.index + match[0].length });
  }
  for (const match of withoutComments.matchAll(twoArguments)) {
    const file = match[3].trim();
    if (file) refs.push({ command: match[1] as IncludeCommand, folder: match[2].trim(), file, start: match.index, end: match.index + match[0].length });
  }
  return refs.sort((a, b) => a.start - b.start);
}

/**
 * The source with every comment replaced by spaces, so that offsets stay the same. A comment starts at a `%`
 * not escaped by a backslash and runs to the end of its line. Found by searching for `%` (a regex tried at
 * every character of a 100k-word thesis took ~18 ms, on the server's main thread during Check Workspace).
 */
export function blankComments(source: string): string {
  let from = source.indexOf('%');
  if (from < 0) return source;
  const pieces: string[] = [];
  let copied = 0;
  for (; from >= 0; from = source.indexOf('%', from + 1)) {
    if (from > 0 && source.charCodeAt(from - 1) === 92 /* \ */) continue;
    const end = lineEnd(source, from);
    pieces.push(source.slice(copied, from), ' '.repeat(end - from));
    copied = end;
    from = end - 1;
  }
  pieces.push(source.slice(copied));
  return pieces.join('');
}

/** Where the line holding `at` ends: its line terminator (as a regex's `$` in multiline mode), or the end. */
function lineEnd(source: string, at: number): number {
  for (let k = at; k < source.length; k++) {
    const c = source.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return k;
  }
  return source.length;
}

/** `% !TEX root = ../main.tex` (TeXShop, LaTeX Workshop, texlab) in the first lines of a file. */
export function magicRoot(source: string): string | undefined {
  const head = source.split('\n', 30);
  for (const line of head) {
    const m = /^\s*%\s*!\s*TE?X\s+root\s*=\s*(.+?)\s*$/i.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** `\documentclass[../main.tex]{subfiles}`: the main file of a subfile. */
export function subfilesRoot(source: string): string | undefined {
  const m = /\\documentclass\s*\[([^\]]*)\]\s*\{subfiles\}/.exec(blankComments(source));
  return m?.[1].trim() || undefined;
}

/** True when the file has a \documentclass (outside comments) of its own. */
export function hasDocumentClass(source: string): boolean {
  return findOutsideComment(source, '\\documentclass', 0) !== -1;
}
