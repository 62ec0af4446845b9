// A document's text as the editor edits it: the text last read whole and the edits made since, put together
// only when something reads the text (issue 10). V8 builds `a.slice(..) + insert + a.slice(..)` without a copy
// but flattens it, a copy of the whole text, the next time it is read; the editor's own TextDocument reads it
// at once, so the main thread copied a 1.4 MB thesis per keystroke only to pass the edit on to the analysis
// worker, and the copies it kept for the next keystroke were what filled its heap. With the text pending, the
// worker gets the edits as they came (`editsSince`) and the main thread reads the whole text for a request.

import type { ChangedRange } from '../core/text/incrementalProse';

/** An edit: characters start..end of the text before it became `insert`. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}


/** More edits than this pending and the text is put together: reading it stays one pass over a few pieces. */
const maxPending = 64;

export class PendingText {
  #text: string | undefined;
  /** No edit starts before this offset: the characters before it are the base's own. */
  readonly untouched: number;

  private constructor(
    /** The text last read whole. */
    readonly base: string,
    /** Identifies `base` (comparing strings would compare their characters). */
    private readonly baseId: object,
    /** The edits since, in order, each in the offsets of the text before it. */
    readonly edits: readonly TextEdit[],
    readonly length: number,
    /** The pending text `base` was put together from: edits since that text are still known. */
    private readonly from?: { baseId: object; edits: readonly TextEdit[] },
  ) {
    let untouched = base.length;
    for (const edit of edits) untouched = Math.min(untouched, edit.start);
    this.untouched = untouched;
    if (edits.length === 0) this.#text = base;
  }

  static of(text: string): PendingText {
    return new PendingText(text, {}, [], text.length);
  }

  /** This text with one more edit (offsets of this text, clamped to it). */
  edited(edit: TextEdit): PendingText {
    const start = Math.max(0, Math.min(edit.start, this.length));
    const end = Math.max(start, Math.min(edit.end, this.length));
    const clamped = { start, end, insert: edit.insert };
    const length = this.length - (end - start) + edit.insert.length;
    if (this.edits.length >= maxPending) return this.readWhole().edited(clamped);
    return new PendingText(this.base, this.baseId, [...this.edits, clamped], length, this.from);
  }

  /** The whole text (put together the first time it is asked for). */
  get text(): string {
    this.#text ??= applyEdits(this.base, this.edits);
    return this.#text;
  }

  /**
   * The same text as a new base, with nothing pending: what a document keeps once its text has been read
   * whole, so that the next edits start from it. The edits that led to it stay known (one step back).
   */
  readWhole(): PendingText {
    if (this.edits.length === 0) return this;
    return new PendingText(this.text, {}, [], this.length, { baseId: this.baseId, edits: this.edits });
  }

  /** The character code at `offset`, read through the pending edits (no copy of the text). */
  charCodeAt(offset: number): number {
    if (this.#text !== undefined) return this.#text.charCodeAt(offset);
    if (offset < this.untouched) return this.base.charCodeAt(offset);
    let at = offset;
    for (let i = this.edits.length - 1; i >= 0; i--) {
      const edit = this.edits[i];
      if (at < edit.start) continue;
      if (at < edit.start + edit.insert.length) return edit.insert.charCodeAt(at - edit.start);
      at += edit.end - edit.start - edit.insert.length;
    }
    return this.base.charCodeAt(at);
  }

  /** Characters start..end; before `untouched` a slice of the base, which copies nothing. */
  slice(start: number, end: number): string {
    if (end <= this.untouched) return this.base.slice(start, end);
    return this.text.slice(start, end);
  }

  /** Characters start..end read through the pending edits: a window near an edit, without the whole text. */
  window(start: number, end: number): string {
    if (end <= this.untouched || this.#text !== undefined || end - start > 65536) return this.slice(start, end);
    const codes: number[] = [];
    for (let at = Math.max(0, start); at < Math.min(end, this.length); at++) codes.push(this.charCodeAt(at));
    let text = '';
    for (let at = 0; at < codes.length; at += 8192) text += String.fromCharCode(...codes.slice(at, at + 8192));
    return text;
  }

  /**
   * The edits that make this text from `older` (a text this one was made from by edits, directly or through
   * one reading whole), or undefined when they are not known: then the two texts must be compared.
   */
  editsSince(older: PendingText): readonly TextEdit[] | undefined {
    if (older === this) return [];
    const after = (baseId: object, edits: readonly TextEdit[]) =>
      older.baseId === baseId && older.edits.length <= edits.length && older.edits.every((edit, i) => edit === edits[i]) ? edits.slice(older.edits.length) : undefined;
    const own = after(this.baseId, this.edits);
    if (own) return own;
    const before = this.from && after(this.from.baseId, this.from.edits);
    return before && [...before, ...this.edits];
  }
}

/** The text `edits` make of `base`, built in one piece (one copy, whatever the number of edits). */
export function applyEdits(base: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return base;
  if (edits.length === 1) {
    const [edit] = edits;
    return [base.slice(0, edit.start), edit.insert, base.slice(edit.end)].join('');
  }
  // Pieces of the base (as [start, end)) and inserted strings, edited in place edit by edit.
  let pieces: (string | [number, number])[] = [[0, base.length]];
  for (const edit of edits) {
    const next: (string | [number, number])[] = [];
    let offset = 0;
    let inserted = false;
    const insert = () => {
      if (!inserted && edit.insert !== '') next.push(edit.insert);
      inserted = true;
    };
    for (const piece of pieces) {
      const length = typeof piece === 'string' ? piece.length : piece[1] - piece[0];
      const pieceEnd = offset + length;
      // The part of the piece before the edit, the insert once, then the part after it.
      if (offset < edit.start) {
        const keep = Math.min(length, edit.start - offset);
        next.push(typeof piece === 'string' ? piece.slice(0, keep) : [piece[0], piece[0] + keep]);
      }
      if (pieceEnd >= edit.start) insert();
      if (pieceEnd > edit.end) {
        const skip = Math.max(0, edit.end - offset);
        next.push(typeof piece === 'string' ? piece.slice(skip) : [piece[0] + skip, piece[1]]);
      }
      offset = pieceEnd;
    }
    insert();
    pieces = next.filter((piece) => (typeof piece === 'string' ? piece.length > 0 : piece[1] > piece[0]));
  }
  return pieces.map((piece) => (typeof piece === 'string' ? piece : base.slice(piece[0], piece[1]))).join('');
}

/** The one range that `edits`, made in order, changed: what `changedRange` would find, or a wider range. */
export function combinedRange(beforeLength: number, edits: readonly TextEdit[]): ChangedRange | undefined {
  if (edits.length === 0) return undefined;
  // Tracked as the untouched head and tail, which every edit can only shorten.
  let length = beforeLength;
  let head = Infinity;
  let tail = Infinity;
  for (const edit of edits) {
    head = Math.min(head, edit.start);
    tail = Math.min(tail, length - edit.end);
    length += edit.insert.length - (edit.end - edit.start);
    // Head and tail never overlap, in the text before the edits or after them.
    tail = Math.min(tail, length - head, beforeLength - head);
  }
  return { start: head, oldEnd: beforeLength - tail, newEnd: length - tail };
}
