// "A and B bind C and D, respectively": the two lists pair member by member, A with C and B with D (stop 52,
// h-misread52). Each reader pairs every member of a coordinated subject with every member of a coordinated object, so
// the crossed pairs ("A binds D") were read too, and a backed crossed pair could speak for the sentence. A sentence-level
// claim filter (sentenceFilters.ts): whatever reader made the crossed pair, it goes.
import { mentionListTo, mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** Between two members of either list: a comma, "and", "or", a slash ("IL-6/IL-11"). */
const memberSeparator = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+|\/\s*)(?:the\s+)?$/iu;
const respectivelyWord = /\brespectively\b/giu;

/**
 * The claims of the sentence without the crossed pairs of a "respectively": where the names read on one side of a
 * relation with the list that closes before "respectively" are as many as its members, the n-th of them (in the
 * text's order) goes with the n-th member only. Lists of unequal length, or claims whose other side is no earlier
 * name, are left as read.
 */
export function withRespectivePairs(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start, end } = sentence;
  const said = text.slice(start, end);
  if (!said.toLowerCase().includes('respectively')) return claims;
  const mentions = mentionsIn(sentence);
  let result = claims;
  for (const found of said.matchAll(respectivelyWord)) {
    const at = start + (found.index ?? 0);
    // The list right before: its last member, then a comma or nothing, then the word.
    let last = -1;
    for (let k = mentions.length - 1; k >= 0; k--) {
      if (mentions[k].end <= at) {
        last = k;
        break;
      }
    }
    if (last < 0 || !/^\s*,?\s*$/u.test(text.slice(mentions[last].end, at))) continue;
    const { list } = mentionListTo(text, mentions, last, memberSeparator);
    if (list.length < 2) continue;
    const memberAt = (m: { start: number }): number => list.findIndex((l) => l.start === m.start);
    const listStart = list[0].start;
    // The claims that join a member to an earlier name, and those earlier names in the text's order.
    const paired = result.filter((c) => (memberAt(c.object) >= 0 && c.subject.start < listStart) || (memberAt(c.subject) >= 0 && c.object.start < listStart));
    const others = [...new Set(paired.map((c) => (memberAt(c.object) >= 0 ? c.subject.start : c.object.start)))].sort((a, b) => a - b);
    if (others.length !== list.length) continue;
    result = result.filter((c) => {
      if (!paired.includes(c)) return true;
      const [member, other] = memberAt(c.object) >= 0 ? [c.object, c.subject] : [c.subject, c.object];
      return others.indexOf(other.start) === memberAt(member);
    });
  }
  return result;
}
