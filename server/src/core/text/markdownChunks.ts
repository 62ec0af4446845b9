// Markdown extraction by chunks, so that typing re-parses one paragraph instead of the whole manuscript.
// Parsing is the most expensive step of a check (mdast parses a 50 KB draft in about a fifth of a second),
// and a keystroke changes one chunk. A chunk ends at a blank line after which a new top-level block starts
// at the left margin, outside fenced code, math blocks, HTML comments and front matter; CommonMark never
// carries a block across such a line except for list and link-reference bookkeeping, which prose
// extraction does not depend on. Each chunk's result is cached by its text and shifted to its position.
import { extractMarkdownProse } from './markdown';
import { BlockTracker, LineRole, frontMatterEnd } from './markdownFences';
import type { SourceText } from './sourceText';
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
    const extracted = extractMarkdownChunk(source, chunk.start, chunk.end, undefined, chunk.flat);
    blocks.push(...extracted.blocks);
    directives.push(...extracted.directives);
  }
  return { blocks, directives };
}

/**
 * The prose of one chunk (a range from splitIntoChunks), placed at `placement` (by default where the chunk
 * starts): the chunk is read from its own text, so its blocks' offsets count from the chunk's start. A `flat` chunk
 * (fences, math blocks, thematic breaks, front matter) holds no prose and is not read.
 */
export function extractMarkdownChunk(source: SourceText, start: number, end: number, placement: Placement = { shift: start }, flat = false): ProseDocument {
  if (flat) return { blocks: [], directives: [] };
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


/** The size from which a list is cut into pieces at its items. */
const longList = 512;

/**
 * Whether `line` starts a list item flush with the margin that ends whatever precedes it: a non-empty bullet
 * item (bullets interrupt paragraphs), or an ordered item right after an ordered item with the same
 * delimiter (another item of that list; after plain text "2. x" would continue the paragraph).
 */
function startsListItem(line: string, previousLine: string, previousBlank: boolean): boolean {
  if (/^[-*+][ \t]+\S/.test(line)) return true;
  // An empty item ("1." or "-" with nothing after it) cannot interrupt a paragraph, but after a blank line there
  // is none to interrupt: it is the next item, or starts a list, as in the whole list. A list of empty items
  // ("1. " and blank lines, issue 11's fuzz) was never cut and cost 70-110 ms per 10 kB.
  if (previousBlank && /^([-*+]|\d{1,9}[.)])[ \t]*$/.test(line)) return true;
  // The line first: asked on every line of a long chunk, blank ones too.
  const ordered = /^\d{1,9}([.)])[ \t]+\S/.exec(line);
  if (!ordered) return false;
  const before = /^\d{1,9}([.)])[ \t]+\S/.exec(previousLine);
  return !!before && ordered[1] === before[1];
}

/** A chunk: a half-open range of the source; `flat` when it holds only blocks without prose (markdownFences.ts). */
export interface ChunkRange {
  start: number;
  end: number;
  flat?: boolean;
}

/**
 * Chunk boundaries: half-open ranges covering the whole source. Front matter, and runs of fenced code, math blocks
 * and thematic breaks starting at the left margin (with the blank lines among and after them), are chunks of their
 * own, marked `flat`: they hold no prose and are not parsed. From `from`, a chunk start of an earlier split, the
 * split goes on as it would from the top: what decides a boundary after a chunk start is the text from that start
 * on (all but the front matter, which only a split from the top reads; updateMarkdown restarts there when an edit
 * below closes it). It stops at the first boundary at or after `stopAfter` that `accept` takes (an edit's end,
 * where the old chunks line up again), or the end.
 */
export function splitIntoChunks(source: SourceText, from = 0, stopAfter = Infinity, accept: (position: number) => boolean = () => true): ChunkRange[] {
  const chunks: ChunkRange[] = [];
  let chunkStart = from;
  const tracker = new BlockTracker();
  // Lines end where micromark ends them: at LF, CRLF, or a CR alone ("$$\r```" is two lines). Before, a source
  // with one lone CR anywhere was cut with no flat chunks at all, and one CR ahead of 2,500 "---" lines cost 75-134
  // ms per 10 kB (issue 11's fuzz). The next CR is looked for only once the lines have passed the last one found.
  let nextCR = source.indexOf('\r', from);
  let flat = false;
  let previousBlank = false;
  let previousLine = '';
  let lineStart = from;
  if (from === 0) {
    const frontMatter = frontMatterEnd(source);
    if (frontMatter > 0) {
      flat = true;
      lineStart = frontMatter;
    }
  }
  const boundary = (at: number): boolean => {
    chunks.push(flat ? { start: chunkStart, end: at, flat } : { start: chunkStart, end: at });
    chunkStart = at;
    return at >= stopAfter && accept(at);
  };
  while (lineStart <= source.length) {
    if (nextCR !== -1 && nextCR < lineStart) nextCR = source.indexOf('\r', lineStart);
    let newline = source.indexOf('\n', lineStart);
    let contentEnd = newline === -1 ? source.length : newline;
    if (nextCR !== -1 && nextCR < contentEnd - 1) {
      // A CR alone ends the line (one right before the LF is the CRLF's, below).
      newline = nextCR;
      contentEnd = nextCR;
    } else if (source.charCodeAt(contentEnd - 1) === 13 && contentEnd > lineStart) {
      contentEnd--;
    }
    const lineEnd = newline === -1 ? source.length : newline + 1;
    const line = source.slice(lineStart, contentEnd);
    const blank = line.trim() === '';
    // What the line is to the fences, math and HTML blocks around it, read before deciding whether a chunk may end
    // above it: a line leaving a list item or quote ends the fence inside it.
    const role = tracker.read(line);
    const free = role !== LineRole.Inside;
    const opensFlat = role === LineRole.OpensFlat;
    if (flat) {
      // A run of prose-free blocks ends at the first line outside them that is neither blank nor opens another.
      if (free && !blank && !opensFlat) {
        if (boundary(lineStart)) return chunks;
        flat = false;
      }
    } else if (opensFlat) {
      if (lineStart > chunkStart && boundary(lineStart)) return chunks;
      flat = true;
    } else if (free && previousBlank && !blank && lineStart > chunkStart && /^[^\s]/.test(line) && !/^([-*+]|\d+[.)])(\s|$)/.test(line) && !line.startsWith('[') && !line.startsWith('---') && !(line.startsWith('>') && tracker.afterIndentedCode)) {
      // A new chunk may start here: after a blank line, at a line flush with the margin that opens a block.
      // Not at "---": parsed alone, a chunk starting with it would read as front matter.
      if (boundary(lineStart)) return chunks;
    } else if (free && lineStart - chunkStart >= longList && startsListItem(line, previousLine, previousBlank)) {
      // mdast's cost grows with the square of a list's length (a 16 kB list took seconds), so a long list
      // is parsed in pieces, each starting at an item flush with the margin. Such an item ends whatever
      // came before it, so each piece reads as it would in the whole list (tight or loose aside).
      if (boundary(lineStart)) return chunks;
    }
    if (!blank) previousLine = line;
    previousBlank = blank;
    if (newline === -1) break;
    lineStart = lineEnd;
  }
  chunks.push(flat ? { start: chunkStart, end: source.length, flat } : { start: chunkStart, end: source.length });
  return chunks;
}
