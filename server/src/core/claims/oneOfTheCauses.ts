// "Chemoresistance involves several mechanisms, and hypoxia is one of the main causes": a process or phenotype
// opens the sentence, and a second clause names one of its causes without repeating it ("one of the causes", no
// "of Y"). The cause's effect is the first clause's subject, so the second clause claims X promotes Y. Before, the
// second clause had no object and the sentence named an actor and read no claim (issue 7, stop 39, h-actor39b).
// "X is one of the causes of Y" is read by the frames (frames.ts one-of-the-drivers); this is only the bare form
// at the end of the sentence.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn, replacingPairs, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** What opens the sentence before the effect: a sentence adverb, a determiner. */
const opener = /^\s*(?:(?:moreover|furthermore|additionally|notably|importantly|indeed|in\s+general|generally)\s*,?\s+)?(?:the\s+)?$/iu;

/** The first clause's verb, after the effect's place if named ("in HCC"): it gives the effect many sources ("involves several mechanisms", "has many causes"). */
const firstClause = /^(?:\s+in\s+[^,;]{1,40}?)?\s+(?:(?:is|are)\s+)?(?:involves?|has|have|arises|arise|results|result|develops|develop|is\s+driven|are\s+driven|is\s+caused|are\s+caused|is\s+multifactorial|are\s+multifactorial|is\s+complex)\b[^;:]{0,80}?,\s+and\s+$/iu;

/** After the cause: the copula, "one of the (many, main ...) causes (drivers ...)", and the sentence's end. */
const oneOfThe = /^\s+(?:is|was|remains|represents)\s+(?:probably\s+|likely\s+)?one\s+of\s+(?:the|its|their)\s+(?:(?:many|main|major|most\s+important|key|principal|leading|common|most\s+common|best-known|well-known)\s+)?(?:causes|drivers|contributors|culprits)\s*[.]?\s*$/iu;

/** The kinds of entity a cause can be the cause of: a process or phenotype (a disease is named, not caused, here). */
const effectTypes = new Set(['process', 'phenotype']);
/** Places are no causes. */
const placeTypes = new Set(['cell-line', 'cell-type', 'experimental-system', 'disease']);

export function oneOfTheCausesClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, start, end } = sentence;
  const mentions = mentionsIn(sentence);
  const effect: EntityMention | undefined = mentions[0];
  if (!effect || !opener.test(text.slice(start, effect.start)) || !effectTypes.has(kb.entities.get(effect.entityId)?.type ?? '')) return [];
  // The cause: the last mention, right after the first clause's ", and".
  const cause = mentions[mentions.length - 1];
  if (cause === effect || placeTypes.has(kb.entities.get(cause.entityId)?.type ?? '')) return [];
  if (!firstClause.test(text.slice(effect.end, cause.start)) || !oneOfThe.test(text.slice(cause.end, end))) return [];
  return [claimOf(sentence, cause, 'promotes', effect)];
}

export const oneOfTheCauses: Construction = {
  name: 'one-of-the-causes',
  reads: '"Y involves several mechanisms, and X is one of the main causes": X promotes Y',
  triggers: ['causes', 'drivers', 'contributors', 'culprits'],
  example: 'Chemoresistance involves several mechanisms, and hypoxia is one of the main causes.',
  expected: ['HYPOXIA promotes CHEMORESISTANCE'],
  apply: (claims, sentence) => {
    const read = oneOfTheCausesClaims(sentence);
    return read.length === 0 ? claims : replacingPairs(claims, read);
  },
};
