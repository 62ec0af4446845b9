// Verification: compares one claim with the library's facts and returns a verdict that names its evidence.
//
// - supported: a fact with the same subject and object (a fact about AKT1 supports a claim about Akt; one about
//   MMP-13 supports a claim about MMPs), the same direction, compatible mediators, and a context that covers
//   the claim's (the fact's context is the same or more specific; a claim without context, or about cancer in
//   general, is covered by a finding in any specific cancer; a finding without context covers any claim).
// - contradicted: the same entities in a covering context with the opposite direction, a no-effect finding
//   against a claimed effect, or a negated claim against a reported effect.
// - unsupported / other-context: the relation is reported (in either direction), but only in contexts that do
//   not cover the claim's. The drug is part of the context of resistance and sensitivity (and, stop 41, a kind of
//   treatment is: chemoresistance against a finding on sorafenib resistance, `otherTreatment`). A finding on what the
//   claim's entity is a direct kind of (Akt for AKT1), made elsewhere, reports the relation there too, never backs it
//   (`foundOfItsFamilyElsewhere`).
//   Decided (issue 7, stop 30): a claim in a named cancer that the library states only more generally (a finding in
//   cancer in general, or in breast cancer against a claim in one of its lines) is no-evidence with reason
//   'only-general', the general finding as its nearest fact: it does not cover the claim (the finding's context must
//   be the same or more specific) and is not "the relation in another context". Only a finding whose context is
//   neither the claim's nor more general than it (another cancer, line, condition or drug) makes other-context, and a
//   finding with no context at all covers any claim. The near-miss convention (nm-z04, nm-m12) and waves 4-5 are
//   labelled so; wave 3's labels call three such rows other-context. Measured at stop 30: making them other-context
//   fixed no studied row and broke two (dev half B, wave 4 half B).
//   A claim's cancer may be named as where its cells were taken from ("CAFs isolated from gastric cancer secrete
//   IL-6" holds in gastric cancer, claims/roles.ts), unless a named line, which carries its own cancer, was taken.
// - unsupported / no-evidence: the library has findings on the subject or the object, and none reports this.
// - out-of-scope: the library has findings on neither.
// The library's implied facts (a drug for its target, a route's steps, EMT markers: kb/inference.ts) count
// like stated ones; the evidence always names the stated fact.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { moleculeTypes, oppositeRelation, placeTypes, type Fact } from '../kb/schema';
import type { ClaimRelation } from '../claims/vocabulary';
import { agentOutcomeStandIns, classStandIns, contraryKin, findingOutcomeSenses, oppositeOutcome, outcomeStandIns, pathwaySpeaksFor, processReadouts, restatesDrugTarget, statedFact, type DerivedFact, type InferenceRule, type StandIn } from '../kb/inference';
import { effectOf, compareEffects, type Comparison } from './effects';
import { hasFindingsInScope, memberOfFamilyWithFindings, numberedSiblingHasFindings, stepSiblingOf } from './scope';
import { firstFacts, someFactTo } from './lookup';

export type Verdict = 'supported' | 'contradicted' | 'unsupported' | 'out-of-scope';
export type Basis = 'other-context' | 'no-evidence';

/** The parts of a claim verification needs: entity ids, no text. */
export interface ClaimToVerify {
  subject: string;
  relation: ClaimRelation;
  polarity?: 'positive' | 'negative';
  /** An association that names no direction ("associated with prognosis"): any finding either way backs it. */
  undirected?: boolean;
  object: string;
  mediators: readonly string[];
  context: readonly string[];
  negated: boolean;
  /** The sentence names a context the lexicon does not know (a cell line, a cancer): only context-free findings cover it. */
  unknownContext?: boolean;
  /** The rival the claim is ranked against ("more strongly than sorafenib"): no finding ranks two agents. */
  comparedWith?: string;
  /** The object written as its amount ("IL-11Rα levels", claims/writtenAsLevel.ts): a route to it does not back it (`levelAgainstRoute`). */
  /** 'expression' when the amount is named as what the cells make ("STAT3 mRNA", writtenAsExpression): a finding on the phosphorylation does not back it either (`levelAgainstPhosphorylation`). */
  objectAspect?: 'level' | 'expression';
}

export interface ClaimVerification {
  verdict: Verdict;
  basis: Basis | null;
  /** The facts the verdict rests on: supporting, contradicting, or reporting the relation elsewhere. */
  evidence: Fact[];
  /** For unsupported claims: what the library does report about the subject in the claim's context. */
  nearest: Fact[];
  /** Why an otherwise matching fact did not count. */
  reason?: 'mediators-not-reported' | 'association-only' | 'only-general' | 'comparison-not-reported' | 'restates-drug-target' | 'level-in-another-tumour';
  /** Facts that point the other way but were outweighed by more specific evidence. */
  conflicting: Fact[];
}

interface Match {
  fact: Fact;
  comparison: Comparison;
  /** 0 when subject and object are the claim's own entities, 1 when reached through a family or pathway. */
  level: number;
  contextCovered: boolean;
  /** The fact is on resistance (sensitivity) to another drug: reported elsewhere, however general its own context. */
  otherTreatment: boolean;
  mediatorsCovered: boolean;
}

const strength: Record<string, number> = { supported: 4, contradicted: 3, 'other-context': 2, 'no-evidence': 1, 'out-of-scope': 0 };

/** Switched off only by the test that checks remembered verifications equal fresh ones (verificationMemo.test.ts). */
export const verificationMemo = { enabled: true };
/** Per library: the verifications by subject, then object, then the claim's other fields (`restKey`); `size` counts them. */
interface Remembered {
  bySubject: Map<string, Map<string, Map<string, ClaimVerification>>>;
  size: number;
}
const remembered = new WeakMap<KnowledgeBase, Remembered>();

/**
 * The claim's fields besides its two entities, as one key. The entities are the outer tables' keys: the ids are the
 * library's and lexicon's own strings, hashed once, where one key joining every field was a new string to flatten and
 * hash on every call (issue 10, stop 40: ~1.5% of a 100k-word full check; anchored reading verifies each pair it reads).
 */
function restKey(claim: ClaimToVerify): string {
  const mediators = claim.mediators.length === 0 ? '' : claim.mediators.join('\u0001');
  const context = claim.context.length === 0 ? '' : claim.context.join('\u0001');
  return `${claim.relation}\u0000${claim.polarity ?? ''}${claim.undirected ? '~' : ''}\u0000${mediators}\u0000${context}\u0000${claim.negated ? 1 : 0}${claim.unknownContext === true ? 1 : 0}\u0000${claim.comparedWith ?? ''}\u0000${claim.objectAspect ?? ''}`;
}

/**
 * A verification depends only on the claim's fields and the library (which never changes once built), and a
 * draft makes the same claim many times: each is verified once per library and remembered (issue 10). The
 * result is shared, so nothing may change it.
 */
export function verifyClaim(claim: ClaimToVerify, kb: KnowledgeBase): ClaimVerification {
  if (!verificationMemo.enabled) return verifyAfresh(claim, kb);
  let memo = remembered.get(kb);
  if (!memo) remembered.set(kb, (memo = { bySubject: new Map(), size: 0 }));
  const key = restKey(claim);
  let verification = memo.bySubject.get(claim.subject)?.get(claim.object)?.get(key);
  if (!verification) {
    verification = verifyAfresh(claim, kb);
    // A bound on what one library remembers: a long session's drafts make more distinct claims than matter.
    if (memo.size >= 50_000) {
      memo.bySubject.clear();
      memo.size = 0;
    }
    let byObject = memo.bySubject.get(claim.subject);
    if (!byObject) memo.bySubject.set(claim.subject, (byObject = new Map()));
    let rest = byObject.get(claim.object);
    if (!rest) byObject.set(claim.object, (rest = new Map()));
    // (verifyAfresh may have verified the same claim on the way, a comparison's plain claim: counted once.)
    if (!rest.has(key)) memo.size++;
    rest.set(key, verification);
  }
  return verification;
}

