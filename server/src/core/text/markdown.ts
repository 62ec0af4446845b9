// Markdown prose extraction. mdast (with GFM, math and YAML front matter) finds the structure: which ranges
// are paragraphs, headings, table cells, code or math. The characters themselves are always taken from the
// source at the offsets mdast reports, never from node values alone, because values lose escapes, entities
// and container prefixes ("> ") and would make the offset map wrong.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { parseDirective } from './directives';
import { greekFromMath } from './greek';
import { blankFrontMatter } from './markdownFences';
import { BARRIER, type FoundCitation, type FoundKey, findPandocCitations } from './pandocCitations';
import { letterStartsAt, scanInline } from './markdownInline';
import { extractSimpleMarkdown } from './markdownSimple';
import { extractPlainProse } from './plainText';
import { type BlockKind, type ProseDocument, ProseBuilder, decodeCodeUnits } from './prose';

// mdast's own node types are a closed union; a structural view is enough here and also covers extension
// nodes (math, footnotes, front matter) without importing their type packages.
interface Node {
  type: string;
  value?: string;
  referenceType?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// Copied characters come from the source; synthetic ones stand for markup; barriers mark dropped markup.
export const COPIED = 0;
export const SYNTHETIC = 1;
export const BARRIER_KIND = 2;
type Kind = typeof COPIED | typeof SYNTHETIC | typeof BARRIER_KIND;

/**
 * The visible characters of one paragraph-like node (UTF-16 code units, each with its source offset and
 * kind), collected before citations are cut out of them. Typed arrays grown by doubling: three arrays of
 * one string per character cost most of the extraction of a long paragraph.
 */
export class InlineText {
  codes = new Uint16Array(256);
  offsets = new Int32Array(256);
  kinds = new Uint8Array(256);
  length = 0;

  push(ch: string, offset: number, kind: Kind): void {
    for (let k = 0; k < ch.length; k++) this.pushCode(ch.charCodeAt(k), offset, kind);
  }

  pushCode(code: number, offset: number, kind: Kind): void {
    if (this.length === this.codes.length) this.#grow();
    this.codes[this.length] = code;
    this.offsets[this.length] = offset;
    this.kinds[this.length++] = kind;
  }

  /** Copies the source characters from `from` to `to`, each at its own offset (a run of plain text). */
  pushRun(source: string, from: number, to: number): void {
    while (this.length + (to - from) > this.codes.length) this.#grow();
    const { codes, offsets, kinds } = this;
    let at = this.length;
    for (let i = from; i < to; i++, at++) {
      codes[at] = source.charCodeAt(i);
      offsets[at] = i;
      kinds[at] = COPIED;
    }
    this.length = at;
  }

  #grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    codes.set(this.codes);
    const offsets = new Int32Array(this.codes.length * 2);
    offsets.set(this.offsets);
    const kinds = new Uint8Array(this.codes.length * 2);
    kinds.set(this.kinds);
    [this.codes, this.offsets, this.kinds] = [codes, offsets, kinds];
  }

  /** The last character that is not a barrier, to decide whether a synthetic word needs a space before it. */
  lastVisible(): string | undefined {
    for (let i = this.length - 1; i >= 0; i--) if (this.kinds[i] !== BARRIER_KIND) return String.fromCharCode(this.codes[i]);
    return undefined;
  }

  text(): string {
    return decodeCodeUnits(this.codes, this.length);
  }

  /**
   * An empty InlineText: the one last released, if none has taken it since. Made afresh for every chunk the line
   * reader read (and every node the parser's tree gave), its three arrays and their doublings up to a paragraph's
   * length were ~8% of a draft's Markdown extraction (issue 10, stop 36).
   */
  static take(): InlineText {
    const spare = spareInlineText;
    spareInlineText = undefined;
    return spare ?? new InlineText();
  }

  /** Hands this InlineText to the next `take`: its caller reads it no more. */
  release(): void {
    this.length = 0;
    if (this.codes.length <= maxSpareInlineLength) spareInlineText = this;
  }
}

let spareInlineText: InlineText | undefined;
/** Not past a size a document needs only for a rare long paragraph. */
const maxSpareInlineLength = 1 << 16;

const entity = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|[A-Za-z][A-Za-z0-9]{0,31});/y;

