// The inline characters of a Markdown line that ClaimLens can read without the parser. Two readers use it:
// the plain-paragraph shortcut (markdown.ts, plainParagraphEnd: plain text only) and the line reader
// (markdownSimple.ts: also inline math, code spans, images and footnote references defined in the chunk).
// Anything else that could open inline markup makes the scan give up, and the chunk goes to micromark.

/** What the line reader is told about a scanned stretch; the plain shortcut passes none. */
export interface InlineSink {
  /** Source characters from `from` to `to`, copied as they are. */
  run(from: number, to: number): void;
  /** Inline math from the opening "$" at `start` to after the closing one at `end`. */
  math(start: number, end: number): void;
  /** Markup that vanishes (an image, a footnote reference) starting at `at`. */
  barrier(at: number): void;
  /** A character reference at `at` that decodes to `decoded` ("&amp;" and three more, characterReference). */
  reference(at: number, decoded: string): void;
}

/**
 * ASCII codes that need a look (1): controls, and the characters that may open inline markup. Everything
 * else is plain text. "<" is plain before a space ("p < 0.05"; a tag or an autolink starts right after it);
 * "[" and "]" are plain as a chunk has no link definitions (a definition line does not start with a letter,
 * and the line reader reads none), unless "](" makes an inline link.
 */
const special = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 32; code++) table[code] = 1;
  table[127] = 1;
  for (const ch of '\\`*_&|~$^[]!<') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** Characters of a footnote label the line reader accepts (micromark takes more; those go to it). */
const labelChar = /[A-Za-z0-9_-]/;

/**
 * Scans `source` from `from` to `to` (one line, without its line ending and trailing spaces). `depth` is how
 * many "[" are open from earlier lines of the paragraph. With `footnotes` (the labels defined in the chunk)
 * inline math "$...$" and code spans "`...`" on one line, images "![alt](url)", footnote references "[^label]" and a few inline tags are read too;
 * without, only plain text. Returns the bracket depth after the line, or -1 where the parser must decide.
 */
