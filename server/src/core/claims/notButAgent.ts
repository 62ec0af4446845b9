// One agent denied and another asserted for the same effect: "Not IL-6 but IL-11 raised MMP-13", "It was IL-11, not
// IL-6, that raised MMP-13", "It is not X but Y that drives Z". The writer says Y has the effect and X does not: two
// claims, the second denied (issue 7, stop 35: the denied agent was read as nothing, or the cleft as nothing at all,
// so a sentence whose denial the library contradicts came out unsupported). "Not only X but also Y" asserts both and
// is left to the coordination readers.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn } from './construction';
import type { ExtractedClaim } from './extract';
import { verbTrigger } from './vocabulary';

/** "Not X but Y ...": the denied agent first, at the sentence's start. */
const notFirst = /^\s*not\s+(?!only\b)(?:the\s+)?$/i;
const butThen = /^\s*,?\s*but\s+(?!also\b)(?:(?:rather|instead)\s+)?(?:the\s+)?$/i;
/** "It was Y, not X, that ...", "It is not X but Y that ...". */
const cleftOpens = /^\s*it\s+(?:was|is|were|are)\s+(?:(?:rather|instead)\s+)?(?:the\s+)?$/i;
const cleftNot = /^\s*,?\s*(?:and\s+)?not\s+(?:the\s+)?$/i;
const cleftNotFirst = /^\s*it\s+(?:was|is)\s+not\s+(?:the\s+)?$/i;
/** After the second agent of a cleft: "that" (or "which") and the verb, then the object's measure words. */
const cleftVerb = /^\s*,?\s*(?:that|which)\s+(?:[\p{L}]+ly\s+)?([\p{L}-]+)\s+(?:the\s+)?(?:(?:levels?|expression|secretion|production|activity|phosphorylation)\s+of\s+(?:the\s+)?)?$/iu;

function deniedCopies(claims: readonly ExtractedClaim[], sentence: Parameters<Construction['apply']>[1], asserted: EntityMention, denied: EntityMention): ExtractedClaim[] {
  return claims
    .filter((c) => c.subject.start === asserted.start && c.subject.entityId === asserted.entityId && !c.negated && c.object.entityId !== denied.entityId)
    .map((c) => claimOf(sentence, denied, c.relation, c.object, { context: c.context, negated: true, polarity: c.polarity, start: denied.start, end: c.object.end }));
}

export const notButAgent: Construction = {
  name: 'not-but-agent',
  reads: '"Not X but Y raised Z", "It was Y, not X, that raised Z": Y raises Z, X does not',
  triggers: ['not'],
  example: 'It was IL-11, not IL-6, that raised MMP-13 in OSCC cells.',
  expected: ['IL11 increases MMP13 [ctx OSCC]', 'NOT IL6 increases MMP13 [ctx OSCC]'],
  apply(claims, sentence) {
    const { text, start } = sentence;
    const m = mentionsIn(sentence);
    if (m.length < 3) return claims;
    const [first, second] = m;
    const lead = text.slice(start, first.start);
    const between = text.slice(first.end, second.start);
    // "Not X but Y V Z": Y's claims stand (the reader read them), and X's are added, denied.
    if (notFirst.test(lead) && butThen.test(between)) {
      const denied = deniedCopies(claims, sentence, second, first);
      return denied.length ? [...claims.filter((c) => c.subject.start !== first.start), ...denied] : claims;
    }
    // The clefts: "It was Y, not X, that V Z" and "It is not X but Y that V Z".
    let asserted: EntityMention | undefined;
    let denied: EntityMention | undefined;
    if (cleftOpens.test(lead) && cleftNot.test(between)) [asserted, denied] = [first, second];
    else if (cleftNotFirst.test(lead) && butThen.test(between)) [asserted, denied] = [second, first];
    if (!asserted || !denied) return claims;
    const object = m[2];
    const verb = cleftVerb.exec(text.slice(second.end, object.start));
    const relation = verb ? verbTrigger(verb[1]) : undefined;
    if (!relation || relation === 'no-effect') return claims;
    const read = claimOf(sentence, asserted, relation, object, { start: asserted.start, end: object.end });
    const kept = claims.filter((c) => !(c.object.entityId === object.entityId && (c.subject.entityId === asserted!.entityId || c.subject.entityId === denied!.entityId)) && c.subject.entityId !== denied!.entityId);
    return [...kept, read, claimOf(sentence, denied, relation, object, { context: read.context, negated: true, start: denied.start, end: object.end })];
  },
};
