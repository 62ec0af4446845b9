// Which sentences the `claimlens-disable…` directives switch off. It reads the source through `SourceText`
// (indexOf/lastIndexOf around each directive) and keeps the switched-off lines as offset ranges, so that an
// edit of a Markdown document kept in pieces never joins them (issue 10): an index of every line of the whole
// text, as this was first written, needed the text as one string, one copy of a 100k-word draft per keystroke
// in any document with a directive.
import type { Directive, SourceSpan } from '../text/prose';
import type { SourceText } from '../text/sourceText';

export interface Suppression {
  /** Whether any directive can switch a sentence off (when not, no span need be asked about). */
  readonly any: boolean;
  isSuppressed(span: SourceSpan): boolean;
}

const none: Suppression = { any: false, isSuppressed: () => false };

/** A line: offsets `start`..`end`, where `end` is its line feed (or the end of the text for the last line). */
interface Line {
  start: number;
  end: number;
}

/**
 * Which source lines the directives switch off: the line after `claimlens-disable-next-line` (the next line that
 * is not blank, so that a directive above a blank line still reaches its sentence), the line of
 * `claimlens-disable-line`, and everything between `claimlens-disable` and `claimlens-enable`. Lines end at
 * "\n" (a "\r" stays on its line), as util/lines.ts LineIndex counts them.
 */
export function suppressionOf(text: SourceText, directives: readonly Directive[]): Suppression {
  // Most documents have no directives: nothing to look at for each version.
  if (!directives.some((d) => d.kind !== 'own-finding')) return none;
  const disabledLines: Line[] = [];
  const ranges: SourceSpan[] = [];
  let openAt: number | undefined;
  for (const directive of [...directives].sort((a, b) => a.span.start - b.span.start)) {
    if (directive.kind === 'disable-next-line') {
      const next = nextContentLine(text, lineAt(text, directive.span.start));
      if (next) disabledLines.push(next);
    } else if (directive.kind === 'disable-line') disabledLines.push(lineAt(text, directive.span.start));
    else if (directive.kind === 'disable' && openAt === undefined) openAt = directive.span.end;
    else if (directive.kind === 'enable' && openAt !== undefined) {
      ranges.push({ start: openAt, end: directive.span.start });
      openAt = undefined;
    }
  }
  if (openAt !== undefined) ranges.push({ start: openAt, end: text.length });
  const length = text.length;
  return {
    any: true,
    isSuppressed(span: SourceSpan): boolean {
      if (ranges.some((r) => span.start >= r.start && span.start < r.end)) return true;
      // The span's lines run from the line holding its first character to the one holding its last: a line is one
      // of them when it starts at or before the last and ends (its line feed included) at or after the first.
      const first = Math.max(0, Math.min(span.start, length));
      const last = Math.max(0, Math.min(Math.max(span.start, span.end - 1), length));
      return disabledLines.some((line) => line.start <= last && line.end >= first);
    },
  };
}

/** The line that holds `offset` (clamped to the text; a line feed belongs to the line it ends). */
function lineAt(text: SourceText, offset: number): Line {
  const at = Math.max(0, Math.min(offset, text.length));
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  return { start, end: lineEnd(text, start) };
}

function lineEnd(text: SourceText, start: number): number {
  const feed = text.indexOf('\n', start);
  return feed === -1 ? text.length : feed;
}

/**
 * The first line after `line` that is not blank; if every later line is blank, the one right after it; none when
 * `line` is the last.
 */
function nextContentLine(text: SourceText, line: Line): Line | undefined {
  if (line.end >= text.length) return undefined;
  const following: Line = { start: line.end + 1, end: lineEnd(text, line.end + 1) };
  for (let start = following.start; ; ) {
    const end = lineEnd(text, start);
    if (!isBlank(text, start, end)) return { start, end };
    if (end >= text.length) return following;
    start = end + 1;
  }
}

/** Whether characters start..end are all white space (String.prototype.trim's), read a window at a time. */
function isBlank(text: SourceText, start: number, end: number): boolean {
  const window = 256;
  for (let at = start; at < end; at += window) if (text.slice(at, Math.min(end, at + window)).trim()) return false;
  return true;
}
