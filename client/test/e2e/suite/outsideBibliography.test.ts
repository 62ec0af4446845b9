// A Markdown draft whose Pandoc front matter names a .bib outside the workspace (where a reference manager's
// auto-export lives; here a temporary folder): the diagnostic on a claim quotes the abstract sentence it rests
// on, and rewriting the .bib as Better BibTeX does (a temporary file renamed over it) with a changed abstract
// changes the diagnostic without a restart. The editor's own file watcher never sees that folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, openDraft, waitFor, workspaceFile } from './helpers';

const entry = (finding: string) => [
  '@article{park2021gefitinib,',
  '  title = {Resistance to gefitinib in lung adenocarcinoma},',
  '  author = {Park, Jin},',
  '  year = {2021},',
  `  abstract = {Acquired resistance limits EGFR inhibitors. Here we show that MET amplification ${finding} ERBB3 signalling in lung adenocarcinoma cells.}`,
  '}',
  '',
].join('\n');

suite('A .bib outside the workspace, declared by a Markdown draft', () => {
  let library: string;
  const draftName = 'outside-library.md';

  suiteSetup(() => {
    library = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-zotero-'));
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
    assert.ok(!library.startsWith(folder + path.sep), `the library folder ${library} must lie outside the workspace ${folder}`);
    fs.writeFileSync(path.join(library, 'refs.bib'), entry('activates'));
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(workspaceFile(draftName)).then(undefined, () => undefined);
    fs.rmSync(library, { recursive: true, force: true });
  });

  test('the diagnostic quotes the abstract, and a changed abstract changes it without a restart', async () => {
    const draft = ['---', `bibliography: ${path.join(library, 'refs.bib')}`, '---', '', '# Resistance', '', 'MET inhibits ERBB3 signalling in lung adenocarcinoma [@park2021gefitinib].', ''].join('\n');
    await vscode.workspace.fs.writeFile(workspaceFile(draftName), new TextEncoder().encode(draft));
    const { document } = await openDraft(draftName);
    const mine = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'claimlens');
    let last: vscode.Diagnostic[] = [];
    const contradicted = await waitFor(() => {
      last = mine();
      return last.find((d) => codeOf(d).startsWith('contradicted'));
    }, () => `a contradicted claim (last: ${JSON.stringify(last.map((d) => [codeOf(d), d.message]))})`, 60000);
    assert.equal(contradicted.range.start.line, 6);
    assert.match(contradicted.message, /abstract of \[park2021gefitinib\] reports: "Here we show that MET amplification activates ERBB3 signalling/);
    assert.ok(!last.some((d) => codeOf(d) === 'undefined-citation'), 'the key is defined by the outside .bib');

    // Better BibTeX's auto-export: a temporary file renamed over the old one, a few seconds after a change in Zotero.
    const temporary = path.join(library, '.refs.bib.part');
    fs.writeFileSync(temporary, entry('inhibits'));
    fs.renameSync(temporary, path.join(library, 'refs.bib'));
    await waitFor(() => {
      last = mine();
      return !last.some((d) => codeOf(d).startsWith('contradicted') || codeOf(d) === 'undefined-citation');
    }, () => `the contradiction to go once the abstract agrees (last: ${JSON.stringify(last.map((d) => [codeOf(d), d.message]))})`, 60000);
  });
});
