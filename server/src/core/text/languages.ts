// Which prose extractor a file needs, from its language id (in the editor) or its extension (on the CLI).
import { wordTable } from '../util/wordTable';

export type ProseLanguage = 'markdown' | 'latex' | 'plaintext';

const byExtension: Readonly<Record<string, ProseLanguage>> = wordTable({
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.rmd': 'markdown', '.qmd': 'markdown',
  '.tex': 'latex', '.latex': 'latex', '.ltx': 'latex',
});

/** An editor language id of LaTeX (VS Code's "latex", and "tex" for plain TeX files). */
export function isLatexLanguage(languageId: string): boolean {
  return languageId === 'latex' || languageId === 'tex';
}

export function languageOfPath(path: string): ProseLanguage {
  const match = /\.[^./\\]+$/.exec(path.toLowerCase());
  return (match && byExtension[match[0]]) || 'plaintext';
}
