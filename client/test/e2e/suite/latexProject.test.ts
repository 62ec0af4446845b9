// A three-file LaTeX thesis (thesis/main.tex with \addbibresource{refs.bib} and \newcommand{\il}{IL-11},
// chapters brought in by \input and \include): in a chapter, the root's .bib defines its keys and hovers
// show them, the root's macro hovers as the entity it stands for, the contradicted claim is on the
// chapter's own line, and a library key missing from refs.bib is flagged with a fix. Workspace
// bibliographies are switched off meanwhile, so only the project can have brought refs.bib in.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hoverText, openDraft, positionOf, waitFor } from './helpers';

const kbSettings = () => vscode.workspace.getConfiguration('claimlens.knowledgeBase');

suite('A multi-file LaTeX thesis', () => {
  suiteSetup(async () => {
    await kbSettings().update('workspaceBibliographies', false, vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await kbSettings().update('workspaceBibliographies', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test("a chapter: the root's bibliography defines its keys; the contradiction is on the chapter's own line", async () => {
    const { document } = await openDraft('thesis/chapters/results.tex');
    let last: vscode.Diagnostic[] = [];
    await waitFor(() => {
      last = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'claimlens');
      return last.some((d) => codeOf(d).startsWith('contradicted')) && !last.some((d) => codeOf(d) === 'undefined-citation') ? last : undefined;
    }, () => `a contradicted claim and no unknown key (last: ${JSON.stringify(last.map((d) => [codeOf(d), d.message]))})`, 40000);
    const contradicted = last.find((d) => codeOf(d).startsWith('contradicted'))!;
    assert.equal(contradicted.range.start.line, 3);
    const outside = last.find((d) => codeOf(d) === 'not-in-bibliography');
    assert.ok(outside && /wu2022interleukin .*not in refs\.bib/.test(outside.message), JSON.stringify(last.map((d) => d.message)));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, outside.range);
    assert.ok(actions.some((a) => a.title.startsWith('Add wu2022interleukin to refs.bib')), actions.map((a) => a.title).join(' | '));
  });

  test("a chapter: a hover on a key from the root's .bib shows its entry", async () => {
    const { document } = await openDraft('thesis/chapters/results.tex');
    const position = positionOf(document, 'doe2020cohort', 3);
    let last = '';
    await waitFor(async () => {
      last = await hoverText(document.uri, position);
      return /small cohort of example patients/i.test(last);
    }, () => `a hover naming the .bib entry (last: ${JSON.stringify(last)})`, 40000);
  });

  test("a chapter: the root's \\il macro hovers as interleukin-11", async () => {
    const { document } = await openDraft('thesis/chapters/intro.tex');
    const position = positionOf(document, '\\il{}', 1);
    let last = '';
    await waitFor(async () => {
      last = await hoverText(document.uri, position);
      return last.includes('interleukin-11');
    }, () => `a hover on \\il naming interleukin-11 (last: ${JSON.stringify(last)})`, 40000);
  });
});
