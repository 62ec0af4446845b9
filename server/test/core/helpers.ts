// Test helpers for the pure core: in-memory knowledge bases, the bundled library, and compact readings of
// what the checker makes of a sentence ("IL11 promotes CELL_MIGRATION [ctx OSCC] via GP130").
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, type AnalyzedSentence } from '../../src/core/analysis/analyzeDocument';
import { buildKnowledgeBase, type KbBuildResult, type KbSource } from '../../src/core/kb/build';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { ExtractedClaim } from '../../src/core/claims/extract';
import { readAnchored } from '../../src/core/claims/anchored';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { sentenceChunks } from '../../src/core/claims/nounPhrases';
import { tokenize } from '../../src/core/claims/tokens';
import { showChunks } from '../../src/core/language/chunks';
import { loadKnowledgeBase, type LoadedKnowledgeBase } from '../../src/node/loadKnowledgeBase';
import { readAbstract } from '../../src/core/kb/abstracts';
import type { Paper } from '../../src/core/kb/schema';

/** Builds a knowledge base from one file given as an object (serialized with line breaks) or as raw text. */
export async function kbFrom(json: object | string, path = 'test.json'): Promise<KbBuildResult> {
  return buildKnowledgeBase([sourceOf(json, path)]);
}

/** Builds a knowledge base from several in-memory files. */
export async function kbFromFiles(files: readonly (readonly [path: string, content: object | string])[]): Promise<KbBuildResult> {
  return buildKnowledgeBase(files.map(([path, content]) => sourceOf(content, path)));
}

export function sourceOf(content: object | string, path: string): KbSource {
  return { path, text: typeof content === 'string' ? content : JSON.stringify(content, null, 2) };
}

let bundled: Promise<LoadedKnowledgeBase> | undefined;

/** The bundled library from data/, loaded once for the whole run. */
export function bundledLoad(): Promise<LoadedKnowledgeBase> {
  bundled ??= loadKnowledgeBase({ extra: [] });
  return bundled;
}

export async function bundledKb(): Promise<KnowledgeBase> {
  return (await bundledLoad()).kb;
}

/** A claim as a short string: "NOT IL11 promotes CELL_MIGRATION [ctx MDA_MB_231,HYPOXIA] via STAT3". */
export function formatClaim(claim: ExtractedClaim): string {
  const polarity = claim.relation === 'associated-with' && claim.undirected ? '(undirected)' : claim.relation === 'associated-with' && claim.polarity ? `(${claim.polarity})` : '';
  const context = claim.context.length > 0 ? ` [ctx ${claim.context.map((m) => m.entityId).sort().join(',')}]` : '';
  const via = claim.mediators.length > 0 ? ` via ${claim.mediators.map((m) => m.entityId).join('+')}` : '';
  return `${claim.negated ? 'NOT ' : ''}${claim.subject.entityId} ${claim.relation}${polarity} ${claim.object.entityId}${context}${via}`;
}

/** The analyzed sentences of a plain-text document. */
export function sentencesOf(text: string, kb: KnowledgeBase, languageId = 'plaintext'): AnalyzedSentence[] {
  return analyzeDocument(languageId, text, kb).sentences;
}

/** The claims of a sentence (or of every sentence of a short text), as compact strings, sorted. */
export function claimsOf(text: string, kb: KnowledgeBase): string[] {
  return sentencesOf(text, kb)
    .flatMap((s) => s.claims.map((c) => formatClaim(c.claim)))
    .sort();
}

/** The claims of a text as `claimsOf` gives them, without their context ("X promotes Y", not "X promotes Y [ctx HCC]"). */
export function claimsWithoutContextOf(text: string, kb: KnowledgeBase): string[] {
  return claimsOf(text, kb).map((c) => c.replace(/ \[ctx [^\]]*\]/g, ''));
}

/**
 * A test file's plain readings on the bundled library, loaded once before its suites: `plain` gives a text's claims
 * without their context (claimsWithoutContextOf), and `reads` adds one test per row, that the sentence's claims include
 * the row's claim (or each of its claims), titled by the sentence after `label`. The stop-44 and stop-45 test files of
 * single readings share it rather than each writing out the set-up, the loop and the assertion.
 */
export function bundledPlainReadings(): {
  plain: (text: string) => string[];
  reads: (cases: readonly (readonly [text: string, claims: string | readonly string[]])[], label?: string) => void;
} {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(60_000);
    kb = await bundledKb();
  });
  const plain = (text: string): string[] => claimsWithoutContextOf(text, kb);
  const reads = (cases: readonly (readonly [string, string | readonly string[]])[], label = ''): void => {
    for (const [text, expected] of cases) {
      test(`${label}${text}`, () => {
        const claims = plain(text);
        for (const claim of typeof expected === 'string' ? [expected] : expected) assert.ok(claims.includes(claim), `${claim} not in ${JSON.stringify(claims)}`);
      });
    }
  };
  return { plain, reads };
}

