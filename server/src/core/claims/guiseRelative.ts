// A guise of an agent with a relative clause: "IL-6 shows a second face that restrains tumour growth", "..., presenting
// a brighter side that opposes Y". The face (side) is the agent's, so the relative's verb is the agent's claim, as a
// class after a copula is (cues.ts classRelatives: "X is a cytokine that induces Y"). Issue 7, stop 50: the guise noun
// is no entity and the relative's verb found no subject, so a claim against the library's direction read nothing.
// Only after a verb of showing or having ("presents", "shows", "reveals", "displays", "has"), the guise noun "face" or
// "side" after an article or "another", "that" or "which" and the verb right after it; the agent is the nearest name
// before the verb of showing, with no name between them, and the object the name right after the relative's verb;
// a means after the object ("by mobilizing T cells") names no context.
import { type Construction, claimOf, contextMentions, mentionsIn } from './construction';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';
import { negations, verbTrigger } from './vocabulary';

const guise =
  /\b(?:presents?|presented|presenting|shows?|showed|shown|showing|reveals?|revealed|revealing|displays?|displayed|displaying|has|have|had|having)\s+(?:a|an|its|their|another|the\s+other|a\s+second)\s+(?:[\p{L}-]+\s+){0,2}?(?:face|side)\s*,?\s+(?:that|which)\s+(?:(not|never)\s+)?(?:[\p{L}]+ly\s+)?([\p{L}-]+)\s+(?:the\s+)?/giu;

export const guiseRelative: Construction = {
  name: 'guise-relative',
  reads: '"X shows a second face that restrains Y": X lowers Y',
  triggers: ['face', 'side'],
  example: 'In some settings IL-6 shows a second face that restrains tumour growth.',
  expected: ['IL6 inhibits TUMOR_GROWTH'],
  apply(claims, sentence) {
    const { text, start, end } = sentence;
    const mentions = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    for (const match of allMatches(guise, text.slice(start, end))) {
      const at = start + match.index;
      const after = at + match[0].length;
      const relation = verbTrigger(match[2].toLowerCase());
      if (!relation || relation === 'no-effect') continue;
      const agent = [...mentions].reverse().find((m) => m.end <= at);
      const object = mentions.find((m) => m.start === after);
      if (!agent || !object || agent.entityId === object.entityId) continue;
      // A denial before the verb of showing ("X does not show a face that ...") reads nothing.
      if (text.slice(agent.end, at).split(/[^\p{L}']+/u).some((w) => negations.has(w.toLowerCase()))) continue;
      if (claims.some((c) => c.subject.entityId === agent.entityId && c.object.entityId === object.entityId)) continue;
      // A means after the object ("by mobilizing T cell responses") is how, not where: its names set no context.
      const means = /\b(?:by|through|via)\s+[\p{L}-]+ing\b/iu.exec(text.slice(object.end, end));
      const cut = means ? object.end + means.index : end;
      const context = contextMentions(sentence, [agent.entityId, object.entityId]).filter((m) => m.start < cut);
      added.push(claimOf(sentence, agent, relation, object, { negated: match[1] !== undefined, start: at, end: object.end, context }));
    }
    return added.length ? [...claims, ...added] : claims;
  },
};
