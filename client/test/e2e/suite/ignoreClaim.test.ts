// "Ignore … in this workspace": the quick fix writes the claim into the workspace's settings
// (claimlens.ignoredClaims) through the client, the manuscript is not edited, and the diagnostic goes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claimLensDiagnostics, codeOf, lineOf, openDraft, stat1Sentence, waitFor } from './helpers';

suite('Ignore a claim in the workspace', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('claimlens').update('ignoredClaims', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('manuscript.md: the quick fix stores the claim in settings and its diagnostic disappears', async () => {
    const { document } = await openDraft('manuscript.md');
    const line = lineOf(document, stat1Sentence);
    await claimLensDiagnostics(document.uri);
    const text = document.getText();
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, document.lineAt(line).range);
      return found.some((a) => a.title.startsWith('Ignore "')) ? found : undefined;
    }, 'the ignore-in-workspace quick fix');
    const ignore = actions.find((a) => a.title === 'Ignore "IL-11 signals through STAT1 in OSCC" in this workspace');
    assert.ok(ignore?.command, actions.map((a) => a.title).join(' | '));
    assert.equal(ignore.edit, undefined, 'no edit of the manuscript');
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    const stored = vscode.workspace.getConfiguration('claimlens').inspect<string[]>('ignoredClaims')?.workspaceValue;
    assert.deepEqual(stored, ['IL-11 signals through STAT1 in OSCC']);
    await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some((d) => d.range.start.line === line && codeOf(d) === 'unsupported-other-context'), 'the ignored claim\'s diagnostic to go');
    assert.equal(document.getText(), text, 'the manuscript is unchanged');
    // The same claim in the LaTeX draft is ignored too: the setting is the workspace's.
    const latex = await openDraft('manuscript.tex');
    const latexLine = lineOf(latex.document, stat1Sentence);
    await claimLensDiagnostics(latex.document.uri);
    await waitFor(() => !vscode.languages.getDiagnostics(latex.document.uri).some((d) => d.range.start.line === latexLine && codeOf(d) === 'unsupported-other-context'), 'the LaTeX draft\'s diagnostic to go as well');
  });
});
