// A family named as what an entity is: "IL-11 is a cytokine promoting Y", "we identified X as a key cytokine
// driving Y". The family noun is the predicate of the named member, and the verb after it says what that member
// does: the claim is X's. The reader took the family noun, the nearest name before the verb, for the subject, and
// the family claim ("cytokines promote Y") was supported by any member's finding, another member's too (issue 7:
// a false "supported" that hid what the sentence says of X). Only a member of the family is read so: "STAT3 is a
// cytokine ..." names no member and is left as read.
import type { EntityMention } from '../entities/recognize';
import { mentionsIn, type SentenceSpan } from './construction';
import { sameReading } from './readPairs';
import { classHeads } from './cues';
import type { ExtractedClaim } from './extract';

/** Between the member and its family noun: "is a key", "as a major", ", one of the", "was the main", "is not a" (the denial is deniedClassPredicate.ts's), "is a pro-" before "inflammatory cytokine" (stop 53). */
const predicateOfMember = /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:(?:is|was|are|were|remains|remained|became|represents|represented|acts\s+as|serves\s+as|functions\s+as|emerged\s+as|as)\s+)(?:not\s+)?(?:an?|the|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,3}(?:pro-)?$/iu;

/**
 * `claims` with each family subject that is the predicate of a member named before it ("X is a cytokine promoting Y")
 * read as that member, one claim per reading. A sentence-level claim filter (sentenceFilters.ts), run once on every
 * reader's claims: anchored reading may read the family's pair too.
 */
/** A word that would make the family noun another thing's complement: "a receptor for cytokines", "a target of". */
const prepositionBetween = /\b(?:of|for|to|in|on|with|by|from|at|than|like|against|towards?)\s/i;

/** A class the member does not belong to in the library, with a family above it that the member is in: a sibling class. */
function siblingClass(member: string, family: string, kb: SentenceSpan['kb']): boolean {
  if (kb.entities.get(family)?.type !== 'protein-family') return false;
  const above = kb.ancestors(family);
  if (above.size === 0) return false;
  for (const ancestor of kb.ancestors(member)) if (above.has(ancestor)) return true;
  return false;
}

/** One claim per reading: a member put for its family (or whole) may repeat a claim the member already had. */
function withoutRepeats(read: readonly ExtractedClaim[]): ExtractedClaim[] {
  return read.filter((c, i) => read.findIndex((d) => sameReading(c, d)) === i);
}

/**
 * `claims` with each subject that `memberOf` finds a member for read as that member, one claim per reading; `at` is the
 * subject's index among the sentence's mentions (-1 when it is none of them). The skeleton the two readings below share.
 */
function withSubjectsAsMembers(
  claims: readonly ExtractedClaim[],
  sentence: SentenceSpan,
  memberOf: (subject: EntityMention, at: number, inSentence: readonly EntityMention[]) => EntityMention | undefined,
): readonly ExtractedClaim[] {
  const inSentence = mentionsIn(sentence);
  let changed = false;
  const read = claims.map((claim): ExtractedClaim => {
    const at = inSentence.findIndex((m) => m.start === claim.subject.start && m.entityId === claim.subject.entityId);
    const member = memberOf(claim.subject, at, inSentence);
    if (!member) return claim;
    changed = true;
    return { ...claim, subject: member, start: Math.min(claim.start, member.start) };
  });
  return changed ? withoutRepeats(read) : claims;
}

export function withMembersForFamilies(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const memberOf = (family: EntityMention, at: number, inSentence: readonly EntityMention[]): EntityMention | undefined => memberNamedBefore(family, at, inSentence, sentence);
  return withObjectsAsMembers(withSubjectsAsMembers(claims, sentence, memberOf), sentence, memberOf);
}

/** The member named right before a family noun that is its predicate ("X is a key cytokine"), or undefined. */
function memberNamedBefore(family: EntityMention, at: number, inSentence: readonly EntityMention[], sentence: SentenceSpan): EntityMention | undefined {
  const { text, kb } = sentence;
  const member = at > 0 ? inSentence[at - 1] : undefined;
  if (!member || member.entityId === family.entityId) return undefined;
  const between = text.slice(member.end, family.start);
  // "IL-6 is an inflammatory cytokine which protects Y": the writer puts X in a class the library does not give it
  // (IL-6 is of the IL-6 family), a sibling class under one family with X's own; the copula says X is one of them,
  // and the relative clause is X's. Only with adjectives between (no "a receptor for cytokines that ...").
  if (!kb.isA(member.entityId, family.entityId) && !unplacedOfClass(member, family, kb) && !(siblingClass(member.entityId, family.entityId, kb) && !prepositionBetween.test(between))) return undefined;
  return predicateOfMember.test(between) ? member : undefined;
}

