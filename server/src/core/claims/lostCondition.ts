// A claim restricted to the loss of another molecule: "X raised Y, but only when Z was silenced", "only after Z had
// been knocked down". The writer claims the effect needs that condition, which no finding of the library (made with
// Z in place) shows; read without it, the claim was called supported by a finding made in ordinary cells (issue 7,
// stop 38). The lost molecule joins the claim's
// context, so a finding covers it only if it was made under that loss too. A claim on the lost molecule itself
// stays as the loss readers read it ("Y fell in mice lacking Z": Z raises Y); one that made the lost name the
// object of another verb ("X raised Y in Z-silenced cells": X raises Z) is dropped.
import type { EntityMention } from '../entities/recognize';
import { contextTypes } from '../kb/schema';
import { type Construction, mentionsIn } from './construction';
import type { ExtractedClaim } from './extract';

/** "only when Z was silenced", "only after Z had been knocked down", "only if Z is deleted". */
const onlyWhenBefore = /\bonly\s+(?:when|after|if|once|upon)\s+(?:the\s+)?$/i;
const lossVerbAfter = /^\s+(?:(?:gene|expression|levels?|signalling|signaling)\s+)?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|additionally\s+)?(?:silenced|knocked\s+down|knocked\s+out|deleted|depleted|ablated|removed|inhibited|blocked|lost|absent)\b/i;
const deniedUnderLoss = /\b(?:no\s+longer|fail(?:ed|s)?\s+to|could\s+not|did\s+not|does\s+not|do\s+not|was\s+(?:abolished|abrogated|lost)|were\s+(?:abolished|abrogated|lost))\b/i;

function lostMentions(sentence: Parameters<Construction['apply']>[1]): EntityMention[] {
  const { text } = sentence;
  const lost: EntityMention[] = [];
  for (const mention of mentionsIn(sentence)) {
    if (contextTypes.has(sentence.kb.entities.get(mention.entityId)?.type ?? '')) continue;
    // A molecule the library has no findings on, lost, names a model ("in Mdr2-deficient mice", a strain that develops
    // HCC): the setting of the claim, not a condition that findings on the claim's pair would have to share.
    if (!sentence.kb.hasFindings(mention.entityId)) continue;
    const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
    const after = text.slice(mention.end, mention.end + 60);
    // Only the restrictive form: a loss said with "lacking", "Z-deficient", "in the absence of" is left to the verifier,
    // which asks whether the finding goes through Z (precisionAudit38: a finding with no such route still backs the
    // claim); "only when Z was silenced" says the effect needs the loss, which no finding made with Z in place shows.
    if (onlyWhenBefore.test(before) && lossVerbAfter.test(after)) lost.push(mention);
  }
  return lost;
}

export const lostCondition: Construction = {
  name: 'lost-condition',
  reads: '"X raised Y only when Z was silenced", "only after Z had been knocked down": the claim holds under the loss of Z, a context of its own',
  triggers: ['only'],
  example: 'In HCC cells, IL-6 elevated STAT3 only when STAT1 had been silenced.',
  expected: ['IL6 increases STAT3 [ctx HCC,STAT1]'],
  apply(claims, sentence) {
    if (claims.length === 0) return claims;
    // "A no longer raised Y in cells lacking Z", "A failed to raise Y in Z-null cells": the loss experiment that shows
    // A acts through Z, read by noLongerAfterLoss.ts (sentenceFilters); the loss is its manipulation, not a setting.
    if (deniedUnderLoss.test(sentence.text.slice(sentence.start, sentence.end))) return claims;
    const lost = lostMentions(sentence);
    if (lost.length === 0) return claims;
    const out: ExtractedClaim[] = [];
    for (const claim of claims) {
      // The lost name made the object of another verb: no claim of the writer's.
      if (lost.some((m) => m.start === claim.object.start && m.entityId === claim.object.entityId) && claim.subject.start < claim.object.start) continue;
      const involved = (m: EntityMention): boolean => m.entityId === claim.subject.entityId || m.entityId === claim.object.entityId || claim.mediators.some((r) => r.entityId === m.entityId);
      const added = lost.filter((m) => !involved(m) && !claim.context.some((c) => c.entityId === m.entityId));
      out.push(added.length === 0 ? claim : { ...claim, context: [...claim.context, ...added] });
    }
    return out;
  },
};
