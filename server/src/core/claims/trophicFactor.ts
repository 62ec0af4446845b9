// "IL-6 acts as an important paracrine growth factor for myeloma cells", "IL-11 acts as a growth factor for gastric
// tumour cells", "IL-6 serves as a survival factor for hepatoma cells": a molecule named a growth (survival) factor of
// cells is said to make them grow (survive). The lexicon reads "growth factor" as the class of growth factors, a name
// of its own, so the sentence named an actor and read no claim (issue 7, stop 38, h-actor38: the stage "actor, no
// claim read"). A bare classification, "IGF-1 is a growth factor", is a definition: the frame needs a word that
// gives the factor a part in cells (its kind of action, "autocrine", its weight, "key", or the cells it acts on, "for
// X cells"), and a subject that is a growth factor by kind is left to the definitions. The subject is the name that
// opens the sentence (after a fronted place), and nothing but the copula or a verb of acting stands between.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn, replacingPairs, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** What opens the sentence before its subject: a sentence adverb, a fronted place, a determiner. */
const opener = /^\s*(?:(?:moreover|furthermore|additionally|in\s+addition|notably|importantly|thus|therefore|hence|indeed|also|in\s+particular|generally)\s*,?\s+)?(?:in\s+[^,;]{1,60},\s+)?(?:the\s+)?$/iu;

/** The words that give the factor a part in cells: its kind of action or its weight. */
const partWords = 'key|major|potent|important|essential|critical|main|principal|crucial|pivotal|central|powerful|autocrine|paracrine|juxtacrine|endocrine|mitogenic';

/** The copula or verb of acting, the article, the factor's words (the group `part`), the factor's kind and what follows. */
const factor = new RegExp(
  String.raw`^\s+(?:(?:can|may|might|could)\s+)?(?:is|are|was|were|be|acts?\s+as|acted\s+as|acting\s+as|serves?\s+as|served\s+as|functions?\s+as|functioned\s+as|remains?|represents?|has\s+been\s+(?:identified|described|established)\s+as)\s+(?:a|an|the)\s+(?:(?:most|very|well-known|also)\s+)?(?<part>(?:(?:${partWords})\s*,?\s+(?:(?:and|or)\s+)?)*)(?:cell\s+)?(?<kind>growth|survival)\s+factors?\b(?<after>\s+(?:for|of|in)\s+[^,;]{0,40}?\b(?:cells?|tumou?rs?|cancers?|carcinomas?|hepatocytes|myeloma|lymphoma|leukemia|leukaemia)\b)?`,
  'iu',
);

/** The process each kind of factor names. */
const processOf: Record<string, string> = { growth: 'CELL_GROWTH', survival: 'CELL_SURVIVAL' };

export function trophicFactorClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, start, end } = sentence;
  const mentions = mentionsIn(sentence);
  const subject: EntityMention | undefined = mentions.find((m) => opener.test(text.slice(start, m.start)));
  if (!subject) return [];
  const type = kb.entities.get(subject.entityId)?.type;
  // A growth factor by kind named a growth factor is a definition; places and processes are no factors.
  if (!type || type === 'growth-factor' || type === 'disease' || type === 'cell-line' || type === 'cell-type' || type === 'experimental-system' || type === 'process' || type === 'phenotype') return [];
  const found = factor.exec(text.slice(subject.end, end));
  if (!found?.groups) return [];
  if (found.groups.part.trim() === '' && !found.groups.after) return [];
  const id = processOf[found.groups.kind.toLowerCase()];
  if (!kb.entities.has(id)) return [];
  const at = subject.end + found[0].search(new RegExp(String.raw`\b${found.groups.kind}\s+factor`, 'iu'));
  const object: EntityMention = { entityId: id, start: at, end: at + found.groups.kind.length, text: found.groups.kind };
  return [claimOf(sentence, subject, 'promotes', object)];
}

export const trophicFactor: Construction = {
  name: 'trophic-factor',
  reads: '"X is a key (autocrine) growth factor", "X acts as a survival factor for Y cells": X promotes cell growth (survival)',
  triggers: ['factor'],
  example: 'In liver tumours, IL-6 acts as a potent autocrine growth factor for the cancer cells.',
  expected: ['IL6 promotes CELL_GROWTH [ctx CANCER,LIVER_CANCER]'],
  apply: (claims, sentence) => {
    const read = trophicFactorClaims(sentence);
    if (read.length === 0) return claims;
    // The class of growth factors read as a participant of the same words ("IL-6 ... growth factor") is this reading's object.
    const { start, end } = read[0].object;
    return replacingPairs(claims.filter((c) => !(c.object.start <= start && c.object.end >= end) && !(c.subject.start <= start && c.subject.end >= end)), read);
  },
};
