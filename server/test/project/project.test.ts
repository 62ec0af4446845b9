// The multi-file LaTeX project model over in-memory files: include graph, cycles, missing files, root
// finding, and what a chapter inherits from its root.
import * as assert from 'node:assert/strict';
import { blankComments, scanIncludes } from '../../src/core/project/includes';
import { buildProject, findRoot, projectContextFor, type ProjectFiles } from '../../src/core/project/index';

function memory(files: Record<string, string>, extraExisting: string[] = []): ProjectFiles {
  return {
    read: (path) => files[path],
    exists: (path) => path in files || extraExisting.includes(path),
    rootCandidates: (path) => Object.keys(files).filter((p) => p.endsWith('.tex') && p !== path).sort(),
  };
}

const thesis = {
  '/t/main.tex': '\\documentclass{report}\n\\addbibresource{refs.bib}\n\\newcommand{\\il}{IL-11}\n\\begin{document}\n\\input{chapters/intro}\n\\include{chapters/results}\n\\end{document}\n',
  '/t/chapters/intro.tex': 'Interleukin 11 (IL-11) is a cytokine.\n',
  '/t/chapters/results.tex': '\\il{} upregulates MMP-13 in OSCC.\n\\input{chapters/results-figure}\n',
  '/t/chapters/results-figure.tex': 'A figure.\n',
};

suite('LaTeX project: include graph', () => {
  test('follows \\input and \\include from the root, in document order, relative to the root folder', () => {
    const project = buildProject('/t/main.tex', memory(thesis));
    assert.deepEqual(project.files.map((f) => f.path), ['/t/main.tex', '/t/chapters/intro.tex', '/t/chapters/results.tex', '/t/chapters/results-figure.tex']);
    assert.deepEqual(project.problems, []);
  });

  test('a missing file is a warning at the command that names it; the other files are still read', () => {
    const files = { ...thesis, '/t/main.tex': '\\documentclass{report}\n\\begin{document}\n\\input{chapters/intro}\n\\input{chapters/later}\n\\end{document}\n' };
    const project = buildProject('/t/main.tex', memory(files));
    assert.deepEqual(project.files.map((f) => f.path), ['/t/main.tex', '/t/chapters/intro.tex']);
    assert.equal(project.problems.length, 1);
    const [problem] = project.problems;
    assert.equal(problem.kind, 'missing-file');
    assert.equal(problem.path, '/t/main.tex');
    assert.equal(files['/t/main.tex'].slice(problem.start, problem.end), '\\input{chapters/later}');
    assert.match(problem.message, /file not found: chapters\/later/);
  });

  test('an include cycle is cut where it closes, with a warning, and every file is read once', () => {
    const files = {
      '/c/a.tex': '\\documentclass{article}\n\\begin{document}\n\\input{b}\n\\end{document}\n',
      '/c/b.tex': 'B text.\n\\input{c}\n',
      '/c/c.tex': 'C text.\n\\input{b}\n\\input{c}\n',
    };
    const project = buildProject('/c/a.tex', memory(files));
    assert.deepEqual(project.files.map((f) => f.path), ['/c/a.tex', '/c/b.tex', '/c/c.tex']);
    assert.deepEqual(project.problems.map((p) => [p.kind, p.path]), [['include-cycle', '/c/c.tex'], ['include-cycle', '/c/c.tex']]);
  });

  test('commented-out includes are not followed; \\subfile, \\import and \\subimport are', () => {
    const files = {
      '/p/main.tex': '\\documentclass{article}\n\\begin{document}\n% \\input{old}\n\\subfile{parts/one}\n\\import{parts/two/}{two}\n\\end{document}\n',
      '/p/parts/one.tex': '\\documentclass[../main.tex]{subfiles}\n\\begin{document}\n\\subimport{sub/}{deep}\n\\end{document}\n',
      '/p/parts/sub/deep.tex': 'Deep.\n\\input{deeper}\n',
      '/p/parts/sub/deeper.tex': 'Deeper.\n',
      '/p/parts/two/two.tex': 'Two.\n',
      '/p/old.tex': 'Old.\n',
    };
    const project = buildProject('/p/main.tex', memory(files));
    assert.deepEqual(project.files.map((f) => f.path), ['/p/main.tex', '/p/parts/one.tex', '/p/parts/sub/deep.tex', '/p/parts/sub/deeper.tex', '/p/parts/two/two.tex']);
  });
});

