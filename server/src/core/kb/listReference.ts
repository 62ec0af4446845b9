// A reference back to the markers an abstract measured: "We assessed PTEN, p-AKT and p-S6K ... PIK3CA was
// sequenced. Each of the four biomarkers alone did not correlate with response." The noun phrase names no
// entity, so the claim reader finds no participant in it; the study's methods sentences say which markers
// were measured, and the finding holds for each of them. The phrase becomes a mention of the first marker,
// and every claim read through it is repeated for the others (abstracts.ts).
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from './knowledgeBase';
import { moleculeTypes } from './schema';
import { wordTable } from '../util/wordTable';

/**
 * "each of the four biomarkers", "these markers", "the three proteins": a plural head that points back, by a
 * demonstrative, a quantifier or a count ("one of the molecules that ..." points forward, to its clause).
 */
const listPhrase = /\b(?:(?:(?:each|all|none|any|both)\s+of\s+)?(?:these|those)\s+|(?:(?:each|all|none|any|both)\s+of\s+)?the\s+(?=(?:two|three|four|five|six|seven|eight|\d)\s)|(?:each|all|none|both)\s+of\s+the\s+)(?:(two|three|four|five|six|seven|eight|\d)\s+)?(?:(?:bio)?markers|factors|proteins|genes|molecules|alterations)\b/gi;
/** A methods sentence that says what was measured. */
const measured = /\b(?:assessed|measured|examined|evaluated|determined|analy[sz]ed|detected|quantified|stained|sequenced|scored|investigated)\b/i;
const numbers: Readonly<Record<string, number>> = wordTable({ two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 });
/** Kinds of entity a marker can be: molecules (the library's one list, schema.ts), not places, processes, outcomes or drugs. */
const markerTypes = moleculeTypes;

export interface ListReference {
  /** The phrase, as a mention of the first marker. */
  mention: EntityMention;
  /** Every marker it refers to, in the order the abstract measured them (the first is the mention's). */
  referents: string[];
}

/**
 * The list references of `text` and the markers each names: the markers of the methods sentences before it,
 * the last N when the phrase counts them, else those of the nearest such sentence. None when fewer than two
 * markers are found or the count does not match what was measured.
 */
export function listReferences(text: string, sentences: readonly { start: number; end: number }[], mentions: readonly EntityMention[], kb: KnowledgeBase): ListReference[] {
  const found: ListReference[] = [];
  for (const match of text.matchAll(listPhrase)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const count = match[1] ? (numbers[match[1].toLowerCase()] ?? Number(match[1])) : undefined;
    const before = sentences.filter((s) => s.end <= start && measured.test(text.slice(s.start, s.end)));
    const markersOf = (s: { start: number; end: number }) => mentions.filter((m) => m.start >= s.start && m.end <= s.end && markerTypes.has(kb.entities.get(m.entityId)?.type ?? '')).map((m) => m.entityId);
    let referents: string[] = [];
    if (count !== undefined) {
      // The last N distinct markers measured, nearest first, then put back in the abstract's order.
      for (const s of [...before].reverse()) {
        for (const id of markersOf(s).reverse()) if (!referents.includes(id) && referents.length < count) referents.push(id);
        if (referents.length >= count) break;
      }
      if (referents.length !== count) continue;
      referents.reverse();
    } else {
      const nearest = [...before].reverse().find((s) => new Set(markersOf(s)).size >= 2);
      referents = nearest ? [...new Set(markersOf(nearest))] : [];
    }
    if (referents.length < 2) continue;
    found.push({ mention: { entityId: referents[0], start, end, text: match[0] }, referents });
  }
  return found;
}

/**
 * "The treatments raised the apoptosis index", "both drugs", "these two agents": a plural head of treatment that
 * points back to the drugs the abstract named together last (the nearest earlier sentence naming two or more),
 * each of which the finding holds for. Not one described after it ("the drugs that ...", "the agents used").
 */
const drugListPhrase = /\b(?:(?:both|all|each)\s+(?:of\s+(?:the|these)\s+)?|(?:the|these|those)\s+(?:(two|three|four|\d)\s+)?)(?:treatments|drugs|agents|compounds)\b(?!\s+(?:of|that|which|used|such|like|in\s+clinical)\b)/gi;

export function drugListReferences(text: string, sentences: readonly { start: number; end: number }[], mentions: readonly EntityMention[], isDrug: (id: string) => boolean): ListReference[] {
  const found: ListReference[] = [];
  for (const match of text.matchAll(drugListPhrase)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const own = sentences.find((s) => s.start <= start && start < s.end);
    // Not when the sentence names drugs of its own: the phrase then describes them ("both drugs, A and B, ...").
    if (!own || mentions.some((m) => m.start >= own.start && m.end <= own.end && isDrug(m.entityId))) continue;
    const drugsOf = (s: { start: number; end: number }) => [...new Set(mentions.filter((m) => m.start >= s.start && m.end <= s.end && isDrug(m.entityId)).map((m) => m.entityId))];
    const nearest = sentences.filter((s) => s.end <= start).reverse().find((s) => drugsOf(s).length >= 2);
    const referents = nearest ? drugsOf(nearest) : [];
    const count = match[1] ? (numbers[match[1].toLowerCase()] ?? Number(match[1])) : undefined;
    if (referents.length < 2 || (count !== undefined && referents.length !== count)) continue;
    found.push({ mention: { entityId: referents[0], start, end, text: match[0] }, referents });
  }
  return found;
}
