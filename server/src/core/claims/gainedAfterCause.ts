// Cells that take on a phenotype after (in response to) an agent: "the cells acquired mesenchymal traits after
// TGF-β treatment", "epithelial cells shift into a mesenchymal-like state in response to X", "HCC cells gained
// invasive capacity upon exposure to X". The verb of taking on ("acquired", "shifted into", "underwent") is no
// verb of effect, so the reader named the agent and the phenotype and read nothing (issue 7). The agent brings the
// phenotype about. A denied taking on ("did not acquire", "failed to undergo") reads nothing, and so does a
// place or a process in the agent's place ("after EMT", "in response to hypoxic tumours" is read elsewhere).
import type { EntityMention } from '../entities/recognize';
import { claimOf, mentionsIn, type Construction, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** Right before the phenotype: the verb of taking on and its article. */
const takingOn =
  /\b(?:acquir(?:e|es|ed|ing)|gain(?:s|ed|ing)?|t(?:ake|akes|ook|aking)\s+on|adopt(?:s|ed|ing)?|shift(?:s|ed|ing)?\s+(?:in)?to|switch(?:es|ed|ing)?\s+(?:in)?to|convert(?:s|ed|ing)?\s+(?:in)?to|mov(?:e|es|ed|ing)\s+into|transition(?:s|ed|ing)?\s+(?:in)?to|underw(?:ent)|undergo(?:es|ing)?)\s+(?:(?:a|an|the)\s+)?(?:(?:more|highly|clearly|distinct|marked|full|fully|pronounced)\s+)?$/i;
/** Before the verb, in its clause: a denial. */
const denied = /\b(?:not|no|never|neither|nor|failed\s+to|unable\s+to)\b[^,;]*$|n['’]t\b[^,;]*$/i;
/** After the phenotype, up to the agent: "after", "in response to", "upon exposure to the". */
const afterCue =
  /^\s*(?:(?:only|also|again|mainly|shortly|soon|rapidly)\s+)?(?:after|following|upon|in\s+response\s+to)\s+(?:(?:prolonged|chronic|continuous|repeated|long-term)\s+)?(?:(?:treatment|exposure|incubation|stimulation|challenge)\s+(?:with|to)\s+)?(?:the\s+)?$/i;
/** What cannot be the agent: places and the phenotypes and processes themselves. */
const notAgents = new Set(['disease', 'cell-line', 'cell-type', 'experimental-system', 'process', 'phenotype']);

export function gainedAfterCauseClaims(claims: readonly ExtractedClaim[], sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const read: ExtractedClaim[] = [];
  inSentence.forEach((phenotype, i) => {
    const type = typeOf(phenotype);
    if (type !== 'process' && type !== 'phenotype') return;
    const before = text.slice(Math.max(start, phenotype.start - 80), phenotype.start);
    const verb = takingOn.exec(before);
    if (!verb || denied.test(before.slice(0, verb.index))) return;
    const agent = inSentence[i + 1];
    if (!agent || notAgents.has(typeOf(agent)) || agent.entityId === phenotype.entityId || agent.start >= end) return;
    if (!afterCue.test(text.slice(phenotype.end, agent.start))) return;
    if (claims.some((c) => c.subject.entityId === agent.entityId && c.object.entityId === phenotype.entityId)) return;
    read.push(claimOf(sentence, agent, 'promotes', phenotype, { start: Math.min(phenotype.start, agent.start), end: agent.end }));
  });
  return read;
}

export const gainedAfterCause: Construction = {
  name: 'gained-after-cause',
  reads: '"cells acquired mesenchymal traits after X treatment": X brings the phenotype about',
  triggers: ['after', 'following', 'upon', 'response'],
  example: 'The hepatoma cells took on a mesenchymal morphology after prolonged exposure to IL-6.',
  expected: ['IL6 promotes EMT [ctx HCC]'],
  apply(claims, sentence) {
    const read = gainedAfterCauseClaims(claims, sentence);
    if (read.length === 0) return claims;
    // The phenotype does not act on its agent: a reading of the pair the other way round ("EMT raises X" from the
    // phenotype named before "exposure to X") gives way.
    const reversed = (c: ExtractedClaim) => read.some((r) => r.subject.entityId === c.object.entityId && r.object.entityId === c.subject.entityId);
    return [...claims.filter((c) => !reversed(c)), ...read];
  },
};
