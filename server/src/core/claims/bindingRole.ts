// A molecule given a part in another's binding: "IL-6R is involved in IL-6 binding", "gp130 takes part in the binding of
// IL-11", "the receptor mediates IL-6 binding". The process is the binding of the second molecule, and the one said to
// take part in it is its partner: X binds Y. The role reader took the bound molecule for the process ("IL-6R promotes
// IL-6"), a claim no finding makes (issue 7, stop 49, h-w24b49: the receptor's binding named in a paper's own result).
// Only two molecules (never a process, place or drug), the bound one right before "binding" (not "binding to",
// "binding site", "binding protein": those name another thing) or after "the binding of"; a denial between them
// denies the binding.
import { type Construction, claimOf, isMoleculeMention, mentionsIn, type SentenceSpan } from './construction';
import { samePair } from './readPairs';
import type { ExtractedClaim } from './extract';

/** Between the partner and the bound molecule: a verb of taking part, then "(the) binding of" or nothing. */
const partIn = /^\s*\)?\s*(?:,\s*)?(?:(?:is|are|was|were)\s+(?:not\s+)?(?:(?:also|directly|critically|chiefly|mainly)\s+)?(?:involved|implicated)\s+in|(?:(?:does|do|did)\s+not\s+)?(?:(?:takes?|take|took)\s+part\s+in|participates?\s+in|participated\s+in|mediates?|mediated)|(?:is|are|was|were)\s+(?:not\s+)?(?:(?:also|absolutely)\s+)?(?:required|needed|necessary|responsible|essential)\s+for)\s+(?:(the)\s+(?:(?:high-affinity|specific|direct)\s+)?binding\s+of\s+|(?:the\s+)?(?:(?:high-affinity|specific|direct)\s+)?)$/iu;
/** Right after the bound molecule when "binding" follows it: the noun ends the phrase. */
const bindingAfter = /^\s*(?:\([^()]{1,20}\)\s*)?binding\b(?!\s*(?:to|with|sites?|proteins?|domains?|partners?|pockets?|affinity|motifs?|capacity|activity|assays?)\b)(?!-)/iu;
/** After "the binding of Y": no partner of Y's own ("to Z", "with Z") follows. */
const noPartnerAfter = /^\s*(?:\([^()]{1,20}\)\s*)?(?!to\b|with\b|by\b)/iu;
const denial = /\b(?:not|no|never|neither|nor|without|fail(?:s|ed)?|unable|cannot)\b|n['’]t\b/iu;

export function bindingRoleClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const out: ExtractedClaim[] = [];
  for (let i = 0; i + 1 < inSentence.length; i++) {
    const partner = inSentence[i];
    const bound = inSentence[i + 1];
    if (partner.entityId === bound.entityId || !isMoleculeMention(partner.entityId, kb) || !isMoleculeMention(bound.entityId, kb)) continue;
    const cue = partIn.exec(text.slice(partner.end, bound.start));
    if (!cue) continue;
    const after = text.slice(bound.end, Math.min(sentence.end, bound.end + 40));
    if (cue[1] !== undefined ? !noPartnerAfter.test(after) || /^\s*(?:to|with|by)\b/i.test(after) : !bindingAfter.test(after)) continue;
    // "X is not involved in Y binding": the binding denied.
    const denied = denial.test(text.slice(partner.end, bound.start));
    out.push(claimOf(sentence, partner, 'binds', bound, denied ? { negated: true } : {}));
  }
  return out;
}

export const bindingRole: Construction = {
  name: 'binding-role',
  reads: '"X is involved in Y binding", "X takes part in the binding of Y": X binds Y, in place of X acting on Y',
  triggers: ['binding'],
  example: 'IL-6R is involved in IL-6 binding.',
  expected: ['IL6R binds IL6'],
  apply(claims, sentence) {
    const read = bindingRoleClaims(sentence);
    if (read.length === 0) return claims;
    // The role reader's pair (X promotes Y) is this binding misread: it goes, and the binding takes its place.
    const kept = claims.filter((c) => !read.some((r) => samePair(r, c)));
    return [...read, ...kept];
  },
};
