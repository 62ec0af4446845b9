// The natbib and biblatex citation commands, as data so that the LaTeX extractor and (later) completion share
// one list. Keys are command names without the backslash and without a trailing star: `\citet*{a}` is looked
// up as "citet".

export interface CiteCommandInfo {
  /**
   * The command stands for the authors' names in the sentence ("\citet{wu2022} showed"), so the extractor
   * replaces it by a word; the other commands are parenthetical and vanish from the text.
   */
  textual: boolean;
  /** biblatex multicite commands take several key groups: `\cites[pre][post]{a}[pre][post]{b}`. */
  multi: boolean;
}

const textual = [
  // natbib. \citealt prints "Wu et al. 2022" without parentheses and is written where a subject goes.
  'citet', 'Citet', 'citealt', 'Citealt', 'citeauthor', 'Citeauthor',
  // biblatex (which shares \citeauthor with natbib).
  'textcite', 'Textcite',
];

const parenthetical = [
  // natbib. \citeyear stands for a year, not for a subject, so it vanishes like the others.
  'cite', 'Cite', 'citep', 'Citep', 'citealp', 'Citealp', 'citeyear', 'citeyearpar', 'citenum', 'citetext',
  // biblatex.
  'parencite', 'Parencite', 'autocite', 'Autocite', 'footcite', 'footcitetext', 'supercite', 'smartcite',
  'Smartcite', 'fullcite', 'footfullcite',
];

const multiTextual = ['textcites', 'Textcites'];
const multiParenthetical = ['cites', 'Cites', 'parencites', 'Parencites', 'autocites', 'Autocites', 'footcites', 'supercites', 'smartcites', 'Smartcites'];

function build(): Map<string, CiteCommandInfo> {
  const map = new Map<string, CiteCommandInfo>();
  for (const name of textual) map.set(name, { textual: true, multi: false });
  for (const name of parenthetical) map.set(name, { textual: false, multi: false });
  for (const name of multiTextual) map.set(name, { textual: true, multi: true });
  for (const name of multiParenthetical) map.set(name, { textual: false, multi: true });
  return map;
}

/**
 * Citation commands by name (no backslash, no star). `\nocite` is deliberately absent: it adds an entry to
 * the bibliography without printing anything, so it is no citation in the prose.
 */
export const citeCommands: ReadonlyMap<string, CiteCommandInfo> = build();
