// Diagnostics as plain data: one per contradicted or unsupported claim, on the claim's own words (a sentence
// with two problem claims gets two), one for a sentence that names the library's entities without a readable
// claim, and one per citation problem; each with a stable code per kind, a message that names the evidence,
// related facts, and what the quick fixes need.
import type { AnalyzedSentence, DocumentAnalysis } from '../analysis/analyzeDocument';
import { citationMessage, describeFact, explainClaim } from '../analysis/explain';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Fact } from '../kb/schema';
import type { Settings, Severity } from '../settings';
import { toSourceSpan, type ProseBlock, type SourceSpan } from '../text/prose';
import type { BlockResult, ClaimResult } from '../analysis/analyzeBlock';

export type DiagnosticCode =
  | 'contradicted'
  | 'unsupported'
  | 'unsupported-other-context'
  | 'own-finding'
  | 'missing-citation'
  | 'citation-mismatch'
  | 'undefined-citation';

export interface DiagnosticData {
  span: SourceSpan;
  severity: Exclude<Severity, 'off'>;
  code: DiagnosticCode;
  message: string;
  /** The facts behind the message, for related information that links to the library. */
  related: { fact: Fact; message: string }[];
  /** What code actions need: the sentence and the keys involved. */
  sentenceIndex: number;
  keys: string[];
}

export function computeDiagnostics(analysis: DocumentAnalysis, kb: KnowledgeBase, settings: Settings): DiagnosticData[] {
  const out: DiagnosticData[] = [];
  const sentences = analysis.sentences;
  // Block by block: a block that is the same object as in the previous version (nothing before it moved),
  // at the same sentence index, with the same flags, settings and library, has the same diagnostics.
  for (let first = 0; first < sentences.length; ) {
    const block = sentences[first].block;
    let next = first + 1;
    while (next < sentences.length && sentences[next].block === block) next++;
    // The block's result too: a block whose abbreviations changed keeps its object but not its reading.
    const result = analysis.blocks[sentences[first].blockIndex];
    const known = blockDiagnostics.get(block);
    let diagnostics: DiagnosticData[];
    if (known && known.result === result && known.kb === kb && known.settings === settings && known.first === first && sameSentences(known.sentences, sentences, first, next)) diagnostics = known.diagnostics;
    else {
      diagnostics = [];
      for (let index = first; index < next; index++) {
        const sentence = sentences[index];
        if (sentence.suppressed) continue;
        for (const d of verdictDiagnostics(sentence, index, kb, settings)) diagnostics.push(d);
        for (const d of citationDiagnostics(sentence, index, settings)) diagnostics.push(d);
      }
      blockDiagnostics.set(block, { result, kb, settings, first, sentences: sentences.slice(first, next), diagnostics });
    }
    for (const d of diagnostics) out.push(d);
    first = next;
  }
  return out;
}

/** Sentence objects are never modified; the same objects (suppression and own-finding marks included) say the same. */
function sameSentences(known: readonly AnalyzedSentence[], sentences: readonly AnalyzedSentence[], first: number, next: number): boolean {
  if (known.length !== next - first) return false;
  for (let k = 0; k < known.length; k++) if (known[k] !== sentences[first + k]) return false;
  return true;
}

/** The diagnostics last computed for each block (see computeDiagnostics); shared, never modified. */
const blockDiagnostics = new WeakMap<ProseBlock, { result: BlockResult | undefined; kb: KnowledgeBase; settings: Settings; first: number; sentences: AnalyzedSentence[]; diagnostics: DiagnosticData[] }>();

function verdictDiagnostics(sentence: AnalyzedSentence, sentenceIndex: number, kb: KnowledgeBase, settings: Settings): DiagnosticData[] {
  if (sentence.nonClaim) return [];
  const problems = sentence.claims.filter((c) => c.verification.verdict === 'contradicted' || c.verification.verdict === 'unsupported');
  if (problems.length === 0) {
    if (sentence.verdict !== 'unsupported') return [];
    // Entities the library has findings on, but no claim the reader could check: say so, never stay silent.
    const diagnostic = claimDiagnostic(sentence, sentenceIndex, undefined, kb, settings);
    return diagnostic ? [diagnostic] : [];
  }
  return problems.flatMap((claim) => claimDiagnostic(sentence, sentenceIndex, claim, kb, settings) ?? []);
}

