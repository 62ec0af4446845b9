// The extension's commands. Checks run on the server through workspace/executeCommand, with the document
// URI as a string: the server looks the document up among the open ones by that string.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { Report } from '../../server/src/core/analysis/report';
import { clientCommands, commands, receiveReport, reportPartRequest, type PaperWithoutAbstract, type ReportOptions } from '../../server/src/protocol';
import type { ReportView } from './reportView';
import { enabledFor, section } from './config';
import { isManuscript, manuscriptEditor } from './util';

export function registerCommands(client: LanguageClient, reportView: ReportView): vscode.Disposable[] {
  const run = (command: string, args: unknown[] = []) => client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  // A report is asked for in parts: a thesis's report in one message held the server's other requests while
  // it was encoded (issue 11); the parts come one request each.
  const inParts: ReportOptions = { inParts: true };
  const report = async (command: string, args: unknown[]) => receiveReport<Report>(await run(command, [...args, inParts]), (params) => client.sendRequest<string>(reportPartRequest, params));

  async function checkActiveDocument(uri?: vscode.Uri): Promise<void> {
    // A URI comes with invocations from menus; the palette and the status bar pass nothing.
    const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : manuscriptEditor()?.document;
    if (!document || !isManuscript(document)) {
      void vscode.window.showInformationMessage('ClaimLens: open a Markdown or LaTeX document to check its claims.');
      return;
    }
    if (!enabledFor(document)) {
      void vscode.window.showInformationMessage(`ClaimLens is turned off for ${document.languageId} (the setting claimlens.enabled).`);
      return;
    }
    const checked = await report(commands.checkDocument, [client.code2ProtocolConverter.asUri(document.uri)]);
    if (!checked) {
      void vscode.window.showWarningMessage(`ClaimLens: ${path.basename(document.fileName)} could not be checked (is ClaimLens enabled for ${document.languageId}?).`);
      return;
    }
    reportView.show(checked, path.basename(document.fileName));
  }

  async function checkWorkspace(): Promise<void> {
    // The server reports work-done progress (with a cancel button) while it reads the files.
    const checked = await report(commands.checkWorkspace, []);
    if (checked) reportView.show(checked, vscode.workspace.name ?? 'workspace');
  }

  async function exportReport(): Promise<void> {
    const report = reportView.report;
    if (!report) {
      void vscode.window.showInformationMessage('ClaimLens: there is no report to export yet; check a document or the workspace first.');
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'claimlens-report.json') : undefined,
      filters: { JSON: ['json'] },
      saveLabel: 'Export',
      title: 'Export ClaimLens Report',
    });
    if (!target) return;
    // The same text as `claimlens check --format json`, so that tools can read either.
    await vscode.workspace.fs.writeFile(target, Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8'));
    void vscode.window.showInformationMessage(`ClaimLens: report exported to ${vscode.workspace.asRelativePath(target)}.`);
  }

  /** The quick fix "Ignore … in this workspace": the claim goes into the workspace's settings, not the manuscript. */
  async function ignoreClaim(name: unknown): Promise<void> {
    if (typeof name !== 'string' || name.trim() === '') return;
    const configuration = vscode.workspace.getConfiguration(section);
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const current = configuration.inspect<string[]>('ignoredClaims');
    const list = (target === vscode.ConfigurationTarget.Workspace ? current?.workspaceValue : current?.globalValue) ?? [];
    if (!list.includes(name)) await configuration.update('ignoredClaims', [...list, name], target);
    vscode.window.setStatusBarMessage(`ClaimLens: "${name}" is ignored in this ${target === vscode.ConfigurationTarget.Workspace ? 'workspace' : 'profile'} (claimlens.ignoredClaims)`, 5000);
  }

  async function reloadKnowledgeBase(): Promise<void> {
    const result = (await run(commands.reloadKnowledgeBase)) as { papers: number; facts: number } | null;
    if (result) vscode.window.setStatusBarMessage(`ClaimLens: knowledge base reloaded: ${result.papers} papers, ${result.facts} facts`, 5000);
  }

  /** The papers whose claims cannot be checked; the one picked opens at its entry. */
  async function listPapersWithoutAbstracts(): Promise<void> {
    const papers = ((await run(commands.papersWithoutAbstracts)) as PaperWithoutAbstract[] | null) ?? [];
    if (papers.length === 0) {
      void vscode.window.showInformationMessage('ClaimLens: every paper of the library has an abstract or curated findings.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      papers.map((paper) => ({ label: paper.key, description: paper.title, detail: paper.uri ? vscode.workspace.asRelativePath(vscode.Uri.parse(paper.uri)) : undefined, paper })),
      { title: `ClaimLens: ${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} without an abstract (claims citing them cannot be checked)`, matchOnDescription: true },
    );
    if (!picked?.paper.uri) return;
    const line = picked.paper.line ?? 0;
    await vscode.window.showTextDocument(vscode.Uri.parse(picked.paper.uri), { selection: new vscode.Range(line, 0, line, 0) });
  }

  // Errors become messages rather than rejected command promises, which VS Code would show without context.
  const guarded = <A extends unknown[]>(name: string, action: (...args: A) => Promise<void>) => async (...args: A) => {
    try {
      await action(...args);
    } catch (error) {
      client.outputChannel.error(`${name} failed: ${(error as Error).stack ?? error}`);
      void vscode.window.showErrorMessage(`ClaimLens: ${name} failed: ${(error as Error).message}`, 'Show Output').then((choice) => {
        if (choice) client.outputChannel.show();
      });
    }
  };

  return [
    vscode.commands.registerCommand(clientCommands.checkDocument, guarded('checking the document', checkActiveDocument)),
    vscode.commands.registerCommand(clientCommands.checkWorkspace, guarded('checking the workspace', checkWorkspace)),
    vscode.commands.registerCommand(clientCommands.exportReport, guarded('exporting the report', exportReport)),
    vscode.commands.registerCommand(clientCommands.showOutput, () => client.outputChannel.show()),
    vscode.commands.registerCommand(clientCommands.restartServer, guarded('restarting the server', () => client.restart())),
    vscode.commands.registerCommand(clientCommands.reloadKnowledgeBase, guarded('reloading the knowledge base', reloadKnowledgeBase)),
    vscode.commands.registerCommand(clientCommands.ignoreClaim, guarded('ignoring the claim', ignoreClaim)),
    vscode.commands.registerCommand(clientCommands.listPapersWithoutAbstracts, guarded('listing papers without abstracts', listPapersWithoutAbstracts)),
  ];
}