/** What knowledge-anchored reading alone makes of a text, any linked pair allowed (claims/anchored.ts), as compact strings, sorted. */
export function anchoredClaimsOf(text: string, kb: KnowledgeBase): string[] {
  const mentions = recognizeEntities(text, lexiconOf(kb), new Map());
  return readAnchored(text, 0, text.length, mentions, kb, false, { anyPair: true }).map(formatClaim).sort();
}

/**
 * Knowledge-anchored reading alone, any linked pair allowed, in text order, each claim as "SUBJECT [not ]relation[(negative)]
 * OBJECT": the form the cue tables' example tests (cues.test.ts, lexiconCues.test.ts) compare against.
 */
export function anchoredTriplesOf(text: string, kb: KnowledgeBase): string[] {
  const mentions = recognizeEntities(text, lexiconOf(kb), new Map());
  return readAnchored(text, 0, text.length, mentions, kb, false, { anyPair: true }).map(
    (c) => `${c.subject.entityId} ${c.negated ? 'not ' : ''}${c.relation}${c.polarity === 'negative' ? '(negative)' : ''} ${c.object.entityId}`,
  );
}

/** The one sentence a text reads as; fails when it reads as more or fewer. */
export function onlySentence(text: string, kb: KnowledgeBase, languageId = 'plaintext'): AnalyzedSentence {
  const sentences = sentencesOf(text, kb, languageId);
  if (sentences.length !== 1) throw new Error(`expected one sentence, got ${sentences.length}: ${JSON.stringify(sentences.map((s) => s.text))}`);
  return sentences[0];
}

/** The one sentence's label as the corpora write it: "supported", "unsupported/other-context". */
export function verdictOf(text: string, kb: KnowledgeBase): string {
  const s = onlySentence(text, kb);
  return `${s.verdict}${s.basis ? `/${s.basis}` : ''}`;
}

/** The one sentence's claims as formatClaim writes them, and its label as verdictOf writes it. */
export function claimsAndVerdict(text: string, kb: KnowledgeBase): { claims: string[]; verdict: string } {
  const s = onlySentence(text, kb);
  return { claims: s.claims.map((c) => formatClaim(c.claim)), verdict: `${s.verdict}${s.basis ? `/${s.basis}` : ''}` };
}

/**
 * The first sentence of a Markdown text as a construction's tests look at it: its verdict and its claims as bare
 * "SUBJECT relation OBJECT" triples (no polarity, context or mediators), so a test can ask whether a pair was read
 * without spelling out the rest. classAsPredicate.test.ts and inflammatoryKind.test.ts share it.
 */
export function verdictAndTriples(text: string, kb: KnowledgeBase): { verdict: string; claims: string[] } {
  const [s] = analyzeDocument('markdown', text, kb).sentences;
  return { verdict: s.verdict, claims: s.claims.map(({ claim: c }) => `${c.subject.entityId} ${c.relation} ${c.object.entityId}`) };
}

/** Asserts a one-sentence text's verdict and, when given, that one of its claims reads `triple` ("IL6 promotes INFLAMMATION"). */
export function assertReading(kb: KnowledgeBase, text: string, verdict: string, triple?: string): void {
  const got = verdictAndTriples(text, kb);
  if (triple) assert.ok(got.claims.includes(triple), `${text}\n${JSON.stringify(got.claims)}`);
  assert.equal(got.verdict, verdict, `${text}\n${JSON.stringify(got.claims)}`);
}

/** Asserts that a one-sentence text is not supported, whatever else it is (a near miss of the supported verdict). */
export function assertNotSupported(kb: KnowledgeBase, text: string): void {
  const got = verdictAndTriples(text, kb);
  assert.notEqual(got.verdict, 'supported', `${text}\n${JSON.stringify(got.claims)}`);
}

/**
 * The reading assertions of a test file on the bundled library, loaded once before its suites: `read` gives a
 * sentence's verdict and triples, `check` asserts them, `notSupported` asserts a near miss.
 */
export function bundledReadings(): {
  read: (text: string) => { verdict: string; claims: string[] };
  check: (text: string, verdict: string, triple?: string) => void;
  notSupported: (text: string) => void;
} {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  return {
    read: (text) => verdictAndTriples(text, kb),
    check: (text, verdict, triple) => assertReading(kb, text, verdict, triple),
    notSupported: (text) => assertNotSupported(kb, text),
  };
}