function verifyAfresh(claim: ClaimToVerify, kb: KnowledgeBase): ClaimVerification {
  // "X raised Y more strongly than Z": a finding that X raises Y backs the effect, not the ranking. The claim is
  // unsupported, with the finding as the nearest fact; a contradiction or a finding elsewhere stands as it is.
  if (claim.comparedWith !== undefined) {
    const plain = verifyClaim({ ...claim, comparedWith: undefined }, kb);
    if (plain.verdict !== 'supported') return plain;
    return { verdict: 'unsupported', basis: 'no-evidence', evidence: [], nearest: plain.evidence, conflicting: [], reason: 'comparison-not-reported' };
  }
  if (!inScope(claim, kb) || moleculeInPlaceBeyondLibrary(claim, kb)) {
    return { verdict: 'out-of-scope', basis: null, evidence: [], nearest: [], conflicting: [] };
  }
  // "CAFs in the TME promote Y": a setting that holds the claim's own participant among its parts (the tumour
  // microenvironment holds CAFs) says where that participant is, not a narrower place; the claim goes without it.
  const holders = claim.context.filter((c) => c !== claim.subject && c !== claim.object && (kb.parts(c).has(claim.subject) || kb.parts(c).has(claim.object)));
  if (holders.length > 0) return verifyClaim({ ...claim, context: claim.context.filter((c) => !holders.includes(c)) }, kb);
  let best = verifyWithOpposite(claim, kb);
  // A drug stands for the loss of its target ("tocilizumab lowers X": IL-6R raises X), a class inhibitor for
  // the loss of the class (LY294002: PI3K), CoCl2 for hypoxia, normal or high oxygen for its absence ("normoxia
  // lowers X": hypoxia raises X). The stand-in's claim may name the drug phenotype the other way round from the
  // finding ("linsitinib raised sorafenib's effect": IGF-1R lowers sensitivity to sorafenib, which the library
  // reports as such).
  const standIns = subjectStandIns(claim.subject, kb);
  for (const standIn of standIns) {
    if (standIn.id === claim.object) continue;
    const relation = standIn.inverted ? invertedRelation(claim.relation) : claim.relation;
    if (!relation) continue;
    // A class stands for the drug's own targets: a finding on a member it does not block (MMP-13 for a drug that
    // blocks MMP-1, -2 and -9) does not speak for the drug.
    const targets = standIn.rule === 'drug-class' ? standIns.filter((s) => s.rule === 'drug-target').map((s) => s.id) : undefined;
    best = stronger(best, verifyWithOpposite({ ...claim, subject: standIn.id, relation, targets, standIn: true }, kb));
  }
  // An outcome named by its assay or organ is checked as the process it stands for ("colony formation").
  const outcome = outcomeStandIns[claim.object];
  if (outcome && kb.entities.has(outcome.process) && (!outcome.context || kb.entities.has(outcome.context))) {
    const context = outcome.context && !claim.context.includes(outcome.context) ? [...claim.context, outcome.context] : claim.context;
    const asProcess = verifyClaim({ ...claim, object: outcome.process, context }, kb);
    // A compound's findings on the process do not speak for the outcome (`notForCompounds`): "NT157 lowered HCC cell
    // proliferation" backs neither "NT157 slows tumour growth" nor, restated for its target, "IGF-1R inhibitors do".
    const compoundsOnly = outcome.notForCompounds && asProcess.evidence.length > 0 && asProcess.evidence.every((f) => isCompound(f.subject, kb));
    // Nor does a finding on growth read as proliferation (kb/inference.ts findingOutcomeSenses): "IL-11 promotes cell
    // growth" is not "IL-11 drives tumour growth in xenografts", two loose readings one on the other.
    // (The evidence names stated facts: one whose object has a looser sense backed the process only through it.)
    const loosely = asProcess.evidence.length > 0 && asProcess.evidence.every((f) => f.object !== undefined && findingOutcomeSenses[f.object] === outcome.process);
    if (!compoundsOnly && !loosely) best = stronger(best, asProcess);
  }
  // Cancer in general as what an agent drives or restrains ("IL-11 promotes tumours") is tumorigenesis, survival it
  // promotes the cells' (kb/inference.ts agentOutcomeStandIns).
  const acted = agentOutcomeStandIns[claim.object];
  if (acted && kb.entities.has(acted.process) && agentActsOn(claim, acted.sign, kb)) best = stronger(best, verifyClaim({ ...claim, object: acted.process }, kb));
  // A role in cancer named one way meets a finding on its kin process the other way as a contradiction, never as
  // support (kb/inference.ts contraryKin): "STAT3 is tumour-suppressive" against "STAT3 drives tumour progression".
  if (best.verdict !== 'supported' && best.verdict !== 'contradicted' && !claim.negated) {
    for (const kin of contraryKin[claim.object] ?? []) {
      if (!kb.entities.has(kin) || !agentActsOn(claim, undefined, kb)) continue;
      // (Checked as it stands, no further stand-in: the kin of the kin is the claim itself.)
      const asKin = verifyWithOpposite({ ...claim, object: kin }, kb);
      if (asKin.verdict === 'contradicted') best = stronger(best, asKin);
    }
  }
  // An outcome named by its bad end or by the plain word checks as the end point the findings name (adverseOutcomes).
  const end = adverseOutcomes[claim.object];
  if (end && kb.entities.has(end.as) && (!end.directed || (claim.relation === 'associated-with' && claim.polarity) || directedCause(claim.relation))) {
    const relation = end.flip ? invertedRelation(claim.relation) : claim.relation;
    const polarity = end.flip && claim.polarity ? (claim.polarity === 'positive' ? 'negative' : 'positive') : claim.polarity;
    const asEnd = { ...claim, object: end.as, relation: relation ?? claim.relation, polarity };
    // Poor prognosis goes on to survival's own stand-in (overall survival); overall survival, which survival stands
    // in for, is checked against survival's findings alone, or each would check the other for ever.
    // A cause of prognosis stops at poor prognosis: survival after it may be the cells' ("promotes survival of cells").
    const cause = end.directed && claim.relation !== 'associated-with';
    if (relation || claim.relation === 'associated-with') best = stronger(best, end.flip && !cause ? verifyClaim(asEnd, kb) : verifyWithOpposite(asEnd, kb));
    // A drug's cause of the outcome is checked too as the end point the table names for drugs (`forCompounds`), as it
    // stands (that end point goes on to its own stand-in alone, never back here).
    if (cause && end.forCompounds && isCompound(claim.subject, kb) && kb.entities.has(end.forCompounds)) {
      best = stronger(best, verifyWithOpposite({ ...claim, object: end.forCompounds }, kb));
    }
  }
  // A survival end point with a direction ("predicts shorter overall and disease-free survival") is the patients'
  // prognosis the other way round: a finding that X goes with a poor prognosis speaks to it (checked as it stands,
  // no further stand-in, so poor prognosis, checked as survival, never comes back here).
  // Only an association with a direction, as clinical findings are stated: an effect on "survival" may be the cells'
  // (survival stands in for overall survival), and "metastasis promotes survival of cancer cells" says nothing of prognosis.
  // A finding on the end point itself, either way, outranks what prognosis implies of it.
  // A denial needs no direction: "X was not associated with overall survival" denies any tie between X and the
  // patients' outcome, so a finding that X goes with a poor prognosis contradicts it (compareNegated: a denied
  // association without a direction meets an association either way; issue 7, stop 41).
  if (best.verdict !== 'contradicted' && best.verdict !== 'supported' && survivalEndPoints.has(claim.object) && kb.entities.has('POOR_PROGNOSIS') && claim.relation === 'associated-with' && claim.polarity && (!claim.undirected || claim.negated)) {
    const polarity = claim.polarity === 'positive' ? 'negative' : 'positive';
    best = stronger(best, verifyWithOpposite({ ...claim, object: 'POOR_PROGNOSIS', polarity }, kb));
  }
  // "AKT1 curbs invasion of breast cancer cells" where the library reports Akt driving invasion in ATC: a finding on
  // what the claim's entity is a kind of reports the relation in another context (it never backs a claim on the kind).
  if (best.verdict === 'unsupported' && best.basis === 'no-evidence' && best.reason === undefined) best = stronger(best, foundOfItsFamilyElsewhere(claim, kb));
  if (best.verdict === 'unsupported' && best.basis === 'no-evidence' && best.reason === undefined) best = stronger(best, foundInAnotherTumour(claim, kb));
  // "Stattic blocked STAT3 activation": a drug acting against its own target restates the drug's record, which no
  // paper need report (kb/inference.ts restatesDrugTarget); unless the library reports it, either way, the library is
  // not asked to back it, and the sentence's verdict follows what the drug did through the target.
  if (best.basis === 'no-evidence' && best.reason === undefined && claim.comparedWith === undefined) {
    const effect = effectOf(claim.relation, claim.polarity);
    if (effect.kind === 'causal' && restatesDrugTarget(claim.object, effect.sign, claim.negated, standIns)) return { verdict: 'out-of-scope', basis: null, evidence: [], nearest: best.nearest, conflicting: [], reason: 'restates-drug-target' };
  }
  return best;
}

