// A genetic change acquired by cells selected for resistance to a drug: "cells selected for lapatinib resistance
// acquired a PIK3CA mutation", "the acquisition of a KRAS mutation in clones selected for resistance to
// cetuximab". Resistance studies report the change that came with the resistance this way: the changed gene goes
// with resistance to the drug (kb/outcomes.ts names it), in the drug's context.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { drugOutcomeAt, drugResistanceOf } from '../kb/outcomes';
import { type Construction, contextMentions, isDrugMention, mentionsIn, replacingWith, type SentenceSpan, claimOf } from './construction';
import type { ExtractedClaim } from './extract';

/** The cells selected for resistance, right before the drug (its class noun and target may stand between). */
const selectedFor = /\b(?:cells|lines|clones|subclones|sublines|populations)\s+(?:that\s+(?:were|had\s+been)\s+)?selected\s+for\s+(?:(?:acquired\s+)?resistance\s+to\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,5}?)?$/iu;
/** The genetic change named after the gene. */
const change = /^[\s-]*(?:mutations?|amplifications?|deletions?|fusions?|rearrangements?|gain)\b/i;
/** Acquired before the gene: "acquired a hotspot", "the acquisition of an activating". */
const acquiredBefore = /\b(?:acquired|developed|gained|acquisition\s+of)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?$/iu;

export function acquiredInSelectedClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  // "selected for lapatinib resistance", "selected for resistance to the HER2 kinase inhibitor lapatinib".
  const drug = inSentence.find((m) => {
    if (!isDrugMention(m.entityId, kb)) return false;
    const selected = selectedFor.exec(text.slice(Math.max(start, m.start - 100), m.start));
    return selected !== null && (/\bresistance\s+to\b/i.test(selected[0]) || drugOutcomeAt(text, m.start, m.end, start, end) === 'resistance');
  });
  // Or the resistance the lexicon names as one ("selected for sorafenib resistance").
  const named = drug ? undefined : inSentence.find((m) => kb.drugPhenotype(m.entityId)?.kind === 'RESISTANCE' && selectedFor.test(text.slice(Math.max(start, m.start - 100), m.start)));
  const resistance = drug ? drugResistanceOf(drug.entityId, kb) : named && { object: named.entityId, context: [] };
  const resisted = drug ?? named;
  if (!resisted || !resistance) return [];
  const genes = inSentence.filter(
    (m) => m !== resisted && !isDrugMention(m.entityId, kb) && isMarkerType(kb.entities.get(m.entityId)?.type ?? '') && change.test(text.slice(m.end, Math.min(end, m.end + 20))) && acquiredBefore.test(text.slice(Math.max(start, m.start - 60), m.start)),
  );
  const object: EntityMention = { ...resisted, entityId: resistance.object };
  return genes.map((gene) =>
    claimOf(sentence, gene, 'associated-with', object, {
      polarity: 'positive',
      context: [...contextMentions(sentence, [gene.entityId, resisted.entityId]), ...resistance.context.map((id) => ({ ...resisted, entityId: id }))],
      start: Math.min(gene.start, resisted.start),
      end: Math.max(gene.end, resisted.end),
    }),
  );
}

export const acquiredInSelected: Construction = {
  name: 'acquired-in-selected',
  reads: '"cells selected for D resistance acquired an X mutation": X goes with resistance to D',
  triggers: ['selected'],
  example: 'Colon cancer clones selected for cetuximab resistance had acquired an activating KRAS mutation.',
  expected: ['NCBIGENE_3845 associated-with(positive) DRUG_RESISTANCE [ctx DOID_219,DRUG_CETUXIMAB]'],
  apply: replacingWith(acquiredInSelectedClaims),
};
