// The status bar item: what the knowledge base holds ("12 papers, 9 with findings, 83 facts") and whether the
// server is busy. It is shown only while a manuscript is in view (see manuscriptEditor) in a language
// ClaimLens is enabled for, because ClaimLens has nothing to say about other files. Once per session, a
// notice names the papers whose claims cannot be checked because they have no abstract.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { clientCommands, statusNotification, type StatusParams } from '../../server/src/protocol';
import { enabledFor, section } from './config';
import { libraryText, withoutAbstractsNotice } from './statusText';
import { manuscriptEditor } from './util';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Left);
  private readonly subscriptions: vscode.Disposable[];
  /** The notice about papers without abstracts is shown once per session, not after every reload. */
  private toldAboutAbstracts = false;

  constructor(client: LanguageClient) {
    this.item.name = 'ClaimLens';
    this.item.command = clientCommands.checkDocument;
    this.show('$(sync~spin) ClaimLens: starting…', 'The ClaimLens language server is starting.');
    this.subscriptions = [
      client.onNotification(statusNotification, (params: StatusParams) => this.update(params)),
      client.onDidChangeState((event) => {
        if (event.newState === State.Stopped) this.show('$(circle-slash) ClaimLens: stopped', 'The ClaimLens language server is not running. Run "ClaimLens: Restart Server".', 'error');
        if (event.newState === State.Starting) this.show('$(sync~spin) ClaimLens: starting…', 'The ClaimLens language server is starting.');
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateVisibility()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateVisibility()),
      vscode.workspace.onDidOpenTextDocument(() => this.updateVisibility()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${section}.enabled`)) this.updateVisibility();
      }),
    ];
    this.updateVisibility();
  }

  private update(status: StatusParams): void {
    const kb = libraryText(status);
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**ClaimLens knowledge base**\n\n');
    tooltip.appendText(`${plural(status.papers, 'paper')} (${status.papersWithFacts} with findings), ${plural(status.facts, 'fact')}, ${plural(status.entities, 'entity', 'entities')}`);
    if (status.withoutAbstracts > 0) tooltip.appendText(`\n\n${plural(status.withoutAbstracts, 'paper')} without an abstract: claims citing ${status.withoutAbstracts === 1 ? 'it' : 'them'} cannot be checked.`);
    if (status.problems > 0) tooltip.appendText(`\n\n${plural(status.problems, 'problem')} in knowledge-base files: see the Problems panel.`);
    // The message comes from the server and may quote a file name or an exception: text, never markup.
    if (status.message) tooltip.appendMarkdown('\n\n').appendText(status.message);
    tooltip.appendMarkdown('\n\n').appendText('Click to check the claims of the active document.');
    switch (status.state) {
      case 'loading':
        return this.show('$(sync~spin) ClaimLens: loading…', tooltip);
      case 'checking':
        return this.show('$(sync~spin) ClaimLens: checking…', tooltip);
      case 'error':
        return this.show('$(error) ClaimLens: error', tooltip, 'error');
      case 'ready':
        this.noticeWithoutAbstracts(status);
        return status.problems > 0
          ? this.show(`$(warning) ClaimLens: ${kb}, ${plural(status.problems, 'problem')}`, tooltip, 'warning')
          : this.show(`$(book) ClaimLens: ${kb}`, tooltip);
    }
  }

  private noticeWithoutAbstracts(status: StatusParams): void {
    if (this.toldAboutAbstracts || status.withoutAbstracts === 0) return;
    this.toldAboutAbstracts = true;
    void vscode.window.showInformationMessage(withoutAbstractsNotice(status), 'List Them').then((choice) => {
      if (choice) void vscode.commands.executeCommand(clientCommands.listPapersWithoutAbstracts);
    });
  }

  private show(text: string, tooltip: string | vscode.MarkdownString, background?: 'warning' | 'error'): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = background ? new vscode.ThemeColor(`statusBarItem.${background}Background`) : undefined;
  }

  private updateVisibility(): void {
    // Hidden where ClaimLens is turned off for the language: disabled means no trace of it.
    const editor = manuscriptEditor();
    if (editor && enabledFor(editor.document)) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    for (const disposable of [this.item, ...this.subscriptions]) disposable.dispose();
  }
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