/**
 * The claim checked one step up for each of its two entities (AKT1 as Akt, lymph node metastasis as metastasis): a
 * finding on the entity's direct parent, itself (not a sibling the parent's findings gather) in the claim's role,
 * made in a context that neither covers the claim's nor is more general than it, is the same relation in another
 * context, as a finding in another cancer is for the claim itself. In the claim's own context, or a more general one,
 * it is a finding stated only more generally, which backs no claim on a kind (the family rule goes one way: a finding
 * on AKT1 backs "Akt"), and the claim stays without evidence. Only a stated finding on the parent and the claim's
 * other entity itself counts, not one reached through a pathway, a route or a sibling. No step is taken to a class of
 * many (a protein family: a finding on cytokines in general says nothing of IL-6 anywhere), nor from a process to a
 * process: the lexicon files a process under the larger ones it is a step of (invasion under tumour progression),
 * which is no kind of it; a named form of one (lymph node metastasis) is.
 */
function foundOfItsFamilyElsewhere(claim: ClaimToVerify, kb: KnowledgeBase): ClaimVerification {
  const none: ClaimVerification = { verdict: 'unsupported', basis: 'no-evidence', evidence: [], nearest: [], conflicting: [] };
  for (const role of ['subject', 'object'] as const) {
    const other = role === 'subject' ? claim.object : claim.subject;
    const kind = kb.entities.get(claim[role]);
    for (const parent of kind?.parents ?? []) {
      const parentType = kb.entities.get(parent)?.type;
      if (parent === other || parentType === 'protein-family' || (parentType === 'process' && kind?.type === 'process')) continue;
      const asParent = verifyWithOpposite({ ...claim, [role]: parent }, kb);
      if (asParent.verdict !== 'unsupported' || asParent.basis !== 'other-context') continue;
      // The parent and the claim's other entity in the claim's order, or either way round for an association.
      const [first, second] = role === 'subject' ? [parent, other] : [other, parent];
      // A pathologist's feature filed under a process ("depth of invasion" under cell invasion) is read off a resected
      // tumour: the process seen in a dish (cells crossing Matrigel) says nothing of it, here or elsewhere (stop 42).
      const seenInTumours = kind?.type === 'phenotype' && parentType === 'process';
      const own = asParent.evidence.filter((f) => ((f.subject === first && f.object === second) || (f.subject === second && f.object === first && effectOf(f.relation).kind === 'association')) && !(seenInTumours && madeInCells(kb, f)));
      if (own.length > 0) return { ...asParent, evidence: own };
    }
  }
  return none;
}

/**
 * "IL-11 was overexpressed in gastric cancer tissues" where the library reports IL-11 raised in OSCC tissue: a tumour
 * named as a partner of an association is where the level was seen (kb/tumourExpression.ts reads the disease as the
 * subject), so the same association in another cancer is the same relation in another context, as the guideline says
 * of cancer subtypes (issue 7, stop 42), in the same direction. A cancer the claim's is a kind of is no other place
 * (a finding stated more generally backs no claim on a kind), nor is a kind of the claim's cancer (the family rule,
 * findMatches). Only a stated association with the partner itself counts. Its own reason, `level-in-another-tumour`,
 * lets the sentence's reading treat it as it treats no evidence (`silentWhereClaimed`): withdrawn once for lacking it.
 */
function foundInAnotherTumour(claim: ClaimToVerify, kb: KnowledgeBase): ClaimVerification {
  const none: ClaimVerification = { verdict: 'unsupported', basis: 'no-evidence', evidence: [], nearest: [], conflicting: [] };
  if (claim.relation !== 'associated-with' || claim.negated) return none;
  const isDisease = (id: string): boolean => kb.entities.get(id)?.type === 'disease';
  const disease = isDisease(claim.subject) ? claim.subject : isDisease(claim.object) ? claim.object : undefined;
  const partner = disease === claim.subject ? claim.object : claim.subject;
  if (disease === undefined || isDisease(partner)) return none;
  const claimEffect = effectOf(claim.relation, claim.polarity, claim.undirected);
  const elsewhere = [...kb.factsAboutSubject(partner), ...kb.factsAboutObject(partner)].filter((f) => {
    if (f.relation !== 'associated-with' || (f.subject !== partner && f.object !== partner)) return false;
    const place = f.subject === partner ? f.object : f.subject;
    if (place === undefined || place === disease || !isDisease(place) || kb.isA(disease, place) || kb.isA(place, disease)) return false;
    // The same direction only: "IL-11 was underexpressed in HCC" is left without evidence (nm-cd06), though the
    // guideline would call the opposite direction in another cancer another context too.
    return compareEffects(claimEffect, false, effectOf(f.relation, f.polarity)) === 'supports';
  });
  return elsewhere.length > 0 ? { verdict: 'unsupported', basis: 'other-context', evidence: uniqueFacts(elsewhere), nearest: [], conflicting: [], reason: 'level-in-another-tumour' } : none;
}

/**
 * Whether the library says nothing of the claim where the sentence makes it: no evidence, or only the level seen in
 * another tumour (`foundInAnotherTumour`). Such a level sets the scene for a sentence as a silent one does, so a reader
 * looking for the claim the library can speak to reads on past it (claims/anchored.ts), and a sentence's mechanism
 * stays its main claim (analyzeBlock.ts `levelInDisease`); the claim keeps its own verdict (stop 42).
 */
export function silentWhereClaimed(verification: ClaimVerification): boolean {
  return verification.basis === 'no-evidence' || verification.reason === 'level-in-another-tumour';
}

