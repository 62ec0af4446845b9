// An agent noun set against another role before their shared "of": "X is the main upstream inhibitor, instead of the
// downstream target, of Y", "X acts as an activator, rather than a substrate, of Y". The aside between the noun and
// its "of" left the reader's agent-noun cue without its object, and the sentence read nothing (issue 7, stop 53).
// The first noun is what X is said to be of Y; the contrasted one is denied, and says nothing by itself.
import { agentNounRelations } from './cues';
import { type Construction, claimOf, mentionsIn, replacingWith, type SentenceSpan, triggersOf } from './construction';
import type { ExtractedClaim } from './extract';

/** From X to Y: the copula, the agent noun, the contrast aside, then "of". */
const contrasted = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:is|are|was|were|acts?\s+as|serves?\s+as|functions?\s+as)\s+)(?:(?:described|considered|thought|proposed|suggested|shown|reported|regarded|believed)\s+(?:to\s+be|as)\s+)?(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>[\p{L}]+)\s*,\s*(?:instead\s+of|rather\s+than|and\s+not|not)\s+(?:being\s+)?(?:an?|the|its)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}]+\s*,?\s+of\s+(?:the\s+)?$/iu;
/** Relations an agent noun gives that have a direction: "a regulator", "a marker" say none and stay unread. */
const directed = new Set(['activates', 'induces', 'promotes', 'suppresses', 'inhibits', 'increases', 'decreases']);

export function contrastedAgentNounClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text } = sentence;
  const inSentence = mentionsIn(sentence);
  const read: ExtractedClaim[] = [];
  for (let i = 0; i + 1 < inSentence.length; i++) {
    const agent = inSentence[i];
    const target = inSentence[i + 1];
    if (agent.entityId === target.entityId) continue;
    const m = contrasted.exec(text.slice(agent.end, target.start));
    const relation = m?.groups?.noun ? agentNounRelations[m.groups.noun.toLowerCase().replace(/s$/, '')] : undefined;
    if (!relation || !directed.has(relation)) continue;
    read.push(claimOf(sentence, agent, relation, target, { start: agent.start, end: target.end }));
  }
  return read;
}

export const contrastedAgentNoun: Construction = {
  name: 'contrasted-agent-noun',
  reads: '"X is the main inhibitor, instead of the target, of Y": X inhibits Y (the contrasted role says nothing)',
  triggers: triggersOf(/instead\s+of|rather\s+than|not/),
  example: 'In hepatoma cells, IL-6 is the main upstream activator, rather than a downstream target, of STAT3.',
  expected: ['IL6 activates STAT3 [ctx HCC]'],
  apply: replacingWith(contrastedAgentNounClaims),
};
