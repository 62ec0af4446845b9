// Expression in tumours: "COX-2 was overexpressed in gastric cancer tissues" and "the expression of SMAD4 in
// PDAC tissue was lower than in normal tissue" are findings about the gene and the disease, one of the
// commonest statements of clinical abstracts. The claim reader sees no verb between two participants here
// (the disease is where, not what), so abstracts read this construction on their own: the gene is
// associated with the disease, positively when higher in tumours, negatively when lower.
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from './knowledgeBase';

export interface TumourExpression {
  gene: EntityMention;
  disease: EntityMention;
  polarity: 'positive' | 'negative';
}

const higher = /^(?:up-?regulated|over-?expressed|higher|increased|elevated|enhanced)$/i;
const change = '(up-?regulated|over-?expressed|higher|increased|elevated|enhanced|down-?regulated|under-?expressed|lower|decreased|reduced)';
const adverb = '(?:[a-z]+ly\\s+)?';
/** "X (mRNA) was significantly overexpressed in [the] D", "X was found to be upregulated in D": between the gene and the disease. */
const geneThenChange = new RegExp(`^\\s*(?:\\([^()]*\\)\\s*)?(?:(?:mRNA|protein|expression|levels?|gene)\\s+)*(?:was|were|is|are)\\s+(?:(?:found|shown|confirmed|observed|demonstrated)\\s+to\\s+be\\s+)?${adverb}${change}\\s+in\\s+(?:the\\s+)?(?:human\\s+|primary\\s+)?$`, 'i');
/** "expression of X in D tissue was lower": the gene, "in", the disease, then the change. */
const diseaseThenChange = new RegExp(`^\\s*(?:(?:carcinoma|cancer|tumou?r)\\s+)?(?:tissues?|samples?|specimens?)\\s+(?:was|were)\\s+${adverb}${change}\\b`, 'i');
const expressionOf = /\b(?:expression|levels?)\s+of\s+$/i;
/** "gastric cancer specimens showed over-expression of COX-2": the disease's samples, then the gene. */
const samplesShow = /^\s*(?:(?:carcinoma|cancer|tumou?r)\s+)?(?:tissues?|samples?|specimens?)\s+(?:showed|exhibited|displayed|had)\s+(?:a\s+)?(?:[a-z]+ly\s+)?(over-?expression|up-?regulation|high(?:er)? expression|increased expression|elevated expression|down-?regulation|low(?:er)? expression|reduced expression|decreased expression|loss)\s+of\s+(?:the\s+)?$/i;

/** Types that name a place, condition or process, never the gene whose level is compared (claims/tumourVersusNormal.ts too). */
export const placeTypes: ReadonlySet<string> = new Set(['disease', 'cell-line', 'cell-type', 'experimental-system', 'condition', 'phenotype', 'process', 'pathway']);

/** Gene-in-tumour expression findings of one sentence (`mentions` are the sentence's, offsets in `text`). */
export function tumourExpressionIn(text: string, mentions: readonly EntityMention[], kb: KnowledgeBase): TumourExpression[] {
  const found: TumourExpression[] = [];
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  for (const gene of mentions) {
    if (placeTypes.has(typeOf(gene))) continue;
    const disease = mentions.find((d) => d.start >= gene.end && typeOf(d) === 'disease');
    if (!disease) continue;
    const between = text.slice(gene.end, disease.start);
    const direct = geneThenChange.exec(between);
    const word = direct?.[1] ?? (/^\s*in\s+(?:the\s+)?$/i.test(between) && expressionOf.test(text.slice(Math.max(0, gene.start - 30), gene.start)) ? diseaseThenChange.exec(text.slice(disease.end, disease.end + 80))?.[1] : undefined);
    if (!word) continue;
    found.push({ gene, disease, polarity: higher.test(word) ? 'positive' : 'negative' });
  }
  for (const disease of mentions) {
    if (typeOf(disease) !== 'disease') continue;
    const gene = mentions.find((g) => g.start >= disease.end && !placeTypes.has(typeOf(g)));
    const shown = gene && samplesShow.exec(text.slice(disease.end, gene.start));
    if (!gene || !shown || found.some((f) => f.gene === gene)) continue;
    found.push({ gene, disease, polarity: /^(?:over|up|high|increased|elevated)/i.test(shown[1]) ? 'positive' : 'negative' });
  }
  return found;
}

