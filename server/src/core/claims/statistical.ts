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
import { linked, ownClauseContext } from './anchored/links';
import { pairStopKey } from './anchored/stops';
import type { ExtractedClaim } from './extract';
import { sentenceChunks } from './nounPhrases';
import { assignRoles } from './roles';
import { tokenize, type Token } from './tokens';
import { clauseBreakers, decreasingNouns, hedges, loweredAmounts, lossOfFunctionAfter, lossOfFunctionBefore, negations, relationNouns, relationSign, verbTrigger, type ClaimRelation } from './vocabulary';
import { effectAdjectives, headSays, lessWords, levelAdjectives, moreWords, negativeAssociationWords } from './cues';
import { verifyClaim } from '../verify/verify';
import { namedInPassing } from '../verify/scope';
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
// 2 (stop 34, h-stat34b): direction read from the words (signed cues per mention and between, their product with the
// finding's sign, negation scope, no verb between); no entity types, order or finding sign alone, no names in words.
export const featureVersion = 2;

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

/**
 * What a word beside a mention says of the amount of it, from the reader's own tables (no list of this file's):
 * 'loss' (its loss of function: lossOfFunctionBefore before the name, lossOfFunctionAfter after it), 'less' (cues.ts
 * lessWords, a lowering level adjective, a noun of a fall, a 'less' head) or 'more' (moreWords, a raising level
 * adjective, a 'more' head). Each turns (loss, less) or keeps (more) the sign of what the sentence says the name does.
 */
function mentionCue(lower: string, before: boolean): 'loss' | 'less' | 'more' | undefined {
  if (before ? lossOfFunctionBefore.has(lower) : lossOfFunctionAfter.has(lower)) return 'loss';
  const head = headSays(lower);
  if (lessWords.has(lower) || decreasingNouns.has(lower) || loweredAmounts.fallNouns.has(lower) || head === 'less' || levelAdjectives[lower] === 'decreases') return 'less';
  if (moreWords.has(lower) || head === 'more' || levelAdjectives[lower] === 'increases') return 'more';
  return head === 'loss' ? 'loss' : undefined;
}

/**
 * A word's sign as the link between two names: a verb of the lexicon (verbTrigger), a noun of relation, an effect's
 * adjective, a noun of a fall ("a drop in"), a word of less or more ("led to lower", "left them with less"): +1
 * raises, -1 lowers; 2 for an association without a sign ("correlated"), -2 for an inverse one ("inversely").
 */
function linkCue(lower: string): number {
  if (negativeAssociationWords.has(lower)) return -2;
  const trigger = verbTrigger(lower) ?? relationNouns[lower] ?? effectAdjectives[lower];
  if (trigger === 'associated-with') return 2;
  if (trigger !== undefined) return relationSign(trigger);
  if (decreasingNouns.has(lower) || loweredAmounts.fallNouns.has(lower) || lessWords.has(lower) || levelAdjectives[lower] === 'decreases') return -1;
  if (moreWords.has(lower) || levelAdjectives[lower] === 'increases') return 1;
  return 0;
}

/** A word that ties a name to a participle or adjective ("IL-6-induced", "cocl2-treated"): the word, not the name. */
function nameFree(lemma: string): string {
  const m = /^(?:.*\d.*)[-–‐‑−](\p{L}+)$/u.exec(lemma);
  return m ? `NAME-${m[1]}` : lemma;
}

function bucket(n: number): string {
  return n <= 2 ? '0-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+';
}

