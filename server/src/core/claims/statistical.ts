// The statistical back-off reader (issue 7, stop 34). Hand-written constructions stopped transferring to unseen
// sentences: the largest class of held-out errors is a sentence that names two entities the library links, in
// which no rule reads a claim. For exactly that case (the rules read nothing, no non-claim pattern matched), each
// pair of mentions the library LINKS is handed to a small trained model (multinomial logistic regression over
// the words, tags and cue words between and around the two names) that answers whether the sentence asserts the
// linking finding's direction (same), the opposite (opposite) or neither (none). Its answer becomes an ordinary
// claim (subject, relation, object, the sentence's own context) verified like every other, so it can only ever
// say what a finding says; context logic (other-context, no evidence in a named cancer) stays the verifier's.
// It never reads abstracts into facts: analyzeBlock calls it, the abstract reader does not.
//
// The weights are data (data/statReader/model.json), made by scripts/stat/trainStatReader.ts from the project's
// own labelled sentences; a test re-trains and compares. Whether it is on by default is the model file's
// `enabled`, set by the training script from its cross-validated precision (see the file's `measured`).
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { linked, ownClauseContext, pairStopKey } from './anchored';
import type { ExtractedClaim } from './extract';
import { sentenceChunks } from './nounPhrases';
import { assignRoles } from './roles';
import { tokenize, type Token } from './tokens';
import { decreasingNouns, hedges, lossOfFunctionAfter, lossOfFunctionBefore, negations, relationSign, verbTrigger, type ClaimRelation } from './vocabulary';
import { verifyClaim } from '../verify/verify';
import { wordTable } from '../util/wordTable';

export type StatAnswer = 'none' | 'same' | 'opposite';
export const statAnswers: readonly StatAnswer[] = ['none', 'same', 'opposite'];

/** The trained model as stored in data/statReader/model.json. */
export interface StatModel {
  /** Bumped when the features change: a model trained on other features is not used. */
  featureVersion: number;
  /** On by default only when cross-validation met the bar (precision of changed verdicts >= 0.85). */
  enabled: boolean;
  /** The probability an answer other than none needs to be taken. */
  threshold: number;
  /** Feature names, sorted; `weights[k]` holds the feature's weight for each of statAnswers. */
  features: string[];
  weights: number[][];
  bias: number[];
  /** A SHA-256 of the training rows' ids, texts and labels: what the weights were trained on. */
  trainingHash: string;
  /** The cross-validated figures the training script printed, for the record. */
  measured: Record<string, unknown>;
}

/** The features of this file's version: a model file trained on another version is ignored. */
export const featureVersion = 1;

/**
 * The switch: `enabled` undefined follows the model file; eval's `--statistical` / `--no-statistical` and the
 * tests set it. `model` replaces the shipped weights (the training script's cross-validation folds).
 */
export const statisticalReading: {
  enabled: boolean | undefined;
  model: StatModel | undefined;
  sentences: number;
  /** The training script's tap: every candidate of a sentence the rules read nothing in, with its context, model on or off. */
  collect?: (candidate: StatCandidate, context: readonly EntityMention[], hedged: boolean, rulesRead: boolean) => void;
  /** The tap sees the pairs of sentences the rules read claims in too (analyzeBlock), reported with rulesRead. */
  collectAll?: boolean;
} = { enabled: undefined, model: undefined, sentences: 0 };

let shipped: StatModel | null | undefined;

/** The shipped model, required (not read) so the core stays free of I/O and the bundle carries it. */
function shippedModel(): StatModel | null {
  if (shipped === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require('../../../../data/statReader/model.json') as StatModel;
      shipped = loaded.featureVersion === featureVersion ? loaded : null;
    } catch {
      shipped = null;
    }
  }
  return shipped;
}

function activeModel(): StatModel | undefined {
  const model = statisticalReading.model ?? shippedModel() ?? undefined;
  if (!model) return undefined;
  const on = statisticalReading.enabled ?? model.enabled;
  return on ? model : undefined;
}

