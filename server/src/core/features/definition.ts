// Go to definition: from a cited key to its entry (the writer's .bib entry first, else the library record),
// and from an entity to its record in the library's lexicon, as texlab does for keys.
import type { DocumentAnalysis } from '../analysis/analyzeDocument';
import type { KnowledgeBase, RecordLocation } from '../kb/knowledgeBase';
import type { SourceSpan } from '../text/prose';
import { citedKeyAt, mentionAt } from './locate';

export interface DefinitionData {
  /** What was under the cursor. */
  span: SourceSpan;
  target: RecordLocation;
}

export function findDefinition(analysis: DocumentAnalysis, offset: number, kb: KnowledgeBase): DefinitionData | undefined {
  const cited = citedKeyAt(analysis, offset);
  if (cited) {
    const paper = kb.papers.get(cited.key.key);
    const target = paper?.bibLocation ?? paper?.location;
    return target ? { span: cited.key.span, target } : undefined;
  }
  const found = mentionAt(analysis, offset);
  const target = found && kb.entityLocations.get(found.mention.entityId);
  return found && target ? { span: { start: found.start, end: found.end }, target } : undefined;
}
