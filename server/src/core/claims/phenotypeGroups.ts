// A molecule's level set against groups that differ by how the tumour behaves: "X levels were higher in metastatic
// tumours than in non-metastatic ones", "X was lower in highly invasive cells compared with poorly invasive cells",
// "serum X was elevated in patients with lymph node metastasis compared with those without". Clinical and cell-line
// studies report a molecule's link with invasion or metastasis this way, with a comparative adjective and no verb
// between the two. The molecule goes with the behaviour, positively when its level is higher in the group that shows
// it. groupLevels.ts reads the sibling form whose groups differ by a marker ("Y was higher in tumours with X"); a
// group that differs by a condition or from normal tissue is levelUnderCondition.ts's and tumourVersusNormal.ts's.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import { claimOf, contextMentions, mentionsIn, onePerEntity, replacingWith, type Construction, type SentenceSpan, triggersOf } from './construction';
import type { ExtractedClaim } from './extract';
import { higherWord, level } from './groupLevels';

/** The first group follows the level word at once: "higher in", "elevated among". */
const inFirstGroup = /^\s+(?:in|among)\s+/i;
/** The second group: "than (in)", "compared with", "relative to", "versus". */
const comparator = /\s(?:than(?:\s+(?:in|among|that\s+(?:in|of)|those\s+(?:in|of)))?|(?:as\s+)?compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s/i;
/** Where the comparison's clause ends. */
const clauseEnd = /;|,\s*(?:whereas|while|but|which|and|suggesting|indicating)\b/i;
/** A behaviour named by its absence or low end inside a group: "non-metastatic", "poorly invasive", "without". */
const deniedBehaviour = /(?:\bnon-?|\b(?:poorly|less|weakly|lowly|minimally)\s+|\bwithout\s+(?:[\p{L}-]+\s+){0,2}|\bno\s+)$/iu;
/** A behaviour named absent by a status word after it: "node-negative", "metastasis-negative" (stop 52). */
const negativeAfter = /^[-‐\s]*negative\b/i;
/** A group named only by what it lacks, the behaviour left out: "(in) those without", "patients without". */
const groupWithout = /^\s*(?:in\s+)?(?:the\s+)?(?:those|ones|patients|cases|tumou?rs|cells|samples|specimens)\s+without\b/i;
/** Between the molecule and the level word: its bracketed short form, its measure. */
const measured = /^\s*\)?\s*(?:\([^()]*\)\s*)?(?:(?:mRNA|protein|gene|serum|plasma|tissue|nuclear|cytoplasmic)\s+)*(?:levels?|expression|concentrations?|content|activity|staining|phosphorylation|immunoreactivity)?\s*$/i;
/** The behaviours a group is named by: what tumours and cells do, never a place, a condition or a disease. */
const behaviourTypes = new Set(['process', 'phenotype']);

/** The behaviour mentions of one side of the comparison, each with whether the side names it lacking. */
function behavioursIn(sentence: SentenceSpan, from: number, to: number, inSentence: readonly EntityMention[]): { mention: EntityMention; lacking: boolean }[] {
  const { text, kb } = sentence;
  return inSentence
    .filter((m) => m.start >= from && m.end <= to && behaviourTypes.has(kb.entities.get(m.entityId)?.type ?? ''))
    .map((mention) => ({ mention, lacking: deniedBehaviour.test(text.slice(Math.max(from, mention.start - 30), mention.start)) || negativeAfter.test(text.slice(mention.end, Math.min(to, mention.end + 12))) }));
}

export function phenotypeGroupClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const part = text.slice(start, end);
  const said = level.exec(part);
  if (!said) return [];
  const levelAt = start + said.index;
  const levelEnd = levelAt + said[0].length;
  if (!inFirstGroup.test(text.slice(levelEnd, end))) return [];
  const rest = text.slice(levelEnd, end);
  const stop = clauseEnd.exec(rest);
  const to = stop ? levelEnd + stop.index : end;
  const compared = comparator.exec(text.slice(levelEnd, to));
  if (!compared) return [];
  const secondAt = levelEnd + compared.index + compared[0].length;
  const inSentence = mentionsIn(sentence);
  const first = behavioursIn(sentence, levelEnd, levelEnd + compared.index, inSentence);
  const second = behavioursIn(sentence, secondAt, to, inSentence);
  // One side shows the behaviour, the other lacks it: named lacking, or a group "without" it.
  const secondLacks = (id: string) => second.some((b) => b.lacking && b.mention.entityId === id) || (second.length === 0 && groupWithout.test(text.slice(secondAt, to)));
  const shown = first.find((b) => !b.lacking && secondLacks(b.mention.entityId));
  const lackingFirst = first.find((b) => b.lacking && second.some((s) => !s.lacking && s.mention.entityId === b.mention.entityId));
  const behaviour = shown?.mention ?? (lackingFirst && second.find((s) => !s.lacking && s.mention.entityId === lackingFirst.mention.entityId)?.mention);
  if (!behaviour) return [];
  // The molecule: the last marker before the level word, its measure alone between.
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const molecule = [...inSentence].reverse().find((m) => m.end <= levelAt && isMarkerType(typeOf(m)));
  if (!molecule || !measured.test(text.slice(molecule.end, levelAt))) return [];
  const sign = (higherWord.test(said[1]) ? 1 : -1) * (shown ? 1 : -1) * (markerLost(text, molecule, start, levelAt) ? -1 : 1);
  return [claimOf(sentence, molecule, 'associated-with', behaviour, {
      polarity: sign > 0 ? 'positive' : 'negative',
      context: onePerEntity(contextMentions(sentence, [molecule.entityId, behaviour.entityId])),
      end: Math.max(behaviour.end, levelEnd),
    })];
}

export const phenotypeGroups: Construction = {
  name: 'phenotype-groups',
  reads: '"X was higher in metastatic tumours than in non-metastatic ones (in patients with Y than in those without)": X goes with the behaviour; lower, or the group lacking it named first, turns it round',
  triggers: triggersOf(level),
  example: 'Vimentin levels were significantly higher in highly invasive tumours than in poorly invasive tumours.',
  expected: ['VIM associated-with(positive) CELL_INVASION [ctx CANCER]'],
  apply: replacingWith(phenotypeGroupClaims),
};
