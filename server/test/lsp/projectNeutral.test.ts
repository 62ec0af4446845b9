// Typing in a LaTeX file keeps its project context (lsp/projects.ts) only when the edit cannot change it:
// no include, macro definition, bibliography, document class or magic comment near it, past the first lines.
import * as assert from 'node:assert/strict';
import { projectNeutral } from '../../src/lsp/projects';
import { combinedRange, PendingText } from '../../src/lsp/pendingText';
import { changedRange } from '../../src/core/text/incrementalProse';

const preamble = Array.from({ length: 40 }, (_, n) => `% line ${n}`).join('\n');
const prose = (n: number) => `IL-11 raised MMP-13 in OSCC cells \\cite{lee2020}, paragraph ${n}. ${'More words follow here. '.repeat(30)}`;
const body = (middle: string) => `\\documentclass{article}\n${preamble}\n\\begin{document}\n${prose(1)}\n\n${prose(2)}\n\n${middle}\n\n${prose(3)}\n\n${prose(4)}\n\\end{document}\n`;

suite('a LaTeX edit keeps the project context only when no project command is near it', () => {
  test('a word typed in prose far from any project command keeps it', () => {
    const before = body(prose(9));
    assert.equal(projectNeutral(before, before.replace('paragraph 9', 'paragraph nine'), undefined), true);
  });

  test('an edit near an include, a macro definition or a bibliography does not', () => {
    for (const command of ['\\input{chapter1}', '\\newcommand{\\il}{IL-11}', '\\bibliography{refs}', '\\addbibresource{refs.bib}', '\\def\\il{IL-11}']) {
      const before = body(`${command}\n${prose(9)}`);
      assert.equal(projectNeutral(before, before.replace('paragraph 9', 'paragraph nine'), undefined), false, command);
    }
  });

  test('typing a new include or macro does not', () => {
    const before = body(prose(9));
    assert.equal(projectNeutral(before, before.replace('paragraph 9', 'paragraph 9 \\input{more}'), undefined), false);
    assert.equal(projectNeutral(before, before.replace('paragraph 9', 'paragraph 9 \\newcommand{\\x}{y}'), undefined), false);
  });

  test('an edit in the first lines, where a magic comment names the root, does not', () => {
    const before = body(prose(9));
    assert.equal(projectNeutral(before, before.replace('% line 3', '% line three'), undefined), false);
  });

  test('an edit before an include problem (whose offsets it moves) does not', () => {
    const before = body(prose(9));
    const at = before.indexOf('paragraph 9');
    const problem = { kind: 'missing-include', path: '/x.tex', start: at + 100, end: at + 120, message: 'missing' };
    const context = { root: '/x.tex', rootReason: 'self', files: ['/x.tex'], bibliographies: [], macros: new Map(), abbreviationTexts: [], problems: [problem], key: 'k' } as never;
    assert.equal(projectNeutral(before, before.replace('paragraph 9', 'paragraph nine'), context), false);
  });

  test('judged from a pending text and its edits (the main thread\'s documents), the answer is the one the two texts give', () => {
    let state = 9;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const inserts = ['x', ' word', '\n', '\\input{more}', '%', '\\newcommand{\\x}{y}', '', '\\'];
    for (let round = 0; round < 300; round++) {
      const base = body(`${round % 3 === 0 ? '\\def\\il{IL-11}\n' : ''}${prose(9)}`);
      // Plain strings kept beside the pending texts, so that these are read only through their edits.
      let plainBefore = base;
      let before = PendingText.of(base);
      if (random() < 0.5) {
        before = before.edited({ start: 2000, end: 2001, insert: 'y' });
        plainBefore = `${base.slice(0, 2000)}y${base.slice(2001)}`;
      }
      let after = before;
      let plainAfter = plainBefore;
      for (let n = 0; n < 1 + Math.floor(random() * 3); n++) {
        const at = Math.floor(random() * after.length);
        const end = Math.min(after.length, at + Math.floor(random() * 4));
        const insert = inserts[Math.floor(random() * inserts.length)];
        after = after.edited({ start: at, end, insert });
        plainAfter = plainAfter.slice(0, at) + insert + plainAfter.slice(end);
      }
      const edits = after.editsSince(before)!;
      const expected = projectNeutral(plainBefore, plainAfter, undefined);
      const range = combinedRange(before.length, edits);
      // Read through the pending edits, with the exact range: the same answer.
      assert.equal(projectNeutral(before, after, undefined, changedRange(plainBefore, plainAfter)), expected, `round ${round}`);
      // With the edits' combined range, which may be wider: neutral only where the exact range is.
      if (range && projectNeutral(before, after, undefined, range)) assert.equal(expected, true, `round ${round}`);
    }
  });
});
