// A drug named as the resistance, sensitivity or response to it: "X reverses trastuzumab resistance",
// "resistance to lapatinib conferred by Y", "Y restored sensitivity to X". The reader takes the drug itself
// as the end of the claim ("X suppresses trastuzumab"); the finding is about the resistance to the drug (the
// library's resistance to that drug, else drug resistance with the drug as context), and sensitivity is its
// opposite, so a claim about sensitivity turns round. Response to a drug is response to treatment, in the
// drug's context. Abstracts and drafts are read alike, so a claim meets the finding in the same terms.
import type { EntityMention } from '../entities/recognize';
import { drugOutcomeAt, drugResistanceOf } from '../kb/outcomes';
import { isDrugMention, type Construction } from './construction';
import type { ExtractedClaim } from './extract';
import { invert } from './extract';

export const drugOutcome: Construction = {
  name: 'drug-outcome',
  reads: '"X reverses <drug> resistance": X lowers resistance to the drug; "sensitivity to <drug>" is its opposite',
  example: 'Trametinib reversed gefitinib resistance in lung cancer cells.',
  expected: ['DRUG_TRAMETINIB suppresses DRUG_RESISTANCE [ctx DRUG_GEFITINIB,LUNG_CANCER]'],
  apply(claims, { text, start, end, mentions, kb }) {
    // The cheap test first: with every claim's ends inside the sentence, each reading below needs one of the
    // outcome words in it (or the response named as an entity); most sentences have none.
    const inside = (m: EntityMention): boolean => m.start >= start && m.end <= end;
    const quiet = claims.every((c) => inside(c.subject) && inside(c.object) && c.subject.entityId !== 'TREATMENT_RESPONSE' && c.object.entityId !== 'TREATMENT_RESPONSE');
    if (quiet && !outcomeWords.test(text.slice(start, end))) return claims;
    return claims.map((claim) => {
      // "therapeutic responses to trastuzumab": the lexicon names the response, and the drug after it is its context.
      for (const side of ['object', 'subject'] as const) {
        const drug = claim[side].entityId === 'TREATMENT_RESPONSE' ? drugAfterResponse(text, claim[side].end, end, mentions, kb) : undefined;
        if (drug && !claim.context.some((m) => m.entityId === drug.entityId)) return { ...claim, context: [...claim.context, drug] };
      }
      // An association may name the outcome first: "resistance to X was associated with Y".
      const ends: ('object' | 'subject')[] = claim.relation === 'associated-with' ? ['object', 'subject'] : ['object'];
      for (const side of ends) {
        const mention = claim[side];
        // "resistance to EGFR inhibitors", "to anti-EGFR therapy", "to EGFR-targeted agents": a class of drugs named by
        // their target is resisted, not the target raised ("IGF-1 drives resistance to EGFR inhibitors" is no claim
        // that IGF-1 raises EGFR); drug resistance, with the target naming the drugs in the context.
        // "the efficacy of BRAF inhibitors", "sensitivity to EGFR-targeted agents": how sensitive the cells are to the
        // class, the opposite of resistance to it, as for a named drug; "responses to EGFR inhibitors" is response to
        // treatment. Neither says that the target is raised or lowered.
        const classKind = side === 'object' && !isDrugMention(mention.entityId, kb) ? drugClassOutcome(text, mention, start, end) : undefined;
        const classOutcome = classKind === 'response' ? 'TREATMENT_RESPONSE' : classKind ? 'DRUG_RESISTANCE' : undefined;
        if (classKind && classOutcome && kb.entities.has(classOutcome)) {
          // "poor responses to EGFR inhibitors": the outcome starts at "responses", where its modifiers are read (adverseOutcome.ts).
          const responseAt = classKind === 'response' ? respondedBefore.exec(text.slice(Math.max(start, mention.start - 80), mention.start)) : null;
          const outcome: EntityMention = { ...mention, entityId: classOutcome, start: responseAt ? mention.start - responseAt[0].length : mention.start };
          const turned = { ...claim, object: outcome, context: claim.context.some((m) => m.entityId === mention.entityId) ? claim.context : [...claim.context, mention] };
          if (classKind !== 'sensitivity') return turned;
          return claim.relation === 'associated-with' ? { ...turned, polarity: claim.polarity === 'negative' ? 'positive' : 'negative' } : { ...turned, relation: invert(claim.relation) };
        }
        if (!isDrugMention(mention.entityId, kb)) continue;
        const kind = drugOutcomeAt(text, mention.start, mention.end, start, end);
        if (!kind) continue;
        let outcome: { object: string; context: string[] } | undefined;
        if (kind === 'response') outcome = kb.entities.has('TREATMENT_RESPONSE') ? { object: 'TREATMENT_RESPONSE', context: [mention.entityId] } : undefined;
        else outcome = drugResistanceOf(mention.entityId, kb);
        if (!outcome) return claim;
        // "a poor response to X": the outcome starts at "response", where its modifiers are read (adverseOutcome.ts).
        const responseAt = kind === 'response' ? /\b(?:responses?|responsiveness)\s+to\s+(?:the\s+)?$/i.exec(text.slice(Math.max(start, mention.start - 40), mention.start)) : null;
        const from = responseAt ? mention.start - (responseAt[0].length) : mention.start;
        const replaced: EntityMention = { ...mention, entityId: outcome.object, start: from };
        const context = [...claim.context, ...outcome.context.filter((id) => !claim.context.some((m) => m.entityId === id)).map((id) => ({ ...mention, entityId: id }))];
        const turned: ExtractedClaim = { ...claim, [side]: replaced, context };
        if (kind !== 'sensitivity') return turned;
        if (claim.relation === 'associated-with') return { ...turned, polarity: claim.polarity === 'negative' ? 'positive' : 'negative' };
        return { ...turned, relation: invert(claim.relation) };
      }
      return claim;
    });
  },
};

