// LaTeX projects in the language server: a chapter open in the editor is read with what its root gives it
// (bibliographies, macros, abbreviations). Files are read from the open documents first, so an unsaved
// root counts, then from the disk. The bibliographies projects declare are handed to knowledge-base
// loading, so a chapter's keys resolve even when the .bib lies outside the workspace.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { projectContextFor, type ProjectContext } from '../core/project/index';
import { DiskProjectFiles, projectPath } from '../node/projectFiles';

export class LatexProjects {
  readonly #documents: TextDocuments<TextDocument>;
  /** Contexts computed since the last change to any open document, by URI. */
  #contexts = new Map<string, ProjectContext | undefined>();
  #files: DiskProjectFiles | undefined;
  readonly #bibliographies = new Set<string>();
  #loadedBibliographies = new Set<string>();

  constructor(documents: TextDocuments<TextDocument>) {
    this.#documents = documents;
  }

  /** Any edit, save or file change may change a project: contexts are recomputed on the next request. */
  invalidate(): void {
    this.#contexts = new Map();
    this.#files = undefined;
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
      for (const bib of context.bibliographies) if (files.exists(bib)) this.#bibliographies.add(path.resolve(bib));
    } catch {
      context = undefined;
    }
    this.#contexts.set(uri, context);
    return context;
  }

  /** Every bibliography a project has declared so far; what knowledge-base loading should include. */
  bibliographies(): string[] {
    this.#loadedBibliographies = new Set(this.#bibliographies);
    return [...this.#bibliographies];
  }

  /** True when a project declared a bibliography the knowledge base was loaded without. */
  hasNewBibliographies(): boolean {
    return [...this.#bibliographies].some((bib) => !this.#loadedBibliographies.has(bib));
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

  #diskFiles(): DiskProjectFiles {
    this.#files ??= new DiskProjectFiles((file) => this.#documents.get(pathToFileURL(file).href)?.getText());
    return this.#files;
  }
}
