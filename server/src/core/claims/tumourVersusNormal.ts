// A gene's level in a tumour set against normal tissue: "X expression was lower in D tissues than in adjacent normal
// tissues", "X levels were higher in D compared with healthy controls". Tissue studies state a gene's place in a
// disease this way, with a comparative adjective where the verb reader wants a verb of change ("was overexpressed in
// D" it reads): the disease goes with the gene, positively when the level is higher in the tumour, negatively when
// lower (issue 7, stop 40: the lower form, the commonest way a paper reports the opposite of an overexpression, was
// read as nothing). The gene-then-disease wording is the abstracts' (kb/tumourExpression.ts), read here only when a
// normal baseline follows the disease, so the comparison is the tumour's against normal tissue and not one subtype's
// against another's.
import { tumourExpressionIn } from '../kb/tumourExpression';
import { type Construction, claimOf, contextMentions, mentionsIn, onePerEntity, replacingWith, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/**
 * After the disease: up to three words of its phrase ("tissues", "tumour samples"), then a comparison with normal
 * tissue: "than (in|that in|those of) (the) (adjacent) normal", "compared with healthy", "relative to non-tumorous",
 * "versus paired noncancerous".
 */
const normalBaseline =
  /^(?:[\s-]+[\p{L}\p{N}]+){0,3}?\s*,?\s+(?:than\s+(?:(?:in|that\s+(?:in|of)|those\s+(?:in|of))\s+)?|(?:as\s+)?compared\s+(?:with|to)\s+|relative\s+to\s+|versus\s+|vs\.?\s+)(?:the\s+|their\s+)?(?:(?:adjacent|paired|matched|corresponding|surrounding)\s+)*(?:normal|non-?tumou?r(?:ous)?|non-?cancerous|non-?malignant|healthy|benign)\b/iu;

function read(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, end, kb } = sentence;
  return tumourExpressionIn(text, mentionsIn(sentence), kb)
    .filter((found) => normalBaseline.test(text.slice(found.disease.end, end)))
    .map((found) =>
      claimOf(sentence, found.disease, 'associated-with', found.gene, {
        polarity: found.polarity,
        context: onePerEntity(contextMentions(sentence, [found.disease.entityId, found.gene.entityId])),
        start: found.gene.start,
        end: found.disease.end,
      }),
    );
}

export const tumourVersusNormal: Construction = {
  name: 'tumour-versus-normal',
  reads: '"X was lower in D tissues than in normal tissues": the disease goes with X, negatively when lower, positively when higher',
  triggers: ['normal', 'healthy', 'benign', 'tumor', 'tumour', 'cancerous', 'malignant'],
  example: 'STAT3 expression was lower in HCC tissues than in adjacent normal tissues.',
  expected: ['HCC associated-with(negative) STAT3 [ctx PATIENT_TISSUE]'],
  apply: replacingWith(read),
};
