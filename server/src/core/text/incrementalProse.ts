// Prose extraction that follows edits (issue 10). A document is read as a list of chunks: in Markdown the
// ranges of markdownChunks.ts, in LaTeX the stretches between clean paragraph breaks (a blank line with no
// brace, environment or heading argument open, where the extractor is in the state it starts in). After an
// edit only the chunks the edit touches are read again, from the last chunk start before the edit until the
// first boundary after it that lines up with an old one; the chunks after it are the old ones, shifted.
// Document-wide facts are tracked: LaTeX macros (an edited definition re-reads the chunks that use the macro,
// and nothing else) and the LaTeX body's limits (a moved \begin{document} reads everything again).
import { extractLatexChunk, latexDocumentMacros, latexLayout, type LatexLayout } from './latex';
import type { MacroTable } from './latexMacros';
import { extractMarkdownChunk, splitIntoChunks } from './markdownChunks';
import { isPlainWordEdit } from './latexPlainEdit';
import { frontMatterEnd, opensFrontMatter } from './markdownFences';
import { extractPlainProse } from './plainText';
import { isLatexLanguage } from './languages';
import { flatText, type SourceText } from './sourceText';
import { moveProse, placeProse, type Directive, type Placement, type ProseBlock, type ProseDocument } from './prose';

/**
 * A chunk is carried over from version to version as the same object: an edit above it moves its `start`,
 * `end` and `placement` (and the spans of its few citations and directives) in place, and its blocks, with
 * everything computed from them, stay as they are (see prose.ts, Placement).
 */
export interface ProseChunk {
  start: number;
  end: number;
  blocks: ProseBlock[];
  directives: Directive[];
  /** Shared by the chunk's blocks: where the chunk is now against where it was read. */
  placement: Placement;
  /** Identifies the chunk as first read, so that results computed for its blocks can be kept with it. */
  origin: object;
  /** Markdown: read without the parser, as holding no prose (markdownChunks.ts, ChunkRange). */
  flat?: boolean;
}

export interface ChunkedProse {
  languageId: string;
  /** A string, or the text in pieces (sourceText.ts): a Markdown edit reads only the chunks around it. */
  source: SourceText;
  chunks: ProseChunk[];
  prose: ProseDocument;
  /** LaTeX only: the body's limits and the preamble's directives, and the macros chunks were read with. */
  layout?: LatexLayout;
  inherited?: MacroTable;
  macros?: MacroTable;
  expansions?: Map<string, string>;
  /** How many chunks this version read afresh (all of them for a first reading). */
  rereadChunks: number;
  /**
   * Shared by every version of a document: the newest one. Chunks are moved in place, so only the newest
   * version's chunks are where they say; an update from an older version reads the document afresh.
   */
  lineage: { latest?: ChunkedProse };
}

