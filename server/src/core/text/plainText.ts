// Plain-text reading: the fallback when markup cannot or should not be parsed (an unknown language, an
// extractor failure, a Markdown chunk nested too deep to parse in reasonable time).
import { type ProseDocument, ProseBuilder } from './prose';

/** Plain text: one block per run of lines between blank lines, each line break read as a space. */
export function extractPlainProse(source: string): ProseDocument {
  const builder = new ProseBuilder();
  const lines = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  // The line ending of the previous line becomes the space between it and the next line of the block.
  let lineEnd = -1;
  for (const match of source.matchAll(lines)) {
    if (match[0].length === 0) break;
    const content = match[0].replace(/[\r\n]+$/, '');
    if (content.trim().length === 0) {
      builder.endBlock();
      lineEnd = -1;
      continue;
    }
    if (lineEnd >= 0) builder.synthetic(' ', lineEnd);
    builder.text(content, match.index);
    lineEnd = match.index + content.length;
  }
  return builder.finish();
}
