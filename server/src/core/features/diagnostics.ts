// Diagnostics as plain data: one per contradicted or unsupported claim, on the claim's own words (a sentence
// with two problem claims gets two), one for a sentence that names the library's entities without a readable
// claim, and one per citation problem; each with a stable code per kind, a message that names the evidence,
// related facts, and what the quick fixes need.
import type { AnalyzedSentence, DocumentAnalysis } from '../analysis/analyzeDocument';
import { citationMessage, describeFact, explainClaim, noReadableClaimText } from '../analysis/explain';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Fact } from '../kb/schema';
import type { Settings, Severity } from '../settings';
import { detach, toSourceSpan, type ProseBlock, type SourceSpan } from '../text/prose';
import type { ClaimResult } from '../analysis/analyzeBlock';
import type { ClaimVerification } from '../verify/verify';

export type DiagnosticCode =
  | 'contradicted'
  | 'unsupported'
  | 'unsupported-other-context'
  | 'own-finding'
  | 'missing-citation'
  | 'citation-mismatch'
  | 'undefined-citation';

export interface DiagnosticData {
  /** Where it is in this version of the document: computed when read (its block may have moved since). */
  readonly span: SourceSpan;
  severity: Exclude<Severity, 'off'>;
  code: DiagnosticCode;
  message: string;
  /** The facts behind the message, for related information that links to the library. */
  related: { fact: Fact; message: string }[];
  /** What code actions need: the sentence and the keys involved. */
  sentence: AnalyzedSentence;
  keys: string[];
}

/** The diagnostics of one block, in order; the same array object as long as the block says the same. */
export interface BlockDiagnostics {
  block: ProseBlock;
  diagnostics: readonly DiagnosticData[];
}

/**
 * A diagnostic on plain-text offsets of its block, placed when read (the block may have moved since it was
 * made), or on what `locate` reads (citation markers, which move with their block). A class, the span a
 * getter of its prototype: a getter in an object literal is a new function per diagnostic, which made every
 * diagnostic a dictionary-mode object several times its size (issue 10). A spread copy has no span.
 */
class PlacedDiagnostic implements DiagnosticData {
  constructor(
    readonly severity: Exclude<Severity, 'off'>,
    readonly code: DiagnosticCode,
    readonly message: string,
    readonly related: DiagnosticData['related'],
    readonly sentence: AnalyzedSentence,
    readonly keys: string[],
    private readonly start: number,
    private readonly end: number,
    private readonly locate?: () => SourceSpan,
  ) {}

  get span(): SourceSpan {
    return this.locate ? this.locate() : toSourceSpan(this.sentence.block, this.start, this.end);
  }
}

export function computeDiagnostics(analysis: DocumentAnalysis, kb: KnowledgeBase, settings: Settings, previous?: DocumentAnalysis): DiagnosticData[] {
  const out: DiagnosticData[] = [];
  for (const group of computeBlockDiagnostics(analysis, kb, settings, previous)) for (const d of group.diagnostics) out.push(d);
  return out;
}

/**
 * Diagnostics block by block (blocks without any are left out). A block whose sentences are the same array
 * as in an earlier version (its result stands; positions follow its placement), with the same settings and
 * library, has the same diagnostics: the same array of the same objects, which is what lets the language
 * server convert and send only the blocks that changed.
 *
 * `previous`, the same document's analysis before this one, makes it cheaper still: the blocks before and
 * after an edit are the same lists at the same places in both, found by comparing the two lists of lists
 * from either end, and their groups are taken over without looking at a block. Looking each of a thesis's
 * ~6,000 blocks up (its first sentence, its block, the cache) cost 3-5 ms per keystroke, in memory scattered
 * over the heap (issue 10).
 */
export function computeBlockDiagnostics(analysis: DocumentAnalysis, kb: KnowledgeBase, settings: Settings, previous?: DocumentAnalysis): BlockDiagnostics[] {
  const done = computed.get(analysis);
  if (done && done.kb === kb && done.settings === settings) return done.out;
  const lists = analysis.blockSentences;
  const before = previous && computed.get(previous);
  const old = before && before.kb === kb && before.settings === settings ? before : undefined;
  const groups: (BlockDiagnostics | undefined)[] = new Array(lists.length);
  let head = 0;
  let tail = 0;
  if (old) {
    const limit = Math.min(lists.length, old.lists.length);
    while (head < limit && lists[head] === old.lists[head]) head++;
    while (tail < limit - head && lists[lists.length - 1 - tail] === old.lists[old.lists.length - 1 - tail]) tail++;
    for (let index = 0; index < head; index++) groups[index] = old.groups[index];
    for (let k = 1; k <= tail; k++) groups[lists.length - k] = old.groups[old.lists.length - k];
  }
  for (let index = head; index < lists.length - tail; index++) groups[index] = blockGroup(lists[index], kb, settings);
  const out: BlockDiagnostics[] = [];
  for (const group of groups) if (group) out.push(group);
  computed.set(analysis, { kb, settings, lists, groups, out });
  return out;
}

/** What computeBlockDiagnostics made from an analysis: its lists, the group of each (none: no diagnostics), the groups in order. */
const computed = new WeakMap<DocumentAnalysis, { kb: KnowledgeBase; settings: Settings; lists: DocumentAnalysis['blockSentences']; groups: (BlockDiagnostics | undefined)[]; out: BlockDiagnostics[] }>();

