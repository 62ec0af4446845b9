// Splits a sentence into the tokens claim extraction works on: entity mentions (one token each, however
// many words they span), words, and the punctuation that matters for phrase structure. Each token knows
// whether a hyphen ties it to its neighbour, which is how "IL-11-induced" and "anti-IL-11" are read.
import type { EntityMention } from '../entities/recognize';
import { longFormStart } from '../entities/abbreviations';
import { ownSignalling } from './cues';

export interface Token {
  kind: 'entity' | 'word' | 'punct';
  start: number;
  end: number;
  text: string;
  lower: string;
  mention?: EntityMention;
  /** Attached to the previous token by a hyphen with no space: the "induced" of "IL-11-induced". */
  hyphenBefore: boolean;
  hyphenAfter: boolean;
}

const wordAt = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[-‐‑][\p{L}\p{N}]+(?:['’][\p{L}]+)?)*/uy;
const hyphens = new Set(['-', '‐', '‑']);
/**
 * Journals set a compound modifier after a name with an en dash ("IL-6–induced", "STAT3–dependent"): between a
 * name and a word that starts with a letter it ties the two as "-" does (issue 7). Elsewhere it stays a dash: "10–20
 * ng/ml" is a range, "IL-6–IL-6R" two names (the same as "IL-6-IL-6R" reads: entities are never tied by it). Text
 * pasted from a PDF often carries the minus sign (U+2212) for the same hyphen ("STAT3−dependent"): it ties the same way
 * ("STAT3−/−" is no word after the name, and stays apart).
 */
const modifierDashes: ReadonlySet<string> = new Set(['\u2013', '\u2212']);
const letterOrDigit = /[\p{L}\p{N}]/u;
const meaningfulPunctuation = new Set([',', ';', ':', '(', ')', '[', ']', '/']);

/**
 * The token at `k`, undefined before the first as after the last. A read of tokens[-1] is no array read for V8 but
 * a lookup of the property "-1" up the prototype chain (~0.4 µs a read in a loop of node 20); the readers look back from the
 * sentence's first token on most sentences (issue 10).
 */
export function tokenAt(tokens: readonly Token[], k: number): Token | undefined {
  return k >= 0 ? tokens[k] : undefined;
}

/**
 * The last sentence tokenized: the frame reader and anchored reading (anchored.ts) both tokenize each sentence
 * with the same mentions, one right after the other. Nothing changes tokens once made, so they are shared.
 */
let last: { text: string; start: number; end: number; mentions: readonly EntityMention[]; count: number; tokens: Token[] } | undefined;

export function tokenize(text: string, start: number, end: number, mentions: readonly EntityMention[]): Token[] {
  // The cheap keys first: two different sentences of one text differ in their bounds, and comparing whole texts
  // that are equal but not one string reads them through (issue 10).
  if (last && last.start === start && last.end === end && last.mentions === mentions && last.count === mentions.length && last.text === text) return last.tokens;
  const tokens = tokenizeAfresh(text, start, end, mentions);
  // (One record, rewritten: not an object per sentence tokenized.)
  if (last) {
    last.text = text;
    last.start = start;
    last.end = end;
    last.mentions = mentions;
    last.count = mentions.length;
    last.tokens = tokens;
  } else last = { text, start, end, mentions, count: mentions.length, tokens };
  sources.set(tokens, { text, start, end });
  return tokens;
}

/** The sentence a token array was made from: `text` [start, end). */
export interface TokenSource {
  text: string;
  start: number;
  end: number;
}

const sources = new WeakMap<readonly Token[], TokenSource>();

/**
 * The sentence `tokens` were read from, for readers that need its text (nounPhrases.ts tags it); undefined for an
 * array no tokenize call made, unless `sameSentence` said whose copy it is.
 */
export function sourceOfTokens(tokens: readonly Token[]): TokenSource | undefined {
  return sources.get(tokens);
}

/** `copy` holds the tokens of `original`'s sentence, some replaced one for one ("the cytokine" for its antecedent). */
export function sameSentence(copy: readonly Token[], original: readonly Token[]): void {
  const source = sources.get(original);
  if (source) sources.set(copy, source);
}

function inTextOrder(mentions: readonly EntityMention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1].start > mentions[k].start) return false;
  return true;
}

