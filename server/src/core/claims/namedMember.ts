// "the cytokine interleukin-8", "the kinase AKT": a class noun written right before a named molecule is that
// molecule's kind, not a participant of its own. Abstracts introduce a molecule this way ("inhibition of
// survivin and the CSC-associated cytokine interleukin-8"), and the reader, taking the first entity of the
// phrase, made the class the object. The named molecule takes its place.
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { type Construction, isMoleculeMention } from './construction';
import { sameReading } from './readPairs';
import type { ExtractedClaim } from './extract';

/** A class written as a common noun ("cytokine", "kinases"): lower-case letters only, a family in the library. */
function isClassNoun(text: string, mention: EntityMention, kb: KnowledgeBase): boolean {
  return /^[a-z][a-z -]*$/.test(text.slice(mention.start, mention.end)) && kb.entities.get(mention.entityId)?.type === 'protein-family';
}

/** The molecule named right after a class noun (only spaces between them), if any. */
export function memberAfterClassNoun(text: string, mention: EntityMention, mentions: readonly EntityMention[], kb: KnowledgeBase): EntityMention | undefined {
  // Issue 10: this construction has no trigger words and ran on both ends of every claim. Both readings below
  // need a family (a class noun is one in the library too), so any other entity is passed over before the text
  // of its mention is copied and tested.
  if (kb.entities.get(mention.entityId)?.type !== 'protein-family') return undefined;
  if (!isClassNoun(text, mention, kb)) return namedFamilyMember(text, mention, mentions, kb);
  const next = mentions.find((m) => m.start > mention.end && m.start <= mention.end + 3 && (/^\s+$/.test(text.slice(mention.end, m.start)) || appositiveMember(text, mention, m)));
  return next && next.entityId !== mention.entityId && !isClassNoun(text, next, kb) ? next : undefined;
}

/**
 * "The inflammatory cytokine, interleukin-6 (IL-6), is ...": the molecule set off by commas right after the class
 * noun names it, as "the cytokine IL-6" does; a comma must close the name (after its bracketed short form), or the
 * two are items of a list ("cytokines, IL-6 and STAT3").
 */
function appositiveMember(text: string, mention: EntityMention, member: EntityMention): boolean {
  return /^\s*,\s+$/.test(text.slice(mention.end, member.start)) && /^\s*(?:\([^()]{1,20}\)\s*)?,/.test(text.slice(member.end, member.end + 30));
}

/** A head noun between a named family and its member: "the IL-6 family member IL-11", "the STAT family protein STAT1". */
const familyHead = /^\s+(?:(?:member|protein|cytokine|kinase|factor|gene|receptor|ligand)s?\s+)?$/i;

/**
 * "the IL-6 family cytokine IL-6", "the STAT family member STAT1": a family named by its own name (not a common
 * noun) right before one of its members is that member's kind. Only a member counts (the entity after it is a
 * kind of the family), so two molecules side by side are never merged; otherwise the claim was the family's, and
 * a finding on another member (IL-11) supported it.
 */
function namedFamilyMember(text: string, mention: EntityMention, mentions: readonly EntityMention[], kb: KnowledgeBase): EntityMention | undefined {
  if (kb.entities.get(mention.entityId)?.type !== 'protein-family') return undefined;
  // The head noun may be a class in the library too ("cytokine"): the member is the first name after it.
  const next = mentions.find((m) => m.start > mention.end && m.start <= mention.end + 12 && !isClassNoun(text, m, kb));
  if (!next || next.entityId === mention.entityId || !familyHead.test(text.slice(mention.end, next.start))) return undefined;
  if (kb.isA(next.entityId, mention.entityId)) return next;
  // With a head noun between ("the IL-6 family member oncostatin M", "the IL-6 family cytokine LIF"), the writer
  // says the molecule after it is a member, whether or not the library lists it as one: the claim is that
  // molecule's. Left as the family's, a finding on another member (IL-11) backed a claim about a molecule the
  // library has no finding on, the reverse of "a member backs its family".
  // What the head noun introduces as the member is a molecule or a named subfamily (STAT5), never a process or place:
  // the library's molecule kinds (construction.ts isMoleculeMention; this file's own list, which left out RNAs, went).
  return /\S/.test(text.slice(mention.end, next.start)) && isMoleculeMention(next.entityId, kb) ? next : undefined;
}

export const namedMember: Construction = {
  name: 'named-member',
  reads: '"the cytokine interleukin-8": the named molecule is the participant, its class noun only names its kind',
  example: 'Sorafenib blocked the release of vimentin and the cytokine IL-6 in these cells.',
  expected: ['SORAFENIB inhibits IL6', 'SORAFENIB inhibits VIM'],
  apply(claims, { text, mentions, kb }) {
    // Issue 10: no trigger words (a family is an entity), so it runs on every sentence; only a claim with a family at
    // one end can change (memberAfterClassNoun), so a sentence without one is passed over before its claims are copied.
    const isFamily = (id: string) => kb.entities.get(id)?.type === 'protein-family';
    if (!claims.some((claim) => isFamily(claim.subject.entityId) || isFamily(claim.object.entityId))) return claims;
    let changed = false;
    const read = claims.map((claim): ExtractedClaim => {
      const object = memberAfterClassNoun(text, claim.object, mentions, kb);
      const subject = memberAfterClassNoun(text, claim.subject, mentions, kb);
      if (!object && !subject) return claim;
      changed = true;
      return { ...claim, subject: subject ?? claim.subject, object: object ?? claim.object };
    });
    if (!changed) return claims;
    // One claim per pair: the class and its member may both have been read.
    return read.filter((c, i) => c.subject.entityId !== c.object.entityId && read.findIndex((d) => sameReading(d, c)) === i);
  },
};
