// "Hypoxia affects tumour cells and IL-11 is a cytokine of the IL-6 family", "Sorafenib targets Raf and ATF3 is a
// transcription factor": after "and" (", but", ", while", ", whereas") a name followed by its own finite verb (a copula
// or an auxiliary: "is", "has", "can") is the subject of a second clause, not one more object of the first clause's
// verb. A reader that took it for a member of the first verb's object list read a claim the sentence never makes
// (issue 7, stop 39, precision audit: such pairs anchored across clauses came out supported, or contradicted, by a
// finding on the two names). The claim goes; the second clause's own claims, read from its own verb, stay.
import type { EntityMention } from '../entities/recognize';
import type { ExtractedClaim } from './extract';

/** Right before the object: the coordinator that opens a clause, an article at most after it. */
const coordinatorBefore = /(?:,\s*|\s)(?:and|but|while|whereas|yet)\s+(?:the\s+)?$/i;
/**
 * Right after the object: its short form in brackets, a form word ("IL-11 expression"), then a copula or an
 * auxiliary that makes the name a subject ("IL-11 is", "gp130 has", "STAT3 signalling can").
 */
const finiteAfter = /^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:expression|levels?|activity|activation|phosphorylation|signal(?:l)?ing|protein|gene)\s+)?(?:is|are|was|were|has|have|had|remains|remained|plays|played|seems|seemed|appears|appeared|can|may|might|could|will|would|should|must|does|did)\b(?!\s+(?:not|never)\b)(?!\s+(?:(?:also|then|significantly|markedly|strongly|slightly|likewise|similarly)\s+)*(?:higher|lower|greater|less|increased|decreased|elevated|reduced|raised|lowered|enhanced|diminished|unchanged|unaffected|unaltered|altered|affected|changed|up-?regulated|down-?regulated|induced|suppressed|inhibited|abolished|blocked|restored|stable|similar|spared|activated|phosphorylated|expressed|detected|found|seen|observed)\b)/i;
/**
 * The first clause's own finite verb between the claim's subject and the coordinator: a copula or a word ending as a
 * verb of the third person or the past ("affects", "targets", "raised"). A list of subjects ("Stat3 expression (P =
 * 0.013) and MVD were associated with survival") has none, and opens no second clause.
 */
const finiteVerb = /\b(?:is|are|was|were|has|have|had|[a-z]{3,}(?:es|s|ed))\b/i;

/** Where a name after a coordinator opens a clause of its own (see above): the coordinator's offset, or undefined. */
function clauseOpenedBy(mention: EntityMention, text: string, from: number): number | undefined {
  const before = text.slice(Math.max(from, mention.start - 40), mention.start);
  const coordinator = coordinatorBefore.exec(before);
  if (!coordinator || !finiteAfter.test(text.slice(mention.end, mention.end + 60))) return undefined;
  return mention.start - before.length + coordinator.index;
}

/**
 * The sentence's claims without those that reach from the first clause into a second one opened by a name of its
 * own (above): a claim whose subject stands before the coordinator, with a finite verb of its own clause between
 * them ("between A and B is" opens nothing), and whose object is that name or stands after it. A second clause that
 * tells how the name changed or denies something of it ("whereas MMP-3 was unaffected", "and MMP-9 was higher", "while
 * N-cadherin levels did not change") is left to the readers of
 * changes and unchanged partners.
 */
export function withoutClauseSubjectObjects(claims: readonly ExtractedClaim[], text: string, from: number, mentions: readonly EntityMention[]): readonly ExtractedClaim[] {
  // Only a name some claim's subject stands before, and its object at or after, can drop a claim: the others are
  // not asked for a clause of their own (issue 10, stop 40: the look-back per name on each of 6,413 sentences).
  const openings = mentions.flatMap((m) => {
    if (!claims.some((c) => c.subject.end < m.start && c.object.start >= m.start)) return [];
    const at = clauseOpenedBy(m, text, from);
    return at === undefined ? [] : [{ at, name: m.start }];
  });
  if (openings.length === 0) return claims;
  const reaches = (c: ExtractedClaim): boolean =>
    openings.some((o) => c.subject.end <= o.at && c.object.start >= o.name && finiteVerb.test(text.slice(c.subject.end, o.at)));
  const kept = claims.filter((c) => !reaches(c));
  return kept.length === claims.length ? claims : kept;
}
