// Prose extraction turns a Markdown or LaTeX source into the plain text a reader sees, one block per
// paragraph, heading or list item, with every plain-text character mapped back to its source offset.
// Markup, code, math and comments disappear; citation commands become markers attached to their place in
// the text; ClaimLens directives in comments are collected. Everything downstream (sentences, entities,
// claims) works on the plain text and uses the map to report source ranges.

/** A half-open range of offsets in the source document. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** One cited key with where it is written, so that hovers and quick fixes can address it on its own. */
export interface CitedKey {
  key: string;
  span: SourceSpan;
}

/** A citation command (\citep{a,b}) or a Pandoc citation ([@a; @b], @a) found in the prose. */
export interface CitationMarker {
  keys: CitedKey[];
  /** The whole command, from the backslash or bracket to the closing brace or bracket. */
  span: SourceSpan;
  /** "\\citep", "\\textcite", "[@", "@" ... */
  command: string;
  /** Textual citations (\citet, \textcite, a bare @key) stand for the authors' names in the sentence. */
  textual: boolean;
  /** Where the marker sits in its block's plain text. */
  plainOffset: number;
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'own-finding';

/** A ClaimLens instruction written in a comment: `% claimlens-disable-next-line`, `<!-- claimlens-own-finding -->`. */
export interface Directive {
  kind: DirectiveKind;
  span: SourceSpan;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'caption' | 'footnote' | 'quote' | 'table-cell';

/**
 * Where a chunk of the source is now, against where it was read (issue 10). The blocks of one chunk share
 * one placement; an edit above the chunk moves it by adding to `shift` once, instead of rewriting the chunk's
 * blocks and every sentence and diagnostic made from them: their source positions are computed when read.
 */
export interface Placement {
  shift: number;
}

/** One paragraph-like unit of prose. Sentences never cross blocks. */
export interface ProseBlock {
  kind: BlockKind;
  text: string;
  /**
   * sourceOffsets[i] plus the placement's shift is the source offset of text[i]; index text.length gives the
   * end of the last character. Read them through `toSourceOffset`.
   */
  sourceOffsets: Int32Array;
  /** Shared by the blocks of a chunk (absent: the offsets are the source's). */
  placement?: Placement;
  citations: CitationMarker[];
}

export interface ProseDocument {
  blocks: ProseBlock[];
  directives: Directive[];
}

/** What to add to a block's sourceOffsets for this version of the document. */
export function blockShift(block: ProseBlock): number {
  return block.placement === undefined ? 0 : block.placement.shift;
}

/** Maps a plain-text offset of a block to a source offset. Offsets past the end map to the end of the block. */
export function toSourceOffset(block: ProseBlock, plainOffset: number): number {
  const clamped = plainOffset < 0 ? 0 : plainOffset > block.text.length ? block.text.length : plainOffset;
  return block.sourceOffsets[clamped] + blockShift(block);
}

/**
 * A copy of a piece of the source that does not keep the source alive. V8 represents a slice of 13 or more
 * characters as a view into the whole string, so a citation key or a cached chunk text kept from one version
 * of a thesis kept that version's 1.5 MB text with it: a server leaked a copy of the document per edit.
 * Concatenating and slicing makes V8 copy the characters into a string of their own.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Where a block starts and ends in the source. */
export function blockSourceRange(block: ProseBlock): SourceSpan {
  return { start: toSourceOffset(block, 0), end: toSourceOffset(block, block.text.length) };
}

function shiftSpan<T extends SourceSpan>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/**
 * The blocks and directives of a document as an extractor returns it (no placements), placed: each block gets
 * `placement`, whose shift is added to its offsets, and citations and directives are copied with their
 * spans moved by the same shift. The offset maps are shared, not copied.
 */
export function placeProse(doc: ProseDocument, placement: Placement): ProseDocument {
  const by = placement.shift;
  return {
    blocks: doc.blocks.map((block) => ({
      kind: block.kind,
      text: block.text,
      sourceOffsets: block.sourceOffsets,
      placement,
      citations: block.citations.map((c) => ({ ...c, span: shiftSpan(c.span, by), keys: c.keys.map((k) => ({ ...k, span: shiftSpan(k.span, by) })) })),
    })),
    directives: doc.directives.map((d) => ({ ...d, span: shiftSpan(d.span, by) })),
  };
}

/**
 * Moves placed prose by `by` characters (text inserted or deleted before it): the placement once, and the
 * spans of its citations and directives in place (plain data that other features read as they are; a chunk
 * has few of them). Blocks, sentences and diagnostics are not touched.
 */
export function moveProse(placement: Placement, blocks: readonly ProseBlock[], directives: readonly Directive[], by: number): void {
  if (by === 0) return;
  placement.shift += by;
  for (const block of blocks) {
    for (const citation of block.citations) {
      citation.span.start += by;
      citation.span.end += by;
      for (const key of citation.keys) {
        key.span.start += by;
        key.span.end += by;
      }
    }
  }
  for (const directive of directives) {
    directive.span.start += by;
    directive.span.end += by;
  }
}

/** Maps a half-open plain-text range of a block to a half-open source span. */
export function toSourceSpan(block: ProseBlock, start: number, end: number): SourceSpan {
  if (end <= start) {
    const at = toSourceOffset(block, start);
    return { start: at, end: at };
  }
  // The end of a range is one past the source offset of its last character, which stays right even when
  // markup sits between the last character and the next one.
  return { start: toSourceOffset(block, start), end: toSourceOffset(block, end - 1) + 1 };
}

/**
 * Builds blocks from runs of text. Extractors call `text` for characters copied from the source,
 * `synthetic` for characters that stand for markup (a space for a line break, "α" for `$\alpha$`), and
 * `endBlock` at paragraph boundaries. Empty or whitespace-only blocks are dropped.
 */
export class ProseBuilder {
  readonly #blocks: ProseBlock[] = [];
  readonly #directives: Directive[] = [];
  // The current block's text as the strings appended (joined at the block's end), and its characters' source
  // offsets in a typed array grown by doubling: pushing one string per character into arrays and joining them cost
  // most of the extraction of a long paragraph. Extractors append runs (a line, a stretch between markup), so the
  // pieces are few; copying each code unit into a second typed array and decoding it again at the block's end was
  // 14% of a draft's Markdown extraction (issue 10, stop 36).
  // (The offsets are taken from the last builder that finished, if none has since: a builder per Markdown chunk
  // made and grew its typed arrays for each, ~2% of a thesis's extraction with the collector's part.)
  #pieces: string[] = [];
  #offsets: Int32Array;
  #length = 0;
  #citations: CitationMarker[] = [];
  #kind: BlockKind = 'paragraph';
  #endOffset = 0;