function claimDiagnostic(sentence: AnalyzedSentence, sentenceIndex: number, claim: ClaimResult | undefined, kb: KnowledgeBase, settings: Settings): DiagnosticData | undefined {
  const verdict = claim?.verification.verdict ?? sentence.verdict;
  const basis = claim ? claim.verification.basis : sentence.basis;
  let code: DiagnosticCode = verdict === 'contradicted' ? 'contradicted' : basis === 'other-context' ? 'unsupported-other-context' : 'unsupported';
  let severity: Severity = code === 'contradicted' ? settings.severity.contradicted : code === 'unsupported' ? settings.severity.unsupported : settings.severity.otherContext;
  const words = claim ? claimText(claim, kb) : undefined;
  let message = words ? words.message : noReadableClaimMessage(sentence, kb);
  if (sentence.ownFinding) {
    // The writer's new result is not expected to be in the library; say what the library shows, quietly.
    code = 'own-finding';
    severity = settings.severity.ownFinding;
    message = `own finding (not checked): ${message}`;
  }
  if (severity === 'off') return undefined;
  // The claim's own words; a claim without a usable span (or the no-claim case) marks the sentence.
  const span = claim && claim.claim.end > claim.claim.start ? toSourceSpan(sentence.block, ...claimWords(claim, sentence)) : sentence.span;
  return {
    span,
    severity,
    code,
    message,
    related: words?.related ?? [],
    sentenceIndex,
    keys: claim ? claim.verification.evidence.map((f) => f.evidence.paper) : [],
  };
}

/**
 * A claim's message and related facts, written once per claim result: block results are reused from version
 * to version of a document, and rewriting every message of a thesis after each keystroke cost more than the
 * re-check itself (issue 10). Keyed by the result object, for the knowledge base it was written with.
 */
const claimTexts = new WeakMap<ClaimResult, { kb: KnowledgeBase; message: string; related: DiagnosticData['related'] }>();

function claimText(claim: ClaimResult, kb: KnowledgeBase): { message: string; related: DiagnosticData['related'] } {
  const known = claimTexts.get(claim);
  if (known && known.kb === kb) return known;
  const facts = [...claim.verification.evidence, ...claim.verification.nearest].slice(0, 5);
  const text = {
    kb,
    message: explainClaim(claim.claim, claim.verification, kb),
    related: facts.map((fact) => ({ fact, message: `${fact.evidence.paper} (${fact.evidence.locator}): ${describeFact(fact, kb)}` })),
  };
  claimTexts.set(claim, text);
  return text;
}

/**
 * The claim's words: from its first to its last participant, with its context and route where they are named
 * after it ("... in OSCC"); a context the sentence named earlier, for an earlier claim, does not stretch it back.
 */
function claimWords(claim: ClaimResult, sentence: AnalyzedSentence): [number, number] {
  const c = claim.claim;
  const start = Math.min(c.start, c.subject.start, c.object.start);
  let end = Math.max(c.end, c.subject.end, c.object.end);
  for (const part of [...c.mediators, ...c.context]) {
    const later = sentence.mentions.find((m) => m.entityId === part.entityId && m.start >= start);
    if (later) end = Math.max(end, later.end);
  }
  return [start, end];
}

/** Written once per sentence result (its mentions array is shared by every version that reuses it). */
const noReadableClaimMessages = new WeakMap<readonly unknown[], { kb: KnowledgeBase; message: string }>();

function noReadableClaimMessage(sentence: AnalyzedSentence, kb: KnowledgeBase): string {
  const known = noReadableClaimMessages.get(sentence.mentions);
  if (known && known.kb === kb) return known.message;
  const message = writeNoReadableClaimMessage(sentence, kb);
  noReadableClaimMessages.set(sentence.mentions, { kb, message });
  return message;
}

function writeNoReadableClaimMessage(sentence: AnalyzedSentence, kb: KnowledgeBase): string {
  const named = [...new Set(sentence.mentions.map((m) => m.entityId))].filter((id) => kb.hasFindings(id)).map((id) => kb.label(id));
  return `unsupported: no claim could be read that the library backs; it has findings on ${named.join(', ')}`;
}

function citationDiagnostics(sentence: AnalyzedSentence, sentenceIndex: number, settings: Settings): DiagnosticData[] {
  const check = sentence.citationCheck;
  if (!check.issue) return [];
  const message = citationMessage(sentence);
  if (!message) return [];
  const base = { related: [], sentenceIndex };
  if (check.issue === 'undefined') {
    const severity = settings.severity.undefinedCitation;
    if (severity === 'off') return [];
    // One diagnostic per unknown key, on the key itself.
    return sentence.citations.flatMap((marker) =>
      marker.keys.filter((k) => check.undefinedKeys.includes(k.key)).map((k) => ({
        ...base, span: k.span, severity, code: 'undefined-citation' as const, message: `unknown citation key ${k.key}: not in the library or any .bib file`, keys: [k.key],
      })),
    );
  }
  if (check.issue === 'mismatch') {
    const severity = settings.severity.citationMismatch;
    if (severity === 'off') return [];
    const span = sentence.citations.length > 0 ? { start: sentence.citations[0].span.start, end: sentence.citations[sentence.citations.length - 1].span.end } : sentence.span;
    return [{ ...base, span, severity, code: 'citation-mismatch', message, keys: check.supportingPapers }];
  }
  const severity = settings.severity.missingCitation;
  if (severity === 'off' || sentence.ownFinding) return [];
  return [{ ...base, span: sentence.span, severity, code: 'missing-citation', message, keys: check.supportingPapers }];
}