/**
 * A name the library places under no family whose own type the family noun names (cues.ts classHeads: "IL-17A is a
 * major cytokine", the lexicon's IL-17A typed a cytokine): the copula puts it in the class, and nothing in the
 * library says otherwise (stop 53). "STAT3 is a cytokine" (a transcription factor) is no member, and left as read.
 */
function unplacedOfClass(member: EntityMention, family: EntityMention, kb: SentenceSpan['kb']): boolean {
  if (kb.entities.get(family.entityId)?.type !== 'protein-family') return false;
  const entity = kb.entities.get(member.entityId);
  if (!entity || kb.ancestors(member.entityId).size > 1) return false;
  // The family's whole name or its head noun: "a pro-inflammatory cytokine" is a cytokine.
  const heads = classHeads.byType[entity.type];
  const noun = family.text.toLowerCase().replace(/\s+/g, ' ');
  return heads !== undefined && (heads.has(noun) || heads.has(noun.slice(noun.lastIndexOf(' ') + 1)));
}

/**
 * `claims` with each family object that `memberOf` finds a member for read as that member, when the claim's subject
 * stands after the family noun, in its relative clause or participle: "X is a cytokine which is raised by Y" says Y
 * raises X, not cytokines in general (stop 53: "X is a major cytokine which is elevated in the tumour
 * microenvironment" was backed by another cytokine's finding, X itself beyond the library). An object before the
 * family noun ("Y raises Z, a cytokine ...") is left as read.
 */
function withObjectsAsMembers(
  claims: readonly ExtractedClaim[],
  sentence: SentenceSpan,
  memberOf: (family: EntityMention, at: number, inSentence: readonly EntityMention[]) => EntityMention | undefined,
): readonly ExtractedClaim[] {
  const inSentence = mentionsIn(sentence);
  let changed = false;
  const read = claims.map((claim): ExtractedClaim => {
    if (claim.subject.start < claim.object.end) return claim;
    const at = inSentence.findIndex((m) => m.start === claim.object.start && m.entityId === claim.object.entityId);
    const member = memberOf(claim.object, at, inSentence);
    if (!member) return claim;
    changed = true;
    return { ...claim, object: member, start: Math.min(claim.start, member.start) };
  });
  return changed ? withoutRepeats(read) : claims;
}

// A whole named as what an entity is part of: "X is one of the main constituents of tumour stroma promoting Y",
// "X remains one of the central components of the machinery that drives Y". The participle or relative clause right
// after the whole is said of the member the sentence opens with, as with a family noun above; the reader took the
// whole, the nearest name before the verb, for the subject (issue 7, stop 44: a CAF sentence read as stromal cells,
// a cell type with no finding, so out of scope; hypoxia read as the tumour microenvironment). The sentence says the
// member belongs to the whole, so no library relation between them is asked for.

/** Before the whole: the copula (or "as"), "one of the" (or "a", "the"), up to three describing words, a noun of parts, "of", up to three words. */
const partOfWhole = /(?:^|\s)(?:is|was|are|were|remains|remained|represents|represent|constitutes|constitute|as)\s+(?:one\s+of\s+the|an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:constituents?|components?|members?|parts?|elements?|subsets?|subtypes?|populations?|cell\s+types?)\s+of\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** Right after the whole: a participle opening a reduced relative, or "that" / "which" opening a relative clause. */
const clauseOfWhole = /^\s*(?:,\s*)?(?:[\p{L}]+ing\b|(?:that|which)\s)/iu;

/** `claims` with each whole subject that a member named before it is part of ("X is one of the parts of Y promoting Z") read as that member. */
export function withMembersForWholes(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, kb } = sentence;
  return withSubjectsAsMembers(claims, sentence, (whole, at, inSentence) => {
    if (at <= 0 || !clauseOfWhole.test(text.slice(whole.end, whole.end + 40))) return undefined;
    const before = text.slice(sentence.start, whole.start);
    const phrase = partOfWhole.exec(before);
    if (!phrase) return undefined;
    const phraseStart = sentence.start + phrase.index;
    // The member: the last name before the phrase, only the closing bracket of its short form (itself a mention) or a
    // bracketed aside between ("cancer-associated fibroblasts (CAFs) are", "IL-11 (ref. 4) is").
    const member = [...inSentence.slice(0, at)].reverse().find((m) => m.end <= phraseStart);
    if (!member || member.entityId === whole.entityId || !/^\s*\)?\s*(?:\([^()]{1,20}\)\s*)?,?\s*$/.test(text.slice(member.end, phraseStart))) return undefined;
    return kb.entities.get(member.entityId)?.type === 'disease' ? undefined : member;
  });
}
