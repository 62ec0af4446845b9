// "X's induction of Y promotes Z", "IL-6 induction of IGF-1 drives growth", "the induction of Y by X promotes Z":
// the subject of the verb is an event, and the sentence asserts two things at once, that X acts on Y and that
// this drives Z. The verb reading takes the first name, X, for the actor of the verb and never reads the event
// ("MMP-13 induction of IL-11 promotes metastasis" read as MMP-13 promoting metastasis, which a finding backs,
// though no finding has MMP-13 induce IL-11). This construction reads the event's own claim (X acts on Y), makes
// the event's target Y the actor of the verb (as the reader does for "the induction of Y by X"), and marks the two
// claims as asserted jointly (`joint`): the sentence is supported only when the library backs both (analyzeBlock's
// sentenceVerdict). Only the nouns of a raising relation: before "inhibition", "blockade" or "suppression" the
// name is as often what is blocked ("IGF-1R inhibition of growth") as what blocks.
import type { EntityMention } from '../entities/recognize';
import { contextTypes, moleculeTypes } from '../kb/schema';
import { claimOf, mentionListFrom, mentionsIn, type Construction } from './construction';
import type { ExtractedClaim } from './extract';
import { relationNouns, relationSign, type ClaimRelation } from './vocabulary';

const eventNouns: Readonly<Record<string, ClaimRelation>> = {
  induction: 'induces', activation: 'activates', upregulation: 'upregulates', 'up-regulation': 'upregulates', stimulation: 'activates', elevation: 'increases',
};
const noun = Object.keys(eventNouns).join('|');
/** Between X and Y of "X induction of Y" and "X-mediated induction of Y". */
const agentFirst = new RegExp(`^(?:\\s+|-(?:mediated|induced|driven|dependent)\\s+)(${noun})\\s+of\\s+(?:the\\s+)?$`, 'i');
/** Before Y of "the induction of Y by X", and between Y and X. */
const nounBefore = new RegExp(`\\b(${noun})\\s+of\\s+(?:the\\s+)?$`, 'i');
const byBetween = /^\s+(?:(?:expression|levels?|secretion|production|release|signalling|signaling)\s+)?by\s+(?:the\s+)?$/i;
/**
 * Kinds of entity that act on another as the agent of such an event: the molecules (schema.ts moleculeTypes), drugs,
 * compounds, conditions, pathways and cell types (a place or a process does not).
 */
const agentTypes: ReadonlySet<string> = new Set([...moleculeTypes, 'drug', 'chemical', 'condition', 'pathway', 'cell-type']);

interface EventPhrase {
  agent: EntityMention;
  /** What the event acts on: one name, or each member of a list ("X-mediated upregulation of A and B", "of A/B"). */
  targets: EntityMention[];
  relation: ClaimRelation;
  /** Where the event's phrase ends: the verb's claim has its object after it. */
  end: number;
  /** Names joined to the targets as further list members but no target ("of A, and B suppression,"): no verb's object. */
  listed: EntityMention[];
}

/**
 * Between two members of the event's target list: a comma, "and", "or", "as well as", or a slash ("MMP-2/9"). A list
 * is the event's targets each: "STAT3-mediated upregulation of A and B" is STAT3 raising A and STAT3 raising B, not
 * an event on A whose target A then raises B (stop 52, h-misread52: the later member was taken for the object of a
 * verb said of the event, and the event's target made its agent).
 */
const targetSeparator = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|as\s+well\s+as)\s+|\/\s*)(?:the\s+)?$/iu;
/** A noun of change right after a later member names that member's own event ("of A, and B suppression,"): no target. */
const ownChangeAfter = /^\s*([a-z-]+)/iu;

/**
 * The list of targets that opens at mention `i`: each later member joined by `targetSeparator`, of a kind an event
 * acts on, and with no noun of change of its own in another direction after it.
 */
function targetList(text: string, mentions: readonly EntityMention[], i: number, relation: ClaimRelation, typeOf: (id: string) => string | undefined): { targets: EntityMention[]; listed: EntityMention[] } {
  const { list } = mentionListFrom(text, mentions, i, targetSeparator);
  let n = 1;
  for (; n < list.length; n++) {
    const member = list[n];
    if (contextTypes.has(typeOf(member.entityId) ?? '')) break;
    const noun = ownChangeAfter.exec(text.slice(member.end, member.end + 24))?.[1].toLowerCase();
    const own = noun !== undefined ? relationNouns[noun] : undefined;
    if (own !== undefined && relationSign(own) !== relationSign(relation)) break;
  }
  return { targets: list.slice(0, n), listed: list.slice(n) };
}

