// "Y rose in ATC cells treated with X", "Y levels fell in HCC cells exposed to X": the change is said of Y, and the
// cells are named by what was done to them; X, the treatment, is what changed Y. The verb reading took Y for the
// subject of the change and X, the next name after it, for its object (Y raising X), the finding turned round, and a
// library finding the other way round then called it supported. One clause, the cells' noun and the treatment's
// participle between the two names; a treatment that removes X ("transfected with X siRNA") is left to the
// loss-of-function readers.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { claimOf, mentionsIn, replacingWith, type Construction, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { lossPatterns } from './vocabulary';

export const rising = 'rose|increased|went\\s+up|was\\s+(?:increased|elevated|raised|upregulated|up-regulated|induced|enhanced)|were\\s+(?:increased|elevated|raised|upregulated|up-regulated|induced|enhanced)|accumulated';
export const falling = 'fell|decreased|declined|dropped|diminished|was\\s+(?:decreased|reduced|lowered|downregulated|down-regulated|suppressed|diminished)|were\\s+(?:decreased|reduced|lowered|downregulated|down-regulated|suppressed|diminished)';
/** Between Y and X: Y's own noun, the change, "in" the cells, and the treatment's participle. */
const between = new RegExp(
  `^(?:\\s+(?:protein|mRNA|gene))?(?:\\s+(?:levels?|expression|phosphorylation|secretion|production|release|activity|abundance|content))?\\s+(?:(?:significantly|markedly|strongly|sharply|clearly|also|further|only)\\s+)?(?:(${rising})|(${falling}))\\s+in\\s+(?:the\\s+)?[^.;,]{0,60}?\\b(?:cells|lines|cultures|tumou?rs|xenografts|mice|organoids|spheroids)\\s+(?:that\\s+(?:were|had\\s+been)\\s+)?(?:treated|stimulated|incubated|exposed|given|cultured|challenged|supplemented|receiving|pretreated|pre-treated)\\s*(?:with|to|by)?\\s+(?:(?:recombinant|exogenous|human|mouse|murine)\\s+)*(?:the\\s+)?$`,
  'i',
);
/** After X: a treatment that removes it. */
// (Any word of vocabulary.ts lossWording after the name: "X siRNA", "X knockdown", "an X-neutralising antibody", "X inhibitors".)
export const removes = lossPatterns.after;

function changesInTreatedCells(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const found: ExtractedClaim[] = [];
  for (let i = 0; i + 1 < inSentence.length; i++) {
    const changed: EntityMention = inSentence[i];
    if (!isMarkerType(kb.entities.get(changed.entityId)?.type ?? '')) continue;
    for (let j = i + 1; j < inSentence.length; j++) {
      const agent = inSentence[j];
      const match = between.exec(text.slice(changed.end, agent.start));
      if (!match) continue;
      if (removes.test(text.slice(agent.end, agent.end + 16))) break;
      const type = kb.entities.get(agent.entityId)?.type ?? '';
      if (!isMarkerType(type) && type !== 'drug' && type !== 'chemical' && type !== 'condition') break;
      found.push(claimOf(sentence, agent, match[1] ? 'increases' : 'decreases', changed, { start: changed.start, end: agent.end }));
      break;
    }
  }
  return found;
}

/**
 * The same with the treated cells fronted: "In HCC cells exposed to X, Y rose", "Among MDA-MB-231 cells stimulated with
 * X (for 24 h), STAT3 phosphorylation and MMP-9 were increased" (issue 7, stop 34: nothing was read, the treatment
 * and the change in two clauses). The phrase opens the sentence and a comma closes it; the changed names open the
 * main clause, each before its change (one change verb after the list).
 */
const frontedCells = /^\s*(?:in|within|among)\s+(?:the\s+|these\s+)?[^.;,]{0,60}?\b(?:cells|lines|cultures|tumou?rs|xenografts|mice|organoids|spheroids)\s+(?:that\s+(?:were|had\s+been)\s+)?(?:treated|stimulated|incubated|exposed|cultured|challenged|supplemented|pretreated|pre-treated)\s*(?:with|to|by|under|in)?\s+(?:(?:recombinant|exogenous|human|mouse|murine)\s+)*(?:the\s+)?$/i;
/** After the agent: a dose or time, then the comma and the changed name's article. */
const toMainClause = /^(?:\s*\([^()]{0,30}\))?(?:\s+(?:for|at|over|during)\s+[^,;.()]{1,30}?)?\s*,\s*(?:(?:the|its|their)\s+)?(?:(?:expression|levels?|secretion|production|phosphorylation|activity)\s+of\s+(?:the\s+)?)?$/i;
const changeVerbAfter = new RegExp(
  `^(?:\\s+(?:protein|mRNA|gene))?(?:\\s+(?:levels?|expression|phosphorylation|secretion|production|release|activity|abundance|content))?\\s+(?:(?:significantly|markedly|strongly|sharply|clearly|also|further|both|rapidly)\\s+)?(?:(${rising})|(${falling}))\\b`,
  'i',
);
const listGap = /^(?:\s+(?:protein|mRNA|levels?|expression|phosphorylation|secretion|production|activity))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:the\s+)?(?:expression|levels?)\s+of\s+)?$/i;

function frontedChangesInTreatedCells(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const found: ExtractedClaim[] = [];
  for (let a = 0; a + 1 < inSentence.length; a++) {
    const agent = inSentence[a];
    if (!frontedCells.test(text.slice(start, agent.start))) continue;
    if (removes.test(text.slice(agent.end, agent.end + 16))) return [];
    const type = kb.entities.get(agent.entityId)?.type ?? '';
    if (!isMarkerType(type) && type !== 'drug' && type !== 'chemical' && type !== 'condition') return [];
    if (!toMainClause.test(text.slice(agent.end, inSentence[a + 1].start))) return [];
    const list = [inSentence[a + 1]];
    for (let k = a + 2; k < inSentence.length && listGap.test(text.slice(inSentence[k - 1].end, inSentence[k].start)); k++) list.push(inSentence[k]);
    const last = list[list.length - 1];
    const change = changeVerbAfter.exec(text.slice(last.end, Math.min(sentence.end, last.end + 80)));
    if (!change) return [];
    for (const changed of list) {
      if (changed.entityId === agent.entityId || !isMarkerType(kb.entities.get(changed.entityId)?.type ?? '') && !['process', 'phenotype'].includes(kb.entities.get(changed.entityId)?.type ?? '')) continue;
      found.push(claimOf(sentence, agent, change[1] ? 'increases' : 'decreases', changed, { start: agent.start, end: changed.end }));
    }
    return found;
  }
  return found;
}

export const changeInTreatedCells: Construction = {
  name: 'change-in-treated-cells',
  reads: '"Y rose in cells treated with X": X changed Y (not Y acting on X)',
  triggers: ['treated', 'stimulated', 'incubated', 'exposed', 'given', 'cultured', 'challenged', 'supplemented', 'receiving'],
  example: 'STAT3 phosphorylation rose in MDA-MB-231 cells treated with IL-11.',
  expected: ['IL11 increases STAT3 [ctx MDA_MB_231]'],
  apply: replacingWith((sentence) => [...changesInTreatedCells(sentence), ...frontedChangesInTreatedCells(sentence)]),
};