function decodeNumeric(hex: string | undefined, dec: string | undefined): string {
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '0', 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/**
 * Keeps a found citation only if each key was copied from one contiguous stretch of source. The scanner
 * sees the paragraph's visible text, where "@a*b*" reads "@ab" and "@a\_b" reads "@a_b"; a key must not
 * run across markup like that. A bare @key is cut back to its contiguous part; a bracket is dropped.
 */
function checkKeys(citation: FoundCitation, text: InlineText, joined: string): FoundCitation[] {
  const keys: FoundKey[] = [];
  for (const key of citation.keys) {
    let end = key.start;
    while (end < key.end && text.kinds[end] === COPIED && (end === key.start || text.offsets[end] === text.offsets[end - 1] + 1)) end++;
    if (end === key.end) {
      keys.push(key);
      continue;
    }
    if (!citation.textual) return [];
    // A punctuation character left at the end of the cut key belongs to the sentence, as usual.
    while (end > key.start && /[:.#$%&\-+?<>~/]/.test(joined[end - 1])) end--;
    if (end === key.start) return [];
    keys.push({ key: joined.slice(key.start, end), start: key.start, end });
    return [{ ...citation, end, keys }];
  }
  return [citation];
}

type SyntaxExtension = ReturnType<typeof gfm>;

/**
 * GFM's syntax without the constructs a text cannot contain. The table construct is tried at the start of
 * every paragraph and reads its whole first line as a possible header row, and the e-mail autolink is tried
 * at every letter: on a long paragraph they cost ten times the rest of the parse (23 against 2 ms per 10 kB
 * on a 240 kB paragraph). A table needs a pipe; a literal autolink needs "@", "www." or "http(s)://" in the
 * text (after escapes are removed; "&" for a character reference that decodes to one of them).
 */
export function gfmSyntaxFor(text: string): SyntaxExtension {
  const tables = text.includes('|');
  const autolinks = mayHoldAutolink(text);
  const imageFootnotes = mayHoldImageFootnoteCall(text);
  const key = (tables ? 1 : 0) + (autolinks ? 2 : 0) + (imageFootnotes ? 4 : 0);
  return (gfmVariants[key] ??= withoutConstructs(gfm(), [
    ...(tables ? [] : ['table']),
    ...(autolinks ? [] : ['emailAutolink', 'wwwAutolink', 'protocolAutolink']),
    ...(imageFootnotes ? [] : ['gfmPotentialFootnoteCall']),
  ]));
}

/**
 * Whether a text may hold a footnote call right after a "!" ("![^1]"), the only case GFM's construct on every
 * "]" is for: it walks back over all the paragraph's events to find the image opener "![" before it, so a
 * paragraph of many "]" cost time in the square of its length (20 kB of "]" 2.8 s, 40 kB 8 s; found by the
 * fuzz's inputs scaled up, issue 11). The call needs "![" and, after it, "^" first (the label is read with
 * whitespace collapsed, and across lines without a block quote's ">" or a list's indent).
 */
export function mayHoldImageFootnoteCall(text: string): boolean {
  return text.includes('![') && /!\[[\s>]*\^/.test(text);
}

const gfmVariants: SyntaxExtension[] = [];

/**
 * Whether a text may hold a literal autolink: "www.", "http(s)://", or an e-mail address, which needs a
 * letter, digit or one of "+-._" right before its "@" and a dot after it (micromark's e-mail construct and
 * mdast's autolink transform both require them; a citation's "[@key]" has neither). Escapes are removed
 * first and "&" counts as a possible one, as a character reference may decode to "@" (not "&amp;", "&lt;", "&gt;"
 * or "&quot;").
 */
export function mayHoldAutolink(text: string): boolean {
  // The four references of "&", "<", ">" and '"' decode to none of the characters these patterns need, and split
  // no match: a match in the decoded text is one in the text as written.
  // By character codes: the pattern, /&(?!(?:amp|lt|gt|quot);)|www\.|https?:\/\/|[-+.\w]@[-.\w]*\./i, was tried at
  // every position of every chunk, two or three times a chunk (issue 10, stop 36). `autolinkPattern` is kept for the
  // test that compares the two.
  const read = text.includes('\\') ? text.replace(/\\/g, '') : text;
  // Each form is found from a character it must hold, by indexOf (native, and most chunks hold none of "&",
  // "://" or "@"): a loop over every character code that looked at "w" and "h" cost 8% of the extraction of a
  // draft's chunks (issue 10). "www." holds its "." three after the first "w"; "http(s)://" its "://".
  for (let at = read.indexOf('&'); at >= 0; at = read.indexOf('&', at + 1)) {
    if (!(startsWithFolded(read, at + 1, 'amp;') || startsWithFolded(read, at + 1, 'lt;') || startsWithFolded(read, at + 1, 'gt;') || startsWithFolded(read, at + 1, 'quot;'))) return true;
  }
  for (let at = read.indexOf('://'); at >= 0; at = read.indexOf('://', at + 1)) {
    if ((at >= 4 && startsWithFolded(read, at - 4, 'http')) || (at >= 5 && startsWithFolded(read, at - 5, 'https'))) return true;
  }
  for (let at = read.indexOf('.', 3); at >= 0; at = read.indexOf('.', at + 1)) {
    if (startsWithFolded(read, at - 3, 'www')) return true;
  }
  for (let at = read.indexOf('@', 1); at >= 0; at = read.indexOf('@', at + 1)) {
    if (!emailCharacter(read.charCodeAt(at - 1), true)) continue;
    // A dot somewhere in the run of [-.\w] after the "@".
    for (let k = at + 1; k < read.length; k++) {
      const after = read.charCodeAt(k);
      if (after === 46) return true;
      if (!emailCharacter(after, false)) break;
    }
  }
  return false;
}

/** The pattern mayHoldAutolink reads by character codes (for its test). */
export const autolinkPattern = /&(?!(?:amp|lt|gt|quot);)|www\.|https?:\/\/|[-+.\w]@[-.\w]*\./i;

/** Whether `text` holds `lower` (lower-case ASCII letters and marks) at `at`, ASCII letters in either case. */
function startsWithFolded(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const code = text.charCodeAt(at + k);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** [-.\w] (ASCII: the `i` flag without `u` folds no other character into it), with "+" before the "@". */
function emailCharacter(code: number, beforeAt: boolean): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 46 || (beforeAt && code === 43);
}

/**
 * The tree's extensions, made once rather than for every chunk. Where a text cannot hold a literal autolink,
 * GFM's autolink transform (a find-and-replace over every text node of the tree) is left out too.
 */
const mathSyntax = math();
const treeExtensions = [gfmFromMarkdown(), mathFromMarkdown()].flat();
const treeExtensionsWithoutAutolinks = treeExtensions.map((extension) => (extension.transforms ? { ...extension, transforms: [] } : extension));

/**
 * What mdast parses a text with: GFM (without what the text cannot hold) and math. Not micromark's front matter:
 * extract() blanks front matter itself, closed as Pandoc closes it; an unclosed "---" line made micromark read the
 * list item after it as a paragraph ("---\n- a").
 */
export function markdownOptions(text: string): { extensions: SyntaxExtension[]; mdastExtensions: typeof treeExtensions } {
  return {
    extensions: [gfmSyntaxFor(text), mathSyntax],
    mdastExtensions: mayHoldAutolink(text) ? treeExtensions : treeExtensionsWithoutAutolinks,
  };
}

/** A copy of a micromark syntax extension without the constructs of the given names. */
function withoutConstructs(extension: SyntaxExtension, names: readonly string[]): SyntaxExtension {
  if (names.length === 0) return extension;
  const out: Record<string, unknown> = {};
  for (const [field, map] of Object.entries(extension)) {
    if (!map || typeof map !== 'object' || Array.isArray(map)) {
      out[field] = map;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [code, constructs] of Object.entries(map as Record<string, unknown>)) {
      const list = (Array.isArray(constructs) ? constructs : [constructs]).filter((c: { name?: string }) => !names.includes(c?.name ?? ''));
      if (list.length > 0) kept[code] = list;
    }
    out[field] = kept;
  }
  return out as SyntaxExtension;
}

class MarkdownExtractor {
  readonly #source: string;
  readonly #builder = new ProseBuilder();
  /** micromark drops a leading byte order mark and counts offsets without it; this puts it back. */
  readonly #shift: number;

  constructor(source: string) {
    this.#source = source;
    this.#shift = source.startsWith('\uFEFF') ? 1 : 0;
  }

  run(): ProseDocument {
    const text = this.#source.slice(this.#shift);
    // The tree's offsets are those of the text (quietBlankLines keeps every character's place); the characters are
    // always read from the source itself.
    const tree = fromMarkdown(quietBlankLines(text), markdownOptions(text)) as Node;
    this.#block(tree, 'paragraph');
    return this.#builder.finish();
  }

  /**
   * The prose of a source that is one plain paragraph ending at `end` (see plainParagraphEnd): what mdast's
   * paragraph with a single text node gives, each line ending a synthetic space, without the parse.
   */
  runPlainParagraph(end: number): ProseDocument {
    const src = this.#source;
    // The text as #replay joins it. Without a citation in it, what #replay would hand the builder is known
    // at once: the runs between line breaks, each break a synthetic space (issue 11: pushing and replaying
    // each character was a fifth of the check of a 20 kB line).
    const joined = src.slice(0, end).replace(/\n/g, ' ');
    const citations = findPandocCitations(joined);
    // A key that runs over a line break (a braced "@{a\nb}") is checked character by character (checkKeys);
    // every other key of a plain paragraph is one stretch of source, and its citation is cut out directly.
    // (Each key's own characters are looked at: a search from the key to the line's end or start would read a
    // long line once per citation.)
    if (citations.every((c) => c.keys.every((k) => !src.slice(k.start, k.end).includes('\n')))) return this.#plainRuns(src, joined, end, citations);
    const text = new InlineText();
    for (let i = 0; i < end; i++) {
      const code = src.charCodeAt(i);
      if (code === 10) text.pushCode(32, i, SYNTHETIC);
      else text.pushCode(code, i, COPIED);
    }
    replayInline(this.#builder, text, 'paragraph');
    return this.#builder.finish();
  }

  /**
   * What replayInline gives for a plain paragraph: each line's text, each line break a space, each citation
   * cut out as replayInline cuts it (a parenthetical one with the space before it, a textual one read
   * "Authors"). Offsets in the joined text are the source's, so spans need no map.
   */
  #plainRuns(src: string, joined: string, end: number, citations: readonly FoundCitation[]): ProseDocument {
    const b = this.#builder;
    b.setKind('paragraph');
    let from = 0;
    const runsTo = (to: number): void => {
      for (let newline = src.indexOf('\n', from); newline >= 0 && newline < to; newline = src.indexOf('\n', newline + 1)) {
        if (newline > from) b.text(joined.slice(from, newline), from);
        b.synthetic(' ', newline);
        from = newline + 1;
      }
      if (to > from) b.text(joined.slice(from, to), from);
      from = to;
    };
    for (const citation of citations) {
      runsTo(citation.start);
      const span = { start: citation.start, end: citation.end };
      const keys = citation.keys.map((k) => ({ key: k.key, span: { start: k.start, end: k.end } }));
      if (!citation.textual) b.trimTrailingWhitespace();
      b.citation({ keys, span, command: citation.textual ? '@' : '[@', textual: citation.textual });
      if (citation.textual) b.synthetic('Authors', span.start);
      from = citation.end;
    }
    runsTo(end);
    b.endBlock();
    return b.finish();
  }

  #start(node: Node): number {
    return (node.position?.start.offset ?? 0) + this.#shift;
  }

  #end(node: Node): number {
    const end = node.position?.end.offset;
    return end === undefined ? this.#start(node) : end + this.#shift;
  }

  /** Walks block structure; `container` is the kind that paragraphs inside the current container get. */
  #block(node: Node, container: BlockKind): void {
    switch (node.type) {
      case 'paragraph':
        return this.#emitBlock(node, container);
      case 'heading':
        return this.#emitBlock(node, 'heading');
      case 'tableCell':
        return this.#emitBlock(node, 'table-cell');
      case 'html':
        return this.#directives(node);
      case 'code':
      case 'math':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
    }
    const inner: BlockKind =
      node.type === 'blockquote' ? 'quote' : node.type === 'listItem' ? 'list-item' : node.type === 'footnoteDefinition' ? 'footnote' : container;
    for (const child of node.children ?? []) this.#block(child, inner);
  }

  /** Records the ClaimLens directives among the HTML comments of an HTML node. */
  #directives(node: Node): void {
    const start = this.#start(node);
    collectDirectives(this.#builder, this.#source.slice(start, this.#end(node)), start);
  }

  #emitBlock(node: Node, kind: BlockKind): void {
    const text = InlineText.take();
    this.#children(node, text, this.#start(node), this.#end(node));
    replayInline(this.#builder, text, kind);
    text.release();
  }

  #children(node: Node, out: InlineText, cursor: number, bound: number): number {
    for (const child of node.children ?? []) cursor = this.#inline(child, out, cursor, bound);
    return cursor;
  }

  /**
   * Collects one inline node and returns the source offset after it. Nodes made by mdast transforms (GFM
   * autolink literals after a bracket, for one) have no position; they are placed at the cursor, the end
   * of the previous node, and their text is found in the source between there and the parent's end.
   */
  #inline(node: Node, out: InlineText, cursor: number, bound: number): number {
    const positioned = node.position?.start.offset !== undefined && node.position.end.offset !== undefined;
    const start = positioned ? this.#start(node) : cursor;
    const end = positioned ? this.#end(node) : bound;
    const after = positioned ? end : cursor;
    switch (node.type) {
      case 'text':
        return Math.max(after, this.#align(node.value ?? '', start, end, out));
      case 'break':
        out.push(' ', start, SYNTHETIC);
        return after;
      case 'inlineMath':
        pushInlineMath(this.#source, node.value ?? '', start, after, out);
        return after;
      case 'html':
        this.#directives(node);
        out.push(BARRIER, start, BARRIER_KIND);
        return after;
      case 'linkReference':
        // With a matching definition, "[@a]" parses as a shortcut reference; put its brackets back so that
        // the citation scanner still sees a bracketed citation.
        if (positioned && node.referenceType === 'shortcut' && this.#source[start] === '[' && this.#source[end - 1] === ']') {
          out.push('[', start, COPIED);
          this.#children(node, out, start + 1, end - 1);
          out.push(']', end - 1, COPIED);
          return after;
        }
        return Math.max(after, this.#children(node, out, start, end));
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
        return Math.max(after, this.#children(node, out, start, end));
      default:
        // Code spans, images, footnote references and anything unknown are invisible in the prose.
        out.push(BARRIER, start, BARRIER_KIND);
        return after;
    }
  }

  /**
   * Copies a text node's value, finding each character in the node's source range. Backslash escapes,
   * entities, line endings and container prefixes ("> ", list indentation) are the only places where the
   * value and the source differ, and each is stepped over explicitly or by a short forward search.
   */
  #align(value: string, start: number, end: number, out: InlineText): number {
    const src = this.#source;
    let j = start;
    for (let i = 0; i < value.length; ) {
      const c = value[i];
      if (c === '\n' || c === '\r') {
        // A soft line break (LF, CRLF or CR) reads as one space, mapped to the line ending in the source.
        let nl = j;
        while (nl < end && src[nl] !== '\n' && src[nl] !== '\r') nl++;
        out.push(' ', Math.min(nl, Math.max(end - 1, start)), SYNTHETIC);
        j = src[nl] === '\r' && src[nl + 1] === '\n' ? nl + 2 : nl + 1;
        i += c === '\r' && value[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      if (src[j] === '&') {
        entity.lastIndex = j;
        const match = entity.exec(src);
        if (match && match.index === j && !value.startsWith(match[0], i)) {
          const length = this.#decodedLength(match, value, i);
          for (let k = 0; k < length; k++) out.push(value[i + k] ?? '', j, value[i + k] === src[j] ? COPIED : SYNTHETIC);
          i += length;
          j += match[0].length;
          continue;
        }
      }
      if (src.charCodeAt(j) === value.charCodeAt(i)) {
        out.pushCode(value.charCodeAt(i), j, COPIED);
        i++;
        j++;
        continue;
      }
      // Skip forward over escapes and prefixes; a short window keeps this linear on odd input.
      const found = src.indexOf(c, j);
      if (found !== -1 && found < end && found - j <= 256) {
        out.push(c, found, COPIED);
        j = found + 1;
      } else {
        out.push(c, Math.min(j, Math.max(end - 1, start)), SYNTHETIC);
      }
      i++;
    }
    return j;
  }

  /** How many characters of the value an entity reference decoded to (one, or two for a few named ones). */
  #decodedLength(match: RegExpExecArray, value: string, i: number): number {
    if (match[1] !== undefined || match[2] !== undefined) return decodeNumeric(match[1], match[2]).length;
    const next = this.#source[match.index + match[0].length];
    return value[i + 1] !== next && value[i + 2] === next ? 2 : 1;
  }
}

/** Moves a collected paragraph into the builder, cutting out citations and dropping barriers. */
export function replayInline(b: ProseBuilder, text: InlineText, kind: BlockKind): void {
  const joined = text.text();
  const citations = findPandocCitations(joined).flatMap((c) => checkKeys(c, text, joined));
  const { offsets, kinds } = text;
  b.setKind(kind);
  let next = 0;
  let afterBarrier = false;
  // Copied characters with consecutive source offsets go to the builder as one run.
  let run = -1;
  const flush = (end: number): void => {
    if (run >= 0) b.text(joined.slice(run, end), offsets[run]);
    run = -1;
  };
  for (let i = 0; i < text.length; ) {
    const citation = citations[next];
    if (citation && citation.start === i) {
      flush(i);
      next++;
      const span = { start: offsets[citation.start], end: offsets[citation.end - 1] + 1 };
      const keys = citation.keys.map((k) => ({ key: k.key, span: { start: offsets[k.start], end: offsets[k.end - 1] + 1 } }));
      // A parenthetical citation vanishes together with the space before it ("shown [@a]." reads
      // "shown."); a textual one stands for the authors, so the sentence keeps a subject.
      if (!citation.textual) b.trimTrailingWhitespace();
      b.citation({ keys, span, command: citation.textual ? '@' : '[@', textual: citation.textual });
      if (citation.textual) b.synthetic('Authors', span.start);
      i = citation.end;
      continue;
    }
    const k = kinds[i];
    if (k === BARRIER_KIND) {
      flush(i);
      afterBarrier = true;
      i++;
      continue;
    }
    const ch = joined[i];
    // Dropped markup between two spaces would leave a double space ("use `x` here"); keep one. (No run is
    // pending after a barrier, so the builder's last character is the text's.)
    if (afterBarrier && /\s/.test(ch) && (b.lastChar === undefined || /\s/.test(b.lastChar))) {
      i++;
      continue;
    }
    afterBarrier = false;
    if (k === COPIED) {
      if (run >= 0 && offsets[i] !== offsets[i - 1] + 1) flush(i);
      if (run < 0) run = i;
    } else {
      flush(i);
      b.synthetic(ch, offsets[i]);
    }
    i++;
  }
  flush(text.length);
  b.endBlock();
}

/** Records the ClaimLens directives among the HTML comments of an HTML block or inline node at `start`. */
export function collectDirectives(builder: ProseBuilder, html: string, start: number): void {
  // indexOf rather than a lazy regex: with many "<!--" and no "-->" the regex retries to the end from
  // each opener, which is quadratic in the length of an unclosed comment block.
  for (let open = html.indexOf('<!--'); open >= 0; ) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0) break;
    const kind = parseDirective(html.slice(open + 4, close));
    if (kind) builder.directive({ kind, span: { start: start + open, end: start + close + 3 } });
    open = html.indexOf('<!--', close + 3);
  }
}

/** Inline math: a lone Greek letter becomes the letter; anything else becomes the word "formula". */
export function pushInlineMath(source: string, value: string, start: number, end: number, out: InlineText): void {
  const greek = greekFromMath(value);
  if (greek) return out.push(greek, start, SYNTHETIC);
  const before = out.lastVisible();
  if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) out.push(' ', start, SYNTHETIC);
  for (const ch of 'formula') out.push(ch, start, SYNTHETIC);
  if (/[\p{L}\p{N}]/u.test(source[end] ?? '')) out.push(' ', start, SYNTHETIC);
}

