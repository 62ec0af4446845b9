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
import { invert, verbTrigger } from './vocabulary';
import { moleculeTypes, placeTypes } from '../kb/schema';

const capacityNoun = String.raw`(?:capacity|capacities|ability|abilities|capability|capabilities|power|propensity|potential)`;
/** Words between the possessive and the noun: "its widely studied capacity", "its known ability". */
const qualifiers = String.raw`(?:[\p{L}-]+\s+){0,3}?`;
/** Between the verb and the object mention: a few words of its phrase ("the growth of", "bone"), no clause or route word. */
const objectLead = String.raw`(?:(?!(?:that|which|who|and|or|but|by|through|via|while|whereas)\s)[\p{L}\d-]+\s+){0,4}`;
/** "its capacity to block (distant) ": the possessive, the noun and the infinitive's verb, up to the object. */
// Only "its": "their ability to V" mostly speaks of the cells ("the treated cells lost their ability to invade").
const possessiveCapacity = new RegExp(String.raw`\b(?:its)\s+${qualifiers}${capacityNoun}\s+to\s+(?:(?:also|further|strongly|potently|directly|effectively)\s+)?(?<verb>[a-z]+)\s+${objectLead}$`, 'iu');
/**
 * Issue 7, stop 38: the same said of a role with its gerund, "(because of) its central role in promoting Y", "its
 * part in suppressing Y": the role names what the agent does to Y as the capacity does. Only with a gerund of the
 * verb lexicon ("its role in the liver" names a place, "its role in Y" is the frame reader's), and the object may be a
 * process named after "pro-" ("in promoting proangiogenic ...").
 */
const possessiveRole = new RegExp(String.raw`\b(?:its)\s+${qualifiers}(?:roles?|parts?|function|functions|involvement)\s+in\s+(?:(?:also|further|strongly|potently|directly|actively)\s+)?(?<verb>[a-z]+ing)\s+${objectLead}(?:pro[-‐]?)?$`, 'iu');
/** "X has the ability to lower ": the agent right before, the verb of having, then as above. */
// Issue 7, stop 52: the owner may be a therapy aimed at it, "Anti-X therapies (X inhibitors, X-targeted agents) showed
// the ability to ...", which names X by its loss (the verb turned round), and the capacity may be the second of two
// things shown, "showed strong effects and the ability to ...".
const hasCapacity = new RegExp(String.raw`^(?<therapy>[-‐\s]*(?:(?:targeted|targeting|directed|based)\s+)?(?:therap(?:y|ies)|treatments?|drugs?|agents?|inhibitors?|antibod(?:y|ies)|blockers?|antagonists?|strateg(?:y|ies)))?\s*(?:(?:also|further|clearly)\s+)?(?:has|have|had|possesses|possess|possessed|shows?|showed|retains?|retained)\s+(?:(?:(?:the|an?|its|their)\s+)?(?:[\p{L}-]+\s+){1,4}?and\s+)?(?:the|an?|its|their)\s+${qualifiers}${capacityNoun}\s+to\s+(?<verb>[a-z]+)\s+${objectLead}$`, 'iu');
/** A therapy named for its target by a word of loss: "anti-X", "X inhibitors", "X-targeted". */
const therapyOfLoss = /(?:inhibitors?|blockers?|antagonists?|antibod(?:y|ies)|targeted|targeting|directed)/iu;
const antiBefore = /\banti[-‐\s]?$/iu;
/** Verbs the trigger lexicon leaves out for being adjectives too ("lower"), plain verbs after "to". */
const infinitives: Readonly<Record<string, 'decreases' | 'increases'>> = { lower: 'decreases', raise: 'increases' };
/** What may own a capacity: not a place, a setting or a process. */
const agentTypes = new Set([...moleculeTypes, 'pathway', 'drug', 'chemical', 'condition']);

/**
 * What each reading needs inside the sentence: "its" before the noun (possessiveCapacity, possessiveRole), or the noun
 * of capacity and "to" (hasCapacity); the flags are the patterns' own. Asked first, it rules out the sentences the
 * trigger words let through ("role", "function", "potential": 130 µs each in the bench's cost table, where every
 * mention's 200 characters before it were tried; issue 10, stop 40).
 */
const mayRead = new RegExp(String.raw`its\s|${capacityNoun}\s+to\s`, 'iu');

