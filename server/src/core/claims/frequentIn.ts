// "X immunonegativity was seen more frequently in Y-positive tumours": a marker's state is more common in a
// group named by another marker's state. Tissue studies report co-occurring markers this way, with no verb
// between the two: the first marker goes with the second, each state (negative, low, loss) turning it round,
// and "less frequently" turning it round once more. Groups named otherwise ("low-grade carcinomas") hold no
// marker and give nothing.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import { type Construction, mentionsIn, replacingWith, type SentenceSpan, claimOf } from './construction';
import { stateNamedSamples, stateSign } from './groupLevels';
import type { ExtractedClaim } from './extract';

const moreFrequent = /^\s*(?:\([^()]*\)\s*)?(?:was|were)\s+(?:(?:also|significantly)\s+)?(?:seen|observed|found|detected|noted)\s+(?:significantly\s+)?(more|less)\s+(?:frequently|often|commonly)\s+in\b/i;
/** The marker's state named after it: "immunonegativity", "expression", "-positivity". */
const stateAfter = /^[-‐\s]*(?:(?:protein|gene|tumou?r)\s+)?(?:immunonegativity|negativity|loss|deficiency|immunopositivity|positivity|expression|overexpression|amplification)?/i;

export function frequentInClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  for (const first of inSentence) {
    if (!isMarkerType(typeOf(first))) continue;
    const state = stateAfter.exec(text.slice(first.end, end));
    const cue = moreFrequent.exec(text.slice(first.end + (state?.[0].length ?? 0), end));
    if (!cue) continue;
    const cueEnd = first.end + (state?.[0].length ?? 0) + cue.index + cue[0].length;
    const firstSign = (markerLost(text, first, start, end) ? -1 : 1) * (/^less$/i.test(cue[1]) ? -1 : 1);
    const claims: ExtractedClaim[] = [];
    for (const other of inSentence) {
      if (other.start < cueEnd || other.entityId === first.entityId || !isMarkerType(typeOf(other))) continue;
      const group = stateNamedSamples.exec(text.slice(other.end, end));
      if (!group || claims.some((c) => c.object.entityId === other.entityId)) continue;
      const sign = firstSign * stateSign(group[1]);
      claims.push(claimOf(sentence, first, 'associated-with', other, { polarity: sign > 0 ? 'positive' : 'negative', end: other.end + group[0].length }));
    }
    return claims;
  }
  return [];
}

export const frequentIn: Construction = {
  name: 'frequent-in',
  reads: '"X immunonegativity was seen more frequently in Y-positive tumours": X goes with Y, each state (and "less") turning it round',
  triggers: ['frequently', 'often', 'commonly'],
  example: 'Vimentin loss was observed more frequently in SMAD4-negative carcinomas.',
  expected: ['VIM associated-with(positive) NCBIGENE_4089 [ctx CARCINOMA]'],
  apply: replacingWith(frequentInClaims),
};
