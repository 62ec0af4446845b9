// Citation completion inside \cite-family commands and Pandoc citations, ranked by how well each paper's
// findings match the entities of the sentence being written (no other tool ranks by context), then by year.
// Outside citations, entity names complete on request.
import type { KnowledgeBase, PaperRecord } from '../kb/knowledgeBase';
import { shortReference } from '../kb/reference';
import { citationIndexOf, type CitationIndex } from './citationIndex';
import { citeCommands } from '../text/citeCommands';
import type { SourceSpan } from '../text/prose';
import { lexiconOf } from '../entities/lexicon';
import { recognizeEntities } from '../entities/recognize';
import { extractProse } from '../text/index';
import { splitSentences } from '../text/sentences';
import { isLatexLanguage } from '../text/languages';

export type CompletionContext =
  | { kind: 'citation'; syntax: 'latex' | 'pandoc'; prefix: string; insert: SourceSpan; replace: SourceSpan; alreadyCited: string[]; commandStart: number }
  | { kind: 'entity'; prefix: string; insert: SourceSpan };

export interface CitationCompletion {
  key: string;
  /** "Wu et al. 2022 · J Cell Physiol". */
  detail: string;
  /** Key, authors, title and year: what the editor filters on. */
  filterText: string;
  /** Sorts the list: the best match for the sentence first. */
  sortText: string;
  /** How many of the sentence's entities the paper's findings mention (0 when none or ranking is off). */
  score: number;
}

export interface EntityCompletion {
  entityId: string;
  label: string;
  detail: string;
}

const latexCommandBefore = /\\([A-Za-z]+)\*?((?:\[[^\][]*\]){0,2}(?:\{[^{}]*\}(?:\[[^\][]*\]){0,2})*)\{([^{}]*)$/;
const pandocKeyChars = String.raw`[\p{L}\p{N}_:.#$%&\-+?<>~/]*`;
const pandocBefore = new RegExp(String.raw`(^|[\s\[(;])(-?)@(${pandocKeyChars})$`, 'u');
const keyCharsAfter = /^[^\s,{}\];]*/u;

/** What kind of completion the cursor asks for, read from the source around it. */
export function completionContext(source: string, offset: number, languageId: string): CompletionContext | undefined {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const before = source.slice(Math.max(lineStart, offset - 400), offset);
  const afterMatch = keyCharsAfter.exec(source.slice(offset, offset + 200));
  const keyEnd = offset + (afterMatch ? afterMatch[0].length : 0);
  if (isLatexLanguage(languageId)) {
    const match = latexCommandBefore.exec(before);
    if (match && citeCommands.has(match[1]) && !inLatexComment(before)) {
      const inside = match[3];
      const currentStart = inside.lastIndexOf(',') + 1;
      const prefix = inside.slice(currentStart).trimStart();
      const start = offset - prefix.length;
      const cited = inside.split(',').map((k) => k.trim()).filter((k) => k && k !== prefix);
      const commandStart = offset - before.length + match.index;
      return { kind: 'citation', syntax: 'latex', prefix, insert: { start, end: offset }, replace: { start, end: keyEnd }, alreadyCited: cited, commandStart };
    }
  } else if (languageId === 'markdown') {
    const match = pandocBefore.exec(before);
    if (match && !inCodeSpan(before)) {
      const prefix = match[3];
      const start = offset - prefix.length;
      const bracket = before.lastIndexOf('[');
      const cited = bracket >= 0 ? [...before.slice(bracket).matchAll(/@([^\s;,\]]+)/g)].map((m) => m[1]).filter((k) => k !== prefix) : [];
      const at = offset - before.length + match.index + match[1].length;
      const commandStart = bracket >= 0 && !before.slice(bracket).includes(']') ? offset - before.length + bracket : at;
      return { kind: 'citation', syntax: 'pandoc', prefix, insert: { start, end: offset }, replace: { start, end: keyEnd }, alreadyCited: cited, commandStart };
    }
  }
  const word = /[\p{L}\p{N}][\p{L}\p{N}\-]*$/u.exec(before);
  if (word && word[0].length >= 2) return { kind: 'entity', prefix: word[0], insert: { start: offset - word[0].length, end: offset } };
  return undefined;
}

