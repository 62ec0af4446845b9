// The report page as an HTML string. Pure (no vscode import) so that unit tests can check the escaping: the
// sentences come from manuscripts and the labels from knowledge-base files, and neither is trusted markup.
import type { Report, ReportClaim, ReportSentence } from '../../server/src/core/analysis/report';

export interface ReportPageOptions {
  /** A fresh random value per render; the Content-Security-Policy admits only the style and script carrying it. */
  nonce: string;
  /** What was checked, for the heading: a file name or "workspace". */
  subject: string;
  /** How to show a report path (the extension makes it workspace-relative). */
  displayPath: (path: string) => string;
}

/** Messages the page posts to the extension. */
export type ReportMessage =
  | { command: 'open'; path: string; start: { line: number; character: number }; end: { line: number; character: number } }
  | { command: 'export' };

const verdicts = ['supported', 'contradicted', 'unsupported', 'out-of-scope'] as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderReportPage(report: Report, options: ReportPageOptions): string {
  const { nonce } = options;
  const cards = report.files.flatMap((file) => file.sentences.map((sentence) => sentenceCard(file.path, options.displayPath(file.path), sentence)));
  const fileCount = report.files.length;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>ClaimLens report</title>
<style nonce="${nonce}">${styles}</style>
</head>
<body>
<header>
  <h1>ClaimLens report: ${escapeHtml(options.subject)}</h1>
  <button id="export" type="button">Export JSON</button>
</header>
<p class="meta">${fileCount} ${fileCount === 1 ? 'file' : 'files'}, ${report.summary.sentences} sentences, ${cards.length} listed (sentences with a claim or a citation issue)${report.summary.suppressed > 0 ? `, ${report.summary.suppressed} switched off by claimlens-disable` : ''}${report.summary.ownFindings > 0 ? `, ${report.summary.ownFindings} own findings` : ''}.</p>
${chart(report)}
${cards.length === 0 ? '<p class="empty">No claims or citation issues found.</p>' : `${controls(report, options)}
<p class="meta" id="shown" aria-live="polite">${cards.length} of ${cards.length} shown</p>
<div id="cards">
${cards.join('\n')}
</div>`}
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
}

/** Filters by verdict (and citation issue) and by file, and the sort order; the page's script applies them. */
function controls(report: Report, options: ReportPageOptions): string {
  const verdictOptions = [['all', 'all verdicts'], ...verdicts.map((v) => [v, v]), ['citation-issue', 'citation issues'], ['problems', 'contradicted or unsupported']];
  const fileOptions = [['all', 'all files'], ...report.files.map((file) => [file.path, options.displayPath(file.path)])];
  const select = (id: string, label: string, entries: string[][]) =>
    `<label>${label} <select id="${id}">${entries.map(([value, text]) => `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`).join('')}</select></label>`;
  return `<div class="controls">
  ${select('filter-verdict', 'Show', verdictOptions)}
  ${report.files.length > 1 ? select('filter-file', 'in', fileOptions) : ''}
  ${select('sort', 'Sort by', [['location', 'location'], ['verdict', 'verdict (problems first)'], ['file', 'file, then line']])}
</div>`;
}

/** Horizontal bars in inline SVG: the CSP forbids style attributes, while SVG geometry attributes are not styles. */
function chart(report: Report): string {
  const { summary } = report;
  const issues = summary.citationIssues;
  const bars: [string, number, string][] = [
    ...verdicts.map((verdict): [string, number, string] => [verdict, summary[verdict], verdict]),
    ['citation issues', issues.missing + issues.mismatch + issues.undefined, 'citation'],
  ];
  const max = Math.max(1, ...bars.map(([, count]) => count));
  const rowHeight = 22;
  const labelWidth = 120;
  const barWidth = 300;
  const body = bars.map(([label, count, kind], index) => {
    const y = index * rowHeight;
    const width = count === 0 ? 0 : Math.max(2, Math.round((count / max) * barWidth));
    return `<text x="0" y="${y + 15}" class="label">${escapeHtml(label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="14" class="bar ${kind}"></rect>`
      + `<text x="${labelWidth + width + 6}" y="${y + 15}" class="count">${count}</text>`;
  });
  const title = `supported ${summary.supported}, contradicted ${summary.contradicted}, unsupported ${summary.unsupported}, out of scope ${summary['out-of-scope']}; citation issues: ${issues.missing} missing, ${issues.mismatch} mismatched, ${issues.undefined} undefined`;
  // width="100%" with a viewBox: the chart shrinks with a narrow column (an attribute, which the CSP allows).
  return `<svg class="chart" role="img" width="100%" height="${bars.length * rowHeight}" preserveAspectRatio="xMinYMin meet" viewBox="0 0 ${labelWidth + barWidth + 60} ${bars.length * rowHeight}"><title>${escapeHtml(title)}</title>${body.join('')}</svg>
<p class="meta">Citation issues: ${issues.missing} missing, ${issues.mismatch} mismatched, ${issues.undefined} undefined. Sentences without a claim count as out of scope.</p>`;
}

