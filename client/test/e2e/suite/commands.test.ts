// The server's check command, as the client and other extensions call it: the CLI's JSON report.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claimLensDiagnostics, openDraft } from './helpers';

interface Report {
  version: number;
  files: unknown[];
  summary: { contradicted: number; supported: number; unsupported: number };
}

suite('Commands', () => {
  test('claimlens.checkDocument returns a version-1 report with a contradicted claim', async () => {
    const { document } = await openDraft('manuscript.md');
    await claimLensDiagnostics(document.uri); // the server has the document open by now
    // The argument is the URI as a string: the server looks the document up among the open ones by it.
    const report = await vscode.commands.executeCommand<Report | null>('claimlens.checkDocument', document.uri.toString());
    assert.ok(report, 'the command returned a report');
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 1);
    assert.ok(report.summary.contradicted >= 1, `summary: ${JSON.stringify(report.summary)}`);
  });
});
