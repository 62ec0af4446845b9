// Entity recognition: finds the knowledge base's entities in plain text by longest match over word
// sequences, comparing normalized forms (see normalize.ts). Plurals ("MMPs", "CAFs") match their singular;
// short acronyms only match in capitals; a document's own abbreviations take precedence over the lexicon.
// Around the longest match sit the rules real prose needs: case rules and context for gene symbols that are
// also words ("MET", "SET"), mouse-style symbols ("Stat3", "Il11ra1"), phospho forms ("p-STAT3", "pAkt",
// "STAT3 pY705") as the protein's activation, slash families ("MMP-2/9"), Greek letters written as Latin
// ones ("TGF-β1" = TGFB1) and Roman numerals ("IGF-IR").
import type { Lexicon, LexiconEntry } from './lexicon';
import { moleculeTypes, placeTypes } from '../kb/schema';
import { normalizeTerm } from './normalize';
import { fusedIsoform, isoformId, isoformLetterAfter } from './isoforms';
import { adjectivesSharingHead } from './sharedHead';

export interface EntityMention {
  entityId: string;
  /** Offsets in the text that was searched (a block's plain text). */
  start: number;
  end: number;
  text: string;
  /**
   * What of the entity the words name beyond the entity itself: "p-STAT3", "phospho-Akt" and "STAT3 pY705"
   * name the protein's phosphorylated, active form. Absent for plain names.
   */
  aspect?: 'phosphorylation';
}

/**
 * Abbreviations a document defines, by normalized short form. A null value means the document defines the
 * short form as something the library does not know, so the library's meaning must not be used.
 */
export type DocumentAbbreviations = ReadonlyMap<string, string | null>;

const noAbbreviations: DocumentAbbreviations = new Map();
/** No mentions (never added to: callers only read it). */
const noMentions: EntityMention[] = [];

/**
 * A word as the recognizer reads it: where it is and its key. Its text as written is `wordText` (cut only where a
 * rule reads it: few words are asked).
 */
interface Word {
  start: number;
  end: number;
  normalized: string;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * The runs of letters and digits (`wordPattern`) that start in `[from, to)`, with their text as written. The
 * recognizer reads them with `readWords`, which cuts no text.
 */
export function splitWords(text: string, from = 0, to = text.length): { start: number; end: number; text: string; normalized: string }[] {
  return readWords(text, from, to).map((word) => ({ start: word.start, end: word.end, text: text.slice(word.start, word.end), normalized: word.normalized }));
}

/**
 * `splitWords` without the words' text. ASCII is read character by character (a run of ASCII letters and digits that
 * ends at an ASCII character is the pattern's whole match, and its key is its lower case, `asciiKey`); the Unicode
 * pattern reads from wherever a character is not ASCII. Every word of every block passes here.
 */
function readWords(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  // (A range starting inside a surrogate pair: the pattern steps back to the pair, even for an empty range.)
  while (i < to || (i === from && i > 0 && isTrailSurrogate(text.charCodeAt(i)) && isLeadSurrogate(text.charCodeAt(i - 1)))) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (!isAsciiAlphanumeric(code)) {
        i++;
        continue;
      }
      // The key's hash as the run is read (FNV-1a over the lower-case codes), for asciiKey's table.
      let hash = Math.imul(-2128831035 ^ (code | lowerBit(code)), 16777619);
      let end = i + 1;
      for (let next = text.charCodeAt(end); end < text.length && isAsciiAlphanumeric(next); next = text.charCodeAt(++end)) hash = Math.imul(hash ^ (next | lowerBit(next)), 16777619);
      if (end === text.length || text.charCodeAt(end) < 128) {
        words.push({ start: i, end, normalized: asciiKey(text, i, end, hash) });
        i = end;
        continue;
      }
    }
    wordPattern.lastIndex = i;
    const match = wordPattern.exec(text);
    if (!match || match.index >= to) break;
    words.push({ start: match.index, end: match.index + match[0].length, normalized: normalizeTerm(match[0]) });
    i = match.index + match[0].length;
  }
  return words;
}

/** The word as written. */
function wordText(text: string, word: Word): string {
  return text.slice(word.start, word.end);
}

/** 32 for an ASCII capital (its lower case is the code with this bit set), else 0. */
function lowerBit(code: number): number {
  return code >= 65 && code <= 90 ? 32 : 0;
}

/**
 * The lower case of an ASCII word `text[start, end)`, the same string for the same word: a draft of 100k words has
 * a few thousand distinct ones. Cutting and lower-casing two new strings for every word, and hashing the key
 * again in the key trie (childOf), was a third of the recognizer and a tenth of its allocation (issue 10, stop 36).
 * An open-addressed table of the keys by `hash`, emptied when half full; long words are not kept.
 */
function asciiKey(text: string, start: number, end: number, hash: number): string {
  const length = end - start;
  if (length > maxKeptKey) return text.slice(start, end).toLowerCase();
  let slot = hash & keptMask;
  for (let key = keptKeys[slot]; key !== undefined; key = keptKeys[slot]) {
    if (keptHashes[slot] === hash && key.length === length && sameLowerCase(key, text, start)) return key;
    slot = (slot + 1) & keptMask;
  }
  if (keptCount >= keptSize / 2) {
    keptKeys.fill(undefined);
    keptCount = 0;
    slot = hash & keptMask;
  }
  // (A copy of its own: a slice of 13 or more characters would be a view that keeps the block's text alive.)
  const key = detached(text.slice(start, end).toLowerCase());
  keptKeys[slot] = key;
  keptHashes[slot] = hash;
  keptCount++;
  return key;
}

const maxKeptKey = 40;
const keptSize = 1 << 15;
const keptMask = keptSize - 1;
const keptKeys: (string | undefined)[] = new Array(keptSize).fill(undefined);
const keptHashes = new Int32Array(keptSize);
let keptCount = 0;

function sameLowerCase(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    const code = text.charCodeAt(start + k);
    if (key.charCodeAt(k) !== (code | lowerBit(code))) return false;
  }
  return true;
}

function detached(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/**
 * A superscript citation that lost its formatting sticks to the word before it: "metastasis14,15", "expression3" (text
 * pasted from a PDF, or a Markdown or LaTeX source that typed it so). A word of four or more lower-case letters with one
 * to three digits after it, before a space, punctuation or the end, is read as the letters alone: the digits are a
 * reference, and the word is the name it ends (issue 7, stop 34). A symbol keeps its digits: "STAT3", "Ki67", "p53",
 * "pcDNA3" have a capital or fewer letters.
 */
function withoutCitationDigits(text: string, words: Word[]): Word[] {
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const last = text.charCodeAt(word.end - 1);
    if (last < 48 || last > 57) continue;
    const shape = citedWord.exec(wordText(text, word));
    if (!shape) continue;
    const after = text.charCodeAt(word.end);
    // Before a space, the end, or punctuation that may close or continue the reference (",15", "–17", ")").
    if (!(Number.isNaN(after) || after === 32 || after === 10 || after === 9 || citationFollowers.has(text[word.end]))) continue;
    const letters = shape[1];
    // "TGF-beta1", "IL-1alpha2": a Greek letter's name, or a word joined to a name before it, keeps its digits.
    if (greekNames.has(letters) || (word.start > 0 && (text[word.start - 1] === '-' || text[word.start - 1] === '/'))) continue;
    words[k] = { start: word.start, end: word.start + letters.length, normalized: letters };
  }
  return words;
}
const citedWord = /^([a-z]{4,})\d{1,3}$/;
const greekNames: ReadonlySet<string> = new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta', 'iota', 'kappa', 'lambda', 'sigma', 'omega', 'omicron', 'upsilon']);
const citationFollowers: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', ']', '\u2013', '-', '\u2014', '\u00a0']);

const isLeadSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isTrailSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

export function recognizeEntities(
  text: string,
  lexicon: Lexicon,
  abbreviations: DocumentAbbreviations = noAbbreviations,
  from = 0,
  to = text.length,
): EntityMention[] {
  const words = withoutCitationDigits(text, readWords(text, from, to));
  // The lexicon's key trie, found once per call rather than once per word (a WeakMap look-up for each word of a
  // draft, ~90k per 100k words; issue 10).
  const trie = keyTrie(lexicon);
  const mentions: EntityMention[] = [];
  // A name with "-like" after it ("insulin" in "insulin-like growth factors"), until the next mention.
  let like: EntityMention | undefined;
  // Where each word sequence is read: one object for the call, set afresh for each first word (longestMatchAt).
  const site: Site = { text, start: 0, end: 0, surface: undefined, following: undefined };
  let i = 0;
  let elementEnd: number | undefined;
  while (i < words.length) {
    // "in response to hypoxia" is a cause, hypoxia, not the process GO names "response to hypoxia" (issue 7): the
    // idiom's two words are passed over, and what follows is recognised on its own.
    if (words[i].normalized === 'response' && inResponseTo(text, words, i)) {
      i += 2;
      continue;
    }
    const found = resistanceToTherapyAt(text, words, i, to, lexicon) ?? cutBeforeLongerName(text, words, i, longestMatchAt(text, words, i, lexicon, abbreviations, trie, site), lexicon, abbreviations, trie, site) ?? phosphoWordAt(text, words[i], lexicon, abbreviations) ?? recombinantWordAt(text, words, i, lexicon, abbreviations, trie, site);
    const byNumber = found && memberByNumberAt(text, words, found, lexicon, abbreviations);
    // "Signal transducers and activators of transcription 5" with no member the lexicon knows by that name: no mention.
    if (byNumber === 'unknown member') {
      like = undefined;
      i = (found?.nextWord ?? i) + 1;
      continue;
    }
    const match = isoformAt(text, words, i, byNumber ?? found, lexicon, abbreviations, trie, site) ?? byNumber ?? found;
    if (match && resemblanceAfter(text, match.mention, to)) {
      like = match.mention;
      i = match.nextWord ?? i + 1;
    } else if (match && namesReceptorOfClass(text, match.mention, to)) {
      i = match.nextWord ?? i + 1;
    } else if (match && namesSubunitOfFamily(text, match.mention, to, lexicon)) {
      i = match.nextWord ?? i + 1;
    } else if (match && namesBindingProtein(text, match.mention, to)) {
      i = match.nextWord ?? i + 1;
    } else if (match && namesCoReceptor(text, match.mention, to, lexicon)) {
      i = match.nextWord ?? i + 1;
    } else if (match && progressionOfProcess(text, match.mention, mentions[mentions.length - 1], lexicon)) {
      i = match.nextWord ?? i + 1;
    } else if (match && (elementEnd = responseElementEnd(text, match.mention, to, lexicon)) !== undefined) {
      // The element's other names ("CEBP-ATF response element") go with it.
      i = match.nextWord ?? i + 1;
      while (i < words.length && words[i].start < elementEnd) i++;
    } else if (match) {
      // The name the "-like" compound makes runs from its first word: "insulin-like growth factor" as one mention.
      const joined = like && /^[-\u2010-\u2015]like\s+$/i.test(text.slice(like.end, match.mention.start))
        ? { ...match.mention, start: like.start, text: text.slice(like.start, match.mention.end) }
        : match.mention;
      like = undefined;
      mentions.push(phosphoForm(text, joined, from, to));
      i = match.nextWord ?? i + 1;
      const siblings = slashSiblings(text, match.mention, lexicon, abbreviations, to);
      if (siblings.length > 0) {
        mentions.push(...siblings);
        const last = siblings[siblings.length - 1].end;
        while (i < words.length && words[i].start < last) i++;
      }
    } else {
      i++;
    }
  }
  const linked = pathwaysOfLinkedMembers(text, mentions, lexicon, abbreviations, from, to);
  const read = pathwaysAfterBracket(text, familiesNamedInFull(text, pathwaysNamedInFull(text, linked, lexicon, abbreviations, from, to), lexicon, abbreviations, from, to), lexicon, abbreviations, from, to);
  return adjectivesSharingHead(text, read, from, to, (surface) => resolve(normalizeTerm(surface), { text, start: 0, end: 0, surface, following: '' }, lexicon, abbreviations));
}

