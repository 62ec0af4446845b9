import * as assert from 'node:assert/strict';
import { citeCommands } from '../../src/core/text/citeCommands';
import { parseDirective } from '../../src/core/text/directives';
import { extractLatexProse as tex } from '../../src/core/text/latex';
import { assertCitations, assertKinds, assertOffsets, assertPlainText, citationPlaces, citationSources, randomDocuments } from './helpers';
import { denseLatexBody, unbalancedLatex } from '../../bench/stressDocuments';

const doc = (body: string) => `\\documentclass{article}\n\\usepackage{natbib}\n\\title{Preamble}\n\\begin{document}\n${body}\n\\end{document}\n`;

suite('latex prose: document structure', () => {
  test('the preamble and everything after \\end{document} are skipped', () => {
    assertPlainText(tex, doc('Body text.') + 'After the end.', 'Body text.');
  });

  test('a fragment without \\begin{document} is all body', () => {
    assertPlainText(tex, 'Just a \\emph{fragment}.\n\nSecond.', 'Just a fragment.\nSecond.');
  });

  test('a commented-out \\begin{document} does not count', () => {
    assertPlainText(tex, '% \\begin{document}\nText.', 'Text.');
  });

  test('blank lines and \\par end blocks; line breaks inside a paragraph read as spaces', () => {
    assertPlainText(tex, 'One\ntwo.\n\n  \nThree.\\par Four.', 'One two.\nThree.\nFour.');
    assertPlainText(tex, 'Indented\n    lines  and\ttabs.', 'Indented lines and tabs.');
  });

  test('sectioning commands and \\title in the body are headings', () => {
    const input = doc('\\title{The role of \\emph{IL-11}}\n\\maketitle\n\\section{Intro}\\label{s}\nText.\n\\subsection*{More \\textbf{bold \\emph{nested}}}\nEnd.');
    assertPlainText(tex, input, 'The role of IL-11\nIntro\nText.\nMore bold nested\nEnd.');
    assertKinds(tex, input, ['heading', 'heading', 'paragraph', 'heading', 'paragraph']);
    assertPlainText(tex, '\\section[Short]{Long title} text', 'Long title\ntext');
  });

  test('list items are blocks of their own', () => {
    const input = '\\begin{itemize}\n\\item First.\n\\item[Label] Second\ncontinued.\n\\end{itemize}\nAfter.';
    assertPlainText(tex, input, 'First.\nSecond continued.\nAfter.');
    assertKinds(tex, input, ['list-item', 'list-item', 'paragraph']);
  });

  test('the abstract is kept and quotes are blocks of kind quote', () => {
    assertPlainText(tex, doc('\\begin{abstract}\nWe show X.\n\\end{abstract}'), 'We show X.');
    assertKinds(tex, 'Before.\n\\begin{quote}\nQuoted.\n\\end{quote}\nAfter.', ['paragraph', 'quote', 'paragraph']);
  });

  test('footnotes are blocks of their own and do not split their sentence', () => {
    const input = 'IL-11 rises.\\footnote{See the \\emph{supplement}.} It falls.';
    assertPlainText(tex, input, 'IL-11 rises. It falls.\nSee the supplement.');
    assertKinds(tex, input, ['paragraph', 'footnote']);
  });

  test('figure captions are blocks; graphics and labels vanish', () => {
    const input = '\\begin{figure}[htbp]\n\\centering\n\\includegraphics[width=\\linewidth]{fig.png}\n\\caption{Effect of \\gene{IL-11}.}\\label{f}\n\\end{figure}';
    assertPlainText(tex, input, 'Effect of IL-11.');
    assertKinds(tex, input, ['caption']);
  });
});

