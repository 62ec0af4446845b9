// Block quotes and list items, line by line, as micromark reads them (CommonMark 0.31's container rules, in
// micromark-core-commonmark's block-quote.js and list.js and micromark's document.js): which open containers a
// line goes on in and which it opens, and where the rest of the line (its leaf block's text) starts. The chunker's
// BlockTracker (markdownFences.ts) needs this to know that a fence indented under "1. " belongs to the item, that
// "  ```" under "- ```" closes the item's fence rather than opening one, and that a quoted fence ends where its
// quote does. Lines arrive without their line ending and with tabs expanded (expandTabs), so an index is a column.

/** An open block quote, or a list item whose content starts `size` columns in (micromark's list "size"). */
export interface Container {
  quote: boolean;
  size: number;
  /** The item opened with nothing after its marker: one blank line may follow, a second ends it. */
  initialBlank: boolean;
  furtherBlank: boolean;
}

/**
 * Tabs turned into spaces up to the next stop of four columns (micromark's virtual spaces): a tab after ">" is
 * partly its optional space, partly indentation, and list content columns count tabs as their width.
 */
export function expandTabs(line: string): string {
  let out = '';
  let from = 0;
  for (let i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
    out += line.slice(from, i);
    out += ' '.repeat(4 - (out.length % 4));
    from = i + 1;
  }
  return out + line.slice(from);
}

/** How many spaces start the line at `at`. */
export function spacesAt(line: string, at: number): number {
  let end = at;
  while (end < line.length && line.charCodeAt(end) === 32) end++;
  return end - at;
}

/**
 * The character code at `k`, or -1 at or past the end of the line: the readers here look one character past a
 * marker that may end the line, and a read outside a string deoptimises the code that makes it (issue 11).
 */
function codeAt(line: string, k: number): number {
  return k < line.length ? line.charCodeAt(k) : -1;
}

/** Whether the line is blank (spaces only, tabs being expanded). */
export function isBlank(line: string): boolean {
  return spacesAt(line, 0) === line.length;
}

/**
 * Where the container's prefix ends on this line if the line goes on in it, or -1: a quote needs ">" after at most
 * three spaces (and takes one space after it); a list item takes a blank line (unless it opened blank and one
 * came already) or its content's indentation. Updates the item's blank-line state as micromark does.
 */
export function continueContainer(container: Container, line: string, at: number, blank: boolean): number {
  if (container.quote) {
    const indent = spacesAt(line, at);
    if (indent > 3 || codeAt(line, at + indent) !== 62 /* > */) return -1;
    const after = at + indent + 1;
    return codeAt(line, after) === 32 ? after + 1 : after;
  }
  if (blank) {
    container.furtherBlank ||= container.initialBlank;
    return line.length;
  }
  const further = container.furtherBlank;
  container.furtherBlank = container.initialBlank = false;
  return further || spacesAt(line, at) < container.size ? -1 : at + container.size;
}

/**
 * Whether a thematic break ("- - -", "***") starts at an index of the line, answered in constant time after one
 * scan from the end: "- " x 8,000 would otherwise scan the rest of the line once for each of its markers.
 */
export class BreakCheck {
  #line = '';
  /** Per marker: the first index from which the line holds only that marker and spaces, and its third-last marker. */
  #from = new Map<number, [number, number]>();

  reset(line: string): void {
    this.#line = line;
    this.#from.clear();
  }

  at(index: number): boolean {
    const marker = this.#line.charCodeAt(index);
    let range = this.#from.get(marker);
    if (!range) {
      let from = this.#line.length;
      let third = -1;
      for (let seen = 0; from > 0; from--) {
        const c = this.#line.charCodeAt(from - 1);
        if (c === marker) {
          if (++seen === 3) third = from - 1;
        } else if (c !== 32) break;
      }
      range = [from, third];
      this.#from.set(marker, range);
    }
    return index >= range[0] && index <= range[1];
  }
}

/**
 * A container opening at `at` (after at most three spaces): the container and where its prefix ends, or
 * undefined. Where a paragraph is open (`interrupt`), an empty item and an ordered item other than "1." or "1)"
 * open nothing; "-" and "*" starting a thematic break open nothing. An item's content starts after its marker and
 * 1-4 spaces, or one space when five or more follow (indented code then), or one column on (a blank rest).
 */
export function openContainer(line: string, at: number, interrupt: boolean, breaks: BreakCheck): { container: Container; at: number } | undefined {
  const indent = spacesAt(line, at);
  if (indent > 3) return undefined;
  const start = at + indent;
  const first = codeAt(line, start);
  if (first === 62 /* > */) {
    const after = start + 1;
    return { container: { quote: true, size: 0, initialBlank: false, furtherBlank: false }, at: codeAt(line, after) === 32 ? after + 1 : after };
  }
  let markerEnd = start + 1;
  if (first === 45 /* - */ || first === 42 /* * */) {
    if (breaks.at(start)) return undefined;
  } else if (first >= 48 && first <= 57) {
    while (markerEnd - start < 9 && isDigit(codeAt(line, markerEnd))) markerEnd++;
    const delimiter = codeAt(line, markerEnd);
    if (delimiter !== 46 /* . */ && delimiter !== 41 /* ) */) return undefined;
    if (interrupt && (markerEnd - start > 1 || first !== 49 /* 1 */)) return undefined;
    markerEnd++;
  } else if (first !== 43 /* + */) {
    return undefined;
  }
  if (markerEnd < line.length && codeAt(line, markerEnd) !== 32) return undefined;
  const spaces = spacesAt(line, markerEnd);
  const marker = indent + markerEnd - start;
  if (markerEnd + spaces === line.length) {
    if (interrupt) return undefined;
    return { container: { quote: false, size: marker + 1, initialBlank: true, furtherBlank: false }, at: line.length };
  }
  const taken = spaces <= 4 ? spaces : 1;
  return { container: { quote: false, size: marker + taken, initialBlank: false, furtherBlank: false }, at: markerEnd + taken };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
