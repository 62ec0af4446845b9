// A fronted place named by what its cells lack, with an agent after it: "In cells lacking STAT3, IL-6 induced
// MMP-3", "In STAT3-deficient cells, IL-6 failed to induce MMP-3", "In the absence of STAT3, IL-6 did not raise Y".
// The rule of a loss (lostPlace.ts) read in the order the writer put it, the same as after the verb:
//   - the place is where the agent acted, never an agent of its own: a claim of the lost Z's ("STAT3 lowers MMP-3",
//     read by anchored reading from the loss word) is no claim of the writer's (stop 48 roles.ts lostCellsNamed did
//     this for the verb reader; anchored reading still read Z's loss as the agent, stop 49);
//   - a denial there is the denial under a loss (noLongerAfterLoss.ts, abolishedByLoss.ts): the agent's effect is gone
//     where Z is lost, so Z is needed for it (Z promotes Y), and the denial, which holds only without Z, goes; read
//     bare it contradicted the agent's finding the writer builds on ("IL-6 failed to induce MMP-3 in cells lacking
//     STAT3" already read so).
// With no agent after the place ("In cells lacking STAT3, MMP-3 fell") the loss is the cause, read as before: STAT3
// raises MMP-3.
import { claimOf, mentionsIn, type SentenceSpan } from './construction';
import { invert, type ExtractedClaim } from './extract';
import { manipulationOf } from './manipulatedGroup';
import { isPair } from './readPairs';
import { relationSign } from './vocabulary';
import type { EntityMention } from '../entities/recognize';

/** The sentence opens with the place: "In", "Moreover, in", up to the lost name. */
const opensWithIn = /^\s*(?:[\p{L}]+\s*,\s*)?in\s+/iu;
/** "in the absence of Z": the place's loss said of the whole setting. */
const absenceBefore = /\b(?:absence|lack)\s+of\s+(?:the\s+|functional\s+|endogenous\s+)*$/i;
/** After the lost name, the place's phrase closes with a comma (a few words: "cells", "MDA-MB-231 cells"). */
const closesPlace = /^[^,;.()]{0,40},/;

function frontedLoss(sentence: SentenceSpan): { lost: EntityMention; after: number } | undefined {
  const { text, start, end } = sentence;
  const inSentence = mentionsIn(sentence);
  for (const m of inSentence) {
    if (!opensWithIn.test(text.slice(start, m.start))) return undefined;
    const closing = closesPlace.exec(text.slice(m.end, end));
    if (!closing) continue;
    const after = m.end + closing[0].length;
    // No other name between the lost one and the comma but the place's own (a line, a cancer).
    const lost = manipulationOf(sentence, m, after)?.sign === -1 || absenceBefore.test(text.slice(Math.max(start, m.start - 30), m.start));
    return lost ? { lost: m, after } : undefined;
  }
  return undefined;
}

export function withFrontedLostPlace(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  if (claims.length === 0) return claims;
  const fronted = frontedLoss(sentence);
  if (!fronted) return claims;
  const { lost, after } = fronted;
  const isLost = (m: EntityMention): boolean => m.entityId === lost.entityId;
  // The agents: claims whose subject is another name after the place.
  const agents = claims.filter((c) => !isLost(c.subject) && !isLost(c.object) && c.subject.start >= after);
  if (agents.length === 0) return claims;
  const out: ExtractedClaim[] = [];
  for (const c of claims) {
    // Z read as the loss's agent (turned round), or as what the agent acts on, goes; what the loss readers read of Z's
    // own part ("no longer": Z promotes Y, noLongerAfterLoss.ts) stays.
    if ((isLost(c.subject) && c.inverted) || isLost(c.object)) continue;
    if (isLost(c.subject)) {
      out.push(c);
      continue;
    }
    if (!c.negated || !agents.includes(c) || c.relation === 'no-effect') {
      out.push(c);
      continue;
    }
    // A denied rise says Z is needed for it (Z promotes Y); a denied fall says no direction of Z's own: the denial goes.
    const said = c.inverted ? invert(c.relation) : c.relation;
    if (relationSign(said) > 0 && ![...claims, ...out].some((o) => !o.negated && isPair(o, lost.entityId, c.object.entityId))) {
      out.push(claimOf(sentence, lost, 'promotes', c.object, { context: c.context, start: lost.start, end: c.object.end, lossAndDenial: true }));
    }
  }
  return out.length === claims.length && out.every((c, i) => c === claims[i]) ? claims : out;
}
