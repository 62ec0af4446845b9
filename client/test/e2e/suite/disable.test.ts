// `"[markdown]": { "claimlens.enabled": false }` turns ClaimLens off for Markdown: no diagnostics, hover,
// completion, code actions or report there, while LaTeX keeps every feature. (The status bar item, which the
// API cannot read, is checked by the UI test.) Runs last: it changes the workspace's settings, and restores them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claimLensDiagnostics, completionsAt, hoverText, labelOf, lineOf, openDraft, positionOf, stat1Sentence, waitFor } from './helpers';

const markdownSettings = () => vscode.workspace.getConfiguration('claimlens', { languageId: 'markdown' });

suite('Disabled for a language', () => {
  suiteSetup(async () => {
    const { document } = await openDraft('manuscript.md');
    await claimLensDiagnostics(document.uri); // on before the switch
    await markdownSettings().update('enabled', false, vscode.ConfigurationTarget.Workspace, true);
  });

  suiteTeardown(async () => {
    await markdownSettings().update('enabled', undefined, vscode.ConfigurationTarget.Workspace, true);
  });

  test('Markdown: diagnostics, hover, completion, code actions and the check command are all off', async () => {
    const { document } = await openDraft('manuscript.md');
    assert.equal(vscode.workspace.getConfiguration('claimlens', document).get('enabled'), false, 'the language override applies');
    await waitFor(() => vscode.languages.getDiagnostics(document.uri).every((d) => d.source !== 'claimlens'), 'the Markdown diagnostics to be withdrawn');
    const hover = await hoverText(document.uri, positionOf(document, 'IL-11 drives', 2));
    assert.ok(!/interleukin-11/i.test(hover), `no ClaimLens hover card: ${hover}`);
    const stat1Line = lineOf(document, stat1Sentence);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, document.lineAt(stat1Line).range);
    const ours = actions.filter((a) => /ClaimLens|own finding|Ignore|Cite /.test(a.title));
    assert.deepEqual(ours.map((a) => a.title), [], 'no ClaimLens quick fixes');
    const citation = positionOf(document, '[@wu2022interleukin', 2);
    const items = await completionsAt(document.uri, citation, '@');
    assert.ok(!items.some((item) => labelOf(item) === 'wu2022interleukin'), `no citation completion: ${items.map(labelOf).slice(0, 5).join(', ')}`);
    const report = await vscode.commands.executeCommand('claimlens.checkDocument', document.uri.toString());
    assert.equal(report, null, 'the check command does not report on a disabled language');
  });

  test('LaTeX keeps every feature meanwhile', async () => {
    const { document } = await openDraft('manuscript.tex');
    const diagnostics = await claimLensDiagnostics(document.uri);
    assert.ok(diagnostics.length > 0);
    const position = positionOf(document, 'IL-11 drives', 2);
    await waitFor(async () => /interleukin-11/i.test(await hoverText(document.uri, position)), 'a ClaimLens hover card in LaTeX');
  });

  test('switched on again, Markdown is checked again', async () => {
    await markdownSettings().update('enabled', undefined, vscode.ConfigurationTarget.Workspace, true);
    const { document } = await openDraft('manuscript.md');
    const diagnostics = await claimLensDiagnostics(document.uri);
    assert.ok(diagnostics.length > 0);
  });
});