function tokenizeAfresh(text: string, start: number, end: number, mentions: readonly EntityMention[]): Token[] {
  const tokens: Token[] = [];
  // Mentions in text order, walked with one cursor: each word asks only for the next mention ahead of it, so
  // tokenizing stays linear in the sentence's length however many entities it names.
  const ordered = mentions.filter((m) => m.start >= start && m.end <= end);
  // The recognizer's mentions nearly always come in text order: sorted only when they do not (sort copies the
  // array and calls the comparison, for every sentence read; the sort is stable, so the order is the same).
  if (!inTextOrder(ordered)) ordered.sort((a, b) => a.start - b.start);
  let cursor = 0;
  let i = start;
  while (i < end) {
    while (cursor < ordered.length && ordered[cursor].start < i) cursor++;
    const mention = ordered[cursor]?.start === i ? ordered[cursor] : undefined;
    if (mention) {
      push(tokens, text, 'entity', mention.start, mention.end, mention);
      i = mention.end;
      continue;
    }
    const code = text.charCodeAt(i);
    const char = text[i];
    if (code < 128 ? isAsciiAlphanumeric(code) : letterOrDigit.test(char)) {
      // A word never runs into an entity: "anti-IL-11" is the word "anti" and the entity "IL-11".
      const limit = Math.min(end, ordered[cursor]?.start ?? end);
      let wordEnd = Math.min(wordEndAt(text, i), limit);
      while (wordEnd > i + 1 && hyphens.has(text[wordEnd - 1])) wordEnd--;
      push(tokens, text, 'word', i, wordEnd, undefined);
      i = wordEnd;
      continue;
    }
    if (meaningfulPunctuation.has(char)) push(tokens, text, 'punct', i, i + 1, undefined);
    i++;
  }
  tieSpacedSignallingParticiples(tokens);
  return withoutAsides(tokens, text);
}

/**
 * "enhances IL-6R mediated signalling", "blocked the STAT3 dependent pathway": a writer who leaves out the hyphen of
 * "IL-6R-mediated signalling" still means the name's own signalling (cues.ts ownSignalling), not the name as the
 * subject of a verb "mediated": after a word that governs the name (a verb, a preposition, a determiner), a
 * participle of ownSignalling and then a noun of signalling are tied to the name as the hyphen would tie them (stop
 * 53: the frame reader read "mediated" as a second verb and lost the predicate's object). At a clause's opening,
 * "In HCC, IL-6R mediated signalling via STAT3", "..., and STAT3 driven pathways", the participle may be the verb, and
 * is left as written.
 */
function tieSpacedSignallingParticiples(tokens: Token[]): void {
  for (let k = 1; k + 2 < tokens.length; k++) {
    const name = tokens[k];
    const participle = tokens[k + 1];
    if (name.kind !== 'entity' || participle.kind !== 'word' || participle.hyphenBefore || !ownSignalling.participles.has(participle.lower)) continue;
    const noun = tokens[k + 2];
    if (noun.kind !== 'word' || noun.hyphenBefore || !ownSignalling.nouns.has(noun.lower)) continue;
    const before = tokens[k - 1];
    if (before.kind !== 'word' || clauseOpeners.has(before.lower)) continue;
    participle.hyphenBefore = true;
    name.hyphenAfter = true;
  }
}

/** Words after which a name may open a clause of its own, its participle then a verb. */
const clauseOpeners: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whereas', 'while', 'whilst', 'although', 'though', 'because', 'since', 'as', 'thus', 'hence', 'therefore', 'so', 'when', 'where', 'if', 'whether', 'then', 'also', 'here', 'now', 'indeed', 'instead']);

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Where the word `wordAt` reads at `i` ends. A run of ASCII letters and digits followed by an ASCII character
 * other than an apostrophe or a hyphen is the whole match (the pattern's optional parts start with those, and
 * its classes hold no other ASCII character), found without the Unicode pattern; anything else is matched.
 */
