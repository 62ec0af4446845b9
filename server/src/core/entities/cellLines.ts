// Cell lines the lexicon does not know ("MFC cells", "the gastric cancer cell line MFC"). Abstracts name the
// line their experiments ran in; without it a finding loses its setting and a draft sentence "in MFC cells"
// names a context nothing covers. No source reachable here lists every line (cellLines.json holds the common
// ones), so a line is recognised by its form and its place, as compounds are (compounds.ts): a name holding a
// digit right before "cells" / "cell line(s)" ("XYZ-12 cells"), or any name shaped like a line's, capitals alone
// too, after "the ... cell line(s)" ("the cell line MFC"); its other mentions ("MFC cells") follow. Capitals
// alone before "cells" are too often a cancer's abbreviation the lexicon lacks ("AML cells"). It becomes an ad-hoc
// cell-line entity keyed by its name (never an invented identifier); the cancer it comes from is its parent
// only when the phrase names one ("the gastric cancer cell line MFC").
import type { Entity, Fact } from '../kb/schema';
import type { EntityMention } from './recognize';

/** Ids of ad-hoc cell-line entities start with this; then the name in capitals, hyphens as _, points as __. */
export const cellLinePrefix = 'CELLLINE_';
/** Between the name and the parent's id, when the phrase named the cancer. */
const parentMark = '__IN__';

/**
 * How a name and its place are recognised, each with an example that is its own test (cellLines.test.ts).
 * A name: letters then digits or hyphenated parts holding a digit ("XYZ-12", "Panc-7", "KQ88"), a point between
 * digits too ("QRV12.3", "KQ-4.1": the point of a sentence's end has a space after it), or two to six capitals
 * ("MFC"). Hyphenated parts are short or hold a digit, so "HER2-amplified cells" is no name.
 */
