// The Markdown blocks that hold no prose and may span lines: fenced code, display math ("$$" blocks), thematic
// breaks, front matter, and which lines HTML blocks take. The chunker (markdownChunks.ts) follows them line by line
// with a BlockTracker, so that (1) it never cuts a chunk inside one of them, and (2) it cuts runs of fences, math
// blocks and thematic breaks starting at the left margin into chunks of their own, read without the parser: they
// carry no claims, and micromark builds one flow construct per line of them (issue 11: an empty "$$" block every
// three characters cost 150 ms per 10 kB, "---" lines 300). Each rule follows micromark (with its GFM and math
// extensions), the parser markdown.ts reads the other chunks with; `markdownFences.test.ts` compares the chunked
// reading with the parser's reading of whole generated documents. Inside block quotes and list items the same blocks
// are followed in the container's own text (markdownContainers.ts): a fence under "1. " belongs to the item and
// ends where the item does, so a chunk is never cut inside it and no line of it is taken for a fence at the margin.

import type { SourceText } from './sourceText';
import { BreakCheck, type Container, continueContainer, expandTabs, isBlank, openContainer, spacesAt } from './markdownContainers';

/** A closing test for a block that is open until a line closes it (fenced code, math, HTML kinds 1 to 5). */
type Closer = (line: string) => boolean;

const backtickFence = /^ {0,3}(`{3,})([^`]*)$/;
const tildeFence = /^ {0,3}(~{3,})/;
// micromark-extension-math: two or more dollars, then a "meta" that holds no dollar ("$$ x $$" is inline math).
const mathFence = /^ {0,3}(\${2,})[^$]*$/;

/**
 * Fenced code (``` with an info string holding no backtick, or ~~~) or a display-math block ("$$" with no dollar
 * after it) opening on this line, indented at most three spaces: the test for its closing line, a run of at least
 * as many of its characters indented at most three spaces, then only spaces and tabs ("```" closes "```", not
 * "````"; "$$" does not close "$$$").
 */
export function fenceCloser(line: string): Closer | undefined {
  const fence = backtickFence.exec(line) ?? tildeFence.exec(line) ?? mathFence.exec(line);
  if (!fence) return undefined;
  const close = new RegExp(`^ {0,3}\\${fence[1][0]}{${fence[1].length},}[ \\t]*$`);
  return (l) => close.test(l);
}