/** A drug or a chemical: what it does to tumours is its efficacy, not its effect on cultured cells (outcomeStandIns). */
function isCompound(id: string, kb: KnowledgeBase): boolean {
  const type = kb.entities.get(id)?.type;
  return type === 'drug' || type === 'chemical';
}

/** A causal relation with a direction: "promotes", "decreases", not "regulates". */
function directedCause(relation: ClaimRelation): boolean {
  const effect = effectOf(relation);
  return effect.kind === 'causal' && effect.sign !== 0;
}

/** A causal claim with a direction (`sign`, when given) whose subject is no drug, disease or cell line (agentOutcomeStandIns). */
function agentActsOn(claim: ClaimToVerify, sign: 1 | -1 | undefined, kb: KnowledgeBase): boolean {
  const effect = effectOf(claim.relation, claim.polarity);
  if (effect.kind !== 'causal' || effect.sign === 0 || (sign !== undefined && effect.sign !== sign)) return false;
  const type = kb.entities.get(claim.subject)?.type;
  return type !== 'drug' && type !== 'disease' && type !== 'cell-line';
}

/**
 * Survival end points a poor prognosis shortens (the anchored reader links them to findings on poor prognosis): the
 * patients' named end points only, not plain "survival", which may be the cells' ("detachment and survival of cancer cells").
 */
export const survivalEndPoints: ReadonlySet<string> = new Set(['OVERALL_SURVIVAL', 'DISEASE_FREE_SURVIVAL', 'PROGRESSION_FREE_SURVIVAL', 'CANCER_SPECIFIC_SURVIVAL', 'METASTASIS_FREE_SURVIVAL']);

/**
 * Outcomes the findings name by their opposite, and clinical end points the findings may name otherwise: "predicts poor survival" (POOR_PROGNOSIS) is the finding
 * that X goes with shorter survival, so it is checked as survival the other way round; "overall survival" is
 * checked against findings on survival unqualified, as survival is against overall survival (outcomeStandIns). A drug's
 * directed cause of an outcome is checked also as the end point `forCompounds` names, the patients' one.
 */
const adverseOutcomes: Readonly<Record<string, { as: string; flip: boolean; directed?: boolean; forCompounds?: string }>> = {
  // Prognosis named with its direction ("a poorer prognosis", "a favourable prognosis": the reader keeps the plain
  // word and turns the polarity) is poor prognosis the other way round, and so on to survival.
  // An association carries that direction ("associated with prognosis", none named, says only that it matters,
  // kb/outcomes.ts), and so does a cause with a direction: "X improves the prognosis", "X contributes to a favourable
  // prognosis" lower a poor one; "X confers a poorer prognosis" is turned round by the reader (claims/outcomeEnd.ts).
  // A drug's effect on the prognosis is on the patients' survival, not the cells' (only a drug's: "X promotes
  // survival" of anything else may be the cells'): "sorafenib improves the clinical outcome" is the finding that it
  // prolongs overall survival, and "worsens" it contradicts that finding (`forCompounds`).
  PROGNOSIS: { as: 'POOR_PROGNOSIS', flip: true, directed: true, forCompounds: 'OVERALL_SURVIVAL' },
  POOR_PROGNOSIS: { as: 'SURVIVAL', flip: true },
  // Mortality ("the chief cause of cancer-related deaths") is the bad end patients' prognosis names.
  MORTALITY: { as: 'POOR_PROGNOSIS', flip: false },
  OVERALL_SURVIVAL: { as: 'SURVIVAL', flip: false },
  // Cells' survival is their death by apoptosis the other way round: a factor that spares cells from apoptosis
  // keeps them alive ("IGF-1 promotes the survival of HCC cells" is the finding that IGF-1 suppresses their
  // apoptosis). Only that way: a finding that X keeps cells alive does not say which death it spares them.
  CELL_SURVIVAL: { as: 'APOPTOSIS', flip: true },
};

function stronger(best: ClaimVerification, other: ClaimVerification): ClaimVerification {
  return strength[other.basis ?? other.verdict] > strength[best.basis ?? best.verdict] ? other : best;
}

/**
 * A claim checked for what its subject stands for (`standIn`), and for a drug's class (classStandIns) the drug's
 * targets, the only members whose findings count.
 */
type Checked = ClaimToVerify & { targets?: readonly string[]; standIn?: boolean };

/**
 * The claim as it stands, and, for a drug phenotype or a treatment kind's sensitivity or resistance, as its opposite:
 * "X lowers sensitivity to sorafenib" is "X raises sorafenib resistance" (kb/inference.ts `oppositeOutcome`).
 */
function verifyWithOpposite(claim: Checked, kb: KnowledgeBase): ClaimVerification {
  const best = verifyAs(claim, kb);
  const opposite = oppositeOutcome(claim.object, kb.drugPhenotype(claim.object));
  const oppositeRelation = invertedRelation(claim.relation);
  if (!opposite || !oppositeRelation || claim.relation === 'signals-through' || !kb.entities.has(opposite)) return best;
  return stronger(best, verifyAs({ ...claim, object: opposite, relation: oppositeRelation }, kb));
}

/** What a claim's subject stands for: a drug for the loss of each target and of the class they make up, a mimetic for its condition. */
function subjectStandIns(id: string, kb: KnowledgeBase): StandIn[] {
  const standIns = kb.standIns(id);
  return [...standIns, ...classStandIns(standIns, (entity) => kb.ancestors(entity))];
}

/** Processes and phenotypes are what findings are about, not what a claim is about: "cisplatin triggers apoptosis". */
const outcomeTypes = new Set(['process', 'phenotype', 'disease', 'cell-line', 'experimental-system']);

/** A claim is in scope when its subject, or an object that is not a mere outcome, has findings in the library. */
const scopes = new WeakMap<KnowledgeBase, Map<string, Map<string, boolean>>>();

/**
 * Whether the library can speak to a claim with this subject and object. It depends on the two ids and the
 * library only, and the anchored reader asks it for every pair of every sentence: remembered per library.
 */
export function inScope(claim: Pick<ClaimToVerify, 'subject' | 'object'>, kb: KnowledgeBase): boolean {
  let memo = scopes.get(kb);
  if (!memo) scopes.set(kb, (memo = new Map()));
  // By subject, then object: the ids hash once, where a joined key is a new string to hash on every call.
  let row = memo.get(claim.subject);
  if (!row) {
    if (memo.size >= 50_000) memo.clear();
    memo.set(claim.subject, (row = new Map()));
  }
  let answer = row.get(claim.object);
  if (answer === undefined) {
    answer = inScopeAfresh(claim, kb);
    row.set(claim.object, answer);
  }
  return answer;
}

function inScopeAfresh(claim: Pick<ClaimToVerify, 'subject' | 'object'>, kb: KnowledgeBase): boolean {
  if (subjectInScope(claim.subject, kb)) return true;
  // A numbered sibling of a gene with findings acting on something the library studies, "MMP-11 raised migration"
  // beside MMP-13's findings: a near miss, unsupported (scope.ts). "IL-17 recruits neutrophils" stays out of scope.
  if (kb.hasFindings(claim.object) && numberedSiblingHasFindings(claim.subject, kb)) return true;
  // A named class of a process's markers is read out like the process ("EMT markers", kb/inference.ts).
  return kb.hasFindings(claim.object) && !outcomeTypes.has(kb.entities.get(claim.object)?.type ?? '') && !processReadouts.has(claim.object);
}

/**
 * "BST2 was upregulated in OSCC", read as the cancer associated with the molecule (claims' tumour-expression reading):
 * the cancer is where the molecule was found, so the claim is about the molecule, and it is in scope only when the
 * library can speak to the molecule (issue 7, stop 50). The library's own finding that a cancer carries a molecule
 * (OSCC with IL-11) made every molecule found in that cancer a near miss. A molecule the library studies, its
 * numbered sibling (MMP-11 beside MMP-13) or a member of a family it studies stays in scope.
 */