const digits = String.raw`[A-Za-z0-9]*\d(?:\.\d+)?[A-Za-z0-9]*`;
const name = String.raw`(?:[A-Za-z]${digits}(?:[-‐](?:[A-Za-z0-9]{1,4}|${digits}))*|[A-Za-z][A-Za-z0-9]*(?:[-‐](?:[A-Za-z0-9]{1,4}|${digits}))+|[A-Z]{2,6})`;
export const cellLineRules: readonly { rule: string; example: string; pattern: RegExp; capitals: boolean }[] = [
  {
    // Capitals alone are no name here: "AML cells", "PDAC cell lines" name a cancer's cells, and most
    // cancers' abbreviations are not in the lexicon.
    rule: 'a name holding a digit right before "cells" or "cell line(s)"',
    example: 'Proliferation of XYZ-12 cells fell.',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}\-‐])(${name})(?=\s+(?:cells?|cell\s+lines?)\b)`, 'gu'),
    capitals: false,
  },
  {
    rule: 'a name, capitals alone too, after "the ... cell line(s)", up to four words between',
    example: 'We used the gastric cancer cell line MFC.',
    pattern: new RegExp(String.raw`\b[Tt]he\s+((?:[\p{L}\p{N}\-‐]+\s+){0,4}?)cell\s+lines?\s+(${name})(?![\p{L}\p{N}]|[-‐]\p{N})`, 'gu'),
    capitals: true,
  },
];

/**
 * Capitals that name cell types or kinds of cells, not lines ("NK cells", "CAF cells"); a gene symbol or an
 * abbreviation the document defines is a known mention and never reaches this list.
 */
const cellTypeAbbreviations = new Set([
  'NK', 'NKT', 'DC', 'DCS', 'ES', 'ESC', 'ESCS', 'IPS', 'IPSC', 'MSC', 'MSCS', 'HSC', 'HSCS', 'EPC', 'CTL', 'CTLS', 'TIL', 'TILS', 'CSC', 'CSCS',
  'CTC', 'CTCS', 'CAF', 'CAFS', 'TAM', 'TAMS', 'MDSC', 'PBMC', 'PBMCS', 'RBC', 'WBC', 'EC', 'ECS', 'SMC', 'VSMC', 'HEC', 'APC', 'APCS', 'TREG',
  'TH', 'NPC', 'OPC', 'BM', 'ALL', 'AND', 'OR', 'NOT', 'THE', 'OF', 'IN', 'WITH', 'FOR', 'NO', 'WT', 'KO', 'KD', 'NC', 'CON', 'CTRL', 'GFP',
  'RFP', 'YFP', 'LUC', 'DNA', 'RNA', 'MRNA', 'SIRNA', 'SHRNA', 'MIRNA', 'LNCRNA', 'CIRCRNA',
]);

/** Kinds of cells named with a digit: T-helper subsets, macrophage states, cell-cycle phases ("Th17", "M2", "G1"). */
const cellKindWithDigit = /^(?:T[hc]\d{1,2}|ILC\d|M[012]|G[012]|S[12]|N[12]|CD\d+)$/i;

/** A name, not a word of running prose or a kind of cells; capitals alone only where `capitals` allows. */
function namelike(word: string, capitals: boolean): boolean {
  const plain = word.replace(/[-‐]/g, '');
  if (cellTypeAbbreviations.has(plain.toUpperCase()) || cellKindWithDigit.test(plain)) return false;
  if (/^[A-Z]{2,6}$/.test(word)) return capitals;
  // "Panc-7", "XYZ-12", "KQ88": a digit somewhere; "day-3" or "stage-2" read as prose.
  return /\d/.test(word) && !/^(?:day|days|stage|grade|type|phase|group|step|week|passage|clone|line|cell|cells|figure|fig|table)\b/i.test(word);
}

/** The ad-hoc id of a cell line, with the id of the cancer the phrase named as its parent. */
export function cellLineId(surface: string, parent?: string): string {
  return `${cellLinePrefix}${surface.toUpperCase().replace(/[-‐]/g, '_').replace(/\./g, '__')}${parent ? `${parentMark}${parent}` : ''}`;
}

export function isCellLineId(id: string): boolean {
  // A point is "__" before a digit; "__IN__" starts the cancer's id.
  return /^CELLLINE_[A-Z0-9]+(?:(?:_|__(?=\d))[A-Z0-9]+)*(?:__IN__\S+)?$/.test(id);
}

/** The entity an ad-hoc cell-line id stands for; its name and parent are read back from the id. */
export function cellLineEntity(id: string): Entity | undefined {
  if (!isCellLineId(id)) return undefined;
  const [own, parent] = id.slice(cellLinePrefix.length).split(parentMark);
  const name = own.replace(/__/g, '.').replace(/_/g, '-');
  return {
    id,
    name,
    type: 'cell-line',
    synonyms: name.includes('-') ? [name.replace(/-/g, '')] : [],
    parents: parent ? [parent] : [],
    components: [],
    description: parent
      ? 'A cell line named in the abstracts of the library and not in the lexicon; its cancer is the one the abstract names with it.'
      : 'A cell line named in the abstracts of the library and not in the lexicon; the abstract does not say which cancer it comes from.',
  };
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, list: readonly Span[]) => list.some((b) => a.start < b.end && b.start < a.end);

/**
 * Cell-line mentions in each of `texts` (a paper's title and abstract, read together), given the mentions the
 * lexicon already found (`known`, per text, which win where they overlap); `isCancer` tells which known
 * entities are cancers, to give the line its parent when its phrase names one.
 */
export function findCellLines(texts: readonly string[], known: readonly (readonly EntityMention[])[], isCancer: (id: string) => boolean): EntityMention[][] {
  const ids = new Map<string, string>(); // name in capitals, hyphens dropped -> id
  const key = (surface: string) => surface.toUpperCase().replace(/[-‐]/g, '');
  texts.forEach((text, t) => {
    // A title in capitals throughout names nothing by its capitals.
    if (!/\p{Ll}/u.test(text)) return;
    const taken = known[t] ?? [];
    for (const [index, rule] of cellLineRules.entries()) {
      for (const match of text.matchAll(rule.pattern)) {
        const surface = index === 0 ? match[1] : match[2];
        const start = index === 0 ? match.index : match.index + match[0].length - surface.length;
        const span = { start, end: start + surface.length };
        if (overlaps(span, taken) || !namelike(surface, rule.capitals)) continue;
        // The cancer named between "the" and "cell line": "the mouse GC cell line MFC".
        let parent: string | undefined;
        if (index === 1) {
          const between = { start: match.index, end: start };
          parent = taken.find((m) => m.start >= between.start && m.end <= between.end && isCancer(m.entityId))?.entityId;
        }
        const previous = ids.get(key(surface));
        if (!previous || (parent && !previous.includes(parentMark))) ids.set(key(surface), cellLineId(surface, parent));
      }
    }
  });
  if (ids.size === 0) return texts.map(() => []);
  // Every mention of each name, with or without its hyphens.
  const names = [...ids.keys()].sort((a, b) => b.length - a.length).map((k) => [...k].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[-‐]?'));
  // Not the start of a longer name: "QRV12" is no mention in "QRV12.3 cells".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\-‐.])(?:${names.join('|')})(?![\\p{L}\\p{N}]|[-‐.]\\p{N})`, 'giu');
  return texts.map((text, t) => {
    const taken = known[t] ?? [];
    const found: EntityMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      // Capitals name the line only in capitals: "MFC" yes, "mfc" no.
      const id = ids.get(key(match[0]));
      if (!id || overlaps(span, taken) || (/^[A-Z]+$/.test(key(match[0])) && match[0] !== match[0].toUpperCase())) continue;
      found.push({ entityId: id, ...span, text: match[0] });
    }
    return found;
  });
}

