// Quick fix: a supported claim without a citation gets "Cite <the paper that reports it>".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claimLensDiagnostics, lineOf, openDraft, uncitedSentence } from './helpers';

suite('Code actions', () => {
  for (const draft of ['manuscript.md', 'manuscript.tex']) {
    test(`${draft}: the uncited Sorafenib sentence offers "Cite liu2022induction"`, async () => {
      const { document } = await openDraft(draft);
      const line = lineOf(document, draft.endsWith('.tex') ? uncitedSentence.replace('IL-6Rα', 'IL-6R$\\alpha$') : uncitedSentence);
      // Wait for the diagnostics first: VS Code passes the diagnostics under the range to the provider.
      await claimLensDiagnostics(document.uri);
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', document.uri, document.lineAt(line).range);
      const titles = actions.map((action) => action.title);
      assert.ok(titles.includes('Cite liu2022induction'), `code actions: ${JSON.stringify(titles)}`);
    });
  }
});