/** Entity types a Greek isoform letter may follow: single molecules, never a family, pathway, process or place. */
const isoformBaseTypes: ReadonlySet<string> = new Set(['cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein']);

/**
 * A gene's isoform named by a Greek letter on its symbol (isoforms.ts): "STAT3α" and "Stat3alpha" (one word the
 * lexicon has no name for, whose symbol it has), "STAT3-β" and "STAT3 beta" (the symbol matched, the letter after
 * it). A name the lexicon has for the whole ("HIF-1α", "IL-1β", "TGF-β", "PDGFRα", "GSK3β") is matched as that
 * name before this is asked, or is longer than the symbol, so it is never read as an isoform. Only a symbol the
 * lexicon types as one molecule: a family's letter ("integrin α", "PKCα", "p38α") names a member, not an isoform.
 */
function isoformAt(
  text: string,
  words: Word[],
  i: number,
  found: { mention: EntityMention; nextWord?: number } | undefined,
  lexicon: Lexicon,
  abbreviations: DocumentAbbreviations,
  trie: KeyTrie,
  site: Site,
): { mention: EntityMention; nextWord?: number } | undefined {
  if (found) {
    const after = isoformLetterAfter.exec(text.slice(found.mention.end, Math.min(text.length, found.mention.end + 7)));
    if (!after || !moleculeMention(found.mention, lexicon)) return undefined;
    const id = isoformId(found.mention.entityId, after[1]);
    const end = found.mention.end + after[0].length;
    let next = found.nextWord ?? i + 1;
    while (next < words.length && words[next].start < end) next++;
    return id ? { mention: { entityId: id, start: found.mention.start, end, text: text.slice(found.mention.start, end) }, nextWord: next } : undefined;
  }
  const word = words[i];
  if (!spelledGreekEnd.test(word.normalized)) return undefined;
  const fused = fusedIsoform.exec(text.slice(word.start, word.end));
  if (!fused || fused[1].length < 3) return undefined;
  const baseEnd = word.start + fused[1].length;
  const base = longestMatchAt(text, [{ start: word.start, end: baseEnd, normalized: normalizeTerm(fused[1]) }], 0, lexicon, abbreviations, trie, site);
  if (!base || base.mention.end !== baseEnd || !moleculeMention(base.mention, lexicon)) return undefined;
  const id = isoformId(base.mention.entityId, fused[2]);
  return id ? { mention: { entityId: id, start: word.start, end: word.end, text: text.slice(word.start, word.end) }, nextWord: i + 1 } : undefined;
}

const spelledGreekEnd = /(?:alpha|beta|gamma)$/;

function moleculeMention(mention: EntityMention, lexicon: Lexicon): boolean {
  if (mention.aspect !== undefined) return false;
  const entry = lexicon.lookup(normalizeTerm(mention.text))?.find((e) => e.entityId === mention.entityId);
  const type = lexicon.typeOf?.(mention.entityId) ?? entry?.type;
  return entry !== undefined && entry.family !== true && type !== undefined && isoformBaseTypes.has(type);
}

/**
 * The entity a pathway's name makes with the first of its heads' spellings the lexicon knows ("PI3K-Akt" with
 * "signalling pathway", "pathway", ...; an empty spelling is the name alone): shared by the readings of pathways
 * written in full below.
 */
function pathwayWithHead(name: string, heads: readonly string[], text: string, lexicon: Lexicon, abbreviations: DocumentAbbreviations): string | null | undefined {
  let found: string | null | undefined;
  for (const spelling of heads) {
    const surface = spelling ? `${name} ${spelling}` : name;
    found = resolve(normalizeTerm(surface), { text, start: 0, end: 0, surface, following: '' }, lexicon, abbreviations);
    if (found) break;
  }
  return found;
}

/**
 * "the phosphatidylinositol 3-kinase-Akt-mammalian target of rapamycin axis", "the phosphoinositide 3-kinase/Akt
 * signalling": a pathway written as its members, each recognised on its own, joined by hyphens or slashes before
 * "axis", "pathway", "cascade" or "signalling", is the pathway their symbols name ("PI3K-Akt-mTOR axis"), when the
 * lexicon knows that name; the members' own mentions give way to it (stop 46: only the last member was read, and the
 * claim on the axis found none of the library's findings on it). The run is read from its first member, and failing
 * that from each later one (a word before the pathway may be joined to it by a hyphen too); two members at least, and
 * joined names that name nothing read nothing. The short forms ("PI3K-Akt-mTOR axis") are read whole before this.
 */
const linkedMemberJoin = /^\s*[-\u2010-\u2015/]\s*$/;
const linkedPathwayHead = /^\s+((?:signal(?:l)?ing\s+)?(?:pathways?|cascades?|axis|axes)|signal(?:l)?ing)\b/i;

function pathwaysOfLinkedMembers(text: string, mentions: EntityMention[], lexicon: Lexicon, abbreviations: DocumentAbbreviations, from: number, to: number): EntityMention[] {
  if (mentions.length < 2 || !lexicon.symbolOf || !/\b(?:pathways?|cascades?|ax[ie]s|signal(?:l)?ing)\b/i.test(text.slice(from, to))) return mentions;
  let result = mentions;
  let runStart = 0;
  for (let i = 0; i < mentions.length; i++) {
    const last = mentions[i];
    if (i > runStart && !linkedMemberJoin.test(text.slice(mentions[i - 1].end, last.start))) runStart = i;
    if (i === runStart) continue;
    const head = linkedPathwayHead.exec(text.slice(last.end, to));
    if (!head) continue;
    const end = last.end + head[0].length;
    // "signalling pathway" where the lexicon writes "pathway", "signalling" or nothing after the names.
    const heads = [head[1], head[1].replace(/^signal(?:l)?ing\s+/i, ''), ''];
    for (let first = runStart; first < i; first++) {
      const run = mentions.slice(first, i + 1);
      const names = run.map((mention) => lexicon.symbolOf!(mention.entityId) ?? mention.text).join('-');
      const found = pathwayWithHead(names, heads, text, lexicon, abbreviations);
      if (!found) continue;
      const start = run[0].start;
      const pathway: EntityMention = { entityId: found, start, end, text: text.slice(start, end) };
      result = [...result.filter((mention) => mention.end <= start || mention.start >= end), pathway].sort((a, b) => a.start - b.start);
      break;
    }
  }
  return result;
}

/**
 * "the Janus kinase (JAK)–signal transducer and activator of transcription (STAT) pathway": a pathway written as
 * its two members' long forms, each with its short form in brackets, is the pathway the short forms name ("JAK-STAT
 * pathway"), when the lexicon knows that name; the long forms' own mentions give way to it. The second member may
 * come without its bracket: as its short form alone ("Janus kinase (JAK)/STAT pathway") or as its long form alone,
 * whose initials (less "and", "of", "the") are the short form ("Janus kinase (JAK)/signal transducer and activator
 * of transcription pathway": STAT). The lexicon must know the joined name, so initials that name nothing read
 * nothing. The two members may be joined by "and" under one singular head, "the Janus kinase (JAK) and signal
 * transducers and activators of transcription (STAT) pathway" (stop 43: only JAK was read, and the sentence had no
 * actor with findings); a plural head after "and" is each member's own pathway, "the mitogen-activated protein
 * kinase (MAPK) and extracellular signal-regulated kinase (ERK) pathways", and stays two mentions. A rare shape: one
 * test of the text for ")-", ")/" or ") and" first.
 */
const fullPathwayName = /\(([A-Za-z][A-Za-z0-9]{1,9})\)(\s*[-\u2010-\u2015/]\s*|\s+and\s+)(?:[^()]{3,80}?\(([A-Za-z][A-Za-z0-9]{1,9})\)|([A-Z][A-Za-z0-9]{1,9})|([a-z][a-z]+(?:[\s-]+[a-z]+){1,9}?))\s+((?:signal(?:l)?ing\s+)?(?:pathways?|cascades?|axis))\b/g;

/** The short form a long form's initials make: "signal transducer and activator of transcription" -> "STAT". */
function initialsOf(longForm: string): string {
  return longForm.split(/[\s-]+/).filter((word) => !/^(?:and|of|the|for|in|to)$/i.test(word)).map((word) => word[0].toUpperCase()).join('');
}

function pathwaysNamedInFull(text: string, mentions: EntityMention[], lexicon: Lexicon, abbreviations: DocumentAbbreviations, from: number, to: number): EntityMention[] {
  const region = text.slice(from, to);
  if (!/\)(?:\s*[-\u2010-\u2015/]|\s+and\s)/.test(region)) return mentions;
  let result = mentions;
  fullPathwayName.lastIndex = 0;
  for (let m = fullPathwayName.exec(region); m; m = fullPathwayName.exec(region)) {
    const [, firstShort, joiner, secondShort, secondBare, secondLong, head] = m;
    // "A (X) and B (Y) pathways": a plural head after "and" is each member's own pathway, no joined one.
    if (/and/.test(joiner) && /(?:pathways|cascades)$/i.test(head)) continue;
    const open = from + m.index;
    // The first long form is a mention that ends right before its bracket.
    const first = result.find((mention) => mention.end <= open && /^\s*$/.test(text.slice(mention.end, open)));
    if (!first) continue;
    const second = secondShort ?? secondBare ?? initialsOf(secondLong);
    // "signalling pathway" where the lexicon writes "pathway" or "signalling" alone: each spelling the lexicon may list.
    const heads = [head, head.replace(/^signal(?:l)?ing\s+/i, ''), head.replace(/\s+(?:pathways?|cascades?|axis)$/i, '')];
    const found = pathwayWithHead(`${firstShort}-${second}`, heads, text, lexicon, abbreviations);
    if (!found) continue;
    const end = open + m[0].length;
    const pathway: EntityMention = { entityId: found, start: first.start, end, text: text.slice(first.start, end) };
    result = [...result.filter((mention) => mention.end <= first.start || mention.start >= end), pathway].sort((a, b) => a.start - b.start);
  }
  return result;
}

/**
 * "signal transducer and activator of transcription (STAT) proteins" (or "... (STAT) signal cascade"): a family written
 * as its long form with the short form in brackets, then the family's head noun, is the family the short form and the
 * head name ("STAT proteins"), when the lexicon knows that name and the long form's initials (less "and", "of", "the") are the short form (issue 7,
 * stop 40: the long form alone names no entity, so the bracket took the short form's meaning away and nothing was read).
 * A rare shape: one test of the text for ") " before a head noun first.
 */
