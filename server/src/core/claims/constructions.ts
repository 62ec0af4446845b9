// The sentence constructions readSentence applies after its verb and frame reading, in order: a drug named
// as resistance to it becomes that resistance before a combination could take it for a partner; the drug
// after its class noun is the agent before coordinated drugs share a predicate, and both before a
// combination gathers its partners' findings under its lead drug. Patient groups come after the outcome named
// by its bad end, since they read their level words themselves.
import { adverseOutcome } from './adverseOutcome';
import { changesAfter } from './changesAfter';
import { seenAfter } from './seenAfter';
import { resultingChanges } from './resultingChanges';
import { evidencedChanges } from './evidencedChanges';
import { competitor } from './competitor';
import { abolishedByLoss } from './abolishedByLoss';
import { lostSource } from './lostSource';
import { classNounAgent } from './classNounAgent';
import { combinations } from './combinations';
import type { Construction, SentenceSpan } from './construction';
import { coordinatedDrugs } from './coordinatedDrugs';
import type { ExtractedClaim } from './extract';
import { directedEffect } from './directedEffect';
import { levelUnderCondition } from './levelUnderCondition';
import { outcomeEnd } from './outcomeEnd';
import { drugActivityByGroup } from './drugActivityByGroup';
import { drugOutcome } from './drugOutcome';
import { frontedChanges } from './frontedChanges';
import { frontedSetting } from './frontedSetting';
import { genotypeOfPlace, genotypeWrittenApart } from './genotypeOfPlace';
import { inhibitoryEffect } from './inhibitoryEffect';
import { markerState } from './markerState';
import { patientGroups } from './patientGroups';
import { persistence, persistenceUnderClass } from './persistence';
import { sensitiveCells } from './sensitiveCells';
import { activeInCells } from './activeInCells';
import { frequentInResistant } from './frequentInResistant';
import { acquiredInSelected } from './acquiredInSelected';
import { overcomeResistance } from './overcomeResistance';
import { prognosticFactor } from './prognosticFactor';
import { rateComparison } from './rateComparison';
import { groupLevels } from './groupLevels';
import { desensitization, madeSensitive, sensitization } from './sensitization';
import { protectedFrom } from './protectedFrom';
import { treatedCells } from './treatedCells';
import { manipulatedGroup } from './manipulatedGroup';
import { groupProcess } from './groupProcess';
import { manipulatedCellsShow } from './manipulatedCellsShow';
import { cellsUnderCondition } from './cellsUnderCondition';
import { associationFallback } from './associationFallback';
import { clauseAnaphora } from './clauseAnaphora';
import { timeToEvent } from './timeToEvent';
import { byTargetingRoute } from './byTargeting';
import { sharedAgent } from './sharedAgent';
import { withoutClause } from './withoutClause';
import { eventSubject } from './eventSubject';
import { changeInTreatedCells } from './changeInTreatedCells';
import { treatedThenChanged } from './treatedThenChanged';
import { independentlyOf } from './independentlyOf';
import { deniedEffect } from './deniedEffect';
import { coordinatedPredicate } from './coordinatedPredicate';
import { namedMember } from './namedMember';
import { restrictedClass } from './restrictedClass';
import { frequentIn } from './frequentIn';
import { copularAgent } from './copularAgent';
import { byWordNumber, registerSentenceWords, sentenceWords, sentenceWordsLookAhead } from './sentenceWords';
import { drugTargets } from './drugTargets';
import { treatedPatients } from './treatedPatients';
import { cancerAsOutcome } from './cancerAsOutcome';
import { preventedEvent } from './preventedEvent';
import { changeAfterLoss } from './changeAfterLoss';
import { lossClause, lossClauseAfter } from './lossClause';
import { changeAfterAdded } from './changeAfterAdded';
import { objectRelative } from './objectRelative';
import { frontedAgentClause } from './frontedAgentClause';
import { notButAgent } from './notButAgent';
import { counteredInhibition } from './counteredInhibition';
import { capacityTo } from './capacityTo';
import { classAsPredicate } from './classAsPredicate';
import { inflammatoryKind } from './inflammatoryKind';
import { trialArms } from './trialArms';
import { gainedAfterCause } from './gainedAfterCause';
import { holdOn } from './holdOn';
import { noLongerAfterLoss } from './noLongerAfterLoss';
import { unchangedPartner } from './unchangedPartner';

