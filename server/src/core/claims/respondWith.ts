// A response named with its content: "HCC cells responded to IL-6 with STAT3 activation", "the cells respond to
// hypoxia with increased IL-11 secretion", and denied, "OSCC cells failed to respond to IL-11 with any rise in
// MMP-13", "the cells did not respond to X with increased Y". The cells are the place; what they respond to is the
// agent and what they respond with is its effect (issue 7, stop 37: "respond" is in no trigger table, and the
// reader read nothing or only the place). The denial is a reported absence of the effect: against a finding that X
// raises Y it is a contradiction, the guideline's "no effect" against an effect. "The cells failed to respond to
// sorafenib" names no content; it says the cells resist the drug and is not read here.
import { type Construction, mentionsIn, claimOf, canChange, changeRelation, replacingWith } from './construction';
import type { ExtractedClaim } from './extract';
import type { ClaimRelation } from './vocabulary';

/** Before the agent: the verb of responding, and the words of its giving ("to the cytokine", "to treatment with"). */
const respondTo = /\b(?:(fail(?:s|ed)?\s+to|did\s+not|do\s+not|does\s+not|could\s+not|can\s*not|never)\s+(?:\w+\s+)?)?respond(?:s|ed)?\s+(?:\w+ly\s+)?to\s+(?:(?:the|an?)\s+)?(?:(?:treatment|stimulation|exposure|incubation|challenge)\s+with\s+(?:the\s+)?)?$/i;
/** Between the agent and what the cells respond with: the change, if named before it. */
const withChange =
  /^\s*(?:(?:treatment|stimulation|exposure|addition|challenge)\s+)?with\s+(?:(?:an?|any|the)\s+)?(?:(?:marked|significant|strong|rapid|sharp|robust|clear|dose-dependent|measurable)\s+)?(?:(rise|rises|increase|increases|elevation|induction|upregulation|up-regulation|activation|gain)\s+(?:in|of)\s+(?:the\s+)?(?:(?:levels?|expression|secretion|production|release|activity|phosphorylation)\s+of\s+)?|(increased|enhanced|elevated|higher|greater|more|augmented|heightened)\s+|(fall|falls|decrease|decreases|reduction|reductions|decline|drop|loss|downregulation|down-regulation|suppression|inhibition)\s+(?:in|of)\s+(?:the\s+)?(?:(?:levels?|expression|secretion|production|release|activity|phosphorylation)\s+of\s+)?|(reduced|decreased|lower|diminished|less|attenuated|impaired)\s+)?$/i;
/** After what they respond with, when no change was named before it: a noun that says more of it is made. */
const gainNounAfter = /^\s*(activation|phosphorylation|induction|upregulation|up-regulation|secretion|production|release|accumulation|expression)\b/i;

/** changeRelation, but a molecule's rise named as its activation ("with STAT3 activation") is an activation. */
function effect(changedType: string, rose: boolean, activation: boolean): ClaimRelation {
  const relation = changeRelation(changedType, rose);
  return activation && relation === 'increases' ? 'activates' : relation;
}

export function respondWithClaims(sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const read: ExtractedClaim[] = [];
  for (let i = 0; i + 1 < inSentence.length; i++) {
    const agent = inSentence[i];
    const respond = respondTo.exec(text.slice(Math.max(start, agent.start - 80), agent.start));
    if (!respond) continue;
    const changed = inSentence[i + 1];
    if (changed.entityId === agent.entityId) continue;
    const type = kb.entities.get(changed.entityId)?.type ?? '';
    if (!canChange(type)) continue;
    const change = withChange.exec(text.slice(agent.end, changed.start));
    if (!change) continue;
    const named = change[1] ?? change[2] ?? change[3] ?? change[4];
    const noun = named ? undefined : gainNounAfter.exec(text.slice(changed.end, changed.end + 30));
    if (!named && !noun) continue;
    const rose = named ? change[1] !== undefined || change[2] !== undefined : true;
    const activation = (change[1] ?? noun?.[1] ?? '').toLowerCase() === 'activation';
    const denied = respond[1] !== undefined;
    read.push(claimOf(sentence, agent, effect(type, rose, activation), changed, { negated: denied, start: agent.start, end: changed.end + (noun ? noun[0].length : 0) }));
    // "with a rise in MMP-13 and MMP-11": each member of the list is changed alike (issue 7, stop 38 audit: only the
    // first was read, so a backed member spoke for its unbacked sibling, which the list policy calls a near miss).
    let last = changed;
    for (const next of inSentence.slice(i + 2)) {
      const nextType = kb.entities.get(next.entityId)?.type ?? '';
      if (!listJoin.test(text.slice(last.end, next.start)) || !canChange(nextType) || next.entityId === agent.entityId) break;
      read.push(claimOf(sentence, agent, effect(nextType, rose, activation), next, { negated: denied, start: agent.start, end: next.end }));
      last = next;
    }
  }
  return read;
}

/** Between two members of the changed list: a comma, "and", "or" (a form word after the member before). */
const listJoin = /^\s*(?:(?:levels?|expression|secretion|production|activity|phosphorylation)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/i;

export const respondWith: Construction = {
  name: 'respond-with',
  reads: '"cells responded to X with a rise in Y", "cells respond to X with Y activation": X raises Y; "failed to respond to X with Y": denied',
  triggers: ['respond', 'responds', 'responded'],
  example: 'Breast tumour cells responded to IL-11 with a marked rise in MMP-9 secretion.',
  expected: ['IL11 increases MMP9 [ctx BREAST_CANCER]'],
  apply: replacingWith(respondWithClaims),
};