export function capacityClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  if (!mayRead.test(text.slice(sentence.start, sentence.end))) return [];
  const inSentence = mentionsIn(sentence);
  const isAgent = (m: EntityMention): boolean => agentTypes.has(kb.entities.get(m.entityId)?.type ?? '');
  const claims: ExtractedClaim[] = [];
  // The objects read from a role's gerund (possessiveRole), whose list may go on past them.
  const roleAt = new Map<EntityMention, number>();
  inSentence.forEach((object, k) => {
    const from = Math.max(sentence.start, object.start - 200);
    const before = text.slice(from, object.start);
    const possessive = possessiveCapacity.exec(before) ?? possessiveRole.exec(before);
    let agent: EntityMention | undefined;
    let verb: string | undefined;
    let capacityAt = object.start;
    let lost = false;
    if (possessive) {
      capacityAt = from + possessive.index;
      // A role's "its" is the clause's subject: an agent after a preposition ("a key factor in the TME because of its
      // role in ...") is a setting of the predicate, passed over.
      const role = possessiveRole.test(possessive[0]) && !possessiveCapacity.test(possessive[0]);
      agent = inSentence.slice(0, k).reverse().find((m) => m.end <= from + possessive.index && isAgent(m) && !(role && governedBefore.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))));
      verb = possessive.groups!.verb;
      if (role) roleAt.set(object, capacityAt);
    } else {
      // "X has the ability to ...": the mention right before the verb of having.
      const owner = inSentence.slice(0, k).reverse().find((m) => m.end <= object.start && hasCapacity.test(text.slice(m.end, object.start)));
      if (owner && isAgent(owner)) {
        const had = hasCapacity.exec(text.slice(owner.end, object.start))!;
        // A therapy owns the capacity only when a word of loss says it is aimed at the name (else "X therapies" may be X given).
        const therapy = had.groups!.therapy;
        lost = therapy !== undefined && (therapyOfLoss.test(therapy) || antiBefore.test(text.slice(Math.max(sentence.start, owner.start - 6), owner.start)));
        if (therapy === undefined || lost) {
          agent = owner;
          capacityAt = owner.end;
          verb = had.groups!.verb;
        }
      }
    }
    const read = verb ? (infinitives[verb.toLowerCase()] ?? verbTrigger(verb)) : undefined;
    const relation = read && lost ? invert(read) : read;
    if (!agent || !relation || agent.entityId === object.entityId || placeTypes.has(kb.entities.get(object.entityId)?.type ?? '')) return;
    // The object is the first name after the capacity: "to induce IL-11 in tumour cells" is not of the tumour; a
    // disease right before it is whose the object is ("to enhance cancer resistance to D").
    if (inSentence.some((m) => m.start >= capacityAt && m.end <= object.start && !(kb.entities.get(m.entityId)?.type === 'disease' && /^\s+$/u.test(text.slice(m.end, object.start))))) return;
    claims.push(claimOf(sentence, agent, relation, object, lost ? { inverted: true } : {}));
    // "its role in promoting A and B (, C)": the later members of the gerund's list are its objects too.
    if (!roleAt.has(object)) return;
    let last = object;
    for (const next of inSentence.slice(k + 1)) {
      if (!roleListGap.test(text.slice(last.end, next.start))) break;
      if (next.entityId !== agent.entityId && !placeTypes.has(kb.entities.get(next.entityId)?.type ?? '')) claims.push(claimOf(sentence, agent, relation, next));
      last = next;
    }
  });
  return claims;
}

/** A preposition (and a few words of its phrase) right before a name: the name is a setting, not a clause's subject. */
const governedBefore = /\b(?:in|within|inside|of|from|on|at|into|to|with|by|for|across|among|throughout)\s+(?:(?:the|a|an|this|these|their|its)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** Between two members of a gerund's list: a comma or "and"/"or", a "pro-" before the next adjective. */
const roleListGap = /^(?:\s+(?:properties|activity|activities|capacity|phenotypes?))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:pro[-‐]?)?$/i;

export const capacityTo: Construction = {
  name: 'capacity-to',
  reads: '"its capacity to prevent Y", "X has the ability to lower Y", "its role in promoting Y": X does to Y what the verb says; "its" is the nearest agent before it',
  triggers: ['capacit', 'abilit', 'capabilit', 'power', 'propensity', 'potential', 'role', 'part', 'function', 'involvement'],
  example: 'Beyond its role in the liver, hypoxia is known for its well studied capacity to induce IL-11 in tumour cells.',
  expected: ['HYPOXIA induces IL11 [ctx CANCER]'],
  apply: replacingWith(capacityClaims),
};