/** Whether the reader would run (the model is there and switched on). */
export function statisticalReaderOn(): boolean {
  return activeModel() !== undefined || statisticalReading.collect !== undefined;
}

/** The direction of the finding that links a pair: which mention is its subject, and its signed relation. */
export interface PairFinding {
  subjectFirst: boolean;
  relation: ClaimRelation;
  polarity?: 'positive' | 'negative';
}

/** A pair the library links, in a sentence the rules read nothing in, with its features. */
export interface StatCandidate {
  first: EntityMention;
  second: EntityMention;
  finding: PairFinding;
  features: string[];
  /** Token indices of the two mentions (for the claim's context). */
  firstToken: number;
}

const maxPairDistance = 40;
const maxSentenceTokens = 120;

const findingCache = new WeakMap<KnowledgeBase, Map<string, PairFinding | null>>();

/**
 * The finding's direction between two linked entities, as the verifier reads claims (families, stand-ins, derived
 * facts): a causal finding either way round first, then a correlation. Undefined when only a binding or an
 * undirected finding links them (the model has no direction to assert).
 */
export function pairFinding(kb: KnowledgeBase, a: string, b: string): PairFinding | undefined {
  let cache = findingCache.get(kb);
  if (!cache) findingCache.set(kb, (cache = new Map()));
  const key = `${a}\u0000${b}`;
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  const supported = (subject: string, object: string, relation: ClaimRelation, polarity?: 'positive' | 'negative'): boolean =>
    verifyClaim({ subject, relation, object, polarity, mediators: [], context: [], negated: false }, kb).verdict === 'supported';
  let found: PairFinding | undefined;
  for (const [subject, object, subjectFirst] of [[a, b, true], [b, a, false]] as const) {
    if (found) break;
    if (supported(subject, object, 'increases')) found = { subjectFirst, relation: 'increases' };
    else if (supported(subject, object, 'decreases')) found = { subjectFirst, relation: 'decreases' };
  }
  if (!found) {
    if (supported(a, b, 'associated-with', 'positive')) found = { subjectFirst: true, relation: 'associated-with', polarity: 'positive' };
    else if (supported(a, b, 'associated-with', 'negative')) found = { subjectFirst: true, relation: 'associated-with', polarity: 'negative' };
  }
  cache.set(key, found ?? null);
  return found;
}

function findingSign(f: PairFinding): number {
  return f.relation === 'associated-with' ? (f.polarity === 'negative' ? -1 : 1) : relationSign(f.relation);
}

/** Words of aims, methods and questions: the sentence may name both without asserting a relation. */
const aimWords = wordTable(Object.fromEntries(['aim', 'aimed', 'investigate', 'investigated', 'examine', 'examined', 'explore', 'explored', 'determine', 'assess', 'assessed', 'evaluate', 'evaluated', 'whether', 'measured', 'detected', 'analysed', 'analyzed', 'using', 'treated', 'role', 'unclear', 'unknown', 'remains'].map((w) => [w, true])));

/** Words that size a role or an effect down ("a minor role", "a marginal contributor", "only modestly"). */
const scaleWords = wordTable(Object.fromEntries(['minor', 'marginal', 'modest', 'modestly', 'limited', 'negligible', 'dispensable', 'small', 'slight', 'slightly', 'weak', 'weakly', 'albeit', 'partial', 'partially'].map((w) => [w, true])));

/** Head nouns that still name the entity itself ("IL-6 expression", "STAT3 activation"), as lastResort.ts holds. */
const ownHeads = wordTable(Object.fromEntries(['expression', 'level', 'levels', 'activity', 'activation', 'phosphorylation', 'production', 'secretion', 'signalling', 'signaling', 'protein', 'proteins', 'mrna', 'abundance', 'concentration', 'concentrations', 'pathway', 'axis', 'gene', 'overexpression', 'upregulation', 'downregulation', 'knockdown', 'silencing', 'inhibition', 'depletion', 'deletion', 'loss', 'treatment', 'stimulation', 'exposure', 'therapy', 'resistance', 'sensitivity', 'cells', 'progression', 'development', 'growth'].map((w) => [w, true])));