const familyAfterBracket = /\(([A-Za-z][A-Za-z0-9]{1,9})\)\s+((?:family\s+)?(?:proteins?|members?)|family|transcription\s+factors?|signal\s+cascades?)\b/g;

function familiesNamedInFull(text: string, mentions: EntityMention[], lexicon: Lexicon, abbreviations: DocumentAbbreviations, from: number, to: number): EntityMention[] {
  const region = text.slice(from, to);
  if (!/\)\s+(?:family|proteins?|members?|transcription|signal\s+cascade)/i.test(region)) return mentions;
  let result = mentions;
  familyAfterBracket.lastIndex = 0;
  for (let m = familyAfterBracket.exec(region); m; m = familyAfterBracket.exec(region)) {
    const open = from + m.index;
    const shortForm = m[1].toUpperCase();
    // The long form: the fewest words before the bracket whose initials are the short form.
    const before = text.slice(Math.max(from, open - 160), open);
    const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)];
    let start: number | undefined;
    for (let n = 2; n <= Math.min(words.length, shortForm.length * 2 + 2); n++) {
      const first = words[words.length - n];
      const longForm = before.slice(first.index);
      if (!/^[\p{L}\p{N}\s'-]+$/u.test(longForm.trimEnd())) break;
      if (initialsOf(longForm.trim()) === shortForm) {
        start = open - before.length + first.index;
        break;
      }
    }
    if (start === undefined) continue;
    // A signal cascade after the bracket is the family's signalling, as "the STAT signal cascade" is read: the family
    // is the one its proteins name, and the cascade's words stay after the mention.
    const cascade = /^signal\s/i.test(m[2]);
    const surface = `${m[1]} ${cascade ? 'proteins' : m[2]}`;
    const found = resolve(normalizeTerm(surface), { text, start: 0, end: 0, surface, following: '' }, lexicon, abbreviations);
    if (!found) continue;
    const end = cascade ? open + m[0].indexOf(')') + 1 : open + m[0].length;
    const family: EntityMention = { entityId: found, start, end, text: text.slice(start, end) };
    result = [...result.filter((mention) => mention.end <= start! || mention.start >= end), family].sort((a, b) => a.start - b.start);
  }
  return result;
}

/**
 * "its receptor (IGF-1R) pathway", "its receptor (IGF-1R) signalling pathway": a pathway head after a bracketed
 * short form is the pathway the short form names ("IGF-1R pathway"), when the lexicon knows that name, as it is when
 * written without the bracket (issue 7, stop 40: the bracket cut the head off, so the molecule alone was read). Only
 * when the words before the bracket name nothing ("its receptor (IGF-1R) pathway"): the pathway starts at the short
 * form. A long form the lexicon names ("the IGF-1 receptor (IGF-1R) pathway") is left as read: taking the pathway
 * there too moved a held-out set's basis down (h-con40b). A rare shape: one test for ") pathway" first.
 */
const pathwayAfterBracket = /\(([A-Za-z][A-Za-z0-9α-ω/-]{1,14})\)\s+((?:signal(?:l)?ing\s+)?(?:pathways?|cascades?|axis))\b/g;

function pathwaysAfterBracket(text: string, mentions: EntityMention[], lexicon: Lexicon, abbreviations: DocumentAbbreviations, from: number, to: number): EntityMention[] {
  const region = text.slice(from, to);
  if (!/\)\s+(?:signal(?:l)?ing\s+)?(?:pathways?|cascades?|axis)\b/i.test(region)) return mentions;
  let result = mentions;
  pathwayAfterBracket.lastIndex = 0;
  for (let m = pathwayAfterBracket.exec(region); m; m = pathwayAfterBracket.exec(region)) {
    const open = from + m.index;
    const found = pathwayWithHead(m[1], [m[2], m[2].replace(/^signal(?:l)?ing\s+/i, '')], text, lexicon, abbreviations);
    if (!found) continue;
    // A long form the lexicon names is read as the participant already; only a short form standing for words that
    // name nothing ("its receptor") is given the pathway.
    if (result.some((mention) => mention.end <= open && /^\s*$/.test(text.slice(mention.end, open)))) continue;
    const start = open + 1;
    const end = open + m[0].length;
    const pathway: EntityMention = { entityId: found, start, end, text: text.slice(start, end) };
    result = [...result.filter((mention) => mention.end <= start || mention.start >= end), pathway].sort((a, b) => a.start - b.start);
  }
  return result;
}

/**
 * A class of ligands named before "receptor" names the receptors, not the ligands: "cytokine receptors",
 * "growth factor receptors", "insulin-like growth factor receptors", "a cytokine-specific receptor" are no cytokines or growth factors (a claim that
 * took them for the class would be about the ligands). A receptor the lexicon names whole ("epidermal growth
 * factor receptor") is the longer match and never reaches this test.
 */
const ligandClass = /^(?:(?:pro-?\s*)?inflammatory\s+)?(?:cytokines?|chemokines?|growth\s+factors?|interleukins?|hormones?|insulin[-\u2010-\u2015\s]like\s+growth\s+factors?|IGFs?)$/i;
const receptorAfter = /^(?:\s*-\s*|\s+)(?:(?:specific|type|family|class|cognate)(?:\s*-\s*|\s+)){0,2}receptors?\b/i;

/**
 * "insulin-like growth factors", "fibroblast-like cells", "an EGF-like domain": a name with "-like" after it says
 * what something resembles, and the compound names another thing (the IGFs are not insulin; the cells are not
 * fibroblasts). The name is not a mention; what follows is read on its own.
 */
function resemblanceAfter(text: string, mention: EntityMention, to: number): boolean {
  // (The dash first, by its code: asked after every match.)
  const dash = text.charCodeAt(mention.end);
  if (mention.end >= to || (dash !== 45 && (dash < 0x2010 || dash > 0x2015))) return false;
  return /^[-\u2010-\u2015]like\b/i.test(text.slice(mention.end, Math.min(to, mention.end + 6)));
}

/**
 * "Signal Transducers and Activators of Transcription 3", "matrix metalloproteinases 9": a family's name in the plural
 * with a member's number after it names that member, the name the lexicon knows in the singular ("signal transducer
 * and activator of transcription 3", STAT3). The plural's words made singular, with the number, are looked up, and
 * failing that the short form in brackets after it ("... transcription 5 (STAT5)"); with neither, the words
 * name a member the lexicon does not know and are no mention at all, as a family's name with an unknown subunit
 * letter is not (namesSubunitOfFamily) (issue 7, stop 40: the plural long form was read as the STAT family, and a
 * claim on the family is backed by any member's finding; at first only with a member found, stop 40 round 2 without).
 */
function memberByNumberAt(
  text: string, words: readonly Word[], match: { mention: EntityMention; nextWord?: number }, lexicon: Lexicon, abbreviations: DocumentAbbreviations,
): { mention: EntityMention; nextWord: number } | 'unknown member' | undefined {
  if (match.nextWord === undefined) return undefined;
  const { mention } = match;
  // "matrix metalloproteinase (MMP)-11", "... (MMP) 11": the family's bracketed short form before the number is passed
  // over as inside any name (bracketedInsideName), and with the number names the member ("MMP-11") or no mention; read
  // as the family, a member with no finding was backed by a sibling's (h-w19b42).
  const firstWord = wordStartingAt(words, mention.start);
  const bracketed = firstWord !== undefined && words[match.nextWord] !== undefined && bracketedInsideName(text, firstWord, words[match.nextWord]);
  const numberAt = bracketed ? match.nextWord + 1 : match.nextWord;
  const number = words[numberAt];
  const between = number ? text.slice(mention.end, number.start) : '';
  const tie = bracketed ? /^[ \t]*\([\p{L}\p{N}]+\)[-\u2010\u2011\u2013 ]?$/u : /^[ \t]+$/u;
  if (!number || number.end - number.start > 2 || !/^\d+$/.test(number.normalized) || !tie.test(between)) return undefined;
  const after = text.slice(number.end, number.end + 12);
  if (/^[-\u2010-\u2015.,]?[\p{L}\p{N}]/u.test(after)) return undefined;
  // "STATs 3 and 5": two members, of which this reading would keep one; the family's mention stays.
  if (/^\s*(?:,|\/|and\b|or\b)\s*\d/.test(after)) return undefined;
  if (!lexicon.lookup(normalizeTerm(mention.text))?.some((entry) => entry.entityId === mention.entityId && (entry.family === true || entry.type === 'protein-family'))) return undefined;
  const singular = `${mention.text.split(/\s+/).map((word) => (word.length > 3 && /[^su]s$/i.test(word) ? word.slice(0, -1) : word)).join(' ')} ${number.normalized}`;
  const short = /^\s*\(([\p{L}\p{N}-]{2,12})\)/u.exec(text.slice(number.end, number.end + 16))?.[1];
  const member = resolve(normalizeTerm(singular), { text, start: mention.start, end: number.end, surface: singular, following: after }, lexicon, abbreviations)
    ?? (short ? resolve(normalizeTerm(short), { text, start: number.end, end: number.end, surface: short, following: '' }, lexicon, abbreviations) : undefined)
    // "matrix metalloproteinase (MMP)-11": the bracketed short form with the number, "MMP-11".
    ?? (bracketed ? symbolWithNumber(`${wordText(text, words[match.nextWord])}-${number.normalized}`, text, number.end, lexicon, abbreviations) : undefined);
  if (!member) return 'unknown member';
  if (member === mention.entityId) return undefined;
  return { mention: { entityId: member, start: mention.start, end: number.end, text: text.slice(mention.start, number.end) }, nextWord: numberAt + 1 };
}

/**
 * The word that starts at `start`, found by halving: the words are in text order. (Was `words.find`, a scan from the
 * block's first word for every match: in one paragraph of 300 kB, ~50k words and ~10k matches, a quarter of the
 * check's CPU, growing with the square of the paragraph; issue 10, stop 50.)
 */
export function wordStartingAt<W extends { start: number }>(words: readonly W[], start: number): W | undefined {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle].start < start) low = middle + 1;
    else high = middle;
  }
  return low < words.length && words[low].start === start ? words[low] : undefined;
}

/** A bracketed short form with the number after it, "MMP-11", as the lexicon knows it. */
function symbolWithNumber(symbol: string, text: string, at: number, lexicon: Lexicon, abbreviations: DocumentAbbreviations): string | null | undefined {
  return resolve(normalizeTerm(symbol), { text, start: at, end: at, surface: symbol, following: '' }, lexicon, abbreviations);
}

/**
 * "integrin β1", "integrin αvβ3", "integrin alpha-5": a family's name with a subunit letter after it names one
 * member (or one pair), not the family. A member the lexicon knows by that name is the longer match and never
 * reaches this test; one it does not know is no mention at all, so that a finding about the family (integrins
 * raised in hypoxic tumours) is never taken to back a claim about one of its members.
 */
const subunitAfter = /^\s+(?:[\u03b1-\u03c9](?:[\u03b1-\u03c9a-z]{0,2}\d{0,2}[a-z]?)*|(?:alpha|beta|gamma|delta|epsilon|kappa|zeta|theta)(?:[\s-]?\d{1,2}[a-z]?)?)(?![\w-])/iu;