// Record builders for inline knowledge-base files: only what a test is about needs to be written out.

export function entity(id: string, type: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, name: id.toLowerCase().replace(/_/g, ' '), type, description: `test entity ${id}`, ...extra };
}

export function paper(key: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key, title: `Paper ${key}`, authors: [{ family: 'Doe', given: 'Jane' }], journal: 'Test Journal', year: 2020,
    volume: null, issue: null, pages: null, doi: null, pmid: null, summary: null, ...extra,
  };
}

export function fact(
  id: string, subject: string, relation: string, object: string | undefined,
  extra: { mediators?: string[]; context?: string[]; polarity?: string; objectAspect?: string; paper?: string; kind?: string } = {},
): Record<string, unknown> {
  const { paper: paperKey = 'p1', kind = 'finding', ...rest } = extra;
  return {
    id, subject, relation, ...(object ? { object } : {}), ...rest,
    evidence: { paper: paperKey, locator: 'abstract', kind }, statement: `${subject} ${relation} ${object ?? ''}`,
  };
}

/**
 * The chunks anchored reading sees of one sentence (the recognizer's names, the real chunker, punctuation kept), as
 * showChunks writes them: "[NP IL-6] [VG activates] [NP STAT3]". readerTagger36.test.ts and phraseHeads.test.ts share it.
 */
export function chunksOf(sentence: string, kb: KnowledgeBase): string {
  const tokens = tokenize(sentence, 0, sentence.length, recognizeEntities(sentence, lexiconOf(kb)));
  const { words, chunks } = sentenceChunks(sentence, 0, sentence.length, tokens);
  return showChunks(words, chunks);
}

/** A sentence of our own, the claims the reader makes of it (formatClaim, any order) and the bundled library's verdict. */
export type ReadingCase = [sentence: string, claims: string[], verdict: string];

/**
 * One suite of reading cases against the bundled library: the claims read, then the sentence's verdict
 * ("supported", "unsupported/other-context"). realProse.test.ts and seedReading.test.ts share it.
 */
export function readingTable(prefix: string, name: string, cases: readonly ReadingCase[]): void {
  suite(`${prefix}: ${name}`, () => {
    let kb: KnowledgeBase;
    suiteSetup(async () => {
      kb = await bundledKb();
    });
    for (const [sentence, expected, verdict] of cases) {
      test(sentence, () => {
        assert.deepEqual(claimsOf(sentence, kb), [...expected].sort());
        assert.equal(verdictOf(sentence, kb), verdict);
      });
    }
  });
}

/** Every row of the team corpora and the near misses (ours, in the repository): the inputs of the same-results tests. */
export function teamCorpusRows(): { file: string; id: string; text: string }[] {
  const corpus = path.join(__dirname, '..', 'corpus');
  const rows: { file: string; id: string; text: string }[] = [];
  for (const file of ['claims.jsonl', 'heldout.jsonl', 'blind.jsonl', 'nearmiss.jsonl']) {
    for (const line of fs.readFileSync(path.join(corpus, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      rows.push({ file, id, text });
    }
  }
  return rows;
}

/** A paper known only by its abstract (every other field unknown), as a bare .bib entry with an abstract reads. */
export function paperWithAbstract(abstract: string): Paper {
  return { key: 'x', title: 'A study', abstract, authors: null, journal: null, year: null, volume: null, issue: null, pages: null, doi: null, pmid: null, keywords: [], summary: null };
}

let lexiconOnly: Promise<KbBuildResult> | undefined;

/** The bundled lexicon alone (data/entities.json, no findings), built once per test process. */
export function lexiconOnlyKb(): Promise<KbBuildResult> {
  const entitiesFile = (): string => fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'entities.json'), 'utf8');
  return (lexiconOnly ??= kbFromFiles([['entities.json', entitiesFile()]]));
}

/**
 * What the abstract reader takes from one abstract against the bundled lexicon alone (data/entities.json, no
 * findings, so nothing read depends on the bundled papers): one "subject relation(polarity) object [context]" per
 * finding, sorted; `show` says whether the polarity and the context are printed.
 */
export async function abstractFindings(abstract: string, show: { polarity?: boolean; context?: boolean } = {}): Promise<string[]> {
  const { kb } = await lexiconOnlyKb();
  return readAbstract(paperWithAbstract(abstract), kb)
    .map((f) => `${f.subject} ${f.relation}${show.polarity && f.polarity ? `(${f.polarity})` : ''} ${f.object}${show.context ? ` [${f.context.join(',')}]` : ''}`)
    .sort();
}