suite('latex prose: what is skipped', () => {
  test('comments, but not escaped percent signs', () => {
    assertPlainText(tex, 'A 10\\% rise % a comment\nof X.', 'A 10% rise of X.');
    assertPlainText(tex, 'Joined%\n   word.', 'Joinedword.');
    assertPlainText(tex, 'One\n% comment line\ntwo.', 'One two.');
  });

  test('math', () => {
    assertPlainText(tex, 'A $x^2$ B $$y$$ C \\(z\\) D \\[w\\] E.', 'A formula B C formula D E.');
    assertPlainText(tex, 'We have\n\\begin{equation}\n a = b\n\\end{equation}\nwhere a holds.', 'We have where a holds.');
    assertPlainText(tex, 'A\n\\begin{align*}\nx &= 1 \\\\\n\\end{align*}\nB \\begin{gather}g\\end{gather} C.', 'A B C.');
    assertPlainText(tex, 'Costs \\$5 and $a \\$ b$ end.', 'Costs $5 and formula end.');
  });

  test('Greek letters in math and in text mode become the letter', () => {
    assertPlainText(tex, 'HIF-1$\\alpha$, NF-$\\kappa$B, $\\beta$-catenin, IFN-\\textgamma{}, TNF-\\upalpha, $\\mathrm{\\Delta}$.', 'HIF-1α, NF-κB, β-catenin, IFN-γ, TNF-α, Δ.');
    assertPlainText(tex, 'TGF-\\ensuremath{\\beta} and \\ensuremath{x+1}.', 'TGF-β and formula.');
  });

  test('verbatim-like and skipped environments drop their content', () => {
    assertPlainText(tex, 'A\n\\begin{verbatim}\n\\cite{x} { unbalanced $\n\\end{verbatim}\nB', 'A\nB');
    assertPlainText(tex, 'A\n\\begin{lstlisting}[language=R]\nx <- 1 % no comment\n\\end{lstlisting}\nB', 'A\nB');
    assertPlainText(tex, '\\begin{tabular}{ll}\na & b \\\\\n\\begin{tabular}{l} c \\end{tabular}\n\\end{tabular}\nAfter.', 'After.');
    assertPlainText(tex, '\\begin{tikzpicture}\\node{x};\\end{tikzpicture}\\begin{comment}hidden\\end{comment}Shown.', 'Shown.');
    assertPlainText(tex, 'Text.\n\\begin{thebibliography}{9}\n\\bibitem{a} A. Author.\n\\end{thebibliography}', 'Text.');
    assertPlainText(tex, 'Use \\verb|\\cite{x}| or \\lstinline{y} here. \\iffalse hidden \\fi Shown.', 'Use or here. Shown.');
  });

  test('arguments that are not prose are dropped', () => {
    assertPlainText(tex, 'See Section~\\ref{s}, Eq.~\\eqref{e} and \\cref{f}.\\label{x}', 'See Section , Eq. and .');
    assertPlainText(tex, 'Go to \\url{http://x.org/a%20b_c} or \\href{http://y.org}{the site}.', 'Go to or the site.');
    assertPlainText(tex, 'Run \\texttt{samtools} \\hspace{1em}now\\vspace*{2pt}.', 'Run now.');
    assertPlainText(tex, '\\newcommand{\\gene}[1]{\\textit{#1}}\\renewcommand\\x{y}\\def\\z#1{w}Text \\gene{IL-11}.', 'Text IL-11.');
    assertPlainText(tex, 'A \\foo[opt]{kept} and \\textcolor{red}{red} and \\setlength{\\parindent}{0pt}end.', 'A kept and red and end.');
  });
});

suite('latex prose: characters', () => {
  test('ties, dashes, quotes and escapes', () => {
    assertPlainText(tex, 'Fig.~3 covers 10--20 cells---all.', 'Fig. 3 covers 10–20 cells—all.');
    assertPlainText(tex, "``Quoted'' and `single' text.", '“Quoted” and ‘single\' text.');
    assertPlainText(tex, 'A \\& B, 5\\%, x\\_y, \\#1, \\$2, \\{set\\}.', 'A & B, 5%, x_y, #1, $2, {set}.');
    assertPlainText(tex, 'thin\\,space, ctrl\\ space, line\\\\break, \\\\[2pt]next.', 'thin space, ctrl space, line break, next.');
    assertPlainText(tex, '{Grouping} {\\bf braces} vanish.', 'Grouping braces vanish.');
  });

  test('accents', () => {
    assertPlainText(tex, "Caf\\'e na\\\"{\\i}ve M\\\"uller \\c{c}a \\v{S}koda \\^{o} \\`a \\~n G\\\"{o}del.", 'Café naïve Müller ça Škoda ô à ñ Gödel.');
    assertPlainText(tex, 'Stra\\ss e and \\o{} and \\LaTeX.', 'Straße and ø and LaTeX.');
  });
});

