// A molecule's use of a receptor for an event, said as a noun: "IL-11 relies on the use of gp130 for the activation
// of STAT3", "cytokines such as IL-6 are characterised by their shared use of gp130 for the downstream activation of
// STAT3". The verb is only "relies on", "is characterised by", so no verb reader says what the named molecules do,
// and the sentence named three molecules and read no claim (issue 7, stop 43, h-nominal43b: the stage "actor, no
// claim read", the nominal events; or worse, the receptor read as raising the cytokine before it). The noun phrase
// states that the molecules before it activate the event's object through the receptor: the receptor is the route
// (a mediator), as in "X activates Z via Y". Only molecules as agents (the receptor, as the route, is none), only
// the event "activation of", and not under a denial or as what is studied ("we examined the use of ...").
import type { EntityMention } from '../entities/recognize';
import { adjacentMoleculePairs, type Construction, claimOf, isMoleculeMention, mentionsIn, newPairs, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** "(the|their|its) (common|shared|joint) use of" just before the receptor. */
const useBefore = /(?:^|\s)(?:the\s+|their\s+|its\s+)?(?:(?:common|shared|joint|exclusive|preferential)\s+)?(?:use|usage|utili[sz]ation)\s+of\s+(?:the\s+)?$/iu;
/** After the receptor: "(receptor|subunit) for the (downstream) activation of" just before the event's object. */
const forActivation = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:co-?)?receptors?\s+|subunits?\s+|chains?\s+)?(?:\([^()]{1,20}\)\s*)?(?:for|to\s+achieve|in)\s+(?:the\s+)?(?:(?:downstream|subsequent|full|sustained)\s+)?activation\s+of\s+(?:the\s+)?$/iu;
/** A class's members listed after it: "cytokines, such as", "family members including". */
const membersFollow = /^[\s\p{L}-]{0,20}?,?\s*(?:such\s+as|including|like)\b/iu;
const denial = /\b(?:not|no|never|neither|nor|without|lacks?|lacking|fail(?:s|ed)?|unable|cannot|independent(?:ly)?|whether|examined|investigated|studied|tested|explored|assessed)\b|n['’]t\b/iu;

export function usedReceptorClaims(sentence: SentenceSpan): { claims: ExtractedClaim[]; receptor?: EntityMention } {
  const { text, kb, start } = sentence;
  const mentions = mentionsIn(sentence);
  for (const { first: receptor, second: target, index: i, between } of adjacentMoleculePairs(sentence)) {
    // The agents are named before the receptor.
    if (i === 0) continue;
    const lead = text.slice(Math.max(start, receptor.start - 40), receptor.start);
    if (!useBefore.test(lead) || !forActivation.test(between)) continue;
    if (denial.test(text.slice(start, target.start))) return { claims: [] };
    // The agents: the molecules named before the use, once each, neither the receptor nor the activated; a class
    // whose members are listed after it ("cytokines such as IL-6 and IL-11") is said through its members.
    const seen = new Set<string>([receptor.entityId, target.entityId]);
    const agents = mentions
      .slice(0, i)
      .filter((m) => isMoleculeMention(m.entityId, kb) && !membersFollow.test(text.slice(m.end, m.end + 30)) && !seen.has(m.entityId) && (seen.add(m.entityId), true));
    if (agents.length === 0) continue;
    return { claims: agents.map((a) => claimOf(sentence, a, 'activates', target, { mediators: [receptor] })), receptor };
  }
  return { claims: [] };
}

export const usedReceptor: Construction = {
  name: 'used-receptor',
  reads: '"X relies on the use of Y for the activation of Z": X activates Z, Y its route; claims between X and Y dropped',
  triggers: ['activation'],
  example: 'IL-11 relies on the use of gp130 for the activation of STAT3.',
  expected: ['IL11 activates STAT3 via GP130'],
  apply: (claims, sentence) => {
    const { claims: read, receptor } = usedReceptorClaims(sentence);
    if (read.length === 0 || !receptor) return claims;
    // The receptor is the agents' route, not their cause or effect: a verb reader's claim between them ("GP130
    // promotes IL11" off "relies on the use of") goes.
    const agents = new Set(read.map((c) => c.subject.entityId));
    const kept = claims.filter((c) => !((c.subject.entityId === receptor.entityId && agents.has(c.object.entityId)) || (agents.has(c.subject.entityId) && c.object.entityId === receptor.entityId)));
    const fresh = newPairs(read, kept);
    return [...kept, ...fresh];
  },
};
