// Research compounds and natural products the lexicon does not know (LY2109761, NS-398, resveratrol,
// parthenolide, "Korean Red Ginseng extract"). No source reachable here lists them (ChEBI is not; DrugCentral
// holds approved drugs only), so they are recognised the way chemical NER does without a dictionary: by
// their form (a development code, letters then digits) and by their role (the agent of a treatment: "treated
// with X", "X-treated cells", "X (10 μM)", "the NF-κB inhibitor X", "X, a natural polyphenol"). A name found
// so becomes an ad-hoc agent entity keyed by its normalised name (never an invented identifier): every
// mention of it in the same title and abstract, and the abbreviation it is given, name that entity.
import type { Entity } from '../kb/schema';
import lookalikes from '../../../../data/lexicon/englishLookalikes.json';
import { verbTrigger } from '../claims/vocabulary';
import type { EntityMention } from './recognize';
import { normalizeTerm } from './normalize';

/** Ids of ad-hoc agent entities start with this; the rest is the normalised name, words joined by _. */
export const compoundPrefix = 'COMPOUND_';

/**
 * Endings of chemical names: nomenclature suffixes and the INN/USAN stems of targeted drugs (-ib, -mab).
 * The same pattern makes data/lexicon/englishLookalikes.json (scripts/lexicon/build_lexicon.py).
 */
const chemicalEnding = /(?:ol|ide|ine|in|one|ate|ene|ane|ose|oid|yl|ium|ole|ite|ib|mab)$/i;
/** English words with those endings ("control", "saline", "protein"), from Debian's word list. */
const englishLookalikes = new Set<string>((lookalikes as { rows: string[] }).rows);

/** A development code: two to four capitals, an optional hyphen, three to seven digits ("LY2109761", "NS-398"). */
const developmentCode = /(?<![\p{L}\p{N}\-‐])(?:[A-Z]{2,4}[-‐])?[A-Z]{2,4}[-‐]?\d{3,7}(?![\p{L}\p{N}]|[-‐]\p{N})/gu;
/** What says a name is a cell line, not a compound: "SW1990 cells", "the cell line SNU-638". */
const cellAfter = /^\s*(?:cells?|cell\s+lines?|lines?|xenografts?|tumou?rs|subclones?|clones?|mice|transfectants?)\b/i;
const cellBefore = /\bcell\s+lines?\s*$/i;

/** A treatment's agent before the name: "treated with", "exposure to", "administration of". */
const treatmentBefore =
  /\b(?:(?:treated|treating|co-?treated|pre-?treated|incubated|exposed|stimulated|supplemented|fed)\s+(?:[\p{L}\p{N}\-‐]+\s+){0,4}?(?:with|to)|(?:treatments?|co-?treatment|pre-?treatment|incubation|exposure|administration|supplementation|feeding)\s+(?:with|to|of|by))\s+(?:(?:the|a|an|increasing|various|different)\s+)?(?:(?:concentrations?|doses?)\s+of\s+)?$/iu;
/** A class noun right before the name: "the NF-κB inhibitor pyrrolidine dithiocarbamate", "an inhibitor, X". */
const classBefore = /\b(?:inhibitors?|antagonists?|agonists?|compounds?|agents?|ligands?|blockers?|activators?)\s*,?\s*$/i;
/** After the name: "X-treated", "X treatment", a dose "X (10 μM)", or an apposition "X, a natural polyphenol". */
const treatmentAfter = /^(?:\s*[-‐]\s*|\s+)(?:treated|treatment|exposed|exposure|administration|feeding|supplementation|pre-?treatment)\b/i;
const doseAfter = /^\s*\(\s*\d[\d.,\s–-]*\s*(?:[nμµu]M|mM|mg\/kg|[μµu]g\/m[lL]|mg\/m[lL]|%)/;
const appositionAfter =
  /^\s*(?:\([^()]*\)\s*)?,\s*(?:an?|the)\s+(?:[\p{L}\p{N}\-‐]+\s+){0,5}(?:compound|inhibitor|agent|drug|extract|polyphenol|flavonoid|alkaloid|derivative|analog|analogue|antagonist|agonist|ligand|constituent|product)\b/iu;
/** "Korean Red Ginseng extract": an extract named by its source, in capitals. */
const extractName = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\-‐]*\s+){1,4}extracts?(?![\p{L}\p{N}])/gu;
/** A name's abbreviation right after it: "(PT)", "(PDTC)", "(RGE)". */
const abbreviationAfter = /^\s*\(\s*([A-Za-z][A-Za-z0-9\-‐]{0,9})\s*\)/;

