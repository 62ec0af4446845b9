// Markers frequent in tumours that resist a drug: "PTEN loss and PIK3CA mutation were frequent in cancers that
// progressed on trastuzumab", "EGFR amplification was common in gefitinib-refractory tumours". Tissue studies
// report a marker of resistance this way, with no verb between the two: each marker goes with resistance to the
// drug (kb/outcomes.ts names it), a lost marker ("PTEN loss") the other way round, in the drug's context.
// Issue 7, stop 45: also said in the present of a cell population, "CAFs are abundant in tumours resistant to
// chemotherapy": a kind of treatment the tumours resist (chemotherapy, radiotherapy: kb/inference.ts
// oppositeTreatmentOutcomes) stands for the drug, and a cell type for the marker (never a cell line or model, a place).
import type { EntityMention } from '../entities/recognize';
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import { oppositeTreatmentOutcomes } from '../kb/inference';
import { drugOutcomeAt, drugResistanceOf } from '../kb/outcomes';
import { type Construction, contextMentions, isDrugMention, mentionsIn, replacingWith, type SentenceSpan, claimOf } from './construction';
import type { ExtractedClaim } from './extract';

/** "were frequent in", "was more common in", "were frequently observed in", "are abundant in". */
const frequentIn =
  /^\s*(?:(?:was|were|is|are)\s+(?:(?:also|more|highly|particularly|especially|significantly)\s+)*(?:frequent|common|prevalent|enriched|abundant)|(?:was|were|is|are)\s+(?:(?:also|significantly)\s+)?(?:frequently|commonly|often)\s+(?:observed|found|seen|detected))\s+in\b/i;
/** A marker's state after it, and the marker coordinated with it: "loss", "mutation", "amplification and" (past the bracket of a short form, "fibroblasts (CAFs)"). */
const stateAfter = /^\)?[-‐\s]*(?:(?:gene|protein)\s+)?(?:loss|mutations?|amplifications?|deletions?|overexpression|activation|alterations?)?/i;
/** The tumours that grew despite the drug: "that progressed on", "which relapsed during". */
const progressedOn = /\b(?:that|which|who)\s+(?:had\s+)?(?:progressed|relapsed|recurred)\s+(?:on|during|despite)\s+(?:the\s+)?$/i;
/** What stands between two coordinated markers: "PTEN loss and PIK3CA mutation", "loss of PTEN or". */
const between = /^[-‐\s]*(?:(?:gene|protein)\s+)?(?:loss|mutations?|amplifications?|deletions?|overexpression|activation|alterations?)?\s*(?:,|,?\s*(?:and|or))\s+(?:(?:loss|deletion|mutation|amplification)\s+of\s+)?$/i;

export function frequentInResistantClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  for (let i = 0; i < inSentence.length; i++) {
    const last = inSentence[i];
    const type = kb.entities.get(last.entityId)?.type ?? '';
    if (!(isMarkerType(type) || type === 'cell-type') || isDrugMention(last.entityId, kb)) continue;
    const state = stateAfter.exec(text.slice(last.end, end));
    const cueFrom = last.end + (state?.[0].length ?? 0);
    const cue = frequentIn.exec(text.slice(cueFrom, end));
    if (!cue) continue;
    // The markers coordinated before this one, each with its state: "PTEN loss and PIK3CA mutation".
    const markers = [last];
    for (let j = i - 1; j >= 0 && between.test(text.slice(inSentence[j].end, markers[0].start)); j--) markers.unshift(inSentence[j]);
    const cueEnd = cueFrom + cue[0].length;
    const clauseEnd = cueEnd + (/[;]|,\s*(?:but|whereas|while)\b|\bwhereas\b/i.exec(text.slice(cueEnd, end))?.index ?? end - cueEnd);
    const drug = inSentence.find(
      (m) => m.start >= cueEnd && m.end <= clauseEnd && isDrugMention(m.entityId, kb) && (drugOutcomeAt(text, m.start, m.end, start, end) === 'resistance' || progressedOn.test(text.slice(Math.max(cueEnd, m.start - 60), m.start))),
    );
    const resistance = drug && drugResistanceOf(drug.entityId, kb);
    // "tumours resistant to chemotherapy", "chemoresistant tumours": the resistance to a kind of treatment, named by its
    // adjective as the tumours' state in the cue's own phrase (no comma between: ", and may play a role in drug
    // resistance" is another predicate, and the noun "resistance" no state of the tumours).
    const kind = resistance ? undefined : inSentence.find((m) => m.start >= cueEnd && m.end <= clauseEnd && resistanceKind(m.entityId) && /resistant\b/i.test(m.text) && !/[,;]/.test(text.slice(cueEnd, m.start)));
    if (kind) return markers.map((marker) => claimOf(sentence, marker, 'associated-with', kind, { polarity: markerLost(text, marker, start, cueFrom) ? 'negative' : 'positive', context: contextMentions(sentence, [...markers.map((m) => m.entityId), kind.entityId]), end: kind.end }));
    if (!drug || !resistance) return [];
    const object: EntityMention = { ...drug, entityId: resistance.object };
    const context = [...contextMentions(sentence, [...markers.map((m) => m.entityId), drug.entityId]), ...resistance.context.map((id) => ({ ...drug, entityId: id }))];
    return markers.map((marker) => claimOf(sentence, marker, 'associated-with', object, { polarity: markerLost(text, marker, start, cueFrom) ? 'negative' : 'positive', context, end: drug.end }));
  }
  return [];
}

/** A resistance to a kind of treatment, not to one drug: chemoresistance, radioresistance, drug resistance. */
const resistanceKind = (id: string): boolean => oppositeTreatmentOutcomes[id]?.endsWith('SENSITIVITY') === true;

export const frequentInResistant: Construction = {
  name: 'frequent-in-resistant',
  reads: '"X loss was frequent in tumours that progressed on D": X goes against resistance to D (X mutation: with it)',
  triggers: ['frequent', 'common', 'prevalent', 'enriched', 'often', 'abundant'],
  example: 'MET amplification and PTEN loss were common in lung cancers that progressed on erlotinib.',
  expected: ['NCBIGENE_4233 associated-with(positive) DRUG_RESISTANCE [ctx DRUG_ERLOTINIB,LUNG_CANCER]', 'NCBIGENE_5728 associated-with(negative) DRUG_RESISTANCE [ctx DRUG_ERLOTINIB,LUNG_CANCER]'],
  apply: replacingWith(frequentInResistantClaims),
};