/** "IL-6-induced", "STAT3-mediated": a hyphen-tied participle that makes the name the cause of what follows. */
function causalParticiple(lower: string): boolean {
  return /^(?:induced|mediated|driven|dependent|activated|triggered|stimulated|promoted|regulated|derived|associated|related|enhanced|inhibited|suppressed|treated)$/.test(lower);
}

/** A cue word's sign: a verb or noun of change or activation (+1), of decrease or inhibition (-1). */
function cueSign(lower: string): number {
  if (decreasingNouns.has(lower)) return -1;
  const trigger = verbTrigger(lower);
  if (trigger === undefined) return 0;
  if (trigger === 'associated-with') return 2;
  return relationSign(trigger);
}

function bucket(n: number): string {
  return n <= 2 ? '0-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+';
}

/**
 * The candidates of a sentence: each pair of mentions of distinct entities the library links (anchored.ts
 * `linked`), at most maxPairDistance tokens apart, with a directed finding, and the pair's features.
 */
export function statCandidates(text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase, pairStops?: ReadonlyMap<string, string>): { candidates: StatCandidate[]; tokens: Token[] } {
  const none = { candidates: [], tokens: [] };
  if (mentions.length < 2) return none;
  if (new Set(mentions.map((m) => m.entityId)).size < 2) return none;
  const tokens = tokenize(text, start, end, mentions);
  if (tokens.length > maxSentenceTokens) return none;
  const entityAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'entity') entityAt.push(i);
  const pairs: [number, number, PairFinding][] = [];
  for (let x = 0; x < entityAt.length; x++) {
    for (let y = x + 1; y < entityAt.length && entityAt[y] - entityAt[x] <= maxPairDistance; y++) {
      const a = tokens[entityAt[x]].mention!.entityId;
      const b = tokens[entityAt[y]].mention!.entityId;
      if (a === b || kb.entities.get(a)?.type === 'experimental-system' || kb.entities.get(b)?.type === 'experimental-system') continue;
      if (!linked(kb, a, b)) continue;
      const finding = pairFinding(kb, a, b);
      if (finding) pairs.push([entityAt[x], entityAt[y], finding]);
    }
  }
  if (pairs.length === 0) return { candidates: [], tokens };
  // The tagger runs only for sentences with a linked pair (as anchored reading's).
  const { words } = sentenceChunks(text, start, end, tokens);
  const lemma = (k: number): string => (tokens[k].kind === 'entity' ? 'ENT' : tokens[k].kind === 'punct' ? tokens[k].text : words[k]?.lemma || tokens[k].lower);
  const pos = (k: number): string => (tokens[k].kind === 'entity' ? 'ENT' : String(words[k]?.pos ?? 'X'));
  const lowers = tokens.map((t) => t.lower);
  const sentenceFlags: string[] = [];
  if (text.slice(start, end).trimEnd().endsWith('?')) sentenceFlags.push('s:question');
  if (lowers.some((w) => hedges.has(w))) sentenceFlags.push('s:hedge');
  if (lowers.some((w) => negations.has(w))) sentenceFlags.push('s:neg');
  if (lowers[0] === 'we' || lowers.includes('we') || lowers.includes('our')) sentenceFlags.push('s:we');
  for (const w of lowers) if (aimWords[w]) sentenceFlags.push(`s:${w}`);
  // A role or effect sized down ("a minor role", "albeit a marginal one") grants no finding's direction: the rules'
  // roleScale.ts reads these; where they read nothing, the model reads nothing either.
  if (lowers.some((w) => scaleWords[w])) return { candidates: [], tokens };
  // A name inside a phrase headed by another noun ("STAT3 target genes", "IL-11-secreting cells") names another
  // thing, which the library's finding on the name does not cover (as the last-resort reader holds): no candidate.
  const headsOwnPhrase = (k: number): boolean => {
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word') return true;
    if (tokens[k].hyphenAfter) return ownHeads[next.lower] === true || !/(?:ing|ed)$/.test(next.lower) || causalParticiple(next.lower);
    const tag = String(words[k + 1]?.pos ?? '');
    return tag !== 'NOUN' || ownHeads[next.lower] === true;
  };
  // A place the sentence sets its claim in ("in OSCC cells") is its context, not one of a pair (roles.ts).
  const context = assignRoles(tokens, 0, tokens.length, kb, 'left').context;
  const isContext = (k: number): boolean => context.some((m) => m.start === tokens[k].start);
  const candidates: StatCandidate[] = [];
  for (const [i, j, finding] of pairs) {
    if (!headsOwnPhrase(i) || !headsOwnPhrase(j) || isContext(i) || isContext(j)) continue;
    // The model answers a direction, never a denial: a negation between the two ("did not", "failed to", "no") is
    // the rules' to read (denials.ts), and a relative pronoun between opens another clause about another head
    // ("X activated genes that raised Y"). Either way, no candidate.
    if (lowers.slice(i + 1, j).some((w) => negations.has(w))) continue;
    const f: string[] = ['bias', ...sentenceFlags];
    const stopped = pairStops?.get(pairStopKey(tokens[i].mention!, tokens[j].mention!));
    f.push(`stop:${stopped ?? 'none'}`);
    const sign = findingSign(finding);
    const order = finding.subjectFirst ? 'fwd' : 'rev';
    f.push(`ord:${order}`, `rel:${finding.relation === 'associated-with' ? 'assoc' : 'causal'}${sign > 0 ? '+' : '-'}`);
    const gap = j - i - 1;
    f.push(`d:${bucket(gap)}`);
    const types = [tokens[i], tokens[j]].map((t) => kb.entities.get(t.mention!.entityId)?.type ?? 'unknown');
    f.push(`t1:${types[0]}`, `t2:${types[1]}`, `tt:${types[0]}>${types[1]}`);
    let firstCue = 0;
    let cues = 0;
    let negBetween = false;
    let entitiesBetween = 0;
    for (let k = i + 1; k < j; k++) {
      const t = tokens[k];
      if (t.kind === 'entity') {
        entitiesBetween++;
        continue;
      }
      if (t.kind === 'punct') {
        if (t.text === ',' || t.text === ';' || t.text === '(' || t.text === ':') f.push(`bp:${t.text}`);
        continue;
      }
      f.push(`bw:${lemma(k)}`, `bp:${pos(k)}`);
      if (negations.has(t.lower)) negBetween = true;
      const c = cueSign(t.lower);
      if (c !== 0) {
        cues++;
        if (firstCue === 0) firstCue = c;
      }
    }
    // The words right next to each name, and two before the first and after the second.
    f.push(`b1:${lemma(i + 1 < j ? i + 1 : i)}`, `b2:${lemma(j - 1 > i ? j - 1 : j)}`);
    for (let k = Math.max(0, i - 2); k < i; k++) f.push(`pre:${lemma(k)}`);
    for (let k = j + 1; k < Math.min(tokens.length, j + 3); k++) f.push(`post:${lemma(k)}`);
    if (i === 0 || (i <= 2 && tokens.slice(0, i).every((t) => t.kind !== 'entity'))) f.push('first:opens');
    f.push(`eb:${Math.min(entitiesBetween, 3)}`);
    if (negBetween) f.push('neg:between');
    // A loss of function named beside a name turns what it does ("knockdown of X lowered Y": X raises Y).
    const lossNear = (k: number): boolean => {
      for (let q = Math.max(0, k - 3); q < k; q++) if (lossOfFunctionBefore.has(tokens[q].lower)) return true;
      for (let q = k + 1; q < Math.min(tokens.length, k + 3); q++) if (lossOfFunctionAfter.has(tokens[q].lower)) return true;
      return false;
    };
    const lossFirst = lossNear(i);
    if (lossFirst) f.push('loss:first');
    if (lossNear(j)) f.push('loss:second');
    f.push(`cues:${Math.min(cues, 2)}`);
    // The cue's sign against the finding's, turned by a loss named on the first name: agreeing says "same".
    if (firstCue === 2) f.push('cue:assoc');
    else if (firstCue !== 0) {
      const net = firstCue * (lossFirst ? -1 : 1) * sign;
      f.push(`cue:${net > 0 ? 'agree' : 'disagree'}`, `cue:${net > 0 ? 'agree' : 'disagree'}:${order}`, `cue:${firstCue > 0 ? 'up' : 'down'}:${sign > 0 ? 'up' : 'down'}`);
    } else f.push('cue:none');
    candidates.push({ first: tokens[i].mention!, second: tokens[j].mention!, finding, features: [...new Set(f)], firstToken: i });
  }
  return { candidates, tokens };
}