/**
 * The text with each run of three or more blank lines written as two: the first as it is, the rest turned into
 * spaces up to the run's last line ending, so that every other character keeps its offset. micromark's cost is per
 * line, about 5 µs for a blank one (a container check, a blank-line attempt and its events), so 10 kB of blank
 * lines cost ~50 ms and a line of spaces as long ~1 (issue 11's fuzz: "* " items each followed by 44 blank lines,
 * 76 ms per 10 kB). CommonMark never counts blank lines past the first: a run of them ends a paragraph, a table or
 * an HTML block of kinds 6-7, makes a list loose and ends a list item that began with one, whether one or forty.
 * Only inside fenced or indented code, math and HTML blocks of kinds 1-5 (comments) do they belong to the content,
 * which is never prose; a comment's directives are read from the source, not from the tree's values. A line with
 * a CR alone (a line ending of its own to micromark) is not touched.
 */
export function quietBlankLines(text: string): string {
  let out: string[] | undefined;
  let copiedTo = 0;
  // A run: blank lines from `runStart`; `secondLine` is where the second one starts, `lastEnding` where the last
  // seen one's line ending starts ("\r\n" or "\n").
  let runStart = -1;
  let secondLine = -1;
  let lines = 0;
  let lastEnding = -1;
  const flush = (): void => {
    if (lines >= 3) {
      (out ??= []).push(text.slice(copiedTo, secondLine), ' '.repeat(lastEnding - secondLine));
      copiedTo = lastEnding;
    }
    runStart = -1;
    lines = 0;
  };
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    if (newline < 0) break;
    let k = lineStart;
    while (k < newline && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const crlf = k === newline - 1 && text.charCodeAt(k) === 13;
    if (k === newline || crlf) {
      if (runStart < 0) runStart = lineStart;
      else if (lines === 1) secondLine = lineStart;
      lines++;
      lastEnding = crlf ? newline - 1 : newline;
    } else {
      flush();
    }
    lineStart = newline + 1;
  }
  flush();
  if (!out) return text;
  out.push(text.slice(copiedTo));
  return out.join('');
}

