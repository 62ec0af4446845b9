// Related information that opens the finding itself. The server points each related item at the fact's line
// in a library JSON file (any LSP editor can open that); in VS Code the client turns the link into a read-only
// virtual document that shows the statement, the paper and the locator, and names the file it comes from.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { renderFinding } from './findingText';

export const findingScheme = 'claimlens-finding';

interface Target {
  file: string;
  line: number;
  character: number;
}

/** The virtual document for a position in a library file; the tab shows the paper key and line. */
function findingUri(file: vscode.Uri, position: vscode.Position, message: string): vscode.Uri {
  const paper = /^[\w:-]+/.exec(message)?.[0] ?? path.basename(file.fsPath, '.json');
  const target: Target = { file: file.toString(), line: position.line, character: position.character };
  return vscode.Uri.from({ scheme: findingScheme, path: `/${paper} finding (line ${position.line + 1})`, query: JSON.stringify(target) });
}

/** Rewrites related information that points into a library JSON file; anything else is left as it is. */
export function withFindingLinks(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'claimlens' || !diagnostic.relatedInformation) continue;
    diagnostic.relatedInformation = diagnostic.relatedInformation.map((related) => {
      const { uri, range } = related.location;
      if (uri.scheme !== 'file' || !uri.path.endsWith('.json')) return related;
      const location = new vscode.Location(findingUri(uri, range.start, related.message), new vscode.Position(0, 0));
      return new vscode.DiagnosticRelatedInformation(location, related.message);
    });
  }
  return diagnostics;
}

export class FindingDocuments implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    let target: Target;
    try {
      target = JSON.parse(uri.query) as Target;
    } catch {
      return 'This link does not name a finding.';
    }
    const file = vscode.Uri.parse(target.file);
    const text = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8');
    const lines = text.split('\n');
    const offset = lines.slice(0, target.line).reduce((sum, line) => sum + line.length + 1, 0) + target.character;
    const label = `${vscode.workspace.asRelativePath(file)}, line ${target.line + 1}`;
    return renderFinding(text, offset, label) ?? `No finding at ${label} any more: the file has changed since the check.`;
  }
}