/** The name part of an ad-hoc cell-line id, without the cancer: "CELLLINE_QRV" for "CELLLINE_QRV__IN__DOID_1". */
function nameOf(id: string): string {
  const at = id.indexOf(parentMark);
  return at < 0 ? id : id.slice(0, at);
}

/** Rewritten facts by their original, so an unchanged library keeps the same fact objects (build.ts compares them). */
const unified = new WeakMap<Fact, { key: string; fact: Fact }>();

/**
 * One ad-hoc entity per line name across the library. Each abstract is read on its own (and cached so), so one
 * that names the line's cancer ("the hepatoma cell line QRV") and one that does not ("QRV cells") would make two
 * entities of one name, and a draft's "QRV cells" would reach only one of them. The line's cancer is decided here,
 * over every abstract: the one named by most papers (a paper counts once, however many facts it has); a tie
 * between two cancers keeps none, since a line models one cancer and the library cannot say which abstract
 * slipped; abstracts that name none do not vote, since they do not disagree.
 */
export function unifyCellLines(facts: readonly Fact[]): Fact[] {
  const votes = new Map<string, Map<string, Set<string>>>(); // name -> cancer -> papers naming it
  const seen = new Set<string>();
  for (const fact of facts) {
    for (const id of idsOf(fact)) {
      if (!id.startsWith(cellLinePrefix) || !isCellLineId(id)) continue;
      seen.add(id);
      const name = nameOf(id);
      const byCancer = votes.get(name) ?? votes.set(name, new Map()).get(name)!;
      if (id !== name) {
        const cancer = id.slice(name.length + parentMark.length);
        (byCancer.get(cancer) ?? byCancer.set(cancer, new Set()).get(cancer)!).add(fact.evidence.paper);
      }
    }
  }
  const chosen = new Map<string, string>(); // id as read -> id across the library
  for (const id of seen) {
    const ranked = [...votes.get(nameOf(id))!.entries()].sort((a, b) => b[1].size - a[1].size);
    const cancer = ranked.length > 0 && (ranked.length === 1 || ranked[0][1].size > ranked[1][1].size) ? ranked[0][0] : undefined;
    const id2 = cancer ? `${nameOf(id)}${parentMark}${cancer}` : nameOf(id);
    if (id2 !== id) chosen.set(id, id2);
  }
  if (chosen.size === 0) return [...facts];
  const swap = (id: string) => chosen.get(id) ?? id;
  return facts.map((fact) => {
    const changes = idsOf(fact).filter((id) => chosen.has(id));
    if (changes.length === 0) return fact;
    const key = changes.map((id) => `${id}>${chosen.get(id)}`).join(' ');
    const known = unified.get(fact);
    if (known?.key === key) return known.fact;
    const rewritten: Fact = {
      ...fact,
      subject: swap(fact.subject),
      ...(fact.object ? { object: swap(fact.object) } : {}),
      mediators: fact.mediators.map(swap),
      context: [...new Set(fact.context.map(swap))],
    };
    unified.set(fact, { key, fact: rewritten });
    return rewritten;
  });
}

function idsOf(fact: Fact): string[] {
  return [fact.subject, ...(fact.object ? [fact.object] : []), ...fact.mediators, ...fact.context];
}
