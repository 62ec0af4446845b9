// The façade of the core: one object that holds the knowledge base and the analysis cache and answers every
// editor question with plain data (offsets, strings). The language server converts its answers to LSP; the
// tests call it directly with in-memory documents.
import { AnalysisCache, analyzeDocument, type DocumentAnalysis } from './analysis/analyzeDocument';
import type { BlockResult } from './analysis/analyzeBlock';
import { buildReport, reportFile, type Report } from './analysis/report';
import { computeCodeActions, type CodeActionData } from './features/codeActions';
import { completeCitationList, completeEntities, completionContext, writtenSentenceEntities, type CitationCompletion, type CompletionContext, type EntityCompletion } from './features/completion';
import { findDefinition, type DefinitionData } from './features/definition';
import { computeBlockDiagnostics, computeDiagnostics, type BlockDiagnostics, type DiagnosticData } from './features/diagnostics';
import { findHover, renderHover, type HoverData } from './features/hover';
import { blockWithoutIgnoredClaims, withoutIgnoredClaims } from './features/ignoredClaims';
import { ownFindingNote } from './features/ownFindingHover';
import { KnowledgeBase } from './kb/knowledgeBase';
import type { ProjectContext } from './project/context';
import { defaultSettings, type Settings } from './settings';
import type { KnownChange } from './text/incrementalProse';
import type { SourceText } from './text/sourceText';
import type { SourceSpan } from './text/prose';
import { stageCost, stageEnd, stageStart } from './util/stageCosts';

/** The diagnostics' share of a check in the bench's cost table (util/stageCosts.ts). */
const diagnosticsCost = stageCost('document', 'diagnostics (messages)');

/** A document as the core sees it: no URIs beyond an opaque identifier, no editor types. */
export interface DocumentSnapshot {
  id: string;
  languageId: string;
  version: number;
  text: string;
  /** For a file of a multi-file LaTeX project: what it inherits from the root and the files before it. */
  project?: ProjectContext;
  /** How the text was made from the one analysed before, when the caller knows (the editor's edits). */
  change?: KnownChange;
}

/**
 * A snapshot whose text may be in pieces (sourceText.ts): what the analysis worker holds of an edited document.
 * The analysis and the diagnostics read it without joining it; whatever needs the string asks `flatText`.
 */
export type SourceSnapshot = Omit<DocumentSnapshot, 'text'> & { text: SourceText };

export interface CompletionResult {
  context: CompletionContext;
  citations: CitationCompletion[];
  /** More papers match than the citations listed: the editor asks again as the prefix grows. */
  citationsIncomplete?: boolean;
  entities: EntityCompletion[];
}

export interface HoverResult {
  /** The entity or citation under the cursor; absent when the hover holds only an own-finding note. */
  data?: HoverData;
  span: SourceSpan;
  markdown: string;
}

/**
 * How many results of paragraphs no current analysis uses the cache keeps (the most recent): an undo of the
 * last hundred or so edits, or of an abbreviation that re-analysed a chapter's paragraphs, still finds its
 * results. It was 1,000, ~12 MB of a thesis's old paragraphs, and the worker's heap after a full collection
 * grew by that much between the 50th and the 200th edit of the bench's thesis (an abbreviation edit near the
 * 109th re-analysed a thousand paragraphs); a paragraph not found is read again, a few ms (issue 10).
 */
const staleResults = 300;

export class ClaimLensService {
  #kb: KnowledgeBase;
  #cache = new AnalysisCache();
  readonly #latest = new Map<string, { version: number; languageId: string; projectKey?: string; analysis: DocumentAnalysis }>();

  constructor(kb: KnowledgeBase = KnowledgeBase.empty()) {
    this.#kb = kb;
  }

  get kb(): KnowledgeBase {
    return this.#kb;
  }

  /** Swaps the knowledge base; cached analyses are keyed by its fingerprint and simply stop matching. */
  setKnowledgeBase(kb: KnowledgeBase): void {
    this.#kb = kb;
    this.#latest.clear();
    this.#cache = new AnalysisCache();
  }

