// Compiler-style text output: `file:line:col: severity: verdict: message [evidence keys]`, one line per
// finding, then a summary. Lines and columns are one-based, as compilers and editors expect. The message is
// the first line of the editor's message; the evidence keys close the line once, whatever the message says.
import { summaryOf } from '../core/analysis/explain';
import { citationKind, sentenceEvidenceKeys, sentenceMessage, verdictKind, type Report, type ReportSentence } from '../core/analysis/report';
import { defaultSettings, severityOf, type Settings, type Severity } from '../core/settings';

export interface TextOptions {
  /** Also list supported sentences and own findings. */
  verbose: boolean;
  /** The editor's severity settings: the same finding has the same severity in the CLI and the editor. */
  settings?: Settings;
}

/** Compiler words for the editor's severities; undefined for "off" (not printed). */
export function compilerSeverity(severity: Severity): 'error' | 'warning' | 'note' | undefined {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'information':
    case 'hint':
      return 'note';
    default:
      return undefined;
  }
}

export function formatText(report: Report, options: TextOptions): string {
  const settings = options.settings ?? defaultSettings;
  const out: string[] = [];
  for (const file of report.files) {
    for (const sentence of file.sentences) {
      const where = `${file.path}:${sentence.range.start.line + 1}:${sentence.range.start.character + 1}`;
      const verdictLine = verdictLineOf(sentence, options, settings);
      if (verdictLine) out.push(`${where}: ${verdictLine}`);
      const kind = citationKind(sentence);
      const severity = kind && compilerSeverity(severityOf(kind, settings));
      if (severity) out.push(`${where}: ${severity}: citation-${sentence.citationIssue}: ${sentence.citationMessage}`);
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

function verdictLineOf(sentence: ReportSentence, options: TextOptions, settings: Settings): string | undefined {
  const keys = sentenceEvidenceKeys(sentence);
  const evidence = keys.length > 0 ? ` [${keys.join(', ')}]` : '';
  const label = sentence.basis ? `${sentence.verdict} (${sentence.basis})` : sentence.verdict;
  const message = summaryOf(sentenceMessage(sentence));
  if (sentence.ownFinding && sentence.claims.length > 0) {
    return options.verbose ? `note: own finding, ${label}: ${message}${evidence}` : undefined;
  }
  const kind = verdictKind(sentence);
  if (kind) {
    const severity = compilerSeverity(severityOf(kind, settings));
    return severity ? `${severity}: ${label}: ${message}${evidence}` : undefined;
  }
  if (options.verbose && sentence.claims.length > 0) return `note: ${label}: ${message}${evidence}`;
  return undefined;
}