function eventPhrases(text: string, mentions: readonly EntityMention[], typeOf: (id: string) => string | undefined): EventPhrase[] {
  const found: EventPhrase[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    // A place or setting is no event's target (schema.ts contextTypes): "OSM stimulation of MCF7 cells" treats cells.
    const first = agentFirst.exec(text.slice(a.end, b.start));
    if (first && agentTypes.has(typeOf(a.entityId) ?? '') && !contextTypes.has(typeOf(b.entityId) ?? '')) {
      const relation = eventNouns[first[1].toLowerCase()];
      const { targets, listed } = targetList(text, mentions, i + 1, relation, typeOf);
      found.push({ agent: a, targets, relation, end: targets[targets.length - 1].end, listed });
      continue;
    }
    const before = nounBefore.exec(text.slice(Math.max(0, a.start - 40), a.start));
    if (!before || contextTypes.has(typeOf(a.entityId) ?? '')) continue;
    // "the upregulation of A and B by X": the agent after "by" follows the whole list.
    const relation = eventNouns[before[1].toLowerCase()];
    const { list, next } = mentionListFrom(text, mentions, i, targetSeparator);
    const agent = mentions[next];
    if (agent === undefined || !byBetween.test(text.slice(list[list.length - 1].end, agent.start)) || !agentTypes.has(typeOf(agent.entityId) ?? '')) continue;
    const { targets } = targetList(text, mentions, i, relation, typeOf);
    if (targets.length !== list.length) continue;
    found.push({ agent, targets, relation, end: agent.end, listed: [] });
    i = next - 1;
  }
  return found;
}

export const eventSubject: Construction = {
  name: 'event-subject',
  reads: '"X induction of Y promotes Z": X acts on Y, and Y (so acted on) drives Z; the sentence is supported only when both are backed',
  triggers: Object.keys(eventNouns),
  example: 'IL-6 induction of IGF-1 promotes HCC cell proliferation.',
  expected: ['IL6 induces IGF1 [ctx HCC]', 'IGF1 promotes CELL_PROLIFERATION [ctx HCC]'],
  apply(claims, sentence) {
    const { text, kb } = sentence;
    const inSentence = mentionsIn(sentence);
    const phrases = eventPhrases(text, inSentence, (id) => kb.entities.get(id)?.type);
    if (phrases.length === 0) return claims;
    let result: ExtractedClaim[] = claims;
    for (const phrase of phrases) {
      const same = (m: EntityMention, n: EntityMention): boolean => m.start === n.start && m.entityId === n.entityId;
      const isTarget = (m: EntityMention): boolean => phrase.targets.some((t) => same(m, t));
      // The verb's claims: said of the event (its agent or a target as the reader took it), on a name after it.
      // (Not on a name the list goes on to: the event's own noun, not the verb, joined it.)
      const said = result.filter((c) => (same(c.subject, phrase.agent) || isTarget(c.subject)) && c.object.start >= phrase.end && !c.negated && !phrase.listed.some((m) => same(m, c.object)));
      const existing = result.filter((c) => same(c.subject, phrase.agent) && isTarget(c.object));
      const events = phrase.targets.map((target) => existing.find((c) => same(c.object, target)) ?? claimOf(sentence, phrase.agent, phrase.relation, target));
      if (said.length === 0) {
        result = [...result, ...events.filter((e) => !existing.includes(e))];
        continue;
      }
      const joint = phrase.agent.start;
      const rest = result.filter((c) => !existing.includes(c) && !said.includes(c));
      // The verb is said of the whole event, so of each target: a verb reading of a target's own on an object stands
      // for it; one from the agent, or from another target (the reader may take one member of the list only), is
      // said of each target that has none on that object.
      const retold = [...said.filter((c) => isTarget(c.subject)), ...said.flatMap((c) => phrase.targets.map((target) => ({ ...c, subject: target, start: Math.min(c.start, target.start) })))]
        .filter((c, i, all) => all.findIndex((d) => same(d.subject, c.subject) && d.object.start === c.object.start) === i)
        .map((c) => ({ ...c, joint }));
      result = [...events.map((e) => ({ ...e, joint })), ...retold, ...rest];
    }
    return result;
  },
};
