// Appositions that describe the subject: "IL-11, a cytokine overexpressed in OSCC, activates STAT3". The noun
// phrase between the commas says what the subject is; the disease, family or receptor it names is neither a
// participant nor the context of the verb after it (the claim above holds wherever IL-11 acts, not in OSCC).
// The description's own verb ("overexpressed in OSCC") still reads its entities: only stretches that begin
// outside the apposition pass over them (roles.ts).
import type { Token } from './tokens';
import { beVerbs, clauseBreakers, isParticiple, phraseTriggers, signalingVerbs, verbTrigger } from './vocabulary';

export interface AppositionRule {
  name: string;
  /** Words that open the description after the comma. */
  openers: ReadonlySet<string>;
  /** The most tokens between the commas. */
  longest: number;
  /**
   * The description is a list whose members are separated by commas ("including A, B, and C"): it closes at
   * the first comma the predicate follows, not at the first comma.
   */
  list?: boolean;
  /** The description is a clause with a verb of its own ("which inhibits Raf kinases"). */
  clause?: boolean;
  /**
   * The description says where the subject is found: after its opener, at most a few participles or adverbs, then a
   * preposition of place ("elevated in", "also implicated in"). Not "elevated by Y" (participleDescription's) or
   * "also known as Y" (a name).
   */
  placed?: boolean;
  /** Words one of which must follow the opener ("as" only before an article: ", as a part of Y,", never ", as well as Y,"). */
  then?: ReadonlySet<string>;
  example: string;
  /** The claims of the example (formatClaim, helpers.ts): none takes its context from the apposition. */
  reads: string[];
}

export const appositionRules: readonly AppositionRule[] = [
  {
    name: 'a described subject',
    openers: new Set(['a', 'an', 'the', 'one']),
    longest: 16,
    example: 'IL-11, a cytokine overexpressed in OSCC, activates STAT3.',
    reads: ['IL11 activates STAT3'],
  },
  {
    // The parts or examples of the subject, listed between commas: the claim is the whole's, and a member is
    // neither its agent nor its context ("the stroma, including CAFs and hypoxic regions, raises X": the
    // stroma does). Without this the list's last member was read as the verb's subject, or nothing at all.
    name: 'the parts of the subject',
    // Not "notably" or "especially": they open a setting as often as a part ("X, notably in OSCC, raises Y").
    openers: new Set(['including', 'comprising', 'encompassing', 'namely']),
    longest: 24,
    list: true,
    example: 'The tumour microenvironment, comprising hypoxia, CAFs, and immune cells, promotes HCC progression.',
    reads: ['TUMOR_MICROENVIRONMENT promotes TUMOR_PROGRESSION [ctx HCC]'],
  },
  {
    // A relative clause on the subject between commas: its own verb makes its own claim (of the subject, which
    // it refers to), and the verb after the closing comma is the subject's ("Sorafenib, which blocks Raf
    // kinases, lowered STAT3 phosphorylation": Raf is no agent of the lowering).
    name: 'a relative clause on the subject',
    openers: new Set(['which', 'who']),
    longest: 20,
    clause: true,
    example: 'IL-6, which activates STAT3, promotes tumour growth.',
    reads: ['IL6 activates STAT3', 'IL6 promotes TUMOR_GROWTH'],
  },
  {
    // A remark on where the subject has been studied or first seen, an adverb of time or extent and a participle
    // (issue 7, stop 43): the disease it names is a side remark, the setting of the claim after it only when that
    // claim names none of its own (`asideSetting`, extract.ts): "IL-6, long studied in myeloma, raised STAT3
    // phosphorylation in HCC cells" is a claim in HCC.
    name: 'a remark on where the subject was studied',
    openers: new Set(['long', 'widely', 'extensively', 'intensively', 'first', 'originally', 'initially', 'previously', 'classically', 'traditionally', 'best']),
    longest: 12,
    example: 'IL-6, long studied in myeloma, raised STAT3 phosphorylation in HCC cells.',
    reads: ['IL6 increases STAT3 [ctx HCC]'],
  },
  {
    // The same kind of side remark told by the subject's level or presence in a place, or opened by "also" (issue 7,
    // stop 43, round 3): "IL-6, elevated in breast cancer patients, ...", "IL-11, abundant in the serum of gastric
    // cancer patients, ...", "STAT3, also implicated in melanoma, ...". The place is the claim's setting only when the
    // claim names none of its own (`asideSetting`).
    name: 'a remark on where the subject is found',
    openers: new Set([
      'elevated', 'raised', 'increased', 'overexpressed', 'over-expressed', 'upregulated', 'up-regulated', 'abundant',
      'detected', 'detectable', 'enriched', 'expressed', 'present', 'highly', 'frequently', 'aberrantly', 'also',
    ]),
    longest: 14,
    placed: true,
    example: 'IL-6, elevated in the serum of myeloma patients, raised STAT3 phosphorylation in HCC cells.',
    reads: ['IL6 increases STAT3 [ctx HCC]'],
  },
  {
    // A relative clause on what the subject has, "IL-6, whose levels rise in myeloma, ...": a side remark on the
    // subject as the remark on where it was studied is (issue 7, stop 43, round 3); its verb reads its own claim.
    name: 'a relative clause on what the subject has',
    openers: new Set(['whose']),
    longest: 20,
    clause: true,
    example: 'IL-6, whose levels rise in myeloma, raised STAT3 phosphorylation in HCC cells.',
    reads: ['IL6 increases STAT3 [ctx HCC]'],
  },
  {
    // The part the subject plays, "CAFs, as a major part of the tumour microenvironment, promote Y", "X, as a member of
    // the Z family, raises Y": the verb after the closing comma is the subject's; the whole it belongs to is no agent
    // (issue 7, stop 54: the subject phrase started after "as", and the microenvironment was read as promoting Y,
    // backed by findings on hypoxia). Only before an article: ", as well as B," lists one more subject, and ", as
    // shown by Z," is a remark of evidence.
    name: 'the part the subject plays',
    openers: new Set(['as']),
    then: new Set(['a', 'an', 'the', 'one', 'part', 'members', 'components', 'constituents']),
    longest: 14,
    example: 'CAFs, as a major part of the tumour microenvironment, promote invasion.',
    reads: ['CAF promotes CELL_INVASION'],
  },
];

