// Which documents and editors ClaimLens is about. The status bar and the commands both need to find "the
// manuscript the user is looking at", which is not always the active editor: when the report view has the
// focus, VS Code has no active text editor, yet the manuscript is still visible beside it.
import * as vscode from 'vscode';
import { languageIds } from '../../server/src/protocol';

const manuscriptLanguages: ReadonlySet<string> = new Set(languageIds);

export function isManuscript(document: vscode.TextDocument): boolean {
  return manuscriptLanguages.has(document.languageId);
}

/** The active editor if it shows a manuscript, else the first visible editor that does. */
export function manuscriptEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return isManuscript(active.document) ? active : undefined;
  return vscode.window.visibleTextEditors.find((editor) => isManuscript(editor.document));
}

/**
 * A report's file path as a URI. The server reports file-system paths for files on disk and the URI itself
 * for documents that have none (untitled:Untitled-1), so anything with a scheme of two or more letters is a
 * URI; a single letter before the colon is a Windows drive.
 */
export function reportPathToUri(path: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(path) ? vscode.Uri.parse(path) : vscode.Uri.file(path);
}
