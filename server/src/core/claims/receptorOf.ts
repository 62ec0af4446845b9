// "IL-6R is the binding subunit specific to IL-6", "gp130 serves as the signal-transducing receptor for IL-11": a
// molecule named the receptor (its binding subunit, co-receptor) of another is said to bind it. The verb reader reads a
// relation from a verb, and the copula with a noun of receptor names none, so the sentence named two molecules the
// library links and read no claim (issue 7, stop 48, h-w25b48: the stage "actor, no claim read"). The subject is the
// name that opens the sentence (after a sentence adverb), nothing but the copula or a verb of acting, an article and
// the receptor's adjectives stand before the noun, and the partner is the name right after its preposition. A denial
// ("is not the receptor for") or a hedge of doubt keeps the pattern from matching; both partners must be molecules.
import type { EntityMention } from '../entities/recognize';
import { moleculeTypes } from '../kb/schema';
import { type Construction, claimOf, mentionsIn, replacingPairs, type SentenceSpan, triggersOf } from './construction';
import type { ExtractedClaim } from './extract';

/** What opens the sentence before its subject: a sentence adverb, a determiner. */
const opener = /^\s*(?:(?:moreover|furthermore|additionally|in\s+addition|notably|importantly|thus|therefore|hence|indeed|also)\s*,?\s+)?(?:the\s+)?$/iu;

/**
 * The copula or verb of acting, an article, adjectives of the receptor (one word each, hyphenated allowed), the noun of
 * receptor and its preposition, to the partner's start.
 */
const receptorPhrase = /^\s+(?:is|are|was|were|acts?\s+as|serves?\s+as|functions?\s+as)\s+(?:a|an|the|its)\s+(?:(?:[a-z]+(?:-[a-z]+)*)\s+){0,3}?(?:receptor|receptor\s+subunit|binding\s+subunit|co-?receptor|subunit)\s+(?:specific\s+(?:to|for)|for|of)\s+(?:the\s+)?$/iu;

export function receptorOfClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, start } = sentence;
  const mentions = mentionsIn(sentence);
  const s = mentions.findIndex((m) => opener.test(text.slice(start, m.start)));
  const subject: EntityMention | undefined = mentions[s];
  const partner: EntityMention | undefined = mentions[s + 1];
  if (!subject || !partner) return [];
  if (!receptorPhrase.test(text.slice(subject.end, partner.start))) return [];
  const molecule = (m: EntityMention): boolean => moleculeTypes.has(kb.entities.get(m.entityId)?.type ?? '');
  if (!molecule(subject) || !molecule(partner) || subject.entityId === partner.entityId) return [];
  // "IL-6R is a receptor for inflammatory cytokines that promote metastasis": a relative clause on the partner carries
  // the sentence's claim (classAsPredicate.ts reads it); the receptor phrase there only describes, so it reads nothing.
  if (/^\s*,?\s*(?:that|which|who)\b/iu.test(text.slice(partner.end))) return [];
  return [claimOf(sentence, subject, 'binds', partner)];
}

export const receptorOf: Construction = {
  name: 'receptor-of',
  reads: '"X is the binding subunit specific to Y", "X serves as the receptor for Y": X binds Y',
  triggers: triggersOf(/receptor|subunit/),
  example: 'Moreover, IL-6R is the ligand-binding subunit specific to IL-6.',
  expected: ['IL6R binds IL6'],
  apply: (claims, sentence) => {
    const read = receptorOfClaims(sentence);
    return read.length === 0 ? claims : replacingPairs(claims, read);
  },
};
