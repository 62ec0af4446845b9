// A drug compared across groups named by a marker: "lapatinib worked better in HER2-amplified lines than in
// lines without the amplification", "X was less effective against PTEN-null tumours". The cells' response to the drug
// goes with the marker: more active where the marker is present means the marker goes with sensitivity to the
// drug, that is against resistance to it (kb/outcomes.ts names the resistance), in the drug's context.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { drugResistanceOf } from '../kb/outcomes';
import { type Construction, contextMentions, isDrugMention, mentionsIn, claimOf } from './construction';
import type { ExtractedClaim } from './extract';

/** "was (significantly) more active in", "were less effective against". */
const comparison = /^\s*(?:was|were|is|are|appeared)\s+(?:(?:significantly|markedly|much|far|consistently)\s+)?(more|less)\s+(?:active|effective|potent|efficacious|cytotoxic)\s+(?:in|against|on)\s+(?:the\s+)?$/i;
/** The marker's state right after it: "HER2-amplified", "PTEN-null". */
const state = /^[-‐\s]?(amplified|positive|overexpressing|high|mutant|mutated|expressing|negative|low|null|deficient|non-amplified|wild-type)\b/i;
const absent = /^(?:negative|low|null|deficient|non-amplified|wild-type)$/i;

export const drugActivityByGroup: Construction = {
  name: 'drug-activity-by-group',
  reads: '"D was more active in X-amplified than in X non-amplified cells": X goes with sensitivity to D',
  // `comparison`'s adjectives.
  triggers: ['active', 'effective', 'potent', 'efficacious', 'cytotoxic'],
  example: 'Gefitinib was markedly more active in vimentin-high than in vimentin-low lung cancer cell lines.',
  expected: ['VIM associated-with(negative) DRUG_RESISTANCE [ctx DRUG_GEFITINIB,LUNG_CANCER]'],
  apply(claims, sentence) {
    const { text, start, end, kb } = sentence;
    const inSentence = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    for (const drug of inSentence) {
      if (!isDrugMention(drug.entityId, kb)) continue;
      const next = inSentence.find((m) => m.start > drug.end);
      if (!next || !isMarkerType(kb.entities.get(next.entityId)?.type ?? '') || isDrugMention(next.entityId, kb)) continue;
      const compared = comparison.exec(text.slice(drug.end, next.start));
      const marker = state.exec(text.slice(next.end, end));
      if (!compared || !marker) continue;
      const resistance = drugResistanceOf(drug.entityId, kb);
      if (!resistance) continue;
      // More active where the marker is present: the marker goes against resistance.
      const sign = (compared[1].toLowerCase() === 'more' ? -1 : 1) * (absent.test(marker[1]) ? -1 : 1);
      const object: EntityMention = { ...drug, entityId: resistance.object };
      const context = [...contextMentions(sentence, [next.entityId, drug.entityId]), ...resistance.context.map((id) => ({ ...drug, entityId: id }))];
      added.push(claimOf(sentence, next, 'associated-with', object, { polarity: sign > 0 ? 'positive' : 'negative', context, start: drug.start, end: next.end }));
    }
    if (added.length === 0) return claims;
    // The verb reading's claims between the drug and the marker are what this reading replaces.
    return [...claims.filter((c) => !added.some((a) => (c.subject.start === a.object.start || c.object.start === a.object.start) && (c.subject.start === a.subject.start || c.object.start === a.subject.start))), ...added];
  },
};
