// The one place where core results become LSP types. Every function here is a small, total conversion.
import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, InsertTextFormat, MarkupKind,
  type CodeAction, type CompletionItem, type Diagnostic, type Hover, type LocationLink, type Range, type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import type { CodeActionData } from '../core/features/codeActions';
import type { DefinitionData } from '../core/features/definition';
import type { CitationCompletion, EntityCompletion } from '../core/features/completion';
import type { DiagnosticData } from '../core/features/diagnostics';
import type { KbProblem } from '../core/kb/problems';
import type { Fact } from '../core/kb/schema';
import type { HoverResult } from '../core/service';
import type { SourceSpan } from '../core/text/prose';
import { clientCommands } from '../protocol';

export function range(document: TextDocument, span: SourceSpan): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function span(document: TextDocument, r: Range): SourceSpan {
  return { start: document.offsetAt(r.start), end: document.offsetAt(r.end) };
}

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** Where a fact is written in the library, for related information that opens the file at the fact. */
export type FactLocator = (fact: Fact) => { uri: string; line: number; character: number } | undefined;

export function diagnostic(document: TextDocument, data: DiagnosticData, locate: FactLocator, withRelated: boolean): Diagnostic {
  return { range: range(document, data.span), ...diagnosticWithoutRange(data, locate, withRelated) };
}

/** A diagnostic without its range, which the main thread adds where the block is now (lsp/blockDiagnostics.ts). */
export function diagnosticWithoutRange(data: DiagnosticData, locate: FactLocator, withRelated: boolean): Omit<Diagnostic, 'range'> {
  const result: Omit<Diagnostic, 'range'> = {
    severity: severities[data.severity],
    code: data.code,
    source: 'claimlens',
    message: data.message,
    // No `data`: a quick fix is computed again from the document at the range asked (service.codeActions),
    // never read back from the diagnostic, and the field was 14% of a thesis's publish (2.00 -> 1.73 MB).
  };
  if (withRelated) {
    const related = data.related.flatMap((r) => {
      const where = locate(r.fact);
      // A position is line and character only (`where` also holds the file's URI, which is the location's).
      const at = where && { line: where.line, character: where.character };
      return at ? [{ location: { uri: where.uri, range: { start: at, end: at } }, message: r.message }] : [];
    });
    if (related.length > 0) result.relatedInformation = related;
  }
  return result;
}

export function problemDiagnostic(problem: KbProblem): Diagnostic {
  const at = { line: problem.line, character: problem.character };
  return {
    range: { start: at, end: { line: problem.line, character: problem.character + 1 } },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: 'knowledge-base',
    source: 'claimlens',
    message: problem.path ? `${problem.path}: ${problem.message}` : problem.message,
  };
}

export function hover(document: TextDocument, result: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: range(document, result.span) };
}

export function citationItem(document: TextDocument, item: CitationCompletion, insert: SourceSpan, replace: SourceSpan, insertReplace: boolean): CompletionItem {
  const textEdit = insertReplace
    ? { newText: item.key, insert: range(document, insert), replace: range(document, replace) }
    : ({ newText: item.key, range: range(document, insert) } satisfies TextEdit);
  return {
    label: item.key,
    kind: CompletionItemKind.Reference,
    detail: item.detail,
    filterText: item.filterText,
    sortText: item.sortText,
    // The best match for the sentence is preselected, so Enter inserts it.
    preselect: item.sortText === '00000' && item.score > 0,
    textEdit,
    insertTextFormat: InsertTextFormat.PlainText,
    data: { key: item.key },
  };
}

export function entityItem(document: TextDocument, item: EntityCompletion, insert: SourceSpan): CompletionItem {
  return {
    label: item.label,
    kind: CompletionItemKind.Keyword,
    detail: item.detail,
    textEdit: { newText: item.label, range: range(document, insert) },
  };
}

/** A code action; of the diagnostic it fixes only the code and the place are read (the worker sends no more). */
export function codeAction(document: TextDocument, data: Omit<CodeActionData, 'diagnostic'> & { diagnostic?: Pick<NonNullable<CodeActionData['diagnostic']>, 'code' | 'span'> }, diagnostics: readonly Diagnostic[]): CodeAction {
  const matching = data.diagnostic ? diagnostics.filter((d) => d.code === data.diagnostic!.code && d.range.start.line === document.positionAt(data.diagnostic!.span.start).line) : [];
  return {
    title: data.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: matching.length > 0 ? matching : undefined,
    isPreferred: data.isPreferred,
    ...(data.edits.length > 0 ? { edit: { changes: { [document.uri]: data.edits.map((edit) => ({ range: range(document, edit.span), newText: edit.newText })) } } } : {}),
    ...(data.command ? { command: { title: data.title, command: clientCommands[data.command.name], arguments: [data.command.argument] } } : {}),
  };
}

export function definition(document: TextDocument, data: DefinitionData): LocationLink[] {
  const at = { line: data.target.line, character: data.target.character };
  const targetRange = { start: at, end: at };
  return [{ originSelectionRange: range(document, data.span), targetUri: pathToFileURL(data.target.file).href, targetRange, targetSelectionRange: targetRange }];
}
