// A treatment told in one clause and its result in the next: "HCC cells were exposed to sorafenib for 48 h, and
// ATF3 rose", "we incubated MDA-MB-231 cells with IL-11 for two days, and vimentin went up". The first clause is a
// method with no verb of effect; the change after "and" names no agent, so the verb reader read nothing (or took
// the sentence for a method, out of scope). The writer reports the treatment as the cause of the change, as
// "Y rose in cells treated with X" (changeInTreatedCells.ts) says in one clause. One sentence, the treatment's
// clause first (the cells, the treating verb, "with" or "to" the agent, a time or dose), then "and", "after which"
// or "whereupon" and the changed name with its change verb, or ", which" and a verb of change with the changed name
// after it (stop 34); a treatment that removes X is left to the loss readers.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { falling, removes, rising } from './changeInTreatedCells';
import { claimOf, mentionListFrom, mentionsIn, replacingWith, type Construction, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

const treating = '(?:treated|exposed|incubated|stimulated|cultured|challenged|supplemented|pretreated|pre-treated|primed)';
const agentWords = '(?:(?:recombinant|exogenous|human|mouse|murine|purified|soluble)\\s+)*(?:the\\s+)?';
/**
 * Before the agent: the cells (or animals) and the treating verb, passive or with "we" as its subject; "with" or "to"
 * the agent, or "under", "in" or "at" a condition ("cultured under hypoxia", "kept at 1% O2"). Group 1: the clause is
 * a fronted subordinate one ("When cells were stimulated with X, Y rose"), which a bare comma ends.
 */
const treatmentClause = new RegExp(
  `(?:^\\s*(when|once|after|as\\s+soon\\s+as)\\s+[^.;,]{0,60}?)?(?:\\b(?:cells|lines|cultures|mice|rats|xenografts|organoids|spheroids|monolayers)\\s+(?:were|was|had\\s+been)\\s+(?:(?:first|then|briefly|continuously)\\s+)?(?:${treating}|kept|grown|maintained)|\\bwe\\s+(?:(?:first|then|also)\\s+)?(?:treated|exposed|incubated|stimulated|cultured|challenged|supplemented|pretreated|primed|kept|grew)\\s+[^.;,]{0,60}?\\b(?:cells|lines|cultures|mice|xenografts|organoids|spheroids))\\s+(?:(with|to)|under|in|at)\\s+${agentWords}$`,
  'i',
);
/** After the agent: its dose or the time it was given, then the clause boundary and the changed name's article. */
const resultHead = `(?:(?:the|their|its|cellular|intracellular|secreted)\\s+)?(?:(?:expression|levels?|secretion|production|release|phosphorylation|activity|abundance)\\s+of\\s+(?:the\\s+)?)?$`;
const dose = `(?:\\s*(?:treatment|stimulation|exposure))?(?:\\s*\\([^()]{0,30}\\))?(?:\\s+(?:for|at|over|during|within)\\s+[^,;.()]{1,30}?)?(?:\\s*\\([^()]{0,30}\\))?`;
const toResult = new RegExp(`^${dose}\\s*(?:,?\\s*(?:and(?:\\s+then)?|after\\s+which|whereupon)|;)\\s+${resultHead}`, 'i');
/** After a fronted subordinate clause ("When cells were stimulated with X, Y rose"): its comma. */
const afterFronted = new RegExp(`^${dose}\\s*,\\s*${resultHead}`, 'i');
/**
 * Or a relative clause whose "which" is the treatment: "cells were incubated with X for 48 h, which reduced Y levels"
 * (issue 7, stop 34: a method before, out of scope). Group 1 a raising verb, group 2 a lowering one; the changed name
 * follows it, with its noun of level before or after.
 */
const raisingVerbs = 'raised|increased|elevated|enhanced|induced|upregulated|up-regulated|augmented|boosted|stimulated|promoted|activated|triggered';
const loweringVerbs = 'lowered|decreased|reduced|suppressed|inhibited|downregulated|down-regulated|diminished|attenuated|abolished|blocked|impaired|repressed';
const whichChanged = new RegExp(`^${dose}\\s*,\\s*which\\s+(?:(?:in\\s+turn|significantly|markedly|strongly|clearly|also|further|rapidly|sharply|substantially|dramatically)\\s+)?(?:(${raisingVerbs})|(${loweringVerbs}))\\s+${resultHead}`, 'i');

/** After the changed name (or list): its own noun and the change verb. */
const changeAfter = new RegExp(
  `^(?:\\s+(?:protein|mRNA|gene))?(?:\\s+(?:levels?|expression|phosphorylation|secretion|production|release|activity|abundance|content))?\\s+(?:(?:significantly|markedly|strongly|sharply|clearly|also|further|rapidly|steadily|promptly|both|then|soon|quickly)\\s+)?(?:(${rising})|(${falling}))\\b`,
  'i',
);
const listGap = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

function agentType(sentence: SentenceSpan, m: EntityMention): string {
  return sentence.kb.entities.get(m.entityId)?.type ?? '';
}

function treatedThenChangedClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start } = sentence;
  const inSentence = mentionsIn(sentence);
  const found: ExtractedClaim[] = [];
  for (let a = 0; a + 1 < inSentence.length; a++) {
    const agent = inSentence[a];
    const clause = treatmentClause.exec(text.slice(start, agent.start));
    if (!clause) continue;
    if (removes.test(text.slice(agent.end, agent.end + 16))) return [];
    const type = agentType(sentence, agent);
    if (!isMarkerType(type) && type !== 'drug' && type !== 'chemical' && type !== 'condition') return [];
    // "under", "in" or "at" a condition only ("cultured in 1% O2"), never a medium or a dish.
    if (!clause[2] && type !== 'condition') return [];
    // ", which reduced Y": the treatment's own relative clause names the change and the changed.
    const next = inSentence[a + 1];
    const which = clause[1] ? null : whichChanged.exec(text.slice(agent.end, next.start));
    if (which) {
      const { list } = mentionListFrom(text, inSentence, a + 1, listGap);
      for (const changed of list) {
        if (changed.entityId === agent.entityId || !isMarkerType(agentType(sentence, changed)) && !['process', 'phenotype'].includes(agentType(sentence, changed))) continue;
        found.push(claimOf(sentence, agent, which[1] ? 'increases' : 'decreases', changed, { start: agent.start, end: changed.end }));
      }
      return found;
    }
    const boundary = clause[1] ? afterFronted : toResult;
    // The changed names: the first mention after the boundary (places in the treatment's clause are skipped).
    for (let c = a + 1; c < inSentence.length; c++) {
      if (!boundary.test(text.slice(inSentence[c - 1].end, inSentence[c].start)) && !(c > a + 1 && boundary.test(text.slice(agent.end, inSentence[c].start)))) continue;
      const { list, next } = mentionListFrom(text, inSentence, c, listGap);
      const change = changeAfter.exec(text.slice(list[list.length - 1].end, (inSentence[next]?.start ?? sentence.end)));
      if (!change) return [];
      for (const changed of list) {
        if (changed.entityId === agent.entityId || !isMarkerType(agentType(sentence, changed)) && !['process', 'phenotype'].includes(agentType(sentence, changed))) continue;
        found.push(claimOf(sentence, agent, change[1] ? 'increases' : 'decreases', changed, { start: agent.start, end: changed.end }));
      }
      return found;
    }
    return [];
  }
  return found;
}

export const treatedThenChanged: Construction = {
  name: 'treated-then-changed',
  reads: '"cells were treated with X for 24 h, and Y rose": X changed Y (the treatment in one clause, the change in the next)',
  triggers: ['treated', 'exposed', 'incubated', 'stimulated', 'cultured', 'challenged', 'supplemented', 'pretreated', 'pre-treated', 'primed', 'kept', 'grown', 'grew', 'maintained'],
  example: 'HCC cells were exposed to sorafenib for 48 h, and ATF3 levels increased markedly.',
  expected: ['SORAFENIB increases ATF3 [ctx HCC]'],
  apply: replacingWith(treatedThenChangedClaims),
};
