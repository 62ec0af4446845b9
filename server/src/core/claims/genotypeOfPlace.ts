// The genotype of a place: "CT26 cells harbouring K-Ras mutation", "tumours carrying a PIK3CA mutation". The
// gene names which cells the finding holds in, not what the treatment acts on: no claim has it as its object.
import type { Construction } from './construction';
import { isLostInPlace, namesLostAsObject } from './lostPlace';

const carrying = /\b(?:cells?|lines?|tumou?rs?|xenografts?|mice|patients|cancers?|carcinomas?)\s+(?:harbou?ring|carrying|bearing|with)\s+(?:an?\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+)?$/iu;
const genotype = /^[\s-]*(?:mutations?|mutant|mutated|amplification|amplified|deletions?|deleted|wild[- ]type|fusions?)\b/i;

/** "-mutant CT26 colon cancer cells": the gene's genotype, then up to four words, then the place. */
const genotypeBeforePlace = /^[-‐‑–−](?:mutant|mutated|null|deficient|deleted|amplified|wild[- ]type)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:cells?|cell\s+lines?|lines?|tumou?rs|xenografts|mice|cancers|carcinomas)\b/iu;

export const genotypeOfPlace: Construction = {
  name: 'genotype-of-place',
  reads: '"X lowered Y in cells harbouring K-Ras mutation": K-Ras is the cells\' genotype, not an object of X',
  example: 'Trametinib lowered vimentin expression in colon cancer cells harbouring a KRAS mutation.',
  expected: ['DRUG_TRAMETINIB decreases VIM [ctx DOID_219]'],
  // `genotype`'s and `genotypeBeforePlace`'s words, after the gene.
  triggers: ['mutation', 'mutant', 'mutated', 'amplification', 'amplified', 'deletion', 'deleted', 'wild', 'fusion', 'null', 'deficient', 'lacking', 'lack', 'devoid', 'depleted'],
  apply(claims, { text, start, end }) {
    const isGenotype = (m: { start: number; end: number }) =>
      (carrying.test(text.slice(Math.max(start, m.start - 60), m.start)) && genotype.test(text.slice(m.end, m.end + 20))) ||
      // "in cells lacking Z": the place's loss (lostPlace.ts, rule 1).
      isLostInPlace(text, start, m) ||
      // Named before the place: "K-Ras-mutant CT26 colon cancer cells", "PIK3CA-mutated tumours".
      genotypeBeforePlace.test(text.slice(m.end, Math.min(end, m.end + 60)));
    return claims.filter((c) => !namesLostAsObject(c, isGenotype));
  },
};

/** "KRAS wild-type colon tumours", "PTEN null cells": the genotype written apart from the gene, then the place. */
const genotypeApartBeforePlace = /^\s+(?:mutant|mutated|null|deficient|deleted|amplified|wild[- ]?type)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:cells?|cell\s+lines?|lines?|tumou?rs|xenografts|mice|cancers|carcinomas)\b/iu;

export const genotypeWrittenApart: Construction = {
  name: 'genotype written apart before the place',
  reads: '"X lowered the growth of KRAS wild-type tumours": KRAS is the tumours\' genotype, not an object of X',
  example: 'Cetuximab slowed the growth of KRAS wild-type colon tumours in mice.',
  expected: ['DRUG_CETUXIMAB decreases TUMOR_GROWTH [ctx DOID_219]'],
  triggers: ['mutant', 'mutated', 'amplified', 'deleted', 'wild', 'null', 'deficient'],
  apply(claims, { text, end }) {
    return claims.filter((c) => !genotypeApartBeforePlace.test(text.slice(c.object.end, Math.min(end, c.object.end + 60))) || c.object.start < c.subject.start);
  },
};
