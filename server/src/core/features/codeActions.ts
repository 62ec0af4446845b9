// Quick fixes as plain edits: cite the paper that supports a claim (in the document's own citation syntax),
// replace a citation that does not support it, correct an unknown key, ignore a line, ignore a claim in the
// whole workspace (a setting), or mark a sentence as the writer's own finding.
import { distance } from 'fastest-levenshtein';
import type { AnalyzedSentence, DocumentAnalysis } from '../analysis/analyzeDocument';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { blockSourceRange, type SourceSpan } from '../text/prose';
import { isLatexLanguage } from '../text/languages';
import { LineIndex } from '../util/lines';
import type { DiagnosticData } from './diagnostics';
import { ignorableClaim } from './ignoredClaims';

export interface TextEditData {
  span: SourceSpan;
  newText: string;
}

export interface CodeActionData {
  title: string;
  kind: 'quickfix';
  edits: TextEditData[];
  /** The diagnostic the action fixes, if any. */
  diagnostic?: DiagnosticData;
  isPreferred?: boolean;
  /** An editor command to run instead of (or after) the edits: the settings-based ignore. */
  command?: { name: 'ignoreClaim'; argument: string };
}

type Syntax = 'latex' | 'markdown';

export function computeCodeActions(
  analysis: DocumentAnalysis,
  source: string,
  languageId: string,
  diagnostics: readonly DiagnosticData[],
  kb: KnowledgeBase,
): CodeActionData[] {
  const syntax: Syntax = isLatexLanguage(languageId) ? 'latex' : 'markdown';
  const actions: CodeActionData[] = [];
  const lines = new LineIndex(source);
  const handledSentences = new Set<AnalyzedSentence>();
  for (const diagnostic of diagnostics) {
    const sentence = diagnostic.sentence;
    switch (diagnostic.code) {
      case 'missing-citation':
        diagnostic.keys.slice(0, 3).forEach((key, index) => {
          actions.push({ title: `Cite ${key}`, kind: 'quickfix', edits: [insertCitation(sentence, source, syntax, key, analysis)], diagnostic, isPreferred: index === 0 });
        });
        break;
      case 'citation-mismatch':
        actions.push(...replaceCitation(sentence, syntax, diagnostic));
        break;
      case 'undefined-citation':
        actions.push(...suggestKeys(diagnostic, kb));
        break;
      case 'contradicted':
      case 'unsupported':
      case 'unsupported-other-context':
      case 'own-finding': {
        if (!sentence.ownFinding) actions.push({ title: 'Mark as my own finding', kind: 'quickfix', edits: [markOwnFinding(sentence, source, lines, syntax)], diagnostic });
        // Stored in the workspace's settings (claimlens.ignoredClaims), not as a comment in the manuscript.
        const name = ignorableClaim(diagnostic, analysis, kb);
        if (name) actions.push({ title: `Ignore "${name}" in this workspace`, kind: 'quickfix', edits: [], diagnostic, command: { name: 'ignoreClaim', argument: name } });
        break;
      }
      default:
        break;
    }
    if (!handledSentences.has(sentence)) {
      handledSentences.add(sentence);
      actions.push({ title: 'Ignore this line (ClaimLens)', kind: 'quickfix', edits: [ignoreLine(sentence, source, lines, syntax)], diagnostic });
      actions.push({ title: 'Ignore this paragraph (ClaimLens)', kind: 'quickfix', edits: ignoreBlock(sentence, source, lines, syntax), diagnostic });
    }
  }
  return actions;
}