/** The rule of the remark on where the subject was studied (`asideSetting`). */
const studiedWhereRule = appositionRules[3];
/** The remarks whose every place is a side remark on the subject (`asideSetting`): where it is found, whose levels rise. */
const asideRules: readonly AppositionRule[] = [appositionRules[4], appositionRules[5]];
/** Prepositions that tie a place to a remark on where the subject is found (`placed`). */
const placePrepositions = new Set(['in', 'among', 'across', 'within', 'throughout']);
/** Whether the words from `from` are a few participles, adverbs or the rule's openers, then a preposition of place. */
function placedFrom(tokens: readonly Token[], from: number, rule: AppositionRule): boolean {
  for (let k = from; k < from + 4; k++) {
    const token = tokens[k];
    if (token?.kind !== 'word') return false;
    if (placePrepositions.has(token.lower)) return k > from;
    if (!rule.openers.has(token.lower) && !isParticiple(token.lower) && !/ly$/.test(token.lower)) return false;
  }
  return false;
}

/**
 * A description that makes the subject a feature of a setting: "Hypoxia, a frequent occurrence in HNSCC, ...",
 * "EMT, a hallmark of invasive carcinomas, ...", "Fibrosis, a common finding in HCC livers, ...". The noun after the
 * article says the subject is something found in the place, so the sentence speaks of the subject there: the place
 * is the claim's setting (a finding in cancer in general does not cover it). Unlike "IL-11, a cytokine overexpressed
 * in OSCC, ..." (what the subject is; the claim holds wherever it acts) and a relative clause's "which are frequent
 * in Y" (frames.ts confers-resistance-after-relative-clause), read as before.
 */
