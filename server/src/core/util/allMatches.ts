// Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, found with the pattern's
// own `exec`. Issue 10, stop 39: `matchAll` copies its pattern for each call (a new RegExp, compiled again when the
// engine's cache of compiled patterns has been cleared, which a collection does), and the few patterns a check asks
// of every sentence ("OS" after a survival word, a cell line's name before "cells", an abbreviation's brackets) cost
// 1-30 µs a call that way against ~0.1 µs for `exec`: ~0.25 s of CPU in a 100k-word full check, most sentences
// holding no match at all.

/**
 * The matches of `pattern` (global, as `matchAll` requires) in `text`, in order, each as `exec` gives it. Like
 * `matchAll`, the search starts at the pattern's `lastIndex` and steps past an empty match by one character (one code
 * point with the `u` or `v` flag); unlike it, the matches are found at once, and the pattern's `lastIndex` is left as
 * it was, so a pattern shared by a module is never seen mid-search.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches: /${pattern.source}/${pattern.flags} is not global`);
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push(match);
      if (match[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, /[uv]/.test(pattern.flags));
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

/** The index after the character at `at`: AdvanceStringIndex of the standard. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