/** The model's probabilities for one candidate, in the order of statAnswers. */
export function scoreFeatures(model: StatModel, features: readonly string[]): number[] {
  const index = indexOf(model);
  const z = [...model.bias];
  for (const name of features) {
    const k = index.get(name);
    if (k === undefined) continue;
    const w = model.weights[k];
    for (let c = 0; c < z.length; c++) z[c] += w[c];
  }
  return softmax(z);
}

export function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

const indices = new WeakMap<StatModel, Map<string, number>>();
function indexOf(model: StatModel): Map<string, number> {
  let index = indices.get(model);
  if (!index) indices.set(model, (index = new Map(model.features.map((f, k) => [f, k]))));
  return index;
}

/** The claim an answer makes of a candidate: the finding's own direction, or its opposite. */
export function answerClaim(candidate: StatCandidate, answer: 'same' | 'opposite', context: readonly EntityMention[], hedged: boolean, confidence: number): ExtractedClaim {
  const { finding } = candidate;
  const subject = finding.subjectFirst ? candidate.first : candidate.second;
  const object = finding.subjectFirst ? candidate.second : candidate.first;
  const flip = answer === 'opposite';
  const relation: ClaimRelation = finding.relation === 'associated-with' ? 'associated-with' : (finding.relation === 'increases') !== flip ? 'increases' : 'decreases';
  const polarity = finding.relation === 'associated-with' ? ((finding.polarity === 'negative') !== flip ? 'negative' : 'positive') : undefined;
  return {
    subject,
    relation,
    ...(polarity ? { polarity } : {}),
    object,
    mediators: [],
    context: context.filter((m) => m.entityId !== subject.entityId && m.entityId !== object.entityId),
    negated: false,
    hedged,
    inverted: false,
    start: Math.min(candidate.first.start, candidate.second.start),
    end: Math.max(candidate.first.end, candidate.second.end),
    readBy: { reader: 'statistical', confidence },
  };
}

