// A loss in a "when" clause, then the change it brought: "when X was deleted in the mice, the rate of A fell",
// "once X was knocked down, B rose". The change is the loss's effect, so X itself acts the other way: less A after
// losing X says X raises A (issue 7: the verb reading took the clause's passive, "was deleted", for the claim, had
// no agent for it, and read nothing). changeAfterLoss.ts reads the loss after the change ("a rise in A after
// silencing of X"); this one reads it fronted, as a clause with its own verb.
import type { EntityMention } from '../entities/recognize';
import { type Construction, mentionsIn, claimOf, canChange, changeRelation, replacingPairs, replacingWith } from './construction';
import { readsPair } from './readPairs';
import { lossPatterns } from './vocabulary';
import type { ExtractedClaim } from './extract';
import { moleculeTypes } from '../kb/schema';

/** Right before the lost entity: "when", "once", "after", "if" opening the clause ("when the X gene"). */
const opensClause = /\b(?:when|once|after|if)\s+(?:the\s+)?$/iu;
/** Right after it, up to the clause's comma: "(gene) was deleted (in the male mice)," (vocabulary.ts lossWording, its passives). */
const lostInClause = new RegExp(lossPatterns.passive.source + String.raw`[^,;.]{0,80},\s*`, 'iu');
/** Between the changed entity and its verb: "(the) A rate fell", "A levels were reduced", "A incidence dropped". */
const changeAfter =
  /^\s*(?:(?:rate|rates|incidence|levels?|expression|activity|burden|formation|number|size|volume|growth)\s+){0,2}(?:(rose|increased|climbed|went\s+up|(?:was|were)\s+(?:increased|raised|elevated|enhanced|accelerated))|(fell|dropped|declined|decreased|went\s+down|(?:was|were)\s+(?:reduced|decreased|lowered|diminished|suppressed|abolished|impaired)))\b/iu;
/** Kinds of entity a loss is made of: molecules and their pathways, not places or drugs (also changeAfterLoss.ts). */
export const lostTypes: ReadonlySet<string> = new Set([...moleculeTypes, 'pathway']);
export const lossClause: Construction = {
  name: 'loss-clause',
  reads: '"when X was deleted, A fell (B rose)": X raises A (lowers B), the loss\'s effect turned round',
  triggers: ['when', 'once', 'after', 'if'],
  example: 'Once STAT3 had been knocked down in the tumour cells, the invasion rate dropped sharply.',
  expected: ['STAT3 promotes CELL_INVASION [ctx CANCER]'],
  apply(claims, sentence) {
    const { text, start, kb } = sentence;
    const inSentence = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    for (let i = 0; i < inSentence.length; i++) {
      const lost = inSentence[i];
      if (!lostTypes.has(kb.entities.get(lost.entityId)?.type ?? '')) continue;
      if (!opensClause.test(text.slice(Math.max(start, lost.start - 20), lost.start))) continue;
      const clause = lostInClause.exec(text.slice(lost.end, lost.end + 160));
      if (!clause) continue;
      const mainFrom = lost.end + clause[0].length;
      // The main clause's subject: its first mention, after at most a determiner ("the liver cancer rate").
      const changed: EntityMention | undefined = inSentence.find((m) => m.start >= mainFrom);
      if (!changed || !/^(?:the\s+|a\s+)?$/iu.test(text.slice(mainFrom, changed.start))) continue;
      const change = changeAfter.exec(text.slice(changed.end, changed.end + 60));
      if (!change || changed.entityId === lost.entityId) continue;
      // A pair the reader already related stays as it read it.
      if (readsPair(claims, lost.entityId, changed.entityId)) continue;
      // The change after the loss, turned round (less A: X raises A).
      const relation = changeRelation(kb.entities.get(changed.entityId)?.type ?? '', change[2] !== undefined);
      added.push(claimOf(sentence, lost, relation, changed, { inverted: true, start: lost.start, end: changed.end + change[0].length }));
    }
    // The verb reading's claims between the two, read from the clause's passive or the main verb, give way.
    return added.length === 0 ? claims : replacingPairs(claims, added);
  },
};

/**
 * Before the changed entity: the sentence's or a clause's start, at most an article and a word of cells ("Cell
 * migration"); the change told first, its cause in a clause after it (also changeAfterAdded.ts).
 */
