// The entry point of prose extraction: picks the extractor for a document's language. Extraction runs on
// every keystroke of whatever the user is writing, so it must never throw; if an extractor fails on some
// input nobody foresaw, the document is read as plain text rather than not at all.
import { extractLatexProse, type LatexOptions } from './latex';
import { extractMarkdownProseIncrementally } from './markdownChunks';
import { type ProseDocument, ProseBuilder } from './prose';

export type { BlockKind, CitationMarker, CitedKey, Directive, DirectiveKind, ProseBlock, ProseDocument, SourceSpan } from './prose';
export { toSourceOffset, toSourceSpan } from './prose';
export { extractLatexProse } from './latex';
export { extractMarkdownProse } from './markdown';

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

/** Extracts the prose of a document given its VS Code language id ('markdown', 'latex', 'tex', others). */
export function extractProse(languageId: string, source: string, latexOptions?: LatexOptions): ProseDocument {
  try {
    switch (languageId) {
      case 'markdown':
        return extractMarkdownProseIncrementally(source);
      case 'latex':
      case 'tex':
        return extractLatexProse(source, latexOptions);
      default:
        return extractPlainProse(source);
    }
  } catch {
    return extractPlainProse(source);
  }
}
