// LaTeX prose extraction with a small hand-written scanner. It does not expand macros: it knows what the
// common commands and environments mean for prose (see latexCommands.ts) and otherwise keeps the text of
// braced arguments. It runs on unfinished documents while the user types, so every construct has a bounded
// fallback: an unclosed brace, math or environment never hangs it and never throws.
import { citeCommands, type CiteCommandInfo } from './citeCommands';
import { parseDirective } from './directives';
import { greekFromCommand, greekFromMath } from './greek';
import * as args from './latexArguments';
import * as cmd from './latexCommands';
import * as scan from './latexScan';
import { LatexBlocks } from './latexBlocks';
import { collectMacros, mergeMacros, type MacroTable } from './latexMacros';
import type { BlockKind, Directive, ProseBuilder, ProseDocument } from './prose';

const wordChar = /[\p{L}\p{N}]/u;

const hyphen = 0x2d;
const apostrophe = 0x27;
const space = 0x20;

/** Code units #step treats specially (see its switch); every other one it copies as it is. */
const special = new Uint8Array(128);
for (const c of '\n\r \t%\\{}$~&-`\'') special[c.charCodeAt(0)] = 1;

function copiedAsIs(code: number): boolean {
  return code >= 128 || special[code] === 0;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whether the code unit at `src[at]` is what `/\s/` matches (printable ASCII never is). */
function isWhitespace(code: number, src: string, at: number): boolean {
  return code > 0x20 && code < 0x7f ? false : /\s/.test(src[at]);
}

export interface LatexOptions {
  /** Argument-less macros defined elsewhere in the project (the root's preamble); the file's own are added. */
  macros?: MacroTable;
}

/** How deep a macro may expand into other macros: `\def\a{\a}` must end. */
const maxMacroDepth = 8;

class LatexExtractor {
  readonly #src: string;
  readonly #blocks = new LatexBlocks();
  #pos = 0;
  #limit = 0;
  /** True while only whitespace has been read since the last line ending: a line ending then is a paragraph break. */
  #lineStart = true;

  readonly #macros: MacroTable;
  readonly #macroDepth: number;
  #expansions = new Map<string, string>();

  /** Set by `runChunk`: where a chunk may end, and whether it has. */
  #stopAfter = Infinity;
  #accept: (position: number) => boolean = () => true;
  #stopped = false;

  /** `complete`: `macros` already holds the document's own definitions (a chunk is read with the whole table). */
  constructor(source: string, macros: MacroTable | undefined, macroDepth: number, complete = false, expansions?: Map<string, string>) {
    this.#src = source;
    this.#macroDepth = macroDepth;
    this.#macros = macroDepth === 0 && !complete ? mergeMacros(macros, collectMacros(source)) : (macros ?? new Map());
    if (expansions) this.#expansions = expansions;
  }

  run(): ProseDocument {
    const src = this.#src;
    const layout = latexLayout(src);
    this.#limit = layout.limit;
    for (const directive of layout.preambleDirectives) this.#blocks.directive(directive);
    this.#pos = layout.bodyStart;
    while (this.#pos < this.#limit) this.#step();
    return this.#blocks.finish();
  }

  /**
   * Reads the body from `from`, a clean paragraph break (nothing open: see LatexBlocks.isClean), up to the
   * first clean break at or after `stopAfter` that `accept` takes, or the end of the body. From a clean
   * break the extractor is in the state it starts in, so a chunk read alone reads as in the whole document.
   */
  runChunk(from: number, limit: number, stopAfter: number, accept: (position: number) => boolean): { prose: ProseDocument; end: number } {
    this.#limit = limit;
    this.#pos = from;
    this.#stopAfter = stopAfter;
    this.#accept = accept;
    while (this.#pos < this.#limit && !this.#stopped) this.#step();
    return { prose: this.#blocks.finish(), end: Math.min(this.#pos, this.#limit) };
  }

  get #out(): ProseBuilder {
    return this.#blocks.out;
  }

  #directive(start: number, end: number): void {
    const kind = parseDirective(this.#src.slice(start, end).replace(/^%+/, ''));
    if (kind) this.#blocks.directive({ kind, span: { start, end } });
  }

  #step(): void {
    const src = this.#src;
    const c = src[this.#pos];
    if (c === '\n' || c === '\r') return this.#lineEnding();
    if (c === ' ' || c === '\t') {
      // One space stands for any run of spaces; it is copied when it is a plain space.
      const last = this.#out.lastChar;
      if (last !== undefined && !isWhitespace(last.charCodeAt(0), last, 0)) {
        if (c === ' ') this.#out.text(' ', this.#pos);
        else this.#out.synthetic(' ', this.#pos);
      }
      this.#pos++;
      return;
    }
    this.#lineStart = false;
    switch (c) {
      case '%':
        return this.#comment();
      case '\\':
        return this.#command();
      case '{':
        this.#blocks.openBrace();
        this.#pos++;
        return;
      case '}':
        this.#blocks.closeBrace();
        this.#pos++;
        return;
      case '$':
        return src[this.#pos + 1] === '$' ? this.#displayMath('$$', 2) : this.#inlineMath('$', 1);
      case '~':
        this.#out.synthetic(' ', this.#pos++);
        return;
      case '&':
        // An alignment tab outside a table is an error in TeX; reading it as a space is the kindest guess.
        this.#out.space(this.#pos++);
        return;
      case '-':
        if (!this.#ligature('---', '—') && !this.#ligature('--', '–')) this.#copy();
        return;
      case '`':
        if (!this.#ligature('``', '“')) this.#ligature('`', '‘');
        return;
      case "'":
        if (!this.#ligature("''", '”')) this.#copy();
        return;
      default:
        return this.#copy();
    }
  }

  /**
   * Copies the character at #pos and every following one that #step would copy verbatim, as one run: a
   * call per character through #step and the builder was most of the extraction of a long draft. The run
   * takes exactly what #step would: plain characters, a lone `-` or `'` (no ligature follows), and a
   * space after a non-space (the one space #step keeps); anything else ends it and goes back to #step.
   */
  #copy(): void {
    const src = this.#src;
    const start = this.#pos;
    const limit = this.#limit;
    let end = start + 1;
    while (end < limit) {
      const code = src.charCodeAt(end);
      if (copiedAsIs(code)) end++;
      else if ((code === hyphen || code === apostrophe) && src.charCodeAt(end + 1) !== code) end++;
      else if (code === space && !isWhitespace(src.charCodeAt(end - 1), src, end - 1)) end++;
      else break;
    }
    this.#out.text(end === start + 1 ? src[start] : src.slice(start, end), start);
    this.#pos = end;
  }

  /** Replaces `from` by `to` when the source continues with `from`. */
  #ligature(from: string, to: string): boolean {
    if (!this.#src.startsWith(from, this.#pos)) return false;
    this.#out.synthetic(to, this.#pos);
    this.#pos += from.length;
    return true;
  }

  #lineEnding(): void {
    const src = this.#src;
    const at = this.#pos;
    this.#pos += src[at] === '\r' && src[at + 1] === '\n' ? 2 : 1;
    if (!this.#lineStart) {
      this.#out.space(at);
      this.#lineStart = true;
      return;
    }
    this.#blocks.paragraphBreak();
    if (this.#pos >= this.#stopAfter && this.#blocks.isClean && this.#accept(this.#pos)) this.#stopped = true;
  }

  /** A comment runs to the end of the line and, as in TeX, takes the line ending and next indentation with it. */
  #comment(): void {
    const src = this.#src;
    const start = this.#pos;
    let end = src.indexOf('\n', start);
    if (end === -1 || end > this.#limit) end = this.#limit;
    this.#directive(start, src[end - 1] === '\r' ? end - 1 : end);
    let next = end + 1;
    while (src[next] === ' ' || src[next] === '\t') next++;
    this.#pos = Math.min(next, this.#limit);
    this.#lineStart = true;
  }

  /** Inline math: a lone Greek letter becomes the letter, anything else the word "formula". */
  #inlineMath(close: string, openLength: number): void {
    const src = this.#src;
    const start = this.#pos;
    const contentStart = start + openLength;
    const end = scan.findMathEnd(src, close, contentStart, this.#limit, close === '$');
    this.#pos = end.next;
    this.#mathWord(src.slice(contentStart, end.contentEnd), start);
  }

  #mathWord(content: string, start: number): void {
    const out = this.#out;
    const greek = greekFromMath(content);
    if (greek) return out.synthetic(greek, start);
    if (content.trim().length === 0) return;
    if (out.lastChar !== undefined && wordChar.test(out.lastChar)) out.synthetic(' ', start);
    out.synthetic('formula', start);
    if (wordChar.test(this.#src[this.#pos] ?? '')) out.synthetic(' ', start);
  }

  /** Display math sits inside a sentence but is not prose; it is skipped without ending the block. */
  #displayMath(close: string, openLength: number): void {
    this.#pos = scan.findMathEnd(this.#src, close, this.#pos + openLength, this.#limit, close === '$$').next;
  }

  #command(): void {
    const src = this.#src;
    const start = this.#pos;
    const next = src[start + 1];
    if (next === undefined) {
      this.#pos++;
      return;
    }
    if (!/[A-Za-z]/.test(next)) return this.#controlSymbol(start, next);
    let end = start + 1;
    while (end < this.#limit && isAsciiLetter(src.charCodeAt(end))) end++;
    const name = src.slice(start + 1, end);
    if (src[end] === '*') end++;
    this.#pos = end;
    this.#namedCommand(name, start);
  }

  /** A backslash followed by one non-letter: escapes, spacing, accents and math delimiters. */
  #controlSymbol(start: number, symbol: string): void {
    const out = this.#out;
    this.#pos = start + 2;
    if ('%&_#${}'.includes(symbol)) return out.text(symbol, start + 1);
    if (symbol === '(' || symbol === '[') {
      this.#pos = start;
      return symbol === '(' ? this.#inlineMath('\\)', 2) : this.#displayMath('\\]', 2);
    }
    if (symbol === '\\') {
      // A forced line break, possibly with a star and a length: \\*[2pt].
      if (this.#src[this.#pos] === '*') this.#pos++;
      this.#pos = scan.skipOptionals(this.#src, this.#pos, this.#limit);
      return out.space(start);
    }
    if (cmd.accents.has(symbol)) return this.#accent(symbol, start);
    if (' ,;:\n\r\t'.includes(symbol)) return out.space(start);
    // \- (hyphenation point), \/ (italic correction), \@ and \! print nothing.
  }

  /** \'e, \'{e}, \"{\i}, \c{c} ... become the accented letter. */
  #accent(accent: string, start: number): void {
    const read = args.readAccent(this.#src, this.#pos, this.#limit, accent);
    if (!read) return;
    this.#pos = read.end;
    if (read.openGroup) this.#blocks.openBrace();
    if (read.text !== '') this.#out.synthetic(read.text, start);
  }

  #namedCommand(name: string, start: number): void {
    const src = this.#src;
    const out = this.#out;
    const cite = citeCommands.get(name);
    if (cite) return this.#citation(name, cite, start);
    if (cmd.accents.has(name) && (src[this.#pos] === '{' || src[this.#pos] === ' ')) return this.#accent(name, start);
    const symbol = cmd.symbolCommands.get(name);
    if (symbol !== undefined) {
      // Letters such as \ss sit inside words ("Stra\ss e"); as in TeX, the space that ends their name goes.
      if (cmd.letterCommands.has(name)) while (src[this.#pos] === ' ' && /[A-Za-z]/.test(src[this.#pos + 1] ?? '')) this.#pos++;
      return out.synthetic(symbol, start);
    }
    const greek = greekFromCommand(name);
    if (greek) return out.synthetic(greek, start);
    if (cmd.spaceCommands.has(name)) return out.space(start);
    if (cmd.headingCommands.has(name)) return this.#sideArgument('heading', true);
    if (name === 'caption') return this.#sideArgument('caption', false);
    if (name === 'footnote' || name === 'footnotetext') return this.#sideArgument('footnote', false);
    const dropped = cmd.droppedArguments.get(name);
    if (dropped !== undefined) return this.#dropArguments(dropped);
    switch (name) {
      case 'begin':
        return this.#begin();
      case 'end':
        return this.#end();
      case 'item':
        return this.#item();
      case 'par':
        return this.#blocks.breakBlock();
      case 'ensuremath':
        return this.#ensureMath(start);
      case 'verb':
      case 'lstinline':
        this.#pos = args.skipInlineVerbatim(src, this.#pos, this.#limit);
        return;
      case 'iffalse':
        this.#pos = args.skipIfFalse(src, this.#pos, this.#limit);
        return;
    }
    if (cmd.definitionCommands.has(name) || cmd.defCommands.has(name)) {
      this.#pos = args.skipDefinition(src, this.#pos, this.#limit, cmd.definitionCommands.has(name));
      return;
    }
    if (this.#macros.has(name)) return this.#macro(name, start);
    // Unknown command: the name vanishes with its optional arguments; braced arguments are read as text.
    this.#pos = scan.skipOptionals(src, this.#pos, this.#limit);
  }

  /**
   * A user macro (\il for IL-11) reads as the text of its body. Every character of the expansion maps to
   * the macro's backslash, so a diagnostic or hover on the expansion lands on the macro as written.
   */
  #macro(name: string, start: number): void {
    let text = this.#expansions.get(name);
    if (text === undefined) {
      const body = this.#macros.get(name) ?? '';
      text = this.#macroDepth >= maxMacroDepth ? '' : new LatexExtractor(body, this.#macros, this.#macroDepth + 1).run().blocks.map((b) => b.text).join(' ');
      this.#expansions.set(name, text);
    }
    if (text === '') return;
    const out = this.#out;
    if (out.lastChar !== undefined && wordChar.test(out.lastChar) && wordChar.test(text[0])) out.synthetic(' ', start);
    out.synthetic(text, start);
  }

  /** Reads the braced argument of a heading, caption or footnote into a block of its own. */
  #sideArgument(kind: BlockKind, endsParagraph: boolean): void {
    const src = this.#src;
    let p = scan.skipOptionals(src, this.#pos, this.#limit);
    p = scan.skipSpace(src, p, this.#limit);
    if (src[p] !== '{') return;
    if (endsParagraph) this.#blocks.breakBlock();
    this.#pos = p + 1;
    this.#blocks.openSide(kind);
  }

  #dropArguments(count: number): void {
    this.#pos = args.skipArguments(this.#src, this.#pos, this.#limit, count);
  }

  #ensureMath(start: number): void {
    const p = scan.skipSpace(this.#src, this.#pos, this.#limit);
    if (this.#src[p] !== '{') return;
    const end = scan.skipGroup(this.#src, p, this.#limit);
    this.#pos = end;
    this.#mathWord(this.#src.slice(p + 1, this.#src[end - 1] === '}' ? end - 1 : end), start);
  }

  #begin(): void {
    const src = this.#src;
    const env = scan.readEnvironmentName(src, this.#pos, this.#limit);
    if (!env) return;
    this.#pos = env.end;
    const { name } = env;
    if (cmd.mathEnvironments.has(name)) {
      this.#pos = scan.skipEnvironment(src, this.#pos, this.#limit, name, true);
      return;
    }
    const verbatim = cmd.verbatimEnvironments.has(name);
    if (verbatim || cmd.skippedEnvironments.has(name)) {
      this.#blocks.breakBlock();
      this.#pos = scan.skipEnvironment(src, this.#pos, this.#limit, name, verbatim);
      this.#blocks.breakBlock();
      return;
    }
    // Other environments (abstract, itemize, figure, quote, center ...) are paragraph boundaries.
    this.#blocks.beginEnvironment(name);
    this.#pos = scan.skipOptionals(src, this.#pos, this.#limit);
    const count = cmd.environmentArguments.get(name);
    if (count !== undefined) this.#dropArguments(count);
  }

  #end(): void {
    const env = scan.readEnvironmentName(this.#src, this.#pos, this.#limit);
    if (!env) return;
    this.#pos = env.end;
    this.#blocks.endEnvironment(env.name);
  }

  #item(): void {
    this.#blocks.item();
    // A description label (\item[Term]) is dropped: it is rarely part of the sentence that follows.
    this.#pos = scan.skipOptionals(this.#src, scan.skipSpace(this.#src, this.#pos, this.#limit), this.#limit);
  }

  /** \citep[see][p.~3]{a,b}, \citet*{a}, \cites[pre][post]{a}[post]{b}: a marker with every key and its span. */
  #citation(name: string, info: CiteCommandInfo, start: number): void {
    const read = args.readCitation(this.#src, this.#pos, this.#limit, info.multi);
    if (!read) return;
    this.#pos = read.end;
    const out = this.#out;
    // A citation in a footnote belongs to the sentence the footnote annotates.
    const target = this.#blocks.annotated;
    // A parenthetical citation vanishes with the space before it ("shown~\citep{a}." reads "shown."); a
    // textual one reads "Authors" so that the sentence keeps its subject.
    if (!info.textual) out.trimTrailingWhitespace();
    target.citation({ keys: read.keys, span: { start, end: read.end }, command: `\\${name}`, textual: info.textual && target === out });
    if (info.textual) out.synthetic('Authors', start);
  }
}

/** Extracts the prose of a LaTeX document or fragment. Never throws on user text. */
export function extractLatexProse(source: string, options: LatexOptions = {}): ProseDocument {
  return new LatexExtractor(source, options.macros, 0).run();
}

/** Where the prose of a LaTeX source is: the body between \begin{document} and \end{document}, or all of a fragment. */
export interface LatexLayout {
  bodyStart: number;
  limit: number;
  /** Directives in the preamble still count ("% claimlens-disable" at the top of a file). */
  preambleDirectives: Directive[];
}

export function latexLayout(src: string): LatexLayout {
  // In a full document the preamble is not prose; a fragment (no \begin{document}) is all body.
  const begin = scan.findOutsideComment(src, '\\begin{document}', 0);
  const bodyStart = begin === -1 ? 0 : begin + '\\begin{document}'.length;
  const end = scan.findOutsideComment(src, '\\end{document}', bodyStart);
  const preambleDirectives: Directive[] = [];
  for (const comment of scan.comments(src, 0, Math.max(0, begin))) {
    const kind = parseDirective(src.slice(comment.start, comment.end).replace(/^%+/, ''));
    if (kind) preambleDirectives.push({ kind, span: { start: comment.start, end: comment.end } });
  }
  return { bodyStart, limit: end === -1 ? src.length : end, preambleDirectives };
}

/** The macros a chunk is read with: the project's, then the document's own (a later definition wins). */
export function latexDocumentMacros(source: string, inherited?: MacroTable): MacroTable {
  return mergeMacros(inherited, collectMacros(source));
}

/**
 * One chunk of a LaTeX body (see LatexExtractor.runChunk), for incremental extraction: `macros` is the
 * document's whole table and `expansions` the text of each macro, shared by the chunks of one table.
 */
export function extractLatexChunk(
  source: string,
  from: number,
  limit: number,
  stopAfter: number,
  accept: (position: number) => boolean,
  macros: MacroTable,
  expansions: Map<string, string>,
): { prose: ProseDocument; end: number } {
  return new LatexExtractor(source, macros, 0, true, expansions).runChunk(from, limit, stopAfter, accept);
}
