// The open documents of the main thread: the editor's TextDocument (vscode-languageserver-textdocument) with
// its text pending (pendingText.ts). That TextDocument reads its text right after each edit, which makes V8
// copy a thesis per keystroke; this one keeps the edits and puts the text together when a request reads it,
// so that typing costs the main thread line offsets and the edit it passes to the analysis worker (issue 10).
// Positions and line offsets behave as the library's do (the same code, over a pending text).
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import { PendingText } from './pendingText';

export class EditedDocument implements TextDocument {
  #text: PendingText;
  #lineOffsets: number[] | undefined;

  constructor(readonly uri: string, readonly languageId: string, public version: number, content: string) {
    this.#text = PendingText.of(content);
  }

  /** The text with its pending edits: what the analysis worker is sent (as the edits since the last one sent). */
  get pending(): PendingText {
    return this.#text;
  }

  get length(): number {
    return this.#text.length;
  }

  getText(range?: Range): string {
    if (range) {
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      // Before the first pending edit the text is the last one read whole: a slice of it copies nothing.
      return end <= this.#text.untouched ? this.#text.slice(start, end) : this.#whole().slice(start, end);
    }
    return this.#whole();
  }

  /** The whole text, which from now on is the base the next edits are pending on. */
  #whole(): string {
    this.#text = this.#text.readWhole();
    return this.#text.text;
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) {
        const range = wellFormed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.#text = this.#text.edited({ start: startOffset, end: endOffset, insert: change.text });
        const insertedEnd = startOffset + change.text.length;
        const text = this.#text;
        const crlfAtStart = text.charCodeAt(startOffset - 1) === 13 && text.charCodeAt(startOffset) === 10;
        const crlfAtEnd = text.charCodeAt(insertedEnd - 1) === 13 && text.charCodeAt(insertedEnd) === 10;
        if (crlfAtStart || crlfAtEnd || this.#lineOffsets === undefined) {
          // A CRLF pair across the edit's ends is not in the inserted text's line offsets: counted afresh.
          this.#lineOffsets = undefined;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        let lineOffsets = this.#lineOffsets;
        const added = lineOffsetsOf(change.text, false, startOffset);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
        } else if (added.length < 10000) {
          lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
        } else {
          this.#lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
      } else {
        this.#text = PendingText.of(change.text);
        this.#lineOffsets = undefined;
      }
    }
    this.version = version;
  }

  #offsets(): number[] {
    this.#lineOffsets ??= lineOffsetsOf(this.#whole(), true);
    return this.#lineOffsets;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.#text.length), 0);
    const lineOffsets = this.#offsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    // Only the last two characters before the next line can end this one (a CR LF pair); an offset before
    // them needs no look at the text, which through many pending edits is a walk over them (this runs for
    // every block of a thesis on every publish: lsp/blockDiagnostics.ts).
    if (line + 1 < lineOffsets.length && offset < lineOffsets[line + 1] - 1) return { line, character: offset - lineOffsets[line] };
    offset = this.#beforeEndOfLine(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.#offsets();
    if (position.line >= lineOffsets.length) return this.#text.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.#text.length;
    return this.#beforeEndOfLine(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.#offsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.#text.length - lineOffsets[lastLine] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.#text.length;
    const endOffset = this.#beforeEndOfLine(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.#offsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.#text.length;
    const endOfLine = this.#beforeEndOfLine(nextLineOffset, lineOffsets[line]);
    let characters = '';
    for (let at = endOfLine; at < nextLineOffset; at++) characters += String.fromCharCode(this.#text.charCodeAt(at));
    return characters;
  }

  get lineCount(): number {
    return this.#offsets().length;
  }

  #beforeEndOfLine(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEndOfLine(this.#text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/** What `TextDocuments` makes and updates documents with (in place of the library's TextDocument). */
export const editedDocuments = {
  create: (uri: string, languageId: string, version: number, content: string): EditedDocument => new EditedDocument(uri, languageId, version, content),
  update: (document: EditedDocument, changes: TextDocumentContentChangeEvent[], version: number): EditedDocument => {
    document.update(changes, version);
    return document;
  },
};

/** A document's text with its pending edits (any other TextDocument: its text, read whole). */
export function pendingTextOf(document: TextDocument): PendingText {
  return document instanceof EditedDocument ? document.pending : PendingText.of(document.getText());
}

/** A document's length, without reading its text. */
export function lengthOf(document: TextDocument): number {
  return document instanceof EditedDocument ? document.length : document.getText().length;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

function isEndOfLine(char: number): boolean {
  return char === 13 || char === 10;
}

function lineOffsetsOf(text: string, isAtLineStart: boolean, textOffset = 0): number[] {
  const result: number[] = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEndOfLine(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
