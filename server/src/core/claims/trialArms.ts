// A trial's survival figures given per arm: "median overall survival was 11.2 months in the D arm and 8.0 months
// in the placebo arm", "... was 5.5 months with placebo versus 7.4 months with D". Trial abstracts report a drug's
// benefit this way, with no verb of effect: the reader named the drug and the end point and read nothing (issue 7).
// The drug lengthens the end point when its arm's figure is the larger, shortens it when the smaller; equal
// figures, figures in different units, or a sentence that reports no difference read nothing.
import type { EntityMention } from '../entities/recognize';
import { addingWith, claimOf, newPairs, isDrugMention, mentionsIn, type Construction, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** End points whose figure is a length of time: a longer one is the better. */
const survivalEndPoints = new Set(['OVERALL_SURVIVAL', 'DISEASE_FREE_SURVIVAL', 'PROGRESSION_FREE_SURVIVAL', 'CANCER_SPECIFIC_SURVIVAL', 'METASTASIS_FREE_SURVIVAL', 'SURVIVAL']);

const figure = String.raw`(\d+(?:\.\d+)?)\s*(months?|weeks?|years?|days?|mo)`;
/** Before an arm: "in the", "with", "for patients given", "for those randomised to" (stop 37: a trial names its arms by the allocation too). */
const armLead = String.raw`\s+(?:in|with|for|among|on)\s+(?:the\s+|(?:patients|participants|subjects|those)\s+(?:given|receiving|treated\s+with|on|(?:who\s+were\s+)?(?:randomi[sz]ed|assigned|allocated)\s+to(?:\s+receive)?)\s+)?`;
/** An arm's noun after the drug or the comparator. */
const armNoun = String.raw`(?:[-‐\s](?:arm|group|cohort|patients|participants))?`;
/** The control arm a drug's arm is set against, one list for the figures read here and for armsAlike.ts's arms reported alike. */
export const controlArm = String.raw`(?:placebo|control|vehicle|best\s+supportive\s+care|observation(?:\s+alone)?|no\s+(?:further\s+)?treatment|sham)`;
const comparator = String.raw`${controlArm}${armNoun}`;
const between = String.raw`\s*,?\s*(?:and|versus|vs\.?|compared\s+(?:with|to)|as\s+against|against)\s+`;

/** From the end point to the first arm: "was 11.2 months in the". */
const toFirstArm = new RegExp(String.raw`^\s+(?:was|were|reached|of)\s+${figure}${armLead}$`, 'i');
/** After the drug's arm: "-arm and 8.0 months in the placebo arm". */
const drugThenComparator = new RegExp(String.raw`^${armNoun}${between}${figure}${armLead}${comparator}\b`, 'i');
/** From the end point to the comparator's arm: "was 5.5 months with" before "placebo". */
const toComparatorFirst = new RegExp(String.raw`^\s+(?:was|were|reached|of)\s+${figure}${armLead}(?=${comparator}\b)`, 'i');
/** The comparator first, then the drug: " arm and 7.4 months with ". */
const comparatorThenDrug = new RegExp(String.raw`^${comparator}${between}${figure}${armLead}$`, 'i');
/** A sentence that reports the arms alike. */
const noDifference = /\b(?:no|not)\s+(?:(?:statistically\s+)?significant(?:ly)?\s+)?(?:differ|difference|different|improve|benefit|prolong)/i;

/**
 * The arms compared in one figure (stop 53, h-recB53): "median OS was (almost) 3 months longer for patients treated
 * with D than for those receiving placebo", "overall survival was significantly longer with D than with placebo".
 * From the end point to the drug (a second end point or a measure may stand before the verb: "median OS and time to
 * progression were ..."); "longer" lengthens it, "shorter" shortens it. "not longer", "no longer" read nothing.
 */
const comparedToDrug = new RegExp(String.raw`^(?:\s*,?\s*(?:and|or)\s+[^,;.]{1,60}?)?\s+(?:was|were)\s+(?:(?:almost|nearly|about|approximately|roughly|some|significantly|markedly|substantially|considerably)\s+)*(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|six)\s*(?:months?|weeks?|years?|days?)\s+)?(?:(?:significantly|markedly|substantially|considerably)\s+)?(?<direction>longer|shorter)${armLead}$`, 'i');
/** After the drug, the comparator's arm: "than (for) those receiving placebo", "than with placebo". */
const thanComparator = new RegExp(String.raw`^${armNoun}\s*,?\s+than(?:\s+(?:in|for|with|among|on))?(?:\s+(?:the\s+|(?:patients|participants|subjects|those)\s+(?:given|receiving|treated\s+with|on|(?:who\s+were\s+)?(?:randomi[sz]ed|assigned|allocated)\s+to(?:\s+receive)?)\s+))?\s*${comparator}\b`, 'i');

function sameUnit(a: string, b: string): boolean {
  const unit = (u: string) => u.toLowerCase().replace(/s$/, '').replace(/^mo$/, 'month');
  return unit(a) === unit(b);
}

export function trialArmClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  if (noDifference.test(text.slice(start, end))) return [];
  const inSentence = mentionsIn(sentence);
  const claims: ExtractedClaim[] = [];
  inSentence.forEach((endPoint, i) => {
    if (!survivalEndPoints.has(endPoint.entityId)) return;
    const next: EntityMention | undefined = inSentence[i + 1];
    if (next && isDrugMention(next.entityId, kb)) {
      // The drug's arm first: "was A months in the D arm and B months in the placebo arm".
      const first = toFirstArm.exec(text.slice(endPoint.end, next.start));
      const second = first && drugThenComparator.exec(text.slice(next.end, end));
      if (first && second && sameUnit(first[2], second[2])) return push(next, Number(first[1]), Number(second[1]));
    }
    // One figure for the difference: "was 3 months longer for patients treated with D than those receiving placebo".
    const drugAfter = inSentence.find((m) => m.start > endPoint.end && isDrugMention(m.entityId, kb));
    const compared = drugAfter && comparedToDrug.exec(text.slice(endPoint.end, drugAfter.start));
    // Not in a setting resistant to the drug itself ("... than with placebo in sorafenib-resistant cells"): the
    // library's survival findings are in patients the drug could act on, and the verifier does not hold the
    // resistance as a place (swapProbe: the swapped row stayed SUPPORTED).
    const resistant = drugAfter !== undefined && inSentence.some((m) => m.entityId === `${drugAfter.entityId}_RESISTANCE`);
    if (drugAfter && compared && !resistant && thanComparator.test(text.slice(drugAfter.end, end))) {
      claims.push(claimOf(sentence, drugAfter, compared.groups!.direction.toLowerCase() === 'longer' ? 'increases' : 'decreases', endPoint, { start: endPoint.start, end: drugAfter.end }));
      return;
    }
    // The comparator first: "was B months with placebo and A months with D".
    const lead = toComparatorFirst.exec(text.slice(endPoint.end, end));
    if (!lead) return;
    const comparatorAt = endPoint.end + lead[0].length;
    const drug = inSentence.find((m) => m.start > comparatorAt && isDrugMention(m.entityId, kb));
    const rest = drug && comparatorThenDrug.exec(text.slice(comparatorAt, drug.start));
    if (drug && rest && sameUnit(lead[2], rest[2])) push(drug, Number(rest[1]), Number(lead[1]));
    function push(drug: EntityMention, drugFigure: number, comparatorFigure: number) {
      if (drugFigure === comparatorFigure) return;
      claims.push(claimOf(sentence, drug, drugFigure > comparatorFigure ? 'increases' : 'decreases', endPoint, { start: endPoint.start, end: drug.end }));
    }
  });
  return claims;
}

export const trialArms: Construction = {
  name: 'trial-arms',
  reads: '"median survival was A months in the D arm and B months in the placebo arm": D lengthens survival when A > B',
  triggers: ['placebo', 'control', 'supportive care', 'observation'],
  example: 'Median progression-free survival was 5.2 months in the regorafenib group and 1.9 months in the placebo group.',
  expected: ['REGORAFENIB increases PROGRESSION_FREE_SURVIVAL'],
  apply: addingWith((sentence, claims) => newPairs(trialArmClaims(sentence), claims)),
};
