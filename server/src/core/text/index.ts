// The entry point of prose extraction: picks the extractor for a document's language. Extraction runs on
// every keystroke of whatever the user is writing, so it must never throw; if an extractor fails on some
// input nobody foresaw, the document is read as plain text rather than not at all.
import { extractLatexProse, type LatexOptions } from './latex';
import { extractMarkdownProseIncrementally } from './markdownChunks';
import { extractPlainProse } from './plainText';
import type { ProseDocument } from './prose';

export type { BlockKind, CitationMarker, CitedKey, Directive, DirectiveKind, ProseBlock, ProseDocument, SourceSpan } from './prose';
export { toSourceOffset, toSourceSpan } from './prose';
export { extractLatexProse } from './latex';
export { extractMarkdownProse } from './markdown';
export { extractPlainProse } from './plainText';

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