export const constructions: readonly Construction[] = [namedMember, restrictedClass, copularAgent, notButAgent, clauseAnaphora, noLongerAfterLoss, drugOutcome, adverseOutcome, markerState, classNounAgent, classAsPredicate, frontedChanges, coordinatedDrugs, combinations, patientGroups, treatedPatients, persistence, persistenceUnderClass, frontedSetting, withoutClause, unchangedPartner, independentlyOf, deniedEffect, coordinatedPredicate, genotypeOfPlace, genotypeWrittenApart, inhibitoryEffect, holdOn, capacityTo, inflammatoryKind, directedEffect, outcomeEnd, prognosticFactor, drugActivityByGroup, changesAfter, changeAfterLoss, lossClause, lossClauseAfter, changeAfterAdded, seenAfter, resultingChanges, evidencedChanges, sensitiveCells, activeInCells, rateComparison, groupLevels, frequentIn, frequentInResistant, acquiredInSelected, overcomeResistance, counteredInhibition, preventedEvent, sensitization, desensitization, madeSensitive, protectedFrom, treatedCells, changeInTreatedCells, treatedThenChanged, manipulatedGroup, manipulatedCellsShow, groupProcess, cellsUnderCondition, levelUnderCondition, timeToEvent, trialArms, gainedAfterCause, byTargetingRoute, eventSubject, sharedAgent, competitor, abolishedByLoss, lostSource, drugTargets, associationFallback, cancerAsOutcome, objectRelative, frontedAgentClause];

/** Switched off only by the test that checks the trigger words change no reading (constructionTriggers.test.ts). */
export const constructionTriggers = { enabled: true };

/**
 * The trigger words of every construction, found in one pass over the sentence (sentenceWords.ts), and for each word
 * the constructions it lets run: built once from the table, so a sentence's words are looked up once rather
 * than each construction's words being looked for in the found set (issue 10).
 */
interface TriggerTable {
  /** For each trigger word, the positions in `constructions` of those that name it. */
  owners: Map<string, number[]>;
  /** Per construction: it declares trigger words (else it always runs). */
  gated: boolean[];
}

let triggerTable: TriggerTable | undefined;

function buildTriggerTable(): TriggerTable {
  const owners = new Map<string, number[]>();
  constructions.forEach((c, i) => {
    for (const word of c.triggers ?? []) {
      const list = owners.get(word);
      if (!list) owners.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return { owners, gated: constructions.map((c) => c.triggers !== undefined) };
}

/** How far past the sentence's end a construction looks (inhibitoryEffect 16 characters, genotypeOfPlace 20). */
const lookAhead = sentenceWordsLookAhead;

// The trigger words are found with the other tables' words in one pass over the sentence (sentenceWords.ts).
registerSentenceWords(() => (triggerTable ??= buildTriggerTable()).owners.keys());

export function applyConstructions(claims: ExtractedClaim[], sentence: SentenceSpan): ExtractedClaim[] {
  // Issue 10: each construction's patterns ran on every claim of every sentence. A construction that declares
  // trigger words is skipped when the sentence has none of them. Its patterns look only inside the sentence
  // (and just after it) when every mention is inside it; a claim on the previous sentence's subject ("It
  // raised ...") may look further back, so then every construction runs.
  let allowed: Uint8Array | undefined;
  if (constructionTriggers.enabled && mentionsInside(claims, sentence)) {
    const table = (triggerTable ??= buildTriggerTable());
    allowed = new Uint8Array(constructions.length);
    // The shared pass reads exactly this stretch (the sentence and `lookAhead` after it) in the same lower case.
    const words = sentenceWords(sentence.text, sentence.start, sentence.end);
    const ownersOf = byWordNumber(words, table.owners);
    for (let k = 0; k < words.found.length; k++) {
      const owners = ownersOf[words.found[k]];
      if (owners !== undefined) for (const i of owners) allowed[i] = 1;
    }
    for (let i = 0; i < constructions.length; i++) if (!table.gated[i]) allowed[i] = 1;
  }
  let result = claims;
  for (let i = 0; i < constructions.length; i++) {
    if (allowed !== undefined && allowed[i] === 0) continue;
    result = constructions[i].apply(result, sentence);
  }
  return result;
}

function mentionsInside(claims: readonly ExtractedClaim[], { start, end, mentions }: SentenceSpan): boolean {
  for (const m of mentions) if (!isInside(m, start, end)) return false;
  for (const c of claims) if (!isInside(c.subject, start, end) || !isInside(c.object, start, end)) return false;
  return true;
}

function isInside(m: { start: number; end: number }, start: number, end: number): boolean {
  return m.start >= start && m.end <= end;
}

