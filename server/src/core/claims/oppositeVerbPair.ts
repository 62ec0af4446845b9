// Two verbs of opposite direction on one object: "X can both promote and retard Y", "X inhibits and promotes Y",
// "..., promoting and retarding Y in a context-dependent manner". The writer says X acts on Y both ways, so both
// claims are read, each verified on its own (the lead's policy for "both pro- and anti-inflammatory" in
// kindAsDirection.ts, the guideline's "CONTRADICTED wins if any claim is contradicted"). Issue 7, stop 50: only the
// verb next to the object was read, so the sentence took that verb's direction alone: "X inhibits and promotes Y"
// was called supported, "X promotes and inhibits Y" contradicted.
// Only a pair joined by "and" right before the object's verb, both verbs of the lexicon with a direction, opposite
// to each other ("induces and activates" adds nothing: the second verb says the direction already); the first verb's
// claim copies the second's (subject, object, context, denial). "Promotes or inhibits" (a choice) is left.
// Denied, the pair denies both: "X neither promotes nor inhibits Y", "X does not promote or inhibit Y" say X has no
// effect on Y either way, so each verb's denied claim is read (stop 51, h-contra51: only the verb next to the object
// was read, so "IL-11 neither promotes nor inhibits invasion" was no evidence against a reported rise of invasion,
// which the guideline's "a negated claim against a reported effect" makes CONTRADICTED). The second verb's claim
// is denied already ("nor", "not ... or" reach it, extract.ts); the first verb's copy takes that denial.
import { type Construction, claimOf } from './construction';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';
import { verbTrigger, type ClaimRelation } from './vocabulary';

const positive = new Set<ClaimRelation>(['increases', 'activates', 'induces', 'upregulates', 'promotes']);
const negative = new Set<ClaimRelation>(['decreases', 'inhibits', 'suppresses', 'downregulates']);
const signOf = (relation: ClaimRelation | undefined): number => (relation && positive.has(relation) ? 1 : relation && negative.has(relation) ? -1 : 0);

/** "(both) V1 and V2 " with at most one adverb before the second verb; "neither V1 nor V2 ", "not V1 or V2 ". */
const pair = /\b([\p{L}-]+)\s*,?\s+(and|nor|or)\s+(?:(?:also|then|even)\s+)?([\p{L}-]+)\s+/giu;
/** Right before the first verb of a "nor" or "or" pair: the word that denies both ("neither", "not", "never", "n't"). */
const denialBefore = /(?:\bneither|\bnot|\bnever|n['’]t)\s+$/iu;

export const oppositeVerbPair: Construction = {
  name: 'opposite-verb-pair',
  reads: '"X can both promote and retard Y": X promotes Y and X inhibits Y, each claim judged',
  triggers: ['and', 'nor', 'or'],
  example: 'IL-6 can both promote and retard tumour growth.',
  expected: ['IL6 inhibits TUMOR_GROWTH', 'IL6 promotes TUMOR_GROWTH'],
  apply(claims, sentence) {
    const { text, start, end } = sentence;
    const added: ExtractedClaim[] = [];
    for (const match of allMatches(pair, text.slice(start, end))) {
      const first = verbTrigger(match[1].toLowerCase());
      const second = verbTrigger(match[3].toLowerCase());
      const sign = signOf(first);
      if (sign === 0 || sign !== -signOf(second) || !first) continue;
      const joined = match[2].toLowerCase();
      const denied = denialBefore.test(text.slice(start, start + match.index));
      if (joined !== 'and' && !(denied && (joined === 'nor' || !/\bneither\s+$/iu.test(text.slice(start, start + match.index))))) continue;
      const objectAt = start + match.index + match[0].length;
      // The second verb's claim on the object right after it; its subject stands before the pair.
      const read = claims.find((c) => c.relation === second && c.object.start === objectAt && c.subject.end <= start + match.index);
      if (!read || (joined !== 'and' && !read.negated)) continue;
      if (claims.some((c) => c.subject.entityId === read.subject.entityId && c.object.entityId === read.object.entityId && signOf(c.relation) === sign)) continue;
      added.push(claimOf(sentence, read.subject, first, read.object, { context: read.context, negated: read.negated, hedged: read.hedged, mediators: read.mediators, start: read.start, end: read.end }));
    }
    return added.length ? [...claims, ...added] : claims;
  },
};