/** One block's group: the same object while the block, its sentences, the library and the settings stay. */
function blockGroup(sentences: readonly AnalyzedSentence[], kb: KnowledgeBase, settings: Settings): BlockDiagnostics | undefined {
  if (sentences.length === 0) return undefined;
  const block = sentences[0].block;
  const known = blockDiagnostics.get(block);
  if (known && known.sentences === sentences && known.kb === kb && known.settings === settings) return known.group;
  const diagnostics: DiagnosticData[] = [];
  for (const sentence of sentences) {
    if (sentence.suppressed) continue;
    for (const d of verdictDiagnostics(sentence, kb, settings)) diagnostics.push(d);
    for (const d of citationDiagnostics(sentence, settings)) diagnostics.push(d);
  }
  const group = diagnostics.length > 0 ? { block, diagnostics } : undefined;
  blockDiagnostics.set(block, { kb, settings, sentences, group });
  return group;
}

/** The diagnostics last computed for each block (see computeDiagnostics); shared, never modified. */
const blockDiagnostics = new WeakMap<ProseBlock, { kb: KnowledgeBase; settings: Settings; sentences: readonly AnalyzedSentence[]; group: BlockDiagnostics | undefined }>();

function verdictDiagnostics(sentence: AnalyzedSentence, kb: KnowledgeBase, settings: Settings): DiagnosticData[] {
  if (sentence.nonClaim) return [];
  const problems = sentence.claims.filter((c) => c.verification.verdict === 'contradicted' || c.verification.verdict === 'unsupported');
  if (problems.length === 0) {
    if (sentence.verdict !== 'unsupported') return [];
    // Entities the library has findings on, but no claim the reader could check: say so, never stay silent.
    const diagnostic = claimDiagnostic(sentence, undefined, kb, settings);
    return diagnostic ? [diagnostic] : [];
  }
  return problems.flatMap((claim) => claimDiagnostic(sentence, claim, kb, settings) ?? []);
}

function claimDiagnostic(sentence: AnalyzedSentence, claim: ClaimResult | undefined, kb: KnowledgeBase, settings: Settings): DiagnosticData | undefined {
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
  const [start, end] = claim && claim.claim.end > claim.claim.start ? claimWords(claim, sentence) : [sentence.start, sentence.end];
  return new PlacedDiagnostic(severity, code, message, words?.related ?? [], sentence, claim ? claim.verification.evidence.map((f) => f.evidence.paper) : [], start, end);
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
  // The message is a flat string (explain.ts keeps one per verification and claim words): as written, each
  // message was a tree of a dozen pieces that V8 keeps until the string is read, 5 MB of the analysis worker's
  // heap for the bench's thesis (issue 10). The related facts are the verification's, shared by its claims.
  const text = { kb, message: explainClaim(claim.claim, claim.verification, kb), related: relatedFacts(claim.verification, kb) };
  claimTexts.set(claim, text);
  return text;
}

/** A verification's first five facts (evidence, then nearest) with their messages, written once per verification. */
const relatedTexts = new WeakMap<ClaimVerification, { kb: KnowledgeBase; related: DiagnosticData['related'] }>();

function relatedFacts(verification: ClaimVerification, kb: KnowledgeBase): DiagnosticData['related'] {
  const known = relatedTexts.get(verification);
  if (known && known.kb === kb) return known.related;
  const facts = [...verification.evidence, ...verification.nearest].slice(0, 5);
  const related = facts.map((fact) => ({ fact, message: detach(`${fact.evidence.paper} (${fact.evidence.locator}): ${describeFact(fact, kb)}`) }));
  relatedTexts.set(verification, { kb, related });
  return related;
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
  const message = detach(noReadableClaimText(sentence.mentions, sentence.citedKeys, kb));
  noReadableClaimMessages.set(sentence.mentions, { kb, message });
  return message;
}


function citationDiagnostics(sentence: AnalyzedSentence, settings: Settings): DiagnosticData[] {
  const check = sentence.citationCheck;
  if (!check.issue) return [];
  const written = citationMessage(sentence);
  if (!written) return [];
  const message = detach(written);
  // Spans are read when asked for: the citation markers are the block's own, moved with it.
  if (check.issue === 'undefined') {
    const severity = settings.severity.undefinedCitation;
    if (severity === 'off') return [];
    // One diagnostic per unknown key, on the key itself.
    return sentence.citations.flatMap((marker) =>
      marker.keys.filter((k) => check.undefinedKeys.includes(k.key)).map((k): DiagnosticData => (
        new PlacedDiagnostic(severity, 'undefined-citation', `unknown citation key ${k.key}: not in the library or any .bib file`, [], sentence, [k.key], 0, 0, () => ({ start: k.span.start, end: k.span.end }))
      )),
    );
  }
  if (check.issue === 'mismatch') {
    const severity = settings.severity.citationMismatch;
    if (severity === 'off') return [];
    const citations = sentence.citations;
    const locate = (): SourceSpan => (citations.length > 0 ? { start: citations[0].span.start, end: citations[citations.length - 1].span.end } : sentence.span);
    return [new PlacedDiagnostic(severity, 'citation-mismatch', message, [], sentence, check.supportingPapers, 0, 0, locate)];
  }
  const severity = settings.severity.missingCitation;
  if (severity === 'off' || sentence.ownFinding) return [];
  return [new PlacedDiagnostic(severity, 'missing-citation', message, [], sentence, check.supportingPapers, sentence.start, sentence.end)];
}