/** Sort rank of a verdict: problems first. */
const verdictRank: Record<string, number> = { contradicted: 0, unsupported: 1, supported: 2, 'out-of-scope': 3 };

/**
 * One sentence as a card rather than a table row: the report opens in a side column about 500 px wide, where
 * six table columns put the evidence and message behind a horizontal scrollbar. Cards wrap.
 */
function sentenceCard(path: string, shownPath: string, sentence: ReportSentence): string {
  const { start, end } = sentence.range;
  const location = `<a href="#" class="open" data-path="${escapeHtml(path)}" data-start="${start.line},${start.character}" data-end="${end.line},${end.character}">${escapeHtml(shownPath)}:${start.line + 1}</a>`;
  const tags = [sentence.basis ? basisText(sentence.basis) : '', sentence.ownFinding ? 'own finding' : '', sentence.hedged ? 'hedged' : ''].filter(Boolean);
  const claims = sentence.claims.length === 0 ? '' : `<ul class="claims">${sentence.claims.map((claim) => `<li>${claimText(claim)}</li>`).join('')}</ul>`;
  const main = mainMessage(sentence);
  const messages = [main, sentence.citationMessage ?? ''].filter((m, i, all) => m !== '' && all.indexOf(m) === i);
  const keys = evidenceKeys(sentence);
  // Data attributes drive filtering and sorting in the page; they are escaped like everything else.
  const data = `data-verdict="${sentence.verdict}" data-rank="${verdictRank[sentence.verdict] ?? 9}" data-citation="${sentence.citationIssue ?? ''}" data-file="${escapeHtml(path)}" data-line="${start.line}"`;
  return `<article class="card ${sentence.verdict}${sentence.citationIssue ? ' citation-issue' : ''}" ${data}>`
    + `<div class="card-head"><span class="verdict ${sentence.verdict}">${escapeHtml(sentence.verdict)}</span>`
    + (sentence.citationIssue ? ` <span class="tag citation">citation ${escapeHtml(sentence.citationIssue)}</span>` : '')
    + ` <span class="location">${location}</span></div>`
    + (tags.length > 0 ? `<div class="basis">${escapeHtml(tags.join(', '))}</div>` : '')
    + `<blockquote>${escapeHtml(sentence.text)}</blockquote>`
    + messages.map((m) => messageHtml(m)).join('')
    + claims
    + (keys.length > 0 ? `<div class="evidence">Evidence: ${escapeHtml(keys.join(', '))}</div>` : '')
    + '</article>';
}

/** A message's first line in bold (the claim and its verdict), its detail below. */
function messageHtml(message: string): string {
  const newline = message.indexOf('\n');
  if (newline === -1) return `<div class="message"><b>${escapeHtml(message)}</b></div>`;
  return `<div class="message"><b>${escapeHtml(message.slice(0, newline))}</b><div class="detail">${escapeHtml(message.slice(newline + 1))}</div></div>`;
}

function claimText(claim: ReportClaim): string {
  const relation = `${claim.negated ? 'not ' : ''}${claim.relation.replace(/-/g, ' ')}${claim.polarity ? ` (${claim.polarity})` : ''}`;
  const parts = [`<b>${escapeHtml(claim.subject)}</b> <i>${escapeHtml(relation)}</i> <b>${escapeHtml(claim.object)}</b>`];
  if (claim.mediators.length > 0) parts.push(`via ${escapeHtml(claim.mediators.join(', '))}`);
  if (claim.context.length > 0) parts.push(`in ${escapeHtml(claim.context.join(', '))}`);
  return `${parts.join(' ')} <span class="verdict ${claim.verdict}">${escapeHtml(claim.verdict)}</span>`;
}

function basisText(basis: NonNullable<ReportSentence['basis']>): string {
  return basis === 'other-context' ? 'reported only in another context' : 'no evidence in the knowledge base';
}

// The two helpers below repeat sentenceMessage and sentenceEvidenceKeys of report.ts, whose module would
// pull the analysis code into the client bundle; the client imports report.ts for its types only.

function mainMessage(sentence: ReportSentence): string {
  const worst = sentence.claims.find((c) => c.verdict === sentence.verdict) ?? sentence.claims[0];
  return worst?.message ?? sentence.verdictMessage ?? sentence.citationMessage ?? '';
}

function evidenceKeys(sentence: ReportSentence): string[] {
  return [...new Set(sentence.claims.filter((c) => c.verdict === sentence.verdict).flatMap((c) => c.evidence.map((e) => e.paper)))];
}

