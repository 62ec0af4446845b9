// A .bib saved with one broken entry and, in the same save, one new valid entry (issue 9): the valid key
// resolves in the manuscript at once (no restart), and the broken entry is named where it is, in plain words.
// The workspace's references.bib is restored afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hoverText, openDraft, positionOf, waitFor, workspaceFile } from './helpers';

const broken = ['@article{doe2023broken,', '  title = {An entry whose closing brace never comes},', '  year = {2023},', ''].join('\n');
const valid = ['@article{roe2024valid,', '  title = {A valid entry added in the same save},', '  year = {2024},', '}', ''].join('\n');
// One sentence the library does not back, so that a published diagnostic proves the draft was checked.
const draft = ['# Recovery', '', 'IL-11 signals via STAT1 in OSCC [@roe2024valid].', '', 'IL-11 upregulates MMP-13 in OSCC [@nosuchkey2020].', ''].join('\n');

suite('A .bib with a broken entry and a new valid one', () => {
  const bib = () => workspaceFile('references.bib');
  const draftFile = () => workspaceFile('bib-recovery.md');
  let original: Uint8Array | undefined;

  suiteSetup(async () => {
    original = await vscode.workspace.fs.readFile(bib());
  });

  suiteTeardown(async () => {
    if (original) await vscode.workspace.fs.writeFile(bib(), original);
    await vscode.workspace.fs.delete(draftFile()).then(undefined, () => undefined);
  });

  test('the valid key resolves and the broken entry is named', async () => {
    const text = new TextDecoder().decode(original);
    await vscode.workspace.fs.writeFile(bib(), new TextEncoder().encode(`${text}\n${broken}\n${valid}`));
    // The problem is shown in the .bib itself, naming the entry.
    let problems: string[] = [];
    await waitFor(() => {
      problems = vscode.languages.getDiagnostics().filter(([uri]) => uri.path.endsWith('/references.bib')).flatMap(([, ds]) => ds.map((d) => d.message));
      return problems.some((m) => m.includes('doe2023broken'));
    }, () => `a problem naming doe2023broken in references.bib (last: ${JSON.stringify(problems)})`, 60000);

    await vscode.workspace.fs.writeFile(draftFile(), new TextEncoder().encode(draft));
    const { document } = await openDraft('bib-recovery.md');
    let last: vscode.Diagnostic[] = [];
    await waitFor(() => {
      last = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'claimlens');
      return last.some((d) => codeOf(d) === 'undefined-citation') ? last : undefined;
    }, () => `the draft's diagnostics (last: ${JSON.stringify(last.map((d) => [codeOf(d), d.message]))})`, 60000);
    const unknown = last.filter((d) => codeOf(d) === 'undefined-citation').map((d) => d.message);
    assert.ok(unknown.some((m) => m.includes('nosuchkey2020')), `the unknown key is flagged: ${JSON.stringify(unknown)}`);
    assert.ok(!unknown.some((m) => m.includes('roe2024valid')), `the valid new key is defined: ${JSON.stringify(unknown)}`);

    const position = positionOf(document, 'roe2024valid', 2);
    let hover = '';
    await waitFor(async () => {
      hover = await hoverText(document.uri, position);
      return hover.includes('A valid entry added in the same save');
    }, () => `a hover on roe2024valid showing its title (last: ${JSON.stringify(hover)})`, 30000);
  });
});
