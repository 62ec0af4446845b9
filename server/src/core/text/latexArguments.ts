// Readers for the arguments of particular LaTeX commands: citation keys, accents, macro definitions and
// inline verbatim. Each takes the offset just after the command name and returns where reading stopped,
// bounded like everything in latexScan.ts, so the extractor can stay a plain dispatcher.
import { accents } from './latexCommands';
import { isParagraphBreak, skipGroup, skipOptionals, skipSpace } from './latexScan';
import { detach, type CitedKey } from './prose';

/** The comma-separated keys between `from` and `to`, each with its exact span; comments are skipped. */
function readKeys(src: string, from: number, to: number): CitedKey[] {
  const keys: CitedKey[] = [];
  let keyStart = -1;
  const flush = (end: number) => {
    // Keys live as long as their block: copies, so that they do not keep this version of the source alive.
    if (keyStart !== -1) keys.push({ key: detach(src.slice(keyStart, end)), span: { start: keyStart, end } });
    keyStart = -1;
  };
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === '%') {
      flush(i);
      while (i < to && src[i] !== '\n') i++;
    } else if (c === ',' || /\s/.test(c)) flush(i);
    else if (keyStart === -1) keyStart = i;
  }
  flush(to);
  return keys;
}

/**
 * The key group `{a, b}` opened at `open`. A group still being typed (`\citep{` with no brace yet) must not
 * swallow the prose after it, so, like texlab's parser, an unclosed group ends where a key list cannot go
 * on: at a command, a brace, math, a paragraph break, or a second word without a comma between (prose);
 * and it never reaches past the line it opened on. Reading then goes on from there.
 */
export function readKeyGroup(src: string, open: number, limit: number): { contentEnd: number; end: number; closed: boolean } {
  let keySinceComma = false;
  let spaceAfterKey = false;
  let i = open + 1;
  for (; i < limit; i++) {
    const c = src[i];
    if (c === '}') return { contentEnd: i, end: i + 1, closed: true };
    if (c === '%') {
      const newline = src.indexOf('\n', i);
      if (newline === -1 || newline >= limit) break;
      i = newline - 1;
      spaceAfterKey = keySinceComma;
    } else if (c === ',') {
      keySinceComma = false;
      spaceAfterKey = false;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      if (isParagraphBreak(src, i)) break;
      spaceAfterKey = keySinceComma;
    } else if (c === '\\' || c === '{' || c === '$') {
      break;
    } else {
      if (spaceAfterKey) break;
      keySinceComma = true;
    }
  }
  const lineEnd = src.slice(open, i).indexOf('\n');
  const stop = lineEnd === -1 ? i : open + lineEnd;
  // Trailing spaces stay in the prose.
  let end = stop;
  while (end > open + 1 && (src[end - 1] === ' ' || src[end - 1] === '\t' || src[end - 1] === '\r')) end--;
  return { contentEnd: end, end, closed: false };
}

/**
 * Reads the arguments of a citation command: `[see][p.~3]{a,b}`, or for biblatex multicite commands
 * `(global)(notes)[pre][post]{a}[post]{b}`. Returns undefined when no key group follows (a "\cite" still
 * being typed), so that the command is no citation yet.
 */
export function readCitation(src: string, from: number, limit: number, multi: boolean): { keys: CitedKey[]; end: number } | undefined {
  let p = from;
  if (multi) {
    while (src[p] === '(') {
      const close = src.slice(p, Math.min(limit, p + 500)).indexOf(')');
      if (close === -1) break;
      p += close + 1;
    }
  }
  const keys: CitedKey[] = [];
  let groups = 0;
  for (;;) {
    // Spaces may separate the command from its first argument, not one key group from the next.
    const q = skipOptionals(src, groups === 0 ? skipSpace(src, p, limit) : p, limit);
    const open = groups === 0 ? skipSpace(src, q, limit) : q;
    if (src[open] !== '{') break;
    const group = readKeyGroup(src, open, limit);
    keys.push(...readKeys(src, open + 1, group.contentEnd));
    groups++;
    p = group.end;
    if (!group.closed || !multi) break;
  }
  return groups === 0 ? undefined : { keys, end: p };
}

/**
 * Reads the letter an accent command applies to: `\'e`, `\'{e}`, `\"{\i}`, `\c c`. Returns the accented
 * character (composed where Unicode has one), where reading stopped, and whether a brace was opened and
 * left open (`\'{ab}`), which the caller must treat as an ordinary group. Undefined when there is no letter.
 */
export function readAccent(src: string, from: number, limit: number, accent: string): { text: string; end: number; openGroup: boolean } | undefined {
  let p = /[A-Za-z]/.test(accent) ? skipSpace(src, from, limit) : from;
  const braced = src[p] === '{';
  if (braced) p++;
  let base = '';
  if (src.startsWith('\\i', p) || src.startsWith('\\j', p)) {
    base = src[p + 1];
    p += 2;
  } else if (p < limit && /[A-Za-z]/.test(src[p])) {
    base = src[p++];
  }
  if (base === '') {
    // "\~{}" prints a lone accent; anything else leaves the brace to be read as a group.
    if (braced && src[p] === '}') return { text: '', end: p + 1, openGroup: false };
    return undefined;
  }
  let openGroup = false;
  if (braced) {
    while (src[p] === ' ') p++;
    if (src[p] === '}') p++;
    else openGroup = true;
  }
  return { text: (base + (accents.get(accent) ?? '')).normalize('NFC'), end: p, openGroup };
}

/** Skips `count` braced arguments and the optional arguments among them. */
export function skipArguments(src: string, from: number, limit: number, count: number): number {
  let p = from;
  for (let i = 0; i < count; i++) {
    p = skipOptionals(src, skipSpace(src, p, limit), limit);
    const q = skipSpace(src, p, limit);
    if (src[q] !== '{') break;
    p = skipGroup(src, q, limit);
  }
  return p;
}

/** \newcommand{\x}[1]{...} (latexStyle) and \def\x#1{...}: the name, parameters and body are all skipped. */
export function skipDefinition(src: string, from: number, limit: number, latexStyle: boolean): number {
  let p = skipSpace(src, from, limit);
  if (src[p] === '{') p = skipGroup(src, p, limit);
  else if (src[p] === '\\') for (p++; p < limit && /[A-Za-z@]/.test(src[p]); p++);
  if (latexStyle) p = skipOptionals(src, skipSpace(src, p, limit), limit);
  else while (p < limit && src[p] !== '{' && p - from < 100 && !isParagraphBreak(src, p)) p++;
  p = skipSpace(src, p, limit);
  return src[p] === '{' ? skipGroup(src, p, limit) : p;
}

/** \verb|code| and \lstinline|code| (or \lstinline{code}): skipped to the closing delimiter on the line. */
export function skipInlineVerbatim(src: string, from: number, limit: number): number {
  const open = src[from];
  if (open === undefined || /[\s\p{L}]/u.test(open)) return from;
  const close = open === '{' ? '}' : open;
  // One pass to the delimiter or the line's end: what it skips is not read again.
  for (let i = from + 1; i < limit; i++) {
    if (src[i] === close) return i + 1;
    if (src[i] === '\n') return i;
  }
  return limit;
}

/** \iffalse ... \fi is a common way to comment out a passage; an unclosed one runs to the limit. */
export function skipIfFalse(src: string, from: number, limit: number): number {
  const fi = /\\fi(?![A-Za-z])/g;
  fi.lastIndex = from;
  const match = fi.exec(src);
  return match && match.index < limit ? match.index + match[0].length : limit;
}
