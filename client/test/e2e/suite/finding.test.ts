// Related information opens the finding itself: the link of a diagnostic's related item is a read-only page
// with the statement, the paper and where in it, not a line of a JSON file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claimLensDiagnostics, codeOf, openDraft, waitFor } from './helpers';

suite('Related information', () => {
  test('manuscript.md: the STAT1 sentence\'s related items open pages showing each finding', async () => {
    const { document } = await openDraft('manuscript.md');
    await claimLensDiagnostics(document.uri);
    const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === 'unsupported-other-context' && d.relatedInformation?.length), 'a diagnostic with related information');
    const related = diagnostic.relatedInformation!;
    assert.ok(related.every((r) => r.location.uri.scheme === 'claimlens-finding'), related.map((r) => r.location.uri.toString()).join(', '));
    const page = await vscode.workspace.openTextDocument(related[0].location.uri);
    const text = page.getText();
    assert.match(text, /^Finding [\w-]+\/[\w-]+\n/);
    assert.match(text, /\nWhere in the paper: .+\n/);
    assert.match(text, /\nRecorded in .+\.json, line \d+\.\n/);
    const paper = /^[\w-]+/.exec(related[0].message)?.[0];
    assert.ok(paper && text.includes(`Paper:              ${paper}`), `the page names the paper of the related item (${related[0].message}):\n${text}`);
  });
});
