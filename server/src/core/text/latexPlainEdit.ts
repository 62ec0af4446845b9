// Most keystrokes in a LaTeX thesis change a word of prose, yet each one re-read the whole document for its
// body limits (latexLayout: \begin{document}, \end{document}) and its macro table (collectMacros) -- 4 and
// 1.5 ms per edit in a 100k-word draft (issue 10). A plain-word edit cannot change either, so the last
// version's are kept. The test is conservative: whatever it cannot rule out is read from the top as before.
//
// What could change them, and why a plain-word edit does not:
// - a control sequence (\newcommand, \def, \end, a macro's name): the edit adds or removes no backslash, and
//   is not glued to a command name (`\newcommand x` after a space), unless it only changes the letters of a
//   command that neither defines a macro nor bounds the body and is not itself a definition's name
//   (`\citep` -> `\also`, `\il` -> `\ilx`: the chunk is read again with the same table);
// - a comment or a paragraph break (they bound definitions): no `%` and no line ending is added or removed;
// - what a definition reads after its command (`{\il}`, `[0]`, the body group, `{document}` after \end): the
//   edit is neither inside such a group or an optional argument nor right after a closing brace or bracket.
//   Groups are counted as latexScan.skipGroup counts them (escapes skipped, comments not, a paragraph break
//   ends them), so "inside a definition's body" means what collectMacros reads as its body.
// The two versions may be texts in pieces (sourceText.ts): the test reads the chunk before the edit as one slice
// and the few characters around it one at a time, never the whole text.
import type { SourceText } from './sourceText';

/** Characters an edit may add or remove: letters, digits, spaces and sentence punctuation (no TeX syntax). */
const plainText = /^[\p{L}\p{N} .,;:!?'()-]*$/u;

/** Commands whose braced argument is prose: a word edited inside one changes no definition or environment. */
const proseArguments = new Set([
  'emph', 'textit', 'textbf', 'textsc', 'textsl', 'textup', 'textmd', 'texttt', 'textrm', 'textsf', 'underline', 'mbox', 'text',
  'textsuperscript', 'textsubscript', 'part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph',
  'caption', 'footnote', 'title',
]);

const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z@]/.test(c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The character at `at` as `text[at]` reads it (undefined outside the text), for a string or a text in pieces. */
function charAt(text: SourceText, at: number): string | undefined {
  return at >= 0 && at < text.length ? String.fromCharCode(text.charCodeAt(at)) : undefined;
}

/** latexScan.isParagraphBreak, for a text in pieces: a line ending followed by a line of only spaces. */
function isParagraphBreakAt(text: SourceText, i: number): boolean {
  const c = charAt(text, i);
  if (c !== '\n' && c !== '\r') return false;
  let j = c === '\r' && charAt(text, i + 1) === '\n' ? i + 2 : i + 1;
  while (charAt(text, j) === ' ' || charAt(text, j) === '\t') j++;
  const next = charAt(text, j);
  return next === '\n' || next === '\r';
}

/**
 * Whether replacing [start, oldEnd) of `before` by [start, newEnd) of `after` is a plain-word edit: it
 * changes no macro definition and no \begin{document}/\end{document}. `from` is a point before the edit where
 * no group is open (a clean chunk start); the text between it and the edit is the same in both versions.
 */
export function isPlainWordEdit(before: SourceText, after: SourceText, range: { start: number; oldEnd: number; newEnd: number }, from: number): boolean {
  if (!plainText.test(before.slice(range.start, range.oldEnd)) || !plainText.test(after.slice(range.start, range.newEnd))) return false;
  // Not glued to a command name: `\il|`, `\newcommand |x`, nor right after a group or an optional argument
  // (`\newcommand{\il} |[0]{...}` would no longer be a definition).
  let p = range.start;
  while (isNameChar(charAt(after, p - 1))) p--;
  if (charAt(after, p - 1) === '\\') {
    // Letters of a command's name (`\citep` -> `\also`): plain when neither name reads a definition or the body's limits;
    // what comes before the command is then tested as what comes before a word.
    if (!isUsedCommandEdit(before, after, range, p)) return false;
    p--;
  }
  while (isSpace(charAt(after, p - 1))) p--;
  const last = charAt(after, p - 1);
  if (isNameChar(last)) {
    while (isNameChar(charAt(after, p - 1))) p--;
    if (charAt(after, p - 1) === '\\') return false;
  } else if (last === '}' || last === ']' || last === '*' || last === '\\') return false;
  // Nor inside an optional argument (`[0]` makes a definition argument-less; it is read 10 characters deep).
  for (let i = range.start - 1; i >= Math.max(0, range.start - 64) && charAt(after, i) !== ']'; i--) if (charAt(after, i) === '[') return false;
  // The groups open at the edit: each must be a prose argument or a bare group. The chunk up to the edit is read
  // as one slice (`chunk[i - from]` is `before[i]`).
  const chunk = before.slice(from, range.start);
  const open: number[] = [];
  for (let i = from; i < range.start; i++) {
    const c = chunk[i - from];
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === '}') open.pop();
    else if (open.length > 0 && (c === '\n' || c === '\r') && isParagraphBreakAt(before, i)) open.length = 0;
  }
  return open.every((brace) => isProseGroup(before, brace));
}