/** Extracts the prose of a Markdown document. Never throws on user text. */
export function extractMarkdownProse(source: string): ProseDocument {
  return extract(source, true);
}

/** The same extraction always through mdast, for tests that compare the plain-paragraph path with it. */
export function extractMarkdownProseWithParser(source: string): ProseDocument {
  return extract(source, false);
}

function extract(text: string, plainParagraphs: boolean): ProseDocument {
  // Front matter closes where Pandoc closes it (also at "..."), not where micromark would: it is read as blank lines.
  const source = blankFrontMatter(text);
  // A plain paragraph (most chunks of a manuscript) is asked first: it is read without micromark, and none of the
  // guards below can stop it (plainParagraphEnd allows no line that does not start with a letter, no "<" but
  // before a space, no "*", "_" or "![", and only spaces and line endings after its end; so no container, blank
  // line inside, comment opener, emphasis run or footnote call), so their four passes over it were spent for
  // nothing (issue 10). plainParagraphEnd is itself one linear pass, which gives up at the first line it cannot read.
  const plainEnd = plainParagraphs ? plainParagraphEnd(source) : -1;
  if (plainEnd > 0) return new MarkdownExtractor(source).runPlainParagraph(plainEnd);
  // micromark's cost grows much faster than the input with nesting depth ("- " x 8,000 on one line took
  // over a minute) and it overflows its stack beyond a few thousand levels. Real manuscripts nest a few
  // levels; text nested deeper than this is read as plain text, before the expensive parse.
  // Blank lines are cheap to write but not to parse: micromark checks every open list item again on each
  // one, so a few hundred blank lines under 49 nested "1. " items cost 15 ms for 240 characters (issue 11's
  // fuzz, 150 ms per 10 kB). Where that work would exceed the text's own length, plain text again.
  const nesting = nestingProfile(source);
  if (nesting.deepest > maxNesting || nesting.blankLineWork > source.length * maxBlankLineWorkPerCharacter) return extractPlainProse(source);
  // The same for comment openers that nothing closes within their paragraph (below).
  if (commentScanWork(source) > source.length * maxCommentScanWorkPerCharacter) return extractPlainProse(source);
  if (mostEmphasisRunsInAParagraph(source) > maxEmphasisRunsPerParagraph) return extractPlainProse(source);
  // And for the footnote call after "!", where a text may hold one (gfmSyntaxFor keeps the construct on there).
  if (mayHoldImageFootnoteCall(source) && footnoteCallScanWork(source) > source.length * maxFootnoteCallScanWorkPerCharacter) return extractPlainProse(source);
  if (unclosedComment(source)) return { blocks: [], directives: [] };
  const simple = plainParagraphs ? extractSimpleMarkdown(source) : undefined;
  if (simple) return simple;
  return new MarkdownExtractor(source).run();
}