  analyze(doc: SourceSnapshot): DocumentAnalysis {
    const latest = this.#latest.get(doc.id);
    const projectKey = doc.project?.key;
    if (latest && latest.version === doc.version && latest.languageId === doc.languageId && latest.projectKey === projectKey) return latest.analysis;
    // The previous version of the document is where an edit's re-check starts (only what changed is redone).
    const analysis = analyzeDocument(doc.languageId, doc.text, this.#kb, this.#cache, doc.project, latest?.analysis, doc.change);
    this.#latest.set(doc.id, { version: doc.version, languageId: doc.languageId, projectKey, analysis });
    this.#trimCache();
    return analysis;
  }

  /**
   * The block results of paragraphs as they were before an edit stay in the cache only up to `staleResults`
   * beyond what the documents' current analyses use: one more per re-check, and every block at once when an
   * abbreviation changes (+13 MB in the analysis worker at the 109th edit of the bench's thesis).
   */
  #trimCache(): void {
    let live = 0;
    for (const { analysis } of this.#latest.values()) live += analysis.blocks.length;
    if (this.#cache.size <= live + staleResults) return;
    const inUse = new Set<BlockResult>();
    for (const { analysis } of this.#latest.values()) for (const block of analysis.blocks) inUse.add(block);
    // Down to half the allowance, so that the sweep runs once per few hundred re-checks, not on each.
    this.#cache.dropStale(inUse, staleResults / 2);
  }

  /** How many block results the analysis cache holds (for tests of its bound). */
  get cachedResults(): number {
    return this.#cache.size;
  }

  forget(id: string): void {
    this.#latest.delete(id);
  }

  diagnostics(doc: SourceSnapshot, settings: Settings = defaultSettings): DiagnosticData[] {
    // The analysis before this one: the diagnostics of the blocks an edit left alone are taken from it.
    const previous = this.#latest.get(doc.id)?.analysis;
    const analysis = this.analyze(doc);
    const since = stageStart();
    const diagnostics = withoutIgnoredClaims(computeDiagnostics(analysis, this.#kb, settings, previous), analysis, this.#kb, settings);
    stageEnd(diagnosticsCost, since);
    return diagnostics;
  }

  /**
   * The same diagnostics block by block: a block that says the same as in the previous version gives the same
   * array object, so the language server converts and sends only the blocks that changed (issue 10).
   */
  blockDiagnostics(doc: SourceSnapshot, settings: Settings = defaultSettings): BlockDiagnostics[] {
    const previous = this.#latest.get(doc.id)?.analysis;
    const groups = computeBlockDiagnostics(this.analyze(doc), this.#kb, settings, previous);
    if (settings.ignoredClaims.length === 0) return groups;
    return groups.map((group) => ({ block: group.block, diagnostics: blockWithoutIgnoredClaims(group.diagnostics, this.#kb, settings) })).filter((group) => group.diagnostics.length > 0);
  }

  hover(doc: DocumentSnapshot, offset: number, settings: Settings = defaultSettings): HoverResult | undefined {
    const analysis = this.analyze(doc);
    const data = findHover(analysis, offset);
    // An own finding's hint, wherever the mouse is in its sentence (see ownFindingHover.ts).
    const note = settings.severity.ownFinding === 'off' ? undefined : ownFindingNote(analysis, offset, this.#kb);
    if (!data) return note && { span: note.span, markdown: note.markdown };
    const markdown = renderHover(data, this.#kb);
    return { data, span: data.span, markdown: note ? `${markdown}\n\n---\n\n${note.markdown}` : markdown };
  }

  definition(doc: DocumentSnapshot, offset: number): DefinitionData | undefined {
    return findDefinition(this.analyze(doc), offset, this.#kb);
  }

  completion(doc: DocumentSnapshot, offset: number, settings: Settings = defaultSettings): CompletionResult | undefined {
    const context = completionContext(doc.text, offset, doc.languageId);
    if (!context) return undefined;
    if (context.kind === 'entity') return { context, citations: [], entities: completeEntities(this.#kb, context.prefix) };
    const entities = writtenSentenceEntities(doc.text, doc.languageId, context.commandStart, this.#kb);
    const list = completeCitationList(this.#kb, context, entities, settings.completion.rankByContext);
    return { context, citations: list.items, citationsIncomplete: list.isIncomplete, entities: [] };
  }

  /** The Markdown documentation of a citation completion, computed when the editor asks for it. */
  citationDocumentation(key: string): string {
    return renderHover({ kind: 'citation', key, span: { start: 0, end: 0 } }, this.#kb);
  }

  codeActions(doc: DocumentSnapshot, span: SourceSpan, settings: Settings = defaultSettings): CodeActionData[] {
    const analysis = this.analyze(doc);
    const diagnostics = withoutIgnoredClaims(computeDiagnostics(analysis, this.#kb, settings), analysis, this.#kb, settings).filter((d) => d.span.start <= span.end && d.span.end >= span.start);
    return computeCodeActions(analysis, doc.text, doc.languageId, diagnostics, this.#kb);
  }

  report(docs: readonly (DocumentSnapshot & { path: string })[]): Report {
    const analyses = docs.map((doc) => this.analyze(doc));
    return buildReport(docs.map((doc, i) => reportFile(doc.path, doc.text, analyses[i], this.#kb)), analyses);
  }
}
