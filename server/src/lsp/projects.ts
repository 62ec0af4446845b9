// LaTeX projects in the language server: a chapter open in the editor is read with what its root gives it
// (bibliographies, macros, abbreviations). Files are read from the open documents first, so an unsaved
// root counts, then from the disk. The bibliographies projects declare, and those a Markdown draft names in
// its front matter (Pandoc's `bibliography:`), are handed to knowledge-base loading, so a draft's keys
// resolve even when the bibliography lies outside the workspace.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type CompletionItem, type Diagnostic, type Range, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeBase } from '../core/kb/knowledgeBase';
import { isBibPath, isLibrarySourcePath } from '../core/kb/build';
import { inBibliographies, keysOutsideBibliography } from '../core/project/bibliography';
import { projectContextFor, type ProjectContext } from '../core/project/index';
import { declaredBibliographies } from '../core/text/bibliographies';
import type { ProseDocument } from '../core/text/prose';
import { DiskProjectFiles, projectPath, resolveDeclaredBibliography } from '../node/projectFiles';

export class LatexProjects {
  readonly #documents: TextDocuments<TextDocument>;
  /** Contexts computed since the last change to any open document, by URI. */
  #contexts = new Map<string, ProjectContext | undefined>();
  #files: DiskProjectFiles | undefined;
  /**
   * The bibliographies each document declares (a draft's front matter, a chapter's project), by URI: a
   * bibliography no document declares any more (removed from the front matter, its draft closed) is dropped
   * from the library at the next load.
   */
  readonly #declaredBy = new Map<string, Set<string>>();
  #loadedBibliographies = new Set<string>();

  constructor(documents: TextDocuments<TextDocument>) {
    this.#documents = documents;
  }

  /**
   * A file change on disk may change any project: contexts and the disk cache are dropped. An edit in the
   * editor changes a project only through an open document, which the overlay serves live, so the disk cache
   * stays (the next check does not reread every chapter).
   */
  invalidate(what: 'files' | 'edit' = 'files'): void {
    this.#contexts = new Map();
    if (what === 'files') this.#files = undefined;
  }

