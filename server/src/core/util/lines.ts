// Line and column arithmetic shared by everything that reports positions to people (CLI, problems, LSP glue).
import { lastAtOrBefore } from './search';

/** A zero-based line and a zero-based UTF-16 column, as in LSP. */
export interface LineColumn {
  line: number;
  character: number;
}

/** Precomputed line starts of a text, for repeated offset-to-position lookups. */
export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(text: string) {
    this.#starts = [0];
    // indexOf finds each newline natively: several times faster than a loop over every character, which
    // matters for library files of hundreds of megabytes.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
    this.#length = text.length;
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  positionAt(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.#length));
    // The first line starts at 0, so a line is always found.
    const line = lastAtOrBefore(this.#starts, clamped);
    return { line, character: clamped - this.#starts[line] };
  }

  offsetAt(position: LineColumn): number {
    if (position.line >= this.#starts.length) return this.#length;
    const start = this.#starts[Math.max(0, position.line)];
    const next = position.line + 1 < this.#starts.length ? this.#starts[position.line + 1] : this.#length + 1;
    return Math.min(start + Math.max(0, position.character), next - 1, this.#length);
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))];
  }
}