/** Where two versions of a text differ: [start, oldEnd) of the first became [start, newEnd) of the second. */
export interface ChangedRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * A change the caller knows (the editor's edits): `before` became the new text by changing `range`. A range
 * wider than what changed is read again as a whole; a narrower one would be wrong.
 */
export interface KnownChange {
  before: SourceText;
  range: ChangedRange;
}

/** The part of `before` that an edit replaced: [start, oldEnd) became [start, newEnd) of `after`. */
export function changedRange(before: string, after: string): ChangedRange | undefined {
  if (before === after) return undefined;
  const shortest = Math.min(before.length, after.length);
  // Stretches of the two texts are compared natively first (a substring of a flat string is a view, and V8
  // compares it as a block of memory), then character by character within the stretch that differs: a
  // character loop over a 750 KB thesis took 6-17 ms per edit, as much as the rest of the re-check.
  const stretch = 2048;
  let start = 0;
  while (start + stretch <= shortest && before.substring(start, start + stretch) === after.substring(start, start + stretch)) start += stretch;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const maxTail = shortest - start;
  while (tail + stretch <= maxTail && before.substring(before.length - tail - stretch, before.length - tail) === after.substring(after.length - tail - stretch, after.length - tail)) tail += stretch;
  while (tail < maxTail && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

function isMarkdown(languageId: string): boolean {
  return languageId === 'markdown';
}

/**
 * Whether an edit of the language is re-read without joining a text in pieces (sourceText.ts): Markdown's
 * chunker and chunks read through slices, and so does a LaTeX edit of a word of prose (readLatexChunks reads the
 * chunks around it from a window; stop 53). Other languages' readers take one string: joining pieces at every
 * edit cost as much as the copy they were to spare (stop 51, publishLatency.ts).
 */
export function readsInPieces(languageId: string): boolean {
  return isMarkdown(languageId) || isLatexLanguage(languageId);
}


function assemble(base: Omit<ChunkedProse, 'prose' | 'lineage'>, lineage: ChunkedProse['lineage'] = {}): ChunkedProse {
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [...(base.layout?.preambleDirectives ?? [])];
  for (const chunk of base.chunks) {
    for (const block of chunk.blocks) blocks.push(block);
    for (const directive of chunk.directives) directives.push(directive);
  }
  // Every field written, in one order, whatever the caller had: a spread of each caller's object made a shape per
  // call site, and the first edits after a full check deoptimized the code that reads them (issue 10).
  const chunked: ChunkedProse = {
    languageId: base.languageId,
    source: base.source,
    chunks: base.chunks,
    prose: { blocks, directives },
    layout: base.layout,
    inherited: base.inherited,
    macros: base.macros,
    expansions: base.expansions,
    rereadChunks: base.rereadChunks,
    lineage,
  };
  lineage.latest = chunked;
  return chunked;
}

/** The same reading for a text that did not change: `previous`'s fields with `source` now, in assemble's shape. */
function sameReading(previous: ChunkedProse, source: SourceText): ChunkedProse {
  const { languageId, chunks, prose, layout, inherited, macros, expansions, lineage } = previous;
  return { languageId, source, chunks, prose, layout, inherited, macros, expansions, rereadChunks: 0, lineage };
}

/** A chunk of prose read in the source's own offsets (LaTeX); its blocks are fresh, so they take the placement as they are. */
function chunkOf(start: number, end: number, prose: ProseDocument): ProseChunk {
  const placement: Placement = { shift: 0 };
  for (const block of prose.blocks) block.placement = placement;
  return { start, end, blocks: prose.blocks, directives: prose.directives, placement, origin: {} };
}

function markdownChunk(source: SourceText, start: number, end: number, flat?: boolean): ProseChunk {
  const placement: Placement = { shift: start };
  const prose = extractMarkdownChunk(source, start, end, placement, flat);
  return { start, end, blocks: prose.blocks, directives: prose.directives, placement, origin: {}, flat };
}

/** Moves a chunk carried over to a new version by `by` characters, in place (see ProseChunk). */
function moveChunk(chunk: ProseChunk, by: number): ProseChunk {
  if (by === 0) return chunk;
  chunk.start += by;
  chunk.end += by;
  moveProse(chunk.placement, chunk.blocks, chunk.directives, by);
  return chunk;
}

/**
 * Characters a LaTeX chunk's reading may look past where it ends: the scanners' longest look-ahead is a multicite
 * command's parenthesised note (500, latexArguments.readCitation); the others are bounded by the paragraph break
 * that ends the chunk, or move the reading on (so the chunk ends after them). A chunk read from a window is kept
 * only when it ends this far before the window's end.
 */
const windowMargin = 2048;

/** A multicite command's notes, `\cites(global)(notes)`: one may follow another, each looked ahead 500 characters. */
const multicitePrenotes = /cites\*?\(/;

/**
 * Reads LaTeX chunks from `from` (a clean break) on, until `done(end)` says a chunk's end lines up. A text in
 * pieces (sourceText.ts) is read through a window, the text from `from` on for `window` characters (an edit's
 * chunks, not a copy of the whole text); a window that proves too short is read again four times as long,
 * and at last to the end of the text. The extractor reads the window in its own offsets; the chunks are placed
 * at `from` (prose.ts, placeProse), so every offset is what a reading of the whole text gives.
 */
export function readLatexChunks(source: SourceText, from: number, limit: number, macros: MacroTable, expansions: Map<string, string>, done: (end: number) => boolean, window = 4 * windowMargin): ProseChunk[] {
  if (typeof source === 'string') return readLatexWindow(source, 0, from, limit, macros, expansions, done, true)!;
  for (let size = window; ; size *= 4) {
    const end = Math.min(source.length, from + size);
    const chunks = readLatexWindow(source.slice(from, end), from, 0, limit - from, macros, expansions, done, end === source.length);
    if (chunks) return chunks;
  }
}

/**
 * Reads chunks from `text`, the source from `base` on (`from` and `limit` in its offsets). Unless `whole` (the
 * text reaches the end of the source), undefined when a chunk ends too near the text's end for its look-aheads
 * to have read only characters of the text (windowMargin), or holds a chain of multicite notes.
 */
function readLatexWindow(text: string, base: number, from: number, limit: number, macros: MacroTable, expansions: Map<string, string>, done: (end: number) => boolean, whole: boolean): ProseChunk[] | undefined {
  const chunks: ProseChunk[] = [];
  const readable = Math.min(limit, text.length);
  let position = from;
  while (position < readable) {
    const read = extractLatexChunk(text, position, readable, position + 1, () => true, macros, expansions);
    if (!whole && (read.end + windowMargin > text.length || multicitePrenotes.test(text.slice(position, read.end)))) return undefined;
    chunks.push(base === 0 ? chunkOf(position, read.end, read.prose) : placedChunkOf(base, position, read.end, read.prose));
    // A chunk always advances: the extractor moves on at every step.
    position = Math.max(read.end, position + 1);
    if (done(base + position)) break;
  }
  return chunks;
}

/** A chunk read from a window that starts at `base` of the source: its blocks keep the window's offsets, placed at `base`. */
function placedChunkOf(base: number, start: number, end: number, prose: ProseDocument): ProseChunk {
  const placement: Placement = { shift: base };
  const placed = placeProse(prose, placement);
  return { start: base + start, end: base + end, blocks: placed.blocks, directives: placed.directives, placement, origin: {} };
}

/** The whole document read as chunks (the first version of a document, or after a change of language). */
export function extractChunked(languageId: string, text: SourceText, inherited?: MacroTable): ChunkedProse {
  // A first reading reads every character: the whole text as one string. The text is kept as it came, so that
  // the next edit's known change (whose `before` is that object) applies to it.
  const source = flatText(text);
  try {
    if (isMarkdown(languageId)) {
      const chunks = splitIntoChunks(source).map((c) => markdownChunk(source, c.start, c.end, c.flat));
      return assemble({ languageId, source: text, chunks, rereadChunks: chunks.length });
    }
    if (isLatexLanguage(languageId)) {
      const layout = latexLayout(source);
      const macros = latexDocumentMacros(source, inherited);
      const expansions = new Map<string, string>();
      const chunks = readLatexChunks(source, layout.bodyStart, layout.limit, macros, expansions, () => false);
      return assemble({ languageId, source: text, chunks, layout, inherited, macros, expansions, rereadChunks: chunks.length });
    }
  } catch {
    // Extraction must never fail on user text (see text/index.ts): the document is read as plain text.
  }
  const plain = extractPlainProse(source);
  return assemble({ languageId, source: text, chunks: [chunkOf(0, source.length, plain)], rereadChunks: 1 });
}

/** Index of the last chunk that starts at or before `offset` (chunks are in order). */
function chunkAt(chunks: readonly ProseChunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (chunks[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The old chunk that starts exactly at `offset`, or -1. */
function chunkStartingAt(chunks: readonly ProseChunk[], offset: number): number {
  const index = chunkAt(chunks, offset);
  return chunks[index]?.start === offset ? index : -1;
}

/**
 * The same document after an edit: the chunks the edit touched are read again, the others shifted. `known`:
 * the edit as the editor sent it, which spares comparing the two texts (6% of the analysis worker's time per
 * keystroke in a thesis); it counts only when it starts from this version's own text.
 */
export function updateChunked(previous: ChunkedProse, languageId: string, source: SourceText, inherited?: MacroTable, known?: KnownChange): ChunkedProse {
  // A project's macros come as a new table whenever its context is rebuilt: what counts is what they say.
  if (previous.languageId !== languageId || !sameMacros(previous.inherited ?? new Map(), inherited ?? new Map())) return extractChunked(languageId, source, inherited);
  // An older version's chunks have moved on with the newer one: read afresh.
  if (previous.lineage.latest !== previous) return extractChunked(languageId, source, inherited);
  const range = known && known.before === previous.source && known.range.newEnd - known.range.oldEnd === source.length - previous.source.length ? known.range : changedRange(flatText(previous.source), flatText(source));
  if (!range) {
    const same = sameReading(previous, source);
    previous.lineage.latest = same;
    return same;
  }
  try {
    if (isMarkdown(languageId) && previous.chunks.length > 0) return updateMarkdown(previous, source, range);
    if (isLatexLanguage(languageId) && previous.layout && previous.macros && previous.expansions) return updateLatex(previous, source, range, inherited);
  } catch {
    // Fall through to a full reading, which has its own fallback.
  }
  return extractChunked(languageId, source, inherited);
}

type Range = ChangedRange;

function updateMarkdown(previous: ChunkedProse, source: SourceText, range: Range): ChunkedProse {
  const old = previous.chunks;
  const delta = range.newEnd - range.oldEnd;
  // A Markdown chunk start is decided by its own first line and what precedes it: restart one chunk before
  // the one the edit is in, whose first line the edit cannot have touched. Front matter is read only by a split
  // from the top, and an opening "---" is closed by the first "---" or "..." line anywhere below: an edit that
  // closes it restarts at the top.
  const first = closesFrontMatter(previous.source, source) ? 0 : Math.max(0, chunkAt(old, range.start) - 1);
  const restart = old[first].start;
  // Not at the old first chunk moved down: at the top, "---" lines may be front matter, and below it they are not.
  const ranges = splitIntoChunks(source, restart, range.newEnd, (at) => at - delta >= range.oldEnd && (at - delta > 0 || at === 0) && chunkStartingAt(old, at - delta) >= 0);
  // The split stopped early only where an old chunk starts (the rest of the text is the old text, shifted).
  const resumeAt = ranges[ranges.length - 1].end;
  const rest = resumeAt < source.length ? chunkStartingAt(old, resumeAt - delta) : -1;
  // A chunk split again with the same text as one it replaces (the chunk before the edit's, or one the diff
  // placed inside the edit: "Part " typed before "Part 0" leaves "Part 0" as it was) is that chunk, moved:
  // re-read, its blocks would be new objects, and their diagnostics would be made and sent again.
  const replaced = new Map<string, ProseChunk[]>();
  for (const chunk of old.slice(first, rest >= 0 ? rest : old.length)) {
    const text = previous.source.slice(chunk.start, chunk.end);
    const list = replaced.get(text);
    if (list) list.push(chunk);
    else replaced.set(text, [chunk]);
  }
  let rereadChunks = 0;
  const fresh = ranges.map((c) => {
    const same = replaced.get(source.slice(c.start, c.end))?.shift();
    // The same text is the same reading, but for front matter, which only the top holds (a flat chunk).
    if (same && !!same.flat === !!c.flat) return moveChunk(same, c.start - same.start);
    rereadChunks++;
    return markdownChunk(source, c.start, c.end, c.flat);
  });
  // Everything is read: now the chunks after the edit move (in place, so this is the last step).
  const kept = rest >= 0 ? old.slice(rest).map((c) => moveChunk(c, delta)) : [];
  // concat, not spreads: a spread's feedback followed which part held the array's first chunk, and deoptimized.
  const chunks = old.slice(0, first).concat(fresh, kept);
  return assemble({ languageId: previous.languageId, source, chunks, rereadChunks }, previous.lineage);
}

/** Whether the edit from `before` to `after` gave an unclosed opening "---" its closing line. */
function closesFrontMatter(before: SourceText, after: SourceText): boolean {
  return opensFrontMatter(after) && frontMatterEnd(after) >= 0 && frontMatterEnd(before) < 0;
}

function sameMacros(a: MacroTable, b: MacroTable): boolean {
  if (a.size !== b.size) return false;
  for (const [name, body] of a) if (b.get(name) !== body) return false;
  return true;
}

/** Names whose expansion differs between two tables, with the macros that use them (a body naming \il). */
function changedMacros(a: MacroTable, b: MacroTable): Set<string> {
  const changed = new Set<string>();
  for (const [name, body] of a) if (b.get(name) !== body) changed.add(name);
  for (const name of b.keys()) if (!a.has(name)) changed.add(name);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, body] of b) {
      if (changed.has(name)) continue;
      if ([...changed].some((c) => usesMacro(body, c))) {
        changed.add(name);
        grew = true;
      }
    }
  }
  return changed;
}

function usesMacro(text: string, name: string, from = 0, to = text.length): boolean {
  for (let at = text.indexOf(`\\${name}`, from); at !== -1 && at < to; at = text.indexOf(`\\${name}`, at + 1)) {
    if (!/[A-Za-z@]/.test(text[at + name.length + 1] ?? '')) return true;
  }
  return false;
}

function updateLatex(previous: ChunkedProse, text: SourceText, range: Range, inherited: MacroTable | undefined): ChunkedProse {
  const oldLayout = previous.layout!;
  // An edit in the preamble, or one that moves where the body starts or ends, is read from the top.
  if (range.start < oldLayout.bodyStart || range.oldEnd > oldLayout.limit) return extractChunked(previous.languageId, text, inherited);
  const delta = range.newEnd - range.oldEnd;
  const touchesBody = range.start <= oldLayout.limit;
  const old = previous.chunks;
  // A word of prose edited (most keystrokes) keeps the body's limits and the macro table: re-reading them
  // over the whole text was most of a LaTeX re-check's extraction (latexPlainEdit.ts). Such an edit reads only
  // the chunks around it, so a text in pieces stays in pieces (readLatexChunks reads them through a window);
  // any other edit reads the whole text for its layout and macros, as one string (a PieceText is joined once).
  const plain = old.length > 0 && touchesBody && isPlainWordEdit(previous.source, text, range, old[chunkAt(old, range.start)].start);
  const source = plain ? text : flatText(text);
  const layout = plain ? { ...oldLayout, limit: oldLayout.limit + delta } : latexLayout(flatText(source));
  if (layout.bodyStart !== oldLayout.bodyStart || layout.limit !== oldLayout.limit + (touchesBody ? delta : 0)) return extractChunked(previous.languageId, text, inherited);
  let macros = previous.macros!;
  let expansions = previous.expansions!;
  let changed = new Set<string>();
  const current = plain ? macros : latexDocumentMacros(flatText(source), inherited);
  if (!sameMacros(macros, current)) {
    changed = changedMacros(macros, current);
    macros = current;
    expansions = new Map();
  }
  let fresh: ProseChunk[] = [];
  let first = old.length;
  let rest = old.length;
  if (old.length > 0 && touchesBody) {
    // A clean break depends only on the text before it: restart at the start of the chunk the edit is in.
    first = chunkAt(old, range.start);
    // The window: the edit and the chunk after it, as they were read (most edits re-read one chunk).
    const next = chunkAt(old, range.oldEnd) + 1;
    const reach = (next < old.length ? old[next].end + delta : range.newEnd) - old[first].start;
    fresh = readLatexChunks(source, old[first].start, layout.limit, macros, expansions, (end) => end >= range.newEnd && end - delta >= range.oldEnd && chunkStartingAt(old, end - delta) >= 0, reach + 2 * windowMargin);
    const resumeAt = fresh.length > 0 ? fresh[fresh.length - 1].end : old[first].start;
    rest = resumeAt < layout.limit ? chunkStartingAt(old, resumeAt - delta) : old.length;
    if (rest < 0) rest = old.length;
  } else if (old.length === 0 && touchesBody) {
    fresh = readLatexChunks(source, layout.bodyStart, layout.limit, macros, expansions, () => false);
    first = 0;
  }
  // Chunks the edit did not touch are moved; those that use a macro whose meaning changed are read again.
  // Everything is read before anything moves (chunks move in place).
  let rereadChunks = fresh.length;
  const reread = (chunk: ProseChunk, by: number): ProseChunk | undefined => {
    const start = chunk.start + by;
    const end = chunk.end + by;
    // Only a non-plain edit changes macros, and its source is one string.
    if (changed.size === 0 || ![...changed].some((name) => usesMacro(flatText(source), name, start, end))) return undefined;
    rereadChunks++;
    return readLatexChunks(source, start, layout.limit, macros, expansions, (at) => at >= end)[0];
  };
  const before = old.slice(0, first).map((c) => reread(c, 0) ?? c);
  const kept = old.slice(rest);
  const rereadAfter = kept.map((c) => reread(c, delta));
  const after = kept.map((c, i) => rereadAfter[i] ?? moveChunk(c, delta));
  return assemble({ languageId: previous.languageId, source: text, chunks: [...before, ...fresh, ...after], layout, inherited, macros, expansions, rereadChunks }, previous.lineage);
}