function namesSubunitOfFamily(text: string, mention: EntityMention, to: number, lexicon: Lexicon): boolean {
  // The pattern opens with white space: a name before an ASCII character that is none has no subunit after it.
  const after = text.charCodeAt(mention.end);
  if (mention.end >= to || (after < 128 && after !== 32 && (after < 9 || after > 13))) return false;
  if (!subunitAfter.test(text.slice(mention.end, Math.min(to, mention.end + 16)))) return false;
  return lexicon.lookup(normalizeTerm(mention.text))?.some((entry) => entry.entityId === mention.entityId && (entry.family === true || entry.type === 'protein-family')) ?? false;
}

/**
 * "IGF-binding proteins", "a STAT3-interacting protein", "the IL-6-binding partner": a name before "binding protein"
 * names the protein that holds it, another molecule (issue 7, stop 39: "IGF-binding proteins promote HCC
 * progression" was read as IGF-1 promoting it, and a finding on IGF-1 backed it). A binding protein the lexicon
 * names whole ("IGF binding protein-3", IGFBP3) is the longer match and never reaches this test; one it does not
 * know is no mention at all.
 */
const bindingProteinAfter = /^(?:\s*[-\u2010-\u2015]\s*|\s+)(?:binding|interacting)\s+(?:proteins?|partners?|factors?)\b/i;

function namesBindingProtein(text: string, mention: EntityMention, to: number): boolean {
  return bindingProteinAfter.test(text.slice(mention.end, Math.min(to, mention.end + 32)));
}

/**
 * "the IL-6 co-receptor gp130", "loss of the IL-11 co-receptor": a ligand's name before "co-receptor" names a chain of
 * its receptor, not the ligand (issue 7, stop 52: a loss of the co-receptor was read as the ligand's loss, and a
 * finding on the ligand backed it). A ligand is a name the lexicon also knows "<name> receptor" of, as another entity;
 * a receptor named before the word ("the CD4 co-receptor") has none and stays. No mention: the chain named after it,
 * or the receptor the writer names in full, is recognised on its own.
 */
const coReceptorAfter = /^(?:\s*[-\u2010-\u2015]\s*|\s+)co[-\u2010-\u2015]?receptors?\b/i;

function namesCoReceptor(text: string, mention: EntityMention, to: number, lexicon: Lexicon): boolean {
  if (!coReceptorAfter.test(text.slice(mention.end, Math.min(to, mention.end + 16)))) return false;
  return lexicon.lookup(normalizeTerm(`${mention.text} receptor`))?.some((entry) => entry.entityId !== mention.entityId) ?? false;
}

/**
 * "EMT progression", "fibrosis progression": the bare word "progression" right after a process names that process's
 * own course, not the tumour's (the lexicon keeps the bare word as tumour progression for "HCC progression", "drives
 * progression"). A claim read on it was about the cancer worsening, and a finding on tumour progression backed it
 * (issue 7, stop 52). After a cancer, a cell or a molecule the word stays tumour progression.
 */
function progressionOfProcess(text: string, mention: EntityMention, before: EntityMention | undefined, lexicon: Lexicon): boolean {
  // A process named by its adjective, "metastatic progression", "invasive progression", describes the tumour's own.
  if (before === undefined || !/^progression$/i.test(mention.text) || /(?:ic|ive|al|ous)$/i.test(before.text)) return false;
  if (!/^(?:\s+|\s*[-\u2010-\u2015]\s*)$/.test(text.slice(before.end, mention.start))) return false;
  return before.entityId !== mention.entityId && (lexicon.lookup(normalizeTerm(before.text))?.find((entry) => entry.entityId === before.entityId)?.type ?? lexicon.typeOf?.(before.entityId)) === 'process';
}

/**
 * "a CEBP-ATF response element", "the STAT3-responsive element", "NF-κB/AP-1 response elements": a molecule's name
 * (with the names joined to it by a hyphen or a slash) before "response element" or "responsive element" names a
 * stretch of DNA that the molecule binds, not the molecule as a partner of the sentence's verb (issue 7, stop 52:
 * "X binds a CEBP-ATF response element" was read as X binding C/EBPβ). Only molecules: "hypoxia response element"
 * keeps its condition. Returns where the element's name ends.
 */
const responseElementAfter = /^(?:\s*[-\u2010-\u2015/]\s*[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)?){0,2}(?:\s*[-\u2010-\u2015]\s*|\s+)(?:response|responsive)\s+elements?\b/iu;

function responseElementEnd(text: string, mention: EntityMention, to: number, lexicon: Lexicon): number | undefined {
  const found = responseElementAfter.exec(text.slice(mention.end, Math.min(to, mention.end + 48)));
  if (!found) return undefined;
  const type = lexicon.typeOf?.(mention.entityId);
  return type !== undefined && moleculeTypes.has(type) ? mention.end + found[0].length : undefined;
}

function namesReceptorOfClass(text: string, mention: EntityMention, to: number): boolean {
  return ligandClass.test(mention.text) && receptorAfter.test(text.slice(mention.end, Math.min(to, mention.end + 40)));
}

/**
 * "resistance to many kinds of anticancer therapy", "resistant to standard treatments", "resistance to conventional
 * chemotherapies", "resistance to cancer therapies" (the disease as the noun's modifier, issue 7, stop 40), "resistance to
 * current cancer therapeutics" (the plural noun of the drugs themselves, stop 43): resistance to treatment named by a class noun with words of kind or number before it is the
 * drug resistance the lexicon names "therapy resistance" (chemotherapy's own when the noun is chemotherapy). The
 * lexicon's terms hold only the bare forms ("resistance to chemotherapy"); a named drug after "to" is left to them
 * and to the drug-resistance readings (kb/outcomes.ts, claims/roles.ts), since no class noun ends the phrase then.
 */
const resistanceToTherapy = new RegExp(
  String.raw`^(?:resistance|resistant|refractory|refractoriness|sensitivity|sensitive|susceptibility|susceptible)\s+to\s+(?:(?:the|a|many|most|all|various|several|multiple|numerous|different|diverse|common|commonly|standard|conventional|current|currently|available|existing|established|approved|used|routine|systemic|cytotoxic|first-line|frontline|front-line|anti-?cancer|anti-?tumou?r|anti-?neoplastic|cancer|tumou?r|oncologic(?:al)?|therapeutic|medical|clinical|kinds?|types?|forms?|classes|lines?|of|and|or)\s+){0,6}` +
    String.raw`(chemotherap(?:y|ies)|chemotherapeutics|chemotherapeutic\s+(?:drugs|agents)|therapy|therapies|therapeutics|treatments?|drugs|agents|regimens)\b`,
  'iu',
);

/**
 * The same phrase for the opposite outcome: "sensitive to anticancer therapy", "sensitivity to conventional
 * chemotherapies" name the sensitivity the lexicon calls "therapy sensitivity" (chemotherapy's own for chemotherapy).
 */
const sensitivityWords = new Set(['sensitivity', 'sensitive', 'susceptibility', 'susceptible']);

/** Examples named after a class noun: ", such as", "like", "including", "e.g.". */
const namedExampleAfter = /^\s*,?\s*(?:such\s+as|like|including|e\.g\.,?|for\s+example,?)\s/i;

/**
 * Whether one of the eight words from `from` (the examples after "such as", "including") names a drug the lexicon
 * knows or a kind of treatment, which claims/impliedMentions.ts `kindThenExamples` reads ("including radiotherapy").
 */
const treatmentExample = /^(?:radio|radiation|irradiat|chemo|immuno|ioni[sz]ing)/i;
function drugAmongExamples(words: readonly Word[], from: number, to: number, lexicon: Lexicon): boolean {
  let seen = 0;
  for (const word of words) {
    if (word.start < from) continue;
    if (word.start >= to || seen++ >= 8) break;
    if (treatmentExample.test(word.normalized) || lexicon.lookup(word.normalized)?.some((e) => (e.type ?? lexicon.typeOf?.(e.entityId)) === 'drug')) return true;
  }
  return false;
}

function resistanceToTherapyAt(text: string, words: readonly Word[], i: number, to: number, lexicon: Lexicon): { mention: EntityMention; nextWord: number } | undefined {
  const first = words[i].normalized;
  const sensitive = sensitivityWords.has(first);
  if (!sensitive && first !== 'resistance' && first !== 'resistant' && first !== 'refractory' && first !== 'refractoriness') return undefined;
  const found = resistanceToTherapy.exec(text.slice(words[i].start, Math.min(to, words[i].start + 160)));
  if (!found) return undefined;
  // "resistance to chemotherapeutic agents such as cisplatin": the class is followed by the drug it means, and the
  // drug-resistance readings name that drug (resistance to cisplatin), so the class is not read again as well.
  // Only a drug the lexicon knows is so named: "resistance to current chemotherapeutic drugs including DNA-damaging
  // agents and proteasome inhibitors" names classes no reading takes, and the class of treatment is read (stop 50).
  const cue = namedExampleAfter.exec(text.slice(words[i].start + found[0].length, Math.min(to, words[i].start + found[0].length + 30)));
  if (cue && drugAmongExamples(words, words[i].start + found[0].length + cue[0].length, to, lexicon)) return undefined;
  const key = `${/^chemo/i.test(found[1]) ? 'chemotherapy' : 'therapy'}${sensitive ? 'sensitivity' : 'resistance'}`;
  const entityId = lexicon.lookup(key)?.[0]?.entityId;
  if (!entityId) return undefined;
  const end = words[i].start + found[0].length;
  let nextWord = i + 1;
  while (nextWord < words.length && words[nextWord].start < end) nextWord++;
  return { mention: { entityId, start: words[i].start, end, text: text.slice(words[i].start, end) }, nextWord };
}

/** Whether words[i] is the "response" of "in response to", written with single spaces. */
function inResponseTo(text: string, words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  return before !== undefined && after !== undefined && before.normalized === 'in' && after.normalized === 'to' && before.end + 1 === words[i].start && words[i].end + 1 === after.start;
}

/** "pSTAT3", "pAkt", "pERK": a protein written with a leading p for its phosphorylated form. */
function phosphoWordAt(text: string, word: Word, lexicon: Lexicon, abbreviations: DocumentAbbreviations): { mention: EntityMention; nextWord?: number } | undefined {
  // (/^p[A-Z]/ by its codes: asked of every word that starts no match.)
  const second = text.charCodeAt(word.start + 1);
  if (text.charCodeAt(word.start) !== 112 || word.end - word.start < 2 || second < 65 || second > 90) return undefined;
  const written = wordText(text, word);
  const rest = written.slice(1);
  const found = resolve(normalizeTerm(rest), { text, start: word.end, end: word.end, surface: rest, following: undefined }, lexicon, abbreviations);
  if (!found) return undefined;
  return { mention: { entityId: found, start: word.start, end: word.end, text: written, aspect: 'phosphorylation' } };
}

/**
 * "rhIL-11", "rhIL-6", "rmIL-6", "rhEGF": a protein written with the lab's prefix for its recombinant human (rh) or
 * mouse (rm) form is the protein given to cells, animals or patients, as "recombinant IL-11" is (issue 7: the prefix
 * hid the cytokine, and a sentence about it was out of scope). Only a capital after the two letters, and only a
 * molecule: a name the lexicon types as a place (a cancer, a cell line or type) or a condition is never read through it.
 */
