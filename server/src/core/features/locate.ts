// Finding what is under the cursor: which block and plain-text offset a source offset falls in, and the
// entity mention or cited key there.
import type { EntityMention } from '../entities/recognize';
import { blockShift, toSourceOffset, type CitationMarker, type CitedKey, type ProseBlock } from '../text/prose';
import type { DocumentAnalysis } from '../analysis/analyzeDocument';

export interface BlockPosition {
  blockIndex: number;
  block: ProseBlock;
  /** The plain-text offset of the character at (or just before) the source offset. */
  plainOffset: number;
}

/** The block whose source range contains the offset, and where the offset falls in its plain text. */
export function locateInProse(analysis: DocumentAnalysis, sourceOffset: number): BlockPosition | undefined {
  const blocks = analysis.prose.blocks;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    const offsets = block.sourceOffsets;
    if (block.text.length === 0) continue;
    // The map is searched in the block's own coordinates (see prose.ts, Placement).
    const target = sourceOffset - blockShift(block);
    if (target < offsets[0] || target > offsets[block.text.length]) continue;
    // Binary search for the last plain character at or before the source offset.
    let low = 0;
    let high = block.text.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (offsets[mid] <= target) low = mid;
      else high = mid - 1;
    }
    return { blockIndex, block, plainOffset: low };
  }
  return undefined;
}

/** The entity mention under the cursor, with its source span. */
export function mentionAt(analysis: DocumentAnalysis, sourceOffset: number): { mention: EntityMention; block: ProseBlock; start: number; end: number } | undefined {
  const position = locateInProse(analysis, sourceOffset);
  if (!position) return undefined;
  const mentions = analysis.blocks[position.blockIndex].mentions;
  const { block, plainOffset } = position;
  for (const mention of mentions) {
    if (plainOffset < mention.start || plainOffset >= mention.end) continue;
    const start = toSourceOffset(block, mention.start);
    const end = toSourceOffset(block, mention.end - 1) + 1;
    // The cursor must be on the mention itself, not on markup that happens to sit between its characters.
    if (sourceOffset >= start && sourceOffset <= end) return { mention, block, start, end };
  }
  return undefined;
}

/** The cited key under the cursor, each key of `\cite{a,b}` or `[@a; @b]` on its own. */
export function citedKeyAt(analysis: DocumentAnalysis, sourceOffset: number): { key: CitedKey; marker: CitationMarker } | undefined {
  for (const block of analysis.prose.blocks) {
    for (const marker of block.citations) {
      if (sourceOffset < marker.span.start || sourceOffset > marker.span.end) continue;
      for (const key of marker.keys) {
        if (sourceOffset >= key.span.start && sourceOffset <= key.span.end) return { key, marker };
      }
    }
  }
  return undefined;
}