export function scanInline(source: string, from: number, to: number, depth: number, footnotes?: ReadonlySet<string>, sink?: InlineSink): number {
  let run = from;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c >= 128 || special[c] === 0) continue;
    const next = source.charCodeAt(i + 1);
    switch (c) {
      case 91: {
        // "[": a footnote reference, or a plain bracket.
        if (next !== 94 /* ^ */) {
          depth++;
          continue;
        }
        if (!footnotes || depth > 0) return -1;
        let j = i + 2;
        while (j < to && labelChar.test(source[j])) j++;
        if (j === i + 2 || source.charCodeAt(j) !== 93 || !footnotes.has(source.slice(i + 2, j))) return -1;
        // "[a][^1]", "[^1](x)", "[^1][x]" and "[^1]:" read otherwise or are not worth the doubt.
        const before = source.charCodeAt(i - 1);
        const after = source.charCodeAt(j + 1);
        if (before === 93 || after === 40 || after === 91 || after === 58) return -1;
        sink?.run(run, i);
        sink?.barrier(i);
        run = j + 1;
        i = j;
        continue;
      }
      case 93:
        // "](" makes an inline link.
        if (next === 40) return -1;
        if (depth > 0) depth--;
        continue;
      case 33: {
        // "!": an image "![alt](url)" when "[" follows, else plain.
        if (next !== 91) continue;
        if (!footnotes || depth > 0) return -1;
        let j = i + 2;
        while (j < to && (source.charCodeAt(j) >= 128 || special[source.charCodeAt(j)] === 0)) j++;
        if (source.charCodeAt(j) !== 93 || source.charCodeAt(j + 1) !== 40) return -1;
        let k = j + 2;
        while (k < to && urlChar(source.charCodeAt(k))) k++;
        if (k === j + 2 || k >= to || source.charCodeAt(k) !== 41) return -1;
        sink?.run(run, i);
        sink?.barrier(i);
        run = k + 1;
        i = k;
        continue;
      }
      case 36: {
        // "$": inline math, one dollar each side, closed on the same line. A run of dollars, an unclosed
        // dollar ("$5"), brackets inside or a backslash before the closing one are left to the parser.
        if (!footnotes || next === 36) return -1;
        const close = source.indexOf('$', i + 1);
        if (close < 0 || close >= to || close === i + 1 || source.charCodeAt(close + 1) === 36) return -1;
        for (let k = i + 1; k < close; k++) {
          const m = source.charCodeAt(k);
          if (m === 91 || m === 93 || m < 32) return -1;
        }
        if (source.charCodeAt(close - 1) === 92 || source.slice(i + 1, close).trim() === '') return -1;
        sink?.run(run, i);
        sink?.math(i, close + 1);
        run = close + 1;
        i = close;
        continue;
      }
      case 38: {
        // "&": one of four character references (the parser reads it as the character, mapped to the "&"), or the
        // parser's (other names need micromark's table, and a numeric one may spell an autolink).
        if (!footnotes) return -1;
        characterReference.lastIndex = i;
        const match = characterReference.exec(source);
        // "&amp;amp;" reads as "&amp;", which the parser's alignment takes for the written reference: its own.
        if (!match || characterReference.lastIndex > to || (match[1] === 'amp' && source.startsWith('amp;', characterReference.lastIndex))) return -1;
        sink?.run(run, i);
        sink?.reference(i, referenced[match[1]]);
        run = characterReference.lastIndex;
        i = run - 1;
        continue;
      }
      case 60: {
        // "<": plain before a space; an inline tag of inlineTag's few names vanishes like a code span.
        if (next === 32) continue;
        if (!footnotes) return -1;
        const end = inlineTagEnd(source, i, to);
        if (end < 0) return -1;
        sink?.run(run, i);
        sink?.barrier(i);
        run = end;
        i = end - 1;
        continue;
      }
      case 96: {
        // "`": a code span of one backtick each side, closed on the same line; it vanishes like an image.
        if (!footnotes || next === 96) return -1;
        const close = source.indexOf('`', i + 1);
        if (close < 0 || close >= to || source.charCodeAt(close + 1) === 96) return -1;
        sink?.run(run, i);
        sink?.barrier(i);
        run = close + 1;
        i = close;
        continue;
      }
      default:
        return -1;
    }
  }
  sink?.run(run, to);
  return depth;
}

/**
 * Inline HTML the line reader reads: an opening or closing tag without attributes, of a name that is neither one
 * of CommonMark's block names (condition 6) nor a raw one (condition 1), in any case: what manuscripts write for
 * superscripts, subscripts and emphasis. The parser reads each as an HTML node that vanishes from the prose. Anything
 * else ("<a href=...>", "<div>", an autolink) is the parser's. Before, a chunk with one such tag went to micromark,
 * whose fixed cost per container made definitions starting with "<b>" cost 120 ms per 10 kB (issue 11).
 */
const inlineTag = /<\/?(?:b|i|u|s|em|strong|sub|sup|small|span|mark|abbr|cite|q|kbd|var|del|ins)>/iy;

/** The character references the line reader reads (mayHoldAutolink in markdown.ts lets them through too). */
const characterReference = /&(amp|lt|gt|quot);/y;
const referenced: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** Where the inline tag at `at` ends (after its ">", before `to`), or -1. */
export function inlineTagEnd(source: string, at: number, to: number): number {
  inlineTag.lastIndex = at;
  return inlineTag.test(source) && inlineTag.lastIndex <= to ? inlineTag.lastIndex : -1;
}

/** A character of an image's address the line reader accepts: printable ASCII, no space, parenthesis or markup. */
function urlChar(code: number): boolean {
  return code > 32 && code < 127 && code !== 40 && code !== 41 && special[code] === 0;
}

const letterAt = /\p{L}/uy;

/** Whether a letter starts at `at`: then no container, heading, list, fence, HTML or table can start there. */
export function letterStartsAt(source: string, at: number): boolean {
  const code = source.charCodeAt(at);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (!(code >= 128)) return false;
  letterAt.lastIndex = at;
  return letterAt.test(source);
}
