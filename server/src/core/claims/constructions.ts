// The sentence constructions readSentence applies after its verb and frame reading, in order: a drug named
// as resistance to it becomes that resistance before a combination could take it for a partner; the drug
// after its class noun is the agent before coordinated drugs share a predicate, and both before a
// combination gathers its partners' findings under its lead drug. Patient groups come after the outcome named
// by its bad end, since they read their level words themselves.
// Rules that judge the sentence's claims as a whole, whatever reader made them (a relative clause's agent, a fronted
// clause's claim, a denial under a loss), are no constructions: they are the sentence-level claim filters
// (sentenceFilters.ts), run once after every reader.
import { adverseOutcome } from './adverseOutcome';
import { changesAfter } from './changesAfter';
import { causedFall } from './causedFall';
import { seenAfter } from './seenAfter';
import { resultingChanges } from './resultingChanges';
import { evidencedChanges } from './evidencedChanges';
import { competitor } from './competitor';
import { lostSource } from './lostSource';
import { classNounAgent } from './classNounAgent';
import { combinations } from './combinations';
import type { Construction, SentenceSpan } from './construction';
import { coordinatedDrugs } from './coordinatedDrugs';
import type { ExtractedClaim } from './extract';
import { directedEffect } from './directedEffect';
import { levelUnderCondition } from './levelUnderCondition';
import { outcomeEnd } from './outcomeEnd';
import { worsenedOutcome } from './worsenedOutcome';
import { drugActivityByGroup } from './drugActivityByGroup';
import { drugOutcome } from './drugOutcome';
import { frontedChanges } from './frontedChanges';
import { frontedSetting } from './frontedSetting';
import { genotypeOfPlace, genotypeWrittenApart } from './genotypeOfPlace';
import { inhibitoryEffect } from './inhibitoryEffect';
import { markerState } from './markerState';
import { patientGroups } from './patientGroups';
import { bindingRole } from './bindingRole';
import { persistence, persistenceUnderClass } from './persistence';
import { sensitiveCells } from './sensitiveCells';
import { activeInCells } from './activeInCells';
import { frequentInResistant } from './frequentInResistant';
import { acquiredInSelected } from './acquiredInSelected';
import { overcomeResistance } from './overcomeResistance';
import { prognosticFactor } from './prognosticFactor';
import { rateComparison } from './rateComparison';
import { groupLevels } from './groupLevels';
import { phenotypeGroups } from './phenotypeGroups';
import { desensitization, madeSensitive, sensitization, sensitizedToHarm } from './sensitization';
import { protectedFrom } from './protectedFrom';
import { treatedCells } from './treatedCells';
import { manipulatedGroup } from './manipulatedGroup';
import { groupProcess } from './groupProcess';
import { lossGroupVersusWildType } from './lossGroupVersusWildType';
import { manipulatedCellsShow } from './manipulatedCellsShow';
import { cellsUnderCondition } from './cellsUnderCondition';
import { associationFallback } from './associationFallback';
import { clauseAnaphora } from './clauseAnaphora';
import { timeToEvent } from './timeToEvent';
import { byTargetingRoute } from './byTargeting';
import { sharedAgent } from './sharedAgent';
import { withoutClause } from './withoutClause';
import { definedByChanges, markerSwitch } from './markerSwitch';
import { familyExamples } from './familyExamples';
import { eventSubject } from './eventSubject';
import { changeInTreatedCells } from './changeInTreatedCells';
import { treatedThenChanged } from './treatedThenChanged';
import { independentlyOf } from './independentlyOf';
import { frontedAbsence } from './frontedAbsence';
import { classExampleAfter } from './classExampleAfter';
import { deniedAssociationFor } from './deniedAssociationFor';
import { deniedEffect } from './deniedEffect';
import { coordinatedPredicate } from './coordinatedPredicate';
import { namedMember } from './namedMember';
import { lostCondition } from './lostCondition';
import { restrictedClass } from './restrictedClass';
import { frequentIn } from './frequentIn';
import { tumourVersusNormal } from './tumourVersusNormal';
import { copularAgent } from './copularAgent';
import { byWordNumber, registerSentenceWords, sentenceWords, sentenceWordsLookAhead } from './sentenceWords';
import { drugTargets } from './drugTargets';
import { memberSharedRoute } from './memberSharedRoute';
import { treatedPatients } from './treatedPatients';
import { cancerAsOutcome } from './cancerAsOutcome';
import { changeWithDrug } from './changeWithDrug';
import { preventedEvent } from './preventedEvent';
import { changeAfterLoss } from './changeAfterLoss';
import { lossClause, lossClauseAfter } from './lossClause';
import { changeAfterAdded } from './changeAfterAdded';
import { respondWith } from './respondWith';
import { notButAgent } from './notButAgent';
import { guiseRelative } from './guiseRelative';
import { oppositeVerbPair } from './oppositeVerbPair';
import { resumedTreatment } from './resumedTreatment';
import { capacityTo } from './capacityTo';
import { inflammatoryKind } from './inflammatoryKind';
import { kindAsDirection } from './kindAsDirection';
import { undoneFall } from './undoneFall';
import { trialArms } from './trialArms';
import { armsAlike } from './armsAlike';
import { contrastedAgentNoun } from './contrastedAgentNoun';
import { gainedAfterCause, gainedThroughMeans, gainedUnderCondition } from './gainedAfterCause';
import { holdOn } from './holdOn';
import { unchangedPartner } from './unchangedPartner';
import { immunosuppressiveMilieu } from './immunosuppressiveMilieu';
import { sharedSubjectRole } from './sharedSubjectRole';
import { mechanismClause } from './mechanismClause';
import { trophicFactor } from './trophicFactor';
import { receptorOf } from './receptorOf';
import { titleAgentNoun } from './titleAgentNoun';
import { enablesCells } from './enablesCells';
import { listedFunctions } from './listedFunctions';
import { nominalBinding } from './nominalBinding';
import { usedReceptor } from './usedReceptor';
import { classInPassing } from './classInPassing';
import { oneOfTheCauses } from './oneOfTheCauses';
import { pronounUnderLoss } from './pronounUnderLoss';
import { stageCost, stageEnd, stageStart, type StageCost } from '../util/stageCosts';

