// A document's text as the analysis reads it (issue 10). An edit of a thesis kept as one string is a new copy of
// the whole text: in the analysis worker, one UTF-16 copy of a 100k-word draft per keystroke, ~360 fresh pages
// (a string that large is V8's large-object space, each a fresh mapping) and ~30% of the worker's time. A
// `PieceText` keeps the text in pieces of ~`maxPiece` characters: an edit copies the pieces it touches and
// shares the rest, and each piece is small enough for the young generation, whose pages are reused. What an
// incremental re-check reads (the chunks around the edit, their lines, the lines of a disable directive) it reads
// through `slice`, `charCodeAt`, `indexOf` and `lastIndexOf`; a reader that needs the whole text (a first reading, a
// hover) asks for `flatText`, which joins the pieces once and keeps the result. Markdown and LaTeX are kept in pieces
// (incrementalProse.ts `readsInPieces`); LaTeX's extractor reads one string, so an edit's chunks are read from a
// window, the stretch of the pieces around it (`readLatexChunks`), and only an edit of markup joins them.
import { detach } from './prose';

/** What a reader of the source may ask of it: a string is one; so is a PieceText. */
export interface SourceText {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end: number): string;
  indexOf(search: string, from?: number): number;
  lastIndexOf(search: string, from?: number): number;
}

/** An edit: characters start..end of the text before it became `insert`. */
export interface SourceEdit {
  start: number;
  end: number;
  insert: string;
}

/**
 * A text is cut into pieces this long; an edit lets a piece grow to twice this before it is cut again (so that
 * typing into a full piece does not cut it at every keystroke). Either way a piece stays out of V8's large-object
 * space in both string widths (objects over 128 KiB; 32 Ki two-byte characters are 64 KiB).
 */
const maxPiece = 16384;

export class PieceText implements SourceText {
  #flat: string | undefined;
  readonly length: number;
  /** Where each piece starts in the text. */
  readonly #starts: number[];

