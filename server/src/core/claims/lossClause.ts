// A loss in a "when" clause, then the change it brought: "when X was deleted in the mice, the rate of A fell",
// "once X was knocked down, B rose". The change is the loss's effect, so X itself acts the other way: less A after
// losing X says X raises A (issue 7: the verb reading took the clause's passive, "was deleted", for the claim, had
// no agent for it, and read nothing). changeAfterLoss.ts reads the loss after the change ("a rise in A after
// silencing of X"); this one reads it fronted, as a clause with its own verb.
import type { EntityMention } from '../entities/recognize';
import { type Construction, mentionsIn, claimOf } from './construction';
import type { ExtractedClaim } from './extract';

/** Right before the lost entity: "when", "once", "after", "if" opening the clause ("when the X gene"). */
const opensClause = /\b(?:when|once|after|if)\s+(?:the\s+)?$/iu;
/** Right after it, up to the clause's comma: "(gene) was deleted (in the male mice),". */
const lostInClause =
  /^\s*(?:(?:gene|expression|signalling|signaling|activity)\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:(?:genetically|specifically|selectively|completely|then)\s+)?(?:eliminated|deleted|knocked\s+(?:out|down)|silenced|removed|depleted|ablated|abrogated|inactivated|lost)\b[^,;.]{0,80},\s*/iu;
/** Between the changed entity and its verb: "(the) A rate fell", "A levels were reduced", "A incidence dropped". */
const changeAfter =
  /^\s*(?:(?:rate|rates|incidence|levels?|expression|activity|burden|formation|number|size|volume|growth)\s+){0,2}(?:(rose|increased|climbed|went\s+up|(?:was|were)\s+(?:increased|raised|elevated|enhanced|accelerated))|(fell|dropped|declined|decreased|went\s+down|(?:was|were)\s+(?:reduced|decreased|lowered|diminished|suppressed|abolished|impaired)))\b/iu;
/** Kinds of entity a loss is made of: molecules and their pathways, not places or drugs. */
const lostTypes = new Set(['cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein', 'rna', 'protein-family', 'pathway']);
/** Kinds of changed entity read as promoted rather than raised. */
const processTypes = new Set(['process', 'phenotype', 'disease']);

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
      if (claims.some((c) => c.subject.entityId === lost.entityId && c.object.entityId === changed.entityId)) continue;
      const process = processTypes.has(kb.entities.get(changed.entityId)?.type ?? '');
      const fell = change[2] !== undefined;
      const relation = fell ? (process ? 'promotes' : 'increases') : process ? 'inhibits' : 'decreases';
      added.push(claimOf(sentence, lost, relation, changed, { inverted: true, start: lost.start, end: changed.end + change[0].length }));
    }
    if (added.length === 0) return claims;
    // The verb reading's claims between the two, read from the clause's passive or the main verb, give way.
    const pair = (c: ExtractedClaim): boolean => added.some((a) => (c.subject.entityId === a.subject.entityId && c.object.entityId === a.object.entityId) || (c.subject.entityId === a.object.entityId && c.object.entityId === a.subject.entityId));
    return [...claims.filter((c) => !pair(c)), ...added];
  },
};