function recombinantWordAt(
  text: string,
  words: Word[],
  i: number,
  lexicon: Lexicon,
  abbreviations: DocumentAbbreviations,
  trie: KeyTrie,
  site: Site,
): { mention: EntityMention; nextWord?: number } | undefined {
  const word = words[i];
  // (/^r[hm][A-Z]/ by its codes: asked of every word that starts no match.)
  if (text.charCodeAt(word.start) !== 114 /* r */ || word.end - word.start < 4) return undefined;
  const second = text.charCodeAt(word.start + 1);
  const third = text.charCodeAt(word.start + 2);
  if ((second !== 104 /* h */ && second !== 109 /* m */) || third < 65 || third > 90) return undefined;
  const shifted = words.slice(i, i + lexicon.maxWords + 1);
  shifted[0] = { start: word.start + 2, end: word.end, normalized: normalizeTerm(text.slice(word.start + 2, word.end)) };
  const match = longestMatchAt(text, shifted, 0, lexicon, abbreviations, trie, site);
  if (!match) return undefined;
  const type = lexicon.lookup(normalizeTerm(match.mention.text))?.find((e) => e.entityId === match.mention.entityId)?.type;
  if (type !== undefined && (placeTypes.has(type) || type === 'condition')) return undefined;
  return { mention: { ...match.mention, start: word.start, text: text.slice(word.start, match.mention.end) }, nextWord: i + match.nextWord };
}

const phosphoBefore = /(?:\b(?:p|P|phospho|Phospho)-|\b(?:[Tt]yrosine|[Ss]erine|[Tt]hreonine|Tyr\d*|Ser\d*|Thr\d*)-phosphorylated\s+)$/;
const phosphoInside = /^(?:p-|phospho-?)(?=[A-Za-z])/i;
const residueAfter = /^\s*(?:\(\s*)?(?:p-?[YST]|Tyr|Ser|Thr|[YST])-?\d{2,4}(?:\s*\))?(?![\p{L}\p{N}])/u;

/** Widens a mention over the phospho prefix or residue that goes with it and marks it as the active form. */
function phosphoForm(text: string, mention: EntityMention, from: number, to: number): EntityMention {
  let { start, end } = mention;
  let phospho = mention.aspect === 'phosphorylation' || phosphoInside.test(mention.text) || /^p[A-Z]/.test(mention.text);
  // The pattern ends in "-" or in "-phosphorylated" and spaces: most mentions have neither before them, and the
  // end-anchored pattern is tried at each of the 40 positions.
  // (Both tests on the text in place: the window is cut only when one holds.)
  const windowStart = Math.max(from, start - 40);
  const before = (start > windowStart && text.charCodeAt(start - 1) === 45) || phosphorylatedIn(text, windowStart, start) ? phosphoBefore.exec(text.slice(windowStart, start)) : null;
  if (before) {
    start -= before[0].length;
    phospho = true;
  }
  const after = mayHoldResidue(text, end, Math.min(to, end + 20)) ? residueAfter.exec(text.slice(end, Math.min(to, end + 20))) : null;
  if (after && (phospho || /p|Tyr|Ser|Thr|\(/.test(after[0]))) {
    end += after[0].length;
    phospho = true;
  }
  if (!phospho) return mention;
  return { ...mention, start, end, text: text.slice(start, end), aspect: 'phosphorylation' };
}

/** Whether "-phosphorylated" stands whole in text[from, to). */
function phosphorylatedIn(text: string, from: number, to: number): boolean {
  for (let at = from; at + 15 <= to; at++) if (text.charCodeAt(at) === 45 && text.startsWith('-phosphorylated', at)) return true;
  return false;
}

/**
 * Whether `residueAfter` may match text[from, to): past ASCII white space its first character must open a residue, "(",
 * "p", "Y", "S" or "T" (any other ASCII character rules it out; beyond ASCII the pattern is asked). Asked after every
 * mention, nearly all of which have none.
 */
function mayHoldResidue(text: string, from: number, to: number): boolean {
  let at = from;
  for (let code = text.charCodeAt(at); at < to && (code === 32 || (code >= 9 && code <= 13)); code = text.charCodeAt(++at));
  if (at >= to) return false;
  const code = text.charCodeAt(at);
  return code >= 128 || code === 40 || code === 112 || code === 89 || code === 83 || code === 84;
}

/**
 * "MMP-2/9", "MMP-2/-9", "IL-6/-11": after a name ending in a number, a slash and another number name the
 * sibling with that number. So does a hyphened number in a list, the stem written once: "MMP-2, -9 and -13",
 * "IL-6 and -8", "CXCL-1, -2, or -5". Each sibling becomes its own mention over its number.
 */
function slashSiblings(text: string, mention: EntityMention, lexicon: Lexicon, abbreviations: DocumentAbbreviations, to: number): EntityMention[] {
  // A sibling starts with a slash right after the name, or a list's comma or "and"/"or" with a hyphen before the
  // number a few characters on: no other name is tried for its stem.
  if (mention.end >= to) return noMentions;
  const code = text.charCodeAt(mention.end);
  if (code !== 47 && !((code === 44 || code === 32) && hyphenedNumberSoon.test(text.slice(mention.end, mention.end + 10)))) return noMentions;
  const stem = /^(.*?[A-Za-z][\s-]?)\d+[A-Za-z]?$/.exec(mention.text);
  if (!stem) return noMentions;
  const siblings: EntityMention[] = [];
  let at = mention.end;
  for (let n = 0; n < 6; n++) {
    const next = siblingNumber.exec(text.slice(at, Math.min(to, at + 16)));
    if (!next) break;
    const surface = stem[1] + next[1];
    const found = resolve(normalizeTerm(surface), { text, start: 0, end: 0, surface, following: '' }, lexicon, abbreviations);
    if (!found) break;
    const start = at + next[0].length - next[1].length;
    siblings.push({ entityId: found, start, end: at + next[0].length, text: text.slice(start, at + next[0].length) });
    at += next[0].length;
  }
  return siblings;
}

/** A list's hyphened number close after a name: ", -9", " and -8". */
const hyphenedNumberSoon = /[-\u2010\u2011\u2013]\d/;

/**
 * The next sibling's number: after a slash (its hyphen optional), or after a list's comma, "and" or "or", where the
 * hyphen is required ("IL-6 and 8 other cytokines" names no IL-8).
 */
const siblingNumber = /^(?:\/-?|\s*,\s*(?:(?:and|or)\s+)?[-\u2010\u2011\u2013]|\s+(?:and|or)\s+[-\u2010\u2011\u2013])(\d+[A-Za-z]?)(?![\p{L}\p{N}])/u;

/** "H. pylori", "E. coli": a genus abbreviated to its capital initial and a full stop joins the species. */
function genusInitial(word: Word, text: string, from: number, to: number): boolean {
  return to - from === 2 && text.charCodeAt(from) === 46 && text.charCodeAt(from + 1) === 32 && word.end - word.start === 1 && text.charCodeAt(word.start) >= 65 && text.charCodeAt(word.start) <= 90;
}

/**
 * Whether `text[from, to)` may stand between two words of one term: at most three spaces, hyphens, dashes,
 * slashes, brackets and plus signs. Read in place: the recognizer asks it between every two words it lengthens
 * a term over.
 */
function joins(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  // A point between digits is inside a name, never a sentence's end (which a space follows): "RAW264.7", "Huh-7.5".
  if (to - from === 1 && text.charCodeAt(from) === 46 && isDigitCode(text.charCodeAt(from - 1)) && isDigitCode(text.charCodeAt(to))) return true;
  // A per cent sign after a number joins it to the next word: "1% O2", "0.5 % oxygen" (the lexicon's key drops the
  // sign as it drops every other mark, so without this no name with "%" was ever matched in text).
  const afterNumber = isDigitCode(text.charCodeAt(from - 1));
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (!joinerCodes.has(code) && !(code === 37 && afterNumber)) return false;
  }
  return true;
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** The characters `joins` accepts. */
const joinerCodes: ReadonlySet<number> = new Set([...' \t\r\n-‐‑–—/()+'].map((c) => c.charCodeAt(0)));

/**
 * Whether `word` stands alone in brackets right after the start of a name, tied by a hyphen or dash, a space or
 * nothing to the name's number or Greek letter ("(IL)-6", "(TNF)-α", "signal transducer and activator of
 * transcription (STAT) 3", "(STAT)3"), and reads as that name's abbreviation: capitals (2-8 letters or
 * digits) that begin with its first letter. Before a word it is another name's ("Janus kinase (JAK)-signal
 * transducer ..." is a pathway of two, read whole elsewhere).
 */
function bracketedInsideName(text: string, first: Word, word: Word): boolean {
  if (text[word.start - 1] !== '(' || text[word.end] !== ')' || !/^[-\u2010\u2011\u2013 ]?[\p{N}\u03b1-\u03c9]/u.test(text.slice(word.end + 1, word.end + 3))) return false;
  const written = wordText(text, word);
  if (!/^[A-Z][A-Za-z0-9]{1,7}$/.test(written) || (written.match(/[A-Z]/g) ?? []).length < 2) return false;
  return written[0] === text[first.start].toUpperCase();
}

function doubleNewline(text: string, from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) if (text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 10) return true;
  return false;
}

/** Whether a slash stands in `text[from, to)`, read in place (every match of every draft passes here). */
function slashBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 47) return true;
  return false;
}

/** A member's number or letter after a family's name: "3", "5a", "alpha", "β". */
const memberDesignation = /^(?:\d+[a-z]?|[a-z]|alpha|beta|gamma|delta|kappa)$/;

/**
 * A name read across a slash is cut at the slash when the words after the slash begin a longer name that runs past
 * it: in "the interleukin-6/signal transducer and activator of transcription 3 axis" the slash joins two names, IL-6
 * and STAT3, and "interleukin-6 signal transducer" (gp130's old name, its key the same once the slash is dropped) is
 * a truncated reading that ends inside the second (issue 7, stop 47: read as gp130, a false SUPPORTED through
 * IL-11's route). The name before the slash is read alone, if it is one, and the words after it from there. A name
 * the words after its slash run no further than ("PI3K/Akt pathway"), or only by a member's number ("Janus
 * kinase/signal transducer and activator of transcription 3": the pathway, then its member), is left whole.
 */
function cutBeforeLongerName(
  text: string,
  words: Word[],
  first: number,
  match: { mention: EntityMention; nextWord: number } | undefined,
  lexicon: Lexicon,
  abbreviations: DocumentAbbreviations,
  trie: KeyTrie,
  site: Site,
): { mention: EntityMention; nextWord: number } | undefined {
  if (!match) return match;
  for (let k = first + 1; k < match.nextWord; k++) {
    if (!slashBetween(text, words[k - 1].end, words[k].start)) continue;
    const after = longestMatchAt(text, words, k, lexicon, abbreviations, trie, site);
    if (!after || after.nextWord <= match.nextWord) continue;
    // "...signal transducer and activator of transcription 3": the name after the slash adds only a member's number.
    if (words.slice(match.nextWord, after.nextWord).every((word) => memberDesignation.test(word.normalized))) continue;
    return longestMatchAt(text, words.slice(0, k), first, lexicon, abbreviations, trie, site);
  }
  return match;
}