/** "***", "___", "---", also with spaces or tabs between ("* * *"), at the left margin. */
const thematicBreak = /^([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
/** A line of hyphens only (trailing blanks aside): after a paragraph line it underlines a heading instead. */
const setextHyphens = /^-+[ \t]*$/;

/**
 * Whether a block that holds no prose starts on this line at the left margin: a fence or a math block (both
 * interrupt a paragraph) or a thematic break ("---" only where no paragraph may be open, as it would underline one).
 * Only the left margin: an indented fence may belong to a list item above it.
 */
export function opensFlatBlock(line: string, paragraphMayBeOpen: boolean): boolean {
  if (line.length === 0) return false;
  const first = line.charCodeAt(0);
  if (first === 96 /* ` */ || first === 126 /* ~ */ || first === 36 /* $ */) return fenceCloser(line) !== undefined;
  if (first !== 45 /* - */ && first !== 42 /* * */ && first !== 95 /* _ */) return false;
  return thematicBreak.test(line) && !(paragraphMayBeOpen && setextHyphens.test(line));
}

/** The names of CommonMark's HTML block kind 6 (micromark-util-html-tag-name's htmlBlockNames). */
const blockNames = new Set(
  ('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup ' +
    'option p param search section summary table tbody td tfoot th thead title tr track ul').split(' '),
);
const rawNames = /^(?:pre|script|style|textarea)$/i;
const tagStart = /^ {0,3}<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/;
// Kind 7: a complete open or closing tag alone on its line (micromark's attribute grammar).
const attribute = String.raw`[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>\x60]+|"[^"]*"|'[^']*'))?`;
const completeOpenTag = new RegExp(String.raw`^ {0,3}<[A-Za-z][A-Za-z0-9-]*(?:${attribute})*[ \t]*/?>[ \t]*$`);
const completeCloseTag = /^ {0,3}<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>[ \t]*$/;

/**
 * The HTML blocks that end at a blank line: kind 6 (a block-level tag name, which interrupts a paragraph) and kind 7
 * (any other complete tag alone on its line, which does not). Inside one, a fence line opens nothing: "<div>" then
 * "```" is HTML up to the next blank line.
 */
export function opensHtmlToBlankLine(line: string, paragraphMayBeOpen: boolean): boolean {
  const tag = tagStart.exec(line);
  if (!tag) return false;
  if (blockNames.has(tag[2].toLowerCase())) return true;
  // "<pre>" opens kind 1 (to "</pre>"); "</pre>" alone is kind 7.
  if (paragraphMayBeOpen || (!tag[1] && rawNames.test(tag[2]))) return false;
  return tag[1] ? completeCloseTag.test(line) : completeOpenTag.test(line);
}

/**
 * The HTML blocks of kinds 1 to 5 (<pre>/<script>/<style>/<textarea>, comments, processing instructions,
 * declarations, CDATA), which may run past blank lines: the test for the line that ends them, or undefined if none
 * opens here or it ends on its own first line ("<!-- x -->").
 */
export function htmlCloser(line: string): Closer | undefined {
  const opening = htmlOpening(line);
  if (!opening) return undefined;
  return opening.end.test(line.slice(opening.after)) ? undefined : (l) => opening.end.test(l);
}

function htmlOpening(line: string): { end: RegExp; after: number } | undefined {
  let m = /^ {0,3}<!--/.exec(line);
  if (m) return { end: /-->/, after: m[0].length };
  m = /^ {0,3}<(pre|script|style|textarea)(?=[ \t>]|$)/i.exec(line);
  if (m) return { end: new RegExp(`</${m[1]}>`, 'i'), after: m[0].length };
  m = /^ {0,3}<\?/.exec(line);
  if (m) return { end: /\?>/, after: m[0].length };
  m = /^ {0,3}<!\[CDATA\[/.exec(line);
  if (m) return { end: /\]\]>/, after: m[0].length };
  m = /^ {0,3}<![A-Za-z]/.exec(line);
  if (m) return { end: />/, after: m[0].length };
  return undefined;
}

const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * What a line was to the blocks around it (BlockTracker.read): outside every fence, math block and HTML block (it
 * may open one); a line of one that was open before it (its closing line too); or outside them, opening a fence,
 * math block or thematic break at the left margin, outside every container.
 */
export const LineRole = { Free: 0, Inside: 1, OpensFlat: 2 } as const;
export type LineRole = (typeof LineRole)[keyof typeof LineRole];

/**
 * Follows the blocks that span lines, one line at a time (lines without their line ending), inside block quotes
 * and list items as well (markdownContainers.ts): the leaf block open in the innermost container, which a fence,
 * math block or HTML block running on keeps to itself, and a paragraph that a line leaving the containers may
 * continue lazily.
 */
export class BlockTracker {
  #containers: Container[] = [];
  #breaks = new BreakCheck();
  #closer: Closer | undefined;
  #toBlankLine = false;
  /**
   * Whether the last line may have left a paragraph open (in a container or not): then a complete HTML tag on its
   * own line is text of that paragraph and a line of hyphens underlines it.
   */
  #paragraph = false;
  /** The cells of the paragraph's first line, when it is the paragraph's only line (a table's header row). */
  #headerCells = 0;
  /** Inside a GFM table: its rows are no paragraph, up to a blank line. */
  #table = false;
  /**
   * Indented code, with the blank lines after it: micromark's document reads it as a construct still going on, so
   * a line going on in every container may not start an item "2." or an empty one there, as under a paragraph.
   */
  #indentedCode = false;
  #previousBlank = false;
  #afterIndentedCode = false;

  /**
   * Whether indented code went on up to the line just read (over blank lines): micromark then reads a quote's
   * "> 2." or "> -" with nothing after it as text, where a chunk starting at the quote would read an item.
   */
  get afterIndentedCode(): boolean {
    return this.#afterIndentedCode;
  }

  read(raw: string): LineRole {
    const line = raw.includes('\t') ? expandTabs(raw) : raw;
    const blank = isBlank(line);
    const open = this.#closer !== undefined || this.#toBlankLine;
    this.#afterIndentedCode = this.#indentedCode;
    // After a blank line only list items are left open and no paragraph: another blank line changes nothing (issue
    // 11: 49 items open over 9,850 blank lines would otherwise be checked again on each).
    if (blank && this.#previousBlank) return open ? LineRole.Inside : LineRole.Free;
    this.#previousBlank = blank;
    const paragraphBefore = this.#paragraph;
    const containers = this.#containers;
    let at = 0;
    let continued = 0;
    for (; continued < containers.length; continued++) {
      // A list item in a quote takes "> " as a blank line.
      const container = containers[continued];
      const next = continueContainer(container, line, at, blank || (!container.quote && spacesAt(line, at) === line.length - at));
      if (next < 0) break;
      at = next;
    }
    const all = continued === containers.length;
    if (all && open) {
      // The block running on takes the line: no container opens inside fenced code or HTML.
      if (this.#closer) {
        if (this.#closer(line.slice(at))) this.#closer = undefined;
      } else if (blank || spacesAt(line, at) === line.length - at) {
        // A blank line ends the HTML block, also one blank after its quote's ">".
        this.#toBlankLine = false;
      }
      return LineRole.Inside;
    }
    let opened = false;
    if (!blank) {
      // micromark asks whether a paragraph would be interrupted only on a line that goes on in every container.
      const interrupt = all && (this.#paragraph || this.#indentedCode);
      this.#breaks.reset(line);
      for (let container = openContainer(line, at, interrupt, this.#breaks); container; container = openContainer(line, at, interrupt, this.#breaks)) {
        if (!opened) {
          containers.length = continued;
          this.#endLeaf();
          opened = true;
        }
        containers.push(container.container);
        at = container.at;
      }
    }
    const rest = at === 0 ? line : line.slice(at);
    // Blank after its markers (">"), the line is a blank line inside its containers.
    const restBlank = blank || spacesAt(rest, 0) === rest.length;
    if (!opened && !all) {
      // A line that leaves containers continues their paragraph lazily, unless it starts a block that interrupts one.
      if (!restBlank && this.#paragraph && !interruptsParagraph(rest)) {
        // micromark's quirk: a complete tag alone on the line (HTML kind 7) ends the paragraph but stays in its
        // containers, up to a blank line or the next line leaving them.
        this.#toBlankLine = opensHtmlToBlankLine(rest, false);
        this.#paragraph = !this.#toBlankLine;
        this.#headerCells = 0;
        return LineRole.Free;
      }
      containers.length = continued;
      this.#endLeaf();
    }
    this.#readLeaf(rest, restBlank);
    return containers.length === 0 && at === 0 && opensFlatBlock(line, paragraphBefore) ? LineRole.OpensFlat : LineRole.Free;
  }

  #endLeaf(): void {
    this.#closer = undefined;
    this.#toBlankLine = false;
    this.#paragraph = false;
    this.#headerCells = 0;
    this.#table = false;
    this.#indentedCode = false;
  }

  /** The line's text after its containers' prefixes, in the innermost container, outside any running block. */
  #readLeaf(line: string, blank: boolean): void {
    const closer = blank ? undefined : (fenceCloser(line) ?? htmlCloser(line));
    if (closer) {
      this.#closer = closer;
    } else if (!blank && opensHtmlToBlankLine(line, this.#paragraph)) {
      this.#toBlankLine = true;
    }
    const wasParagraph = this.#paragraph;
    // A table's rows go on up to a blank line or a line that starts another block (indented code, a quote, a list).
    if (blank || closer || this.#toBlankLine || (this.#table && startsOtherBlock(line))) this.#table = false;
    else if (wasParagraph && this.#headerCells > 0 && tableCells(line, true) === this.#headerCells) this.#table = true;
    this.#paragraph = !blank && !closer && !this.#toBlankLine && !this.#table && this.#mayHoldParagraph(line);
    this.#headerCells = this.#paragraph && !wasParagraph ? tableCells(line, false) : 0;
    if (!blank) this.#indentedCode = !wasParagraph && !closer && /^ {4}/.test(line);
  }

  /**
   * Whether a paragraph may be open after this line (which opened no fence or HTML block running on): not after an
   * HTML block of one line, a heading, a thematic break, a heading's underline or indented code.
   */
  #mayHoldParagraph(line: string): boolean {
    if (htmlOpening(line) || thematicBreak.test(line.trimStart())) return false;
    if (this.#paragraph && setextUnderline.test(line)) return false;
    if (!this.#paragraph && /^ {4}/.test(line)) return false;
    return !atxHeading.test(line);
  }
}

/**
 * Whether a line leaving its containers starts a block that interrupts a paragraph (so it is no lazy continuation):
 * a heading, a fence or math block, an HTML block of kinds 1 to 6, a thematic break. Containers it would open are
 * tried before (openContainer).
 */
function interruptsParagraph(line: string): boolean {
  if (/^ {4}/.test(line)) return false;
  return atxHeading.test(line) || fenceCloser(line) !== undefined || htmlOpening(line) !== undefined || opensHtmlToBlankLine(line, true) || thematicBreak.test(line.trim());
}

/**
 * How many cells a table row has (0 if it has no pipe), or, with `delimiter`, a delimiter row ("|---|:-:|") has (0
 * if it is none): a paragraph line of as many cells followed by a delimiter row starts a table (GFM).
 */
function tableCells(line: string, delimiter: boolean): number {
  if (!line.includes('|')) return 0;
  const cells = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  if (delimiter && !cells.every((cell) => /^[ \t]*:?-+:?[ \t]*$/.test(cell))) return 0;
  return cells.length;
}

/** Whether a line starts a block of its own (ending a table): indented code, a quote, a list, a heading, a break, HTML. */
function startsOtherBlock(line: string): boolean {
  return /^(?: {0,3}\t| {4})/.test(line) || containerMarkers.test(line) || atxHeading.test(line) || thematicBreak.test(line.trim()) || htmlOpening(line) !== undefined || tagStart.test(line);
}

/** Block quote and list item markers at the start of a line ("> ", "- ", "1. "), with the space after them. */
const containerMarkers = /^(?: {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)+/;

/**
 * Where YAML front matter ends (after its closing line and that line's ending), or -1 without one: a first line of
 * "---" (after a byte order mark; spaces or tabs may follow), closed by the first line of "---" or "..." (Pandoc's
 * rule; micromark's front matter closes at "---" only, so markdown.ts blanks the front matter before parsing).
 * Lines end at LF, CRLF or a CR alone, as micromark and the chunker (markdownChunks.ts) end them: a chunk that
 * ends after "---\r" must read that line as the one the whole text has.
 */
export function frontMatterEnd(source: SourceText): number {
  // Read line by line through indexOf, so that a text in pieces (sourceText.ts) is not joined for it.
  const open = frontMatterOpening.exec(firstLine(source));
  if (!open) return -1;
  // The next LF, kept across lines until they pass it: a search per line would read the rest of a file of CR
  // endings once per line (its square, with no LF to end it).
  let newline = -2;
  for (let lineStart = open[0].length; lineStart < source.length; ) {
    // The line ends at the first CR or LF (a CR's LF with it), as /\r\n?|\n/ finds it. A CR is looked for in the
    // stretch before the next LF: a search of the rest of the text, which a file with LF endings never ends early,
    // read the whole of a thesis twice per edit (closesFrontMatter; issue 10, stop 56). A long stretch (a file of CR
    // endings) is searched in the text, from the line's start, so that the reading stays linear.
    if (newline === -2 || (newline !== -1 && newline < lineStart)) newline = source.indexOf('\n', lineStart);
    const stretchEnd = newline === -1 ? source.length : newline;
    let cr: number;
    if (stretchEnd - lineStart <= 4096) {
      const at = source.slice(lineStart, stretchEnd).indexOf('\r');
      cr = at === -1 ? -1 : lineStart + at;
    } else cr = source.indexOf('\r', lineStart);
    const ending = cr !== -1 && (newline === -1 || cr < newline) ? cr : newline;
    const line = source.slice(lineStart, ending === -1 ? source.length : ending);
    const endingLength = ending === cr && source.charCodeAt(ending + 1) === 10 ? 2 : 1;
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return ending !== -1 ? ending + endingLength : source.length;
    if (ending === -1) break;
    lineStart = ending + endingLength;
  }
  return -1;
}

const frontMatterOpening = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/;

/** The first line with its LF, or the whole text without one: all that decides whether front matter opens. */
function firstLine(source: SourceText): string {
  const newline = source.indexOf('\n', 0);
  return source.slice(0, newline === -1 ? source.length : newline + 1);
}

/** Whether the source opens front matter (closed or not): a first line of "---", as frontMatterEnd reads it. */
export function opensFrontMatter(source: SourceText): boolean {
  return frontMatterOpening.test(firstLine(source));
}

/**
 * The source with its front matter (if any) turned into blank lines of the same length, so the parser reads
 * nothing there and every offset after it stays where it was.
 */
export function blankFrontMatter(source: string): string {
  const end = frontMatterEnd(source);
  if (end < 0) return source;
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  return source.slice(0, bom) + source.slice(bom, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}