function wordEndAt(text: string, i: number): number {
  let at = i;
  while (at < text.length && isAsciiAlphanumeric(text.charCodeAt(at))) at++;
  if (at > i && at === text.length) return at;
  // Read only inside the text: a read past its end makes V8 drop this loop's optimised code (issue 11).
  const next = at < text.length ? text.charCodeAt(at) : NaN;
  if (at > i && next < 128 && next !== 39 && next !== 45) return at;
  wordAt.lastIndex = i;
  const match = wordAt.exec(text);
  return match ? i + match[0].length : i + 1;
}

/** Class nouns of molecules, after which a bracketed name says which one is meant. */
const moleculeClassNouns = new Set([
  'receptor', 'receptors', 'protein', 'proteins', 'kinase', 'kinases', 'factor', 'factors', 'cytokine', 'cytokines', 'ligand',
  'ligands', 'enzyme', 'enzymes', 'gene', 'genes', 'molecule', 'molecules', 'subunit', 'transducer', 'phosphatase', 'protease',
]);

/**
 * Drops short bracketed asides, "(IL-6Rα)", "(p < 0.05)", "(Fig. 2A)": they name or qualify what stands
 * before them and would otherwise cut noun phrases in two.
 */
function withoutAsides(tokens: Token[], text: string): Token[] {
  // Most sentences have no bracket: their tokens are the answer, not a copy of them (issue 10, stop 37).
  let bracket = false;
  for (let i = 0; i < tokens.length && !bracket; i++) bracket = tokens[i].kind === 'punct' && (tokens[i].text === '(' || tokens[i].text === '[');
  if (!bracket) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'punct' && (token.text === '(' || token.text === '[')) {
      const close = token.text === '(' ? ')' : ']';
      let end = i + 1;
      // A bracket of examples, "(e.g., the interleukins IL-6 and IL-8)", "(such as A, B, C and D)", names members of
      // what stands before it, however many (issue 7, stop 36: past seven tokens the aside cut the subject from its verb).
      // So does a list of things named nothing the library knows, "(fever, anaemia and fatigue)": it spells out what
      // the word before it covers and holds no participant (stop 49: past seven tokens it cut the subject from its verb).
      const reach = examplesAside(tokens, i + 1) || namelessListAhead(tokens, i + 1, close) ? 24 : 7;
      while (end < tokens.length && end - i <= reach && tokens[end].text !== close && tokens[end].text !== '(' && tokens[end].text !== '[') end++;
      if (end < tokens.length && tokens[end].text === close && end - i <= reach && (end - i <= 7 || onlyNames(tokens, i + 1, end) || namelessList(tokens, i + 1, end))) {
        // Issue 7 (h-noread): "binds to a particular receptor (IL-6R)", "activates a transcription factor (STAT3)":
        // a name alone in the brackets after a class noun of molecules is what the class noun means, as "a
        // receptor, IL-6R" is; it stays (without its brackets), or the phrase would name nothing.
        const before = tokens[i - 1];
        if (end === i + 2 && tokens[i + 1].kind === 'entity' && before?.kind === 'word' && moleculeClassNouns.has(before.lower)) out.push(tokens[i + 1]);
        // "Signal transducers and activator of transcription 3 (STAT3) promotes Y": a name alone in brackets after the
        // words that spell it out, which name nothing the library knows (a writer's variant of the name), stands for
        // them: the long form's words are no predicate of their own ("activator of") and the name is the subject
        // (h-w19b42: the bracket was dropped as an aside and the sentence read no actor).
        else if (end === i + 2 && tokens[i + 1].kind === 'entity' && before !== undefined && before.kind !== 'entity') {
          const from = longFormStart(text, token.start, tokens[i + 1].text);
          let k = out.length;
          while (from !== undefined && k > 0 && out[k - 1].start >= from && out[k - 1].kind !== 'entity' && out[k - 1].text !== ',' && out[k - 1].text !== ';') k--;
          if (from !== undefined && k < out.length && out[k].start === from) {
            out.length = k;
            out.push(tokens[i + 1]);
          }
        }
        // "HER2 (ERBB2)-overexpressing breast cancer", "IL-6 (interleukin 6)-treated cells": a word hyphened to the
        // closing bracket is hyphened to the name before the aside, a modifier of what follows, not a verb.
        const after = tokens[end + 1];
        if (after && before && after.kind === 'word' && after.start === tokens[end].end + 1 && hyphens.has(text[after.start - 1]) && tokens[i].start === before.end + 1) {
          after.hyphenBefore = true;
          before.hyphenAfter = true;
        }
        i = end;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

/** Words that open a bracket of examples: "e.g.", "i.e.", "such as", "including", "for example", "like", "namely". */
function examplesAside(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i]?.lower;
  const b = tokens[i + 1]?.lower;
  const c = tokens[i + 2]?.lower;
  return (a === 'e' && (b === 'g' || (b === '.' && c === 'g'))) || (a === 'i' && (b === 'e' || (b === '.' && c === 'e'))) || a === 'eg' || a === 'ie' || (a === 'such' && b === 'as') || (a === 'for' && b === 'example') || ['including', 'like', 'namely', 'especially', 'notably'].includes(a ?? '');
}

/** Whether the bracket opening before `from` closes with `close` within 24 tokens around a `namelessList`. */
function namelessListAhead(tokens: readonly Token[], from: number, close: string): boolean {
  for (let k = from; k < tokens.length && k - from < 24; k++) {
    if (tokens[k].text === close) return namelessList(tokens, from, k);
    if (tokens[k].text === '(' || tokens[k].text === '[') return false;
  }
  return false;
}

/**
 * The bracket's tokens from `from` to `to` are a list of plain words, "fever, weight loss and fatigue": commas and a
 * last "and" (or "or") between them, no name of the library's, and no word that could change a claim (a denial,
 * "only", "except", a relative or contrast word). Such an aside says what the word before it covers.
 */
function namelessList(tokens: readonly Token[], from: number, to: number): boolean {
  let commas = 0;
  let joined = false;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token.kind === 'entity') return false;
    if (token.kind === 'punct') {
      if (token.text === ',') commas++;
      else if (token.text !== '-' && token.text !== '/') return false;
      continue;
    }
    if (listAsideStops.has(token.lower)) return false;
    if ((token.lower === 'and' || token.lower === 'or') && commas > 0) joined = true;
  }
  return commas > 0 && joined;
}

