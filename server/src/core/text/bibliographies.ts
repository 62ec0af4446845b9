// The bibliography files a document declares: `\bibliography{refs,more}` and `\addbibresource{refs.bib}` in
// LaTeX, `bibliography:` in Markdown front matter (Pandoc). Their keys count as defined, as in LaTeX itself.

import { isLatexLanguage } from './languages';
import { frontMatterEnd } from './markdownFences';

export function declaredBibliographies(languageId: string, source: string): string[] {
  const found: string[] = [];
  if (isLatexLanguage(languageId)) {
    const withoutComments = source.replace(/(^|[^\\])%.*$/gm, '$1');
    for (const match of withoutComments.matchAll(/\\bibliography\s*\{([^}]*)\}/g)) {
      for (const name of match[1].split(',')) {
        const trimmed = name.trim();
        if (trimmed) found.push(/\.bib$/i.test(trimmed) ? trimmed : `${trimmed}.bib`);
      }
    }
    for (const match of withoutComments.matchAll(/\\addbibresource\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}/g)) {
      if (match[1].trim()) found.push(match[1].trim());
    }
  } else if (languageId === 'markdown') {
    const end = frontMatterEnd(source);
    if (end >= 0) {
      // The lines between the opening `---` and the closing `---` or `...`.
      const lines = source.slice(0, end).split(/\r?\n/).slice(1, source.charCodeAt(end - 1) === 10 ? -2 : -1);
      lines.forEach((line, index) => {
        const single = /^bibliography:\s*(.+?)\s*$/.exec(line);
        if (single && single[1] !== '') {
          const value = single[1].replace(/^\[|\]$/g, '');
          for (const part of value.split(',')) {
            const name = part.trim().replace(/^["']|["']$/g, '');
            if (name) found.push(name);
          }
        } else if (/^bibliography:\s*$/.test(line)) {
          for (let k = index + 1; k < lines.length && /^\s*-\s+/.test(lines[k]); k++) {
            found.push(lines[k].replace(/^\s*-\s+/, '').trim().replace(/^["']|["']$/g, ''));
          }
        }
      });
    }
  }
  return [...new Set(found)];
}

/**
 * The bibliographies a Markdown draft's front matter declares, and how far into the text that answer
 * depends on it: an edit starting at or after `reach` leaves it as it is (typing in a thesis below its front
 * matter need not read the thesis again; issue 10).
 */
export function markdownBibliographies(source: string): { found: string[]; reach: number } {
  const found = declaredBibliographies('markdown', source);
  // Front matter as the Markdown reader cuts it (markdownFences.ts), so both agree on where it ends. One closed
  // by a line break depends on nothing after it; one closed by the end of the text, or never closed, on every edit.
  const end = frontMatterEnd(source);
  if (end >= 0) return { found, reach: source.charCodeAt(end - 1) === 10 ? end : Infinity };
  // No front matter: an edit after the first character that differs from an opening `---` line cannot add one.
  const opening = source.startsWith('---\r') ? '---\r\n' : '---\n';
  let same = 0;
  while (same < opening.length && source.charCodeAt(same) === opening.charCodeAt(same)) same++;
  return { found, reach: same === opening.length ? Infinity : same + 1 };
}