export const settingDescriptionNouns: ReadonlySet<string> = new Set([
  'feature', 'hallmark', 'occurrence', 'event', 'characteristic', 'phenomenon', 'finding', 'trait', 'sign',
  // Issue 7, stop 37: the same said with a noun of the subject's part in the disease ("Hypoxia, a frequent mechanism
  // in endometrial cancers, ...", "STAT3, a key driver in HCC, ..."): the subject is something at work in the place,
  // so the claim after it is set there too. Before, only the nouns above kept the place, and the claim dropped it
  // (a finding in another cancer then read as support). Nouns only: "a cytokine overexpressed in OSCC" puts a
  // participle before the preposition and still names no setting.
  'mechanism', 'driver', 'regulator', 'mediator', 'modulator', 'determinant', 'factor', 'player', 'contributor',
  'component', 'step', 'element', 'alteration', 'aberration', 'abnormality', 'change', 'process', 'pathway',
]);
/** Prepositions that tie a setting to such a noun: "a feature of Y", "an event in Y", "a finding among Y". */
const settingPrepositions = new Set(['of', 'in', 'among', 'across']);

/**
 * Whether the entity at `index`, inside an apposition on the subject, is the place the description makes the subject
 * a feature of (`settingDescriptionNouns`): the preposition before it follows such a noun, with at most adjectives
 * and adverbs between the article and the noun ("a very common feature of").
 */
export function settingOfDescription(tokens: readonly Token[], index: number): boolean {
  const found = appositionsOf(tokens);
  if (found === null || found[index] === 0) return false;
  let open = index;
  while (open > 0 && found[open - 1] === found[index]) open--;
  // The description opens with an article ("a", "an", "the", "one"); a relative clause or a list of parts does not.
  const opener = tokens[open + 1];
  if (!opener || !appositionRules[0].openers.has(opener.lower)) return false;
  // Back from the entity over its own premodifiers to the preposition, then the noun right before it.
  let k = index - 1;
  // (An adjective the recognizer read as a process, "invasive", is a premodifier too.)
  while (k > open + 1 && index - k <= 3 && (tokens[k].kind === 'entity' || (tokens[k].kind === 'word' && !settingPrepositions.has(tokens[k].lower) && /^[a-z-]+$/.test(tokens[k].lower)))) k--;
  if (!settingPrepositions.has(tokens[k]?.lower ?? '')) return false;
  k = pastKindsOf(tokens, k, open);
  const noun = tokens[k - 1];
  if (noun?.kind !== 'word' || !settingDescriptionNouns.has(noun.lower.replace(/s$/, ''))) return false;
  // Only words between the opener and the noun: "a (frequent) occurrence", no second entity or clause.
  for (let j = open + 2; j < k - 1; j++) if (tokens[j].kind !== 'word') return false;
  return true;
}

/**
 * Whether the entity at `index` is a setting an aside on the subject names: the place a description makes the subject
 * a feature of (`settingOfDescription`, "STAT3, a key driver in HCC, ...") or the place of a remark on where it was
 * studied ("IL-6, long studied in myeloma, ..."). Either is the claim's setting only when the claim's own clause names
 * none (extract.ts `withoutAsideSettings`, issue 7, stop 43: the guideline's context is per claim).
 */
export function asideSetting(tokens: readonly Token[], index: number): boolean {
  if (settingOfDescription(tokens, index)) return true;
  const found = appositionsOf(tokens);
  if (found === null || found[index] === 0) return false;
  let open = index;
  while (open > 0 && found[open - 1] === found[index]) open--;
  const opener = tokens[open + 1]?.lower ?? '';
  if (asideRules.some((rule) => rule.openers.has(opener) && (!rule.placed || placedFrom(tokens, open + 1, rule)))) return true;
  return studiedWhereRule.openers.has(opener) && isParticiple(tokens[open + 2]?.lower ?? '');
}

/** Nouns of kinds or cases of a disease: "in all subtypes of Y", "in most forms of Y". */
const kindNouns = new Set(['subtype', 'subtypes', 'type', 'types', 'form', 'forms', 'kind', 'kinds', 'case', 'cases', 'subset', 'subsets', 'variety', 'varieties']);
/** Words that may count the kinds: "all", "most", "several". */
const kindQuantifiers = new Set(['all', 'most', 'many', 'several', 'various', 'some', 'both', 'different', 'distinct', 'the']);
/**
 * The setting's preposition before a partitive of kinds, when the preposition at `of` is the "of" of one: in "a frequent
 * event in all subtypes of endometrial cancer" the place is the disease, and "in" ties it to "event" as "in endometrial
 * cancers" would (issue 7, stop 39: the claim after such an apposition lost its place, and a finding in another cancer
 * then read as support). Otherwise `of` itself.
 */