function moleculeInPlaceBeyondLibrary(claim: Pick<ClaimToVerify, 'subject' | 'object' | 'relation'>, kb: KnowledgeBase): boolean {
  if (claim.relation !== 'associated-with') return false;
  if (!placeTypes.has(kb.entities.get(claim.subject)?.type ?? '') || !moleculeTypes.has(kb.entities.get(claim.object)?.type ?? '')) return false;
  return !subjectInScope(claim.object, kb) && !numberedSiblingHasFindings(claim.object, kb);
}

/** The library can speak to claims with this subject, whatever their object. */
function subjectInScope(subject: string, kb: KnowledgeBase): boolean {
  if (hasFindingsInScope(subject, kb)) return true;
  // A class inhibitor when the library has findings on the class (LY294002 and PI3K).
  if (classStandIns(kb.standIns(subject), (entity) => kb.ancestors(entity)).some((s) => hasFindingsInScope(s.id, kb))) return true;
  // A member of a family the library states findings on (AKT1 of Akt; a sibling's findings do not count): the library can speak to the claim, though
  // a finding on the family never supports one about a member.
  if (outcomeTypes.has(kb.entities.get(subject)?.type ?? '')) return false;
  return memberOfFamilyWithFindings(subject, kb);
}

/**
 * A claim on one of its sentence's readouts of a process (kb/inference.ts `readoutsAmong`: "E-cadherin fell
 * while vimentin rose" reads out EMT) is in scope only through its subject, as a claim on the process is.
 */
export function readoutOutOfScope(claim: Pick<ClaimToVerify, 'subject' | 'object'>, readouts: ReadonlySet<string>, kb: KnowledgeBase): boolean {
  return readouts.has(claim.object) && !subjectInScope(claim.subject, kb);
}

/** The claim's relation turned round for an opposite outcome (kb/schema.ts oppositeRelation); a route, "signals through", as inhibition. */
function invertedRelation(relation: ClaimRelation): ClaimRelation | undefined {
  return relation === 'signals-through' ? 'inhibits' : oppositeRelation(relation);
}

function verifyAs(claim: Checked, kb: KnowledgeBase): ClaimVerification {
  const matches = findMatches(claim, kb);
  const covered = matches.filter((m) => m.contextCovered);
  const supports = covered.filter((m) => m.comparison === 'supports' && m.mediatorsCovered);
  const contradictions = covered.filter((m) => m.comparison === 'contradicts');
  const minLevel = (list: Match[]): number => Math.min(...list.map((m) => m.level));

  if (contradictions.length > 0 && (supports.length === 0 || minLevel(contradictions) < minLevel(supports))) {
    return result('contradicted', null, contradictions, [], supports);
  }
  if (supports.length > 0) return result('supported', null, supports, [], contradictions);

  // The nearest facts are only for the two answers that show them; with a large library they cost more than the verdict.
  const nearest = (): Fact[] => nearestFacts(claim, kb);
  const partial = covered.filter((m) => m.comparison === 'supports' && !m.mediatorsCovered);
  // The route the claim names is reported, but in another context: "hypoxia raises IL-11 through HIF-1α"
  // holds in ATC; in MDA-MB-231 cells the library reports the effect without that route.
  const routeElsewhere = matches.filter((m) => !m.contextCovered && m.mediatorsCovered && claim.mediators.length > 0 && m.comparison === 'supports' && !isMoreGeneral(kb, ownContext(m.fact), claim.context));
  if (partial.length > 0 && routeElsewhere.length > 0) return result('unsupported', 'other-context', routeElsewhere, partial.map((m) => m.fact), []);
  if (partial.length > 0) {
    return { ...result('unsupported', 'no-evidence', [], partial.map((m) => m.fact), []), reason: 'mediators-not-reported' };
  }
  const reported = matches.filter((m) => !m.contextCovered && (m.comparison === 'supports' || m.comparison === 'contradicts'));
  // A fact stated for cancer in general neither covers a claim about OSCC nor reports it somewhere else; one on
  // another drug does, whatever its cancer ("ATF4 raises sorafenib resistance" for chemoresistance in HCC).
  const elsewhere = reported.filter((m) => m.otherTreatment || !isMoreGeneral(kb, ownContext(m.fact), claim.context));
  if (elsewhere.length > 0) return result('unsupported', 'other-context', elsewhere, nearest(), []);
  if (reported.length > 0) {
    return { ...result('unsupported', 'no-evidence', [], reported.map((m) => m.fact), []), reason: 'only-general' };
  }
  const associations = covered.filter((m) => m.comparison === 'weak');
  if (associations.length > 0) {
    return { ...result('unsupported', 'no-evidence', [], associations.map((m) => m.fact), []), reason: 'association-only' };
  }
  return result('unsupported', 'no-evidence', [], nearest(), []);
}

function result(verdict: Verdict, basis: Basis | null, evidence: Match[], nearest: Fact[], conflicting: Match[]): ClaimVerification {
  return { verdict, basis, evidence: uniqueFacts(evidence.map((m) => m.fact)), nearest: uniqueFacts(nearest), conflicting: uniqueFacts(conflicting.map((m) => m.fact)) };
}

/**
 * Resistance (sensitivity) to one treatment claimed, a finding on one drug's (kb.treatmentPhenotype, kb.drugPhenotype):
 * the same relation, in another context. The claim may name a drug or a kind of treatment ("IGF-1R lowers
 * chemosensitivity" against the finding that it lowers sensitivity to sorafenib). A finding on a kind of treatment
 * ("IGF-1 raises chemoresistance") against a claim on one drug is not this: it speaks of the drug only more generally,
 * as a finding in cancer in general does of a named cancer (issue 7, stop 30), and leaves it without evidence. A kind of
 * the other's phenotype is no other treatment: it is the family rule's.
 */
function otherTreatment(kb: KnowledgeBase, claimEntity: string, factEntity: string): boolean {
  const a = kb.treatmentPhenotype(claimEntity);
  const b = kb.drugPhenotype(factEntity);
  return a !== undefined && b !== undefined && a.kind === b.kind && a.treatment !== b.drug && !kb.isA(claimEntity, factEntity) && !kb.isA(factEntity, claimEntity);
}

