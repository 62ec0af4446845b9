// Analysis of a whole document: prose extraction, the document's abbreviations, then one cached analysis
// per block. After an edit (issue 10) the previous analysis is the starting point: prose is re-read only
// where the edit is (text/incrementalProse.ts), blocks of untouched chunks keep their results and are
// moved (see text/prose.ts, Placement), and the document's abbreviations are tracked per block, so that
// defining or changing one re-analyses only the blocks that use it. A block whose result is unchanged keeps
// its sentence objects: their source positions are computed when read, from the block's placement.
import { abbreviationsFromDefinitions, findAbbreviationDefinitions, type AbbreviationDefinition } from '../entities/abbreviations';
import { lexiconOf } from '../entities/lexicon';
import { asciiNormalizedIncludes, isAsciiOnly, normalizeTerm } from '../entities/normalize';
import { recognizeEntities, type DocumentAbbreviations } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { ProjectContext } from '../project/context';
import { extractChunked, updateChunked, type ChunkedProse, type KnownChange } from '../text/incrementalProse';
import type { CitationMarker, Directive, ProseBlock, ProseDocument, SourceSpan } from '../text/prose';
import { toSourceOffset, toSourceSpan } from '../text/prose';
import type { SourceText } from '../text/sourceText';
import { analyzeBlock, type BlockResult, type SentenceResult } from './analyzeBlock';
import { suppressionOf } from './suppression';
import { stageCost, stageEnd, stageStart } from '../util/stageCosts';

export interface AnalyzedSentence extends SentenceResult {
  /** The sentence's citation markers (the block's own), with their positions in this version of the document. */
  citations: CitationMarker[];
  block: ProseBlock;
  /** Where the sentence is in the source, computed when read (the block may have moved since it was made). */
  readonly span: SourceSpan;
  /** Switched off by a claimlens-disable directive. */
  suppressed: boolean;
}

export interface DocumentAnalysis {
  prose: ProseDocument;
  abbreviations: DocumentAbbreviations;
  blocks: BlockResult[];
  sentences: AnalyzedSentence[];
  /**
   * The same sentences block by block (one array per block of `prose.blocks`): the same array object as in the
   * previous version while the block's sentences are, so work per block is skipped with one comparison.
   */
  blockSentences: readonly (readonly AnalyzedSentence[])[];
  /** How many blocks were analyzed afresh (the rest came from the previous version or the cache). */
  recomputedBlocks: number;
  /** How many chunks of the source were read afresh. */
  rereadChunks?: number;
  /** What the next version's analysis starts from (see analyzeDocument's `previous`). */
  incremental?: IncrementalState;
}

/** What a block's analysis depends on besides its text, kept with the chunk it came from. */
interface BlockState {
  /** The block's text, for its signature. */
  text: string;
  /**
   * The block's text normalized as entity keys are (for which abbreviations it can use), made on first use: NFKC and
   * lower-casing of every block took 18-37 ms per 100k-word check (issue 10), though a document without
   * abbreviations, or an edit that leaves them as they were, never reads it.
   */
  signature?: string;
  /** Whether the text is plain ASCII (its abbreviations are then looked up without the signature). */
  ascii?: boolean;
  /** Abbreviations the block defines. */
  definitions: AbbreviationDefinition[];
  result?: BlockResult;
  /** The document abbreviations the result was computed with: only those the block can use. */
  abbreviationKey?: string;
  /** The block's sentences placed in the document, made from `sentencesOf` (reused while the result stands). */
  sentences?: AnalyzedSentence[];
  sentencesOf?: BlockResult;
}

interface IncrementalState {
  chunked: ChunkedProse;
  kb: KnowledgeBase;
  /** Per chunk (by its origin, which survives shifting), the state of each of its blocks. */
  blockStates: WeakMap<object, BlockState[]>;
  projectKey?: string;
  inheritedDefinitions: AbbreviationDefinition[][];
}

/** Block results keyed by everything they depend on. Bounded, oldest entries evicted first. */
export class AnalysisCache {
  readonly #entries = new Map<string, BlockResult>();
  constructor(readonly capacity = 20000) {}

