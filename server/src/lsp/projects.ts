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
import { inBibliographies, keysOutsideBibliography, type KeyOutsideBibliography } from '../core/project/bibliography';
import { projectContextFor, type ProjectContext } from '../core/project/index';
import { markdownBibliographies } from '../core/text/bibliographies';
import type { ProseDocument } from '../core/text/prose';
import { changedRange, type ChangedRange } from '../core/text/incrementalProse';
import { DiskProjectFiles, insideFolders, projectPath, resolveDeclaredBibliography } from '../node/projectFiles';
import { pendingTextOf } from './editedDocument';
import { combinedRange, type PendingText } from './pendingText';

export class LatexProjects {
  readonly #documents: TextDocuments<TextDocument>;
  /**
   * Contexts computed since the last change to any open document, by URI, with the text each was computed
   * from: an edit to that document that touches no project command keeps it (see `projectNeutral`).
   */
  #contexts = new Map<string, { text: PendingText | undefined; context: ProjectContext | undefined }>();
  #files: DiskProjectFiles | undefined;
  /**
   * The bibliographies each document declares (a draft's front matter, a chapter's project), by URI: a
   * bibliography no document declares any more (removed from the front matter, its draft closed) is dropped
   * from the library at the next load.
   */
  readonly #declaredBy = new Map<string, Set<string>>();
  #loadedBibliographies = new Set<string>();
  /** The folders files may be read from (a workspace the editor does not trust); undefined: anywhere. */
  #readableFolders: string[] | undefined;
  /**
   * What each Markdown draft's front matter names, with the text it was read from and how far into it the
   * answer reaches: edits after that (typing in the body) keep it without the text being read whole.
   */
  readonly #frontMatters = new Map<string, { text: PendingText; found: string[]; reach: number }>();

  constructor(documents: TextDocuments<TextDocument>) {
    this.#documents = documents;
  }

  /**
   * A file change on disk may change any project: contexts and the disk cache are dropped. An edit in the
   * editor changes a project only through an open document, which the overlay serves live, so the disk cache
   * stays (the next check does not reread every chapter).
   */
  invalidate(what: 'files' | 'edit' = 'files', edited?: string): void {
    // An edit keeps the edited document's own context for contextFor to re-validate against its new text;
    // every other document's context may inherit from the edited one (its abbreviations), so it goes.
    const kept = what === 'edit' && edited !== undefined ? this.#contexts.get(edited) : undefined;
    this.#contexts = new Map();
    if (kept) this.#contexts.set(edited!, kept);
    if (what === 'files') this.#files = undefined;
  }

  /**
   * In a workspace the editor does not trust, nothing outside its folders is read (issue 11): an \input
   * leading out of it is a file not found, a bibliography there is not declared. Undefined: no limit.
   */
  limitTo(folders: readonly string[] | undefined): void {
    this.#readableFolders = folders && [...folders];
    this.invalidate();
  }

  /** The folders files may be read from, for a project found elsewhere (the analysis worker); undefined: anywhere. */
  get readableFolders(): string[] | undefined {
    return this.#readableFolders;
  }

  /** The project context of a LaTeX document (undefined for other languages or non-file URIs). */
  contextFor(uri: string, languageId: string): ProjectContext | undefined {
    if (languageId !== 'latex' && languageId !== 'tex') return undefined;
    const document = this.#documents.get(uri);
    // Pending (editedDocument.ts): the edit is judged from its surroundings, without reading the text whole.
    const text = document && pendingTextOf(document);
    const cached = this.#contexts.get(uri);
    // Recomputing a context scans the whole file and its project: 41 ms per keystroke in a 100k-word thesis,
    // on the main thread (issue 10). Typing in prose changes none of it.
    if (cached && (cached.text === text || (cached.text !== undefined && text !== undefined && neutralSince(cached.text, text, cached.context)))) {
      cached.text = text;
      return cached.context;
    }
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
    this.#contexts.set(uri, { text, context });
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
    const found = this.#frontMatterOf(document)
      .map((name) => projectPath(resolveDeclaredBibliography(folder, name)))
      .filter((bib) => isLibrarySourcePath(bib) && files.exists(bib));
    this.#declare(document.uri, found);
    return found;
  }

