// How the client answers the server's configuration requests, and which knowledge-base files it watches.
// Settings are declared as flat dotted keys in package.json (claimlens.severity.contradicted); the server
// reads them as the nested object that VS Code builds from those keys under the section `claimlens`.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConfigurationParams } from 'vscode-languageclient/node';

/** The section the server asks for and the prefix of every setting. */
export const section = 'claimlens';

/**
 * Answers a workspace/configuration request. When the scope URI names an open document, the document
 * itself is the scope: only then does VS Code apply language-specific settings, so that
 * `"[markdown]": { "claimlens.enabled": false }` switches Markdown off while LaTeX stays on.
 */
export function answerConfigurationRequest(params: ConfigurationParams): unknown[] {
  return params.items.map((item) => {
    if (!item.section) return null;
    const scope = item.scopeUri ? (openDocument(item.scopeUri) ?? fileScope(vscode.Uri.parse(item.scopeUri))) : undefined;
    const dot = item.section.lastIndexOf('.');
    const parent = dot === -1 ? undefined : item.section.slice(0, dot);
    return plain(vscode.workspace.getConfiguration(parent, scope).get(item.section.slice(dot + 1)));
  });
}

/** The whole `claimlens` object, unscoped, as the server expects it in its initialization options. */
export function globalSettings(): unknown {
  return plain(vscode.workspace.getConfiguration().get(section));
}

/**
 * A file that is not open (the workspace check asks about every manuscript): its language comes from its
 * extension, so that language-specific settings apply to it as they do to an open document.
 */
function fileScope(uri: vscode.Uri): vscode.ConfigurationScope {
  const languageId = /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : /\.tex$/i.test(uri.path) ? 'latex' : undefined;
  return languageId ? { uri, languageId } : uri;
}

/** Whether ClaimLens is on for a document's language (`"[markdown]": { "claimlens.enabled": false }` turns it off). */
export function enabledFor(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration(section, document).get<boolean>('enabled', true);
}

function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
}

/** Settings objects are proxies with methods; the server needs plain JSON. */
function plain(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** The files a library folder is read from (core/kb/build.ts isLibrarySourcePath): library JSON and bibliographies. */
const kbFile = /\.(json|bib|bibtex|ya?ml|ris)$/i;

/**
 * Watch patterns for `claimlens.knowledgeBase.extraFolders`, resolved as the server resolves them:
 * absolute entries as they are, relative entries against every workspace folder. An entry may name a
 * single library file rather than a folder.
 */
export function extraFolderPatterns(): vscode.RelativePattern[] {
  const entries = vscode.workspace.getConfiguration(section).get<string[]>('knowledgeBase.extraFolders') ?? [];
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath);
  return entries
    .filter((entry) => typeof entry === 'string' && entry.trim() !== '')
    .flatMap((entry) => (path.isAbsolute(entry) ? [entry] : folders.map((folder) => path.join(folder, entry))))
    .map((location) =>
      kbFile.test(location)
        ? new vscode.RelativePattern(vscode.Uri.file(path.dirname(location)), path.basename(location))
        : new vscode.RelativePattern(vscode.Uri.file(location), '**/*.{json,bib,bibtex,yaml,yml,ris}'),
    );
}