suite('LaTeX project: include commands as written', () => {
  test('\\includegraphics and \\includeonly are no includes; \\input without braces is', () => {
    const refs = scanIncludes('\\includegraphics{fig}\\includeonly{a}\n\\input chapters/a\n\\include{b} % \\input{c}\n\\subimport*{d/}{e}');
    assert.deepEqual(refs.map((r) => [r.command, r.folder ?? '', r.file]), [['input', '', 'chapters/a'], ['include', '', 'b'], ['subimport', 'd/', 'e']]);
  });
});

suite('LaTeX project: the root', () => {
  test('a magic comment names the root', () => {
    const files = { ...thesis, '/t/chapters/intro.tex': '% !TEX root = ../main.tex\nText.\n' };
    assert.deepEqual(findRoot('/t/chapters/intro.tex', memory(files)), { root: '/t/main.tex', reason: 'magic-comment' });
  });

  test('without one, the nearby file with a \\documentclass that includes this one is the root', () => {
    assert.deepEqual(findRoot('/t/chapters/results-figure.tex', memory(thesis)), { root: '/t/main.tex', reason: 'included-by' });
  });

  test('a file with its own \\documentclass is its own root; a subfile names its main file', () => {
    assert.deepEqual(findRoot('/t/main.tex', memory(thesis)), { root: '/t/main.tex', reason: 'document-class' });
    const files = { '/s/main.tex': '\\documentclass{article}\n', '/s/ch.tex': '\\documentclass[main]{subfiles}\n' };
    assert.deepEqual(findRoot('/s/ch.tex', memory(files)), { root: '/s/main.tex', reason: 'subfiles' });
  });

  test('a lone fragment that nothing includes is its own root', () => {
    const files = { '/x/notes.tex': 'Notes.\n', '/x/other.tex': '\\documentclass{article}\n\\begin{document}\nHi.\n\\end{document}\n' };
    assert.deepEqual(findRoot('/x/notes.tex', memory(files)), { root: '/x/notes.tex', reason: 'self' });
  });
});

suite('LaTeX project: what a chapter inherits', () => {
  test("a chapter gets the root's bibliographies (resolved from the root's folder) and macros", () => {
    const context = projectContextFor('/t/chapters/results.tex', memory(thesis, ['/t/refs.bib']));
    assert.equal(context.root, '/t/main.tex');
    assert.deepEqual(context.bibliographies, ['/t/refs.bib']);
    assert.equal(context.macros.get('il'), 'IL-11');
  });

  test('a chapter gets the text before it, for the abbreviations defined there', () => {
    const context = projectContextFor('/t/chapters/results.tex', memory(thesis));
    assert.ok(context.abbreviationTexts.some((t) => t.includes('Interleukin 11 (IL-11)')));
    assert.ok(!context.abbreviationTexts.some((t) => t.includes('A figure')), 'text after the chapter is not before it');
  });

  test('the key changes when the root changes', () => {
    const before = projectContextFor('/t/chapters/results.tex', memory(thesis)).key;
    const after = projectContextFor('/t/chapters/results.tex', memory({ ...thesis, '/t/main.tex': thesis['/t/main.tex'].replace('IL-11}', 'IL-11 protein}') })).key;
    assert.notEqual(before, after);
  });
});

suite('LaTeX project: comments', () => {
  // What a LaTeX reader calls a comment, written as a line-by-line pattern: an unescaped % to the line's end.
  const asPattern = (source: string) => source.replace(/(^|[^\\])(%.*)$/gm, (_m, before: string, comment: string) => before + ' '.repeat(comment.length));

  test('a comment is blanked to its line end, an escaped \\% is text, offsets stay', () => {
    const source = 'see 50\\% of \\input{a} % \\input{b}\n%\\include{c}\r\n\\input{d}';
    assert.equal(blankComments(source), 'see 50\\% of \\input{a}            \n            \r\n\\input{d}');
    assert.deepEqual(scanIncludes(source).map((r) => r.file), ['a', 'd']);
  });

  test('generated sources blank as the line pattern does', () => {
    const pieces = ['%', '\\', '\\%', 'a', ' ', '\n', '\r', '\r\n', '\u2028', '%%', 'x%y', '\\\\%'];
    let seed = 7;
    const pick = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let run = 0; run < 5000; run++) {
      const source = Array.from({ length: pick(20) }, () => pieces[pick(pieces.length)]).join('');
      assert.equal(blankComments(source), asPattern(source), JSON.stringify(source));
    }
  });
});