/** Parses a message from the page, which is our own script but is still checked before anything is opened. */
export function parseReportMessage(message: unknown): ReportMessage | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const m = message as Record<string, unknown>;
  if (m.command === 'export') return { command: 'export' };
  const position = (value: unknown) => {
    const [line, character] = String(value ?? '').split(',').map(Number);
    return Number.isInteger(line) && Number.isInteger(character) && line >= 0 && character >= 0 ? { line, character } : undefined;
  };
  const start = position(m.start);
  const end = position(m.end);
  if (m.command === 'open' && typeof m.path === 'string' && start && end) return { command: 'open', path: m.path, start, end };
  return undefined;
}

const script = `
const vscode = acquireVsCodeApi();
document.getElementById('export').addEventListener('click', () => vscode.postMessage({ command: 'export' }));
document.addEventListener('click', (event) => {
  const link = event.target.closest('a.open');
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ command: 'open', path: link.dataset.path, start: link.dataset.start, end: link.dataset.end });
});
const container = document.getElementById('cards');
if (container) {
  const cards = Array.from(container.children);
  cards.forEach((card, index) => { card.dataset.order = String(index); });
  const value = (id) => document.getElementById(id)?.value ?? 'all';
  const keep = (card) => {
    const verdict = value('filter-verdict');
    const file = value('filter-file');
    const verdictOk = verdict === 'all'
      || (verdict === 'citation-issue' ? card.dataset.citation !== ''
      : verdict === 'problems' ? card.dataset.rank === '0' || card.dataset.rank === '1'
      : card.dataset.verdict === verdict);
    return verdictOk && (file === 'all' || card.dataset.file === file);
  };
  const compare = {
    location: (a, b) => Number(a.dataset.order) - Number(b.dataset.order),
    verdict: (a, b) => Number(a.dataset.rank) - Number(b.dataset.rank) || Number(a.dataset.order) - Number(b.dataset.order),
    file: (a, b) => a.dataset.file.localeCompare(b.dataset.file) || Number(a.dataset.line) - Number(b.dataset.line),
  };
  const apply = () => {
    const sorted = cards.slice().sort(compare[value('sort')] ?? compare.location);
    let shown = 0;
    for (const card of sorted) {
      card.hidden = !keep(card);
      if (!card.hidden) shown++;
      container.appendChild(card);
    }
    document.getElementById('shown').textContent = shown + ' of ' + cards.length + ' shown';
  };
  for (const id of ['filter-verdict', 'filter-file', 'sort']) document.getElementById(id)?.addEventListener('change', apply);
}
`;

const styles = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px 16px; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
h1 { font-size: 1.3em; font-weight: 600; flex: 1 1 12em; overflow-wrap: anywhere; }
button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 4px 12px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
.meta, .empty { color: var(--vscode-descriptionForeground); }
.chart { max-width: 480px; display: block; }
.chart text { fill: var(--vscode-foreground); font-size: 12px; }
.bar.supported { fill: var(--vscode-charts-green); }
.bar.contradicted { fill: var(--vscode-charts-red); }
.bar.unsupported { fill: var(--vscode-charts-yellow); }
.bar.out-of-scope { fill: var(--vscode-charts-foreground); opacity: 0.5; }
.bar.citation { fill: var(--vscode-charts-blue); }
.controls { display: flex; flex-wrap: wrap; gap: 6px 12px; margin: 12px 0 4px; }
select { background: var(--vscode-dropdown-background); color: var(--vscode-dropdown-foreground); border: 1px solid var(--vscode-dropdown-border); max-width: 100%; }
#cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr)); gap: 8px; }
.card { border: 1px solid var(--vscode-panel-border); border-left-width: 4px; border-radius: 3px; padding: 6px 10px; overflow-wrap: anywhere; min-width: 0; }
.card[hidden] { display: none; }
.card.contradicted { border-left-color: var(--vscode-charts-red); }
.card.unsupported { border-left-color: var(--vscode-charts-yellow); }
.card.supported { border-left-color: var(--vscode-charts-green); }
.card-head { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; }
.card-head .location { margin-left: auto; }
blockquote { margin: 6px 0; padding-left: 8px; border-left: 2px solid var(--vscode-textBlockQuote-border); color: var(--vscode-textBlockQuote-foreground, inherit); }
.message { margin: 4px 0; }
.detail { color: var(--vscode-descriptionForeground); margin-top: 2px; }
.evidence { font-size: 0.9em; color: var(--vscode-descriptionForeground); }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
ul.claims { margin: 4px 0; padding-left: 1.2em; }
.verdict { font-weight: 600; }
.verdict.supported { color: var(--vscode-charts-green); }
.verdict.contradicted { color: var(--vscode-charts-red); }
.verdict.unsupported { color: var(--vscode-charts-yellow); }
.verdict.out-of-scope { color: var(--vscode-descriptionForeground); }
.tag.citation { font-size: 0.9em; color: var(--vscode-charts-blue); }
.basis { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
`;