/** A stem of every word the readings of this construction and of drugOutcomeAt (kb/outcomes.ts) look for. */
const outcomeWords = /resist|refractor|sensitiv|susceptib|efficacy|activit|respons|effect|action|potency/iu;

/** The drug named right after a response, "response to (the) <drug>", before `to` (the sentence end). */
function drugAfterResponse(text: string, from: number, to: number, mentions: readonly EntityMention[], kb: Parameters<typeof isDrugMention>[1]): EntityMention | undefined {
  const gap = /^\s+to\s+(?:the\s+)?/i.exec(text.slice(from, Math.min(to, from + 20)));
  if (!gap) return undefined;
  const at = from + gap[0].length;
  return mentions.find((m) => m.start === at && m.end <= to && isDrugMention(m.entityId, kb));
}

/** Before a target: "resistance to (the)", "resistant to", optionally "anti-"; after it, the class of drugs against it. */
const resistedBefore = /\b(?:resistance|resistant|refractory)\s+(?:to|against)\s+(?:(?:both|either|the|an?)\s+)?(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?(?:\s*,\s*|\s+(?:and|or)\s+)){0,3}(?:anti[-‐]?)?$/iu;
const drugClassAfter = /^(?:[-‐\s](?:targeted|directed|targeting))?[-‐\s]+(?:agents?|therap(?:y|ies)|drugs?|inhibitors?|inhibition|TKIs?|blockers?|blockade|antibod(?:y|ies)|treatments?)\b/i;

/** Before a target whose class of drugs is named by how well it works: "the efficacy of", "sensitivity to (anti-)". */
const sensitiveBefore = /\b(?:(?:sensitivity|sensitive|susceptibility)\s+(?:of\s+(?:the\s+|these\s+)?(?:[\p{L}\p{N}-]+\s+)?cells\s+)?(?:to|of)|(?:efficacy|activity)\s+of)\s+(?:(?:the|an?)\s+)?(?:anti[-‐]?)?$/iu;
/** Before a target whose class of drugs is responded to: "responses to (anti-)". */
const respondedBefore = /\b(?:responses?|responsiveness)\s+to\s+(?:(?:the|an?)\s+)?(?:anti[-‐]?)?$/i;

/** What a target named with its class of drugs after it stands for: the resistance, the sensitivity or the response to the class. */
export function drugClassOutcome(text: string, mention: { start: number; end: number }, from: number, to: number): 'resistance' | 'sensitivity' | 'response' | undefined {
  // The anchored test after the mention first: it fails at once on most mentions, the one before them walks 80 characters.
  if (!drugClassAfter.test(text.slice(mention.end, Math.min(to, mention.end + 30)))) return undefined;
  const before = text.slice(Math.max(from, mention.start - 80), mention.start);
  if (resistedBefore.test(before)) return 'resistance';
  if (sensitiveBefore.test(before)) return 'sensitivity';
  return respondedBefore.test(before) ? 'response' : undefined;
}
