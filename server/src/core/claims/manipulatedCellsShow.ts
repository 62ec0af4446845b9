// Cells, mice or groups named by a gene's loss or gain, then a verb of showing and what changed, named as events:
// "X knockdown cells showed inhibition of proliferation and invasion and induction of apoptosis", "X-deficient mice
// displayed accelerated tumorigenesis", "X-overexpressing cells exhibited enhanced migration". Experimental papers
// report a knockdown, knockout or overexpression this way whatever the gene or the readout; the verb ("showed") is
// no verb of effect, so the verb reader takes the first event for the cause of the next. Each change word (a
// participle before the event, "reduced migration", or a noun before "of", "inhibition of invasion") governs the
// events and molecules after it up to the next change word; a knockdown turns its direction round. The group's
// manipulation is read as manipulatedGroup.ts reads it ("X-silenced", "shX", "X-null", "X-deficient" before
// "cells", "mice", "group", ...). A denied showing ("did not show", "showed no") reads nothing.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { canChange, type Construction, mentionsIn, type SentenceSpan, claimOf, replacingChanges } from './construction';
import type { ExtractedClaim } from './extract';
import { type Manipulation, manipulationOf } from './manipulatedGroup';
import { allMatches } from '../util/allMatches';

/** The verb of showing right after the group's phrase (an adverb may stand before it). */
export const showing = /^\s*(?:(?:also|consistently|clearly|further|likewise|then)\s+)?(?:showed|show|shows|displayed|display|displays|exhibited|exhibit|exhibits|developed|develop|develops|demonstrated|underwent|presented|revealed|reveal|reveals)\b/i;
/** A change word: a participle before the event, or a noun of change before "of" / "in". */
export const changeWord = new RegExp(
  '\\b(?:(increased|enhanced|elevated|higher|greater|more|accelerated|augmented|promoted|stronger|faster|earlier)' +
    // ("fewer metastases", "fewer colonies": a count that fell.)
    '|(reduced|decreased|diminished|lower|less|fewer|impaired|delayed|attenuated|suppressed|inhibited|arrested|slower|weaker|blocked|abolished|abrogated|retarded)' +
    '|(?:(increases?|elevations?|enhancement|acceleration|promotion|induction|up-?regulation|activation|stimulation)' +
    '|(inhibition|suppression|reductions?|decreases?|loss|impairment|attenuation|delay|arrest|down-?regulation|blockade|abrogation|repression))\\s+(?:of|in))\\b',
  'gi',
);
/** Where the changes end: a new clause. */
export const clauseEnd = /[;.]|\b(?:which|that|whereas|while|but|than|compared|relative)\b/i;
export const denied = /\b(?:not|no|never|neither|nor|without|failed)\b|n['’]t\b/i;

/** A change word in the sentence's text: where it stands and ends, and whether it raises what it governs. */
export interface ChangeWordAt { at: number; after: number; rising: boolean }

/** The change words of `region`, the sentence's text from `from` on. */
export function changeWordsIn(region: string, from: number): ChangeWordAt[] {
  return [...allMatches(changeWord, region)].map((w) => ({ at: from + w.index, after: from + w.index + w[0].length, rising: w[1] !== undefined || w[3] !== undefined }));
}

/**
 * What the change words govern: each mention after a word and before the next word (the last word: before `to`)
 * that can change (canChange), each entity once, with the first word that governs it. `passOver` names what is not
 * a change here (the manipulated gene, a condition). This construction and cellsUnderCondition.ts read the changes
 * after a verb of showing alike and differ only in whose changes they are, so they share this.
 */
export function changesGoverned(
  sentence: SentenceSpan,
  words: readonly ChangeWordAt[],
  to: number,
  passOver: (m: EntityMention) => boolean,
): { word: ChangeWordAt; changed: EntityMention }[] {
  const typeOf = (m: EntityMention) => sentence.kb.entities.get(m.entityId)?.type ?? '';
  const governed: { word: ChangeWordAt; changed: EntityMention }[] = [];
  words.forEach((word, i) => {
    const until = words[i + 1]?.at ?? to;
    for (const m of mentionsIn(sentence)) {
      if (m.start < word.after || m.end > until || passOver(m) || !canChange(typeOf(m))) continue;
      if (governed.some((g) => g.changed.entityId === m.entityId)) continue;
      governed.push({ word, changed: m });
    }
  });
  return governed;
}

function groupOf(sentence: SentenceSpan): Manipulation | undefined {
  const typeOf = (m: EntityMention) => sentence.kb.entities.get(m.entityId)?.type ?? '';
  for (const m of mentionsIn(sentence)) {
    if (!isMarkerType(typeOf(m))) continue;
    // The cheap test first: a verb of showing within reach after the name.
    if (!/\b(?:show|display|exhibit|develop|demonstrated|underwent|presented|reveal)/i.test(sentence.text.slice(m.end, Math.min(sentence.end, m.end + 80)))) continue;
    const manipulation = manipulationOf(sentence, m, sentence.end);
    if (manipulation && showing.test(sentence.text.slice(manipulation.end, sentence.end))) return manipulation;
  }
  return undefined;
}

export function manipulatedCellsShowClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const group = groupOf(sentence);
  if (!group) return [];
  const { text, end } = sentence;
  const verb = showing.exec(text.slice(group.end, end))!;
  const from = group.end + verb[0].length;
  const stop = clauseEnd.exec(text.slice(from, end));
  const to = stop ? from + stop.index : end;
  const region = text.slice(from, to);
  // "did not show", "showed no change in": a denied showing reads nothing.
  const firstChange = region.search(changeWord);
  if (denied.test(text.slice(group.end, from)) || firstChange < 0 || denied.test(region.slice(0, firstChange))) return [];
  return changesGoverned(sentence, changeWordsIn(region, from), to, (m) => m.entityId === group.gene.entityId).map(({ word, changed }) =>
    claimOf(sentence, group.gene, group.sign * (word.rising ? 1 : -1) > 0 ? 'increases' : 'decreases', changed, { inverted: group.sign < 0 }),
  );
}

export const manipulatedCellsShow: Construction = {
  name: 'manipulated-cells-show',
  reads: '"X knockdown cells showed inhibition of A and reduced B": X raises A and B (an overexpression: lowers them)',
  triggers: ['show', 'display', 'exhibit', 'develop', 'demonstrated', 'underwent', 'presented', 'reveal'],
  example: 'Vimentin-silenced cells displayed impaired migration and a reduction in Snail levels.',
  expected: ['VIM increases CELL_MIGRATION', 'VIM increases NCBIGENE_6615'],
  // One changed event does not cause the next, nor does the gene act on them other than as read here.
  apply: (claims, sentence) => replacingChanges(claims, manipulatedCellsShowClaims(sentence)),
};
