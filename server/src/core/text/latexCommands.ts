// What the LaTeX extractor does with each command and environment it knows, as data. Commands not listed
// here lose their name and their optional arguments and keep the text of their braced arguments, which is
// the safe default for prose macros such as \gene{IL-11} or \emph{not}.

/** Commands whose first `n` braced arguments (and any optional ones among them) are not prose. */
export const droppedArguments: ReadonlyMap<string, number> = new Map([
  // Cross-references, links and files.
  ...['label', 'ref', 'eqref', 'autoref', 'cref', 'Cref', 'pageref', 'nameref', 'vref', 'cpageref', 'Vref'].map((n) => [n, 1] as const),
  ...['url', 'href', 'includegraphics', 'includepdf', 'input', 'include', 'subfile', 'graphicspath', 'hypersetup'].map((n) => [n, 1] as const),
  ...['bibliography', 'bibliographystyle', 'addbibresource', 'nocite', 'bibitem'].map((n) => [n, 1] as const),
  // Preamble material that may also appear in a fragment.
  ...['usepackage', 'RequirePackage', 'documentclass', 'pagestyle', 'thispagestyle', 'pagenumbering', 'linespread'].map((n) => [n, 1] as const),
  ...['setlength', 'setcounter', 'addtocounter', 'fontsize', 'newtheorem', 'DeclareMathOperator'].map((n) => [n, 2] as const),
  ...['newenvironment', 'renewenvironment'].map((n) => [n, 3] as const),
  ...['newlength', 'hyphenation', 'lstset', 'captionsetup', 'excludecomment', 'includecomment'].map((n) => [n, 1] as const),
  // Spacing and colour.
  ...['hspace', 'vspace', 'color', 'textcolor', 'colorbox', 'pagecolor'].map((n) => [n, 1] as const),
  ['fcolorbox', 2],
  // Monospace text is code, not prose.
  ['texttt', 1],
  // Front matter that is names and addresses rather than sentences.
  ...['author', 'affiliation', 'address', 'email', 'date', 'thanks', 'orcid', 'institute'].map((n) => [n, 1] as const),
]);

/** Commands that define macros; their whole definition is skipped. */
export const definitionCommands: ReadonlySet<string> = new Set(['newcommand', 'renewcommand', 'providecommand', 'DeclareRobustCommand']);
export const defCommands: ReadonlySet<string> = new Set(['def', 'gdef', 'edef', 'xdef']);

/** Sectioning commands: their argument is a heading block. */
export const headingCommands: ReadonlySet<string> = new Set([
  'part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph', 'title', 'subtitle',
]);

/** Commands that print text: letters, logos and punctuation. */
export const symbolCommands: ReadonlyMap<string, string> = new Map([
  ['ss', 'ß'], ['o', 'ø'], ['O', 'Ø'], ['ae', 'æ'], ['AE', 'Æ'], ['oe', 'œ'], ['OE', 'Œ'], ['aa', 'å'], ['AA', 'Å'],
  ['l', 'ł'], ['L', 'Ł'], ['i', 'ı'], ['j', 'ȷ'],
  ['LaTeX', 'LaTeX'], ['LaTeXe', 'LaTeX2e'], ['TeX', 'TeX'], ['BibTeX', 'BibTeX'],
  ['ldots', '…'], ['dots', '…'], ['textellipsis', '…'], ['textendash', '–'], ['textemdash', '—'],
  ['textquoteleft', '‘'], ['textquoteright', '’'], ['textquotedblleft', '“'], ['textquotedblright', '”'],
  ['textdegree', '°'], ['textmu', 'µ'], ['textpm', '±'], ['texttimes', '×'], ['textasciitilde', '~'],
  ['textbackslash', '\\'], ['textbar', '|'], ['textless', '<'], ['textgreater', '>'], ['textbullet', '•'],
  ['S', '§'], ['P', '¶'], ['copyright', '©'], ['textcopyright', '©'], ['textregistered', '®'],
  ['texttrademark', '™'], ['euro', '€'], ['pounds', '£'], ['dag', '†'], ['ddag', '‡'], ['textperthousand', '‰'],
]);

/** The symbol commands that are letters of a word, after which TeX's rule of swallowing a space matters. */
export const letterCommands: ReadonlySet<string> = new Set(['ss', 'o', 'O', 'ae', 'AE', 'oe', 'OE', 'aa', 'AA', 'l', 'L', 'i', 'j']);

/** Commands that stand for horizontal space or a line break; each reads as one space. */
export const spaceCommands: ReadonlySet<string> = new Set([
  'quad', 'qquad', 'enspace', 'enskip', 'thinspace', 'hfill', 'hfil', 'newline', 'linebreak', 'space', 'nobreakspace',
]);

/** Accent commands and the Unicode combining mark each one adds to its base letter. */
export const accents: ReadonlyMap<string, string> = new Map([
  ["'", '\u0301'], ['`', '\u0300'], ['^', '\u0302'], ['"', '\u0308'], ['~', '\u0303'], ['=', '\u0304'], ['.', '\u0307'],
  ['u', '\u0306'], ['v', '\u030C'], ['H', '\u030B'], ['c', '\u0327'], ['k', '\u0328'], ['r', '\u030A'],
]);

/** Display math environments: skipped without ending the paragraph, since display math sits in sentences. */
export const mathEnvironments: ReadonlySet<string> = new Set(
  ['equation', 'align', 'gather', 'multline', 'eqnarray', 'displaymath', 'math', 'flalign', 'alignat', 'dmath', 'split']
    .flatMap((n) => [n, `${n}*`]),
);

/** Environments whose content is not prose. Verbatim ones are skipped without reading their content. */
export const verbatimEnvironments: ReadonlySet<string> = new Set(['verbatim', 'verbatim*', 'Verbatim', 'lstlisting', 'minted', 'comment', 'filecontents', 'filecontents*']);
export const skippedEnvironments: ReadonlySet<string> = new Set([
  'tikzpicture', 'pgfpicture', 'tabular', 'tabular*', 'tabularx', 'tabulary', 'longtable', 'supertabular', 'tabu',
  'thebibliography', 'algorithmic', 'algorithmic*', 'forest', 'axis',
]);

/** Environments whose mandatory arguments are dimensions or options, not prose. */
export const environmentArguments: ReadonlyMap<string, number> = new Map([
  ['minipage', 1], ['multicols', 1], ['wrapfigure', 2], ['wraptable', 2], ['subfigure', 1], ['subtable', 1], ['adjustbox', 1],
]);

export const quoteEnvironments: ReadonlySet<string> = new Set(['quote', 'quotation', 'verse']);
export const listEnvironments: ReadonlySet<string> = new Set(['itemize', 'enumerate', 'description', 'list', 'compactitem', 'compactenum']);