  /** The project context of a LaTeX document (undefined for other languages or non-file URIs). */
  contextFor(uri: string, languageId: string): ProjectContext | undefined {
    if (languageId !== 'latex' && languageId !== 'tex') return undefined;
    if (this.#contexts.has(uri)) return this.#contexts.get(uri);
    let context: ProjectContext | undefined;
    try {
      const file = projectPath(fileURLToPath(uri));
      const files = this.#diskFiles();
      context = projectContextFor(file, files);
      // A declared bibliography that does not exist yet is no library folder to warn about.
      this.#declare(uri, context.bibliographies.filter((bib) => files.exists(bib)));
    } catch {
      context = undefined;
      this.#declaredBy.delete(uri);
    }
    this.#contexts.set(uri, context);
    return context;
  }

  /**
   * The bibliographies a document uses that exist: its LaTeX project's, or those its Markdown front matter
   * names (relative to the draft, absolute or under `~`). A Markdown draft's are remembered for loading,
   * like a project's; only files with a bibliography extension count (a draft may name anything).
   */
  bibliographiesOf(document: TextDocument, context: ProjectContext | undefined): string[] {
    if (document.languageId !== 'markdown') return this.#existing(context);
    let folder: string;
    try {
      folder = path.dirname(fileURLToPath(document.uri));
    } catch {
      return [];
    }
    const files = this.#diskFiles();
    const found = declaredBibliographies('markdown', document.getText())
      .map((name) => projectPath(resolveDeclaredBibliography(folder, name)))
      .filter((bib) => isLibrarySourcePath(bib) && files.exists(bib));
    this.#declare(document.uri, found);
    return found;
  }

  /** A closed document declares nothing any more. */
  forget(uri: string): void {
    this.#declaredBy.delete(uri);
  }

  /** Every bibliography the documents declare now; what knowledge-base loading should include. */
  bibliographies(): string[] {
    this.#loadedBibliographies = this.#declared();
    return [...this.#loadedBibliographies];
  }

  /** Whether a project or a draft declares this bibliography (an absolute path). */
  isDeclared(file: string): boolean {
    return this.#declared().has(path.resolve(file));
  }

  /** True when the documents declare other bibliographies than the knowledge base was loaded with (one more, or one fewer). */
  hasNewBibliographies(): boolean {
    const declared = this.#declared();
    return declared.size !== this.#loadedBibliographies.size || [...declared].some((bib) => !this.#loadedBibliographies.has(bib));
  }

  #declare(uri: string, bibliographies: readonly string[]): void {
    this.#declaredBy.set(uri, new Set(bibliographies.map((bib) => path.resolve(bib))));
  }

  #declared(): Set<string> {
    return new Set([...this.#declaredBy.values()].flatMap((bibs) => [...bibs]));
  }

  /** Missing included files and include cycles, as warnings at the command in this document. */
  diagnostics(document: TextDocument, context: ProjectContext | undefined): Diagnostic[] {
    return (context?.problems ?? []).map((problem) => ({
      range: { start: document.positionAt(problem.start), end: document.positionAt(problem.end) },
      severity: DiagnosticSeverity.Warning,
      code: problem.kind,
      source: 'claimlens',
      message: problem.message,
    }));
  }

  /** Keys the library knows but the document's bibliographies do not: BibTeX (or Pandoc) will not find them. */
  outsideBibliography(document: TextDocument, prose: ProseDocument, kb: KnowledgeBase, bibliographies: readonly string[]): Diagnostic[] {
    return keysOutsideBibliography(prose, kb, bibliographies, toolOf(document)).map((found) => ({
      range: { start: document.positionAt(found.span.start), end: document.positionAt(found.span.end) },
      severity: DiagnosticSeverity.Warning,
      code: 'not-in-bibliography',
      source: 'claimlens',
      message: found.message,
    }));
  }

  /**
   * "Add <key> to <file>.bib": inserts the library's entry at the end of the first bibliography, when that is
   * a .bib (the entry is BibTeX; a CSL-JSON or YAML bibliography gets no such fix).
   */
  addEntryActions(document: TextDocument, range: Range, prose: ProseDocument, kb: KnowledgeBase, bibliographies: readonly string[], diagnostics: Diagnostic[]): CodeAction[] {
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    return keysOutsideBibliography(prose, kb, bibliographies, toolOf(document))
      .filter((found) => found.span.start <= to && found.span.end >= from && isBibPath(found.bibliography))
      .flatMap((found) => {
        const bibText = this.#diskFiles().read(found.bibliography);
        if (bibText === undefined) return [];
        const lines = bibText.split('\n');
        const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
        const separator = bibText === '' || bibText.endsWith('\n\n') ? '' : bibText.endsWith('\n') ? '\n' : '\n\n';
        return [{
          title: `Add ${found.key} to ${path.basename(found.bibliography)} (from the ClaimLens library)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: diagnostics.filter((d) => d.code === 'not-in-bibliography' && document.offsetAt(d.range.start) === found.span.start),
          edit: { changes: { [pathToFileURL(found.bibliography).href]: [{ range: { start: end, end }, newText: separator + found.entry }] } },
        }];
      });
  }

  /** A citation completion for a key no .bib of the project holds says so: inserting it alone breaks BibTeX. */
  markCompletion(item: CompletionItem, kb: KnowledgeBase, document: TextDocument, bibliographies: readonly string[]): CompletionItem {
    const paper = kb.papers.get(String(item.label));
    if (bibliographies.length === 0 || !paper || inBibliographies(paper, bibliographies)) return item;
    // Only a .bib gets the entry from a quick fix (see codeActions); for a CSL-JSON file the writer adds it.
    const fix = isBibPath(bibliographies[0]) ? ' (quick fix)' : '';
    const note = `not in ${path.basename(bibliographies[0])}: add the entry${fix} or ${toolOf(document)} will fail`;
    return { ...item, detail: item.detail ? `${item.detail} · ${note}` : note, labelDetails: { description: `not in ${path.basename(bibliographies[0])}` } };
  }

  #existing(context: ProjectContext | undefined): string[] {
    if (!context) return [];
    const files = this.#diskFiles();
    return context.bibliographies.filter((bib) => files.exists(bib));
  }

  #diskFiles(): DiskProjectFiles {
    this.#files ??= new DiskProjectFiles((file) => this.#documents.get(pathToFileURL(file).href)?.getText());
    return this.#files;
  }
}

/** What reads the bibliography when the document is typeset: BibTeX (or biber) for LaTeX, Pandoc for Markdown. */
function toolOf(document: TextDocument): 'BibTeX' | 'Pandoc' {
  return document.languageId === 'markdown' ? 'Pandoc' : 'BibTeX';
}
