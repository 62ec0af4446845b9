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
import { claimOf, mentionsIn, type Construction } from './construction';
import type { ExtractedClaim } from './extract';
import type { ClaimRelation } from './vocabulary';

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
  target: EntityMention;
  relation: ClaimRelation;
  /** Where the event's phrase ends: the verb's claim has its object after it. */
  end: number;
}

function eventPhrases(text: string, mentions: readonly EntityMention[], typeOf: (id: string) => string | undefined): EventPhrase[] {
  const found: EventPhrase[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    // A place or setting is no event's target (schema.ts contextTypes): "OSM stimulation of MCF7 cells" treats cells.
    const first = agentFirst.exec(text.slice(a.end, b.start));
    if (first && agentTypes.has(typeOf(a.entityId) ?? '') && !contextTypes.has(typeOf(b.entityId) ?? '')) {
      found.push({ agent: a, target: b, relation: eventNouns[first[1].toLowerCase()], end: b.end });
      continue;
    }
    const before = nounBefore.exec(text.slice(Math.max(0, a.start - 40), a.start));
    if (before && byBetween.test(text.slice(a.end, b.start)) && agentTypes.has(typeOf(b.entityId) ?? '') && !contextTypes.has(typeOf(a.entityId) ?? '')) {
      found.push({ agent: b, target: a, relation: eventNouns[before[1].toLowerCase()], end: b.end });
    }
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
      // The verb's claims: said of the event (its agent or its target as the reader took it), on a name after it.
      const said = result.filter((c) => (same(c.subject, phrase.agent) || same(c.subject, phrase.target)) && c.object.start >= phrase.end && !c.negated);
      const existing = result.find((c) => same(c.subject, phrase.agent) && same(c.object, phrase.target));
      const event = existing ?? claimOf(sentence, phrase.agent, phrase.relation, phrase.target);
      if (said.length === 0) {
        if (!existing) result = [...result, event];
        continue;
      }
      const joint = phrase.agent.start;
      const rest = result.filter((c) => c !== existing && !said.includes(c));
      // A verb reading of the target's own on the same object stands for the event's; one from the agent gives way to it.
      const retold = said
        .map((c) => (same(c.subject, phrase.target) ? c : { ...c, subject: phrase.target, start: Math.min(c.start, phrase.target.start) }))
        .filter((c, i, all) => all.findIndex((d) => d.object.start === c.object.start && d.relation === c.relation) === i)
        .map((c) => ({ ...c, joint }));
      result = [{ ...event, joint }, ...retold, ...rest];
    }
    return result;
  },
};