function findMatches(claim: Checked, kb: KnowledgeBase): Match[] {
  const claimEffect = effectOf(claim.relation, claim.polarity, claim.undirected);
  const matches: Match[] = [];
  // A correlation has no direction: "poor prognosis is associated with IL-11" is the same finding both ways. Nor
  // has a binding between two molecules: "IL-6R binds IL-6" is the finding that IL-6 binds IL-6R (a factor bound to
  // a gene's promoter is not the gene's protein binding the factor: those stay one way).
  const symmetric = claimEffect.kind === 'association' || claimEffect.kind === 'binding';
  // (Both ways, each list is already narrowed to facts whose object the loop below can accept: same facts, same order.)
  const candidates = symmetric ? [...new Set([...kb.candidateFacts(claim.subject, claim.object), ...kb.candidateFacts(claim.object, claim.subject)])] : kb.candidateFacts(claim.subject, claim.object);
  // Whether the paper of a fact shows the route through a mediator depends on the claim and that paper alone:
  // compute it once per mediator and paper.
  const routes = new Map<string, boolean>();
  const routeShows = (mediator: string, paper: string): boolean => {
    const key = `${mediator}\u0000${paper}`;
    let shown = routes.get(key);
    if (shown === undefined) {
      shown = routeShown(kb, claim, mediator, paper);
      routes.set(key, shown);
    }
    return shown;
  };
  // A mediator no finding names is a side remark the library cannot judge (JAK where the library has none), unless it
  // is a sibling of a step the library's findings on this pair do name (issue 7, stop 47): "regorafenib induces IL-6R
  // through ATF6" beside "... through ATF4 and ATF3", "IL-11 raises invasion through STAT5" beside "through STAT3" is
  // the guideline's near miss (IL-6 where the library has IL-11) put in the route, not a remark beside a backed claim.
  let namedSteps: Set<string> | undefined;
  const siblingOfNamedStep = (mediator: string): boolean => {
    namedSteps ??= new Set(candidates.flatMap((f) => f.mediators));
    for (const step of namedSteps) if (stepSiblingOf(mediator, step, kb)) return true;
    return false;
  };
  // Cheap membership tests before the finer entity comparisons, which matter in large libraries.
  const objectFamily = kb.relatedSet(claim.object);
  const subjectFamily = kb.relatedSet(claim.subject);
  for (const fact of candidates) {
    const drugElsewhere = fact.object !== undefined && otherTreatment(kb, claim.object, fact.object);
    if (fact.object && !drugElsewhere && !objectFamily.has(fact.object) && !subjectFamily.has(fact.object)) continue;
    const forward = entityLevel(kb, claim.subject, fact.subject) >= 0 && (!fact.object || entityLevel(kb, claim.object, fact.object) >= 0);
    const swapped = symmetric && !forward && fact.object !== undefined && fact.objectAspect !== 'promoter' && entityLevel(kb, claim.object, fact.subject) >= 0 && entityLevel(kb, claim.subject, fact.object) >= 0;
    const [claimSubject, claimObject] = swapped ? [claim.object, claim.subject] : [claim.subject, claim.object];
    const subjectLevel = entityLevel(kb, claimSubject, fact.subject);
    if (subjectLevel < 0) continue;
    if (claim.targets && fact.subject !== claimSubject && kb.isA(fact.subject, claimSubject) && !claim.targets.some((t) => kb.isA(fact.subject, t))) continue;
    // A route's step speaks for the mediator it names, not for every part of a pathway named as the route
    // ("through the PI3K/Akt/GSK3β pathway" does not say that GSK3β, which Akt switches off, drives EMT).
    const derivation = (fact as DerivedFact).derivedFrom;
    // It does speak for a pathway whose every part the route names: "through PI3K and Akt" is through "the PI3K/Akt
    // pathway" (a route through IL-6 alone is not one through the IL-6/STAT3 axis).
    if (derivation?.rule === 'route-downstream' && !kb.isA(fact.subject, claimSubject) && !routeNamesPathway(kb, claimSubject, fact.subject, derivation.fact.mediators)) continue;
    // A drug's claim speaks for its target through what the library says of the target, never through another
    // drug's finding restated for a target the two share: sorafenib inducing IL-6R says nothing of lenvatinib.
    if (claim.standIn && (derivation?.rule === 'drug-target' || derivation?.rule === 'drug-class')) continue;
    if (levelAgainstRoute(claim, derivation)) continue;
    const objectLevel = drugElsewhere ? 1 : fact.object ? entityLevel(kb, claimObject, fact.object) : -1;
    if (objectLevel < 0) continue;
    const comparison = compareEffects(claimEffect, claim.negated, effectOf(fact.relation, fact.polarity));
    if (comparison === 'unrelated') continue;
    if (comparison !== 'contradicts' && levelAgainstPhosphorylation(claim, fact)) continue;
    const contextCovered = !drugElsewhere && !tissueCorrelationFromCells(kb, claim, fact) && (claim.unknownContext ? fact.context.length === 0 : contextCovers(kb, claim.context, fact.context));
    // A marker read from its process ("X induces EMT": X lowers E-cadherin) places the pair where the finding was
    // made: a claim on the marker elsewhere is reported there (other-context). In the finding's own context it
    // neither backs nor contradicts the claim: the paper may not have measured the marker ("IL-11 lowers E-cadherin
    // in thyroid cancer cells" is not the finding that IL-11 induces EMT there), and a class of markers holds both
    // directions (EMT markers: E-cadherin falls as vimentin rises).
    if (derivation?.rule === 'process-readouts' && contextCovered) continue;
    // An implied fact ranks below a stated one about the same entities.
    const derived = derivation !== undefined;
    matches.push({
      fact,
      comparison,
      level: Math.max(subjectLevel, objectLevel, derived ? 1 : 0),
      contextCovered,
      otherTreatment: drugElsewhere,
      // A mediator no finding names (JAK where the library has none) is a side remark the library cannot judge.
      mediatorsCovered: claim.mediators.every((m) => (!kb.hasFindings(m) && !siblingOfNamedStep(m)) || routeNamesStep(kb, m, fact.mediators) || routeShows(m, fact.evidence.paper)),
    });
  }
  return matches;
}

/**
 * Where verification compares a claim's aspect with a fact's (issue 7, stop 41): a claim on the partner's level
 * ("IL-11 raised IL-11Rα levels") against the restatement of a route ("IL-11 acts through IL-11Rα": IL-11 activates
 * IL-11Rα, kb/inference.ts 'route-upstream', aspect activity). Engaging a receptor or a kinase is not making more of
 * it: a paper that names the route did not measure the partner's amount, so the restatement does not back the
 * level. A finding on the level itself, and "X activates M", "X signals through M" (no aspect named), still count.
 * The same holds for a factor read from its target genes (stop 52, 'factor-targets': "hypoxia raised the HIF-1α
 * target genes" says hypoxia activates HIF-1α): the targets read out the factor's activity, and a paper that
 * measured them did not measure how much of the factor the cells make, so "hypoxia raised HIF-1α protein levels"
 * or "the expression of HIF-1α" is not backed by it.
 */
const activityOnlyRules: ReadonlySet<InferenceRule> = new Set<InferenceRule>(['route-upstream', 'factor-targets']);
function levelAgainstRoute(claim: Checked, derivation: DerivedFact['derivedFrom'] | undefined): boolean {
  return claim.objectAspect !== undefined && derivation !== undefined && activityOnlyRules.has(derivation.rule);
}

/**
 * The same for a finding on the partner's phosphorylation (issue 7, stop 42): "IL-11 raised STAT3 mRNA expression",
 * "total STAT3 protein levels rose with IL-11" against "recombinant IL-11 raised STAT3 Tyr705 phosphorylation" (an
 * amount named as expression, mRNA, transcripts or total protein; the bare "STAT3 levels" is also written of blots
 * of the active form, and still meets the finding: claims/writtenAsLevel.ts writtenAsExpression). A
 * paper that blotted the phosphorylated form measured the partner's switching on, not how much of it the cells make
 * (cytokines added to cells raise pSTAT3 and leave total STAT3 as it was), so the finding does not back the amount.
 * It still stands against a claim that the amount falls or goes with nothing ("IL-6 lowers STAT3 levels"): the
 * labels read the pair's opposite direction as a contradiction whatever form of the partner was blotted (the team's
 * near miss nm-pq10, and wave 25's half B), so only the backing is refused. A claim on the bare name ("raised STAT3",
 * "activated STAT3") or on its active form ("p-STAT3 levels": writtenAsLevel.ts) still meets the finding.
 */
