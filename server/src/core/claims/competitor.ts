// "X binds Y, competing with Z to prevent Y's degradation, thereby activating W": the partner X competes with
// is what X displaces, not what acts. The reader took Z, the entity nearest the verbs after it, for their
// subject; those verbs are X's: the claims go to the clause's subject, the first entity of the sentence when
// it comes before the competing verb. What Z does to its own target (degrading it) is no finding of X's, and
// "preventing Y degradation" is no fall of Y: such claims are dropped.
import { mentionsIn, type Construction } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';

const competing = /\bcompet(?:ing|es|ed|itively)?\s+(?:binding\s+)?(?:with|against)\s+(?:the\s+)?$/i;
/** "to prevent Y (protein) degradation": the object is what is kept from being degraded. */
const degradationAfter = /^\s*(?:protein\s+|mRNA\s+)?(?:degradation|ubiquitination|turnover|cleavage)\b/i;

export const competitor: Construction = {
  name: 'competitor',
  reads: '"X binds Y, competing with Z, thereby activating W": X activates W (not Z)',
  triggers: ['compet'],
  example: 'MALAT1 binds YAP1 and competes with LATS1, thereby activating CTGF.',
  expected: ['NCBIGENE_378938 activates NCBIGENE_1490', 'NCBIGENE_378938 binds NCBIGENE_10413'],
  apply(claims, sentence) {
    const { text, start, end } = sentence;
    const inSentence = mentionsIn(sentence);
    const rivals = inSentence.filter((m) => competing.test(text.slice(Math.max(start, m.start - 40), m.start)));
    if (rivals.length === 0) return claims;
    const out: ExtractedClaim[] = [];
    for (const claim of claims) {
      // "binds Y and competes with Z": Z is no partner of the binding either.
      if (rivals.some((r) => r.start === claim.object.start && r.end === claim.object.end)) continue;
      const rival = rivals.find((r) => r.start === claim.subject.start && r.end === claim.subject.end);
      if (!rival) {
        out.push(claim);
        continue;
      }
      const agent = inSentence[0];
      if (agent === rival || agent.end > rival.start || agent.entityId === claim.object.entityId) continue;
      if (degradationAfter.test(text.slice(claim.object.end, claim.object.end + 30))) continue;
      if (readsPair(out, agent.entityId, claim.object.entityId)) continue;
      out.push({ ...claim, subject: agent });
    }
    return out;
  },
};
