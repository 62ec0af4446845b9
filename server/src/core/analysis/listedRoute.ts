// A list of routes (issue 7, stop 51): "X drives Y through A, B and C signalling". The writer names several routes
// side by side, as a list of objects names several objects; the library policy for lists (analyzeBlock.ts
// listVerdict: a list with one backed member and none contradicted is supported, each unbacked member keeping its
// own diagnostic) holds for them too. Before, every named route had to be shown (verify.ts mediatorsCovered), so one
// route the library does not show left the claim without evidence however well the others were backed.
// What stays as it was:
// - routes that do not stand in one list ("through A by way of B", "via A, which activates B"): a chain, every step
//   of which the library must show;
// - a route that is a sibling of a backed route or of a step the backing findings name ("through STAT1 and STAT3"
//   beside findings through STAT3): the guideline's near miss, not a side remark (scope.ts nearMissOf);
// - a claim that is contradicted with any one route alone: the contradiction is the full claim's to find.
import type { ExtractedClaim } from '../claims/extract';
import type { EntityMention } from '../entities/recognize';
import type { ClaimVerification } from '../verify/verify';

/** The form a route is named in after its name: "STAT3 signalling", "Akt activation", "the ERK pathway". */
const routeForm = /^\s+(?:signal(?:l)?ing|activation|activity|phosphorylation|pathways?|axis|axes|cascades?)\b/i;
/** A list's join: a comma, "and", "or", "as well as", with a determiner or a form word before the next name. */
const join = String.raw`\s*(?:,\s*(?:(?:and|or|as\s+well\s+as)\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)(?:the\s+|its\s+)?(?:(?:activation|phosphorylation|induction|expression)\s+of\s+(?:the\s+)?)?`;
/**
 * Between two listed routes: a join, maybe with one member the lexicon does not name between two joins ("STAT3,
 * MAPK and Akt": MAPK unnamed), never a word of a clause or a chain ("by", "which", "to activate").
 */
const routeGap = new RegExp(String.raw`^${join}(?:[A-Za-z][A-Za-z0-9/-]{0,15}(?:\s+(?:signal(?:l)?ing|activation|pathways?))?${join})?$`, 'i');

/** Whether the claim's routes, in the order of the text, stand in one list. */
export function routesListed(mediators: readonly EntityMention[], text: string): boolean {
  const sorted = [...mediators].sort((a, b) => a.start - b.start);
  if (new Set(sorted.map((m) => m.entityId)).size < 2) return false;
  for (let k = 1; k < sorted.length; k++) {
    let gap = text.slice(sorted[k - 1].end, sorted[k].start);
    const form = routeForm.exec(gap);
    if (form) gap = gap.slice(form[0].length);
    if (!routeGap.test(gap)) return false;
  }
  return true;
}

/**
 * The verification of a claim whose routes stand in one list: when the library shows none of the claim's routes as a
 * whole but backs the claim through one of them, the claim is backed through that one; the others are side remarks.
 * `verifyWith` verifies the claim with only the given routes; `nearMiss` is scope.ts nearMissOf.
 */
export function withListedRoute(claim: ExtractedClaim, verification: ClaimVerification, text: string, verifyWith: (mediators: EntityMention[]) => ClaimVerification, nearMiss: (member: string, backed: string) => boolean): ClaimVerification {
  if (verification.reason !== 'mediators-not-reported' || claim.mediators.length < 2 || !routesListed(claim.mediators, text)) return verification;
  const alone = claim.mediators.map((m) => ({ route: m.entityId, verification: verifyWith([m]) }));
  if (alone.some((r) => r.verification.verdict === 'contradicted')) return verification;
  const backed = alone.filter((r) => r.verification.verdict === 'supported');
  if (backed.length === 0) return verification;
  // The steps the backing findings name, and the backed routes: an unbacked route that is a sibling of one is a near miss.
  const steps = new Set([...backed.map((r) => r.route), ...backed.flatMap((r) => r.verification.evidence.flatMap((f) => f.mediators))]);
  for (const r of alone) {
    if (r.verification.verdict === 'supported') continue;
    for (const step of steps) if (step !== r.route && nearMiss(r.route, step)) return verification;
  }
  return backed[0].verification;
}