function longestMatchAt(
  text: string,
  words: Word[],
  first: number,
  lexicon: Lexicon,
  abbreviations: DocumentAbbreviations,
  trie: KeyTrie,
  site: Site,
): { mention: EntityMention; nextWord: number } | undefined {
  // The word sequence so far as a node of the lexicon's key trie (keyTrie): its key, respelled key and what the
  // lexicon says of them, without concatenating and hashing a new string for every sequence.
  let node = trie.root;
  let best: { mention: EntityMention; nextWord: number } | undefined;
  let openBrackets = 0;
  site.start = words[first].start;
  site.end = 0;
  site.surface = undefined;
  site.following = undefined;
  for (let last = first; last < words.length && last < first + lexicon.maxWords; last++) {
    if (last > first) {
      const from = words[last - 1].end;
      const to = words[last].start;
      if ((!joins(text, from, to) && !genusInitial(words[last - 1], text, from, to)) || doubleNewline(text, from, to)) break;
      // Longer sequences are looked up only while some key may start with the words so far.
      if (!mayGrow(node, lexicon, abbreviations)) break;
      for (let at = from; at < to; at++) {
        const code = text.charCodeAt(at);
        openBrackets += code === 40 /* ( */ ? 1 : code === 41 /* ) */ ? -1 : 0;
      }
      if (openBrackets < 0) break;
    }
    // "resistance to both chemotherapy and ...": the word of a coordination inside a term adds nothing to its name.
    if (last > first && (words[last].normalized === 'both' || words[last].normalized === 'either')) continue;
    // "Interleukin (IL)-6 family", "tumour necrosis factor (TNF)-α": an abbreviation bracketed inside a name adds
    // nothing to it, and the name goes on after it ("interleukin-6 family" is read), as "interleukin (IL)-6" did.
    if (last > first && bracketedInsideName(text, words[first], words[last])) continue;
    node = childOf(trie, node, words[last].normalized);
    const { key, americanKey } = node;
    if (openBrackets !== 0) continue;
    const start = words[first].start;
    const end = words[last].end;
    site.end = end;
    site.surface = undefined;
    site.following = undefined;
    let found = unknownKey(node, lexicon, abbreviations) ? undefined : resolve(key, site, lexicon, abbreviations);
    if (found === undefined && americanKey !== key) found = resolveName(americanKey, site, lexicon);
    if (found === null) {
      // The document gave this short form another meaning: it is not the library's entity.
      if (last === first) return undefined;
      continue;
    }
    if (found) best = { mention: { entityId: found, start, end, text: surfaceAt(site) }, nextWord: last + 1 };
  }
  return best;
}

const spelledGreek = /alpha|beta|gamma|delta|kappa/;
/** A key ending in the first letters of a spelled-out Greek letter (none of these ends another). */
const greekStart = /(?:al|alph?|be|bet|ga|gamm?|de|delt?|ka|kapp?)$/;

/**
 * Whether a longer word sequence starting with `key` could resolve: some lexicon key, or a document
 * abbreviation, starts with what resolve and resolveName would look up for it. That is `key` itself (its
 * plural and mouse forms only drop a last character), the respelled key, and, where a Greek letter spelled out
 * would straddle the next word ("...alph" + "a1"), the key up to that letter's Latin initial. Keys that already
 * spell a Greek letter are always lengthened, as before.
 */
function mayGrow(node: KeyNode, lexicon: Lexicon, abbreviations: DocumentAbbreviations): boolean {
  if (abbreviations.size > 0 && (abbreviationFacts(node, abbreviations) & abbreviationPrefix) !== 0) return true;
  return (factsOf(node, lexicon) & lexiconMayGrow) !== 0;
}

/** mayGrow without the document's abbreviations: what the lexicon's keys allow. */
function lexiconGrows(key: string, americanKey: string, lexicon: Lexicon): boolean {
  if (!lexicon.mayStart || lexicon.mayStart(key) || (americanKey !== key && lexicon.mayStart(americanKey))) return true;
  if (spelledGreek.test(key)) return true;
  const start = greekStart.exec(key);
  return start !== null && lexicon.mayStart(key.slice(0, start.index + 1));
}

/**
 * A word sequence the recognizer has read, as a path of normalized words from the root of its lexicon's key trie:
 * its key (the words' normalized forms joined), its respelled key (americanSpelling of each word), and what the
 * lexicon says of them wherever they stand (`facts`, bits: lexiconMayGrow, noEntries; -1 until first asked).
 * The recognizer reads every word and word sequence of a draft, which repeats its words: a draft of 100k words
 * looked up 186k keys, 7,400 of them distinct, most naming nothing, each a new string to join and hash (issue
 * 10). The lexicon's answers never change (lexicon.ts remembers its misses on the same ground).
 */
interface KeyNode {
  key: string;
  americanKey: string;
  facts: number;
  next: Map<string, KeyNode> | undefined;
  /** The document abbreviations `abbreviated` was worked out for (a document keeps one map while it is read). */
  abbreviationsSeen: DocumentAbbreviations | undefined;
  /** What those abbreviations say of the node's key (bits: abbreviatedKey, abbreviationPrefix). */
  abbreviated: number;
}

interface KeyTrie {
  root: KeyNode;
  size: number;
}

/** Some longer key may start with the node's key or respelled key (lexiconGrows). */
const lexiconMayGrow = 1;
/** No entry for any key resolve could look up for the node's key (hasNoEntries). */
const noEntries = 2;
/** Nodes a trie keeps before it starts again from an empty root (text has endless word sequences). */
const maxKeyNodes = 200_000;

const keyTries = new WeakMap<Lexicon, KeyTrie>();

function keyTrie(lexicon: Lexicon): KeyTrie {
  let trie = keyTries.get(lexicon);
  if (!trie) keyTries.set(lexicon, (trie = { root: newNode('', ''), size: 0 }));
  else if (trie.size >= maxKeyNodes) {
    trie.root = newNode('', '');
    trie.size = 0;
  }
  return trie;
}

function newNode(key: string, americanKey: string): KeyNode {
  return { key, americanKey, facts: -1, next: undefined, abbreviationsSeen: undefined, abbreviated: 0 };
}

function childOf(trie: KeyTrie, node: KeyNode, word: string): KeyNode {
  let child = node.next?.get(word);
  if (!child) {
    // (V8 flattens a joined key the first time it is hashed, and keeps its hash: a node's key is hashed once.)
    child = newNode(node.key + word, node.americanKey + americanSpelling(word));
    (node.next ??= new Map()).set(word, child);
    trie.size++;
  }
  return child;
}

function factsOf(node: KeyNode, lexicon: Lexicon): number {
  if (node.facts < 0) node.facts = (lexiconGrows(node.key, node.americanKey, lexicon) ? lexiconMayGrow : 0) | (hasNoEntries(node.key, lexicon) ? noEntries : 0);
  return node.facts;
}

/**
 * Whether every lexicon key resolve could look up for `key` is missing: the key itself, its last character
 * dropped (a plural's singular, a mouse symbol's paralogue number), its Greek letters as Latin ones. Then
 * resolve can only answer from the document's abbreviations.
 */
function hasNoEntries(key: string, lexicon: Lexicon): boolean {
  if (lexicon.lookup(key) || lexicon.lookup(key.slice(0, -1))) return false;
  // A knockout fused to a symbol ("akt1ko"): resolve looks up the symbol.
  if (key.length > 4 && key.endsWith('ko') && lexicon.lookup(key.slice(0, -2))) return false;
  // A protein variant fused to a symbol ("brafv600e"): resolve looks up the symbol.
  const variant = key.length > 6 ? variantEnd.exec(key) : null;
  if (variant && variant.index >= 3 && lexicon.lookup(key.slice(0, variant.index))) return false;
  const latin = spelledGreek.test(key) ? key.replace(/(alpha|beta|gamma|delta|kappa)(?=[0-9ivx]|r[0-9ivx]*$|$)/g, (g) => g[0]) : key;
  return latin === key || !lexicon.lookup(latin);
}

/**
 * Whether resolve would find nothing for the node's key, known without looking: the lexicon has no entry for any
 * of its forms and the document abbreviates neither it nor its singular.
 */
function unknownKey(node: KeyNode, lexicon: Lexicon, abbreviations: DocumentAbbreviations): boolean {
  if ((factsOf(node, lexicon) & noEntries) === 0) return false;
  if (abbreviations.size === 0) return true;
  return (abbreviationFacts(node, abbreviations) & abbreviatedKey) === 0;
}

/** The document abbreviates the node's key or its key less its last character (a plural's singular). */
const abbreviatedKey = 1;
/** Some document abbreviation starts with the node's key (mayGrow). */
const abbreviationPrefix = 2;

/**
 * What the document's abbreviations say of the node's key, worked out once per node and abbreviation map. Issue
 * 10: the key less its last character was a new string to hash, and the map's prefixes a WeakMap look-up, for
 * every word of a draft that defines an abbreviation (nearly every thesis).
 */
function abbreviationFacts(node: KeyNode, abbreviations: DocumentAbbreviations): number {
  if (node.abbreviationsSeen !== abbreviations) {
    node.abbreviated =
      (abbreviations.has(node.key) || abbreviations.has(node.key.slice(0, -1)) ? abbreviatedKey : 0) |
      (abbreviationPrefixes(abbreviations).has(node.key) ? abbreviationPrefix : 0);
    node.abbreviationsSeen = abbreviations;
  }
  return node.abbreviated;
}

const prefixesOf = new WeakMap<DocumentAbbreviations, ReadonlySet<string>>();

/** Every prefix of a document's abbreviations (a few dozen short forms), kept per abbreviation map. */
function abbreviationPrefixes(abbreviations: DocumentAbbreviations): ReadonlySet<string> {
  let prefixes = prefixesOf.get(abbreviations);
  if (!prefixes) {
    const set = new Set<string>();
    for (const key of abbreviations.keys()) for (let n = 1; n <= key.length; n++) set.add(key.slice(0, n));
    prefixesOf.set(abbreviations, (prefixes = set));
  }
  return prefixes;
}

/**
 * British spellings of names: "leukaemia", "oesophageal", "haematological", "tumour". A small closed set of
 * rewrites (ae and oe to e, our to or) applied to each word; words under five letters are left alone.
 */
const britishLetters = /[ao]e|our/;

export function americanSpelling(word: string): string {
  // Runs for every word the recognizer reads: one test, and the rewrite only for the few words that need it.
  return word.length < 5 || !britishLetters.test(word) ? word : word.replace(/[ao]e/g, 'e').replace(/our/g, 'or');
}

/**
 * A respelled key only finds full names, never symbols or aliases, whose case rules guard against words that
 * the rewrite could turn into a symbol.
 */
function resolveName(key: string, site: Site, lexicon: Lexicon): string | undefined {
  const names = (k: string) => lexicon.lookup(k)?.filter((e) => e.rule === 'any' || (e.rule === undefined && !e.capitalsOnly));
  const atSite = (entries: readonly LexiconEntry[] | undefined) => (entries && entries.length > 0 ? pick(entries, surfaceAt(site), followingAt(site), site, lexicon) : undefined);
  return atSite(names(key)) ?? (key.length > 3 && key.endsWith('s') ? atSite(names(key.slice(0, -1))) : undefined);
}

/**
 * Where a key was read. Its surface and the text after it are cut from the text only when a lexicon entry
 * needs them (issue 10: two new strings for every word and word sequence looked up, most of which name nothing).
 */
interface Site {
  text: string;
  start: number;
  end: number;
  surface: string | undefined;
  following: string | undefined;
}