/**
 * Where a source that is nothing but one paragraph of plain prose ends (before its trailing line endings), or
 * -1. Most chunks of a manuscript are such a paragraph, and mdast is most of a check's cost (a 100k-word draft
 * parsed in ~1.5 s against ~0.1 s to split its words), to learn only that the paragraph is one text node.
 * Plain means CommonMark can read nothing else into it: every line starts with a letter (no container,
 * heading, list, fence, indented code, HTML, table, definition or front matter can start there, and a letter
 * cannot interrupt a paragraph), and no character that opens inline markup appears: no escape, code span,
 * emphasis, HTML or autolink, entity, strikethrough, math, footnote, table pipe; brackets stay text, as a
 * chunk parsed alone has no definition for a reference to use, unless "](" makes an inline link or "![" an
 * image; "<" only before a space ("p < 0.05"; a tag or an autolink starts right after it, and ">" closes
 * nothing without one); GFM's literal autolinks are ruled out as for the parser's own variants (mayHoldAutolink). No line
 * but the last ends in whitespace (trailing spaces make a hard break there; the last line's are dropped, and the
 * paragraph ends before them) and no tab, CR or control character appears. Trailing blank lines must be empty. `markdownPlainParagraph.test.ts` compares this path with the
 * parser's on generated chunks.
 */
