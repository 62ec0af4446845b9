// The claims report, in a webview panel rather than a generated Markdown document in the Markdown preview.
// Why: the report quotes manuscript sentences and knowledge-base labels, and in Markdown those would be
// interpreted as markup (a sentence with `*`, `|` or `<b>` breaks the table or renders HTML), so every piece
// would need Markdown escaping, which is fragile where HTML escaping is exact; the preview's security settings
// belong to the user and may allow scripts or remote images, while a webview gets our own strict
// Content-Security-Policy (no remote content, only our nonce'd style and script); and a location link must
// open the manuscript at the sentence, which a webview does by posting a message, while the preview could do
// it only with command URIs that need trusted content. The page itself is built in reportHtml.ts.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Report } from '../../server/src/core/analysis/report';
import { parseReportMessage, renderReportPage } from './reportHtml';
import { reportPathToUri } from './util';

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private last: Report | undefined;

  /** Called when the page's "Export JSON" button is pressed. */
  constructor(private readonly onExport: () => unknown) {}

  /** The report shown last, which the export command saves. */
  get report(): Report | undefined {
    return this.last;
  }

  /** Shows a report, reusing the panel if it is open. `subject` names what was checked. */
  show(report: Report, subject: string): void {
    this.last = report;
    void vscode.commands.executeCommand('setContext', 'claimlens.hasReport', true);
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      this.panel = vscode.window.createWebviewPanel('claimlens.report', 'ClaimLens report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableCommandUris: false,
        // The page loads nothing: no local files, no remote content.
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message) => this.receive(message));
    }
    this.panel.webview.html = renderReportPage(report, {
      nonce: randomBytes(16).toString('hex'),
      subject,
      displayPath: (file) => (path.isAbsolute(file) ? vscode.workspace.asRelativePath(file) : file),
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseReportMessage(raw);
    if (!message) return;
    if (message.command === 'export') {
      this.onExport();
      return;
    }
    const uri = reportPathToUri(message.path);
    const selection = new vscode.Range(message.start.line, message.start.character, message.end.line, message.end.character);
    // Open the manuscript where it is already shown, so that the report beside it stays in view.
    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    const column = shown?.viewColumn ?? vscode.window.visibleTextEditors[0]?.viewColumn ?? vscode.ViewColumn.One;
    try {
      await vscode.window.showTextDocument(uri, { selection, viewColumn: column, preview: false });
    } catch (error) {
      void vscode.window.showErrorMessage(`ClaimLens: cannot open ${message.path}: ${(error as Error).message}`);
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