function pastKindsOf(tokens: readonly Token[], of: number, open: number): number {
  if (tokens[of]?.lower !== 'of' || !kindNouns.has(tokens[of - 1]?.lower ?? '')) return of;
  let j = of - 2;
  while (j > open + 1 && of - j <= 4 && kindQuantifiers.has(tokens[j].lower)) j--;
  return j > open + 1 && settingPrepositions.has(tokens[j].lower) ? j : of;
}

const modals = new Set(['can', 'may', 'might', 'could', 'will', 'would', 'should', 'must', 'has', 'have', 'had', 'does', 'did', 'also', 'thus', 'therefore', 'then']);
const phraseStarts = new Set(phraseTriggers.filter((p) => !p.meaning.joinsList).map((p) => p.words[0]));
const closers = new Set([';', ':', '(', ')', '[', ']']);
const relativeWords = new Set(['which', 'that', 'who', 'whose', 'where']);
/** Relative words that may open a clause on the described noun ("a cytokine that binds gp130"), and its most tokens. */
const describedNounRelatives = new Set(['which', 'that', 'who']);
const relativeLongest = 24;

/** A word that opens the predicate after the closing comma: "activates", "is", "may", "plays", "signals". */
function opensPredicate(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const word = token.lower;
  return verbTrigger(word) !== undefined || beVerbs.has(word) || modals.has(word) || phraseStarts.has(word) || signalingVerbs.has(word);
}

/** The first token from `from` on that is not an adverb in -ly ("..., strongly raises Y"). */
function nextAfterAdverbs(tokens: readonly Token[], from: number): Token | undefined {
  let next = from;
  while (tokens[next]?.kind === 'word' && /ly$/.test(tokens[next].lower)) next++;
  return tokens[next];
}

const spans = new WeakMap<readonly Token[], Int32Array | null>();

/**
 * For each token, the number of the apposition it stands in (counting from 1), or 0; null when the sentence has
 * none (most sentences: one pass over their commas). Kept per token array, as scanOf is.
 */