/** The ad-hoc entity id of a compound name: codes without hyphens ("NS398"), other names word by word. */
export function compoundId(name: string): string {
  const code = isCode(name);
  const words = code ? [normalizeTerm(name)] : name.split(/[^\p{L}\p{N}]+/u).map(normalizeTerm).filter(Boolean);
  return `${compoundPrefix}${words.join('_').toUpperCase()}`;
}

export function isCompoundId(id: string): boolean {
  return id.startsWith(compoundPrefix) && /^[A-Z0-9_]+$/.test(id.slice(compoundPrefix.length)) && id.length > compoundPrefix.length;
}

/** The entity an ad-hoc compound id stands for; its name is read back from the id. */
export function compoundEntity(id: string): Entity | undefined {
  if (!isCompoundId(id)) return undefined;
  const words = id.slice(compoundPrefix.length).split('_').filter(Boolean);
  const name = words.length === 1 && /\d/.test(words[0]) && /[A-Z]/.test(words[0]) ? words[0] : words.join(' ').toLowerCase();
  return {
    id,
    name,
    type: 'chemical',
    synonyms: [],
    parents: [],
    components: [],
    description: 'A compound named in the abstracts of the library and not in the lexicon (recognised by its form or as the agent of a treatment).',
  };
}

function isCode(name: string): boolean {
  return /^(?:[A-Z]{2,4}[-‐])?[A-Z]{2,4}[-‐]?\d{3,7}$/.test(name.trim());
}

/** A word that may be (part of) a compound's name: the ending of a chemical name, not an English word. */
function chemicalWord(word: string): boolean {
  return word.length >= 5 && chemicalEnding.test(word) && /^[\p{L}][\p{L}\p{N}\-‐]*$/u.test(word) && !englishLookalikes.has(word.toLowerCase());
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, list: readonly Span[]) => list.some((b) => a.start < b.end && b.start < a.end);

/**
 * Compound mentions in each of `texts` (a paper's title and abstract, read together), given the mentions
 * the lexicon already found there (`known`, per text, which win where they overlap).
 */