function levelAgainstPhosphorylation(claim: Checked, fact: Fact): boolean {
  if (claim.objectAspect !== 'expression') return false;
  // A fact restated with another agent ("hypoxia raised pSTAT3 through IL-11": IL-11 raises it) keeps the object, and
  // the object's aspect is the stated finding's.
  const stated = statedFact(fact);
  return (fact.objectAspect ?? (stated.object === fact.object ? stated.objectAspect : undefined)) === 'phosphorylation';
}

/**
 * "MMP-9 correlated with p-STAT3 in tumour specimens": a correlation seen in patients' tissue is a finding of its
 * own; an effect shown only in cultured cells, a cell line or a kind of cells (STAT3 raising MMP-9 in MDA-MB-231 cells, IL-6
 * raising IGF-1 in HCC cells given CAFs' medium) reports the
 * pair elsewhere (other-context), not the correlation. A finding in tissue, an animal or a cancer without the dish
 * still covers it, as does any association the library states.
 */
function tissueCorrelationFromCells(kb: KnowledgeBase, claim: ClaimToVerify, fact: Fact): boolean {
  if (claim.relation !== 'associated-with' || fact.relation === 'associated-with' || !claim.context.includes('PATIENT_TISSUE')) return false;
  if (fact.context.includes('PATIENT_TISSUE')) return false;
  return madeInCells(kb, fact);
}

/**
 * The finding was made in cultured cells: a dish, a cell line, or a kind of cells. A cell type the finding is placed
 * in ("IL-6 from CAFs made HCC cells express IGF-1") is cells too, unless the finding is also in animals, or the
 * cell type is one of the pair it relates.
 */
function madeInCells(kb: KnowledgeBase, fact: Fact): boolean {
  const cells = (id: string): boolean => kb.entities.get(id)?.type === 'cell-type' && id !== fact.subject && id !== fact.object && !fact.context.includes('IN_VIVO');
  return fact.context.some((id) => id === 'CELL_CULTURE' || kb.entities.get(id)?.type === 'cell-line' || cells(id));
}

/**
 * The finding's route names a step of the claim's route (issue 7, stop 42): the step itself, a kind of it, or a
 * pathway it is part of ("through Akt" by a route through PI3K/Akt). A pathway the claim names as its route is
 * named only by a route that names it or each of its parts: one part is not the pathway ("through PI3K, Akt and
 * AP-1" is not "through the PI3K/Akt/GSK3β pathway", whose GSK3β the finding never names). The route is what the
 * claim adds to the effect, so it is read as written, more narrowly than a claim about the pathway itself
 * (the guideline's "a finding about STAT3 phosphorylation supports activation of the JAK/STAT pathway").
 */
function routeNamesStep(kb: KnowledgeBase, step: string, route: readonly string[]): boolean {
  const parts = kb.entities.get(step)?.components ?? [];
  if (route.some((m) => entityLevel(kb, step, m) >= 0 && !onlyAPartOf(kb, step, m))) return true;
  return parts.length > 0 && parts.every((part) => routeNamesStep(kb, part, route));
}

/** `entity` answers for the pathway `step` only as one of its parts (Akt for PI3K/Akt/GSK3β). */
function onlyAPartOf(kb: KnowledgeBase, step: string, entity: string): boolean {
  return entity !== step && !kb.isA(entity, step) && kb.parts(step).has(entity);
}

/** The pathway's parts (PI3K and Akt of PI3K/Akt) include the step and are all among the route's mediators. */
function routeNamesPathway(kb: KnowledgeBase, pathway: string, step: string, route: readonly string[]): boolean {
  const parts = kb.entities.get(pathway)?.components ?? [];
  return parts.includes(step) && parts.every((part) => route.includes(part));
}

/**
 * How a fact's entity relates to the claim's: 0 the same, 1 a kind of it (AKT1 for Akt) or a part of the
 * same pathway (Akt for PI3K/Akt and back, but not a part the fact's pathway switches off), -1 unrelated.
 */
export function entityLevel(kb: KnowledgeBase, claimEntity: string, factEntity: string): number {
  if (claimEntity === factEntity) return 0;
  if (kb.isA(factEntity, claimEntity)) return 1;
  if (kb.parts(claimEntity).has(factEntity)) return 1;
  // A pathway's finding speaks for its parts, but not for one it switches off (Akt switches GSK3β off), so
  // "X activates GSK3β" goes one step past "X activated Akt/GSK3β signalling" (kb/inference.ts partsSwitchedOff).
  if (kb.parts(factEntity).has(claimEntity)) return pathwaySpeaksFor(factEntity, claimEntity) ? 1 : -1;
  return -1;
}

/**
 * The fact's context covers the claim's: every context entity of the claim equals, or is an ancestor of, one
 * of the fact's (CoCl2 treatment counts as hypoxia). A finding without a context covers any claim.
 */
/**
 * The entities that name cancer in general: "solid tumours" and "carcinomas" are most of cancer, as "tumour cells"
 * are. A finding stated of cancer in general covers a claim placed in them (not one placed in a named cancer).
 */
export const genericCancer: ReadonlySet<string> = new Set(['CANCER', 'SOLID_TUMOR', 'CARCINOMA']);

export function contextCovers(kb: KnowledgeBase, claimContext: readonly string[], factContext: readonly string[]): boolean {
  if (factContext.length === 0) return true;
  // "in tumour tissues" names the tumours themselves, which the cancer context already carries; unlike an animal
  // model against a dish (IN_VIVO, CELL_CULTURE), it does not set a claim apart from findings in the cells.
  // Loops, not every/some: this runs for every fact near every claim, and the nested callbacks, closing over
  // each context entity, were the verifier's largest allocation (~40 MB of closures per 100k-word check).
  // Whether the finding names no system it was made in (asked once, only when the claim names one).
  let systemUnstated: boolean | undefined;
  for (const c of claimContext) {
    if (c === 'PATIENT_TISSUE') continue;
    if (namesLinesCancer(kb, c, claimContext)) continue;
    if (c === 'TUMOR_MICROENVIRONMENT' && inTumours(kb, factContext)) continue;
    if (isSystem(kb, c) && (systemUnstated ??= !namesSomeSystem(kb, factContext))) continue;
    let covered = false;
    for (const f of factContext) if ((covered = coversEntity(kb, f, c) || (f === 'CANCER' && genericCancer.has(c)))) break;
    if (!covered && isSystem(kb, c) && bothSystemsCovered(kb, claimContext, factContext)) continue;
    if (!covered) return false;
  }
  return true;
}

/**
 * A model a finding is made in: cells in a dish, an animal (IN_VIVO and its kinds: xenografts, PDX, mice), or tissue
 * kept outside the body (EX_VIVO: "ex vivo", explants), which is neither and covers neither.
 */
function isSystem(kb: KnowledgeBase, id: string): boolean {
  return id === 'CELL_CULTURE' || id === 'EX_VIVO' || kb.isA(id, 'IN_VIVO');
}

/**
 * "X raised Y in vitro and in vivo": a sentence that names both kinds of model reports one result shown twice, and a
 * finding made in either covers it, as a finding in one of two listed cancers would not (the cancer is the claim's
 * place; the model only how it was shown). One model named alone still counts ("in ATC xenografts in vivo" is not
 * covered by a finding in cultured ATC cells), and the finding's other context must cover the claim's as before.
 */
function bothSystemsCovered(kb: KnowledgeBase, claimContext: readonly string[], factContext: readonly string[]): boolean {
  let dish = false;
  let animal = false;
  for (const c of claimContext) {
    if (c === 'CELL_CULTURE') dish = true;
    else if (kb.isA(c, 'IN_VIVO')) animal = true;
  }
  if (!dish || !animal) return false;
  for (const c of claimContext) {
    if (!isSystem(kb, c)) continue;
    for (const f of factContext) if (coversEntity(kb, f, c)) return true;
  }
  return false;
}

