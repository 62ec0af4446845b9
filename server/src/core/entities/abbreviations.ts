// Abbreviations a document defines, found the way Schwartz and Hearst (2003) find them: a short form in
// brackets after its long form, "oral squamous cell carcinoma (OSCC)", where the short form's letters appear
// in order in the long form and its first letter starts a word. When the long form is a known entity, the
// short form becomes a name of that entity for the whole document; when it is not, the short form loses any
// meaning the library gives it, because the writer uses it for something else.
import type { Lexicon } from './lexicon';
import { normalizeTerm } from './normalize';
import { recognizeEntities, splitWords, type DocumentAbbreviations } from './recognize';
import { allMatches } from '../util/allMatches';

export interface AbbreviationDefinition {
  shortForm: string;
  longForm: string;
  /** The entity the long form ends with, or null when it names nothing the library knows. */
  entityId: string | null;
  /** Every entity mentioned in the long form. */
  mentioned: string[];
}

const definitionPattern = /\(([^()\s;,]{2,12})\)(?![\p{L}\p{N}\-])/gu;

export function findAbbreviationDefinitions(text: string, lexicon: Lexicon): AbbreviationDefinition[] {
  const definitions: AbbreviationDefinition[] = [];
  for (const match of allMatches(definitionPattern, text)) {
    const shortForm = match[1];
    if (!/\p{Lu}/u.test(shortForm) || !/^[\p{L}\p{N}]/u.test(shortForm)) continue;
    const before = text.slice(Math.max(0, match.index - 200), match.index);
    const beforeStart = match.index - before.length;
    const longFormStart = findLongFormStart(before, shortForm);
    if (longFormStart === undefined) continue;
    const longForm = before.slice(longFormStart).trim();
    const absoluteStart = beforeStart + longFormStart;
    const absoluteEnd = beforeStart + before.trimEnd().length;
    const mentions = recognizeEntities(text, lexicon, undefined, absoluteStart, absoluteEnd);
    const last = mentions[mentions.length - 1];
    // "Factor inhibiting HIF-1 (FIH-1)": a long form whose own words govern its last name names another molecule.
    const entityId = last && last.end === absoluteEnd && !namedForItsTarget(text.slice(absoluteStart, last.start)) ? last.entityId : null;
    definitions.push({ shortForm, longForm, entityId, mentioned: mentions.map((m) => m.entityId) });
  }
  return definitions;
}

/**
 * The words of a long form before the name it ends with, when they govern that name: a head noun, then a participle
 * or a preposition, "Factor inhibiting HIF-1 (FIH-1)", "Inhibitor of STAT3 (ISX)", "Protein binding to IL-6". The long
 * form names another molecule for what it does to the name (issue 7, stop 40: FIH-1 was read as HIF-1 itself, and
 * "factor inhibiting HIF-1" as HIF-1's loss); the short form is no name of it, and the name inside is no participant
 * (claims/mentionSenses.ts `withoutNamesInsideDefinedNames`, `insideNameForItsTarget`). Group 1 is the head noun.
 */
export const governingHead = /(?:^|\s)([\p{L}][\p{L}\p{N}-]*)\s+(?:[\p{L}-]+ing|of|to|for|against|on|with|by)\s+(?:(?:the|activated)\s+)?$/iu;

/** Whether the long form's words before its last name (`wordsBefore`) govern it (`governingHead`). */
export function namedForItsTarget(wordsBefore: string): boolean {
  return governingHead.test(wordsBefore);
}

const shortFormAfter = /^\s*\(([^()\s;,]{2,12})\)/u;

/**
 * Whether the mention at [start, end) of `text` is the name inside such a long form, right before its bracketed short
 * form: "HIF-1" of "Factor inhibiting HIF-1 (FIH-1)". The short form must abbreviate a long form that opens before the
 * governing words (Schwartz and Hearst's scan, as for any definition): "phosphorylation of Akt (PKB)" defines nothing.
 */
export function insideNameForItsTarget(text: string, start: number, end: number): boolean {
  const short = shortFormAfter.exec(text.slice(end, end + 16))?.[1];
  if (!short || !/\p{Lu}/u.test(short)) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const longFormStart = findLongFormStart(before + text.slice(start, end), short);
  return longFormStart !== undefined && longFormStart < before.length && namedForItsTarget(before.slice(longFormStart));
}