export function findCompounds(texts: readonly string[], known: readonly (readonly EntityMention[])[]): EntityMention[][] {
  const names = new Map<string, string>(); // surface (lower case) -> id
  const abbreviations = new Map<string, string>(); // short form as written -> id
  const all = texts.join('\n');
  const isCell = (text: string, span: Span) => cellAfter.test(text.slice(span.end, span.end + 30)) || cellBefore.test(text.slice(Math.max(0, span.start - 20), span.start));
  const cellNames = new Set<string>();

  texts.forEach((text, t) => {
    const taken = known[t] ?? [];
    // Development codes, by their form wherever they stand.
    for (const match of text.matchAll(developmentCode)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (overlaps(span, taken)) continue;
      if (isCell(text, span)) cellNames.add(normalizeTerm(match[0]));
      else names.set(match[0].toLowerCase(), compoundId(match[0]));
    }
    // Extracts named by their source.
    for (const match of text.matchAll(extractName)) {
      let start = match.index;
      let surface = match[0];
      // A sentence's first word is capitalised anyway: "Feeding Korean Red Ginseng extract" starts after it.
      while (/^\p{Lu}[\p{Ll}]+\s/u.test(surface) && (start === 0 || /[.!?:]\s*$/.test(text.slice(Math.max(0, start - 3), start))) && surface.split(/\s+/).length > 2) {
        const cut = surface.indexOf(' ') + 1;
        if (!/^(?:the|a|an|of|with|and|by|in|for)$/i.test(surface.slice(0, cut - 1))) break;
        start += cut;
        surface = surface.slice(cut);
      }
      const span = { start, end: start + surface.length };
      if (overlaps(span, taken)) continue;
      const name = surface.replace(/s$/, '');
      names.set(name.toLowerCase(), compoundId(name));
    }
    // Names in a treatment's place.
    // Words, a hyphen inside them kept ("trans-stilbene") but not before a role ("X-treated").
    const words = [...text.matchAll(/\p{L}[\p{L}\p{N}]*(?:[-‐](?!(?:treated|treatment|exposed|induced|mediated|based|loaded|resistant|sensitive)\b)[\p{L}\p{N}]+)*/gu)];
    for (let i = 0; i < words.length; i++) {
      if (!chemicalWord(words[i][0]) || overlaps({ start: words[i].index, end: words[i].index + words[i][0].length }, taken)) continue;
      // A run of such words, one space apart: "pyrrolidine dithiocarbamate".
      let j = i;
      while (j + 1 < words.length && j - i < 2 && text.slice(words[j].index + words[j][0].length, words[j + 1].index) === ' ' && chemicalWord(words[j + 1][0]) && !overlaps({ start: words[j + 1].index, end: words[j + 1].index + words[j + 1][0].length }, taken)) j++;
      const span = { start: words[i].index, end: words[j].index + words[j][0].length };
      i = j;
      if (!inAgentPlace(text, span, t === 0)) continue;
      const name = text.slice(span.start, span.end);
      names.set(name.toLowerCase(), compoundId(name));
    }
  });
  for (const name of [...names.keys()]) if (cellNames.has(normalizeTerm(name))) names.delete(name);
  if (names.size === 0) return texts.map(() => []);

  // Every mention of each name, and the abbreviation it is given.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\-‐])(?:${[...names.keys()].sort((a, b) => b.length - a.length).map(flexible).join('|')})(?![\\p{L}\\p{N}]|[-‐]\\p{N})`, 'giu');
  for (const match of all.matchAll(pattern)) {
    const id = compoundId(match[0]);
    const short = abbreviationAfter.exec(all.slice(match.index + match[0].length, match.index + match[0].length + 16));
    if (short && /\p{Lu}/u.test(short[1]) && short[1].toLowerCase() !== match[0].toLowerCase()) abbreviations.set(short[1], id);
  }
  const shortPattern = abbreviations.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}\\-‐])(?:${[...abbreviations.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  return texts.map((text, t) => {
    const taken = known[t] ?? [];
    const found: EntityMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (overlaps(span, taken) || overlaps(span, found)) continue;
      found.push({ entityId: compoundId(match[0]), ...span, text: match[0] });
    }
    if (shortPattern) {
      for (const match of text.matchAll(shortPattern)) {
        const span = { start: match.index, end: match.index + match[0].length };
        if (overlaps(span, taken) || overlaps(span, found)) continue;
        found.push({ entityId: abbreviations.get(match[0])!, ...span, text: match[0] });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/** True when the words at `span` stand where a treatment's agent stands. */
function inAgentPlace(text: string, span: Span, isTitle: boolean): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 80);
  if (treatmentBefore.test(before) || classBefore.test(before)) return true;
  if (treatmentAfter.test(after) || doseAfter.test(after) || appositionAfter.test(after)) return true;
  // The subject of a title's verb: "Parthenolide inhibits EMT in colorectal cancer cells".
  if (isTitle && span.start === 0) {
    const verb = /^\s*(?:\([^()]*\)\s*)?(\p{L}+)/u.exec(after);
    return !!verb && verbTrigger(verb[1]) !== undefined;
  }
  return false;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern that allows either hyphen or none in codes and any space between words. */
function flexible(name: string): string {
  if (isCode(name)) {
    const [, letters, digits] = /^(.*?[A-Z])[-‐]?(\d+)$/i.exec(name) ?? [];
    if (letters) return `${escape(letters)}[-‐]?${digits}`;
  }
  return name.split(/\s+/).map(escape).join('\\s+');
}
