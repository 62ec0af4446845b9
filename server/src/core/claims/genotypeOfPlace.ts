// The genotype of a place: "CT26 cells harbouring K-Ras mutation", "tumours carrying a PIK3CA mutation". The
// gene names which cells the finding holds in, not what the treatment acts on: no claim has it as its object.
import type { Construction } from './construction';

const carrying = /\b(?:cells?|lines?|tumou?rs?|xenografts?|mice|patients|cancers?|carcinomas?)\s+(?:harbou?ring|carrying|bearing|with)\s+(?:an?\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+)?$/iu;
const genotype = /^[\s-]*(?:mutations?|mutant|mutated|amplification|amplified|deletions?|deleted|wild[- ]type|fusions?)\b/i;

export const genotypeOfPlace: Construction = {
  name: 'genotype-of-place',
  reads: '"X lowered Y in cells harbouring K-Ras mutation": K-Ras is the cells\' genotype, not an object of X',
  example: 'Trametinib lowered vimentin expression in colon cancer cells harbouring a KRAS mutation.',
  expected: ['DRUG_TRAMETINIB decreases VIM [ctx DOID_219]'],
  // `genotype`'s words, after the gene.
  triggers: ['mutation', 'mutant', 'mutated', 'amplification', 'amplified', 'deletion', 'deleted', 'wild', 'fusion'],
  apply(claims, { text, start }) {
    const isGenotype = (m: { start: number; end: number }) => carrying.test(text.slice(Math.max(start, m.start - 60), m.start)) && genotype.test(text.slice(m.end, m.end + 20));
    return claims.filter((c) => !isGenotype(c.object) || c.object.start < c.subject.start);
  },
};