  /** The bibliographies a draft's front matter names, read again only when an edit reaches the front matter. */
  #frontMatterOf(document: TextDocument): string[] {
    const text = pendingTextOf(document);
    const known = this.#frontMatters.get(document.uri);
    const edits = known && text.editsSince(known.text);
    if (known && edits && edits.every((edit) => edit.start >= known.reach)) {
      known.text = text;
      return known.found;
    }
    const { found, reach } = markdownBibliographies(document.getText());
    this.#frontMatters.set(document.uri, { text: pendingTextOf(document), found, reach });
    return found;
  }

  /**
   * The bibliographies a file's project declares (existing files), found in the analysis worker: Check
   * Workspace finds the project of a file the editor does not have open there, not on this thread (issue 11).
   */
  declareFound(uri: string, bibliographies: readonly string[]): void {
    this.#declare(uri, bibliographies);
  }

  /** A closed document declares nothing any more. */
  forget(uri: string): void {
    this.#declaredBy.delete(uri);
    this.#frontMatters.delete(uri);
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

  /** Keys the library knows but the document's bibliographies do not (keysOutsideBibliography): BibTeX (or Pandoc) will not find them. */
  outsideBibliography(document: TextDocument, outside: readonly Pick<KeyOutsideBibliography, 'span' | 'message'>[]): Diagnostic[] {
    return outside.map((found) => ({
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
    return this.addEntryActionsFor(document, range, keysOutsideBibliography(prose, kb, bibliographies, toolOf(document)), diagnostics);
  }

  /** The same, from keys already found (by the analysis worker, for a paragraph too long to read here). */
  addEntryActionsFor(document: TextDocument, range: Range, outside: readonly KeyOutsideBibliography[], diagnostics: Diagnostic[]): CodeAction[] {
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    return outside
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
    const folders = this.#readableFolders;
    this.#files ??= new DiskProjectFiles((file) => this.#documents.get(pathToFileURL(file).href)?.getText(), folders ? insideFolders(folders) : undefined);
    return this.#files;
  }
}

/** Project commands: includes, macro definitions, bibliographies, the document class; and magic comments. */
const projectCommand = /\\(?:input|include|subfile|subfileinclude|import|subimport|inputfrom|subinputfrom|includefrom|subincludefrom|newcommand|renewcommand|providecommand|DeclareRobustCommand|def|gdef|edef|xdef|bibliography|addbibresource|documentclass)(?![A-Za-z])|!\s*TE?X/i;
/** How far around an edit a project command may read (a macro's body after \newcommand, an argument before). */
const projectReach = 400;

/**
 * Whether the edit from `before` to `after` leaves the file's project context as it was: it is past the
 * first lines (magic comments), no project command is near it in either version (comments and escapes
 * that hide or reveal one are on its line), and no include problem (with offsets) lies after its start.
 */
export function projectNeutral(before: string | PendingText, after: string | PendingText, context: ProjectContext | undefined, known?: ChangedRange): boolean {
  const change = known ?? changedRange(typeof before === 'string' ? before : before.text, typeof after === 'string' ? after : after.text);
  if (!change) return true;
  if (context?.problems.some((problem) => problem.end >= change.start)) return false;
  const around = (text: string | PendingText, end: number): string | undefined => {
    const from = Math.max(0, lastNewline(text, change.start - projectReach));
    let lines = 0;
    for (let at = nextNewline(text, 0); at !== -1 && at < from && lines < 31; at = nextNewline(text, at + 1)) lines++;
    if (lines < 31) return undefined;
    const next = nextNewline(text, end + projectReach);
    const to = next < 0 ? text.length : next;
    return typeof text === 'string' ? text.slice(from, to) : text.window(from, to);
  };
  const old = around(before, change.oldEnd);
  const now = around(after, change.newEnd);
  return old !== undefined && now !== undefined && !projectCommand.test(old) && !projectCommand.test(now);
}

/** `projectNeutral` for a pending text and the one the context was made for: over the edits between them when known. */
function neutralSince(before: PendingText, after: PendingText, context: ProjectContext | undefined): boolean {
  const edits = after.editsSince(before);
  if (!edits) return projectNeutral(before, after, context);
  const range = combinedRange(before.length, edits);
  return range === undefined || projectNeutral(before, after, context, range);
}

/** `text.lastIndexOf('\n', from)`, for a string or a pending text. */
function lastNewline(text: string | PendingText, from: number): number {
  if (typeof text === 'string') return text.lastIndexOf('\n', from);
  for (let at = Math.min(Math.max(from, 0), text.length - 1); at >= 0; at--) if (text.charCodeAt(at) === 10) return at;
  return -1;
}

/** `text.indexOf('\n', from)`, for a string or a pending text. */
function nextNewline(text: string | PendingText, from: number): number {
  if (typeof text === 'string') return text.indexOf('\n', from);
  for (let at = Math.max(from, 0); at < text.length; at++) if (text.charCodeAt(at) === 10) return at;
  return -1;
}

/** What reads the bibliography when the document is typeset: BibTeX (or biber) for LaTeX, Pandoc for Markdown. */
function toolOf(document: TextDocument): 'BibTeX' | 'Pandoc' {
  return document.languageId === 'markdown' ? 'Pandoc' : 'BibTeX';
}
