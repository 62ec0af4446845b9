// A gene's level in a tumour set against normal tissue: "X expression was lower in D tissues than in adjacent normal
// tissues", "X levels were higher in D compared with healthy controls". Tissue studies state a gene's place in a
// disease this way, with a comparative adjective where the verb reader wants a verb of change ("was overexpressed in
// D" it reads): the disease goes with the gene, positively when the level is higher in the tumour, negatively when
// lower (issue 7, stop 40: the lower form, the commonest way a paper reports the opposite of an overexpression, was
// read as nothing). The gene-then-disease wording is the abstracts' (kb/tumourExpression.ts), read here only when a
// normal baseline follows the disease, so the comparison is the tumour's against normal tissue and not one subtype's
// against another's. A level said to be the same in both ("comparable between D and normal tissues") denies it.
import type { EntityMention } from '../entities/recognize';
import { placeTypes, tumourExpressionIn } from '../kb/tumourExpression';
import { type Construction, claimOf, contextMentions, mentionsIn, onePerEntity, replacingWith, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/**
 * After the disease: up to three words of its phrase ("tissues", "tumour samples"), then a comparison with normal
 * tissue: "than (in|that in|those of) (the) (adjacent) normal", "compared with healthy", "relative to non-tumorous",
 * "versus paired noncancerous".
 */
const normalBaseline =
  /^(?:[\s-]+[\p{L}\p{N}]+){0,3}?\s*,?\s+(?:than\s+(?:(?:in|that\s+(?:in|of)|those\s+(?:in|of))\s+)?|(?:as\s+)?compared\s+(?:with|to)\s+|relative\s+to\s+|versus\s+|vs\.?\s+)(?:the\s+|their\s+)?(?:(?:adjacent|paired|matched|corresponding|surrounding)\s+)*(?:normal|non-?tumou?r(?:ous)?|non-?cancerous|non-?malignant|healthy|benign)\b/iu;

/**
 * A level the same in both: "X levels were comparable (similar, not different) between D tissues and normal tissues",
 * "X expression did not differ between D and healthy controls", between the gene and the disease; the normal tissue
 * after the disease (`normalPartner`). The disease is denied to go with the gene.
 */
const sameLevel =
  /^\s*(?:\([^()]*\)\s*)?(?:(?:mRNA|protein|expression|levels?|gene|concentrations?)\s+)*(?:(?:was|were|is|are)\s+(?:(?:similar|comparable|unchanged|unaltered|indistinguishable)|not\s+(?:significantly\s+)?different)|(?:did|does|do)\s+not\s+(?:significantly\s+)?differ(?:\s+significantly)?)\s+between\s+(?:the\s+)?$/iu;
const normalPartner =
  /^(?:[\s-]+[\p{L}\p{N}]+){0,3}?\s+and\s+(?:the\s+|their\s+)?(?:(?:adjacent|paired|matched|corresponding|surrounding)\s+)*(?:normal|non-?tumou?r(?:ous)?|non-?cancerous|non-?malignant|healthy|benign)\b/iu;

/**
 * The normal baseline's word anywhere in the sentence (the flags of `normalBaseline` and `normalPartner`): both
 * readings need it after the disease. Asked first, it spares the gene-then-disease reading in the sentences the
 * triggers let through for "tumour" alone (953 of a 100k-word thesis's, 47 µs each, none read; issue 10, stop 40).
 */
const normalWord = /(?:normal|non-?tumou?r(?:ous)?|non-?cancerous|non-?malignant|healthy|benign)\b/iu;

function read(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, end, kb } = sentence;
  if (!normalWord.test(text.slice(sentence.start, end))) return [];
  const mentions = mentionsIn(sentence);
  const claim = (gene: EntityMention, disease: EntityMention, rest: Partial<ExtractedClaim>): ExtractedClaim =>
    claimOf(sentence, disease, 'associated-with', gene, {
      context: onePerEntity(contextMentions(sentence, [disease.entityId, gene.entityId])),
      start: gene.start,
      end: disease.end,
      ...rest,
    });
  const found = tumourExpressionIn(text, mentions, kb)
    .filter((f) => normalBaseline.test(text.slice(f.disease.end, end)))
    .map((f) => claim(f.gene, f.disease, { polarity: f.polarity }));
  const typeOf = (m: EntityMention): string => kb.entities.get(m.entityId)?.type ?? '';
  for (const gene of mentions) {
    if (placeTypes.has(typeOf(gene))) continue;
    const disease = mentions.find((d) => d.start >= gene.end && typeOf(d) === 'disease');
    if (!disease || !sameLevel.test(text.slice(gene.end, disease.start)) || !normalPartner.test(text.slice(disease.end, end))) continue;
    found.push(claim(gene, disease, { polarity: 'positive', negated: true }));
  }
  return found;
}

export const tumourVersusNormal: Construction = {
  name: 'tumour-versus-normal',
  reads: '"X was lower in D tissues than in normal tissues": the disease goes with X, negatively when lower, positively when higher; "comparable between D and normal tissues": it does not',
  triggers: ['normal', 'healthy', 'benign', 'tumor', 'tumour', 'cancerous', 'malignant'],
  example: 'STAT3 expression was lower in HCC tissues than in adjacent normal tissues.',
  expected: ['HCC associated-with(negative) STAT3 [ctx PATIENT_TISSUE]'],
  apply: replacingWith(read),
};