function surfaceAt(site: Site): string {
  return (site.surface ??= site.text.slice(site.start, site.end));
}

function followingAt(site: Site): string {
  return (site.following ??= site.text.slice(site.end, site.end + 40));
}

const letterPair = /^[A-Za-z]\s*\/\s*[A-Za-z]$/;
/** A gap phase of the cell cycle and a slash, "G2/", "G1/", "G0/", right before a site. */
const gapPhaseBefore = /(?:^|[^\p{L}\p{N}])G[0-2]\/$/u;
/** The amino acids' three-letter names, title case (Met left out: "Met" is also the receptor's short name). */
const residueName = /^(?:Tyr|Ser|Thr|His|Lys|Arg|Cys|Asp|Glu|Gly|Ala|Val|Leu|Ile|Pro|Phe|Trp|Asn|Gln)$/;
/** A residue's position right after its name: "-705", " 727", "‐308" (a number of one to four digits, nothing after). */
const residuePosition = /^(?:[-‐‑]|\s)?\d{1,4}(?![\p{L}\p{N}])/u;

/** An acronym of capitals (digits after the first letter allowed) with a lower-case plural "s": "MCCs", "ILC2s". */
const acronymPlural = /^[A-Z][A-Z0-9]{2,}s$/;
/** A gene of the lexicon's own, which no library entity holds: biomedical.ts `geneId` names it from its NCBI Gene id. */
const isLexiconGeneId = (id: string): boolean => id.startsWith('NCBIGENE_');

/** The entity for a key, undefined when there is none, null when the document's abbreviations forbid one. */
function resolve(key: string, site: Site, lexicon: Lexicon, abbreviations: DocumentAbbreviations): string | null | undefined {
  if (abbreviations.has(key)) return abbreviations.get(key)!;
  // "H/R", "A/R", "I/R": two single letters around a slash name a pair of treatments (hypoxia/reoxygenation,
  // ischaemia/reperfusion), never a two-letter gene symbol (HR, AR) the slash-blind key would find; a document's
  // own definition of the pair is read above.
  if (key.length === 2 && letterPair.test(surfaceAt(site))) return undefined;
  // "Tyr-705", "Ser 727", "Thr-308": an amino acid's three-letter name before its position is a residue of the protein
  // named beside it, not the gene the same letters spell (TYR, tyrosinase; issue 7, stop 52: "phosphorylation of STAT3
  // at Tyr-705" named tyrosinase, an unbacked partner). Title case only: "TYR-positive" is the gene.
  if (key.length === 3 && residueName.test(surfaceAt(site)) && residuePosition.test(followingAt(site))) return undefined;
  // "G2/M cell-cycle arrest", "the G1/S transition": the letter after a gap phase and a slash is the next phase of the
  // cycle, and a name it starts ("M cell", the gut's microfold cell) is no mention (issue 7, stop 52).
  if (site.start > 2 && site.text.charCodeAt(site.start - 1) === 47 && gapPhaseBefore.test(site.text.slice(site.start - 3, site.start)) && /^[MS]\b/.test(surfaceAt(site))) return undefined;
  const entries = lexicon.lookup(key);
  const direct = entries && pick(entries, surfaceAt(site), followingAt(site), site, lexicon);
  if (direct) return direct;
  // A plural: "MMPs", "CAFs", "metalloproteinases". Short keys are left alone ("as", "is").
  // "Akt is", "Raf is": a verb after a symbol is no plural of its Roman-numbered form ("Akt I" is AKT1).
  if (key.length > 3 && key.endsWith('s') && /s$/.test(surfaceAt(site)) && !/\s(?:is|was|has|as)$/i.test(surfaceAt(site))) {
    const singular = key.slice(0, -1);
    if (abbreviations.has(singular)) return abbreviations.get(singular)!;
    const singularEntries = lexicon.lookup(singular);
    const plural = singularEntries && pick(singularEntries, surfaceAt(site).slice(0, -1), followingAt(site), site, lexicon);
    // "MCCs", "MSCs", "ILCs", "GSCs": an acronym in capitals with a plural "s" names many things, cells or cases
    // (Merkel cell carcinomas, mesenchymal stem cells, innate lymphoid cells, glioma stem cells), not the one gene
    // whose symbol its singular spells (MCC, MSC, ILC, GSC; issue 7, stop 52: "IL-6+ MCCs" named the MCC gene, an
    // unbacked partner). A gene of the lexicon alone (no library entity: "AKTs", "EGFRs" stay) is left out; a
    // family, a cell type or a disease the plural names ("MMPs", "PBMCs", "HCCs") is read.
    // A receptor's plural is its molecules ("EGFRs on the cell surface") or their family ("FGFRs"), and is read.
    if (plural && isLexiconGeneId(plural) && acronymPlural.test(surfaceAt(site)) && lexicon.typeOf?.(plural) !== 'receptor') return undefined;
    if (plural) return plural;
  }
  // A Greek letter inside a symbol written as its Latin letter: "TGF-β1" is TGFB1, "TGF-βRII" TGFBR2.
  // (Only a key that spells one is rewritten: the replace with its look-ahead cost ~7x the test, for nearly every
  // key looked up.)
  const latin = spelledGreek.test(key) ? key.replace(/(alpha|beta|gamma|delta|kappa)(?=[0-9ivx]|r[0-9ivx]*$|$)/g, (g) => g[0]) : key;
  if (latin !== key) {
    const latinEntries = lexicon.lookup(latin);
    const found = latinEntries && pick(latinEntries, surfaceAt(site), followingAt(site));
    if (found) return found;
  }
  // Mouse paralogue numbering: "Il11ra1" is the mouse IL11RA.
  if (endsInLetterOne(key) && mouseCase.test(surfaceAt(site))) return pick(lexicon.lookup(key.slice(0, -1)), surfaceAt(site).slice(0, -1), followingAt(site));
  // A knockout written into the symbol ("Akt1KO mice", "Stat3KO cells"): the gene, whose loss the reader sees in
  // the surface (roles.ts). Capital "KO" after a symbol of the shape fusedKnockout says, and only a name that is
  // no place (no cell line, cell type or cancer the lexicon types): "DKO" (double knockout) is no gene D.
  if (key.length > 4 && fusedKnockout.test(surfaceAt(site))) {
    const surface = surfaceAt(site).slice(0, -2);
    const gene = pick(lexicon.lookup(key.slice(0, -2))?.filter((e) => e.type === undefined || !placeTypes.has(e.type)), surface, followingAt(site));
    if (gene) return gene;
  }
  // A protein variant written into the symbol ("BRAFV600E", "KRASG12D"): the gene, as "BRAF V600E" is.
  const variant = key.length > 6 ? fusedVariant.exec(surfaceAt(site)) : null;
  if (variant) {
    const length = variant[1].length;
    const gene = pick(lexicon.lookup(key.slice(0, -length))?.filter((e) => e.type === undefined || !placeTypes.has(e.type)), surfaceAt(site).slice(0, -length), followingAt(site));
    if (gene) return gene;
  }
  return undefined;
}

/**
 * /[a-z]1$/ read from the key's end: the pattern, unanchored at the start, was tried from every character of
 * every key resolve looks up (186k keys per 100k words; ~0.5% of a full check, issue 10).
 */
function endsInLetterOne(key: string): boolean {
  const letter = key.charCodeAt(key.length - 2);
  return key.charCodeAt(key.length - 1) === 49 /* 1 */ && letter >= 97 && letter <= 122;
}

/**
 * A symbol with "KO" fused to its end: "Akt1KO", "IL-11KO", mouse "PtenKO". The symbol ends in a digit or is
 * written in mouse case: capitals alone before "KO" are as often a cancer's or a group's abbreviation ("HCCKO").
 */
export const fusedKnockout = /^(?:[A-Za-z][A-Za-z0-9-]*[0-9]|[A-Z][a-z]{2,}[a-z0-9]*)KO$/;
/** A symbol in capitals with a protein variant fused to its end: "BRAFV600E", "KRASG12D", "EGFRL858R". */
const fusedVariant = /^[A-Z][A-Z0-9]{2,}([A-Z]\d{2,4}[A-Z])$/;
/** The same end of a key (lower case): a letter, two to four digits, a letter. */
const variantEnd = /[a-z]\d{2,4}[a-z]$/;
/** "Stat3", "Il11", "Il6ra": mouse gene symbols, a capital and then lower case, with a digit. */
const mouseCase = /^[A-Z][a-z]+\d[a-z0-9]*$/;
/** Words after a name that say it is a gene or its product. */
const geneContext = /^\s+(?:genes?|proteins?|mRNAs?|expression|transcripts?|levels?|knockdown|signal(?:l)?ing|promoter|phosphorylation)\b/;
const cellContext = /^\s+(?:cells?|cell lines?)\b/;
/**
 * "cells" after the cancer the line was taken from: "PC3 prostate cancer cells", "SAS oral squamous cell carcinoma
 * cells", "U87 human glioblastoma cell line" (issue 7, stop 50: the line's name was dropped there and the claim lost
 * its context). Up to three describing words before the cancer's head noun, none a function word, so "X in
 * prostate cancer cells" still needs its own help.
 */
const cellContextPastCancer = /^\s+(?:(?!(?:in|of|and|or|from|with|by|to|on|at|for|than|the|a|an|versus|vs|whereas|while|but)\s)[\p{L}-]+\s+){0,3}?(?:cancers?|carcinomas?|adenocarcinomas?|tumou?rs?|hepatomas?|melanomas?|gliomas?|glioblastomas?|sarcomas?|osteosarcomas?|lymphomas?|leuka?emias?|myelomas?|neuroblastomas?|mesotheliomas?)\s+(?:cells?|cell\s+lines?)\b/iu;
/** The words after a name say it is a cell line: "cells" right after it, or after the cancer it was taken from. */
const cellsAfter = (following: string): boolean => cellContext.test(following) || cellContextPastCancer.test(following);
/** A name joined to the next by a comma, "and" or "or" ("SAS and HSC-2"); to the one before by "and" or "or" ("HSC-2 and SAS"), not a bare comma ("In A549, TK rose"). */
const lineAfter = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([\p{L}\p{N}][\p{L}\p{N}.\-‐]*[\p{L}\p{N}])/u;
const lineBefore = /([\p{L}\p{N}][\p{L}\p{N}.\-‐]*[\p{L}\p{N}])(?:\s*,\s*|\s+)(?:and|or)\s+$/u;
/**
 * A cell line's name read only before "cells" ("SAS": a word, a program, another entry's name) is a line too
 * where it is listed with a line whose name needs no such help: "HSC-2 and SAS", "SAS, HSC-3 and HSC-4".
 */
function besideLine(following: string, site: Site | undefined, lexicon: Lexicon | undefined): boolean {
  if (!site || !lexicon) return false;
  const isLine = (name: string | undefined): boolean =>
    name !== undefined && (lexicon.lookup(normalizeTerm(name))?.some((e) => e.type === 'cell-line' && !e.needsCells) ?? false);
  return isLine(lineAfter.exec(following)?.[1]) || isLine(lineBefore.exec(site.text.slice(Math.max(0, site.start - 40), site.start))?.[1]);
}
/**
 * A name from HGNC's long list is read only as written: a one-word name not across a space ("a drop in" is no
 * "adropin"); a name ending in a number not before a unit, which says the number counts something ("breast
 * cancer 1 year later"); and no name before a word that makes it part of another protein's name ("40S
 * ribosomal protein S6 kinase-1" is S6K1, not ribosomal protein S6 and a kinase).
 */