export function plainParagraphEnd(source: string): number {
  let end = source.length;
  while (end > 0 && source.charCodeAt(end - 1) === 10) end--;
  // Spaces that end the last line end the paragraph (CommonMark strips them; a hard break needs a line after
  // it): the paragraph ends before them. A last line of spaces only is no line of the paragraph.
  while (end > 0 && source.charCodeAt(end - 1) === 32) end--;
  if (end === 0 || source.charCodeAt(end - 1) === 10) return -1;
  for (let lineStart = 0; lineStart < end; ) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    if (!letterStartsAt(source, lineStart)) return -1;
    if (lineEnd < end && source.charCodeAt(lineEnd - 1) === 32) return -1;
    if (scanInline(source, lineStart, lineEnd, 0) < 0) return -1;
    lineStart = lineEnd + 1;
  }
  if (mayHoldAutolink(source)) return -1;
  return end;
}

/**
 * Whether the text is an HTML comment block that never closes: it starts with "<!--" at the margin (up to
 * three spaces) and holds no "-->", so CommonMark reads all of it as one HTML block, without prose or a
 * directive. micromark took 50 ms per 10 kB to build that block from lines of unclosed "<!--" (issue 11);
 * the answer is known without it.
 */
/**
 * How many characters micromark reads ahead for the comment openers "<!--" of a text, at most: each looks for
 * its "-->" up to the end of its paragraph (a blank line ends it here, as the cheap upper bound). A paragraph of
 * 2,000 unclosed openers read its rest 2,000 times: 20 kB took 310 ms, 40 kB four times that (issue 11, found
 * by the fuzz's inputs scaled up). A closed comment costs its own length; a few unclosed ones their paragraph.
 */
