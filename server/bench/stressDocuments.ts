// Markup-dense documents for prose extraction: the unit tests check that they come out with sound offsets,
// `npm run bench` times them (time budgets live here, not in `npm test`, where a loaded machine fails them).

/** About 200 KB of Markdown that uses every construct the extractor handles, paragraph after paragraph. */
export function denseMarkdown(): string {
  const paragraph =
    '# Section *one*\n\nHIF-1$\\alpha$ activates **STAT3** [@wu2022; see @li2020, p. 3] as @doe99 showed.\n' +
    'Use `code @x` and [links](http://x.org) with me@x.org and &amp; entities.\n\n- item [@a]\n\n| a | b |\n|---|---|\n| c | d |\n\n';
  return paragraph.repeat(Math.ceil(200_000 / paragraph.length));
}

/** About 200 KB of LaTeX body (without the preamble) dense in citations, footnotes, math and environments. */
export function denseLatexBody(): string {
  const chunk =
    '\\section{Results \\emph{here}}\nHIF-1$\\alpha$ activates STAT3~\\citep[see][p.~3]{wu2022, li2020}, as \\citet{doe} showed.\\footnote{Note \\cite{x}.}\n' +
    '% claimlens-disable-next-line\nCaf\\\'e 10--20\\% $x^2$ \\begin{equation}a=b\\end{equation} \\gene{IL-11} {\\bf b} \\ref{s}.\n\n' +
    '\\begin{itemize}\n\\item One.\n\\end{itemize}\n\\begin{figure}\\caption{Cap.}\\end{figure}\n\n';
  return chunk.repeat(Math.ceil(200_000 / chunk.length));
}

/** Unbalanced braces, math and an unfinished citation, 15,000 times over: a scanner must not go quadratic. */
export function unbalancedLatex(): string {
  return '{\\emph{$\\cite{a'.repeat(15_000);
}
