// An agent's capacity named as a noun with its verb: "its capacity to prevent Y", "X has the ability to lower Y".
// The sentence states what the agent does to Y (X lowers Y), whatever else it says around it ("apart from its
// capacity to ...", "little is known beyond its ability to ..."). The reader saw "capacity" as a property of the
// cells and read nothing, or read only the sentence's other claim, so that a capacity opposite to a finding never
// contradicted it (issue 7). The possessive's owner is the nearest agent named before it in the sentence: a gene,
// protein, pathway, drug or condition, never a place or a process ("the role of X in Y progression, beside its
// capacity to ..." is X's).
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn, replacingWith, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { verbTrigger } from './vocabulary';
import { placeTypes } from '../kb/schema';

const capacityNoun = String.raw`(?:capacity|capacities|ability|abilities|capability|capabilities|power|propensity|potential)`;
/** Words between the possessive and the noun: "its widely studied capacity", "its known ability". */
const qualifiers = String.raw`(?:[\p{L}-]+\s+){0,3}?`;
/** Between the verb and the object mention: a few words of its phrase ("the growth of", "bone"), no clause or route word. */
const objectLead = String.raw`(?:(?!(?:that|which|who|and|or|but|by|through|via|while|whereas)\s)[\p{L}\d-]+\s+){0,4}`;
/** "its capacity to block (distant) ": the possessive, the noun and the infinitive's verb, up to the object. */
// Only "its": "their ability to V" mostly speaks of the cells ("the treated cells lost their ability to invade").
const possessiveCapacity = new RegExp(String.raw`\b(?:its)\s+${qualifiers}${capacityNoun}\s+to\s+(?:(?:also|further|strongly|potently|directly|effectively)\s+)?(?<verb>[a-z]+)\s+${objectLead}$`, 'iu');
/** "X has the ability to lower ": the agent right before, the verb of having, then as above. */
const hasCapacity = new RegExp(String.raw`^\s*(?:(?:also|further|clearly)\s+)?(?:has|have|had|possesses|possess|possessed|shows?|showed|retains?|retained)\s+(?:the|an?|its|their)\s+${qualifiers}${capacityNoun}\s+to\s+(?<verb>[a-z]+)\s+${objectLead}$`, 'iu');
/** Verbs the trigger lexicon leaves out for being adjectives too ("lower"), plain verbs after "to". */
const infinitives: Readonly<Record<string, 'decreases' | 'increases'>> = { lower: 'decreases', raise: 'increases' };
/** What may own a capacity: not a place, a setting or a process. */
const agentTypes = new Set(['cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein', 'rna', 'protein-family', 'pathway', 'drug', 'chemical', 'condition']);

export function capacityClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const isAgent = (m: EntityMention): boolean => agentTypes.has(kb.entities.get(m.entityId)?.type ?? '');
  const claims: ExtractedClaim[] = [];
  inSentence.forEach((object, k) => {
    const from = Math.max(sentence.start, object.start - 200);
    const before = text.slice(from, object.start);
    const possessive = possessiveCapacity.exec(before);
    let agent: EntityMention | undefined;
    let verb: string | undefined;
    let capacityAt = object.start;
    if (possessive) {
      capacityAt = from + possessive.index;
      agent = inSentence.slice(0, k).reverse().find((m) => m.end <= from + possessive.index && isAgent(m));
      verb = possessive.groups!.verb;
    } else {
      // "X has the ability to ...": the mention right before the verb of having.
      const owner = inSentence.slice(0, k).reverse().find((m) => m.end <= object.start && hasCapacity.test(text.slice(m.end, object.start)));
      if (owner && isAgent(owner)) {
        agent = owner;
        capacityAt = owner.end;
        verb = hasCapacity.exec(text.slice(owner.end, object.start))!.groups!.verb;
      }
    }
    const relation = verb ? (infinitives[verb.toLowerCase()] ?? verbTrigger(verb)) : undefined;
    if (!agent || !relation || agent.entityId === object.entityId || placeTypes.has(kb.entities.get(object.entityId)?.type ?? '')) return;
    // The object is the first name after the capacity: "to induce IL-11 in tumour cells" is not of the tumour.
    if (inSentence.some((m) => m.start >= capacityAt && m.end <= object.start)) return;
    claims.push(claimOf(sentence, agent, relation, object));
  });
  return claims;
}

export const capacityTo: Construction = {
  name: 'capacity-to',
  reads: '"its capacity to prevent Y", "X has the ability to lower Y": X does to Y what the verb says; "its" is the nearest agent before it',
  triggers: ['capacit', 'abilit', 'capabilit', 'power', 'propensity', 'potential'],
  example: 'Beyond its role in the liver, hypoxia is known for its well studied capacity to induce IL-11 in tumour cells.',
  expected: ['HYPOXIA induces IL11 [ctx CANCER]'],
  apply: replacingWith(capacityClaims),
};