export function commentScanWork(source: string): number {
  let work = 0;
  let close = -1;
  let blank = -1;
  const blankLine = /\n[ \t]*(?:\r?\n|$)/g;
  for (let at = source.indexOf('<!--'); at >= 0; at = source.indexOf('<!--', at + 4)) {
    if (close !== Number.MAX_SAFE_INTEGER && close < at + 2) {
      const found = source.indexOf('-->', at + 2);
      close = found < 0 ? Number.MAX_SAFE_INTEGER : found;
    }
    if (blank !== Number.MAX_SAFE_INTEGER && blank < at) {
      blankLine.lastIndex = at;
      blank = blankLine.exec(source)?.index ?? Number.MAX_SAFE_INTEGER;
    }
    work += Math.min(close, blank, source.length) - at;
  }
  return work;
}

/**
 * The most runs of emphasis delimiters ("*" or "_", a run counted once) between two blank lines. micromark
 * pairs emphasis delimiters one pair at a time and splices its list of the paragraph's events at each, so a
 * paragraph's cost grows with its count of delimiters times its length: 5,000 "u*" in 10 kB took 392 ms (issue
 * 11, found by the fuzz's inputs scaled up), i.e. about 0.1 ms per 10 kB for each run in the paragraph.
 */
export function mostEmphasisRunsInAParagraph(source: string): number {
  let most = 0;
  let runs = 0;
  let lineBlank = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      // A blank line ends the paragraph.
      if (lineBlank) runs = 0;
      lineBlank = true;
    } else if (c === 42 || c === 95) {
      if (source.charCodeAt(i - 1) !== c) runs++;
      if (runs > most) most = runs;
      lineBlank = false;
    } else if (c !== 32 && c !== 9 && c !== 13) lineBlank = false;
  }
  return most;
}

/**
 * How many characters GFM's footnote call after "!" walks back over, at most, in a text where gfmSyntaxFor keeps it
 * on: at every "]" it looks back through the paragraph's events for the image opener "![", and stops at the first
 * bracket token ("[", "![", a link, image or footnote call). So each "]" reads back to the last "[" of its
 * paragraph, or the paragraph's start (a blank line ends it here, as the cheap upper bound). One "![^1]" before
 * 20,000 "]" in one paragraph cost 1 s per 10 kB, doubling with the length (issue 11, the rule h-odd31 left on).
 */
export function footnoteCallScanWork(source: string): number {
  let work = 0;
  let from = 0;
  let lineBlank = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      if (lineBlank) from = i;
      lineBlank = true;
    } else if (c === 91 /* [ */) {
      // An escaped "[" is text, no token to stop at. (One inside a code span is not one either: that paragraph's
      // work is undercounted, as if the span were not there.)
      let backslashes = 0;
      while (source.charCodeAt(i - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) from = i;
      lineBlank = false;
    } else if (c === 93 /* ] */) {
      work += i - from;
      lineBlank = false;
    } else if (c !== 32 && c !== 9 && c !== 13) lineBlank = false;
  }
  return work;
}

