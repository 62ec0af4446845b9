// Analysis of a whole document: prose extraction, the document's abbreviations, then one cached analysis
// per block. An edit changes the text of one or two blocks, so a re-analysis recomputes only those; the
// others come from the cache and are mapped to their (possibly shifted) source positions afresh.
import { documentAbbreviations } from '../entities/abbreviations';
import { lexiconOf } from '../entities/lexicon';
import type { DocumentAbbreviations } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { ProjectContext } from '../project/context';
import { extractProse } from '../text/index';
import type { CitationMarker, Directive, ProseBlock, ProseDocument, SourceSpan } from '../text/prose';
import { toSourceSpan } from '../text/prose';
import { LineIndex } from '../util/lines';
import { analyzeBlock, type BlockResult, type SentenceResult } from './analyzeBlock';

export interface AnalyzedSentence extends SentenceResult {
  /** The sentence's citation markers, with their positions in this version of the document. */
  citations: CitationMarker[];
  block: ProseBlock;
  blockIndex: number;
  /** Where the sentence is in the source. */
  span: SourceSpan;
  /** Switched off by a claimlens-disable directive. */
  suppressed: boolean;
}

export interface DocumentAnalysis {
  prose: ProseDocument;
  abbreviations: DocumentAbbreviations;
  blocks: BlockResult[];
  sentences: AnalyzedSentence[];
  /** How many blocks were analyzed afresh (the rest came from the cache). */
  recomputedBlocks: number;
}

/** Block results keyed by everything they depend on. Bounded, oldest entries evicted first. */
export class AnalysisCache {
  readonly #entries = new Map<string, BlockResult>();
  constructor(readonly capacity = 20000) {}

  get(key: string): BlockResult | undefined {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: BlockResult): void {
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** `project`: what a file of a multi-file LaTeX project inherits (macros, abbreviations defined before it). */
export function analyzeDocument(languageId: string, source: string, kb: KnowledgeBase, cache?: AnalysisCache, project?: ProjectContext): DocumentAnalysis {
  const prose = extractProse(languageId, source, { macros: project?.macros });
  const abbreviations = documentAbbreviations([...(project?.abbreviationTexts ?? []), ...prose.blocks.map((b) => b.text)], lexiconOf(kb));
  const abbreviationKey = [...abbreviations.entries()].map(([k, v]) => `${k}=${v}`).join(',');
  let recomputedBlocks = 0;
  const blocks = prose.blocks.map((block) => {
    const key = `${kb.fingerprint}\u0000${abbreviationKey}\u0000${block.text}\u0000${block.citations.map((c) => `${c.plainOffset}:${c.keys.map((k) => k.key).join(',')}`).join(';')}`;
    let result = cache?.get(key);
    if (!result) {
      result = analyzeBlock(block, kb, abbreviations);
      recomputedBlocks++;
      cache?.set(key, result);
    }
    return result;
  });
  const suppression = suppressionOf(source, prose.directives);
  const sentences: AnalyzedSentence[] = [];
  blocks.forEach((result, blockIndex) => {
    const block = prose.blocks[blockIndex];
    for (const sentence of result.sentences) {
      const span = toSourceSpan(block, sentence.start, sentence.end);
      const citations = sentence.citationIndices.map((i) => block.citations[i]);
      sentences.push({ ...sentence, citations, block, blockIndex, span, suppressed: suppression.isSuppressed(span) });
    }
  });
  markOwnFindings(sentences, prose.directives);
  return { prose, abbreviations, blocks, sentences, recomputedBlocks };
}

/**
 * Which source lines the directives switch off: the line after `claimlens-disable-next-line`, the line of
 * `claimlens-disable-line`, and everything between `claimlens-disable` and `claimlens-enable`.
 */
function suppressionOf(source: string, directives: readonly Directive[]) {
  const lines = new LineIndex(source);
  const disabledLines = new Set<number>();
  const ranges: SourceSpan[] = [];
  let openAt: number | undefined;
  for (const directive of [...directives].sort((a, b) => a.span.start - b.span.start)) {
    const line = lines.positionAt(directive.span.start).line;
    if (directive.kind === 'disable-next-line') disabledLines.add(nextContentLine(source, lines, line));
    else if (directive.kind === 'disable-line') disabledLines.add(line);
    else if (directive.kind === 'disable' && openAt === undefined) openAt = directive.span.end;
    else if (directive.kind === 'enable' && openAt !== undefined) {
      ranges.push({ start: openAt, end: directive.span.start });
      openAt = undefined;
    }
  }
  if (openAt !== undefined) ranges.push({ start: openAt, end: source.length });
  return {
    isSuppressed(span: SourceSpan): boolean {
      if (ranges.some((r) => span.start >= r.start && span.start < r.end)) return true;
      const first = lines.positionAt(span.start).line;
      const last = lines.positionAt(Math.max(span.start, span.end - 1)).line;
      for (let line = first; line <= last; line++) if (disabledLines.has(line)) return true;
      return false;
    },
  };
}

/** The next line that is not blank, so that a directive above a blank line still reaches its sentence. */
function nextContentLine(source: string, lines: LineIndex, line: number): number {
  for (let next = line + 1; next < lines.lineCount; next++) {
    const start = lines.lineStart(next);
    const end = next + 1 < lines.lineCount ? lines.lineStart(next + 1) : source.length;
    if (source.slice(start, end).trim()) return next;
  }
  return line + 1;
}

/** `claimlens-own-finding` marks the sentence that ends before it (on its line or the one above). */
function markOwnFindings(sentences: AnalyzedSentence[], directives: readonly Directive[]): void {
  for (const directive of directives) {
    if (directive.kind !== 'own-finding') continue;
    let target: AnalyzedSentence | undefined;
    for (const sentence of sentences) {
      if (sentence.span.start <= directive.span.start) target = sentence;
    }
    if (target) {
      target.ownFinding = true;
      // The writer's own result needs no citation.
      if (target.citationCheck.issue === 'missing') target.citationCheck = { ...target.citationCheck, issue: null };
    }
  }
}