/**
 * The candidates of a sentence: each pair of mentions of distinct entities the library links (anchored/links.ts
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
  const lemma = (k: number): string => (tokens[k].kind === 'entity' ? 'ENT' : tokens[k].kind === 'punct' ? tokens[k].text : nameFree(words[k]?.lemma || tokens[k].lower));
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
  // A name the scope layer holds no actor (verify/scope.ts `namedInPassing`: a trait of cells, "an X-dependent cell
  // line", or a general class after a vague quantifier, "a variety of growth factors") is no participant either
  // (stop 35): the sentence says nothing of what it does.
  const inPassing = (k: number): boolean => namedInPassing(text, 0, tokens[k].mention!);
  const candidates: StatCandidate[] = [];
  for (const [i, j, finding] of pairs) {
    if (!headsOwnPhrase(i) || !headsOwnPhrase(j) || isContext(i) || isContext(j) || inPassing(i) || inPassing(j)) continue;
    // The model answers a direction, never a denial: a negation between the two ("did not", "failed to", "no") is
    // the rules' to read (denials.ts), and a relative pronoun between opens another clause about another head
    // ("X activated genes that raised Y"). Either way, no candidate.
    if (lowers.slice(i + 1, j).some((w) => negations.has(w))) continue;
    const f: string[] = ['bias', ...sentenceFlags];
    const stopped = pairStops?.get(pairStopKey(tokens[i].mention!, tokens[j].mention!));
    f.push(`stop:${stopped ?? 'none'}`);
    // No entity types, order or finding sign of their own: those name the pair, and a model that sees them learns
    // "this pair, therefore the finding's direction" (h-stat34). The finding's sign enters only through `dir` below.
    const sign = findingSign(finding);
    const gap = j - i - 1;
    f.push(`d:${bucket(gap)}`);
    let entitiesBetween = 0;
    let verbBetween = false;
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
      if (pos(k) === 'VERB' || pos(k) === 'AUX' || verbTrigger(t.lower) !== undefined) verbBetween = true;
    }
    // "X, with its raised Y", "X and Y in tumours": a pair with no verb between is named side by side, not linked.
    if (!verbBetween) f.push('noverb');
    // The words right next to each name, and two before the first and after the second.
    f.push(`b1:${lemma(i + 1 < j ? i + 1 : i)}`, `b2:${lemma(j - 1 > i ? j - 1 : j)}`);
    for (let k = Math.max(0, i - 2); k < i; k++) f.push(`pre:${lemma(k)}`);
    for (let k = j + 1; k < Math.min(tokens.length, j + 3); k++) f.push(`post:${lemma(k)}`);
    if (i === 0 || (i <= 2 && tokens.slice(0, i).every((t) => t.kind !== 'entity'))) f.push('first:opens');
    f.push(`eb:${Math.min(entitiesBetween, 3)}`);
    // Signed direction cues. Each mention's window (three words before it, two after, within its clause and short of
    // the other name) says whether the name is lost, lowered or raised; the words between say how the two are linked.
    // A word is read once: what a mention's window took is not the link's. The sentence's direction is the product.
    const used = new Set<number>();
    const stopsWindow = (k: number): boolean => tokens[k].kind !== 'word' || clauseBreakers.has(tokens[k].lower);
    const mentionState = (m: number, lo: number, hi: number): 'loss' | 'less' | 'more' | 'none' => {
      for (let k = m - 1; k >= Math.max(lo, m - 3); k--) {
        if (stopsWindow(k)) break;
        // "a climb in X", "the activation of X": a word of change whose "in" or "of" reaches the name says more or less of it.
        const ofName = k + 1 < m && (tokens[k + 1].lower === 'in' || tokens[k + 1].lower === 'of') ? linkCue(tokens[k].lower) : 0;
        const cue = mentionCue(tokens[k].lower, true) ?? (ofName === 1 ? 'more' : ofName === -1 ? 'less' : undefined);
        if (cue) return used.add(k), cue;
      }
      for (let k = m + 1; k <= Math.min(hi, m + 2); k++) {
        if (stopsWindow(k)) break;
        const cue = mentionCue(tokens[k].lower, false);
        if (cue) return used.add(k), cue;
      }
      return 'none';
    };
    const state1 = mentionState(i, 0, j - 1);
    const state2 = mentionState(j, i + 1, tokens.length - 1);
    let link = 1;
    let linkCues = 0;
    let association = false;
    for (let k = i + 1; k < j && linkCues < 3; k++) {
      if (used.has(k) || tokens[k].kind !== 'word') continue;
      const c = linkCue(tokens[k].lower);
      if (c === 0) continue;
      linkCues++;
      if (Math.abs(c) === 2) association = true;
      link *= Math.sign(c);
    }
    f.push(`m1:${state1}`, `m2:${state2}`, `v:${linkCues === 0 ? 'none' : association && link > 0 ? 'assoc' : link > 0 ? 'up' : 'down'}`);
    const stateSign = (s: string): number => (s === 'loss' || s === 'less' ? -1 : 1);
    const cueCount = linkCues + (state1 !== 'none' ? 1 : 0) + (state2 !== 'none' ? 1 : 0);
    // The one feature that carries the finding: the sentence's signed direction times the finding's sign.
    if (cueCount === 0) f.push('dir:unread');
    else {
      const agree = stateSign(state1) * stateSign(state2) * link * sign > 0;
      f.push(`dir:${agree ? 'agree' : 'disagree'}`);
    }
    f.push(`cues:${Math.min(cueCount, 3)}`);
    // Negation scope: a denial in the first name's clause before it ("No rise of X ..."), or right after the second
    // ("... Y was not"), covers the pair though no negation stands between them.
    let clauseStart = 0;
    for (let k = i - 1; k >= 0; k--) if (tokens[k].kind === 'punct' && (tokens[k].text === ';' || tokens[k].text === ':') || clauseBreakers.has(tokens[k].lower)) { clauseStart = k + 1; break; }
    if (lowers.slice(clauseStart, i).some((w) => negations.has(w))) f.push('negscope:before');
    if (lowers.slice(j + 1, Math.min(tokens.length, j + 4)).some((w) => negations.has(w))) f.push('negscope:after');
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
 * Features on which the reader abstains whatever the model scores (stop 34, h-abst34). `noverb`: two names with no
 * verb or trigger between ("X and Y in tumours", "X, with its raised Y") are named side by side, and the sentence
 * does not say how one acts on the other. A rule, not a weight, so the training data cannot argue it away.
 * Leave-one-wave-out (trainStatReader.ts): at 0.5 precision 0.517 -> 0.577 (3 fewer changes, all wrong), at 0.6 and
 * above no change. Tried and left out: abstaining on `dir:unread` (no direction cue) dropped right verdicts as fast
 * as wrong ones (0.6: 0.625 -> 0.571 on 7 changes); weighting the rules' pairs lower (unreadWeight 20 or 100, or
 * dropping them) raised cross-validated precision (to 0.737 at 0.6 with 100) but lost the direction the fixture
 * pairs in statisticalReader.test.ts test ("far less" read as less), so the weights stay as they were.
 */
