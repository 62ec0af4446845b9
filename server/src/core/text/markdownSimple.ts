// A line reader for the chunks most manuscripts are made of, without micromark. Parsing was a sixth of a full
// check of a 100k-word draft, spent mostly on paragraphs that hold inline math or a footnote reference and
// so missed the plain-paragraph shortcut, and on chunks of a paragraph with its bullets or footnotes.
// The reader knows a few line shapes for sure: paragraphs whose lines start with a letter, ATX headings,
// one-line "- " and "1. " items (with lazy continuation lines), footnote definitions, one-line HTML comments; inline
// it reads what markdownInline.ts reads. Whatever else it meets, it gives up and micromark reads the chunk.
// Its prose must be exactly the parser's: markdownSimple.test.ts compares the two on generated chunks.
import { mayHoldAutolink, BARRIER_KIND, collectDirectives, COPIED, InlineText, pushInlineMath, replayInline, SYNTHETIC } from './markdown';
import { type InlineSink, inlineTagEnd, letterStartsAt, scanInline } from './markdownInline';
import { BARRIER } from './pandocCitations';
import { type BlockKind, type ProseDocument, ProseBuilder } from './prose';

const loneCR = /\r(?!\n)/;
const loneCRs = /\r(?!\n)/g;
// A definition with nothing after its label ("[^1]:") defines its label too: a reference to it is a call.
const footnoteDefinition = /^\[\^([A-Za-z0-9_-]{1,64})\]:(?: |$)/gm;
const emptyFootnoteDefinitionAt = /\[\^[A-Za-z0-9_-]{1,64}\]:/y;
const footnoteDefinitionAt = /\[\^([A-Za-z0-9_-]{1,64})\]: /y;
const headingAt = /#{1,6} +/y;
const orderedAt = /[0-9]{1,9}([.)]) /y;

