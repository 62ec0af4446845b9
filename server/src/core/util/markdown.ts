// Text from data (titles, abstracts, statements, user files) is never trusted markup: everything shown in a
// Markdown hover goes through these helpers, which escape every character Markdown or HTML could act on.

const markdownSpecial = /[\\`*_{}[\]()#+\-.!|~>]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(markdownSpecial, (c) => (c === '>' ? '&gt;' : `\\${c}`));
}

/** Inline code cannot be broken out of when the fence is longer than any run of backticks inside. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\n/g, ' ')}${pad}${fence}`;
}

/** A link whose target is built by us (a DOI resolver URL), with escaped text. Returns plain text for odd targets. */
export function safeLink(text: string, url: string): string {
  if (!/^https:\/\/doi\.org\/10\.[\d.]+\/[^\s()<>]+$/.test(url)) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${url.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
}