export const constructions: readonly Construction[] = [namedMember, restrictedClass, familyExamples, copularAgent, notButAgent, clauseAnaphora, drugOutcome, adverseOutcome, markerState, classNounAgent, frontedChanges, coordinatedDrugs, combinations, patientGroups, treatedPatients, persistence, persistenceUnderClass, frontedSetting, withoutClause, frontedAbsence, classExampleAfter, deniedAssociationFor, markerSwitch, definedByChanges, unchangedPartner, resumedTreatment, independentlyOf, deniedEffect, coordinatedPredicate, oppositeVerbPair, guiseRelative, genotypeOfPlace, genotypeWrittenApart, inhibitoryEffect, holdOn, capacityTo, inflammatoryKind, immunosuppressiveMilieu, sharedSubjectRole, mechanismClause, trophicFactor, oneOfTheCauses, titleAgentNoun, enablesCells, listedFunctions, kindAsDirection, directedEffect, outcomeEnd, worsenedOutcome, prognosticFactor, drugActivityByGroup, changesAfter, causedFall, changeAfterLoss, lossClause, lossClauseAfter, changeAfterAdded, changeWithDrug, respondWith, seenAfter, resultingChanges, evidencedChanges, sensitiveCells, activeInCells, rateComparison, groupLevels, phenotypeGroups, tumourVersusNormal, frequentIn, frequentInResistant, acquiredInSelected, overcomeResistance, undoneFall, preventedEvent, sensitization, desensitization, sensitizedToHarm, madeSensitive, protectedFrom, treatedCells, changeInTreatedCells, treatedThenChanged, manipulatedGroup, manipulatedCellsShow, groupProcess, lossGroupVersusWildType, cellsUnderCondition, levelUnderCondition, timeToEvent, trialArms, armsAlike, contrastedAgentNoun, gainedAfterCause, gainedUnderCondition, gainedThroughMeans, byTargetingRoute, eventSubject, sharedAgent, competitor, lostSource, drugTargets, memberSharedRoute, bindingRole, nominalBinding, usedReceptor, receptorOf, associationFallback, cancerAsOutcome, classInPassing, lostCondition, pronounUnderLoss];

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

let allowedScratch: Uint8Array | undefined;

export function applyConstructions(claims: ExtractedClaim[], sentence: SentenceSpan): ExtractedClaim[] {
  // Issue 10: each construction's patterns ran on every claim of every sentence. A construction that declares
  // trigger words is skipped when the sentence has none of them. Its patterns look only inside the sentence
  // (and just after it) when every mention is inside it; a claim on the previous sentence's subject ("It
  // raised ...") may look further back, from that subject on (readFrom).
  let allowed: Uint8Array | undefined;
  const from = constructionTriggers.enabled ? readFrom(claims, sentence) : undefined;
  if (from !== undefined) {
    const table = (triggerTable ??= buildTriggerTable());
    // (The module's scratch table, emptied: no construction reads a sentence of its own, so no call runs inside another.)
    if (allowedScratch === undefined || allowedScratch.length !== constructions.length) allowedScratch = new Uint8Array(constructions.length);
    allowed = allowedScratch;
    allowed.fill(0);
    // The shared pass reads exactly this stretch (the sentence and `lookAhead` after it) in the same lower case.
    const words = sentenceWords(sentence.text, from, sentence.end);
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
    const since = stageStart();
    const before = result;
    result = constructions[i].apply(result, sentence);
    if (since !== 0) stageEnd((constructionCosts ??= constructions.map((c) => stageCost('construction', c.name)))[i], since, result !== before);
  }
  return result;
}

/** Each construction's record in the bench's cost table (util/stageCosts.ts), made when the table is first on. */
let constructionCosts: StageCost[] | undefined;

/**
 * Where the stretch a construction can read begins: the sentence's start when every mention and claim is inside it.
 * A claim on an earlier sentence's subject ("It raised ...", "These findings extend ...": the subject carried over,
 * extract.ts resolveAnaphora) lets patterns read from that subject on, so the stretch starts there: its trigger
 * words are looked for from there to the sentence's end, as they are in the sentence when all is inside (issue 10:
 * every construction ran on such a sentence, ~0.3 ms each, ~2% of the bench's full check). Undefined (every
 * construction runs) when a mention lies outside the sentence or a claim's end after it.
 */
function readFrom(claims: readonly ExtractedClaim[], { start, end, mentions }: SentenceSpan): number | undefined {
  for (const m of mentions) if (!isInside(m, start, end)) return undefined;
  let from = start;
  for (const c of claims) {
    if (c.subject.end > end || c.object.end > end) return undefined;
    from = Math.min(from, c.subject.start, c.object.start);
  }
  return from;
}

function isInside(m: { start: number; end: number }, start: number, end: number): boolean {
  return m.start >= start && m.end <= end;
}

