// Helpers for the in-editor suites. They only use the public vscode API, so the suites run the same in
// code-server's extension host (scripts/e2e/api.js) and in desktop VS Code (runDesktop.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The sentence that the examples write on purpose as unsupported in OSCC (STAT1 is reported elsewhere). */
export const stat1Sentence = 'IL-11 signals via STAT1 in OSCC.';
/** The sentence whose supported claim has no citation; the quick fix cites the paper that reports it. */
export const uncitedSentence = 'Sorafenib induces IL-6Rα expression in hepatocellular carcinoma cells through ATF3.';

/** Polls fn until it returns something truthy, or fails with what was awaited (the server may still be loading). */
export async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string | (() => string), timeoutMs = 20000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A file of the test workspace (the runner copies the examples into a fresh folder). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder holding copies of examples/');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a workspace file in an editor, which is what makes the extension activate and the server check it. */
export async function openDraft(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The position of `needle` in the document, plus `delta` characters (0 = its first character). */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in ${document.fileName}`);
  return document.positionAt(offset + delta);
}

/** The line number of the line whose trimmed text is exactly `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.trim() === text) return line;
  }
  assert.fail(`no line "${text}" in ${document.fileName}`);
}

/** ClaimLens's diagnostics of a document once the server has published them. */
export function claimLensDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'claimlens');
    return diagnostics.length ? diagnostics : undefined;
  }, `ClaimLens diagnostics for ${uri.path}`);
}

/** Resolves once the server has published a ClaimLens diagnostic on `line`, i.e. has checked the text there. */
export function diagnosticOn(uri: vscode.Uri, line: number): Promise<vscode.Diagnostic> {
  return waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'claimlens' && d.range.start.line === line), `a ClaimLens diagnostic on line ${line + 1} of ${uri.path}`);
}

/** A diagnostic code as a string, whether the server sent a plain code or one with a documentation link. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/**
 * The text of every hover at a position (several providers may answer; ClaimLens is one of them), with
 * Markdown's backslash escapes removed: the API returns the Markdown source ("interleukin\\-11"), and the
 * assertions are about what the card shows ("interleukin-11").
 */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Completion items in the order the editor shows them: by sortText (the label when there is none). */
export async function completionsAt(uri: vscode.Uri, position: vscode.Position, triggerCharacter?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, triggerCharacter);
  const key = (item: vscode.CompletionItem) => item.sortText ?? labelOf(item);
  return [...list.items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Inserts `text` as a new line after `afterLine` (a test typing a new sentence) and returns that line's number;
 * `undo` removes it again, so that the next test sees the draft as the runner copied it.
 */
export async function insertLine(editor: vscode.TextEditor, afterLine: number, text: string): Promise<{ line: number; undo: () => Promise<void> }> {
  const at = editor.document.lineAt(afterLine).range.end;
  assert.ok(await editor.edit((edit) => edit.insert(at, `\n${text}`)), 'the edit was not applied');
  const line = afterLine + 1;
  return {
    line,
    undo: async () => {
      const range = new vscode.Range(editor.document.lineAt(afterLine).range.end, editor.document.lineAt(line).range.end);
      assert.ok(await editor.edit((edit) => edit.delete(range)), 'the inserted line was not removed');
    },
  };
}
