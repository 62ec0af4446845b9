// A level compared between groups that differ by a marker: "Y levels were higher in tumours with X", "the
// expression of Y in specimens with X infection was higher than in those without it". Tissue studies report
// a marker's link with a measured molecule this way, with no verb between the two: the group's marker goes
// with the molecule, positively when the level is higher in its group. A group without the marker, or named
// by its loss ("tumours with X loss"), turns the association round.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import { mentionsIn, replacingWith, type Construction, type SentenceSpan, claimOf, triggersOf } from './construction';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';

/** The comparison: a copula and a level word (also phenotypeGroups.ts). */
export const level = /\b(?:was|were|is|are)\s+(?:(?:significantly|markedly|much|considerably|substantially|consistently|also)\s+)*(higher|greater|increased|elevated|enhanced|lower|reduced|decreased|diminished)\b/i;
export const higherWord = /^(?:higher|greater|increased|elevated|enhanced)$/i;
/** The group named by what it has or lacks: "<samples> with", "<samples> without". */
const group = /\b(?:tumou?rs?|cancers?|carcinomas?|specimens?|samples?|tissues?|patients|cases|biopsies|lesions|cells)\s+(with(?:out)?|harbou?ring|carrying|bearing)\s+/gi;
/** What was measured: "levels of Y", "Y protein levels", "the expression of Y". */
const measureAfter = /^\s*(?:\([^()]*\)\s*)?(?:(?:mRNA|protein|gene|serum|tissue)\s+)*(?:levels?|expression|concentrations?|content|activity|staining)\b/i;
const measureBefore = /\b(?:levels?|expression|concentrations?|content|activity|staining)\s+of\s+(?:the\s+)?$/i;

/** The level said before the molecule: "we observed higher Ki-67 levels in ...". */
const levelBefore = /\b(higher|greater|increased|elevated|enhanced|lower|reduced|decreased|diminished)\s+(?:(?:mean|median|average)\s+)?(?:(?:levels?|expression|concentrations?)\s+of\s+)?(?:the\s+)?$/i;
/** Between the molecule and the marker of the group: "(levels) in (the)". */
const inGroup = /^\s*(?:\([^()]*\)\s*)?(?:(?:levels?|expression|concentrations?)\s+)?in\s+(?:the\s+)?$/i;
/** The group named by the marker's state: "-positive carcinomas", " immunonegative tumours" (also frequentIn.ts). */
export const stateNamedSamples = /^[-‐\s](negative|positive|immunopositive|immunonegative|low|high|deficient|null|mutant|mutated|amplified|expressing|overexpressing)\s+(?:[\p{L}-]+\s+){0,2}?(?:tumou?rs|carcinomas|cancers|specimens|samples|tissues|cases|patients|lesions)\b/iu;

/**
 * The state-named group anywhere in the sentence: the attributive reading needs one after its marker
 * (`stateNamedSamples` without its anchor, the same flags). Asked first, it spares the per-mention look-back for a
 * level word in the sentences without a comparison (1,665 of a 100k-word thesis's, none read; issue 10, stop 40).
 */
const anyStateNamedSamples = new RegExp(stateNamedSamples.source.slice(1), stateNamedSamples.flags);

/** -1 for a group named by the marker's absence or low end ("negative", "low"), else +1. */
export function stateSign(state: string): number {
  return /^(?:negative|immunonegative|low|deficient|null)$/i.test(state) ? -1 : 1;
}

/** "higher Y in X-positive carcinomas": the level before the molecule, the group named by its marker's state. */
function attributiveClaims(sentence: SentenceSpan, inSentence: readonly EntityMention[]): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  if (!anyStateNamedSamples.test(text.slice(start, end))) return [];
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  for (const measured of inSentence) {
    const said = levelBefore.exec(text.slice(Math.max(start, measured.start - 50), measured.start));
    if (!said || !isMarkerType(typeOf(measured))) continue;
    const marker = inSentence.find((m) => m.start >= measured.end && m.start <= measured.end + 30);
    if (!marker || marker.entityId === measured.entityId || !isMarkerType(typeOf(marker)) || !inGroup.test(text.slice(measured.end, marker.start))) continue;
    const state = stateNamedSamples.exec(text.slice(marker.end, end));
    if (!state) continue;
    const sign = (higherWord.test(said[1]) ? 1 : -1) * stateSign(state[1]);
    return [claimOf(sentence, marker, 'associated-with', measured, { polarity: sign > 0 ? 'positive' : 'negative', start: measured.start, end: marker.end + state[0].length })];
  }
  return [];
}

export function groupLevelClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const part = text.slice(start, end);
  const comparison = level.exec(part);
  if (!comparison) return attributiveClaims(sentence, mentionsIn(sentence));
  const levelAt = start + comparison.index;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  // The first group named, before "than": the group the level is said of.
  const thanAt = /\bthan\b/i.exec(part);
  const limit = thanAt ? start + thanAt.index : end;
  let found: { marker: EntityMention; without: boolean; at: number } | undefined;
  for (const g of allMatches(group, part)) {
    const at = start + g.index + g[0].length;
    if (at > limit) break;
    const marker = inSentence.find((m) => m.start >= at && m.start <= at + 40 && isMarkerType(typeOf(m)));
    if (marker) {
      found = { marker, without: /^without$/i.test(g[1]), at: start + g.index };
      break;
    }
  }
  if (!found) return [];
  const { marker } = found;
  // The measured molecule: before the level word and before the group, named with its measure.
  const measured = [...inSentence].reverse().find(
    (m) => m.end <= Math.min(levelAt, found!.at) && m.entityId !== marker.entityId && isMarkerType(typeOf(m)) && (measureAfter.test(text.slice(m.end, m.end + 40)) || measureBefore.test(text.slice(Math.max(start, m.start - 30), m.start))),
  );
  if (!measured) return [];
  const sign = (higherWord.test(comparison[1]) ? 1 : -1) * (found.without ? -1 : 1) * (markerLost(text, marker, found.at, end) ? -1 : 1);
  return [claimOf(sentence, marker, 'associated-with', measured, { polarity: sign > 0 ? 'positive' : 'negative', start: measured.start, end: Math.max(marker.end, levelAt) })];
}

export const groupLevels: Construction = {
  name: 'group-levels',
  reads: '"Y levels were higher in tumours with X (than in those without)", "higher Y in X-positive carcinomas": X goes with Y; a group without X turns it round',
  // Both readings need a level word, said after a copula (`level`) or before the molecule (`levelBefore`): issue 10,
  // "with", listed here before, let it run on most claim sentences.
  triggers: triggersOf(level, levelBefore),
  example: 'Vimentin protein levels were significantly higher in gastric cancers with Helicobacter pylori infection.',
  expected: ['HELICOBACTER_PYLORI associated-with(positive) VIM [ctx GASTRIC_CANCER]'],
  apply: replacingWith(groupLevelClaims),
};
