// The bibliography files a document declares: `\bibliography{refs,more}` and `\addbibresource{refs.bib}` in
// LaTeX, `bibliography:` in Markdown front matter (Pandoc). Their keys count as defined, as in LaTeX itself.

import { isLatexLanguage } from './languages';

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
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(source);
    if (frontMatter) {
      const lines = frontMatter[1].split(/\r?\n/);
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
