// A cause of a good outcome named by its bad end: "hypoxia contributes to a poorer prognosis", "X leads to a worse
// prognosis". The entity read is the good outcome (prognosis); the adjective says the cause
// lowers it, so the claim runs the other way: hypoxia lowers the prognosis, which verification checks as raising a
// poor prognosis (verify.ts adverseOutcomes). Only adjectives that are no verb: in "X shortened survival" or "X
// reduced survival" the word of change is the verb, already read. Associations are adverseOutcome.ts's.
import { isFavourableOutcome } from '../kb/outcomes';
import { oppositeRelation } from '../kb/schema';
import { relationSign, type ClaimRelation } from './vocabulary';
import type { Construction } from './construction';

/** The bad end of a good outcome, right before it: only qualifiers of the outcome may follow ("poorer overall prognosis"). */
const badEnd = /\b(?:poor|poorer|poorest|worse|worst|shorter|inferior|unfavou?rable|adverse|dismal|bleak)\s+(?:(?:overall|median|mean|clinical|long-term|\d+-year|[a-z]+-free|[a-z]+-specific)\s+){0,2}$/i;


/**
 * Prognosis, the outcome the reader keeps as the plain word whatever its adjective ("a poor prognosis" is an entity of
 * its own). Survival end points named by their end are read by the constructions on patients (patientGroups.ts,
 * treatedPatients.ts), which already turn "poorer overall survival" round.
 */
function isPlainPrognosis(id: string, kb: Parameters<typeof isFavourableOutcome>[1]): boolean {
  return isFavourableOutcome(id, kb) && /^prognosis$/i.test(kb.entities.get(id)?.name ?? '');
}

export const outcomeEnd: Construction = {
  name: 'outcome-end',
  reads: '"X contributes to a poorer prognosis": X lowers the good outcome the adjective names by its bad end',
  example: 'In many solid tumours, hypoxia contributes to a poorer prognosis.',
  expected: ['HYPOXIA suppresses PROGNOSIS [ctx SOLID_TUMOR]'],
  triggers: ['poor', 'worse', 'worst', 'shorter', 'inferior', 'favo', 'adverse', 'dismal', 'bleak'],
  apply(claims, { text, kb }) {
    return claims.map((claim) => {
      const inverse = oppositeRelation(claim.relation);
      if (!inverse || relationSign(claim.relation) === 0 || claim.object.start <= claim.subject.end || !isPlainPrognosis(claim.object.entityId, kb)) return claim;
      if (!badEnd.test(text.slice(Math.max(claim.subject.end, claim.object.start - 60), claim.object.start))) return claim;
      return { ...claim, relation: inverse };
    });
  },
};