function readAsWritten(written: string, surface: string, following: string): boolean {
  if (!/\s/.test(written) && /\s/.test(surface)) return false;
  if (nameContinues.test(following)) return false;
  return !(/\s\d+$/.test(written) && unitAfter.test(following));
}
/** A word of material alone, "tissue(s)", and the process nouns it modifies rather than places ("tissue repair"). */
const bareMaterial = /^tissues?$/i;
const tissueProcessAfter = /^\s*[-\u2010]?\s*(?:fibrosis|remodel(?:l)?ing|repair|regeneration|damage|injury|injuries|homeostasis|destruction|healing|scarring|engineering|architecture|integrity)\b/i;
/** The rest of a molecule's name after the cell it is named for: "growth factor(s)", "-derived growth factor", "activation protein". */
const moleculeNameAfter = /^\s*(?:[-‐]\s*(?:derived|specific)\s+)?(?:growth\s+factors?|activation\s+proteins?)\b/i;
/** The rest itself, read alone as a class ("growth factors"). */
const moleculeNameRest = /^(?:growth\s+factors?|activation\s+proteins?)$/i;
const growthWord = /^growth$/i;
const factorAfter = /^\s+factors?\b/i;
const wordBefore = /([\p{L}]+)(?:\s*[-‐]\s*(?:derived|specific))?\s*$/u;
/** Whether the word right before the site is a place's name ("fibroblast", "platelet-derived"). */
function placeBefore(site: Site, lexicon: Lexicon): boolean {
  const word = wordBefore.exec(site.text.slice(Math.max(0, site.start - 40), site.start))?.[1];
  return word !== undefined && (lexicon.lookup(normalizeTerm(word))?.some((e) => e.type !== undefined && placeTypes.has(e.type)) ?? false);
}
const nameContinues = /^\s*[-‐–]?\s*(?:kinases?|receptors?|ligands?|inhibitors?|binding|interacting|associated|activating|like|related|homologu?e?s?|regulators?|substrates?|phosphatases?)\b/i;
const unitAfter = /^\s*(?:[-‐–]\s*)?(?:years?|yrs?|months?|weeks?|days?|hours?|h|min|minutes?|%|percent|cm|mm|mg|ml|kg|times|fold|patients?|cases?)\b|^\s*%/i;

function pick(entries: readonly LexiconEntry[] | undefined, surface: string, following: string, site?: Site, lexicon?: Lexicon): string | undefined {
  if (!entries) return undefined;
  // The first accepted entry, and whether another is accepted too, without collecting them (the recognizer
  // asks for every word sequence that is a key); the surface's Latin letters are read once for all entries.
  const latin = latinLetters(surface);
  // Issue 10: whether the surface has a letter, and a lower-case one, was tested again for every entry of the key.
  // (Read by character codes: the Unicode class, asked of every word sequence looked up, was ~0.4% of a full
  // check; it is asked only of a surface with no ASCII letter and another character.)
  let letter = false;
  let lower = false;
  let other = false;
  for (let i = 0; i < latin.length; i++) {
    const code = latin.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      letter = lower = true;
      break;
    } else if (code >= 65 && code <= 90) letter = true;
    else if (code >= 128) other = true;
  }
  if (!letter && other) letter = hasLetter.test(latin);
  let first = -1;
  for (let k = 0; k < entries.length; k++) {
    if (!accepts(entries[k], surface, following, latin, letter, lower, site, lexicon)) continue;
    if (first < 0) {
      first = k;
      // Only an entry with a type may give way to another ("PC9 cells" is the cell line, "PC9 expression" the gene).
      if (entries[k].type === undefined) break;
      continue;
    }
    // A second accepted entry: the next word decides where a name is both.
    const accepted = entries.slice(first).filter((entry, i) => i === 0 || accepts(entry, surface, following, latin, letter, lower, site, lexicon));
    if (cellsAfter(following)) return (accepted.find((e) => e.type === 'cell-line') ?? accepted[0]).entityId;
    if (geneContext.test(following)) return (accepted.find((e) => e.type !== 'cell-line') ?? accepted[0]).entityId;
    return accepted[0].entityId;
  }
  return first < 0 ? undefined : entries[first].entityId;
}

/** Only Latin letters are compared: the Greek letter of "IL-6Rα" is lower case by convention. */
function latinLetters(surface: string): string {
  // Every spelled Greek letter here ends in "a": a surface that does not is not scanned for one (an end-anchored
  // pattern is tried at every position; this runs for each word sequence looked up).
  const last = surface.charCodeAt(surface.length - 1);
  const unspelled = last === 97 || last === 65 ? surface.replace(/(alpha|beta|gamma|delta|kappa)$/i, '') : surface;
  // ASCII needs no Unicode classes: its letters and digits are [A-Za-z0-9] (a surface of only those is kept as is).
  let ascii = true;
  let plain = true;
  for (let i = 0; i < unspelled.length && ascii; i++) {
    const code = unspelled.charCodeAt(i);
    if (code >= 128) ascii = false;
    else if (!isAsciiAlphanumeric(code)) plain = false;
  }
  if (!ascii) return unspelled.replace(/[^\p{L}\p{N}]/gu, '');
  return plain ? unspelled : unspelled.replace(/[^A-Za-z0-9]/g, '');
}

const hasLetter = /\p{L}/u;
/** A written name ending in a space and one Latin letter: "protein S". */
const spacedLastLetter = /\s[A-Za-z]$/;

const writtenLetters = new Map<string, string>();

/** The letters and digits of an entry's written form, kept (the lexicon's spellings are a bounded set). */
function lettersAndDigitsOf(written: string): string {
  let letters = writtenLetters.get(written);
  if (letters === undefined) {
    letters = written.replace(/[^\p{L}\p{N}]/gu, '');
    if (writtenLetters.size >= 50_000) writtenLetters.clear();
    writtenLetters.set(written, letters);
  }
  return letters;
}

/**
 * A library disease's acronym typed all in lower case ("hcc", "crc", "oscc": text lower-cased by a database, or an
 * author's own habit) names the disease where the words around it make it a setting: after "in", "with", "of",
 * "for", "among" or "against", across stage words ("in metastatic crc", "patients with advanced hcc"), or before
 * a noun of material or of patients ("hcc cells", "crc patients", "oscc tissues"). Anywhere else a lower-case
 * acronym may be a word or another thing's letters ("atc codes"), and is left unread as before.
 */
function lowerCaseSetting(latin: string, following: string, site: Site | undefined): boolean {
  if (latin.length < 3 || latin !== latin.toLowerCase()) return false;
  if (settingNounAfter.test(following)) return true;
  return site !== undefined && settingBefore.test(site.text.slice(Math.max(0, site.start - 60), site.start));
}
const settingNounAfter = /^\s*(?:patients?|cells?|cell\s+lines?|tissues?|tumou?rs?|specimens?|samples?|cases?|xenografts?)\b/i;
const settingBefore = /\b(?:in|with|of|for|among|against)\s+(?:(?:metastatic|advanced|recurrent|primary|early|late|unresectable|localized|localised|refractory|resistant|human|invasive|aggressive|sorafenib-resistant|stage\s+[ivx\d]+)\s+)*$/i;

/** `letter`, `hasLower`: whether `latin` has a letter, and a lower-case Latin one (worked out once per surface). */
function accepts(entry: LexiconEntry, surface: string, following: string, latin: string, letter: boolean, hasLower: boolean, site?: Site, lexicon?: Lexicon): boolean {
  // Two letters are too often an abbreviation to be a line without "cells", even in a list ("A549 and TK").
  if (entry.needsCells && !cellsAfter(following) && (latin.length < 3 || !besideLine(following, site, lexicon))) return false;
  if (entry.asWritten && !readAsWritten(entry.written ?? '', surface, following)) return false;
  // A name whose last word is a single Latin letter ("protein S", "factor B") is not read from one word that runs
  // the letter on: "acute phase proteins" names no protein S (normalised keys drop the space between them).
  if (entry.written !== undefined && spacedLastLetter.test(entry.written) && !/[^\p{L}\p{N}]/u.test(surface)) return false;
  // A name without a letter is a number: "219" of "NT-219" is no alias "2.19" of a gene, "5" no protein.
  if (!letter) return false;
  // "tissue fibrosis", "tissue remodelling": the bare word "tissue" before a process of the body's tissues is that
  // process's modifier, no place a finding was made in and no entity (issue 7, stop 40); "tumour tissue" and
  // "tissue samples" are longer names, and "in liver tissues" stays a place.
  if (bareMaterial.test(surface) && tissueProcessAfter.test(following)) return false;
  // "fibroblast growth factors", "fibroblast activation protein": a place's name that opens a molecule's name the
  // lexicon lacks names no place (issue 7, stop 50: the fibroblasts were read, and in a sentence about tumours read
  // as CAFs acting). A longer name the lexicon has ("hepatocyte growth factor") is matched before this is asked.
  if (entry.type !== undefined && placeTypes.has(entry.type) && moleculeNameAfter.test(following)) return false;
  // Its rest is no mention of the class either: "fibroblast growth factors" are no growth factors in general.
  if (site !== undefined && lexicon !== undefined && moleculeNameRest.test(surface) && placeBefore(site, lexicon)) return false;
  // Nor is its first word a process: the "growth" of "growth factor" is no cell growth.
  if (growthWord.test(surface) && factorAfter.test(following)) return false;
  switch (entry.rule) {
    case undefined:
      // The library's own acronyms: capitals, or a mouse symbol with a digit ("Il11", "Stat3"), or a disease's
      // acronym typed in lower case where the text names a setting (`lowerCaseSetting`: "in metastatic crc").
      return !entry.capitalsOnly || !hasLower || mouseCase.test(latin) || (entry.diseaseAcronym === true && lowerCaseSetting(latin, following, site));
    case 'any':
      return true;
    case 'capitals':
      // "Akt", "Ras": gene symbols are also written in title case; a disease's abbreviation is not ("All
      // patients" is no acute lymphoblastic leukaemia).
      return !hasLower || (entry.type !== 'disease' && /^[A-Z][a-z0-9]+$/.test(latin) && latin.replace(/\d/g, '').length >= 3);
    case 'exact': {
      // A symbol written as one word is not read across a space: "a HIF-1α" is an article and HIF-1α, not aHIF.
      if (/\s/.test(surface) && !/\s/.test(entry.written ?? '')) return false;
      // (The entry's letters and digits, kept per spelling: a Unicode replace for every occurrence was issue 10's.)
      const written = lettersAndDigitsOf(entry.written ?? '');
      if (latin === written || surface.replace(/[^\p{L}\p{N}]/gu, '') === written) return true;
      // "Her2", "Her3": a symbol with a digit in title case, as papers also write it (no English word looks so).
      if (mouseCase.test(latin) && latin.toUpperCase() === written.toUpperCase()) return true;
      // "Met protein": a symbol that is also a word counts in title case only where the text says gene.
      return !!entry.englishWord && latin === written.charAt(0) + written.slice(1).toLowerCase() && geneContext.test(following);
    }
  }
}
