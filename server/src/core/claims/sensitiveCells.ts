// Cells sensitive to a drug: "the resistant subclones were equally sensitive to the PI3K inhibitor X", "BT474
// cells remained sensitive to X". What the sentence reports is that the drug still checks the cells' growth:
// the drug inhibits cell growth, in those cells. A loss of sensitivity ("lost sensitivity to X") says the
// opposite and is left to the resistance reading.
import type { EntityMention } from '../entities/recognize';
import { addingWith, type Construction, contextMentions, isDrugMention, mentionsIn, type SentenceSpan, claimOf } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';

const sensitive = /\b(?:cells|lines|subclones|clones|tumou?rs|xenografts)\s+(?:were|was|remained|stayed|became|are|is)\s+(?:(?:equally|highly|still|likewise|also|more|similarly|markedly)\s+)*(?:sensitive|susceptible)\s+to\s+(?:the\s+)?$/i;

export const sensitiveCells: Construction = {
  name: 'sensitive-cells',
  reads: '"the resistant cells were equally sensitive to X": X inhibits the growth of those cells',
  triggers: ['sensitive', 'susceptible'],
  example: 'Gefitinib-resistant PC9 cells remained highly sensitive to trametinib.',
  expected: ['DRUG_TRAMETINIB inhibits CELL_GROWTH [ctx CELL_PC9,DRUG_GEFITINIB]'],
  apply: addingWith((sentence, claims) => {
    const { text, start } = sentence;
    return growthCheckedClaims(sentence, claims, (drug) => {
      // "sensitive to the EGFR kinase inhibitor AG1478": the class noun and its target may stand between.
      const before = text.slice(Math.max(start, drug.start - 120), drug.start).replace(/(?:[\p{L}\p{N}\-/]+\s+){0,3}inhibitor\s+$/u, '');
      return sensitive.test(before) ? drug.end : undefined;
    });
  }),
};

/**
 * "D inhibits CELL_GROWTH" for each drug of the sentence the reader's words say still checks the cells (`foundEnd`:
 * where the words end, or undefined where they are not there), unless one of the reader's `claims` already relates the
 * drug to growth: the claims sensitiveCells and activeInCells.ts add (construction.ts addingWith).
 */
export function growthCheckedClaims(sentence: SentenceSpan, claims: readonly ExtractedClaim[], foundEnd: (drug: EntityMention) => number | undefined): ExtractedClaim[] {
  const { kb } = sentence;
  if (!kb.entities.has('CELL_GROWTH')) return [];
  const inSentence = mentionsIn(sentence);
  const added: ExtractedClaim[] = [];
  for (const drug of inSentence) {
    if (!isDrugMention(drug.entityId, kb)) continue;
    const end = foundEnd(drug);
    if (end === undefined || readsPair(claims, drug.entityId, 'CELL_GROWTH')) continue;
    added.push(growthInhibitedBy(drug, sentence, inSentence, end));
  }
  return added;
}

/**
 * "D inhibits CELL_GROWTH" in the cells the sentence names, ending at `end` (growthCheckedClaims).
 * Another drug the sentence names ("Herceptin-resistant cells", "in the presence of Herceptin", "with innate
 * trastuzumab resistance") describes the cells, so it is the setting, not a second agent.
 */
function growthInhibitedBy(drug: EntityMention, sentence: SentenceSpan, inSentence: readonly EntityMention[], end: number): ExtractedClaim {
  const object: EntityMention = { entityId: 'CELL_GROWTH', start: drug.start, end: drug.end, text: drug.text };
  const context = contextMentions(sentence, [drug.entityId]);
  const settings = inSentence.filter((m) => m !== drug && isDrugMention(m.entityId, sentence.kb) && !context.some((c) => c.entityId === m.entityId));
  return claimOf(sentence, drug, 'inhibits', object, { context: [...context, ...settings], end });
}