/** The prose of a chunk the reader is sure about, or undefined to have micromark read it. */
export function extractSimpleMarkdown(source: string): ProseDocument | undefined {
  // GFM's literal autolinks (and character references, which may spell one) are the parser's business.
  if (mayHoldAutolink(source)) return undefined;
  // This reader's lines end at LF; micromark also ends one at a CR alone, so "<!-- x -->\r```\rcode" is three lines
  // to it (and was one comment line here, which hid the lines after the CR). A CR alone is read as the LF it stands
  // for: the same length, so every offset holds, and no line's text holds the line ending. Before, such a chunk was
  // the parser's, and 10 kB of "x\r[^1]: x" cost 110 ms (issue 11's fuzz, micromark's fixed cost per definition).
  if (loneCR.test(source)) return extractSimpleMarkdown(source.replace(loneCRs, '\n'));
  // A footnote reference is one only with a definition (anywhere in the chunk; micromark reads inline text
  // after all definitions are known). Without one it would be text; that rare case goes to the parser.
  const footnotes = new Set<string>();
  if (source.includes('[^')) for (const match of source.matchAll(footnoteDefinition)) footnotes.add(match[1]);
  const builder = new ProseBuilder();
  const text = InlineText.take();
  const sink: InlineSink = {
    run: (from, to) => {
      if (to > from) text.pushRun(source, from, to);
    },
    math: (start, end) => pushInlineMath(source, source.slice(start + 1, end - 1), start, end, text),
    barrier: (at) => text.push(BARRIER, at, BARRIER_KIND),
    // As the parser's text node gives it: the decoded character at the "&", copied when it is that "&".
    reference: (at, decoded) => text.push(decoded, at, decoded === '&' ? COPIED : SYNTHETIC),
  };
  // The paragraph being read: its kind, the open brackets, where its last line's text and line end are.
  let kind: BlockKind | undefined;
  // The delimiter of the ordered item being read ("." or ")"), '' in a bullet item or outside a list.
  let delimiter = '';
  let depth = 0;
  let lastTextEnd = 0;
  let lastLineEnd = 0;
  const close = (): void => {
    if (kind !== undefined) replayInline(builder, text, kind);
    text.length = 0;
    kind = undefined;
    depth = 0;
    delimiter = '';
  };
  /** Starts a paragraph of `blockKind` whose text runs from `from` to the line's text end. */
  const open = (blockKind: BlockKind, from: number, textEnd: number, lineEnd: number): boolean => {
    close();
    kind = blockKind;
    depth = scanInline(source, from, textEnd, 0, footnotes, sink);
    lastTextEnd = textEnd;
    lastLineEnd = lineEnd;
    return depth >= 0;
  };
  for (let lineStart = 0; lineStart < source.length; ) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    const next = lineEnd + 1;
    // Trailing spaces never belong to the text (two or more before another line make a hard break).
    let textEnd = lineEnd;
    while (textEnd > lineStart && source.charCodeAt(textEnd - 1) === 32) textEnd--;
    if (textEnd === lineStart) {
      // A blank line (spaces only) ends the paragraph.
      close();
      lineStart = next;
      continue;
    }
    const first = source.charCodeAt(lineStart);
    orderedAt.lastIndex = lineStart;
    const ordered = first >= 48 && first <= 57 ? orderedAt.exec(source) : null;
    if (kind !== undefined && paragraphStartsAt(source, lineStart)) {
      // A line that goes on with the paragraph (a lazy continuation in a list item or a footnote).
      text.push(' ', lastLineEnd - lastTextEnd >= 2 ? lastTextEnd : lastLineEnd, SYNTHETIC);
      depth = scanInline(source, lineStart, textEnd, depth, footnotes, sink);
      if (depth < 0) return undefined;
      lastTextEnd = textEnd;
      lastLineEnd = lineEnd;
    } else if (first === 62 /* > */ && source.charCodeAt(lineStart + 1) === 32 && paragraphStartsAt(source, lineStart + 2)) {
      // A block quote's line of text: it goes on with the quote's paragraph (also after lazy lines without the
      // ">", which stay in the quote), or starts a quote, which interrupts a paragraph, item or definition. Before,
      // every chunk with a quote went to the parser, whose cost per line is several times this reader's (2,500
      // lines of "> a" took 60-90 ms, issue 11's fuzz).
      if (kind === 'quote') {
        text.push(' ', lastLineEnd - lastTextEnd >= 2 ? lastTextEnd : lastLineEnd, SYNTHETIC);
        depth = scanInline(source, lineStart + 2, textEnd, depth, footnotes, sink);
        if (depth < 0) return undefined;
        lastTextEnd = textEnd;
        lastLineEnd = lineEnd;
      } else if (!open('quote', lineStart + 2, textEnd, lineEnd)) return undefined;
    } else if (first === 62 /* > */ && textEnd === lineStart + 1) {
      // A quote's blank line (">" alone) ends its paragraph; the quote goes on, and its next line of text starts a
      // paragraph in it, read as one of its own. Text without ">" after it is outside the quote.
      close();
    } else if (first === 45 /* - */ && source.charCodeAt(lineStart + 1) === 32 && paragraphStartsAt(source, lineStart + 2) && (kind === undefined || kind === 'list-item')) {
      // A bullet item starts a list, or interrupts the previous item's paragraph as the next item.
      if (!open('list-item', lineStart + 2, textEnd, lineEnd)) return undefined;
      delimiter = '';
    } else if (ordered && paragraphStartsAt(source, orderedAt.lastIndex) && (kind === undefined || (kind === 'list-item' && delimiter === ordered[1]))) {
      // An ordered item starts a list after a blank line, or follows an item of the same list. Right after
      // other text it would interrupt a paragraph only when numbered 1 (else it is a lazy line): the parser's.
      if (!open('list-item', orderedAt.lastIndex, textEnd, lineEnd)) return undefined;
      delimiter = ordered[1];
    } else if (first === 91 /* [ */) {
      // A footnote definition, also right after a paragraph, item or definition: GFM lets one interrupt them, so
      // one definition per line is a footnote block per line, as the parser reads it. Before, such a run went to
      // micromark, whose fixed cost per definition (a container with its own flow tokenizer) was about 0.1 ms:
      // "[^1]: a" lines cost 300 ms per 10 kB (issue 11's fuzz). A definition with nothing after its label holds
      // no prose, and the line after it starts afresh (the parser reads "[^1]:\nText" as an empty definition and a
      // paragraph); one line the reader did not know sent the whole chunk back to the parser.
      emptyFootnoteDefinitionAt.lastIndex = lineStart;
      if (emptyFootnoteDefinitionAt.test(source) && emptyFootnoteDefinitionAt.lastIndex === textEnd) {
        close();
      } else {
        footnoteDefinitionAt.lastIndex = lineStart;
        if (!footnoteDefinitionAt.test(source) || !paragraphStartsAt(source, footnoteDefinitionAt.lastIndex)) return undefined;
        if (!open('footnote', footnoteDefinitionAt.lastIndex, textEnd, lineEnd)) return undefined;
      }
    } else if (kind !== undefined) {
      // Anything else right after paragraph text (a heading, a setext underline, a quote...) is the parser's.
      return undefined;
    } else if (paragraphStartsAt(source, lineStart)) {
      if (!open('paragraph', lineStart, textEnd, lineEnd)) return undefined;
    } else if (first === 35 /* # */) {
      headingAt.lastIndex = lineStart;
      if (!headingAt.test(source)) return undefined;
      // A closing sequence of "#" is the parser's to strip.
      if (headingAt.lastIndex >= textEnd || source.charCodeAt(textEnd - 1) === 35) return undefined;
      if (!open('heading', headingAt.lastIndex, textEnd, lineEnd)) return undefined;
      close();
    } else if (first === 60 /* < */ && source.startsWith('<!--', lineStart)) {
      // An HTML comment closed on its own line is an HTML block of that line, read for directives only.
      const end = source.indexOf('-->', lineStart + 4);
      if (end < 0 || end + 3 > lineEnd) return undefined;
      collectDirectives(builder, source.slice(lineStart, lineEnd), lineStart);
    } else {
      return undefined;
    }
    lineStart = next;
  }
  close();
  text.release();
  return builder.finish();
}

/**
 * Whether a line (or a container's content) from `at` can only be paragraph text: it starts with a letter, or
 * with "!" (an image, or text), or with one "$" (inline math; "$$" opens a math block), or one "`" (a code span), or
 * an inline tag followed by more text, or "&". None of these starts or
 * interrupts another block.
 */
function paragraphStartsAt(source: string, at: number): boolean {
  const code = source.charCodeAt(at);
  if (code === 33) return true;
  // A character reference, or a literal "&": text either way.
  if (code === 38) return true;
  // One backtick opens a code span (a fence needs three; two are left to the parser).
  if (code === 96) return source.charCodeAt(at + 1) !== 96;
  // An inline tag (markdownInline.ts inlineTag) with more text right after it on its line: an HTML block of
  // condition 7 is a tag followed by nothing but whitespace, and the tag's name is of neither condition 1 nor 6.
  if (code === 60) {
    const end = inlineTagEnd(source, at, source.length);
    const after = source.charCodeAt(end);
    return end > 0 && end < source.length && after !== 10 && after !== 13 && after !== 32 && after !== 9;
  }
  if (code === 36) return source.charCodeAt(at + 1) !== 36;
  return letterStartsAt(source, at);
}
