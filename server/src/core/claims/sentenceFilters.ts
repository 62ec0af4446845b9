// Sentence-level claim filters: rules that judge a sentence's claims as a whole, whatever reader made them. Each
// reader (the verb and frame reader with its constructions, anchored reading, the last-resort reader) may read the
// same pair through the same words, so a rule on what the sentence as a whole says ("X of 'pathways which X
// activates' acts on nothing past its clause") holds for all of their claims alike.
// They used to run twice: as constructions inside the verb reader, and again by hand on what the other readers
// added (analyzeBlock.ts, anchored.ts; issue 7, stop 36). Now they are one table, run once, in its order, on a
// sentence's claims after every rule reader has read (analyzeBlock.ts and kb/abstracts.ts).
//
// A filter keeps, drops or rewrites claims already read, and acts only where a reader read something: a rewrite may
// put the pair the sentence means in place of pairs read wrongly ("X counteracted the growth inhibition by D"), but a
// sentence no reader read stays unread (a construction reads sentences: constructions.ts). Each has an example of our own and the claims the whole reader finds in it (as the claim tests
// write them): its effect, since without the filter the example reads otherwise. The examples are tests
// (server/test/core/sentenceFilters.test.ts runs every one, with and without its filter).
// Left a construction: preventedEvent.ts ("D prevented the X-induced rise in Y"), whose place among the
// constructions decides what it sees (run once after every reader it dropped modifier claims that studied rows of
// the team corpus count as said), so anchored reading still runs it again (anchored.ts).
import { mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { withoutRelativeAgentReach } from './objectRelative';
import { withoutFrontedAgentClause } from './frontedAgentClause';
import { noLongerAfterLossIn } from './noLongerAfterLoss';
import { abolishedByLossIn } from './abolishedByLoss';
import { withCounteredInhibition } from './counteredInhibition';
import { withMembersForFamilies, withMembersForWholes } from './classAsPredicate';
import { withDeniedClassPredicates } from './deniedClassPredicate';
import { withTumourFibroblasts } from './tumourFibroblasts';
import { withFrontedOrgan } from './frontedOrgan';
import { withoutOtherPlaceClauses } from './otherPlaceClause';
import { withoutStateAdjectiveAgents } from './stateAdjective';
import { withoutSufficiencyDenials } from './sufficiencyDenial';
import { withDegreeDenialsLifted } from './deniedDegree';
import { lostPlaceIn } from './lostPlace';
import { withFrontedLostPlace } from './frontedLostPlace';
import { withoutDeniedRouteParticipants } from './deniedRoute';
import { withoutClauseSubjectObjects } from './clauseSubject';
import { withDeniedObservations } from './deniedObservation';
import { withDeniedModifierEvents } from './deniedModifierEvent';
import { withoutListedTraitAgents } from './listedTraits';
import { withoutFrontedSetDescriptions, withoutFrontedSets } from './frontedSet';
import { withoutWhoseRemarks } from './whoseRelative';
import { withWhoseClausesAsRemarks } from './whoseOnSubject';
import { withoutRoutesOfUnnamedChanges } from './routeOfUnnamedChange';
import { withoutUndoneEffects } from './undoneEffects';
import { withPopulationAssociations } from './patientPopulation';
import { withoutSupposedClaims } from './supposition';
import { withoutWildTypeBaselineAgents } from './wildTypeComparator';
import { withRespectivePairs } from './respectively';
import { stageCost, stageEnd, stageStart, type StageCost } from '../util/stageCosts';

export interface SentenceFilter {
  name: string;
  /** Why the sentence's claims are kept, dropped or rewritten so, for a reader of this table. */
  why: string;
  /** A sentence of our own the filter acts on. */
  example: string;
  /** The claims the whole reader finds in `example` (as the claim tests write them): the filter's effect. */
  expected: string[];
  apply(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[];
}

export const sentenceFilters: readonly SentenceFilter[] = [
  {
    name: 'respective-pairs',
    why: '"A and B bind C and D, respectively": the lists pair member by member; the crossed pairs every reader reads ("A binds D") go (respectively.ts)',
    example: 'IL-6 and IL-11 bind IL-6R and IL-11Rα, respectively.',
    expected: ['IL6 binds IL6R', 'IL11 binds IL11RA'],
    apply: (claims, sentence) => withRespectivePairs(claims, sentence),
  },
  {
    name: 'countered-inhibition',
    why: '"X counteracted the growth inhibition exerted by D": X raises resistance to D; the claims inside the phrase (X promotes growth, D inhibits it) go (counteredInhibition.ts)',
    example: 'IL-6 counteracted the growth inhibition exerted by sorafenib on Huh7 cells.',
    expected: ['IL6 increases SORAFENIB_RESISTANCE [ctx CELL_HUH7]'],
    apply: (claims, sentence) => withCounteredInhibition(claims, sentence),
  },
  {
    name: 'denied-class-predicate',
    why: '"X is not a cytokine implicated in Y": the copula\'s "not" denies what the participle after the predicate noun says, though it stands before the noun (deniedClassPredicate.ts)',
    example: 'IL-11 is not a cytokine implicated in metastasis.',
    expected: ['NOT IL11 regulates METASTASIS'],
    apply: (claims, sentence) => withDeniedClassPredicates(claims, sentence),
  },
  {
    name: 'class-as-predicate',
    why: '"X is a cytokine promoting Y": the family noun is what X is, so the claim read of the family is X\'s (classAsPredicate.ts)',
    example: 'Our data point to IL-6 as a major cytokine promoting inflammation.',
    expected: ['IL6 promotes INFLAMMATION'],
    apply: (claims, sentence) => withMembersForFamilies(claims, sentence),
  },
  {
    name: 'part-as-predicate',
    why: '"X is one of the main parts of Y promoting Z": the whole is what X belongs to, and the participle (or relative clause) right after the whole says what X does (classAsPredicate.ts)',
    example: 'Hypoxia is one of the key components of the tumour microenvironment promoting invasion in OSCC.',
    expected: ['HYPOXIA promotes CELL_INVASION [ctx OSCC]'],
    apply: (claims, sentence) => withMembersForWholes(claims, sentence),
  },
  {
    name: 'tumour-fibroblasts',
    why: 'plain "fibroblasts" in a sentence about tumours are CAFs, the guideline\'s reading (tumourFibroblasts.ts); fibroblasts called normal, of a tissue or set against CAFs stay fibroblasts',
    example: 'In gastric tumours, fibroblasts secrete IL-6 and drive tumour progression.',
    expected: ['CAF increases IL6 [ctx GASTRIC_CANCER]', 'CAF promotes TUMOR_PROGRESSION [ctx GASTRIC_CANCER]'],
    apply: (claims, sentence) => withTumourFibroblasts(claims, sentence),
  },
  {
    name: 'fronted-organ',
    why: '"In the stomach, X raised Y in tumour cells": the fronted organ is where the tumour cells are, so a claim placed in cancer in general is placed in the organ\'s cancer (frontedOrgan.ts)',
    example: 'In the stomach, IL-11 increased MMP-9 in tumour cells.',
    expected: ['IL11 increases MMP9 [ctx GASTRIC_CANCER]'],
    apply: (claims, sentence) => withFrontedOrgan(claims, sentence),
  },
  {
    name: 'other-place-clause',
    why: '"Whereas X raised Y in other cells, Z ...": a contrast clause placed in unnamed other places speaks of none the library can name, and its claims go rather than take the main clause\'s place (otherPlaceClause.ts)',
    example: 'Whereas IL-6 raised STAT3 in other cells, sorafenib lowered STAT3 in HCC cells.',
    expected: ['SORAFENIB decreases STAT3 [ctx HCC]'],
    apply: (claims, sentence) => withoutOtherPlaceClauses(claims, sentence),
  },
  {
    name: 'state-adjective-agent',
    why: 'a process named by the adjective of a state after a word of degree ("more invasive") describes cells and acts on nothing: claims with it as the agent go (stateAdjective.ts)',
    example: 'Hypoxia pushes breast cancer cells to become more invasive by inducing factors that activate EMT.',
    expected: ['HYPOXIA promotes CELL_INVASION [ctx BREAST_CANCER]'],
    apply: (claims, sentence) => withoutStateAdjectiveAgents(claims, sentence),
  },
  {
    name: 'object-relative',
    why: '"pathways which X activates dampen Y": X acts on the pathways, not on Y; no claim of X on anything past its relative clause (objectRelative.ts)',
    // (The first sentence reads nothing: the relative clause's agent reads nothing on invasion. The claim is the second's.)
    example: 'The pathways that IL-11 activates promote invasion of MDA-MB-231 cells. Hypoxia raised MMP-9 in those cells.',
    expected: ['HYPOXIA increases MMP9'],
    apply: (claims, sentence) => withoutRelativeAgentReach(claims, sentence.text, sentence.start, mentionsIn(sentence)),
  },
  {
    name: 'fronted-agent-clause',
    why: '"After X raised A, B did not change": the main clause names no cause, and the fronted clause\'s claim does not stand for the sentence (frontedAgentClause.ts)',
    // (The first sentence reads nothing; the claim is the second's.)
    example: 'Once IL-11 had activated STAT3 in MDA-MB-231 cells, MMP-3 levels stayed the same. Hypoxia raised MMP-9 in those cells.',
    expected: ['HYPOXIA increases MMP9'],
    apply: (claims, sentence) => withoutFrontedAgentClause(claims, sentence.text, sentence.start, sentence.end, mentionsIn(sentence), sentence.kb),
  },
  {
    name: 'no-longer-after-loss',
    why: '"After Z knockdown, A no longer raised B": Z raises B, and A raises B through Z; no denial of A\'s effect (noLongerAfterLoss.ts)',
    example: 'After STAT3 knockdown, IL-11 no longer raised MMP-9 in MDA-MB-231 cells.',
    expected: ['IL11 increases MMP9 [ctx MDA_MB_231] via STAT3', 'STAT3 increases MMP9 [ctx MDA_MB_231]'],
    apply: (claims, sentence) => noLongerAfterLossIn(claims, sentence),
  },
  {
    name: 'abolished-by-loss',
    why: '"A did not raise Y of cells transfected with Z siRNA": Z is needed for A to raise Y (Z promotes Y); the denial holds only without Z, and goes (abolishedByLoss.ts)',
    example: 'TNF did not enhance the migration of AGS cells that had been transfected with ZEB1 siRNA.',
    expected: ['ZEB1 promotes CELL_MIGRATION [ctx CELL_AGS]'],
    apply: (claims, sentence) => abolishedByLossIn(claims, sentence),
  },
  {
    name: 'lost-place',
    why: '"Y fell in mice lacking Z": Z names the place, never what another name acts on; where Y is what changed there, Z raises Y (lostPlace.ts, the rule of a loss)',
    example: 'STAT3 phosphorylation fell sharply in liver cancer cells lacking IL-6.',
    expected: ['IL6 increases STAT3 [ctx LIVER_CANCER]'],
    apply: (claims, sentence) => lostPlaceIn(claims, sentence),
  },
  {
    name: 'fronted-lost-place',
    why: '"In cells lacking Z, A raised Y": Z names where A acted, no agent; "In cells lacking Z, A failed to raise Y": Z is needed for it (Z promotes Y), and the denial under the loss goes (frontedLostPlace.ts)',
    example: 'In cells lacking STAT3, IL-6 failed to induce MMP-3.',
    expected: ['STAT3 promotes MMP3'],
    apply: (claims, sentence) => withFrontedLostPlace(claims, sentence),
  },
  {
    name: 'denied-route',
    why: '"X raised Y independently of Z", "Independently of Z, X raised Y" (roles.ts conditionOf reads "regardless of Z" as a condition before this runs): Z is the route the writer denies, no partner of X; a claim read with Z as the object of a name before it, or as the agent after a fronted denial, goes (deniedRoute.ts)',
    example: 'Independently of STAT3, IL-11 enhanced the invasion of MDA-MB-231 cells.',
    expected: ['IL11 increases CELL_INVASION [ctx MDA_MB_231]'],
    apply: (claims, sentence) => withoutDeniedRouteParticipants(claims, sentence),
  },
  {
    name: 'denied-observation',
    why: '"A Z-dependent rise in Y was not seen in C": the event named as the subject did not happen there; the claims read inside the subject phrase are denied, unless a loss or absence follows ("was not seen in Z-deficient cells": the event needs Z) (deniedObservation.ts)',
    example: 'An IL-11-driven rise in MMP-9 was not detected in MDA-MB-231 cells.',
    expected: ['NOT IL11 increases MMP9 [ctx MDA_MB_231]'],
    apply: (claims, sentence) => withDeniedObservations(claims, sentence),
  },
  {
    name: 'denied-modifier-event',
    why: '"We found no X-induced rise in Y", "the lack of X-induced Y phosphorylation", "we did not observe X-induced Y": the word (or denied verb of seeing) that opens the noun phrase denies the event its hyphenated cause names, as "no induction of Y by X" is denied (extract.ts nominalDenied); not when the sentence names a loss besides ("no X-induced Y in Z-silenced cells": the event needs Z) (deniedModifierEvent.ts)',
    example: 'We found no hypoxia-induced rise in IL-11 in MDA-MB-231 cells.',
    expected: ['NOT HYPOXIA induces IL11 [ctx MDA_MB_231]'],
    apply: (claims, sentence) => withDeniedModifierEvents(claims, sentence),
  },
  {
    name: 'sufficiency-denial',
    why: '"X alone was not sufficient to raise Y", "X was insufficient to raise Y without Z": X in isolation does not bring Y about, which leaves X\'s part open; no claim of "no effect", no evidence either way, so the denial goes (sufficiencyDenial.ts)',
    // (The first sentence keeps nothing; the claim is the second's.)
    example: 'On its own, hypoxia was not enough to raise MMP-9. IL-6 by itself did not lower E-cadherin, yet it raised vimentin in these cells.',
    expected: ['IL6 increases VIM'],
    apply: (claims, sentence) => withoutSufficiencyDenials(claims, sentence),
  },
  {
    name: 'denied-degree',
    why: '"X did not raise A as strongly as B": the denial bounds the degree, so X still raises A; no denial of the effect (deniedDegree.ts)',
    example: 'In MDA-MB-231 cells STAT3 did not raise MMP-3 as strongly as MMP-9.',
    expected: ['STAT3 increases MMP3 [ctx MDA_MB_231]'],
    apply: (claims, sentence) => withDegreeDenialsLifted(claims, sentence),
  },
  {
    name: 'clause-subject',
    why: '"X acts on A and B is a Y": B, with its own copula or auxiliary after "and", is the subject of a second clause, not an object of X\'s verb; the claim of X on B goes (clauseSubject.ts)',
    example: 'Hypoxia affects tumour cells and IL-11 is a cytokine of the IL-6 family. Hypoxia raised MMP-9 in those cells.',
    expected: ['HYPOXIA increases MMP9'],
    apply: (claims, sentence) => withoutClauseSubjectObjects(claims, sentence.text, sentence.start, mentionsIn(sentence)),
  },
  {
    name: 'fronted-set',
    why: '"Among the MMPs, MMP-7 is induced by IL-11": the family in a fronted "Among the X," is the set the member is picked from; its claims go beside a claim on another name in its role, after the comma, with the same relation and partner (frontedSet.ts)',
    example: 'Among the MMPs, MMP-7 is induced by IL-11 in MDA-MB-231 cells.',
    expected: ['IL11 induces NCBIGENE_4316 [ctx MDA_MB_231]'],
    apply: (claims, sentence) => withoutFrontedSets(claims, sentence),
  },
  {
    name: 'fronted-set-description',
    why: '"Among the cytokines linked to cancer, IL-6 drives Y": a pair read wholly inside a fronted "Among (the) N ...," describes the class the member is picked from; the main clause is the claim (frontedSet.ts)',
    example: 'Among the cytokines linked to breast cancer, IL-11 promotes invasion of MDA-MB-231 cells.',
    expected: ['IL11 promotes CELL_INVASION [ctx MDA_MB_231]'],
    apply: (claims, sentence) => withoutFrontedSetDescriptions(claims, sentence),
  },
  {
    name: 'whose-clause-on-subject',
    why: '"Tumours whose growth is linked to IL-6 show high STAT3": a "whose" clause on the name opening its clause restricts it; a pair read inside the clause is a side remark (aside), and a pair from inside the clause to a name after the main verb goes (whoseOnSubject.ts)',
    example: 'Tumours whose growth is linked to IL-6 show high STAT3.',
    expected: ['CELL_GROWTH associated-with(positive) IL6 [ctx CANCER]'],
    apply: (claims, sentence) => withWhoseClausesAsRemarks(claims, sentence),
  },
  {
    name: 'whose-remark',
    why: '"X identifies a tumour-restraining CAF population whose function is linked to Z": an association from the antecedent to a name inside its "whose" relative is a side remark, and goes beside another claim of the sentence (whoseRelative.ts)',
    example: 'IL-11 promotes invasion of MDA-MB-231 cells, and a CAF subset whose activity is linked to STAT3 surrounds them.',
    expected: ['IL11 promotes CELL_INVASION [ctx MDA_MB_231]'],
    apply: (claims, sentence) => withoutWhoseRemarks(claims, sentence),
  },
  {
    name: 'listed-traits',
    why: '"The tumours displayed EMT, limited apoptosis and high invasion": a participle opening a trait of a list after a verb of showing is the trait\'s adjective, no verb of the trait before it (listedTraits.ts)',
    // (The first sentence reads nothing once the filter drops "EMT decreases apoptosis"; the claim is the second's.)
    example: 'The resected tumours displayed EMT, limited apoptosis and high invasion. Hypoxia raised MMP-9 in those cells.',
    expected: ['HYPOXIA increases MMP9'],
    apply: (claims, sentence) => withoutListedTraitAgents(claims, sentence.text, sentence.start),
  },
  {
    name: 'route-of-unnamed-change',
    why: '"X raised platelet counts through STAT3 activation": the verb acts on a thing the library names nothing for, and Z is only its route; the claim read with the route as the verb\'s object goes (routeOfUnnamedChange.ts)',
    // (The first sentence keeps nothing; the claim is the second's.)
    example: 'IL-11 shortened the bleeding time through STAT3 activation. Hypoxia raised MMP-9 in those cells.',
    expected: ['HYPOXIA increases MMP9'],
    apply: (claims, sentence) => withoutRoutesOfUnnamedChanges(claims, sentence.text, sentence.start, sentence.end, mentionsIn(sentence), sentence.kb),
  },
  {
    name: 'undone-effects',
    why: '"X led to a rescue of Z effects, reduced A and ...": the noun of undoing acts on what Z did, not on Z, so no claim of X bringing Z about; the other changes stay (undoneEffects.ts)',
    example: 'Overexpression of STAT3 led to rescue of sorafenib effects and increased vimentin expression.',
    expected: ['STAT3 increases VIM'],
    apply: (claims, sentence) => withoutUndoneEffects(claims, sentence.text, sentence.start, sentence.end, (id) => { const type = sentence.kb.entities.get(id)?.type; return type === 'process' || type === 'phenotype'; }),
  },
  {
    name: 'patient-population',
    why: '"Tumours from patients with metastasis showed more STAT3": the disease names which patients, not an agent; the marker goes with the disease (patientPopulation.ts)',
    example: 'Tumours from patients with metastasis showed increased expression of STAT3.',
    expected: ['STAT3 associated-with(positive) METASTASIS [ctx CANCER]'],
    apply: (claims, sentence) => withPopulationAssociations(claims, sentence.text, sentence.start, sentence.end, sentence.kb),
  },
  {
    name: 'supposition',
    why: '"If X promotes Y, blocking X should reduce Z": a fronted "if" clause stating a relation of its own names supposes it; the writer asserts neither it nor its consequence, and the sentence\'s claims go (supposition.ts)',
    // (The first sentence keeps nothing; the claim is the second's.)
    example: 'If IL-11 promotes EMT, blocking it should reduce invasion. Hypoxia raised MMP-9 in those cells.',
    expected: ['HYPOXIA increases MMP9'],
    apply: (claims, sentence) => withoutSupposedClaims(claims, sentence.text, sentence.start, sentence.end),
  },
  {
    name: 'wild-type-baseline',
    why: '"Relative to wild-type X, the Y353C variant raised A": the variant is measured against X, and may have gained or lost its function; the baseline\'s mention of X is no agent of the change (wildTypeComparator.ts)',
    // (The first sentence keeps nothing; the claim is the second's.)
    example: 'Compared with wild-type STAT3, the Y705F variant lowered MMP-9 levels. Hypoxia raised MMP-9 in those cells.',
    expected: ['HYPOXIA increases MMP9'],
    apply: (claims, sentence) => withoutWildTypeBaselineAgents(claims, sentence),
  },
];

/** Filters switched off by name: only the example tests do, to show each filter's effect (sentenceFilters.test.ts). */
export const sentenceFiltersOff = new Set<string>();

/** The sentence's claims as the filters leave them, each applied once in the table's order. */
export function applySentenceFilters(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  if (claims.length === 0) return claims;
  let out = claims;
  for (let i = 0; i < sentenceFilters.length; i++) {
    const filter = sentenceFilters[i];
    if (sentenceFiltersOff.size !== 0 && sentenceFiltersOff.has(filter.name)) continue;
    const since = stageStart();
    const before = out;
    out = filter.apply(out, sentence);
    if (since !== 0) stageEnd((filterCosts ??= sentenceFilters.map((f) => stageCost('sentence filter', f.name)))[i], since, out !== before);
  }
  return out;
}

/** Each filter's record in the bench's cost table (util/stageCosts.ts), made when the table is first on. */
let filterCosts: StageCost[] | undefined;
