// A change reported after a gene's loss, with the change first: "we saw a marked enhancement of cell migration and
// invasion after silencing of Y", "a decrease in A was found following Y knockdown". The change is the loss's
// effect, so Y itself acts the other way: more A after losing Y says Y lowers A (issue 7: the verb reading read
// nothing here, or took the process before "after" for the agent). changesAfter.ts reads a treatment after the
// change ("reductions in A were seen after X"); this one reads a loss, and turns the direction round.
import type { EntityMention } from '../entities/recognize';
import { type Construction, mentionsIn, claimOf, changeRelation, mentionListFrom } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { alternation, lossNounsAt } from './vocabulary';
import { lostTypes } from './lossClause';

/** Before the first changed entity: "a significant enhancement of (cell)", "an increase in". */
const changeBefore =
  /\b(?:a|an)\s+(?:(?:significant|significantly|marked|markedly|strong|clear|striking|dramatic|notable|substantial|further|pronounced)\s+)?(?:(enhancement|increase|rise|elevation|upregulation|up-regulation|induction|gain|acceleration)|(reduction|decrease|decline|loss|suppression|inhibition|attenuation|impairment|downregulation|down-regulation|drop|fall))\s+(?:of|in)\s+(?:the\s+)?(?:(?:cell|cellular|tumou?r)\s+)?$/iu;
/** Between two changed entities of one list. */
/** The nouns of a loss (vocabulary.ts lossWording, its rows of nouns): before "of" the name, or after it ("Y silencing"). */
const lossNoun = String.raw`(?:${alternation(lossNounsAt('before'))})`;
const lossNounAfter = String.raw`(?:${alternation(lossNounsAt('after'))})`;
/** After the list, before the lost entity: "after silencing of", "following the knockdown of". */
const lossOf = new RegExp(String.raw`^\s*(?:(?:expression|levels?|activity|capacity|ability)\s+)?(?:(?:was|were)\s+(?:seen|observed|found|noted|detected)\s+)?(?:after|following|upon|on)\s+(?:the\s+)?(?:(?:siRNA|shRNA|stable|transient|genetic)(?:-mediated)?\s+)?${lossNoun}\s+of\s+(?:the\s+)?$`, 'iu');
/** After the list, before the lost entity named first: "after", then "Y silencing". */
const lossAfterName = new RegExp(String.raw`^[\s-]*${lossNounAfter}\b`, 'iu');
const afterWord = /^\s*(?:(?:expression|levels?|activity)\s+)?(?:(?:was|were)\s+(?:seen|observed|found|noted|detected)\s+)?(?:after|following|upon)\s+(?:the\s+)?$/iu;

export const changeAfterLoss: Construction = {
  name: 'change-after-loss',
  reads: '"a marked enhancement of A after silencing of Y": Y lowers A (the loss raises it)',
  triggers: ['after', 'following', 'upon'],
  example: 'We noted a marked enhancement of cell invasion after silencing of STAT3 in MDA-MB-231 cells.',
  expected: ['STAT3 inhibits CELL_INVASION [ctx MDA_MB_231]'],
  apply(claims, sentence) {
    const { text, start, kb } = sentence;
    const inSentence = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    const replaced: EntityMention[] = [];
    for (let i = 0; i < inSentence.length; i++) {
      const head = changeBefore.exec(text.slice(Math.max(start, inSentence[i].start - 60), inSentence[i].start));
      if (!head) continue;
      const { list, next: j } = mentionListFrom(text, inSentence, i);
      const lost = inSentence[j];
      if (!lost || !lostTypes.has(kb.entities.get(lost.entityId)?.type ?? '')) continue;
      const between = text.slice(list[list.length - 1].end, lost.start);
      const read = lossOf.test(between) || (afterWord.test(between) && lossAfterName.test(text.slice(lost.end, lost.end + 30)));
      if (!read) continue;
      // More after the loss: the entity lowers it; less after the loss: the entity raises it (a process is promoted
      // or inhibited, as the frame of a change after its cause says it: changeRelation).
      for (const changed of list) {
        if (changed.entityId === lost.entityId) continue;
        // A pair the frames already read from the lost entity ("a clear attenuation of A after knockdown of Y") stays.
        if (readsPair(claims, lost.entityId, changed.entityId)) continue;
        const relation = changeRelation(kb.entities.get(changed.entityId)?.type ?? '', !head[1]);
        added.push(claimOf(sentence, lost, relation, changed, { inverted: true, start: changed.start, end: lost.end }));
        replaced.push(changed);
      }
      i = j;
    }
    if (added.length === 0) return claims;
    // The verb reading's claims from a changed entity to the lost one ("invasion suppresses Y") go.
    const involved = (c: ExtractedClaim): boolean => replaced.some((m) => m.entityId === c.subject.entityId) && added.some((a) => a.subject.entityId === c.object.entityId);
    return [...claims.filter((c) => !involved(c)), ...added];
  },
};