export const changedOpens = /(?:^|[,;:])\s*(?:(?:the|a)\s+)?(?:(?:cell|cellular|tumou?r)\s+)?$/iu;
/**
 * After the changed entity, its change up to the word that opens the clause of its cause: "(of HCC cells) decreased
 * sharply when", "(levels) were reduced after"; group 1 a word of a rise, group 2 one of a fall. What follows is the
 * caller's: the loss's name here, the agent given to the cells in changeAfterAdded.ts.
 */
export const changeThenClause =
  String.raw`^\s*(?:of\s+[^,;.]{1,40}?\s+)?(?:(?:rate|rates|levels?|expression|activity|secretion|capacity|phosphorylation|production|release|abundance|content|signalling|signaling)\s+){0,2}` +
  String.raw`(?:(?:was|were)\s+)?(?:(?:significantly|markedly|sharply|strongly|greatly|dramatically|substantially|further|clearly|also|then|quickly|rapidly)\s+)?` +
  String.raw`(?:(rose|increased|climbed|went\s+up|raised|elevated|enhanced|accelerated|restored|augmented)|(fell|dropped|declined|decreased|diminished|went\s+down|reduced|lowered|suppressed|abolished|impaired|attenuated|inhibited))` +
  String.raw`(?:\s+(?:significantly|markedly|sharply|strongly|greatly|dramatically|substantially|clearly|steeply|considerably|quickly|rapidly))?` +
  String.raw`\s+(?:when|once|after|upon|following|whenever|as\s+soon\s+as)\s+`;
/** After the changed entity, up to the loss's name: "(of HCC cells) decreased sharply when (the)", "was reduced after". */
const changeThenLoss = new RegExp(changeThenClause + String.raw`(?:the\s+)?$`, 'iu');
/** After the lost entity: "(gene) was silenced", "were knocked down", or a loss noun, "knockdown" (vocabulary.ts lossWording). */
const lostAfter = lossPatterns.after;

/**
 * Whether the name at `mention` is named as lost right after it: "X was silenced", "X knockdown", "X siRNA", "X-deficient
 * cells". The readers of a change seen after a cause (seenAfter.ts, changesAfter.ts) turn the change round for it: "reduced
 * invasion was seen after X was silenced" says X raises invasion (issue 7, stop 34: read as X lowering it).
 */
export function namedAsLost(text: string, mention: EntityMention): boolean {
  return lostAfter.test(text.slice(mention.end, mention.end + 60));
}

export const lossClauseAfter: Construction = {
  name: 'loss-clause-after',
  reads: '"A fell when X was silenced", "B rose after X was knocked down": X raises A (lowers B), the loss\'s effect turned round',
  triggers: ['when', 'once', 'after', 'upon', 'following'],
  example: 'Invasion of the tumour cells declined markedly after STAT3 was knocked down.',
  expected: ['STAT3 promotes CELL_INVASION [ctx CANCER]'],
  // (Issue 7, stop 33: the change named first and the loss after it, "migration decreased when X was silenced",
  // was read from the verb, the changed process acting on X: the direction backwards and the roles swapped. The
  // verb reading's claims on the pair, either way round, give way, also "A fell after X" read as a treatment.)
  apply: replacingWith((sentence) => {
    const { text, start, kb } = sentence;
    const inSentence = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    for (let i = 0; i < inSentence.length; i++) {
      const changed = inSentence[i];
      if (!changedOpens.test(text.slice(start, changed.start))) continue;
      const type = kb.entities.get(changed.entityId)?.type ?? '';
      if (!canChange(type)) continue;
      for (let j = i + 1; j < inSentence.length; j++) {
        const lost = inSentence[j];
        const change = changeThenLoss.exec(text.slice(changed.end, lost.start));
        if (!change) continue;
        if (!lostTypes.has(kb.entities.get(lost.entityId)?.type ?? '') || lost.entityId === changed.entityId) break;
        const loss = lostAfter.exec(text.slice(lost.end, lost.end + 60));
        if (!loss) break;
        added.push(claimOf(sentence, lost, changeRelation(type, change[2] !== undefined), changed, { inverted: true, start: changed.start, end: lost.end + loss[0].length }));
        break;
      }
    }
    return added;
  }),
};
