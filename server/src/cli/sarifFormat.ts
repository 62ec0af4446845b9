// SARIF 2.1.0 output (`claimlens check --format sarif`) for code-scanning tools (GitHub code scanning, GitLab,
// SARIF viewers). One rule per kind of finding, with the editor's diagnostic codes as rule ids and the editor's
// severity settings as levels; each result points at the sentence (or the citation key) and lists the facts it
// rests on as related locations, named by paper, fact id and locator.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { detailOf, summaryOf } from '../core/analysis/explain';
import { citationKind, sentenceMessage, verdictKind, type Report, type ReportEvidence, type ReportFile, type ReportSentence } from '../core/analysis/report';
import { defaultSettings, severityOf, severitySettings, type FindingKind, type Settings, type Severity } from '../core/settings';

const rules: Record<FindingKind, { name: string; short: string; full: string }> = {
  contradicted: {
    name: 'ContradictedClaim',
    short: 'A finding in the knowledge base contradicts the claim.',
    full: 'The sentence claims an effect that a finding of the knowledge base reports the other way round (or reports absent) in the same setting.',
  },
  unsupported: {
    name: 'UnsupportedClaim',
    short: 'No finding in the knowledge base supports the claim.',
    full: 'The sentence states a claim that no finding of the knowledge base reports; the message names the nearest findings.',
  },
  'unsupported-other-context': {
    name: 'ClaimInAnotherContext',
    short: 'The knowledge base reports the claim only in another context.',
    full: 'The knowledge base reports the claim, but only in another cell type, tissue, disease, species or condition than the sentence names.',
  },
  'own-finding': {
    name: 'OwnFinding',
    short: 'A claim the manuscript presents as its own finding, not backed by the knowledge base.',
    full: 'The sentence presents the claim as the manuscript\'s own result ("here we show"), so it is not expected to be in the knowledge base; the message says what the knowledge base reports.',
  },
  'missing-citation': {
    name: 'MissingCitation',
    short: 'A supported claim cites no paper.',
    full: 'The knowledge base supports the claim, and the sentence cites none of the papers it rests on.',
  },
  'citation-mismatch': {
    name: 'CitationMismatch',
    short: 'The cited papers do not report the claim; other papers do.',
    full: 'The papers the sentence cites do not report the claim, while other papers of the knowledge base do.',
  },
  'undefined-citation': {
    name: 'UndefinedCitation',
    short: 'A citation key is in no bibliography and not in the knowledge base.',
    full: 'The cited key is neither in the knowledge base nor in a bibliography the manuscript declares or the CLI was given.',
  },
};

const kinds = Object.keys(severitySettings) as FindingKind[];

type Level = 'error' | 'warning' | 'note' | 'none';

function levelOf(severity: Severity): Level {
  if (severity === 'error' || severity === 'warning') return severity;
  return severity === 'off' ? 'none' : 'note';
}

export interface SarifOptions {
  settings?: Settings;
  /** Tool version for the log. */
  version?: string;
  /** Folder that relative paths are relative to (becomes %SRCROOT%). */
  cwd?: string;
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const settings = options.settings ?? defaultSettings;
  const results = report.files.flatMap((file) => file.sentences.flatMap((sentence) => resultsOf(file, sentence, settings)));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ClaimLens',
            semanticVersion: options.version ?? '0.1.0',
            rules: kinds.map((kind) => ({
              id: kind,
              name: rules[kind].name,
              shortDescription: { text: rules[kind].short },
              fullDescription: { text: rules[kind].full },
              defaultConfiguration: { level: levelOf(severityOf(kind, settings)) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${options.cwd ?? '.'}${path.sep}`).href } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function resultsOf(file: ReportFile, sentence: ReportSentence, settings: Settings): object[] {
  const out: object[] = [];
  const verdict = verdictKind(sentence);
  if (verdict && levelOf(severityOf(verdict, settings)) !== 'none') {
    const message = sentenceMessage(sentence);
    const claim = sentence.claims.find((c) => c.verdict === sentence.verdict) ?? sentence.claims[0];
    const facts = [...(claim?.evidence ?? []), ...(claim?.nearest ?? [])];
    out.push(result(verdict, settings, message, file, sentence, facts));
  }
  const citation = citationKind(sentence);
  if (citation && sentence.citationMessage && levelOf(severityOf(citation, settings)) !== 'none') {
    out.push(result(citation, settings, sentence.citationMessage, file, sentence, []));
  }
  return out;
}

function result(kind: FindingKind, settings: Settings, message: string, file: ReportFile, sentence: ReportSentence, facts: ReportEvidence[]): object {
  const detail = detailOf(message);
  const unique = [...new Map(facts.map((fact) => [fact.fact, fact])).values()].slice(0, 5);
  return {
    ruleId: kind,
    ruleIndex: kinds.indexOf(kind),
    level: levelOf(severityOf(kind, settings)),
    // SARIF viewers show the first sentence as the title: the editor's first line, then its detail.
    message: { text: detail ? `${summaryOf(message)}. ${detail}` : summaryOf(message) },
    locations: [{ physicalLocation: { artifactLocation: artifactOf(file.path), region: regionOf(sentence) } }],
    ...(unique.length > 0
      ? {
          relatedLocations: unique.map((fact, index) => ({
            id: index + 1,
            message: { text: `${fact.paper} (${fact.locator}): ${fact.statement}` },
            logicalLocations: [{ name: fact.fact, fullyQualifiedName: `${fact.paper}/${fact.fact}`, kind: fact.kind }],
          })),
        }
      : {}),
  };
}

function artifactOf(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  // Relative paths stay relative (with forward slashes), so code-scanning tools map them onto the repository.
  return { uri: file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function regionOf(sentence: ReportSentence) {
  const { start, end } = sentence.range;
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, snippet: { text: sentence.text } };
}