/**
 * The model's claims for a sentence the rules read no claim in (analyzeBlock asks only then): one per linked pair
 * it answers same or opposite for with at least the model's threshold, most confident first (the main claim).
 */
export function readStatistical(text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase, hedged: boolean, pairStops?: ReadonlyMap<string, string>, rulesRead = false): ExtractedClaim[] {
  const model = rulesRead ? undefined : activeModel();
  const collect = statisticalReading.collect;
  if (!model && !collect) return [];
  const { candidates, tokens } = statCandidates(text, start, end, mentions, kb, pairStops);
  if (candidates.length === 0) return [];
  statisticalReading.sentences++;
  let whole: readonly EntityMention[] | undefined;
  const read: { claim: ExtractedClaim; p: number }[] = [];
  for (const candidate of candidates) {
    if (collect) {
      whole ??= assignRoles(tokens, 0, tokens.length, kb, 'left').context;
      collect(candidate, ownClauseContext(tokens, candidate.firstToken, whole), hedged, rulesRead);
    }
    if (!model) continue;
    const p = scoreFeatures(model, candidate.features);
    const best = p[1] >= p[2] ? 1 : 2;
    if (p[best] < model.threshold) continue;
    whole ??= assignRoles(tokens, 0, tokens.length, kb, 'left').context;
    const context = ownClauseContext(tokens, candidate.firstToken, whole);
    read.push({ claim: answerClaim(candidate, statAnswers[best] as 'same' | 'opposite', context, hedged, p[best]), p: p[best] });
  }
  return read.sort((a, b) => b.p - a.p).map((r) => r.claim);
}