export function appositionsOf(tokens: readonly Token[]): Int32Array | null {
  // The sentence asked last, before the map: roles.ts asks for every entity of the sentence it reads.
  if (tokens === lastTokens) return lastFound;
  let found = spans.get(tokens);
  if (found !== undefined) {
    lastTokens = tokens;
    lastFound = found;
    return found;
  }
  found = null;
  let number = 0;
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open].text !== ',' || tokens[open - 1].kind !== 'entity') continue;
    const rule = appositionRules.find((r) => r.openers.has(tokens[open + 1]?.lower ?? ''));
    if (!rule) continue;
    // ", which are called Y," gives the subject a name (namedAfterDescription), no relative clause of its own.
    if (rule.clause && namingWordsEnd(tokens, open + 1) >= 0) continue;
    if (rule.placed && !placedFrom(tokens, open + 1, rule)) continue;
    if (rule.then && !rule.then.has(tokens[open + 2]?.lower ?? '')) continue;
    let close = open + 1;
    let verbInside = false;
    // A described subject whose noun takes a relative clause: "IL-11, a cytokine that binds gp130, drives Y".
    let relative = false;
    for (; close < tokens.length && close - open <= (relative ? relativeLongest : rule.longest); close++) {
      const token = tokens[close];
      // A list's own commas: the one that closes it is followed by the predicate ("..., and C, raises Y").
      if (rule.list && token.text === ',' && !opensPredicate(nextAfterAdverbs(tokens, close + 1))) continue;
      if (token.text === ',' || closers.has(token.text)) break;
      if (token.kind !== 'word') continue;
      if (clauseBreakers.has(token.lower)) break;
      if (rule.clause || relative) continue;
      // The relative clause is the noun's, as "which activates STAT3" is the subject's (a relative clause on the
      // subject): its verb reads its own claim, and the verb after the closing comma is still the subject's.
      if (describedNounRelatives.has(token.lower) && close > open + 2 && !verbInside) {
        relative = true;
        continue;
      }
      if (relativeWords.has(token.lower) || beVerbs.has(token.lower)) break;
      // A description may hold a participle ("overexpressed in OSCC"), never a verb of its own ("activates").
      if (verbTrigger(token.lower) !== undefined && !isParticiple(token.lower)) verbInside = true;
    }
    if (verbInside || tokens[close]?.text !== ',' || close === open + 2) continue;
    // A reduced passive on the subject after its description: "STAT3, a member of the STAT family, activated by
    // IL-11, drives Y" (participleDescription): both stretches describe the subject, and the verb is still its.
    const described = participleDescriptionEnd(tokens, close);
    if (described > 0) close = described;
    if (!opensPredicate(nextAfterAdverbs(tokens, close + 1))) continue;
    found ??= new Int32Array(tokens.length);
    number++;
    for (let k = open; k <= close; k++) found[k] = number;
    open = close;
  }
  // A reduced passive right after the subject: "STAT3, activated by IL-11, drives Y" (participleDescription).
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open].text !== ',' || tokens[open - 1].kind !== 'entity' || (found !== null && found[open] !== 0)) continue;
    const close = participleDescriptionEnd(tokens, open);
    if (close < 0) continue;
    found ??= new Int32Array(tokens.length);
    number++;
    for (let k = open; k <= close; k++) found[k] = number;
    open = close;
  }
  const named = namedAfterDescription(tokens);
  if (named > 0 && (found === null || found.subarray(0, named + 1).every((n) => n === 0))) {
    found ??= new Int32Array(tokens.length);
    number++;
    for (let k = 0; k <= named; k++) found[k] = number;
  }
  spans.set(tokens, found);
  lastTokens = tokens;
  lastFound = found;
  return found;
}

/**
 * Issue 7, stop 43: a reduced passive between commas on the subject, "STAT3, activated by IL-11, drives invasion",
 * "STAT3, a member of the STAT family, mainly activated by IL-11, drives invasion". The participle with its "by"
 * says what acts on the subject (its own claim, read as "which is activated by IL-11" is); the verb after the closing
 * comma is the subject's. Before, the participle's agent, the nearest entity before that verb, was read as its agent
 * (a false claim that IL-11 drives invasion). Only a participle with its agent right after it (adverbs before it
 * allowed) and a finite predicate after the comma: "X, induced in hypoxia, ..." names no agent and is left as it was.
 */
export const participleDescription = {
  name: 'a reduced passive on the subject',
  example: 'STAT3, chiefly activated by IL-11, drives invasion of breast cancer cells.',
  reads: ['IL11 activates STAT3', 'STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'],
};
/** The longest reduced passive between its commas, in tokens. */
const participleLongest = 16;
/**
 * The index of the comma that closes a reduced passive with its agent opened at the comma `open`
 * (`participleDescription`), when a finite predicate follows that comma; otherwise -1.
 */
function participleDescriptionEnd(tokens: readonly Token[], open: number): number {
  const start = bareNounPhraseEnd(tokens, open + 1);
  let k = start;
  while (tokens[k]?.kind === 'word' && /ly$/.test(tokens[k].lower) && k - start <= 2) k++;
  const participle = tokens[k];
  if (participle?.kind !== 'word' || !isParticiple(participle.lower) || verbTrigger(participle.lower) === undefined) return -1;
  if (tokens[k + 1]?.lower !== 'by' || tokens[k + 2]?.kind !== 'entity' && tokens[k + 3]?.kind !== 'entity') return -1;
  let close = k + 2;
  for (; close < tokens.length && close - open <= participleLongest; close++) {
    const token = tokens[close];
    if (token.text === ',' || closers.has(token.text)) break;
    if (token.kind === 'word' && (clauseBreakers.has(token.lower) || relativeWords.has(token.lower) || beVerbs.has(token.lower))) return -1;
    if (token.kind === 'word' && verbTrigger(token.lower) !== undefined && !isParticiple(token.lower)) return -1;
  }
  if (tokens[close]?.text !== ',') return -1;
  // The predicate: a finite verb, not a second participle ("X, activated by Y, induced in Z, ...": a list of facts).
  // A past form with its object after it ("X, activated by Y, raised invasion") is the finite verb of a finding told
  // in the past (issue 7, stop 45); one followed by a preposition or a comma stays a participle.
  const next = nextAfterAdverbs(tokens, close + 1);
  if (!opensPredicate(next) || (next?.kind === 'word' && isParticiple(next.lower) && !modals.has(next.lower) && !pastWithObject(tokens, tokens.indexOf(next)))) return -1;
  return close;
}

