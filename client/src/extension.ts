// Activation and deactivation only: the pieces live in client.ts, statusBar.ts, commands.ts, reportView.ts and
// findingDocument.ts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clientCommands } from '../../server/src/protocol';
import { createClient, ExtraFolderWatcher } from './client';
import { registerCommands } from './commands';
import { FindingDocuments, findingScheme } from './findingDocument';
import { ReportView } from './reportView';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Created here rather than by the client so that it outlives restarts and "Show Output" can reveal it.
  const output = vscode.window.createOutputChannel('ClaimLens', { log: true });
  client = createClient(context, output);
  const reportView = new ReportView(() => vscode.commands.executeCommand(clientCommands.exportReport));
  context.subscriptions.push(output, reportView, new StatusBar(client), new ExtraFolderWatcher(client), ...registerCommands(client, reportView));
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(findingScheme, new FindingDocuments()));
  try {
    await client.start();
  } catch (error) {
    // The commands stay registered, so "Restart Server" and "Show Output" still work after a failed start.
    output.error(`The ClaimLens language server did not start: ${(error as Error).stack ?? error}`);
    void vscode.window.showErrorMessage('ClaimLens: the language server did not start. See the ClaimLens output.');
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
