// Citation completion: after `\cite{` (LaTeX) and `[@` (Markdown) the list holds the library's papers, and in
// a sentence about IL-11 and MMP-13 in OSCC the paper that reports it (wu2022interleukin) comes first.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { completionsAt, diagnosticOn, insertLine, labelOf, lineOf, openDraft, positionOf } from './helpers';

const papers = ['wu2022interleukin', 'zhong2016interleukin', 'lim2014inhibition', 'liu2022induction'];
const sentence = 'IL-11 raises MMP-13 expression in OSCC cells';

suite('Citation completion', () => {
  test('manuscript.tex: inside an existing \\citep{…} the list holds the papers', async () => {
    const { document } = await openDraft('manuscript.tex');
    const items = await completionsAt(document.uri, positionOf(document, '\\citep{zhong2016interleukin}', '\\citep{'.length), '{');
    const labels = items.map(labelOf);
    for (const paper of papers) assert.ok(labels.includes(paper), `${paper} in ${JSON.stringify(labels)}`);
  });

  // The closer is what the editor's bracket auto-closing adds as the opener is typed: nothing follows it yet.
  const cases = [
    { draft: 'manuscript.tex', after: 'Our data indicate that IL-11 activates STAT1 in OSCC cells.', opener: '~\\cite{', closer: '}', trigger: '{' },
    { draft: 'manuscript.md', after: 'Our data indicate that IL-11 activates STAT1 in OSCC cells.', opener: ' [@', closer: ']', trigger: '@' },
  ];
  for (const { draft, after, opener, closer, trigger } of cases) {
    const expectWuFirst = (items: Awaited<ReturnType<typeof completionsAt>>) => {
      const labels = items.map(labelOf);
      for (const paper of papers) assert.ok(labels.includes(paper), `${paper} in ${JSON.stringify(labels)}`);
      assert.equal(labels[0], 'wu2022interleukin', `first by sortText: ${JSON.stringify(items.map((i) => [labelOf(i), i.sortText]))}`);
    };

    test(`${draft}: "${sentence}${opener}" offers wu2022interleukin first once the server has checked the line`, async () => {
      const editor = await openDraft(draft);
      const { line, undo } = await insertLine(editor, lineOf(editor.document, after), `${sentence}${opener}${closer}`);
      try {
        // The server ranks by the sentence as of its last (debounced) check of the document; a supported
        // claim without a citation gets a diagnostic, which tells that the check has seen the new line.
        // (Typing the opener right after the sentence, before that check, is what ui.js does, as a person would;
        // here the request would race the editor's own code-action requests, which also refresh the analysis.)
        await diagnosticOn(editor.document.uri, line);
        expectWuFirst(await completionsAt(editor.document.uri, new vscode.Position(line, `${sentence}${opener}`.length), trigger));
      } finally {
        await undo();
      }
    });
  }
});