/** See footnoteCallScanWork: eight readings of the text, as for comment openers. */
export const maxFootnoteCallScanWorkPerCharacter = 8;

/** See mostEmphasisRunsInAParagraph: 300 runs cost about 30 ms per 10 kB; manuscripts emphasise a few words a paragraph. */
export const maxEmphasisRunsPerParagraph = 300;

/** See commentScanWork: eight readings of the text are still linear and more than any manuscript needs. */
export const maxCommentScanWorkPerCharacter = 8;

function unclosedComment(source: string): boolean {
  const body = source.startsWith('\uFEFF') ? source.slice(1) : source;
  return /^ {0,3}<!--/.test(body) && !body.includes('-->');
}

/**
 * Deeper container nesting than any manuscript needs. Every character of a line is read again for each
 * container it sits in: a line 52 deep ("> " x 27, "1. " x 25, then runs of "*") cost twice what the same
 * text costs unnested (issue 11's fuzz, 76 ms per 10 kB timed again on a loaded machine); 64 let it through.
 */
export const maxNesting = 32;

/**
 * How many open containers beyond the first `freeLevels` blank lines may carry, per character of the text,
 * before the parse is not worth it. A manuscript's lists nest a few levels (free, however many blank lines
 * follow them); the fuzz's shape carried 49 levels over each of 71 blank lines (45 per character).
 */
export const maxBlankLineWorkPerCharacter = 1;
const freeLevels = 4;

const footnoteLabel = /\[\^[^\]\s]{1,64}\]:/y;

/** The length of the footnote definition's label and colon at `at` ("[^1]:"), or 0. */
function footnoteLabelLength(source: string, at: number): number {
  footnoteLabel.lastIndex = at;
  return footnoteLabel.test(source) ? footnoteLabel.lastIndex - at : 0;
}

/** The deepest container nesting a line opens (see nestingProfile). */
export function nestingDepth(source: string): number {
  return nestingProfile(source).deepest;
}

/**
 * The deepest container nesting a line opens: block quote, list and footnote definition markers at its start,
 * with the indentation before a marker counted as one level per two spaces (how nested lists are written). And the
 * work blank lines give the parser: on each blank line micromark checks again whether every open list item
 * goes on (a list item survives blank lines; "1. 1. 1." on one line opens as many as it has markers), so
 * `blankLineWork` sums, over the blank lines, how many containers beyond the first four may be open there
 * (a check of a few is no more than the blank line's own cost): the deepest nesting
 * since containers were last surely closed, which happens at a line flush with the margin that follows a
 * blank line and opens no container (nothing can continue a list item or a block quote there). Linear in
 * the text; estimates from above are fine, since they only decide when to stop parsing markup.
 */
export function nestingProfile(source: string): { deepest: number; blankLineWork: number } {
  let deepest = 0;
  let open = 0;
  let work = 0;
  let previousBlank = false;
  let at = 0;
  const length = source.length;
  // The character code at k, or -1 past the end: a marker may be the text's last character ("1." or "-" with
  // nothing after it), and nothing is read outside the text (issue 11: a read there deoptimised this loop).
  const code = (k: number) => (k < length ? source.charCodeAt(k) : -1);
  while (at < length) {
    let depth = 0;
    let indent = 0;
    let i = at;
    for (;;) {
      let c = code(i);
      while (c === 32 || c === 9) {
        indent += c === 9 ? 4 : 1;
        c = code(++i);
      }
      const next = code(i + 1);
      if (c === 62 /* > */) {
        i++;
      } else if ((c === 45 /* - */ || c === 42 /* * */ || c === 43) /* + */ && (next === 32 || next === 9)) {
        i += 2;
      } else if (c === 91 /* [ */ && next === 94 /* ^ */ && footnoteLabelLength(source, i) > 0) {
        // A footnote definition is a container too ("[^1]: [^1]: ..." nests them, and blank lines go on in them).
        i += footnoteLabelLength(source, i);
      } else {
        let digits = 0;
        while (digits < 10 && code(i + digits) >= 48 && code(i + digits) <= 57) digits++;
        // An ordered list marker: 1-9 digits, "." or ")", then a space, tab, line break or the end of the text.
        const mark = code(i + digits);
        const after = code(i + digits + 1);
        if (digits === 0 || digits > 9 || (mark !== 46 && mark !== 41) || !(after === 32 || after === 9 || after === 13 || after === 10 || after === -1)) break;
        i += digits + 1;
      }
      depth += 1 + (indent >> 1);
      indent = 0;
    }
    if (depth > deepest) deepest = depth;
    const newline = source.indexOf('\n', i);
    const lineEnd = newline < 0 ? source.length : newline;
    // Blank: nothing but spaces, tabs and a carriage return after the markers (none on a blank line).
    let blank = depth === 0;
    for (let k = i; blank && k < lineEnd; k++) {
      const c = source.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 13) blank = false;
    }
    if (blank) work += Math.max(0, open - freeLevels);
    else if (depth === 0 && previousBlank && i === at) open = 0;
    else if (depth > open) open = depth;
    previousBlank = blank;
    if (newline < 0) break;
    at = newline + 1;
  }
  return { deepest, blankLineWork: work };
}