  constructor() {
    const spare = spareBuffers;
    spareBuffers = undefined;
    this.#offsets = spare ?? new Int32Array(256);
  }

  #reserve(more: number): void {
    if (this.#length + more <= this.#offsets.length) return;
    const size = Math.max(this.#offsets.length * 2, this.#length + more);
    const offsets = new Int32Array(size);
    offsets.set(this.#offsets.subarray(0, this.#length));
    this.#offsets = offsets;
  }

  /** Appends source text that starts at `sourceStart` and is copied verbatim. */
  text(value: string, sourceStart: number): void {
    this.#reserve(value.length);
    // The array and the length in locals: a long run (a 20 kB line is one) is copied by code that has run
    // only a few times, where each private field read in the loop costs (issue 11).
    const offsets = this.#offsets;
    const at = this.#length;
    for (let i = 0; i < value.length; i++) offsets[at + i] = sourceStart + i;
    if (value.length > 0) this.#pieces.push(value);
    this.#length = at + value.length;
    this.#endOffset = sourceStart + value.length;
  }

  /** Appends characters that do not exist in the source; all of them map to `sourceOffset`. */
  synthetic(value: string, sourceOffset: number): void {
    this.#reserve(value.length);
    for (let i = 0; i < value.length; i++) this.#offsets[this.#length++] = sourceOffset;
    if (value.length > 0) this.#pieces.push(value);
    this.#endOffset = Math.max(this.#endOffset, sourceOffset);
  }

  /** Appends a single space unless the text is empty or already ends in whitespace. */
  space(sourceOffset: number): void {
    const last = this.lastChar;
    if (last !== undefined && !/\s/.test(last)) this.synthetic(' ', sourceOffset);
  }

  /**
   * Removes whitespace at the end of the current block. Extractors call it before a parenthetical citation
   * that vanishes, so that "shown [@a]." reads "shown." rather than "shown .".
   */
  trimTrailingWhitespace(): void {
    // Code unit by code unit from the end, through as many pieces as are whitespace to their start.
    const pieces = this.#pieces;
    while (pieces.length > 0) {
      const piece = pieces[pieces.length - 1];
      let keep = piece.length;
      while (keep > 0 && /\s/.test(piece[keep - 1])) keep--;
      this.#length -= piece.length - keep;
      if (keep > 0) {
        if (keep < piece.length) pieces[pieces.length - 1] = piece.slice(0, keep);
        break;
      }
      pieces.pop();
    }
    // A citation recorded after the removed whitespace now sits at the new end of the text. Markers are in
    // text order, so only the last few can be affected.
    for (let i = this.#citations.length - 1; i >= 0 && this.#citations[i].plainOffset > this.#length; i--) {
      this.#citations[i].plainOffset = this.#length;
    }
  }

  /** The last character of the current block, if any; extractors use it to decide whether a space is needed. */
  get lastChar(): string | undefined {
    const pieces = this.#pieces;
    if (pieces.length === 0) return undefined;
    const piece = pieces[pieces.length - 1];
    return piece[piece.length - 1];
  }

  /** Records a citation at the current end of the plain text. */
  citation(marker: Omit<CitationMarker, 'plainOffset'>): void {
    // Field by field, in the marker's order, rather than spread: a spread copy is a generic clone of whatever
    // shape it is given (issue 10: ~5% of a draft's Markdown extraction). Callers pass exactly these four fields.
    this.#citations.push({ keys: marker.keys, span: marker.span, command: marker.command, textual: marker.textual, plainOffset: this.#length });
  }

  directive(directive: Directive): void {
    this.#directives.push(directive);
  }

  /** The kind of the block being built; extractors set it when a block starts. */
  setKind(kind: BlockKind): void {
    this.#kind = kind;
  }

  get currentLength(): number {
    return this.#length;
  }

  endBlock(): void {
    const length = this.#length;
    // A string of its own, flat (a join makes one): not a slice of the run's source, which would keep that alive and
    // make every later read of the block's text go through it (a text made by detach() is such a slice).
    const text = this.#pieces.length === 1 ? flatCopy(this.#pieces[0]) : this.#pieces.join('');
    if (text.trim().length > 0 || this.#citations.length > 0) {
      const offsets = new Int32Array(length + 1);
      offsets.set(this.#offsets.subarray(0, length));
      // A block of citations only (no text) sits where its first citation is.
      offsets[length] = length > 0 ? this.#offsets[length - 1] + 1 : (this.#citations[0]?.span.start ?? this.#endOffset);
      this.#blocks.push({ kind: this.#kind, text, sourceOffsets: offsets, citations: this.#citations });
    }
    this.#length = 0;
    this.#pieces = [];
    this.#citations = [];
    this.#kind = 'paragraph';
  }

  finish(): ProseDocument {
    this.endBlock();
    // The arrays for the next builder: endBlock copied out all this one keeps. (Not past a size a document needs
    // only for a rare long paragraph.)
    if (this.#offsets.length <= maxSpareLength) spareBuffers = this.#offsets;
    this.#offsets = new Int32Array(0);
    this.#length = 0;
    return { blocks: this.#blocks, directives: this.#directives };
  }
}

/** `text` as a flat string of its own: V8 returns a slice of 13 or more characters as a view of its parent. */
function flatCopy(text: string): string {
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

/** A finished builder's arrays, for the next builder to take. */
let spareBuffers: Int32Array | undefined;
const maxSpareLength = 1 << 16;

/** The string of the first `length` UTF-16 code units of `codes` (in slices: fromCharCode takes arguments). */
export function decodeCodeUnits(codes: Uint16Array, length: number): string {
  const slice = (from: number, to: number): string => String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
  if (length <= 8192) return slice(0, length);
  const parts: string[] = [];
  for (let at = 0; at < length; at += 8192) parts.push(slice(at, Math.min(length, at + 8192)));
  return parts.join('');
}