  private constructor(
    private pieces: readonly string[],
    /** The longest piece an edit leaves (smaller in tests, so that edits cross many seams). */
    private readonly maxPiece: number,
  ) {
    const starts: number[] = new Array(pieces.length);
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      starts[i] = at;
      at += pieces[i].length;
    }
    this.#starts = starts;
    this.length = at;
  }

  /** The text in pieces of its own (copies of the characters, so that the whole string need not stay alive). */
  static of(text: string, pieceLength = maxPiece): PieceText {
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += pieceLength) pieces.push(detach(text.slice(at, at + pieceLength)));
    return new PieceText(pieces, pieceLength);
  }

  /** Whether the pieces were joined into one string (for tests: an edit of prose, Markdown or LaTeX, should not join them). */
  get joined(): boolean {
    return this.#flat !== undefined;
  }

  /** The number of pieces (for tests). */
  get pieceCount(): number {
    return this.pieces.length;
  }

  /** Index of the piece that holds `offset` (the last piece for the end of the text). */
  #pieceAt(offset: number): number {
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return Number.NaN;
    if (this.#flat !== undefined) return this.#flat.charCodeAt(index);
    const i = this.#pieceAt(index);
    return this.pieces[i].charCodeAt(index - this.#starts[i]);
  }

  /** Characters start..end (clamped as String.prototype.slice clamps non-negative offsets). */
  slice(start: number, end: number = this.length): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.#flat !== undefined) return this.#flat.slice(start, end);
    if (start === end) return '';
    const first = this.#pieceAt(start);
    const last = this.#pieceAt(end - 1);
    if (first === last) return this.pieces[first].slice(start - this.#starts[first], end - this.#starts[first]);
    const parts = [this.pieces[first].slice(start - this.#starts[first])];
    for (let i = first + 1; i < last; i++) parts.push(this.pieces[i]);
    parts.push(this.pieces[last].slice(0, end - this.#starts[last]));
    return parts.join('');
  }

  /** The first `search` at or after `from`, or -1; a match may cross pieces. */
  indexOf(search: string, from = 0): number {
    from = Math.max(0, Math.min(Math.trunc(from) || 0, this.length));
    if (this.#flat !== undefined) return this.#flat.indexOf(search, from);
    if (search.length === 0) return from;
    for (let i = this.#pieceAt(from); i < this.pieces.length; i++) {
      const start = this.#starts[i];
      const own = this.pieces[i].indexOf(search, Math.max(0, from - start));
      if (own !== -1) return start + own;
      // A match that starts in this piece and ends in a later one.
      if (search.length > 1 && i + 1 < this.pieces.length) {
        const seamFrom = Math.max(from, start + this.pieces[i].length - search.length + 1);
        const seam = this.slice(seamFrom, Math.min(this.length, start + this.pieces[i].length + search.length - 1)).indexOf(search);
        if (seam !== -1) return seamFrom + seam;
      }
    }
    return -1;
  }

  /** The last `search` that starts at or before `from` (as String.prototype.lastIndexOf), or -1; a match may cross pieces. */
  lastIndexOf(search: string, from = Number.POSITIVE_INFINITY): number {
    const position = Number.isNaN(from) ? Number.POSITIVE_INFINITY : Math.trunc(from);
    const start = Math.max(0, Math.min(position, this.length - search.length));
    if (this.#flat !== undefined) return this.#flat.lastIndexOf(search, from);
    if (search.length > this.length) return -1;
    if (search.length === 0) return start;
    for (let i = this.#pieceAt(start); i >= 0; i--) {
      const pieceStart = this.#starts[i];
      const pieceEnd = pieceStart + this.pieces[i].length;
      // A match that starts in this piece and ends in a later one starts after any match inside it: look first.
      if (search.length > 1 && i + 1 < this.pieces.length) {
        const seamFrom = Math.max(pieceStart, pieceEnd - search.length + 1);
        if (seamFrom <= start) {
          const seam = this.slice(seamFrom, Math.min(this.length, pieceEnd + search.length - 1)).lastIndexOf(search, start - seamFrom);
          if (seam !== -1) return seamFrom + seam;
        }
      }
      const own = this.pieces[i].lastIndexOf(search, start - pieceStart);
      if (own !== -1) return pieceStart + own;
    }
    return -1;
  }

  /** The whole text as one string, joined the first time it is asked for. */
  flat(): string {
    if (this.#flat === undefined) {
      const flat = this.pieces.join('');
      // The pieces become views of the joined text (V8's sliced strings share its characters): one copy, not two.
      this.pieces = this.pieces.map((piece, i) => flat.slice(this.#starts[i], this.#starts[i] + piece.length));
      this.#flat = flat;
    }
    return this.#flat;
  }

  /** The text `edits` (in order, each in the offsets of the text before it) make of this one; untouched pieces are shared. */
  edited(edits: readonly SourceEdit[]): PieceText {
    let text: PieceText = this;
    for (const edit of edits) text = text.#editedOnce(edit);
    return text;
  }

  #editedOnce(edit: SourceEdit): PieceText {
    const start = Math.max(0, Math.min(edit.start, this.length));
    const end = Math.max(start, Math.min(edit.end, this.length));
    if (start === end && edit.insert === '') return this;
    const pieces = this.pieces;
    const maxPiece = this.maxPiece;
    if (pieces.length === 0) return PieceText.of(edit.insert, maxPiece);
    let first = this.#pieceAt(start);
    let last = this.#pieceAt(Math.max(start, end - 1));
    // A short piece is joined with its neighbour, so that deletions do not leave the text in crumbs.
    if (first > 0 && pieces[first - 1].length < maxPiece / 4) first--;
    if (last + 1 < pieces.length && pieces[last + 1].length < maxPiece / 4) last++;
    const from = this.#starts[first];
    const to = this.#starts[last] + pieces[last].length;
    const middle = this.slice(from, start) + edit.insert + this.slice(end, to);
    const replaced: string[] = [];
    if (middle.length <= 2 * maxPiece) replaced.push(detach(middle));
    else {
      // Split evenly, so that no piece is left much shorter than the others.
      const count = Math.ceil(middle.length / maxPiece);
      const size = Math.ceil(middle.length / count);
      for (let at = 0; at < middle.length; at += size) replaced.push(detach(middle.slice(at, at + size)));
    }
    const next = pieces.slice(0, first);
    for (const piece of replaced) if (piece.length > 0) next.push(piece);
    for (let i = last + 1; i < pieces.length; i++) next.push(pieces[i]);
    return new PieceText(next, maxPiece);
  }
}

/** The whole text as one string: a PieceText is joined (once), a string is itself. */
export function flatText(source: SourceText): string {
  if (typeof source === 'string') return source;
  if (source instanceof PieceText) return source.flat();
  return source.slice(0, source.length);
}
