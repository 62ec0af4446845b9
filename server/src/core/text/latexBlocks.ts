// Where the LaTeX extractor's text goes. The main flow of paragraphs is one builder; headings, captions and
// footnotes are read into builders of their own, because a footnote must not split the sentence it sits in
// and a caption is not part of the paragraph around its figure. This class also tracks the open braces and
// environments that decide when those side blocks end and what kind each new block gets.
import { listEnvironments, quoteEnvironments } from './latexCommands';
import { type BlockKind, type Directive, type ProseBlock, type ProseDocument, ProseBuilder } from './prose';

interface OpenEnvironment {
  name: string;
  itemSeen: boolean;
}

export class LatexBlocks {
  readonly #main = new ProseBuilder();
  /** Builders for the side blocks being read, innermost last. */
  readonly #side: { builder: ProseBuilder; kind: BlockKind }[] = [];
  readonly #sideBlocks: ProseBlock[] = [];
  /** Open braces; a "side" brace is the argument of a heading, caption or footnote. */
  readonly #frames: boolean[] = [];
  readonly #environments: OpenEnvironment[] = [];

  /** The builder that receives text now: the innermost side block, or the main flow. */
  get out(): ProseBuilder {
    return this.#side[this.#side.length - 1]?.builder ?? this.#main;
  }

  /** The builder a footnote's citation goes to: the block around the footnote (a footnote in a caption cites for the caption). */
  get annotated(): ProseBuilder {
    for (let i = this.#side.length - 1; i >= 0; i--) if (this.#side[i].kind !== 'footnote') return this.#side[i].builder;
    return this.#main;
  }

  directive(directive: Directive): void {
    this.#main.directive(directive);
  }

  /** The kind a new main-flow block gets, from the environments around it. */
  #defaultKind(): BlockKind {
    for (let i = this.#environments.length - 1; i >= 0; i--) {
      const env = this.#environments[i];
      if (quoteEnvironments.has(env.name)) return 'quote';
      if (listEnvironments.has(env.name)) return env.itemSeen ? 'list-item' : 'paragraph';
    }
    return 'paragraph';
  }

  /**
   * Ends the current block; a side block keeps its kind, the main flow takes the kind of its context. The
   * line ending before a block boundary would leave a trailing space, which is dropped.
   */
  breakBlock(): void {
    const side = this.#side[this.#side.length - 1];
    this.out.trimTrailingWhitespace();
    if (side) {
      side.builder.endBlock();
      side.builder.setKind(side.kind);
    } else {
      this.#main.endBlock();
      this.#main.setKind(this.#defaultKind());
    }
  }

  /** Starts reading the braced argument of a heading, caption or footnote (its `{` has been read). */
  openSide(kind: BlockKind): void {
    const builder = new ProseBuilder();
    builder.setKind(kind);
    this.#side.push({ builder, kind });
    this.#frames.push(true);
  }

  #closeSide(): void {
    const side = this.#side.pop();
    if (!side) return;
    side.builder.trimTrailingWhitespace();
    this.#sideBlocks.push(...side.builder.finish().blocks);
  }

  openBrace(): void {
    this.#frames.push(false);
  }

  /** A closing brace; a stray one (no brace open) is ignored. */
  closeBrace(): void {
    if (this.#frames.pop()) this.#closeSide();
  }

  /**
   * A blank line ends the block. It also closes any heading, caption or footnote argument still open: those
   * are almost always a brace the user has not typed yet, and closing them keeps the rest of the document
   * from being read as one long heading.
   */
  paragraphBreak(): void {
    const lowestSide = this.#side.length > 0 ? this.#frames.indexOf(true) : -1;
    if (lowestSide !== -1) {
      while (this.#frames.length > lowestSide) this.closeBrace();
    }
    this.breakBlock();
  }

  /**
   * Environments other than math and skipped ones are paragraph boundaries. The environment is opened
   * before the break so that the block after the boundary gets its kind (quote, list item).
   */
  beginEnvironment(name: string): void {
    this.#environments.push({ name, itemSeen: false });
    this.breakBlock();
  }

  endEnvironment(name: string): void {
    const open = this.#environments.map((e) => e.name).lastIndexOf(name);
    if (open !== -1) this.#environments.length = open;
    this.breakBlock();
  }

  /** \item ends the block; in the main flow the next block is a list item. */
  item(): void {
    const list = [...this.#environments].reverse().find((e) => listEnvironments.has(e.name));
    if (list) list.itemSeen = true;
    const inMain = this.#side.length === 0;
    this.breakBlock();
    if (inMain) this.#main.setKind('list-item');
  }

  finish(): ProseDocument {
    while (this.#side.length > 0) this.#closeSide();
    this.#main.trimTrailingWhitespace();
    const doc = this.#main.finish();
    // Side blocks were built apart from the paragraph they interrupt; put every block in source order.
    const blocks = [...doc.blocks, ...this.#sideBlocks].sort((a, b) => a.sourceOffsets[0] - b.sourceOffsets[0]);
    return { blocks, directives: doc.directives };
  }
}
