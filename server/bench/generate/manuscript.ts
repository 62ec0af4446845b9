// A manuscript of any size made from the bundled example (examples/manuscript.md or .tex): its body
// paragraphs repeated with numbered variants, so that no cache can serve one copy's paragraph for another's.
// Deterministic. (h-incr's drafts.ts makes the 100k-word thesis drafts; this one is the small, familiar text
// the older bench rows and the KB-scale ratio use.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';

const examples = path.join(repoRoot, 'examples');

/** About `bytes` characters of draft. `cite` rewrites every n-th citation to a key it returns (0: none). */
export function manuscript(language: 'markdown' | 'latex', bytes: number, cite?: (n: number) => string): string {
  const source = fs.readFileSync(path.join(examples, language === 'markdown' ? 'manuscript.md' : 'manuscript.tex'), 'utf8');
  const body = language === 'markdown' ? source.replace(/^---[\s\S]*?---\n/, '') : source.slice(source.indexOf('\\section'), source.indexOf('\\bibliographystyle'));
  const parts: string[] = [];
  let size = 0;
  let citations = 0;
  for (let copy = 1; size < bytes; copy++) {
    let variant = body.replace(/^([A-Z][^\n]*)$/gm, `Series ${copy}: $1`).replace(/(# |\\section\{)([A-Z])/g, `$1Part ${copy}: $2`);
    if (cite) variant = variant.replace(language === 'markdown' ? /\[@[^\]]*\]/g : /\\cite[pt]?\{[^}]*\}/g, () => (language === 'markdown' ? `[@${cite(citations++)}]` : `\\cite{${cite(citations++)}}`));
    parts.push(variant);
    size += variant.length;
  }
  const text = parts.join('\n');
  return language === 'latex' ? `\\documentclass{article}\n\\begin{document}\n${text}\n\\end{document}\n` : text;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
