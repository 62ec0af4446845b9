// A change told first and the agent added after it, in a clause of its own: "invasion rose after IL-11 was added",
// "MMP-2 secretion fell once the inhibitor had been applied to the medium", "proliferation dropped after the cells
// were exposed to the drug". Writers of results put the outcome first when it is their topic; the agent is the one
// given to the cells, so the change is its effect (issue 7, stop 35: the clause's passive, "was added", has no
// object and the verb reader read nothing). A loss named in the clause ("after X siRNA was added") turns the change
// round, as lossClause.ts does for "after X was silenced", which reads the loss's own verbs.
import { type Construction, mentionsIn, claimOf, canChange, replacingWith } from './construction';
import type { ExtractedClaim } from './extract';
import { namedAsLost } from './lossClause';
import type { ClaimRelation } from './vocabulary';

/** Before the changed entity: the sentence's or a clause's start, an article, a word of cells ("Cell migration"). */
const changedOpens = /(?:^|[,;:])\s*(?:(?:the|a)\s+)?(?:(?:cell|cellular|tumou?r)\s+)?$/iu;
/**
 * From the changed entity to the agent: the change ("(levels) rose sharply", "was reduced"), the clause's opener, and
 * either nothing more (the agent's own passive follows it: `addedAfter`) or the cells the agent was given to, "the
 * cells were exposed to", "the cultures had been treated with", "the mice were placed under".
 */
const changeThenCause = new RegExp(
  String.raw`^\s*(?:of\s+[^,;.]{1,40}?\s+)?(?:(?:rate|rates|levels?|expression|activity|secretion|capacity|phosphorylation|production|release|abundance|content|signalling|signaling)\s+){0,2}` +
    String.raw`(?:(?:was|were)\s+)?(?:(?:significantly|markedly|sharply|strongly|greatly|dramatically|substantially|further|clearly|also|then|quickly|rapidly)\s+)?` +
    String.raw`(?:(rose|increased|climbed|went\s+up|raised|elevated|enhanced|accelerated|augmented)|(fell|dropped|declined|decreased|diminished|went\s+down|reduced|lowered|suppressed|impaired|attenuated|inhibited))` +
    String.raw`(?:\s+(?:significantly|markedly|sharply|strongly|greatly|dramatically|substantially|clearly|steeply|considerably|quickly|rapidly))?` +
    String.raw`\s+(?:when|once|after|upon|following|as\s+soon\s+as)\s+` +
    String.raw`(?:(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:cells|cultures|tumou?rs|mice|animals|rats|xenografts|organoids|spheroids)\s+(?:were|was|had\s+been|have\s+been|are)\s+` +
    String.raw`(?:(?:treated|incubated|stimulated|supplemented|cultured|grown|challenged|pulsed|dosed)\s+(?:with|in|under)|exposed\s+to|(?:placed|kept|moved|transferred)\s+(?:in|into|under))\s+)?(?:the\s+)?$`,
  'iu',
);
/** After the agent when no cells were named: its own passive of giving, "was added", "had been applied". */
const addedAfter = /^\s*(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:first|then|also|subsequently|briefly|finally)\s+)?(?:added|applied|given|administered|introduced|supplied|delivered|injected))\b/iu;
/** Kinds of agent given to cells or animals: molecules, drugs and conditions, not places, cells or processes. */
const causeTypes = new Set(['cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein', 'rna', 'protein-family', 'drug', 'chemical', 'condition']);
const processTypes = new Set(['process', 'phenotype', 'disease']);

/** What a cause given to cells does to what changed: a process or phenotype is promoted or inhibited, a level raised or lowered (changeWithDrug.ts too). */
export function changeEffect(changedType: string, rose: boolean): ClaimRelation {
  const process = processTypes.has(changedType);
  return rose ? (process ? 'promotes' : 'increases') : process ? 'inhibits' : 'decreases';
}

export const changeAfterAdded: Construction = {
  name: 'change-after-added',
  reads: '"A rose after X was added", "B fell once the cells were exposed to X": X raises A (lowers B)',
  triggers: ['after', 'when', 'once', 'upon', 'following', 'as soon as'],
  example: 'MMP-2 secretion rose sharply after IL-11 had been added to the medium.',
  expected: ['IL11 increases MMP2'],
  apply: replacingWith((sentence) => {
    const { text, start, kb } = sentence;
    const inSentence = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    for (let i = 0; i + 1 < inSentence.length; i++) {
      const changed = inSentence[i];
      if (!changedOpens.test(text.slice(start, changed.start))) continue;
      const type = kb.entities.get(changed.entityId)?.type ?? '';
      if (!canChange(type)) continue;
      const cause = inSentence[i + 1];
      const change = changeThenCause.exec(text.slice(changed.end, cause.start));
      if (!change || cause.entityId === changed.entityId) continue;
      if (!causeTypes.has(kb.entities.get(cause.entityId)?.type ?? '')) continue;
      // Without the cells named, the agent's own passive says it was given: "after X was added" (not "after X rose").
      const cellsNamed = /\b(?:were|was|been|are)\s+\S+\s+(?:with|in|under|to|into)\s+(?:the\s+)?$/iu.test(change[0]);
      if (!cellsNamed && !addedAfter.test(text.slice(cause.end, cause.end + 60))) continue;
      const lost = namedAsLost(text, cause);
      const rose = change[1] !== undefined;
      added.push(claimOf(sentence, cause, changeEffect(type, rose !== lost), changed, { inverted: lost, start: changed.start, end: cause.end }));
    }
    return added;
  }),
};
