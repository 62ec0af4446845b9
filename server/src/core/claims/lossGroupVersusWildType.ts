// A change measured in animals or cells that lack a gene, against wild-type ones: "we saw a rise in lung metastasis in
// X−/− mice compared with wild-type mice", "tumour growth was lower in X knockout mice than in WT littermates".
// Knockout studies report a gene's role this way, with no verb between the gene and what changed: the group is named
// by the loss, and the comparison with the wild type says the loss is what differs. The loss turns the change round:
// more metastasis without X says X holds metastasis back. A strain named "Y−/−" with no wild type beside it is the
// background of another experiment (manipulatedGroup.ts `onBackground`), so the comparison is required.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { canChange, changeRelation, claimOf, mentionsIn, replacingChanges, type Construction, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { lossGroupAfter } from './vocabulary';

/** After the loss word or mark: up to two words, then the group's noun ("X−/− C57BL/6 mice", "X KO mice"). */
const groupNoun = /^(?:\s+[\p{L}\p{N}/-]+){0,2}?\s+(?:mice|animals|rats|littermates|cells|xenografts|tumou?rs|organoids)\b/iu;
/** Right after the group: the wild type it is compared with ("compared to wildtype mice", "than in WT mice"). */
const versusWildType = /^\s*,?\s*(?:(?:when|as)\s+)?(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?|than(?:\s+(?:in|for|of))?)\s+(?:(?:the|their|age-matched|sex-matched)\s+)*(?:wild[-\s]?type|WT|control)\b/iu;
/** The change said before the group, in its clause: a rise or a fall, by noun, adjective or participle. */
const changeWord =
  /\b(?:(increases?|increased|rises?|higher|greater|elevated|enhanced|augmented|more)|(decreases?|decreased|reductions?|reduced|lower|less|fewer|diminished|impaired|declines?|attenuated|suppressed))\b/gi;
/** A copula before the change ("metastases were markedly higher"): what changed stands before it. */
const copulaBefore = /\b(?:was|were|is|are)\s+(?:[\p{L}-]+ly\s+)*$/iu;

/** The first gene of the sentence named as a group's loss that is compared with the wild type. */
function lossGroupOf(sentence: SentenceSpan, inSentence: readonly EntityMention[]): { gene: EntityMention; groupEnd: number } | undefined {
  const { text, end, kb } = sentence;
  for (const m of inSentence) {
    if (!isMarkerType(kb.entities.get(m.entityId)?.type ?? '')) continue;
    const after = text.slice(m.end, Math.min(end, m.end + 120));
    const loss = lossGroupAfter.exec(after);
    if (!loss) continue;
    const noun = groupNoun.exec(after.slice(loss[0].length));
    if (!noun) continue;
    const groupEnd = loss[0].length + noun[0].length;
    if (versusWildType.test(after.slice(groupEnd))) return { gene: m, groupEnd: m.end + groupEnd };
  }
  return undefined;
}

export function lossGroupVersusWildTypeClaims(sentence: SentenceSpan, read: readonly ExtractedClaim[] = []): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const group = lossGroupOf(sentence, inSentence);
  if (!group) return [];
  const { gene } = group;
  // The group's clause: from the last semicolon before the gene.
  const clauseStart = Math.max(start, text.lastIndexOf(';', gene.start) + 1);
  const before = text.slice(clauseStart, gene.start);
  const words = [...before.matchAll(changeWord)];
  const word = words[words.length - 1];
  if (!word) return [];
  const at = clauseStart + (word.index ?? 0);
  const rises = word[1] !== undefined;
  const changeable = (m: EntityMention) => m.entityId !== gene.entityId && canChange(kb.entities.get(m.entityId)?.type ?? '');
  // "a rise in Y in the group": what changed follows the word; "Y was higher in the group": it stands before the copula.
  let changed = inSentence.filter((m) => m.start >= at + word[0].length && m.end <= gene.start && changeable(m));
  if (changed.length === 0 && copulaBefore.test(text.slice(clauseStart, at))) {
    changed = inSentence.filter((m) => m.start >= clauseStart && m.end <= at && changeable(m));
  }
  // "IL-11 raised invasion in X−/− cells compared with wild-type cells": the change has an agent of its own, which the
  // reader has read before the change word; the group is only where it acted.
  const hasAgent = (m: EntityMention) => read.some((c) => c.object.entityId === m.entityId && c.subject.entityId !== gene.entityId && c.subject.end <= at);
  const claims: ExtractedClaim[] = [];
  for (const m of changed) {
    if (hasAgent(m) || claims.some((c) => c.object.entityId === m.entityId)) continue;
    const type = kb.entities.get(m.entityId)?.type ?? '';
    claims.push(claimOf(sentence, gene, changeRelation(type, !rises), m, { inverted: true, start: Math.min(gene.start, m.start), end: group.groupEnd }));
  }
  return claims;
}

export const lossGroupVersusWildType: Construction = {
  name: 'loss-group-versus-wild-type',
  reads: '"a rise in Y in X−/− mice compared with wild-type mice", "Y was lower in X KO mice than in WT mice": X lowers (raises) Y',
  example: 'Lung colonisation rose sharply, with a marked increase in metastasis in IL-11-/- mice compared with wild-type littermates.',
  expected: ['IL11 inhibits METASTASIS'],
  triggers: ['wild', 'wt', 'control'],
  apply: (claims, sentence) => replacingChanges(claims, lossGroupVersusWildTypeClaims(sentence, claims)),
};
