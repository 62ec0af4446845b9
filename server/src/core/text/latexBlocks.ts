// Where the LaTeX extractor's text goes. The main flow of paragraphs is one builder; headings, captions and
// footnotes are read into builders of their own, because a footnote must not split the sentence it sits in
// and a caption is not part of the paragraph around its figure. This class also tracks the open braces and
// environments that decide when those side blocks end and what kind each new block gets.
import { listEnvironments, quoteEnvironments } from './latexCommands';
import { type BlockKind, type Directive, type ProseBlock, type ProseDocument, ProseBuilder, toSourceOffset } from './prose';

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
  /**
   * Indices into #environments: of each name, and of the quote and list environments, innermost last. With
   * them \begin, \end and \item cost the same however many environments are open (a megabyte of unclosed
   * \begin{foo} must not scan the whole stack at every step).
   */
  readonly #byName = new Map<string, number[]>();
  readonly #kinded: number[] = [];
  readonly #lists: number[] = [];

  /** The builder that receives text now: the innermost side block, or the main flow. */
  get out(): ProseBuilder {
    // No `#side[length - 1]` on an empty stack: reading index -1 leaves V8's fast array path, and this
    // getter runs once per source character (a third of LaTeX extraction's time in a 100k-word profile).
    const depth = this.#side.length;
    return depth === 0 ? this.#main : this.#side[depth - 1].builder;
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
    const top = this.#kinded[this.#kinded.length - 1];
    if (top === undefined) return 'paragraph';
    const env = this.#environments[top];
    if (quoteEnvironments.has(env.name)) return 'quote';
    return env.itemSeen ? 'list-item' : 'paragraph';
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

  /** Nothing open (no brace, environment, heading, caption or footnote): a fresh reader could start here. */
  get isClean(): boolean {
    return this.#frames.length === 0 && this.#environments.length === 0 && this.#side.length === 0;
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
    const index = this.#environments.length;
    this.#environments.push({ name, itemSeen: false });
    let same = this.#byName.get(name);
    if (!same) this.#byName.set(name, (same = []));
    same.push(index);
    if (quoteEnvironments.has(name) || listEnvironments.has(name)) this.#kinded.push(index);
    if (listEnvironments.has(name)) this.#lists.push(index);
    this.breakBlock();
  }

  /** Closes the innermost open environment of that name and any left open inside it; a stray \end is ignored. */
  endEnvironment(name: string): void {
    const open = this.#byName.get(name)?.at(-1);
    if (open !== undefined) {
      // Each environment is popped once, so closing costs what opening did.
      while (this.#environments.length > open) {
        const index = this.#environments.length - 1;
        const env = this.#environments.pop()!;
        this.#byName.get(env.name)!.pop();
        if (this.#kinded.at(-1) === index) this.#kinded.pop();
        if (this.#lists.at(-1) === index) this.#lists.pop();
      }
    }
    this.breakBlock();
  }

  /** \item ends the block; in the main flow the next block is a list item. */
  item(): void {
    const list = this.#lists.at(-1);
    if (list !== undefined) this.#environments[list].itemSeen = true;
    const inMain = this.#side.length === 0;
    this.breakBlock();
    if (inMain) this.#main.setKind('list-item');
  }

  finish(): ProseDocument {
    while (this.#side.length > 0) this.#closeSide();
    this.#main.trimTrailingWhitespace();
    const doc = this.#main.finish();
    // Side blocks were built apart from the paragraph they interrupt; put every block in source order.
    const blocks = [...doc.blocks, ...this.#sideBlocks].sort((a, b) => toSourceOffset(a, 0) - toSourceOffset(b, 0));
    return { blocks, directives: doc.directives };
  }
}
