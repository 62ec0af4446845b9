// Low-level scanning over LaTeX source: finding the end of a braced group, an optional argument, an
// environment or a paragraph. Every search is bounded (by a paragraph break or the end of the body), so that
// an unbalanced brace or a missing \end costs at most one pass and never swallows more than it must.

/** True when a paragraph break (a line holding only spaces) starts with the line ending at `i`. */
export function isParagraphBreak(src: string, i: number): boolean {
  if (src[i] !== '\n' && src[i] !== '\r') return false;
  let j = src[i] === '\r' && src[i + 1] === '\n' ? i + 2 : i + 1;
  while (src[j] === ' ' || src[j] === '\t') j++;
  return src[j] === '\n' || src[j] === '\r';
}

/**
 * Finds the delimiter that closes math whose content starts at `from`. Math never spans a paragraph break,
 * so an unclosed formula ends there, which is also where TeX itself would complain. `next` is where reading
 * goes on; `contentEnd` is where the formula's content ends.
 */
export function findMathEnd(src: string, close: string, from: number, limit: number, skipEscapes: boolean): { contentEnd: number; next: number } {
  let i = from;
  while (i < limit) {
    if (src.startsWith(close, i)) return { contentEnd: i, next: i + close.length };
    if (isParagraphBreak(src, i)) return { contentEnd: i, next: i };
    i += skipEscapes && src[i] === '\\' ? 2 : 1;
  }
  return { contentEnd: limit, next: limit };
}

/** Skips spaces, tabs and at most one line ending (TeX allows that much between a command and its arguments). */
export function skipSpace(src: string, from: number, limit: number): number {
  let i = from;
  let newlines = 0;
  while (i < limit) {
    const c = src[i];
    if (c === ' ' || c === '\t') i++;
    else if ((c === '\n' || c === '\r') && newlines === 0 && !isParagraphBreak(src, i)) {
      newlines++;
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else break;
  }
  return i;
}

/**
 * The offset just past the brace that closes the group opened at `open`, ignoring escaped braces. Stops at
 * a paragraph break (returned as is) when the group is never closed; braced arguments rarely span one.
 */
export function skipGroup(src: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    else if (isParagraphBreak(src, i)) return i;
  }
  return limit;
}

/** How far an optional argument is scanned directly before the document's bracket table answers instead. */
const directOptionalScan = 256;

/**
 * The offset past an optional argument `[...]` opened at `open`, or undefined when it is not closed. Most
 * arguments close within a few characters; for the rest (a `\x[` never closed, repeated down a paragraph)
 * a table built once per document answers, so that each one does not rescan to the end of the paragraph.
 */
export function skipOptional(src: string, open: number, limit: number): number | undefined {
  let depth = 0;
  const bound = Math.min(limit, open + 1 + directOptionalScan);
  for (let i = open + 1; i < bound; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === ']' && depth === 0) return i + 1;
    else if (isParagraphBreak(src, i)) return undefined;
  }
  if (bound >= limit) return undefined;
  const close = bracketTable(src)[open + 1];
  return close === -1 || close >= limit ? undefined : close + 1;
}

let lastTable: { src: string; close: Int32Array } | undefined;

/**
 * For every offset, where a scan for `]` at brace depth 0 starting there ends (the `]`), or -1 when a
 * paragraph break or the end comes first: the same answer as scanning, computed backwards in one pass
 * with the matching closing brace of every `{`. Kept for the last document only.
 */
function bracketTable(src: string): Int32Array {
  if (lastTable?.src === src) return lastTable.close;
  const n = src.length;
  const matching = new Int32Array(n).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === '}') {
      const o = open.pop();
      if (o !== undefined) matching[o] = i;
    } else if ((c === '\n' || c === '\r') && isParagraphBreak(src, i)) open.length = 0;
  }
  const close = new Int32Array(n + 2).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const c = src[i];
    if (c === ']') close[i] = i;
    else if ((c === '\n' || c === '\r') && isParagraphBreak(src, i)) close[i] = -1;
    else if (c === '\\') close[i] = i + 2 < n ? close[i + 2] : -1;
    else if (c === '{') close[i] = matching[i] === -1 || matching[i] + 1 >= n ? -1 : close[matching[i] + 1];
    else close[i] = i + 1 < n ? close[i + 1] : -1;
  }
  lastTable = { src, close };
  return close;
}

