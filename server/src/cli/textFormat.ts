// Compiler-style text output: `file:line:col: severity: verdict: message [evidence keys]`, one line per
// finding, then a summary. Lines and columns are one-based, as compilers and editors expect.
import { isFailing, sentenceEvidenceKeys, sentenceMessage, type Report, type ReportSentence } from '../core/analysis/report';

export interface TextOptions {
  /** Also list supported sentences and own findings. */
  verbose: boolean;
}

export function formatText(report: Report, options: TextOptions): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const sentence of file.sentences) {
      const where = `${file.path}:${sentence.range.start.line + 1}:${sentence.range.start.character + 1}`;
      const verdictLine = verdictLineOf(sentence, options);
      if (verdictLine) out.push(`${where}: ${verdictLine}`);
      if (sentence.citationIssue) {
        const severity = sentence.citationIssue === 'undefined' ? 'error' : sentence.citationIssue === 'mismatch' ? 'warning' : 'note';
        out.push(`${where}: ${severity}: citation-${sentence.citationIssue}: ${sentence.citationMessage}`);
      }
    }
  }
  const s = report.summary;
  const files = report.files.length;
  out.push(
    `${files} file${files === 1 ? '' : 's'}, ${s.sentences} sentences: ${s.supported} supported, ${s.contradicted} contradicted, ` +
      `${s.unsupported} unsupported, ${s['out-of-scope']} without claims in scope; ` +
      `citations: ${s.citationIssues.missing} missing, ${s.citationIssues.mismatch} mismatched, ${s.citationIssues.undefined} undefined` +
      (s.suppressed ? `; ${s.suppressed} suppressed` : ''),
  );
  return out.join('\n') + '\n';
}

function verdictLineOf(sentence: ReportSentence, options: TextOptions): string | undefined {
  const keys = sentenceEvidenceKeys(sentence);
  // The evidence keys always close the line, so that tools can read them whatever the message says.
  const evidence = keys.length > 0 ? ` [${keys.join(', ')}]` : '';
  const label = sentence.basis ? `${sentence.verdict} (${sentence.basis})` : sentence.verdict;
  if (sentence.ownFinding && sentence.claims.length > 0) {
    return options.verbose ? `note: own finding, ${label}: ${sentenceMessage(sentence)}${evidence}` : undefined;
  }
  if (isFailing(sentence)) {
    const severity = sentence.verdict === 'contradicted' ? 'error' : 'warning';
    return `${severity}: ${label}: ${sentenceMessage(sentence)}${evidence}`;
  }
  if (options.verbose && sentence.claims.length > 0) return `note: ${label}: ${sentenceMessage(sentence)}${evidence}`;
  return undefined;
}
