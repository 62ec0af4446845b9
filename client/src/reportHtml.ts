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
  const rows = report.files.flatMap((file) => file.sentences.map((sentence) => sentenceRow(file.path, options.displayPath(file.path), sentence)));
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
<p class="meta">${fileCount} ${fileCount === 1 ? 'file' : 'files'}, ${report.summary.sentences} sentences, ${rows.length} listed (sentences with a claim or a citation issue)${report.summary.suppressed > 0 ? `, ${report.summary.suppressed} switched off by claimlens-disable` : ''}${report.summary.ownFindings > 0 ? `, ${report.summary.ownFindings} own findings` : ''}.</p>
${chart(report)}
${rows.length === 0 ? '<p class="empty">No claims or citation issues found.</p>' : `<table>
<thead><tr><th>Location</th><th>Sentence</th><th>Verdict</th><th>Claims</th><th>Evidence</th><th>Message</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`}
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
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
  return `<svg class="chart" role="img" width="${labelWidth + barWidth + 60}" height="${bars.length * rowHeight}" viewBox="0 0 ${labelWidth + barWidth + 60} ${bars.length * rowHeight}"><title>${escapeHtml(title)}</title>${body.join('')}</svg>
<p class="meta">Citation issues: ${issues.missing} missing, ${issues.mismatch} mismatched, ${issues.undefined} undefined. Sentences without a claim count as out of scope.</p>`;
}

function sentenceRow(path: string, shownPath: string, sentence: ReportSentence): string {
  const { start, end } = sentence.range;
  const location = `<a href="#" class="open" data-path="${escapeHtml(path)}" data-start="${start.line},${start.character}" data-end="${end.line},${end.character}">${escapeHtml(shownPath)}:${start.line + 1}</a>`;
  const tags = [sentence.ownFinding ? 'own finding' : '', sentence.hedged ? 'hedged' : ''].filter(Boolean);
  const verdict = `<span class="verdict ${sentence.verdict}">${escapeHtml(sentence.verdict)}</span>`
    + (sentence.basis ? `<div class="basis">${escapeHtml(basisText(sentence.basis))}</div>` : '')
    + (tags.length > 0 ? `<div class="basis">${escapeHtml(tags.join(', '))}</div>` : '');
  const claims = sentence.claims.length === 0 ? '' : `<ul>${sentence.claims.map((claim) => `<li>${claimText(claim)}</li>`).join('')}</ul>`;
  const messages = [mainMessage(sentence), sentence.citationMessage ?? ''].filter((m, i, all) => m !== '' && all.indexOf(m) === i);
  return `<tr class="${sentence.verdict}${sentence.citationIssue ? ' citation-issue' : ''}">`
    + `<td class="location">${location}</td>`
    + `<td>${escapeHtml(sentence.text)}</td>`
    + `<td>${verdict}</td>`
    + `<td>${claims}</td>`
    + `<td>${escapeHtml(evidenceKeys(sentence).join(', '))}</td>`
    + `<td>${messages.map((m) => `<div>${escapeHtml(m)}</div>`).join('')}</td>`
    + '</tr>';
}

function claimText(claim: ReportClaim): string {
  const relation = `${claim.negated ? 'not ' : ''}${claim.relation}${claim.polarity ? ` (${claim.polarity})` : ''}`;
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
  return worst?.message ?? sentence.citationMessage ?? '';
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
`;

const styles = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 16px; }
header { display: flex; align-items: center; gap: 16px; }
h1 { font-size: 1.3em; font-weight: 600; flex: 1; }
button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 4px 12px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
.meta, .empty { color: var(--vscode-descriptionForeground); }
.chart text { fill: var(--vscode-foreground); font-size: 12px; }
.bar.supported { fill: var(--vscode-charts-green); }
.bar.contradicted { fill: var(--vscode-charts-red); }
.bar.unsupported { fill: var(--vscode-charts-yellow); }
.bar.out-of-scope { fill: var(--vscode-charts-foreground); opacity: 0.5; }
.bar.citation { fill: var(--vscode-charts-blue); }
table { border-collapse: collapse; width: 100%; margin-top: 12px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
th { position: sticky; top: 0; background: var(--vscode-editor-background); }
td.location { white-space: nowrap; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
ul { margin: 0; padding-left: 1.2em; }
.verdict { font-weight: 600; }
.verdict.supported { color: var(--vscode-charts-green); }
.verdict.contradicted { color: var(--vscode-charts-red); }
.verdict.unsupported { color: var(--vscode-charts-yellow); }
.verdict.out-of-scope { color: var(--vscode-descriptionForeground); }
.basis { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
`;