/** Whether the past form at `at` has its object right after it (an article, a name or a plain word, no preposition or comma). */
function pastWithObject(tokens: readonly Token[], at: number): boolean {
  const after = tokens[at + 1];
  if (!after || after.kind === 'punct') return false;
  return after.kind === 'entity' || !bareNounStops.has(after.lower) && !['under', 'during', 'after', 'upon', 'following', 'within', 'among', 'through', 'via'].includes(after.lower);
}

/**
 * Issue 7, stop 45: the noun the reduced passive describes the subject as, written without its article, "STAT3,
 * transcription factor activated by IL-11, drives invasion", "AKT1 and AKT2, kinases activated by PI3K, promote Y".
 * The noun phrase is the subject's kind, as "a transcription factor" is (`appositionRules`' described subject), and
 * the participle with its agent still describes the subject: without this the agent took the verb after the comma (a
 * false claim that IL-11 drives invasion). Only a few plain lower-case words, none a verb, a copula, a relative or
 * a word of coordination or contrast; the participle and its "by" must follow (`participleDescriptionEnd`).
 */
export const bareNounDescription = {
  name: 'a bare noun before a reduced passive on the subject',
  example: 'STAT3, transcription factor activated by IL-11, drives invasion of breast cancer cells.',
  reads: ['IL11 activates STAT3', 'STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'],
};
/** The most words of a bare noun phrase before the participle (`bareNounDescription`). */
const bareNounLongest = 3;
const bareNounStops = new Set(['and', 'or', 'not', 'no', 'in', 'of', 'with', 'by', 'to', 'for', 'from', 'at', 'on', 'as']);
/**
 * The index of the participle after a bare noun phrase starting at `from` (`bareNounDescription`), or `from` itself when
 * none stands there: the caller then reads from `from` as before.
 */
function bareNounPhraseEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  for (; k < from + bareNounLongest; k++) {
    const token = tokens[k];
    // (A class noun the lexicon names, "cytokine" of "IL-6, cytokine secreted by CAFs, ...", is such a word too.)
    if ((token?.kind !== 'word' && token?.kind !== 'entity') || !/^[a-z][a-z-]*$/.test(token.text)) break;
    const word = token.lower;
    if (isParticiple(word) || /ly$/.test(word)) break;
    if (verbTrigger(word) !== undefined || beVerbs.has(word) || modals.has(word) || relativeWords.has(word) || clauseBreakers.has(word) || bareNounStops.has(word)) return from;
  }
  if (k === from) return from;
  const participle = tokens[k];
  return participle?.kind === 'word' && isParticiple(participle.lower) && tokens[k + 1]?.lower === 'by' ? k : from;
}

/**
 * The description that opens a sentence and is then named: "The most abundant stromal cells of the tumour,
 * cancer-associated fibroblasts (CAFs), drive its growth", "A key cytokine of the gp130 family, IL-11, activates
 * STAT3", "One major source of IL-6 in HCC, CAFs, ...". The name between the commas is what the phrase before it
 * describes, and the verb after the second comma is the name's; the description's entities (IL-6 of "source of
 * IL-6", the stromal cells, the tumour) are neither participants nor the claim's setting, as in "IL-11, a cytokine
 * overexpressed in OSCC, ..." the other way round (`appositionRules`). Returns the index of the comma that closes
 * the description, or 0. The description opens the sentence with an article and holds no verb but a participle;
 * the name is one mention, or a mention and its bracketed short form; the predicate follows its comma.
 */