/**
 * Commands whose name an edit must not make or unmake: they define macros (collectMacros) or bound the body
 * (latexLayout's `\begin{document}`, `\end{document}`).
 */
const structuralCommands = new Set(['newcommand', 'renewcommand', 'providecommand', 'DeclareRobustCommand', 'def', 'gdef', 'edef', 'xdef', 'begin', 'end']);

/**
 * Whether an edit of letters inside a command's name (starting at `nameStart`, after its backslash) changes neither
 * the macro table nor the body's limits: the command is one of letters before and after (no `@`, never emptied or
 * made from nothing, which would change what its backslash escapes: `\%`), its backslash is not itself escaped
 * (`\\word`), and neither name is a structural command. Whether the command is itself a definition's name
 * (`\def\il`, `{\il}` after \newcommand) or in its body is tested by the caller, as for a word. (Stop 56: the
 * bench's one-word edits that rename a citation command, 7 in 100 of the LaTeX draft's, joined the whole text and
 * read it again for its layout and macros: the slowest LaTeX edits.)
 */
function isUsedCommandEdit(before: SourceText, after: SourceText, range: { start: number; oldEnd: number; newEnd: number }, nameStart: number): boolean {
  if (charAt(after, nameStart - 2) === '\\') return false;
  if (!letters.test(before.slice(range.start, range.oldEnd)) || !letters.test(after.slice(range.start, range.newEnd))) return false;
  let oldEnd = range.oldEnd;
  while (isNameChar(charAt(before, oldEnd))) oldEnd++;
  let newEnd = range.newEnd;
  while (isNameChar(charAt(after, newEnd))) newEnd++;
  const oldName = before.slice(nameStart, oldEnd);
  const newName = after.slice(nameStart, newEnd);
  return commandName.test(oldName) && commandName.test(newName) && !structuralCommands.has(oldName) && !structuralCommands.has(newName);
}

const letters = /^[A-Za-z]*$/;
const commandName = /^[A-Za-z]+$/;

/** A group opened by a prose command (`\emph{`, `\section*{`) or by nothing (`{\em ...}`, a brace after a word). */
function isProseGroup(source: SourceText, brace: number): boolean {
  let p = brace;
  while (isSpace(charAt(source, p - 1))) p--;
  if (charAt(source, p - 1) === '*') p--;
  const c = charAt(source, p - 1);
  if (c === '}' || c === ']' || c === '\\') return false;
  if (!isNameChar(c)) return true;
  const end = p;
  while (isNameChar(charAt(source, p - 1))) p--;
  if (charAt(source, p - 1) !== '\\') return true;
  return proseArguments.has(source.slice(p, end));
}