suite('latex prose: citations', () => {
  test('natbib and biblatex commands as data', () => {
    assert.equal(citeCommands.get('citet')?.textual, true);
    assert.equal(citeCommands.get('citep')?.textual, false);
    assert.equal(citeCommands.get('textcites')?.multi, true);
    assert.equal(citeCommands.has('nocite'), false);
  });

  test('a citation before or after the period leaves the sentence intact', () => {
    const before = 'It rises~\\citep{a}. Next.';
    const d1 = assertPlainText(tex, before, 'It rises. Next.');
    assert.deepEqual(citationPlaces(d1), ['It rises|. Next.']);
    const after = 'It rises.\\cite{a} Next.';
    const d2 = assertPlainText(tex, after, 'It rises. Next.');
    assert.deepEqual(citationPlaces(d2), ['It rises.| Next.']);
    assert.deepEqual(citationSources(after, d2), ['\\cite{a}']);
  });

  test('optional arguments and several keys, each with its own span', () => {
    const input = 'Shown \\citep[see][p.~3]{a, b} here.';
    const d = assertCitations(tex, input, ['\\citep a,b']);
    assert.deepEqual(citationSources(input, d), ['\\citep[see][p.~3]{a, b}']);
    assertPlainText(tex, input, 'Shown here.');
    assertCitations(tex, 'X \\parencite[12]{k1,\n  k2} and \\autocite{k3}.', ['\\parencite k1,k2', '\\autocite k3']);
  });

  test('multicite commands', () => {
    const input = 'X \\cites{a}{b} and \\parencites(global)[pre][post]{c}[p.~4]{d} end.';
    const d = assertCitations(tex, input, ['\\cites a,b', '\\parencites c,d']);
    assert.deepEqual(citationSources(input, d), ['\\cites{a}{b}', '\\parencites(global)[pre][post]{c}[p.~4]{d}']);
    assertPlainText(tex, input, 'X and end.');
  });

  test('textual citations, starred or not, read "Authors"', () => {
    const input = 'As \\citet*{wu2022} showed and \\textcite{li} and \\Citeauthor{x} said.';
    assertPlainText(tex, input, 'As Authors showed and Authors and Authors said.');
    assertCitations(tex, input, ['T \\citet wu2022', 'T \\textcite li', 'T \\Citeauthor x']);
  });

  test('\\nocite and an unfinished \\cite leave no text and no citation', () => {
    assertPlainText(tex, 'Text\\nocite{*} here \\cite and.', 'Text here and.');
    assertCitations(tex, 'Text\\nocite{*} here \\cite and.', []);
  });

  test('citations in footnotes, captions and headings belong to those blocks', () => {
    const input = 'A.\\footnote{As in \\citet{f}.}\n\\caption{Data \\citep{c}.}\n\\section{On \\citet{h}}';
    const d = assertPlainText(tex, input, 'A.\nAs in Authors.\nData.\nOn Authors');
    assert.deepEqual(d.blocks.map((b) => b.citations.length), [0, 1, 1, 1]);
  });
});

