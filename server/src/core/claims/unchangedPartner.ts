// A partner left unchanged beside an effect: "IL-11 raised MMP-2, whereas MMP-3 was unaffected", "X lowered A,
// while B levels remained unchanged", "X raised A but B did not change". The second clause names no agent: it is the
// first clause's, and the writer says it had no effect on B. Read alone, the second clause had no claim, so a sentence
// whose second half the library contradicts was called supported by its first (issue 7, stop 34).
import { type Construction, claimOf, mentionsIn } from './construction';
import { samePair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { placeTypes, type EntityType } from '../kb/schema';

/** Between the first clause's object and the partner: the contrast, and a measure noun before "of". */
const contrast = /^[^.;]{0,60}?,?\s+(?:whereas|while|but)\s+(?:(?:the|its|their)\s+)?(?:(?:levels?|expression|secretion|amounts?)\s+of\s+(?:the\s+)?)?$/i;
/** After the partner: its measure noun, then a state of no change. */
const unchanged = /^\s*(?:(?:mRNA|protein|gene)\s+)?(?:(?:levels?|expression|secretion|activity|phosphorylation)\s+)?(?:(?:was|were|remained|stayed|appeared|seemed)\s+(?:(?:largely|essentially|practically|virtually|completely)\s+)?(?:unaffected|unchanged|unaltered|not\s+(?:affected|altered|changed))|did\s+not\s+(?:change|differ))\b/i;

export function unchangedPartnerClaims(claims: readonly ExtractedClaim[], sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { text, end } = sentence;
  const inSentence = mentionsIn(sentence);
  const read: ExtractedClaim[] = [];
  for (const claim of claims) {
    if (claim.negated || claim.relation === 'no-effect' || claim.object.start < claim.subject.end) continue;
    // The next name after the object that is no place ("in MDA-MB-231 cells" may stand between), with only the
    // contrast between ("A, we expected B to ..., but C" names another clause).
    const partner = inSentence.find((m) => m.start >= claim.object.end && !placeTypes.has(sentence.kb.entities.get(m.entityId)?.type as EntityType));
    if (!partner || !contrast.test(text.slice(claim.object.end, partner.start)) || partner.entityId === claim.subject.entityId || partner.entityId === claim.object.entityId) continue;
    if (!unchanged.test(text.slice(partner.end, end))) continue;
    read.push(claimOf(sentence, claim.subject, 'no-effect', partner, { context: claim.context, start: claim.subject.start, end: partner.end }));
  }
  return read;
}

export const unchangedPartner: Construction = {
  name: 'unchanged-partner',
  reads: '"X raised A, whereas B was unaffected": X has no effect on B',
  triggers: ['unaffected', 'unchanged', 'unaltered', 'affected', 'altered', 'changed', 'change', 'differ'],
  example: 'In MDA-MB-231 cells, IL-11 raised MMP-2, whereas MMP-3 levels remained unchanged.',
  expected: ['IL11 increases MMP2 [ctx MDA_MB_231]', 'IL11 no-effect MMP3 [ctx MDA_MB_231]'],
  apply(claims, sentence) {
    const read = unchangedPartnerClaims(claims, sentence);
    if (read.length === 0) return claims;
    // The reader's claims on the same pairs give way (a stray reading of the partner as the agent's object).
    return [...claims.filter((c) => !read.some((r) => samePair(r, c))), ...read];
  },
};
