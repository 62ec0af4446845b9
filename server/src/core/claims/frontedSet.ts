// A family named in a fronted "Among (the) X," is the set the clause picks its member from: "Among the MMPs, MMP-7 is
// induced by IL-11" says IL-11 induces MMP-7, nothing about the MMPs as a whole. The reader paired the family with the
// verb too, and a finding on another member (MMP-9) supported the sentence whose only claim is about MMP-7, a sibling
// the library has no finding on (stop 49, own probes: a family finding read onto a member it does not name). The
// claims of the set go when a claim on another name in the same role, after the comma, stands beside them with the
// same relation and partner (the lexicon does not file every member under its family: MMP-7 is no MMPS child there).
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** "Among the MMPs," "Of these cytokines," at the sentence's start, up to its comma. */
const frontedSet = /^\s*(?:among|of)\s+(?:the|these|those|all)?\s*[^,;]{1,50},/i;

export function withoutFrontedSets(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start } = sentence;
  const fronted = frontedSet.exec(text.slice(start, sentence.end));
  if (!fronted) return claims;
  const setEnd = start + fronted[0].length;
  const inSet = (c: ExtractedClaim, side: 'subject' | 'object') => c[side].start >= start && c[side].end <= setEnd;
  const memberBeside = (c: ExtractedClaim, side: 'subject' | 'object') => {
    const other = side === 'subject' ? 'object' : 'subject';
    return claims.some((d) => d !== c && d[side].start >= setEnd && d[other].entityId === c[other].entityId && d[side].entityId !== c[side].entityId && d.relation === c.relation);
  };
  const kept = claims.filter((c) => !((inSet(c, 'subject') && memberBeside(c, 'subject')) || (inSet(c, 'object') && memberBeside(c, 'object'))));
  return kept.length === claims.length ? claims : kept;
}

/**
 * "Among the cytokines linked to cancer, IL-6 drives Y": a pair read wholly inside the fronted set phrase is the
 * restrictive description of the class the member is picked from, not a claim the sentence makes; the main clause
 * after the comma is. The reader read "cytokines associated-with cancer" there, and a library finding on one
 * cytokine in one cancer called the whole sentence supported (issue 7, stop 50; the same phrase with "tied to" was
 * withdrawn twice for it). Whether or not the main clause reads a claim, the description's pair goes.
 */
export function withoutFrontedSetDescriptions(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start } = sentence;
  const fronted = frontedSet.exec(text.slice(start, sentence.end));
  if (!fronted) return claims;
  const setEnd = start + fronted[0].length;
  const inSet = (m: { start: number; end: number }) => m.start >= start && m.end <= setEnd;
  const kept = claims.filter((c) => !(inSet(c.subject) && inSet(c.object)));
  return kept.length === claims.length ? claims : kept;
}
