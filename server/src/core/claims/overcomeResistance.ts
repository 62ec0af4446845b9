// A resistance named again and then overcome: "clones grown out under drug D ..., and that resistance was
// circumvented by E", "this resistance was reversed by X". The resistance is the one the
// sentence named before (resistance to its drug); the drug that overcomes it lowers that resistance. The verb
// reading took the noun phrase before "overcome" as the thing that acts on the drug, which is not what is said.
import type { EntityMention } from '../entities/recognize';
import { drugOutcomeAt, drugResistanceOf } from '../kb/outcomes';
import { type Construction, contextMentions, isDrugMention, mentionsIn, type SentenceSpan, claimOf } from './construction';
import { samePair } from './readPairs';
import type { ExtractedClaim } from './extract';

/** "the acquired resistance can be overcome by a class-wide inhibitor", right before the drug. */
const overcomeBy =
  /\b(?:the|this|that|such)\s+(?:(?:resulting|acquired|ensuing|consequent)\s+)?resistance\s+(?:(?:could|can|may|might)\s+be|was|were|is|are)\s+(?:(?:fully|partly|partially|largely|completely|readily|effectively)\s+)?(?:overcome|reversed|circumvented|abrogated)\s+(?:with|by)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}?$/iu;
/** Resistance named right before a drug: "selected for resistance to lapatinib" (its class noun between). */
const resistanceTo = /\bresistance\s+to\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}?$/iu;

export function overcomeResistanceClaims(sentence: SentenceSpan): { claims: ExtractedClaim[]; agents: EntityMention[] } {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const claims: ExtractedClaim[] = [];
  const agents: EntityMention[] = [];
  for (const agent of inSentence) {
    if (!isDrugMention(agent.entityId, kb)) continue;
    const found = overcomeBy.exec(text.slice(Math.max(start, agent.start - 160), agent.start));
    if (!found) continue;
    const phraseStart = Math.max(start, agent.start - 160) + found.index;
    // The resistance named before the anaphor: a drug named as resisted, or the lexicon's resistance to one.
    const before = inSentence.filter((m) => m.end <= phraseStart).reverse();
    const resisted = before.find((m) => isDrugMention(m.entityId, kb) && (drugOutcomeAt(text, m.start, m.end, start, end) === 'resistance' || resistanceTo.test(text.slice(Math.max(start, m.start - 60), m.start))));
    const named = resisted ? undefined : before.find((m) => kb.drugPhenotype(m.entityId)?.kind === 'RESISTANCE');
    const resistance = resisted ? drugResistanceOf(resisted.entityId, kb) : named && { object: named.entityId, context: [] };
    if (!resistance) continue;
    const object: EntityMention = { entityId: resistance.object, start: phraseStart, end: phraseStart + found[0].length, text: found[0] };
    const context = [...contextMentions(sentence, [agent.entityId, resistance.object]), ...resistance.context.map((id) => ({ ...(resisted as EntityMention), entityId: id }))];
    claims.push(claimOf(sentence, agent, 'decreases', object, { context, start: phraseStart, end: agent.end }));
    agents.push(agent);
  }
  return { claims, agents };
}

export const overcomeResistance: Construction = {
  name: 'overcome-resistance',
  reads: '"cells resistant to D ..., and this resistance was overcome by E": E lowers resistance to D',
  triggers: ['overcome', 'reversed', 'circumvented', 'abrogated'],
  example: 'Clones selected for resistance to gefitinib grew in its presence, and this resistance was overcome by trametinib.',
  expected: ['DRUG_TRAMETINIB decreases DRUG_RESISTANCE [ctx DRUG_GEFITINIB]'],
  apply(claims, sentence) {
    const read = overcomeResistanceClaims(sentence);
    if (read.claims.length === 0) return claims;
    // The verb reading's claims with the overcoming drug as their object ("X decreases E") go: E is the agent.
    const isAgent = (m: EntityMention) => read.agents.some((a) => a.start === m.start && a.end === m.end);
    return [...claims.filter((c) => !isAgent(c.object) && !read.claims.some((r) => samePair(r, c))), ...read.claims];
  },
};