/**
 * Where in `text` the long form of the bracketed `shortForm` opening at `open` (the bracket's index) starts, by the
 * same scan as a definition's (Schwartz and Hearst), or undefined when none precedes it.
 */
export function longFormStart(text: string, open: number, shortForm: string): number | undefined {
  const before = text.slice(Math.max(0, open - 200), open);
  const start = findLongFormStart(before, shortForm);
  return start === undefined ? undefined : open - before.length + start;
}

/**
 * The start (in `before`) of the long form for `shortForm`, scanning the short form's characters from the
 * end, as in Schwartz and Hearst's algorithm. The long form has at most min(|SF| + 5, 2|SF|) words.
 */
function findLongFormStart(before: string, shortForm: string): number | undefined {
  const trimmed = before.trimEnd();
  const words = splitWords(trimmed);
  if (words.length === 0) return undefined;
  const letters = [...shortForm.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const windowStart = words[Math.max(0, words.length - maxWords)].start;
  const candidate = trimmed.slice(windowStart).toLowerCase();
  let s = letters.length - 1;
  let l = candidate.length - 1;
  while (s >= 0) {
    const c = letters[s];
    // The first character of the short form must start a word of the long form.
    while (l >= 0 && (candidate[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(candidate[l - 1])))) l--;
    if (l < 0) return undefined;
    s--;
    l--;
  }
  // Extend back to the start of the word where the match ended.
  let start = l + 1;
  while (start > 0 && /[\p{L}\p{N}]/u.test(candidate[start - 1])) start--;
  return windowStart + start;
}

/** Collects a document's definitions into the map the recognizer takes. The first definition of a short form wins. */
export function documentAbbreviations(texts: readonly string[], lexicon: Lexicon): DocumentAbbreviations {
  return abbreviationsFromDefinitions(texts.map((text) => findAbbreviationDefinitions(text, lexicon)), lexicon);
}

/** The same from each text's definitions, found beforehand (the incremental analysis keeps them per block). */
export function abbreviationsFromDefinitions(definitionsPerText: readonly (readonly AbbreviationDefinition[])[], lexicon: Lexicon): DocumentAbbreviations {
  const map = new Map<string, string | null>();
  for (const definitions of definitionsPerText) {
    for (const definition of definitions) {
      const key = normalizeTerm(definition.shortForm);
      if (map.has(key)) continue;
      // (The entries read as they are: an array mapped from them was holey or packed as the code ran optimized or
      // not, and the first edits after a full check deoptimized this function on it; issue 10.)
      const known = lexicon.lookup(key);
      // A definition that agrees with the library adds nothing; only new names and redefinitions are kept.
      if (known && definition.mentioned.some((id) => known.some((e) => e.entityId === id))) continue;
      if (definition.entityId) map.set(key, definition.entityId);
      // A long form naming no known entity at all redefines a library abbreviation ("ATC (air traffic control)"),
      // unless it spells the symbol's own numbered part: "S6 kinase-1 (S6K1)" is the gene the library names S6K1, or
      // spells the whole symbol, number and all: "Signal transducer and activators of transcription-3 (STAT3)".
      // A long form that only matches the short form's letters inside its words is no redefinition either (`spelledByInitials`),
      // unless each of its words opens its own run of the letters (`spelledByWordParts`).
      else if (definition.mentioned.length === 0 && known !== undefined && known.length > 0 && (spelledByInitials(definition) || spelledByWordParts(definition)) && !spellsNumberedPart(definition) && !spellsSymbol(definition)) map.set(key, null);
    }
  }
  return map;
}

/** A word of the long form with a digit that the short form contains: "S6" of "S6 kinase-1" in "S6K1". */
function spellsNumberedPart({ shortForm, longForm }: AbbreviationDefinition): boolean {
  const short = normalizeTerm(shortForm).replace(/[^a-z0-9]/g, '');
  return longForm.split(/[\s-]+/).some((word) => {
    const w = normalizeTerm(word).replace(/[^a-z0-9]/g, '');
    return w.length >= 2 && /\d/.test(w) && /[a-z]/.test(w) && short.includes(w);
  });
}

/**
 * A long form whose words' initials (past "and", "of", "the") spell the short form's letters, in order, and whose last
 * word ends in the short form's number: "Signal transducer and activators of transcription-3 (STAT3)", a writer's
 * variant of the name the library knows, not a redefinition (h-w19b42: the library's STAT3 was dropped for the
 * document). A short form with no number ("ATC (air traffic control)") is never spelled this way.
 */
function spellsSymbol({ shortForm, longForm }: AbbreviationDefinition): boolean {
  const short = /^([a-z]+)-?(\d+)$/.exec(normalizeTerm(shortForm).replace(/[^a-z0-9-]/g, ''));
  if (!short) return false;
  const words = longForm.split(/\s+/).filter((word) => !/^(?:and|of|the|for|in)$/i.test(word));
  const number = /(\d+)$/.exec(words[words.length - 1] ?? '')?.[1];
  // ("... transcription 3": the number as a word of its own has no initial in the symbol.)
  const lettered = /^\d+$/.test(words[words.length - 1] ?? '') ? words.slice(0, -1) : words;
  return number === short[2] && lettered.map((word) => word[0]?.toLowerCase() ?? '').join('') === short[1];
}

/**
 * Whether the short form's letters are initials of the long form's words (split at spaces, hyphens and slashes), in
 * order: "automatic thyroid checks (ATC)". Only such a long form may take a library abbreviation's meaning away. The
 * scan itself also lets a letter inside a word count (Schwartz and Hearst), so a span that ends before the real long
 * form passes it: "an embryonic epithelial-to-mesenchymal (EMT) program", whose "transition" the writer left out,
 * matches E-M-T inside "embryonic" and "to" (issue 7, stop 44: EMT was dropped for the document). Digits are not
 * asked for ("receptor 2").
 */
function spelledByInitials({ shortForm, longForm }: AbbreviationDefinition): boolean {
  const letters = [...normalizeTerm(shortForm)].filter((c) => /\p{L}/u.test(c));
  const initials = longForm.split(/[\s\-\u2010-\u2015/]+/).map((word) => normalizeTerm(word).replace(/[^\p{L}\p{N}]/gu, '')[0] ?? '');
  let next = 0;
  for (const initial of initials) if (next < letters.length && initial === letters[next]) next++;
  return next === letters.length;
}

/** Words a long form may pass over without giving the short form a letter ("signal transducer and activator ..."). */
const skippableWord = /^(?:and|of|the|to|in|for|on|with|a|an|\d+)$/;

/**
 * Whether the long form's words each open their own run of the short form's letters, in order, every run starting
 * with its word's initial and the rest found inside that word: "transarterial chemoembolization (TACE)" is T-A of
 * "transarterial" and C-E of "chemoembolization" (compound words whose parts give the short form its letters). The
 * short form is then the writer's name for the thing the long form says, a procedure here, and takes a gene alias's
 * meaning away (issue 7, stop 49: TACE was read as the alias of ADAM17). Words of linking ("and", "of") and bare
 * numbers may give no letter. A long form with a word that gives none of the letters is no such spelling: "an
 * embryonic epithelial-mesenchymal (EMT) state" (E-M from "embryonic", then "epithelial" does not start with T).
 */
function spelledByWordParts({ shortForm, longForm }: AbbreviationDefinition): boolean {
  const letters = [...normalizeTerm(shortForm)].filter((c) => /\p{L}/u.test(c));
  const words = longForm.split(/[\s\-\u2010-\u2015/]+/).map((word) => normalizeTerm(word).replace(/[^\p{L}\p{N}]/gu, '')).filter((word) => word.length > 0);
  const from = (w: number, p: number): boolean => {
    if (w === words.length) return p === letters.length;
    const word = words[w];
    if (skippableWord.test(word) && from(w + 1, p)) return true;
    if (p >= letters.length || word[0] !== letters[p]) return false;
    // The word's run: its initial, then each further letter found later in the word, as long as the rest can follow.
    let at = 0;
    for (let q = p + 1; ; q++) {
      if (from(w + 1, q)) return true;
      if (q >= letters.length) return false;
      at = word.indexOf(letters[q], at + 1);
      if (at < 0) return false;
    }
  };
  return letters.length > 0 && from(0, 0);
}
