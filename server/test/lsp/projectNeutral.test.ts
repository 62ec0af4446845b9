// Typing in a LaTeX file keeps its project context (lsp/projects.ts) only when the edit cannot change it:
// no include, macro definition, bibliography, document class or magic comment near it, past the first lines.
import * as assert from 'node:assert/strict';
import { projectNeutral } from '../../src/lsp/projects';

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
});
