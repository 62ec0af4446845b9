// Plain-text reading: the fallback when markup cannot or should not be parsed (an unknown language, an
// extractor failure, a Markdown chunk nested too deep to parse in reasonable time).
import { type ProseDocument, ProseBuilder } from './prose';

/**
 * Plain text: one block per run of lines between blank lines, each line break read as a space. Lines end at
 * CRLF, CR or LF. A scan by character codes, not a line regex: the fallback reads Markdown chosen because it is
 * odd (issue 11's 49 "1. " markers then 9,850 blank lines), and a match object, a copy and a trim per blank line
 * cost more than the rest of the check.
 */
export function extractPlainProse(source: string): ProseDocument {
  const builder = new ProseBuilder();
  // The line ending of the previous line of the block becomes the space between it and the next line; -1 when no
  // block is open (then a blank line has nothing to end).
  let lineEnd = -1;
  const length = source.length;
  for (let at = 0; at < length; ) {
    // Every read is inside the text: a read at `length` gives NaN, which compares as no line break, but V8's
    // optimised code for this loop does not expect it and is thrown away the first time (issue 11).
    let end = at;
    while (end < length) {
      const c = source.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    if (end === at || source.slice(at, end).trim().length === 0) {
      if (lineEnd >= 0) builder.endBlock();
      lineEnd = -1;
    } else {
      if (lineEnd >= 0) builder.synthetic(' ', lineEnd);
      builder.text(source.slice(at, end), at);
      lineEnd = end;
    }
    at = end + 1 < length && source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return builder.finish();
}
