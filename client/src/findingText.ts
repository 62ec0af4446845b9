// The text of a finding as a reader wants it when following a diagnostic's related information: the
// statement, the paper and where in it, the relation in words. Pure (no vscode import) for unit tests. The
// document is plain text, so nothing in the data file is ever rendered as markup.
import { findNodeAtOffset, getNodeValue, parseTree, type Node } from 'jsonc-parser';

interface FactRecord {
  id?: unknown;
  subject?: unknown;
  relation?: unknown;
  object?: unknown;
  mediators?: unknown;
  context?: unknown;
  statement?: unknown;
  evidence?: { paper?: unknown; locator?: unknown; kind?: unknown; cites?: unknown };
}

/** A value from the data file as one line of plain text (the document is shown as text, never rendered). */
function plain(value: unknown): string {
  return String(value ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/**
 * The finding written at `offset` of a library file (the position the server gives for related information),
 * as a plain-text page; undefined when no finding is there (the file changed since).
 */
export function renderFinding(jsonText: string, offset: number, fileLabel: string): string | undefined {
  const tree = parseTree(jsonText);
  if (!tree) return undefined;
  let node: Node | undefined = findNodeAtOffset(tree, offset, true) ?? findNodeAtOffset(tree, offset + 1, true);
  while (node && !(node.type === 'object' && node.children?.some((p) => p.children?.[0]?.value === 'statement'))) node = node.parent;
  if (!node) return undefined;
  const fact = getNodeValue(node) as FactRecord;
  const papers = (getNodeValue(tree) as { papers?: { key?: unknown; title?: unknown; year?: unknown; journal?: unknown }[] }).papers ?? [];
  const paper = papers.find((p) => p.key === fact.evidence?.paper);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(plain).join(', ') : '');
  const rows: [string, string][] = [
    ['Paper', `${plain(fact.evidence?.paper)}${paper?.title ? `: ${plain(paper.title)}` : ''}${paper?.journal ? `, ${plain(paper.journal)}` : ''}${paper?.year ? ` (${plain(paper.year)})` : ''}`],
    ['Where in the paper', `${plain(fact.evidence?.locator)}${fact.evidence?.kind === 'background' ? ` (background${fact.evidence.cites ? `, citing ${plain(fact.evidence.cites)}` : ''})` : ''}`],
    ['Relation', `${plain(fact.subject)} ${plain(fact.relation).replace(/-/g, ' ')} ${plain(fact.object)}`.trim()],
    ['Via', list(fact.mediators)],
    ['Context', list(fact.context)],
  ];
  return [
    `Finding ${plain(fact.id)}`,
    '',
    ...wrap(plain(fact.statement), 96).map((line) => `  ${line}`),
    '',
    ...rows.filter(([, value]) => value !== '').map(([name, value]) => `${`${name}:`.padEnd(20)}${value}`),
    '',
    `Recorded in ${fileLabel}.`,
    '',
  ].join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