suite('latex prose: directives', () => {
  test('comments holding directives are recorded with their span', () => {
    const input = '% claimlens-disable-next-line\nText. %claimlens-own-finding\r\nMore. % not a directive\n\\documentclass{x}';
    const d = assertPlainText(tex, input, 'Text. More.');
    assert.deepEqual(
      d.directives.map((x) => [x.kind, input.slice(x.span.start, x.span.end)]),
      [
        ['disable-next-line', '% claimlens-disable-next-line'],
        ['own-finding', '%claimlens-own-finding'],
      ],
    );
    assert.equal(tex(doc('Body.').replace('\\documentclass', '%% claimlens-disable\n\\documentclass')).directives[0]?.kind, 'disable');
  });

  test('parseDirective', () => {
    assert.equal(parseDirective('  claimlens-disable-line '), 'disable-line');
    assert.equal(parseDirective('claimlens-enable'), 'enable');
    assert.equal(parseDirective('claimlens-disable please'), undefined);
    assert.equal(parseDirective('claimlens'), undefined);
  });
});

suite('latex prose: robustness', () => {
  test('unbalanced braces and unclosed constructs never throw or hang', () => {
    assertPlainText(tex, 'A \\emph{unclosed\n\nNext paragraph.', 'A unclosed\nNext paragraph.');
    assertPlainText(tex, '\\section{Unclosed\n\nBody text.', 'Unclosed\nBody text.');
    assertPlainText(tex, 'A\\footnote{open\n\nB.', 'A\nopen\nB.');
    assertPlainText(tex, 'Stray } brace and $open math\n\nNext.', 'Stray brace and formula\nNext.');
    assertPlainText(tex, 'Before\n\\begin{itemize}\n\\item one', 'Before\none');
    assertPlainText(tex, 'Before\n\\begin{verbatim}\nnever closed', 'Before');
  });

  test('garbage input', () => {
    const inputs = [
      '', '\\', '{', '}', '$', '$$', '\\(', '\\[', '%', '~', '\\begin', '\\begin{', '\\begin{itemize', '\\end{itemize}',
      '\\cite', '\\cite{', '\\citep[', '\\citep[see]', '\\cites{a}{', '\\verb|', '\\verb', "\\'", '\\"{', '\\c',
      '\\begin{document}', '\\end{document}', '\\begin{document}\\begin{document}', '{{{{{{', '}}}}}', '\\footnote{\\footnote{',
      '\\newcommand', '\\def\\x', '\\iffalse', '\\item[', '\\\\[', '\\section', '\\href{', '``\'\'--', '\u0000\\\uFEFF',
    ];
    for (const input of inputs) assertOffsets(input, tex(input));
  });

  test('random markup keeps offsets sound', () => {
    const tokens = [
      '\\', '{', '}', '$', '$$', '\\(', '\\)', '\\[', '\\]', '%', '~', '\\begin{itemize}', '\\end{itemize}', '\\item', '\\cite{a}',
      '\\citep[x]{a,b}', '\\cites{a}{b}', '\\citet*{c}', '\\footnote{', '\\caption{', '\\section{', '\\verb|', "\\'", '\\"{', '\\c',
      '\\ss', 'text', ' ', '\n', '\n\n', '--', '``', "''", '\\alpha', '$\\beta$', '\\begin{verbatim}', '\\end{verbatim}',
      '\\begin{equation}', '\\end{equation}', '\\label{x}', '\\url{', '\\href{a}{b}', '\\newcommand', '\\def', '\\iffalse', '\\fi',
      '[', ']', '\\\\', '\\%', 'é', '\r\n', '\\begin{document}', '\\end{document}', '\\begin{quote}', '\\end{quote}', '\\par',
      '\\ensuremath{', '\\textalpha', '\\LaTeX', '% claimlens-disable\n', '\\cites(', '\\begin{tabular}', '\\end{tabular}', ',', '\\i',
    ];
    for (const input of randomDocuments(tokens, 2000, 42)) assertOffsets(input, tex(input));
  });

  // How long these take is measured by `npm run bench`; here only what they produce is checked.
  test('a 200 KB markup-dense document and 200 KB of unbalanced markup come out with sound offsets', function () {
    this.timeout(120_000); // a guard against hangs only, wide enough for a loaded machine
    const input = doc(denseLatexBody());
    const d = tex(input);
    assertOffsets(input, d);
    assert.ok(d.blocks.length > 2000);
    const garbage = unbalancedLatex();
    assertOffsets(garbage, tex(garbage));
  });
});
