// "Hypoxia drives metastasis; one of the mechanisms is to induce EMT": a clause after a semicolon (or ", and") that
// names a mechanism and says what it is, with an infinitive ("is to induce Y") or a means ("is by (through) inducing
// Y"), tells how the first clause's subject acts: its subject is the first clause's, and the verb says the direction.
// Issue 7, stop 52: the second clause has no subject of its own, so nothing was read of it and a sentence whose
// mechanism denied a finding ("one of the mechanisms is to block Y", against a finding that X raises Y) was read
// as supported by its first clause alone.
import type { EntityMention } from '../entities/recognize';
import { claimOf, mentionsIn, triggersOf, type Construction } from './construction';
import type { ExtractedClaim } from './extract';
import { samePair } from './readPairs';
import { groupTrigger } from './vocabulary';

/** The mechanism clause up to its verb: "; one of the (main) mechanisms (of this) is to V", "; the mechanism is by V-ing". */
const mechanismWords =
  /(?:;|,\s*and)\s*(?:one\s+of\s+(?:the|its|their|these)\s+(?:[\p{L}-]+\s+)?mechanisms|(?:one|a|the|its|their)\s+(?:[\p{L}-]+\s+)?mechanism)(?:\s+(?:of|for|behind|underlying)\s+(?:this|these|that|it|them))?(?:\s+(?:involved|proposed|suggested|described))?\s+(?:is|was|may\s+be|might\s+be|could\s+be|appears\s+to\s+be|seems\s+to\s+be)\s+(?:to\s+(?:(?:directly|further|strongly|actively)\s+)?(?<verb>\p{L}+)|(?:by|through|via)\s+(?:(?:directly|further|strongly|actively)\s+)?(?<gerund>\p{L}+ing))\s+(?:the\s+|an?\s+)?$/iu;

export const mechanismClause: Construction = {
  name: 'mechanism-clause',
  reads: '"X raises A; one of the mechanisms is to block Y": X inhibits Y (the mechanism clause has the first clause\'s subject)',
  triggers: triggersOf(/mechanism/),
  example: 'Hypoxia favours metastasis; one of the mechanisms is to suppress apoptosis.',
  expected: ['HYPOXIA promotes METASTASIS', 'HYPOXIA suppresses APOPTOSIS'],
  apply(claims, sentence) {
    const { text, start } = sentence;
    const mentions = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    for (const object of mentions) {
      const before = text.slice(Math.max(start, object.start - 160), object.start);
      const match = mechanismWords.exec(before);
      if (!match?.groups) continue;
      const verb = (match.groups.verb ?? match.groups.gerund).toLowerCase();
      const relation = groupTrigger(verb, verb);
      if (!relation || relation === 'associated-with') continue;
      const clauseStart = object.start - before.length + match.index;
      // The first clause's subject: the subject of a claim read wholly inside it, not denied nor read from a loss.
      const first = claims
        .filter((c) => c.subject.start >= start && c.subject.end <= clauseStart && c.object.end <= clauseStart && c.subject.start < c.object.start)
        .sort((a, b) => a.subject.start - b.subject.start)[0];
      const agent: EntityMention | undefined = first && !first.negated && !first.inverted ? first.subject : undefined;
      if (!agent || agent.entityId === object.entityId) continue;
      added.push(claimOf(sentence, agent, relation, object, { end: object.end }));
    }
    if (added.length === 0) return claims;
    return [...claims.filter((c) => !added.some((a) => samePair(a, c))), ...added];
  },
};