/** Skips any optional arguments starting at `from` (directly, with no space before them). */
export function skipOptionals(src: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && src[i] === '[') {
    const after = skipOptional(src, i, limit);
    if (after === undefined) break;
    i = after;
  }
  return i;
}

/** Reads `{name}` after \begin or \end, allowing spaces before the brace. */
export function readEnvironmentName(src: string, from: number, limit: number): { name: string; end: number } | undefined {
  const i = skipSpace(src, from, limit);
  if (i >= limit || src[i] !== '{') return undefined;
  // Names are short; a bounded search keeps a run of `\begin{` without `}` linear.
  const close = src.slice(i, Math.min(limit, i + 66)).indexOf('}');
  if (close === -1) return undefined;
  return { name: src.slice(i + 1, i + close).trim(), end: i + close + 1 };
}

/**
 * The offset past the `\end{name}` that closes an environment whose content starts at `from`, counting
 * nested environments of the same name; the end of the body when it is missing. Verbatim content is
 * searched literally; other content skips comments and escaped characters.
 */
export function skipEnvironment(src: string, from: number, limit: number, name: string, verbatim: boolean): number {
  const end = `\\end{${name}}`;
  if (verbatim) {
    const at = src.indexOf(end, from);
    return at === -1 || at + end.length > limit ? limit : at + end.length;
  }
  const begin = `\\begin{${name}}`;
  let depth = 1;
  for (let i = from; i < limit; i++) {
    const c = src[i];
    if (c === '%') {
      const nl = src.indexOf('\n', i);
      i = nl === -1 ? limit : nl;
    } else if (c === '\\') {
      if (src.startsWith(end, i)) {
        if (--depth === 0) return i + end.length;
        i += end.length - 1;
      } else if (src.startsWith(begin, i)) {
        depth++;
        i += begin.length - 1;
      } else i++;
    }
  }
  return limit;
}

/**
 * A test for "this offset is inside a comment", asked for increasing offsets: each line is scanned at most
 * once however many queries fall on it, so a long generated line full of matches stays linear.
 */
export function commentTest(src: string): (at: number) => boolean {
  let lineStart = -1;
  let nextNewline = -1;
  let comment = Infinity;
  return (at) => {
    if (lineStart === -1 || (nextNewline !== -1 && nextNewline < at)) {
      lineStart = src.lastIndexOf('\n', at - 1) + 1;
      nextNewline = src.indexOf('\n', at);
      comment = Infinity;
      const end = nextNewline === -1 ? src.length : nextNewline;
      for (let i = lineStart; i < end; i++) {
        if (src[i] === '\\') i++;
        else if (src[i] === '%') {
          comment = i;
          break;
        }
      }
    }
    return at > comment;
  };
}

/** The offset of the first occurrence of `needle` at or after `from` that is not inside a comment, or -1. */
export function findOutsideComment(src: string, needle: string, from: number): number {
  const inComment = commentTest(src);
  for (let at = src.indexOf(needle, from); at !== -1; at = src.indexOf(needle, at + 1)) {
    if (!inComment(at)) return at;
  }
  return -1;
}

/** Each comment in a range: the offset of its `%` and the offset of its line ending (or the limit). */
export function* comments(src: string, from: number, limit: number): Generator<{ start: number; end: number }> {
  for (let i = from; i < limit; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '%') {
      let end = src.indexOf('\n', i);
      if (end === -1 || end > limit) end = limit;
      if (src[end - 1] === '\r') end--;
      yield { start: i, end };
      i = end;
    }
  }
}
