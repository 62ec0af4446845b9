// Markdown extraction by chunks, so that typing re-parses one paragraph instead of the whole manuscript.
// Parsing is the most expensive step of a check (mdast parses a 50 KB draft in about a fifth of a second),
// and a keystroke changes one chunk. A chunk ends at a blank line after which a new top-level block starts
// at the left margin, outside fenced code, math blocks, HTML comments and front matter; CommonMark never
// carries a block across such a line except for list and link-reference bookkeeping, which prose
// extraction does not depend on. Each chunk's result is cached by its text and shifted to its position.
import { extractMarkdownProse } from './markdown';
import { detach, placeProse, type Directive, type Placement, type ProseBlock, type ProseDocument } from './prose';

const cache = new Map<string, ProseDocument>();
const cacheCapacity = 4000;

/** Forgets cached chunks (for measurements that need a cold start). */
export function clearMarkdownChunkCache(): void {
  cache.clear();
}

export function extractMarkdownProseIncrementally(source: string): ProseDocument {
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  for (const chunk of splitIntoChunks(source)) {
    const extracted = extractMarkdownChunk(source, chunk.start, chunk.end);
    blocks.push(...extracted.blocks);
    directives.push(...extracted.directives);
  }
  return { blocks, directives };
}

/**
 * The prose of one chunk (a range from splitIntoChunks), placed at `placement` (by default where the chunk
 * starts): the chunk is read from its own text, so its blocks' offsets count from the chunk's start.
 */
export function extractMarkdownChunk(source: string, start: number, end: number, placement: Placement = { shift: start }): ProseDocument {
  // The chunk's text is a cache key, and everything read from it is kept: a copy, not a view of the source.
  const text = detach(source.slice(start, end));
  let extracted = cache.get(text);
  if (!extracted) {
    extracted = extractMarkdownProse(text);
    cache.set(text, extracted);
    if (cache.size > cacheCapacity) cache.delete(cache.keys().next().value!);
  }
  return placeProse(extracted, placement);
}


/**
 * Top-level constructs that may run past a blank line, with what ends them: fenced code, math blocks, and
 * the HTML blocks of CommonMark types 1 to 5 (comments, <pre>/<script>/<style>/<textarea>, processing
 * instructions, declarations, CDATA). Each starts only at a line indented by at most three spaces.
 */
function openingAt(line: string): RegExp | undefined {
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  if (fence) {
    if (fence[1][0] === '`' && line.slice(fence[0].length).includes('`')) return undefined; // Not a fence: "```a`".
    const char = fence[1][0] === '`' ? '`' : '~';
    return new RegExp(`^ {0,3}\\${char}{${fence[1].length},}\\s*$`);
  }
  if (/^ {0,3}\$\$/.test(line)) return /^ {0,3}\$\$\s*$/;
  if (/^ {0,3}<!--/.test(line)) return /-->/;
  const raw = /^ {0,3}<(pre|script|style|textarea)(\s|>|$)/i.exec(line);
  if (raw) return new RegExp(`</${raw[1]}>`, 'i');
  if (/^ {0,3}<\?/.test(line)) return /\?>/;
  if (/^ {0,3}<![A-Za-z]/.test(line)) return />/;
  if (/^ {0,3}<!\[CDATA\[/.test(line)) return /\]\]>/;
  return undefined;
}

/** The size from which a list is cut into pieces at its items. */
const longList = 512;

/**
 * Whether `line` starts a list item flush with the margin that ends whatever precedes it: a non-empty bullet
 * item (bullets interrupt paragraphs), or an ordered item right after an ordered item with the same
 * delimiter (another item of that list; after plain text "2. x" would continue the paragraph).
 */
function startsListItem(line: string, previousLine: string): boolean {
  if (/^[-*+][ \t]+\S/.test(line)) return true;
  const ordered = /^\d{1,9}([.)])[ \t]+\S/.exec(line);
  const before = /^\d{1,9}([.)])[ \t]+\S/.exec(previousLine);
  return !!ordered && !!before && ordered[1] === before[1];
}

/**
 * Chunk boundaries: half-open ranges covering the whole source. The first chunk includes any front matter.
 * From `from`, a chunk start of an earlier split, the split goes on as it would from the top: what decides a
 * boundary after a chunk start is the text from that start on. It stops at the first boundary at or after
 * `stopAfter` that `accept` takes (an edit's end, where the old chunks line up again), or the end.
 */
export function splitIntoChunks(source: string, from = 0, stopAfter = Infinity, accept: (position: number) => boolean = () => true): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let chunkStart = from;
  let openUntil: RegExp | undefined;
  let inFrontMatter = from === 0 && (source.startsWith('---\n') || source.startsWith('---\r\n'));
  let previousBlank = false;
  let previousLine = '';
  let lineStart = from;
  let lineNumber = from === 0 ? 0 : 1;
  const boundary = (at: number): boolean => {
    chunks.push({ start: chunkStart, end: at });
    chunkStart = at;
    return at >= stopAfter && accept(at);
  };
  while (lineStart <= source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline + 1;
    const line = source.slice(lineStart, newline === -1 ? source.length : newline).replace(/\r$/, '');
    const blank = line.trim() === '';
    const free = !openUntil && !inFrontMatter;
    // A new chunk may start here: after a blank line, at a line flush with the margin that opens a block.
    // Not at "---": parsed alone, a chunk starting with it would read as front matter.
    if (free && previousBlank && !blank && lineStart > chunkStart && /^[^\s]/.test(line) && !/^([-*+]|\d+[.)])(\s|$)/.test(line) && !line.startsWith('[') && !line.startsWith('---')) {
      if (boundary(lineStart)) return chunks;
    } else if (free && lineStart - chunkStart >= longList && startsListItem(line, previousLine)) {
      // mdast's cost grows with the square of a list's length (a 16 kB list took seconds), so a long list
      // is parsed in pieces, each starting at an item flush with the margin. Such an item ends whatever
      // came before it, so each piece reads as it would in the whole list (tight or loose aside).
      if (boundary(lineStart)) return chunks;
    }
    if (!blank) previousLine = line;
    if (inFrontMatter) {
      if (lineNumber > 0 && /^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    } else if (openUntil) {
      // The HTML block kinds end on the line that holds their end marker; fences and math on a line of their own.
      if (openUntil.test(line)) openUntil = undefined;
    } else {
      const until = openingAt(line);
      // An HTML block that ends on its own first line ("<!-- x -->") is already closed.
      if (until && !(until.source.startsWith('^') === false && until.test(line.replace(/^ {0,3}<(!--|\?|!\[CDATA\[|!|[a-z]+)/i, '')))) openUntil = until;
    }
    previousBlank = blank;
    lineNumber++;
    if (newline === -1) break;
    lineStart = lineEnd;
  }
  chunks.push({ start: chunkStart, end: source.length });
  return chunks;
}