const listAsideStops = new Set([
  'not', 'no', 'never', 'none', 'nor', 'neither', 'only', 'except', 'without', 'unless', 'but', 'than', 'which', 'that', 'who',
  'whose', 'where', 'whereas', 'while', 'although', 'though', 'because', 'since', 'if', 'we', 'it', 'they',
]);

/** The bracket's tokens from `from` to `to` are names, the words of the opener, lists' joins and class words: no verb, no clause. */
function onlyNames(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token.kind === 'entity') continue;
    if (token.kind === 'punct' && (token.text === ',' || token.text === '.' || token.text === '/')) continue;
    if (token.kind === 'word' && (asideWords.has(token.lower) || moleculeClassNouns.has(token.lower))) continue;
    return false;
  }
  return true;
}

const asideWords = new Set(['chemokine', 'chemokines', 'interleukin', 'interleukins', 'members', 'e', 'g', 'i', 'eg', 'ie', 'such', 'as', 'for', 'example', 'including', 'like', 'namely', 'especially', 'notably', 'and', 'or', 'the', 'a', 'an', 'its', 'their']);

function push(tokens: Token[], text: string, kind: Token['kind'], start: number, end: number, mention: EntityMention | undefined): void {
  const previous = tokens[tokens.length - 1];
  const tokenText = text.slice(start, end);
  const hyphenBefore =
    previous !== undefined &&
    previous.kind !== 'punct' &&
    start - previous.end === 1 &&
    (hyphens.has(text[start - 1]) || (modifierDashes.has(text[start - 1]) && previous.kind === 'entity' && kind === 'word' && /^\p{L}/u.test(tokenText)));
  if (previous && hyphenBefore) previous.hyphenAfter = true;
  // An object literal with every field, not a spread: one hidden class for all tokens, which keeps long
  // sentences fast.
  tokens.push({ kind, start, end, text: tokenText, lower: tokenText.toLowerCase(), mention, hyphenBefore, hyphenAfter: false });
}