  get(key: string): BlockResult | undefined {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: BlockResult): void {
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * Drops the results no current analysis uses (`inUse`), oldest first, keeping the `keep` most recent of
   * them. A stale result is a paragraph as it was before an edit: kept, it only helps an undo, and a thesis
   * typed in for a session left thousands of them (13 kB each; issue 10).
   */
  dropStale(inUse: ReadonlySet<BlockResult>, keep: number): void {
    const stale: string[] = [];
    for (const [key, result] of this.#entries) if (!inUse.has(result)) stale.push(key);
    for (let i = 0; i < stale.length - keep; i++) this.#entries.delete(stale[i]);
  }
}

/**
 * The document abbreviations a block can use: those whose key occurs in its normalized text. Entity keys are
 * runs of normalized words, so a key the recognizer looks up in the block is a substring of the signature;
 * a slash sibling ("ERK1/2" looks up "erk2") keeps at least the key without its final digits.
 */
function relevantAbbreviations(state: BlockState, abbreviations: readonly AbbreviationStem[]): string {
  // A search of the whole signature for every abbreviation on every block took ~70 ms per 100k-word check; a
  // key whose first two characters the signature lacks cannot occur in it, so most searches are skipped.
  if (abbreviations.length === 0) return '';
  // A few abbreviations and a plain ASCII block: each looked up in the text as its normalized form would hold it,
  // without making that form (the same key; issue 10).
  if (abbreviations.length <= fewAbbreviations && state.signature === undefined && (state.ascii ??= isAsciiOnly(state.text))) {
    let key = '';
    for (const { short, stem, entity } of abbreviations) {
      if (asciiNormalizedIncludes(state.text, short) || (stem.length >= 2 && stem !== short && asciiNormalizedIncludes(state.text, stem))) key += `${short}=${entity},`;
    }
    return key;
  }
  const signature = (state.signature ??= normalizeTerm(state.text));
  // A document with few abbreviations (most define a handful) has them searched for at once: marking the pairs
  // costs a pass over the signature, more than the few searches it would spare (a CPU profile of the bench's
  // thesis, one abbreviation, put it at ~1% of the full check; issue 10). The key is the same either way.
  const prefiltered = abbreviations.length > fewAbbreviations;
  if (prefiltered) markPairs(signature);
  let key = '';
  for (const { short, stem, entity, shortPair, stemPair } of abbreviations) {
    if (((!prefiltered || hasPair(shortPair)) && signature.includes(short)) || (stem.length >= 2 && stem !== short && (!prefiltered || hasPair(stemPair)) && signature.includes(stem))) key += `${short}=${entity},`;
  }
  return key;
}

/** Up to this many abbreviations, a block's signature is searched for each without the pair prefilter. */
const fewAbbreviations = 8;

/** The character pairs of the signature being read, hashed to 16 bits (a collision only costs a search). */
const pairBits = new Uint32Array(65536 / 32);

function pairHash(text: string, at: number): number {
  return ((text.charCodeAt(at) * 31) ^ text.charCodeAt(at + 1)) & 0xffff;
}

function markPairs(signature: string): void {
  pairBits.fill(0);
  // (Each character read once, carried to the next pair: pairHash per position read each twice, ~1% of a
  // 100k-word full check in a CPU profile, issue 10.)
  let previous = signature.charCodeAt(0);
  for (let i = 1; i < signature.length; i++) {
    const code = signature.charCodeAt(i);
    const hash = ((previous * 31) ^ code) & 0xffff;
    pairBits[hash >>> 5] |= 1 << (hash & 31);
    previous = code;
  }
}

/** -1 (a key shorter than two characters) is never skipped. */
function hasPair(hash: number): boolean {
  return hash < 0 || (pairBits[hash >>> 5] & (1 << (hash & 31))) !== 0;
}

interface AbbreviationStem {
  short: string;
  stem: string;
  entity: string | null;
  /** The pair hash of the first two characters of `short` and of `stem` (-1 when shorter). */
  shortPair: number;
  stemPair: number;
}

/** Each abbreviation with its key less final digits, found once per document rather than once per block. */
function abbreviationStems(abbreviations: DocumentAbbreviations): AbbreviationStem[] {
  return [...abbreviations].map(([short, entity]) => {
    const stem = short.replace(/[0-9]+$/, '');
    return { short, stem, entity, shortPair: short.length >= 2 ? pairHash(short, 0) : -1, stemPair: stem.length >= 2 ? pairHash(stem, 0) : -1 };
  });
}

function sameAbbreviations(a: DocumentAbbreviations, b: DocumentAbbreviations): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (!b.has(key) || b.get(key) !== value) return false;
  return true;
}

/**
 * `project`: what a file of a multi-file LaTeX project inherits (macros, abbreviations defined before it).
 * `previous`: the analysis of an earlier version of the same document with the same knowledge base; what the
 * edit did not touch is taken from it. `change`: the edit from `previous`'s text, when the caller knows it.
 */
/** The document's stages in the bench's cost table (util/stageCosts.ts; nothing is timed unless the bench asks). */
const documentCost = {
  extract: stageCost('document', 'prose extraction (Markdown or LaTeX)'),
  abbreviations: stageCost('document', 'abbreviation definitions'),
  blocks: stageCost('document', 'block analysis (analyzeBlock, all stages)'),
};
const recognizeCost = stageCost('stage', 'recognize entities (per block)');

export function analyzeDocument(languageId: string, source: SourceText, kb: KnowledgeBase, cache?: AnalysisCache, project?: ProjectContext, previous?: DocumentAnalysis, change?: KnownChange): DocumentAnalysis {
  const lexicon = lexiconOf(kb);
  const before = previous?.incremental?.kb === kb ? previous.incremental : undefined;
  let since = stageStart();
  const chunked = before ? updateChunked(before.chunked, languageId, source, project?.macros, change) : extractChunked(languageId, source, project?.macros);
  const blockStates = before?.blockStates ?? new WeakMap<object, BlockState[]>();
  const inheritedDefinitions = before && before.projectKey === project?.key ? before.inheritedDefinitions : (project?.abbreviationTexts ?? []).map((text) => findAbbreviationDefinitions(text, lexicon));
  const prose = chunked.prose;
  stageEnd(documentCost.extract, since);
  since = stageStart();

  const states = blockStatesOf(chunked, blockStates, lexicon);
  // Pushed, not spread from a map: see placedSentences.
  const definitions: AbbreviationDefinition[][] = [];
  for (const inherited of inheritedDefinitions) definitions.push(inherited);
  for (const state of states) definitions.push(state.definitions);
  const computed = abbreviationsFromDefinitions(definitions, lexicon);
  // Unchanged abbreviations keep their object, so that every block's result stands without a look.
  const abbreviations = previous && sameAbbreviations(previous.abbreviations, computed) ? previous.abbreviations : computed;
  const abbreviationsChanged = abbreviations !== previous?.abbreviations;
  stageEnd(documentCost.abbreviations, since);

  const { blocks, recomputedBlocks } = blockResults(prose, states, kb, lexicon, abbreviations, abbreviationsChanged, cache);
  const { sentences, blockSentences } = placedSentences(source, prose, states, blocks);
  markOwnFindings(sentences, blockSentences, prose.directives);
  const incremental: IncrementalState = { chunked, kb, blockStates, projectKey: project?.key, inheritedDefinitions };
  return { prose, abbreviations, blocks, sentences, blockSentences, recomputedBlocks, rereadChunks: chunked.rereadChunks, incremental };
}

// analyzeDocument's passes over every block are functions of their own: V8 optimizes and, when an edit's objects
// differ from the full check's, deoptimizes each alone. As one function, each such deoptimization in the first
// edits after a full check recompiled all of it (50-80 ms of a compiler thread, 7 times in the first ~20 edits
// of the bench's thesis; issue 10).

/** Each block's state, from its chunk when the chunk was read before. */
function blockStatesOf(chunked: ChunkedProse, blockStates: WeakMap<object, BlockState[]>, lexicon: ReturnType<typeof lexiconOf>): BlockState[] {
  const states: BlockState[] = [];
  for (const chunk of chunked.chunks) {
    // (A chunk without blocks has no states: its empty array, of another elements kind than the others, made the
    // first edits after a full check deoptimize this loop.)
    if (chunk.blocks.length === 0) continue;
    let chunkStates = blockStates.get(chunk.origin);
    if (!chunkStates) {
      // Pushed into a literal, not mapped: map's array is packed or holey depending on the path it takes, and each
      // kind is a map of its own.
      chunkStates = [];
      for (const block of chunk.blocks) chunkStates.push(newBlockState(block.text, findAbbreviationDefinitions(block.text, lexicon)));
      blockStates.set(chunk.origin, chunkStates);
    }
    for (let index = 0; index < chunkStates.length; index++) states.push(chunkStates[index]);
  }
  return states;
}

/** A block's state with every field present from the start: one hidden class for all of them, whichever are set later. */
function newBlockState(text: string, definitions: AbbreviationDefinition[]): BlockState {
  return { text, signature: undefined, ascii: undefined, definitions, result: undefined, abbreviationKey: undefined, sentences: undefined, sentencesOf: undefined };
}

/** Each block's result: the previous one while its text and the abbreviations it can use stand, else cached or analyzed. */
function blockResults(prose: ProseDocument, states: BlockState[], kb: KnowledgeBase, lexicon: ReturnType<typeof lexiconOf>, abbreviations: DocumentAbbreviations, abbreviationsChanged: boolean, cache: AnalysisCache | undefined): { blocks: BlockResult[]; recomputedBlocks: number } {
  let recomputedBlocks = 0;
  let stems: AbbreviationStem[] | undefined;
  const blocks: BlockResult[] = new Array(prose.blocks.length);
  // The blocks to analyze, found first: their entities are recognized in one pass over them all, then each is read.
  // Recognition looks words up in large tables (the lexicon, its key trie, its prefix filter): read between two
  // blocks' claim readings, which fill the processor's caches with their own, it took ~4x as long as in one pass
  // (issue 10, stop 49: ~400 vs ~90 ms CPU for the bench's 100k-word draft, ~9% of a full check). The mentions are
  // the same either way (recognition depends only on the text, the lexicon and the abbreviations).
  const toAnalyze: { index: number; key: string; abbreviationKey: string }[] = [];
  prose.blocks.forEach((block, index) => {
    const state = states[index];
    if (state.result && !abbreviationsChanged) return void (blocks[index] = state.result);
    const abbreviationKey = relevantAbbreviations(state, (stems ??= abbreviationStems(abbreviations)));
    if (state.result && state.abbreviationKey === abbreviationKey) return void (blocks[index] = state.result);
    const key = `${kb.fingerprint}\u0000${abbreviationKey}\u0000${block.text}\u0000${block.citations.map((c) => `${c.plainOffset}:${c.keys.map((k) => k.key).join(',')}`).join(';')}`;
    const result = cache?.get(key);
    if (result) {
      state.result = result;
      state.abbreviationKey = abbreviationKey;
      blocks[index] = result;
    } else toAnalyze.push({ index, key, abbreviationKey });
  });
  // (Pushed, not mapped: see placedSentences.)
  const recognized: ReturnType<typeof recognizeEntities>[] = [];
  for (const { index } of toAnalyze) {
    const at = stageStart();
    recognized.push(recognizeEntities(prose.blocks[index].text, lexicon, abbreviations));
    // (The cost table's row of the stage analyzeBlock times when it recognizes a block itself.)
    stageEnd(recognizeCost, at);
  }
  toAnalyze.forEach(({ index, key, abbreviationKey }, k) => {
    const state = states[index];
    // (A block whose key an earlier one of this pass had is served by the cache, as when each was read in turn.)
    let result = cache?.get(key);
    if (!result) {
      const at = stageStart();
      result = analyzeBlock(prose.blocks[index], kb, abbreviations, recognized[k]);
      stageEnd(documentCost.blocks, at);
      recomputedBlocks++;
      cache?.set(key, result);
    }
    state.result = result;
    state.abbreviationKey = abbreviationKey;
    blocks[index] = result;
  });
  return { blocks, recomputedBlocks };
}

/** Each block's sentences placed in the document, and all of them in order. */
function placedSentences(source: SourceText, prose: ProseDocument, states: BlockState[], blocks: BlockResult[]): { sentences: AnalyzedSentence[]; blockSentences: AnalyzedSentence[][] } {
  const suppression = suppressionOf(source, prose.directives);
  const sentences: AnalyzedSentence[] = [];
  const blockSentences: AnalyzedSentence[][] = new Array(blocks.length);
  // A block with the same result keeps its sentence objects (never modified after creation; their positions
  // follow the block's placement), unless a directive now switches one of them on or off.
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const result = blocks[blockIndex];
    const block = prose.blocks[blockIndex];
    const state = states[blockIndex];
    let placed = state.sentencesOf === result ? state.sentences : undefined;
    if (placed && suppression.any && placed.some((sentence) => sentence.suppressed !== suppression.isSuppressed(sentence.span))) placed = undefined;
    if (!placed) {
      // Arrays pushed into literals, not made by map: TurboFan's inlined map makes a holey array where the
      // interpreter's is packed, a map the code that reads them had not seen, so the first edits after a full check
      // deoptimized it (and the diagnostics' `locate`, which reads the citations; issue 10).
      placed = [];
      for (const sentence of result.sentences) {
        const citations: CitationMarker[] = [];
        for (const i of sentence.citationIndices) citations.push(block.citations[i]);
        placed.push(analyzedSentence(sentence, citations, block, suppression.any && suppression.isSuppressed(toSourceSpan(block, sentence.start, sentence.end))));
      }
      state.sentences = placed;
      state.sentencesOf = result;
    }
    blockSentences[blockIndex] = placed;
    for (const sentence of placed) sentences.push(sentence);
  }
  return { sentences, blockSentences };
}