export const abstainFeatures: ReadonlySet<string> = new Set([
  'noverb',
  // Stop 35 (h-stat35): a pair anchored reading left for a reason of meaning, not of form (anchored/stops.ts `stop`): the
  // name sits in a phrase headed by another noun that says neither more nor less of it ("the X-responsive genes",
  // "the X cytokine"), a factor named as a sign, not a cause, a target not of treatment, a list member after a list
  // that does not open its clause. The rules read the sentence and decided the pair is not linked; the model, which
  // sees only the words around, must not overrule that. Leave-one-wave-out with the kit's pairs and wave 12 half B
  // (trainStatReader.ts, after h-loss35's near misses): at 0.6 precision 0.583 (14/24) -> 0.737 (14/19), at 0.5 0.545
  // (18/33) -> 0.692 (18/26): every change these remove was wrong (near misses 5 of them at 0.6).
  'stop:a participant in a phrase whose head says neither more nor less of it',
  'stop:a factor that is a sign, not a cause',
  'stop:a target that is not one of treatment',
  'stop:a list that does not open its clause',
]);

export function abstains(features: readonly string[]): boolean {
  return features.some((f) => abstainFeatures.has(f));
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
    if (!model || abstains(candidate.features)) continue;
    const p = scoreFeatures(model, candidate.features);
    const best = p[1] >= p[2] ? 1 : 2;
    if (p[best] < model.threshold) continue;
    whole ??= assignRoles(tokens, 0, tokens.length, kb, 'left').context;
    const context = ownClauseContext(tokens, candidate.firstToken, whole);
    read.push({ claim: answerClaim(candidate, statAnswers[best] as 'same' | 'opposite', context, hedged, p[best]), p: p[best] });
  }
  return read.sort((a, b) => b.p - a.p).map((r) => r.claim);
}