/**
 * "IL-6 raised xenograft growth", "in vitro, IGF-1 promoted proliferation", "in mice": the system a claim was shown in
 * is covered by a finding that names none ("IL-6 from CAFs raised HCC cell proliferation", "IL-6 drives HCC
 * development"), which may have been made in any; only a finding made in another system (cultured cells or a cell line
 * against an animal) reports the claim elsewhere. A finding made under a drug (IL-6R and tumour growth in
 * sorafenib-treated HCC) comes from a treatment experiment whose model the abstract names elsewhere: the drug counts,
 * and it covers a claim in a model only as any context does. Only a model (cells in a dish, an animal) is such a
 * system: a database analysis ("in the TIMER2.0 dataset") is a finding of another kind.
 */
function namesSomeSystem(kb: KnowledgeBase, factContext: readonly string[]): boolean {
  for (const f of factContext) {
    const type = kb.entities.get(f)?.type;
    if (type === 'experimental-system' || type === 'cell-line' || type === 'drug' || type === 'chemical') return true;
  }
  return false;
}

/**
 * "cytokines in the tumour microenvironment activate STAT3": the microenvironment says where in a tumour, not which
 * tumour, so a finding in a cancer or in one of the microenvironment's parts (CAFs, hypoxia) covers it, as a finding in
 * a named cancer covers a claim about cancer in general; a finding only in cultured cells (a dish has no
 * microenvironment) does not.
 */
function inTumours(kb: KnowledgeBase, factContext: readonly string[]): boolean {
  if (factContext.includes('CELL_CULTURE')) return false;
  const parts = kb.parts('TUMOR_MICROENVIRONMENT');
  return factContext.some((f) => parts.has(f) || (kb.entities.get(f)?.type === 'disease' && kb.isA(f, 'CANCER')));
}

/**
 * "HCT116 colon cancer cells": the disease says which cancer the claim's cell line comes from, named more finely
 * than the lexicon files the line (HCT116 under colorectal cancer, colon cancer a kind of it). The line is the
 * claim's context; the disease adds nothing a finding in that line must also name. Only a kind of the line's own
 * cancer counts: "MDA-MB-231 colon cancer cells" names two places.
 */
function namesLinesCancer(kb: KnowledgeBase, c: string, claimContext: readonly string[]): boolean {
  if (claimContext.length < 2 || kb.entities.get(c)?.type !== 'disease') return false;
  for (const line of claimContext) {
    const entity = kb.entities.get(line);
    if (entity?.type !== 'cell-line') continue;
    for (const parent of entity.parents ?? []) if (parent !== c && kb.isA(c, parent)) return true;
  }
  return false;
}

/**
 * The fact's context entity `f` is, or stands in for, a kind of the claim's context entity `c`: by the hierarchy, or
 * by what `c` is defined as (an HCC finding is one in a liver carcinoma: entities/layers.ts, definedAs).
 */
function coversEntity(kb: KnowledgeBase, f: string, c: string): boolean {
  if (kb.isA(f, c)) return true;
  const genus = kb.layers.definedAs(c);
  if (genus && f !== c && genus.every((g) => kb.isA(f, g))) return true;
  for (const s of kb.standIns(f)) if (!s.inverted && kb.isA(s.id, c)) return true;
  return false;
}

/** A fact's context without its own participants: "hypoxia raises X in hypoxic cancer cells" is about cancer. */
function ownContext(fact: Fact): string[] {
  return fact.context.filter((id) => id !== fact.subject && id !== fact.object);
}

/**
 * Every context entity of the fact is an ancestor of one of the claim's: the fact speaks more generally. The cancers a
 * finding lists are places it was seen in, each on its own ("linked to metastasis in colorectal carcinoma, renal cell
 * carcinoma and melanoma"), as contextCovers reads them: one of them above the claim's cancer makes the finding speak
 * of it more generally, and the others do not turn that into a report from another cancer (stop 43).
 */
function isMoreGeneral(kb: KnowledgeBase, factContext: readonly string[], claimContext: readonly string[]): boolean {
  let cancers = 0;
  let cancerAbove = false;
  for (const f of factContext) {
    const above = claimContext.some((c) => kb.isA(c, f));
    if (isListedCancer(kb, f, factContext)) {
      cancers++;
      cancerAbove ||= above;
    } else if (!above) return false;
  }
  return cancers === 0 || cancerAbove;
}

/**
 * A cancer the finding lists as one of its places: a disease under cancer with no kind of it beside it in the
 * finding's context ("HER2-positive breast cancer" beside "cancer" is the place; "cancer" only says what it is, and
 * must still be above the claim's as any other context entity).
 */
function isListedCancer(kb: KnowledgeBase, id: string, factContext: readonly string[]): boolean {
  if (kb.entities.get(id)?.type !== 'disease' || !kb.isA(id, 'CANCER')) return false;
  for (const other of factContext) if (other !== id && kb.entities.get(other)?.type === 'disease' && kb.isA(other, id)) return false;
  return true;
}

/**
 * The library shows a route the claim names when the subject acts on the mediator in a context the claim
 * covers: "IL-6, via STAT3, drives tumorigenesis" with findings that IL-6 drives tumorigenesis and that IL-6
 * raises STAT3 phosphorylation. The claim's effect itself must still be a finding (the caller checks it);
 * what the route adds is that the subject reaches the mediator, which the library states. (Whether the
 * mediator then acts on the object is often unstated: a finding names the route's start, not each step.)
 */
function routeShown(kb: KnowledgeBase, claim: ClaimToVerify, mediator: string, paper: string): boolean {
  // A factor's activity read out from its target genes ("hypoxia raised the HIF-1α target genes") says the factor
  // was active, not that it carried the effect: "hypoxia raises IL-11 through HIF-1α" needs more than that readout.
  // The paper that reports the effect must say the subject reaches the mediator (issue 7, stop 42): IL-11 raising
  // STAT3 in one paper and acting through gp130 towards Akt in another are a chain of two findings no paper states
  // as one (the labelling guideline), not a route through gp130 to STAT3.
  const causalIn = (f: Fact): boolean => f.evidence.paper === paper && (f as DerivedFact).derivedFrom?.rule !== 'factor-targets' && effectOf(f.relation, f.polarity).kind === 'causal' && contextCovers(kb, claim.context, f.context);
  // A pathway named as the route is reached as a whole, or through each of its parts (routeNamesStep's rule): IL-11
  // reaching Akt does not show a route through PI3K/Akt/GSK3β.
  const reaches = (step: string): boolean => {
    if (someFactTo(kb, claim.subject, step, causalIn, (object) => !onlyAPartOf(kb, step, object))) return true;
    const parts = kb.entities.get(step)?.components ?? [];
    return parts.length > 0 && parts.every(reaches);
  };
  return reaches(mediator);
}

/** What the library reports about the claim's subject (or else its object) in the claim's own context. */
function nearestFacts(claim: ClaimToVerify, kb: KnowledgeBase): Fact[] {
  const inContext = (fact: Fact): boolean => claim.context.length === 0 || contextCovers(kb, claim.context, fact.context);
  const bySubject = firstFacts(kb.factsAboutSubject(claim.subject), 6, (f) => f.relation !== 'associated-with' && inContext(f));
  if (bySubject.length > 0) return bySubject;
  return firstFacts(kb.factsAboutObject(claim.object), 6, inContext);
}

/** Each stated fact once: implied facts are replaced by the finding they come from. */
function uniqueFacts(facts: Fact[]): Fact[] {
  return [...new Set(facts.map(statedFact))];
}