function inLatexComment(lineBefore: string): boolean {
  return /(^|[^\\])%/.test(lineBefore.slice(lineBefore.lastIndexOf('\n') + 1));
}

function inCodeSpan(lineBefore: string): boolean {
  return ((lineBefore.match(/`/g) ?? []).length & 1) === 1;
}

/**
 * Entities of the sentence being written, read from the source just before the citation: the paragraph up to
 * the citation command, its last sentence. Reading the source, not the last analysis, keeps the ranking right
 * while the writer types an unfinished `\cite{` or `[@` that no extractor can parse yet.
 */
export function writtenSentenceEntities(source: string, languageId: string, commandStart: number, kb: KnowledgeBase): Set<string> {
  const paragraphStart = paragraphStartBefore(source, commandStart);
  const prose = extractProse(languageId, source.slice(paragraphStart, commandStart));
  const block = prose.blocks[prose.blocks.length - 1];
  const entities = new Set<string>();
  if (!block) return entities;
  const sentences = splitSentences(block.text);
  const last = sentences[sentences.length - 1];
  if (!last) return entities;
  for (const mention of recognizeEntities(block.text, lexiconOf(kb), undefined, last.start, last.end)) entities.add(mention.entityId);
  return entities;
}

/** The start of the paragraph holding `offset`: just after the last blank line before it. */
function paragraphStartBefore(source: string, offset: number): number {
  let lineEnd = source.lastIndexOf('\n', offset - 1);
  while (lineEnd > 0) {
    const lineStart = source.lastIndexOf('\n', lineEnd - 1) + 1;
    if (source.slice(lineStart, lineEnd).trim() === '') return lineEnd + 1;
    lineEnd = lineStart - 1;
  }
  return 0;
}

/** At most this many citation items per request; the editor asks again as the writer types more. */
export const maxCitationItems = 100;
/** At most this many papers are ranked by the sentence per request. */
const maxCandidates = 2000;

export interface CitationList {
  items: CitationCompletion[];
  /** True when more papers match than were returned: the editor should ask again as the prefix grows. */
  isIncomplete: boolean;
}

export function completeCitations(kb: KnowledgeBase, context: Extract<CompletionContext, { kind: 'citation' }>, entities: ReadonlySet<string>, rank: boolean): CitationCompletion[] {
  return completeCitationList(kb, context, entities, rank).items;
}

/**
 * The citation items for the cursor: papers the typed prefix can mean (keys, surnames, title words, years;
 * keys with a typo), plus, when nothing is typed yet, the papers whose findings name the sentence's
 * entities; ranked by the sentence, then by year; at most maxCitationItems.
 */
export function completeCitationList(kb: KnowledgeBase, context: Extract<CompletionContext, { kind: 'citation' }>, entities: ReadonlySet<string>, rank: boolean): CitationList {
  const index = citationIndexOf(kb);
  const sentence = sentenceScores(kb, entities, rank);
  const cited = new Set<number>();
  for (const key of context.alreadyCited) {
    const i = index.indexOfKey(key);
    if (i !== undefined) cited.add(i);
  }
  // By score, then year (newest first), then key. Papers without findings score 0: they follow in the
  // index's precomputed order of year and key (their places in it, compared as numbers).
  // Candidates are paper indices of the citation index; with 100k papers, every per-candidate step is an
  // array read (no record lookups), and only papers with findings are scored by the sentence (once per sentence).
  const scored: { i: number; score: number }[] = [];
  const places = new SmallestPlaces(maxCitationItems);
  let total = 0;
  let matched = 0;
  const consider = (i: number): void => {
    matched++;
    if (cited.has(i)) return;
    total++;
    const score = rank && index.hasFindings[i] ? sentence.score(i) : 0;
    if (score > 0) scored.push({ i, score });
    else places.add(index.rank[i]);
  };
  let complete = true;
  if (index.papers.length <= maxCitationItems) {
    for (let i = 0; i < index.papers.length; i++) consider(i);
  } else if (!context.prefix || !index.eachMatch(context.prefix, consider)) {
    // Nothing typed: the newest papers, and the papers whose findings name the sentence's entities (or their
    // kinds), each once.
    const byYear = index.matchPrefix('', maxCandidates);
    complete = byYear.complete;
    const first = index.firstVisit();
    for (const i of byYear.indices) if (first(i)) consider(i);
    if (rank && entities.size > 0) for (const i of sentence.papers()) if (first(i)) consider(i);
  } else if (matched === 0) {
    // A misspelt key is looked for only when nothing starts with what was typed.
    for (const i of index.matchFuzzy(context.prefix, maxCitationItems)) consider(i);
  }
  // Every paper the prefix can mean is ranked, however many: a paper that sorts after thousands of others by key
  // still comes first when its findings match the sentence best.
  scored.sort((a, b) => b.score - a.score || index.rank[a.i] - index.rank[b.i]);
  const rest = Math.max(0, maxCitationItems - scored.length);
  const texts = itemTextsOf(index);
  const items: CitationCompletion[] = [];
  const add = (i: number, score: number): void => {
    const paper = index.papers[i];
    // Each paper's detail and filter text are made the first time it is offered and kept (per library): a
    // request then allocates its 100 items and little else, which keeps collections out of the requests.
    const detail = (texts.details[i] ??= shortReference(paper));
    const filterText = (texts.filters[i] ??= [paper.key, ...(paper.authors ?? []).map((a) => a.family), paper.title, paper.year ?? ''].join(' '));
    items.push({ key: paper.key, detail, filterText, sortText: sortTexts[items.length], score });
  };
  for (let k = 0; k < scored.length && k < maxCitationItems; k++) add(scored[k].i, scored[k].score);
  const smallest = places.sorted();
  for (let k = 0; k < smallest.length && k < rest; k++) add(index.byPlace(smallest[k]), 0);
  return { items, isIncomplete: !complete || total > maxCitationItems };
}

/** "00000", "00001", ...: the items' sort texts, made once. */
const sortTexts = Array.from({ length: maxCitationItems }, (_, n) => String(n).padStart(5, '0'));

/** Each paper's completion detail and filter text, by its place in the citation index, made when first offered. */
const itemTexts = new WeakMap<CitationIndex, { details: (string | undefined)[]; filters: (string | undefined)[] }>();

function itemTextsOf(index: CitationIndex): { details: (string | undefined)[]; filters: (string | undefined)[] } {
  let texts = itemTexts.get(index);
  if (!texts) {
    texts = { details: new Array<string | undefined>(index.papers.length), filters: new Array<string | undefined>(index.papers.length) };
    itemTexts.set(index, texts);
  }
  return texts;
}

/**
 * The `limit` smallest numbers of a stream, in a buffer of four times as many: when it fills, it is sorted and cut
 * to the limit, and numbers above the cut are refused at once. Linear in the stream, whatever its length.
 */
class SmallestPlaces {
  readonly #limit: number;
  #values: Int32Array;
  #count = 0;
  #cut = Infinity;

  constructor(limit: number) {
    this.#limit = limit;
    this.#values = new Int32Array(Math.max(4 * limit, 16));
  }

  add(value: number): void {
    if (value >= this.#cut) return;
    if (this.#count === this.#values.length) this.#shrink();
    this.#values[this.#count++] = value;
  }

  #shrink(): void {
    this.#values.subarray(0, this.#count).sort();
    this.#count = Math.min(this.#count, this.#limit);
    if (this.#count === this.#limit) this.#cut = this.#values[this.#limit - 1];
  }

  /** The smallest numbers seen (at most the limit), in order. */
  sorted(): number[] {
    this.#shrink();
    return Array.from(this.#values.subarray(0, this.#count));
  }
}

/** What completion knows of one sentence: its papers' scores and the papers whose findings name its entities. */
interface SentenceScores {
  key: string;
  score(paper: number): number;
  papers(): readonly number[];
}

/** The last sentence's scores, per library: each keystroke in a citation asks again about the same sentence. */
const lastSentence = new WeakMap<KnowledgeBase, SentenceScores>();

function sentenceScores(kb: KnowledgeBase, entities: ReadonlySet<string>, rank: boolean): SentenceScores {
  const key = `${rank}\u0000${[...entities].sort().join('\u0000')}`;
  const last = lastSentence.get(kb);
  if (last?.key === key) return last;
  const index = citationIndexOf(kb);
  const matches = sentenceMatcher(kb, entities);
  const scores = new Map<number, number>();
  let papers: number[] | undefined;
  const sentence: SentenceScores = {
    key,
    score(i) {
      let score = scores.get(i);
      if (score === undefined) {
        score = relevance(kb, index.papers[i], entities, matches);
        scores.set(i, score);
      }
      return score;
    },
    papers() {
      if (!papers) {
        const keys = new Set<string>();
        for (const entity of entities) {
          for (const id of kb.related(entity)) {
            for (const fact of kb.factsByEntity.get(id) ?? []) {
              if (keys.size >= maxCandidates) break;
              keys.add(fact.evidence.paper);
            }
          }
        }
        papers = [];
        for (const paperKey of keys) {
          const i = index.indexOfKey(paperKey);
          if (i !== undefined) papers.push(i);
        }
      }
      return papers;
    },
  };
  lastSentence.set(kb, sentence);
  return sentence;
}

/**
 * Whether an entity of a finding is one of the sentence's or a kind of one; answered once per entity (a request
 * scores up to 2,000 papers whose findings name the same few entities).
 */
export function sentenceMatcher(kb: KnowledgeBase, entities: ReadonlySet<string>): (id: string | undefined) => boolean {
  const wanted = [...entities];
  const known = new Map<string, boolean>();
  return (id) => {
    if (id === undefined) return false;
    let answer = known.get(id);
    if (answer === undefined) {
      answer = entities.has(id) || wanted.some((e) => kb.isA(id, e));
      known.set(id, answer);
    }
    return answer;
  };
}

/**
 * How well a paper's findings match the sentence: the best single finding counts most (its subject and
 * object are worth 3 each, a context entity 2, a mediator 1), and each further matching finding adds a little.
 */
export function relevance(kb: KnowledgeBase, paper: PaperRecord, entities: ReadonlySet<string>, matches: (id: string | undefined) => boolean = sentenceMatcher(kb, entities)): number {
  if (entities.size === 0) return 0;
  let best = 0;
  let matching = 0;
  for (const fact of kb.factsByPaper.get(paper.key) ?? []) {
    const score = (matches(fact.subject) ? 3 : 0) + (matches(fact.object) ? 3 : 0) + countMatching(fact.context, matches) * 2 + countMatching(fact.mediators, matches);
    if (score > 0) matching++;
    best = Math.max(best, score);
  }
  return best + Math.min(matching, 10) * 0.1;
}

/** How many of `ids` match (a count, not a filtered copy: a request scores the findings of up to 2,000 papers). */
function countMatching(ids: readonly string[], matches: (id: string | undefined) => boolean): number {
  let count = 0;
  for (let i = 0; i < ids.length; i++) if (matches(ids[i])) count++;
  return count;
}

export function completeEntities(kb: KnowledgeBase, prefix: string): EntityCompletion[] {
  const lower = prefix.toLowerCase();
  const out: EntityCompletion[] = [];
  for (const entity of kb.entities.values()) {
    const names = [entity.symbol, entity.name, ...entity.synonyms].filter((n): n is string => !!n);
    const name = names.find((n) => n.toLowerCase().startsWith(lower));
    if (name) out.push({ entityId: entity.id, label: name, detail: `${entity.name} · ${entity.type.replace(/-/g, ' ')}` });
  }
  // Then the lexicon of biomedicine: names without findings in the library, said so in the detail.
  const lexicon = kb.layers.lexicon;
  if (lexicon && out.length < 50 && prefix.length > 0) {
    for (const { id, label } of lexicon.complete(prefix, 50 - out.length + 10)) {
      const entityId = kb.layers.canonical(id);
      if (out.some((o) => o.entityId === entityId)) continue;
      const entity = kb.entities.get(entityId);
      if (entity) out.push({ entityId, label, detail: `${entity.name} · ${entity.type.replace(/-/g, ' ')}${kb.inLibrary(entityId) ? '' : ' · no findings in the library'}` });
    }
  }
  return out.slice(0, 50);
}