/**
 * A block's sentence placed in the document. Written field by field: spreading the cached results of a
 * thesis (10k sentences) took 100-300 ms per version, because V8 copies objects whose hidden classes were
 * generalized after creation on a slow path; a constructor of one fixed shape takes a few ms. The span is a
 * getter of the class, read through the block's placement: as a getter of an object literal it was a new
 * function per sentence, which V8 cannot put in a shared hidden class, so every sentence was a dictionary
 * of ~950 bytes instead of ~170 (with the diagnostics, 79 -> 68 MB of the analysis worker's heap after a full
 * collection, 50 edits into the bench's thesis; issue 10). A spread copy of a sentence has no span: make
 * one with `analyzedSentence`.
 */
class PlacedSentence implements AnalyzedSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mentions: SentenceResult['mentions'];
  readonly claims: SentenceResult['claims'];
  readonly citationIndices: number[];
  readonly citedKeys: string[];
  readonly verdict: SentenceResult['verdict'];
  readonly basis: SentenceResult['basis'];
  readonly mainClaim: number | undefined;
  readonly nonClaim: string | undefined;
  readonly hedged: boolean;
  readonly ownFinding: boolean;
  readonly citationCheck: SentenceResult['citationCheck'];

  constructor(s: SentenceResult, readonly citations: CitationMarker[], readonly block: ProseBlock, readonly suppressed: boolean) {
    this.start = s.start;
    this.end = s.end;
    this.text = s.text;
    this.mentions = s.mentions;
    this.claims = s.claims;
    this.citationIndices = s.citationIndices;
    this.citedKeys = s.citedKeys;
    this.verdict = s.verdict;
    this.basis = s.basis;
    this.mainClaim = s.mainClaim;
    this.nonClaim = s.nonClaim;
    this.hedged = s.hedged;
    this.ownFinding = s.ownFinding;
    this.citationCheck = s.citationCheck;
  }

  get span(): SourceSpan {
    return toSourceSpan(this.block, this.start, this.end);
  }
}

