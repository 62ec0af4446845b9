// A claim restricted to the loss of another molecule: "X raised Y, but only when Z was silenced", "only after Z had
// been knocked down". The writer claims the effect needs that condition, which no finding of the library (made with
// Z in place) shows; read without it, the claim was called supported by a finding made in ordinary cells (issue 7,
// stop 38). The lost molecule joins the claim's
// context, so a finding covers it only if it was made under that loss too. A claim on the lost molecule itself
// stays as the loss readers read it ("Y fell in mice lacking Z": Z raises Y); one that made the lost name the
// object of another verb ("X raised Y in Z-silenced cells": X raises Z) is dropped. The rule of a loss and the words
// of this restrictive form are lostPlace.ts's (its rules 1 and 3).
import type { EntityMention } from '../entities/recognize';
import type { Construction } from './construction';
import type { ExtractedClaim } from './extract';
import { lostConditionIn, namesLostAsObject } from './lostPlace';

const deniedUnderLoss = /\b(?:no\s+longer|fail(?:ed|s)?\s+to|could\s+not|did\s+not|does\s+not|do\s+not|was\s+(?:abolished|abrogated|lost)|were\s+(?:abolished|abrogated|lost))\b/i;

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
    const lost = lostConditionIn(sentence);
    if (lost.length === 0) return claims;
    const out: ExtractedClaim[] = [];
    for (const claim of claims) {
      // The lost name made the object of another verb: no claim of the writer's.
      if (namesLostAsObject(claim, (object) => lost.some((m) => m.start === object.start && m.entityId === object.entityId))) continue;
      const involved = (m: EntityMention): boolean => m.entityId === claim.subject.entityId || m.entityId === claim.object.entityId || claim.mediators.some((r) => r.entityId === m.entityId);
      const added = lost.filter((m) => !involved(m) && !claim.context.some((c) => c.entityId === m.entityId));
      out.push(added.length === 0 ? claim : { ...claim, context: [...claim.context, ...added] });
    }
    return out;
  },
};
