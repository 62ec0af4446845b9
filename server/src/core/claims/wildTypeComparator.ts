// "Relative to wild-type SMAD4, the Y353C variant raised E-cadherin": the gene named as the wild-type baseline of a
// comparison is what the altered form is measured against. What the sentence reports is how the variant differs from
// the gene, which may be a gain or a loss of its function, so the baseline's mention is no agent of the change (as
// cues.ts namesAlteredFormAt: "STAT3 double mutant cells" name no agent; issue 7, stop 51: a draft read the baseline
// as the subject, and a finding on the gene itself elsewhere backed the claim). Drafts and abstracts alike.
// Left to the decided rule: a variant written after its gene ("SMAD4 Y353C lowered A compared with wild-type SMAD4")
// is still the gene acting (libraryReading.test.ts); only the baseline's own mention is set aside here. An association
// stays: a group's genotype against the wild type is a marker (genotypeOfPlace.ts, drugActivityByGroup.ts).
import { mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** Right before the gene: a word of comparison, up to three words of the group, then "wild-type" ("compared with cells expressing wild-type X"). */
const wildTypeBaselineBefore = /\b(?:compared\s+(?:to|with)|relative\s+to|in\s+comparison\s+(?:to|with)|versus|vs\.?|than|unlike)\s+(?:[\p{L}-]+\s+){0,3}?(?:wild[-\s]?type|WT)\s+$/iu;

/** `claims` without the effects whose agent is the mention of a gene named as the wild-type baseline of a comparison. */
export function withoutWildTypeBaselineAgents(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start } = sentence;
  const baselines = new Set<number>();
  for (const m of mentionsIn(sentence)) if (wildTypeBaselineBefore.test(text.slice(Math.max(start, m.start - 80), m.start))) baselines.add(m.start);
  if (baselines.size === 0) return claims;
  const dropped = (c: ExtractedClaim): boolean => c.relation !== 'associated-with' && baselines.has(c.subject.start);
  return claims.some(dropped) ? claims.filter((c) => !dropped(c)) : claims;
}