function analyzedSentence(s: SentenceResult, citations: CitationMarker[], block: ProseBlock, suppressed: boolean): AnalyzedSentence {
  return new PlacedSentence(s, citations, block, suppressed);
}
/** Fails to compile when SentenceResult gains a field that `analyzedSentence` does not copy. */
type Uncopied = Exclude<keyof SentenceResult, 'start' | 'end' | 'text' | 'mentions' | 'claims' | 'citationIndices' | 'citedKeys' | 'verdict' | 'basis' | 'mainClaim' | 'nonClaim' | 'hedged' | 'ownFinding' | 'citationCheck'>;
const everyFieldCopied: [Uncopied] extends [never] ? true : Uncopied = true;
void everyFieldCopied;

/** `claimlens-own-finding` marks the sentence that ends before it (on its line or the one above). */
function markOwnFindings(sentences: AnalyzedSentence[], blockSentences: AnalyzedSentence[][], directives: readonly Directive[]): void {
  for (const directive of directives) {
    if (directive.kind !== 'own-finding') continue;
    // The last sentence starting at or before the directive (sentences are in source order).
    let low = 0;
    let high = sentences.length - 1;
    let target = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (toSourceOffset(sentences[mid].block, sentences[mid].start) <= directive.span.start) {
        target = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (target < 0) continue;
    const sentence = sentences[target];
    // A marked copy: sentence objects are shared with the next version's analysis, never modified.
    const issue = sentence.citationCheck.issue === 'missing' ? null : sentence.citationCheck.issue;
    // The writer's own result needs no citation.
    const citationCheck = issue === sentence.citationCheck.issue ? sentence.citationCheck : { ...sentence.citationCheck, issue };
    const marked = analyzedSentence({ ...sentence, ownFinding: true, citationCheck }, sentence.citations, sentence.block, sentence.suppressed);
    sentences[target] = marked;
    // The block's own list too, as a copy: the unmarked list stays the block's state for the next version.
    for (let index = 0; index < blockSentences.length; index++) {
      const list = blockSentences[index];
      if (list[0]?.block !== sentence.block) continue;
      const at = list.indexOf(sentence);
      if (at >= 0) {
        blockSentences[index] = list.map((s, k) => (k === at ? marked : s));
        break;
      }
    }
  }
}