export const namedDescription = {
  name: 'a description named after it',
  example: 'The main stromal cells of the tumour, CAFs, secrete IL-6.',
  reads: ['CAF increases IL6'],
};
export const nameGivenDescription = {
  name: 'a description given a name by a word of naming',
  example: 'Fibroblasts, which are called CAFs, secrete IL-6.',
  reads: ['CAF increases IL6'],
};
function namedAfterDescription(tokens: readonly Token[]): number {
  const byArticle = appositionRules[0].openers.has(tokens[0]?.lower ?? '') && tokens[0].kind === 'word';
  let comma = 1;
  for (; comma < tokens.length && comma <= 20; comma++) {
    const token = tokens[comma];
    if (token.text === ',') break;
    if (token.kind === 'punct' && token.text !== '-' && token.text !== '/') return 0;
    if (token.kind !== 'word') continue;
    if (clauseBreakers.has(token.lower) || relativeWords.has(token.lower) || beVerbs.has(token.lower) || token.lower === 'and' || token.lower === 'or') return 0;
    if (verbTrigger(token.lower) !== undefined && !isParticiple(token.lower)) return 0;
  }
  if (tokens[comma]?.text !== ',' || comma < (byArticle ? 2 : 1)) return 0;
  // Without an article, only a description that a word of naming ties to the name: "Fibroblasts, known as CAFs, ...",
  // "Stromal fibroblasts, which are called CAFs, ..." (issue 7, stop 39, nameGivenDescription): the name is what the
  // verb speaks of, and the description's noun (fibroblasts) is passed over as the described subject's is.
  const naming = namingWordsEnd(tokens, comma + 1);
  if (!byArticle && naming < 0) return 0;
  if (naming >= 0) comma = naming - 1;
  let name = comma + 1;
  if (tokens[name]?.kind !== 'entity') return 0;
  name++;
  if (tokens[name]?.text === '(' && tokens[name + 1]?.kind === 'entity' && tokens[name + 2]?.text === ')') name += 3;
  if (tokens[name]?.text !== ',' || !opensPredicate(nextAfterAdverbs(tokens, name + 1))) return 0;
  return comma;
}

/** Words of naming before a name: "(also) called", "termed", "known as", "referred to as", "which are (also) called". */
const namingParticiples = new Set(['called', 'termed', 'named', 'designated', 'dubbed']);
/** The index right after the words of naming that start at `from`, or -1 when none start there. */
function namingWordsEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  const word = (i: number) => (tokens[i]?.kind === 'word' ? tokens[i].lower : '');
  if ((word(k) === 'which' || word(k) === 'that') && beVerbs.has(word(k + 1))) k += 2;
  if (word(k) === 'also' || word(k) === 'commonly' || word(k) === 'often' || word(k) === 'collectively') k++;
  if (namingParticiples.has(word(k))) return k + 1;
  if (word(k) === 'known' && word(k + 1) === 'as') return k + 2;
  if (word(k) === 'referred' && word(k + 1) === 'to' && word(k + 2) === 'as') return k + 3;
  return -1;
}

let lastTokens: readonly Token[] | undefined;
let lastFound: Int32Array | null = null;

/**
 * Whether the entity at `index` stands in an apposition that the relation of a stretch of roles (roles.ts) is
 * outside of: the trigger stands at `to` for the stretch before it, at `from - 1` for the stretch after it.
 */
export function describesFromApposition(tokens: readonly Token[], index: number, trigger: number): boolean {
  const found = appositionsOf(tokens);
  return found !== null && found[index] !== 0 && found[trigger] !== found[index];
}

/** Whether the token at `index` stands in an apposition. */
export function inApposition(tokens: readonly Token[], index: number): boolean {
  const found = appositionsOf(tokens);
  return found !== null && found[index] !== 0;
}

/** The index of the comma that closes the apposition holding `index`, or -1 when it stands in none. */
export function appositionEnd(tokens: readonly Token[], index: number): number {
  const found = appositionsOf(tokens);
  if (found === null || found[index] === 0) return -1;
  let end = index;
  while (end + 1 < found.length && found[end + 1] === found[index]) end++;
  return end;
}