/** The citation command the document already uses most, so that a fix matches the writer's style. */
function preferredCiteCommand(analysis: DocumentAnalysis): string {
  const counts = new Map<string, number>();
  for (const block of analysis.prose.blocks) {
    for (const marker of block.citations) {
      if (marker.textual || !marker.command.startsWith('\\')) continue;
      counts.set(marker.command, (counts.get(marker.command) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '\\cite';
}

/** Inserts the citation before the sentence's final punctuation: "…in OSCC~\cite{key}." or "…in OSCC [@key]." */
function insertCitation(sentence: AnalyzedSentence, source: string, syntax: Syntax, key: string, analysis: DocumentAnalysis): TextEditData {
  let at = sentence.span.end;
  while (at > sentence.span.start && /[.!?)"'”’]/.test(source[at - 1])) at--;
  const text = syntax === 'latex' ? `~${preferredCiteCommand(analysis)}{${key}}` : ` [@${key}]`;
  return { span: { start: at, end: at }, newText: text };
}

function replaceCitation(sentence: AnalyzedSentence, syntax: Syntax, diagnostic: DiagnosticData): CodeActionData[] {
  const actions: CodeActionData[] = [];
  const keys = sentence.citations.flatMap((marker) => marker.keys.map((key) => ({ key, marker })));
  const supporting = diagnostic.keys.slice(0, 2);
  for (const [index, replacement] of supporting.entries()) {
    if (keys.length === 1) {
      actions.push({ title: `Replace ${keys[0].key.key} with ${replacement}`, kind: 'quickfix', edits: [{ span: keys[0].key.span, newText: replacement }], diagnostic, isPreferred: index === 0 });
    }
    const last = keys[keys.length - 1];
    if (last) {
      const newText = syntax === 'latex' ? `,${replacement}` : `; @${replacement}`;
      actions.push({ title: `Add ${replacement} to the citation`, kind: 'quickfix', edits: [{ span: { start: last.key.span.end, end: last.key.span.end }, newText }], diagnostic });
    }
  }
  return actions;
}

/** "Did you mean wu2022interleukin?" for a key that exists nowhere. */
function suggestKeys(diagnostic: DiagnosticData, kb: KnowledgeBase): CodeActionData[] {
  const unknown = diagnostic.keys[0];
  const known = [...kb.papers.keys()];
  if (!unknown || known.length === 0) return [];
  const ranked = known
    .map((key) => ({ key, cost: distance(unknown.toLowerCase(), key.toLowerCase()) }))
    .filter((c) => c.cost <= Math.max(3, Math.floor(unknown.length / 3)))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, 3);
  return ranked
    .map((c, index) => ({ title: `Change to ${c.key}`, kind: 'quickfix' as const, edits: [{ span: diagnostic.span, newText: c.key }], diagnostic, isPreferred: index === 0 }));
}

/**
 * LaTeX: a `% claimlens-disable-next-line` line above (a comment line does not break a paragraph).
 * Markdown: the same as an HTML comment above the first line of a paragraph; inside a paragraph, a
 * `<!-- claimlens-disable-line -->` at the end of the line, which does not split the paragraph.
 */
function ignoreLine(sentence: AnalyzedSentence, source: string, lines: LineIndex, syntax: Syntax): TextEditData {
  const line = lines.positionAt(sentence.span.start).line;
  const lineStart = lines.lineStart(line);
  const indentation = /^[ \t]*/.exec(source.slice(lineStart))?.[0] ?? '';
  if (syntax === 'latex') return { span: { start: lineStart, end: lineStart }, newText: `${indentation}% claimlens-disable-next-line\n` };
  const previousLine = line > 0 ? source.slice(lines.lineStart(line - 1), lineStart).trim() : '';
  if (previousLine === '') return { span: { start: lineStart, end: lineStart }, newText: `${indentation}<!-- claimlens-disable-next-line -->\n` };
  const lineEnd = endOfLine(source, sentence.span.start);
  return { span: { start: lineEnd, end: lineEnd }, newText: ' <!-- claimlens-disable-line -->' };
}

/** `claimlens-disable` on a line before the paragraph and `claimlens-enable` on a line after it. */
function ignoreBlock(sentence: AnalyzedSentence, source: string, lines: LineIndex, syntax: Syntax): TextEditData[] {
  const block = sentence.block;
  const range = blockSourceRange(block);
  const firstLine = lines.positionAt(range.start).line;
  const start = lines.lineStart(firstLine);
  const end = endOfLine(source, Math.max(range.start, range.end - 1));
  const indentation = /^[ \t]*/.exec(source.slice(start))?.[0] ?? '';
  const comment = (word: string): string => (syntax === 'latex' ? `% claimlens-${word}` : `<!-- claimlens-${word} -->`);
  return [
    { span: { start, end: start }, newText: `${indentation}${comment('disable')}\n` },
    { span: { start: end, end }, newText: `\n${indentation}${comment('enable')}` },
  ];
}

/** A directive right after the sentence. In LaTeX a comment runs to the end of the line, so the rest moves down. */
function markOwnFinding(sentence: AnalyzedSentence, source: string, lines: LineIndex, syntax: Syntax): TextEditData {
  const at = sentence.span.end;
  if (syntax === 'markdown') return { span: { start: at, end: at }, newText: ' <!-- claimlens-own-finding -->' };
  const lineEnd = endOfLine(source, at);
  const rest = source.slice(at, lineEnd);
  if (rest.trim() === '') return { span: { start: at, end: lineEnd }, newText: ' % claimlens-own-finding' };
  const line = lines.positionAt(at).line;
  const indentation = /^[ \t]*/.exec(source.slice(lines.lineStart(line)))?.[0] ?? '';
  const restStart = at + (rest.length - rest.trimStart().length);
  return { span: { start: at, end: restStart }, newText: ` % claimlens-own-finding\n${indentation}` };
}

function endOfLine(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline > 0 && source[newline - 1] === '\r' ? newline - 1 : newline;
}
