// The sentence constructions readSentence applies after its verb and frame reading, in order: a drug named
// as resistance to it becomes that resistance before a combination could take it for a partner; the drug
// after its class noun is the agent before coordinated drugs share a predicate, and both before a
// combination gathers its partners' findings under its lead drug. Patient groups come after the outcome named
// by its bad end, since they read their level words themselves.
import { adverseOutcome } from './adverseOutcome';
import { changesAfter } from './changesAfter';
import { classNounAgent } from './classNounAgent';
import { combinations } from './combinations';
import type { Construction, SentenceSpan } from './construction';
import { coordinatedDrugs } from './coordinatedDrugs';
import type { ExtractedClaim } from './extract';
import { directedEffect } from './directedEffect';
import { drugActivityByGroup } from './drugActivityByGroup';
import { drugOutcome } from './drugOutcome';
import { frontedChanges } from './frontedChanges';
import { frontedSetting } from './frontedSetting';
import { genotypeOfPlace } from './genotypeOfPlace';
import { inhibitoryEffect } from './inhibitoryEffect';
import { markerState } from './markerState';
import { patientGroups } from './patientGroups';
import { persistence } from './persistence';
import { sensitiveCells } from './sensitiveCells';
import { prognosticFactor } from './prognosticFactor';
import { withoutClause } from './withoutClause';

export const constructions: readonly Construction[] = [drugOutcome, adverseOutcome, markerState, classNounAgent, frontedChanges, coordinatedDrugs, combinations, patientGroups, persistence, frontedSetting, withoutClause, genotypeOfPlace, inhibitoryEffect, directedEffect, prognosticFactor, drugActivityByGroup, changesAfter, sensitiveCells];

export function applyConstructions(claims: ExtractedClaim[], sentence: SentenceSpan): ExtractedClaim[] {
  let result = claims;
  for (const construction of constructions) result = construction.apply(result, sentence);
  return result;
}
