// The editor side of the setup: which language each draft opens as, and that this activates ClaimLens.
// The server checks only markdown, latex and tex documents, so a .tex opening as plain text would silently
// switch every other test off for LaTeX. VS Code's built-in LaTeX basics extension maps .tex to "latex".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openDraft, waitFor } from './helpers';

suite('Languages and activation', () => {
  test('manuscript.md opens as markdown and manuscript.tex as latex', async () => {
    const markdown = await openDraft('manuscript.md');
    assert.equal(markdown.document.languageId, 'markdown');
    const latex = await openDraft('manuscript.tex');
    assert.equal(latex.document.languageId, 'latex', 'the built-in LaTeX basics extension should map .tex to latex');
  });

  test('opening a draft activates the ClaimLens extension', async () => {
    await openDraft('manuscript.md');
    const extension = await waitFor(() => vscode.extensions.all.find((e) => e.packageJSON?.name === 'claimlens'), 'the ClaimLens extension to be installed');
    await waitFor(() => extension.isActive, 'the ClaimLens extension to activate');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('claimlens.checkActiveDocument'), 'the client registers its commands');
  });
});
