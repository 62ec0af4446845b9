// Drug combinations: "X plus Y lowered Z", "X in combination with Y", "X combined with Y", "adding X to Y",
// "combined treatment (co-treatment) with X and Y". The finding is the combination's: it is read as the
// first drug's, with its partners as context, whichever drug the reader gave it to; the partner alone
// reported nothing.
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { isDrugMention, type Construction } from './construction';

const combinationLink = /^\s*(?:\([^()]*\)\s*)?(?:plus|\+|in\s+combination\s+with|combined\s+with|together\s+with|and|to|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}\-‐]+\s+){0,2}?$/iu;
const addingCue = /\b(?:adding|addition\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}\-‐]+\s+){0,3}?$/iu;
const combiningCue = /\b(?:combining|co-?administering)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}\-‐]+\s+){0,3}?$/iu;
const combinationCue = /\b(?:combined|combination|co-?treatment|co-?administration|concomitant|dual|treatment|treated)\s+(?:(?:treatment|therapy|administration)\s+)?(?:with|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}\-‐]+\s+){0,3}?$/iu;

/** Each combination's lead drug with its partners, in a sentence's mentions. */
export function combinationsIn(text: string, from: number, mentions: readonly EntityMention[], kb: KnowledgeBase): Map<EntityMention, EntityMention[]> {
  const lead = new Map<EntityMention, EntityMention[]>();
  const partners = new Set<EntityMention>();
  const drugs = mentions.filter((m) => isDrugMention(m.entityId, kb));
  for (let i = 0; i < drugs.length; i++) {
    const first = drugs[i];
    if (partners.has(first)) continue;
    let last = first;
    for (let j = i + 1; j < drugs.length; j++) {
      const link = combinationLink.exec(text.slice(last.end, drugs[j].start));
      if (!link || drugs[j].entityId === first.entityId) break;
      // "X and Y" is a combination only after a cue ("combined treatment with X and Y"), "X to Y" only after
      // "adding" ("adding X to Y"), "X with Y" only after "combining"; "plus" always is one.
      const before = text.slice(Math.max(from, first.start - 60), first.start);
      const word = /^\s*(?:\([^()]*\)\s*)?(\p{L}+)/u.exec(link[0])?.[1]?.toLowerCase();
      if (word === 'and' && !combinationCue.test(before)) break;
      if (word === 'to' && !addingCue.test(before)) break;
      if (word === 'with' && !combiningCue.test(before)) break;
      lead.set(first, [...(lead.get(first) ?? []), drugs[j]]);
      partners.add(drugs[j]);
      last = drugs[j];
    }
  }
  return lead;
}

export const combinations: Construction = {
  name: 'combination',
  reads: '"X plus Y lowered Z", "adding X to Y", "combining X with Y": X lowers Z, with Y as context',
  example: 'Adding trametinib to trastuzumab lowered vimentin expression.',
  expected: ['DRUG_TRAMETINIB decreases VIM [ctx DRUG_TRASTUZUMAB]'],
  apply(claims, { text, start, mentions, kb }) {
    // Issue 10: no trigger words ("and", "with" are everywhere), so it ran on every sentence, over the block's
    // drugs. Only a claim whose subject is a drug can be gathered under a lead drug (lead and partners are drug
    // mentions), so a sentence with none is passed over before the combinations are looked for.
    if (!claims.some((claim) => isDrugMention(claim.subject.entityId, kb))) return claims;
    const lead = combinationsIn(text, start, mentions, kb);
    if (lead.size === 0) return claims;
    const seen = new Set<string>();
    return claims.flatMap((claim) => {
      const first = [...lead].find(([l, partners]) => l === claim.subject || partners.includes(claim.subject))?.[0];
      if (!first) return [claim];
      const partners = lead.get(first)!;
      // The lead acting on its partner ("the inhibitor X lowered ... trastuzumab") is no finding.
      if (first.entityId === claim.object.entityId || partners.some((p) => p.entityId === claim.object.entityId)) return [];
      const key = `${claim.relation} ${claim.object.entityId} ${claim.negated}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ ...claim, subject: first, context: [...claim.context.filter((m) => !partners.some((p) => p.entityId === m.entityId)), ...partners] }];
    });
  },
};
