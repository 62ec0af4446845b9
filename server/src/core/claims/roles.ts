// Decides what each entity in a stretch of a sentence is to a relation: a participant (subject or
// object), a mediator ("via gp130"), a context ("in OSCC cells", "under hypoxia"), or a modifier that
// makes a claim of its own ("IL-11-induced STAT3 phosphorylation" says IL-11 induces STAT3).
import { addingAfterNot } from '../language/chunks';
import { fusedKnockout, type EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { EntityType } from '../kb/schema';
import { organRows } from '../entities/organPhrasings';
import { asideSetting, describesFromApposition, inApposition } from './appositions';
import { exchangeNouns, isClassNoun, namesAlteredFormAt, namesOtherThingAt, namesProductsAt, otherClassNoun, otherThingOf } from './cues';
import { describesPlaceCells, nounPhraseAt, resistantCellHeads, treatedPlaceAgent } from './nounPhrases';
import { prepositionWord, scanOf } from './scan';
import { tokenAt, type Token } from './tokens';
import { determiners, participleOfChange, prepositions } from './triggers';
import { denialAsideClose } from './denialAside';
import {
  causalModifiers, classifierNouns, conditionModifiers, contextPrepositions, descriptiveModifiers, decreasingNouns, drugClassNounForms, lossOfFunctionAfter, lossOfFunctionAgainst, lossOfFunctionGerunds,
  infinitiveOpeners, invert, lossGroupWords, lossWordsAt, lossOfFunctionBefore, lossOfFunctionBeforeSpaced, lossOfFunctionPrefixes, lossOfFunctionQualifiers, lossForms, loweredAmounts, neutralChangeNouns, malignancyAdjectives, nonMalignantWords, protectionVerbs, sensitivityNouns, verbTrigger, type ClaimRelation,
} from './vocabulary';

export interface Participant {
  mention: EntityMention;
  /** The entity's function is lost (knockdown, inhibitor, neutralizing antibody): the claim is about its opposite. */
  lossOfFunction: boolean;
  /** The object is named by what removes it ("IRS-1 degradation"): the direction flips. */
  flipped: boolean;
  /** "but not MMP-3": the relation is reported absent for this object. */
  excluded: boolean;
  /**
   * The object is named after a noun of change with no direction, "alterations in X", "differences in X levels"
   * (`changeWithoutDirection`): the verb before it says that something acts on X, not which way.
   */
  unsignedChange?: boolean;
  /** "the efficacy of sorafenib": the participant stands for sensitivity to a drug, the opposite of resistance. */
  sensitivityTo: boolean;
  /**
   * A drug after a lowered noun of response, "a poor response of HCC to X" (`loweredResponseTo`): once the drug is read
   * as the resistance to it (extract.ts), the adjective turns the claim once more. Not when the drug stays a response
   * to treatment, whose bad end ("poor response") adverseOutcome.ts reads.
   */
  loweredResponse?: boolean;
  /** "the resistance of HCC cells to sorafenib": the participant stands for resistance to the drug (no flip). */
  resistanceTo?: boolean;
  /** Token index, for ordering and coordination checks. */
  index: number;
}

/** A participant named plainly by its mention at token `index`: no loss, flip, exclusion or drug sensitivity. */
export function plainParticipant(mention: EntityMention, index: number): Participant {
  return { mention, lossOfFunction: false, flipped: false, excluded: false, sensitivityTo: false, index };
}

export interface ModifierClaim {
  subject: EntityMention;
  relation: ClaimRelation;
  object: EntityMention;
}

export interface Roles {
  participants: Participant[];
  mediators: EntityMention[];
  context: EntityMention[];
  modifiers: ModifierClaim[];
}

const epidemiologyNouns = new Set(['mortality', 'death', 'deaths', 'incidence', 'burden', 'prevalence', 'patients', 'cases']);
const alwaysContext = new Set<EntityType>(['disease', 'cell-line', 'experimental-system']);
const contextWhenGoverned = new Set<EntityType>(['condition', 'drug', 'chemical', 'cell-type']);
/** Prepositions of a span of time only: a process they govern is a phase, "during EMT", "throughout tumour progression". */
const timePrepositions: ReadonlySet<string> = new Set(['during', 'throughout']);
const treatmentNouns = new Set(['treatment', 'treatments', 'exposure', 'conditions', 'condition', 'stimulation', 'culture']);
const coordinators = new Set(['and', 'or', 'nor', ',', '/', 'plus']);

/**
 * "not" after "but", or after a comma (", not X,", ", and not X,"), before the verb: what follows is ruled out. After a
 * comma, "not X alone (by itself)" rules nothing out: it says X is not enough, and X stays among the subjects.
 */
/**
 * Whether the name at i is set apart from a class by the words right before it: "factors other than IL-11", "cytokines
 * besides IL-11", "apart from (aside from) IL-11, cytokines ...", "excluding IL-11" (stop 50 "other than"; stop 51,
 * h-audit51, the others: "Apart from IL-11, cytokines promote EMT" read IL-11 as a subject of its own, supported by
 * IL-11's finding). Whether the words exclude the name or add the class to it, the claim is about the others; the
 * name takes no part in it (also lastResort.ts). "except" is read apart, as a claim denied of the name (excludedFrom).
 * The family rule's exclusion reads this same function (excludedMember.ts, stop 51, h-deny51), so the name's findings
 * do not back the class either; a place after "besides" is still no excluded setting (verify/scope.ts excludedPlaces:
 * added there, "besides" moved a held-out row).
 */
export function setApartAt(tokens: readonly Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)?.lower;
  const twoBefore = tokenAt(tokens, i - 2)?.lower;
  return (before === 'than' && twoBefore === 'other') || (before === 'from' && (twoBefore === 'apart' || twoBefore === 'aside')) || before === 'besides' || before === 'excluding' || (before === 'but' && quantifiedHeadBefore(tokens, i - 2));
}

/**
 * "All cytokines but IL-11", "every kinase but AKT1", "none of the cytokines but IL-11": "but" after a head that a word
 * of all or none quantifies means "except" (stop 51, h-deny51: IL-11 was read as the subject and its own finding
 * supported the claim). The quantifier stands right before the head, or before one word that qualifies it ("all
 * inflammatory cytokines"), or as "all of the", "none of the"; elsewhere "but" before a name is a conjunction.
 */
function quantifiedHeadBefore(tokens: readonly Token[], head: number): boolean {
  const headToken = tokenAt(tokens, head);
  if (!headToken || headToken.kind === 'punct') return false;
  for (let k = head - 1; k >= head - 2 && k >= 0; k--) {
    const word = tokens[k].lower;
    if (allOrNone.has(word)) return true;
    if ((word === 'the' || word === 'these') && tokenAt(tokens, k - 1)?.lower === 'of' && allOrNone.has(tokenAt(tokens, k - 2)?.lower ?? '')) return true;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}
const allOrNone = new Set(['all', 'every', 'none', 'no', 'each', 'any']);

function excludesAfter(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower;
  if (before === 'but') return true;
  if (!(before === ',' || (before === 'and' && tokens[i - 2]?.lower === ','))) return false;
  for (let k = i + 1; k < tokens.length && tokens[k].text !== ','; k++) if (notEnoughWords.has(tokens[k].lower)) return false;
  return true;
}
const notEnoughWords = new Set(['alone', 'itself', 'themselves', 'solely', 'only']);

/** Classifies the entities of tokens [from, to). `side` says whether the stretch is before or after the trigger. */
export function assignRoles(tokens: readonly Token[], from: number, to: number, kb: KnowledgeBase, side: 'left' | 'right', passive = false, between = false): Roles {
  const roles: Roles = { participants: [], mediators: [], context: [], modifiers: [] };
  const fallback: Participant[] = [];
  /** Processes named as a phase of time before the verb ("Throughout tumour progression, ..."): participants only when nothing else is. */
  const phases: Participant[] = [];
  let excludedFrom = Infinity;
  let asideClose = -1;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    // "MMP-2 and MMP-9 but not MMP-3", "IL-11, but not IL-6, ...": what follows is reported without the effect.
    // "not only X but also Y" adds Y to X; it excludes nothing.
    const notOnly = token.lower === 'not' && addingAfterNot.has(tokens[i + 1]?.lower ?? '');
    // (Stop 50, h-prec50: also without "but", a name set off after a comma, "IL-6, not IL-11, raised", "IL-6, and not
    // IL-11, raised": read as a second subject, the excluded name took the claim it is denied.)
    if (token.kind === 'word' && (token.lower === 'except' || (token.lower === 'not' && !notOnly && (side === 'right' || excludesAfter(tokens, i))))) {
      // After the verb, a "not" in a bounded aside of manner, time or degree sets apart only what the aside names:
      // "raised, not always to the same degree, STAT3" keeps the object after it (denialAside.ts).
      if (side === 'right' && excludedFrom === Infinity) asideClose = denialAsideClose(tokens, i);
      excludedFrom = Math.min(excludedFrom, i);
    }
    // The excluded part ends at the next comma: "IL-11, but not IL-6, increased MMP-13".
    if (token.kind === 'punct' && token.text === ',' && excludedFrom < i && (side === 'left' || i === asideClose)) excludedFrom = Infinity;
    if (token.kind !== 'entity' || !token.mention) continue;
    // "Factors other than IL-11 drive EMT": the name after "other than" is the one the phrase's members are not; it
    // takes no part in the claim (stop 50, h-prec50: read as the subject, "IL-11 drives EMT" was supported). A place
    // after it, "in all lines other than HCC cells", stays the context the verification excludes (verify/scope.ts).
    if (setApartAt(tokens, i) && !alwaysContext.has(kb.entities.get(token.mention.entityId)?.type as EntityType)) continue;
    // "IL-11, a cytokine overexpressed in OSCC, activates STAT3": the description is no part of the claim after it.
    // But "Hypoxia, a frequent occurrence in HNSCC, ...": a description making the subject a feature of a disease
    // names the claim's setting (appositions.ts settingOfDescription).
    if (describesFromApposition(tokens, i, side === 'left' ? to : from - 1)) {
      // (Also a remark on where it was studied, "IL-6, long studied in myeloma, ...": extract.ts keeps either only
      // for a claim whose clause names no setting of its own, `asideSetting`.)
      if (kb.entities.get(token.mention.entityId)?.type === 'disease' && asideSetting(tokens, i)) roles.context.push(token.mention);
      continue;
    }
    const mention = token.mention;
    const type = kb.entities.get(mention.entityId)?.type;
    const next = tokens[i + 1];
    const governor = governorOf(tokens, i, from);

    // "IRS-1-mediated signalling", "IL-6-driven signalling": the signalling is the entity's own; the entity is the participant.
    const ownSignalling = next?.hyphenBefore && next.kind === 'word' && ['mediated', 'driven', 'dependent', 'induced', 'activated'].includes(next.lower) && signallingHeads.has(tokens[i + 2]?.lower ?? '');
    // "CAF-derived factors drive X": what cells make stands for them (cues.ts producedFactors); the cells are the participant.
    const ownProducts = type === 'cell-type' && namesProductsAt(tokens, i);
    if (next?.hyphenBefore && next.kind === 'word' && !ownSignalling && !ownProducts) {
      const word = next.lower;
      // "an IL-11-independent rise in MMP-3", "in a STAT3-independent manner": the writer denies that the entity
      // drives the change; it is neither its agent nor its route (independentlyOf.ts reads the denial).
      if (word === 'independent') continue;
      if (word === 'dependent' || word === 'mediated' && side === 'right' && isFollowedByMannerWord(tokens, i + 2)) {
        roles.mediators.push(mention);
        continue;
      }
      // "the growth of MCF-7-derived spheroids", "gastric cancer-derived cells": a cell line or cancer before a word of
      // source says where what follows was taken from, the claim's setting, as "cells derived from X" would; it makes
      // nothing the claim is about (issue 7, h-w23b46: read as the line raising growth, and the claim had no setting,
      // so a finding in HCC backed growth of breast cancer spheroids). A cell type's products stand for the cells:
      // "CAF-derived IL-6" (ownProducts above).
      if (type && alwaysContext.has(type) && sourceWords.has(word)) {
        roles.context.push(mention);
        continue;
      }
      // "IL-11-treated OSCC cells raised X", "IL-6-stimulated Huh7 cells ...": on the subject side, a treatment named
      // before the cells' place is what acts (nounPhrases.ts); elsewhere "sorafenib-treated" names the cells' condition.
      const treatsPlace = side === 'left' && (conditionModifiers.has(word) || causalModifiers[word] !== undefined) && treatsPlaceAfter(tokens, i, to, kb);
      const modifierRelation = treatsPlace ? undefined : causalModifiers[word];
      if (modifierRelation) {
        // "IL-11-induced STAT3": a claim of its own. With no known head ("a CAF-derived factor"), the entity
        // only describes something the library does not know, and takes no part in the sentence's claims (save the
        // products a cell type makes, which stand for it: ownProducts above).
        const head = headAfter(tokens, i + 2, to, kb);
        if (head) roles.modifiers.push({ subject: mention, relation: head.falls ? invert(modifierRelation) : modifierRelation, object: head.mention });
        continue;
      }
      if (conditionModifiers.has(word) && !treatsPlace) {
        if (type && (contextWhenGoverned.has(type) || alwaysContext.has(type))) roles.context.push(mention);
        continue;
      }
      // "drives inflammation-associated gastric tumorigenesis": the entity says which tumorigenesis, and is no object
      // when the phrase's head is one the library knows. With no such head ("carcinogenesis-associated genes") the
      // entity is all the phrase names, and stays as it was read.
      if (descriptiveModifiers.has(word) && headAfter(tokens, i + 2, to, kb)) continue;
    }
    // "hypoxia and IL-11-induced invasion", "hypoxia- and IL-11-induced": the modifier after the second cause is
    // the first one's too, so the first is no object of the verb but a cause of the same head.
    const shared = sharedCausalModifier(tokens, i, to, kb);
    if (shared) {
      roles.modifiers.push({ subject: mention, relation: shared.relation, object: shared.head });
      continue;
    }
    if (governor === 'via' || governor === 'through' || (governor === 'of' && isRouteOf(tokens, i)) || isCauseOf(tokens, i, governor)) {
      roles.mediators.push(mention);
      continue;
    }
    // "STAT3 target genes drive invasion", "IL-6-producing cells raise X" (cues.ts otherThingHeads), "the STAT3
    // cytokine" (a class noun of another kind): a phrase whose head names something other than the entity makes
    // the entity neither the verb's subject nor, after it, its object ("hypoxia raised STAT3 target genes").
    if (namesOtherThing(tokens, i, type)) continue;
    // "A key regulator of STAT3 increased Y", "Loss of an upstream activator of IL-11 lowered Y": the subject is the other
    // molecule named by its relation to the entity (cues.ts otherThingOf), not the entity.
    if (side === 'left' && namedByRelationTo(tokens, i)) continue;
    // "Hypoxia raises IL-11 and inhibitors of invasion", "IL-11 upregulates negative regulators of STAT3": after the verb,
    // the phrase is the verb's object and names those other molecules (an inhibitor too: raised, it is no loss of the
    // entity), so the entity is no object (issue 7, stop 40: read as hypoxia raising invasion). Not a noun that is the
    // trigger itself ("X is a regulator of Y", before `from`), nor one a preposition governs ("sensitive to inhibitors of X").
    if (side === 'right' && objectNamedByRelationTo(tokens, i, from)) continue;
    // The class noun itself names no class the claim is about: "the STAT3 cytokine" is some cytokine the name
    // qualifies, "the TGF-β cytokine" TGF-β; neither is cytokines in general (cues.ts isClassNoun).
    const before = tokenAt(tokens, i - 1);
    if (before?.kind === 'entity' && !token.hyphenBefore && token.start > before.end && isClassNoun(token.lower)) continue;
    // "HepG2 cells derived from HCC": where the cells come from, not where the claim holds. But a disease a cell
    // type was taken from is where its claim holds ("CAFs isolated from gastric cancer secrete IL-6": gastric CAFs,
    // which a finding on HCC's CAFs does not cover), `cellTypeTakenFrom`.
    if (governor === 'from' && isSource(tokens, i) && !(type === 'disease' && (cellTypeTakenFrom(tokens, i, kb) || unnamedCellsTakenFrom(tokens, i)))) continue;
    // "metastatic cancer cells", "invasive tumour cells": a process named as an adjective says which cells.
    if ((type === 'process' || type === 'phenotype') && describesCells(tokens, i, kb)) continue;
    // "raised X in sorafenib-resistant HCC cells", "the invasion of STAT3-deficient OSCC cells": a name before the
    // cells' place says which cells; it takes no part in the verb's claim (nounPhrases.ts). A condition or drug there
    // stays the cells' context ("in hypoxic MDA-MB-231 cells").
    if (side === 'right' && !(type && contextWhenGoverned.has(type)) && describesPlaceCells(tokens, i, (id) => placeTypes.has(kb.entities.get(id)?.type ?? ''))) {
      // "in sorafenib-resistant HCC cells": cells kept under the drug until they resist it; the drug is their
      // condition, as in "sorafenib-treated HCC cells" (the guideline: the drug and the condition count).
      const resisted = kb.drugPhenotype(mention.entityId);
      if (resisted?.kind === 'RESISTANCE') roles.context.push({ ...mention, entityId: resisted.drug });
      continue;
    }
    // "raised X in sorafenib-resistant cells", "In lenvatinib-resistant cells, IL-6 ...": cells named by their resistance
    // alone, with no line or cancer between, are cells kept under the drug as well; the drug is their condition, never
    // a claim on the resistance (issue 7, stop 41: the swap probe's added "in sorafenib-resistant cells" came out
    // supported by findings in sensitive cells).
    // "In STAT3-deficient cells, IL-11 raises Y": a fronted place named by what its cells lack is a condition the claim
    // holds under (lostPlace.ts, the rule of a loss for a place), never an agent of the verb after it (issue 7, stop 48:
    // read as the loss of STAT3 raising Y, STAT3 lowering Y, a false contradiction). After the verb the place's own
    // readers see it ("raised Y in STAT3-deficient cells", describesPlaceCells, lostPlace.ts rule 1).
    // So too the cells named before what they lack, "In cells lacking STAT3, IL-11 raises Y" (stop 49: STAT3 and IL-11
    // were both read as lost agents, each lowering Y).
    if (side === 'left' && ((governor === 'in' && lostCellsNamed(tokens, i)) || lackingCellsOpenedByIn(tokens, i))) continue;
    const resisted = (side === 'right' || governor === 'in') ? resistantCellsDrug(tokens, i, kb) : undefined;
    if (resisted) {
      roles.context.push({ ...mention, entityId: resisted });
      continue;
    }
    // "in both non-tumour L-02 cells and HCC cells": a cell line the sentence calls normal, beside a cancer's
    // cells, is a second place (a control), as a cell type beside a cancer is; the setting is the cancer.
    if (type === 'cell-line' && markedNonMalignant(tokens, i) && coordinatedWithCancer(tokens, i, kb)) continue;
    // "in many cancers, including CRC": the named cancer is an example of the general class; the claim's setting is
    // cancer in general, which any finding in a named cancer covers (the guideline's general context).
    if (type === 'disease' && exampleOfCancerClass(tokens, i, kb)) continue;
    // "decreased under hypoxia compared with normoxia", "lower in hypoxic than in normoxic cells": the baseline of a
    // comparison is neither where the claim holds nor a participant of it (the condition the claim's setting lacks).
    if (type === 'condition' && comparedBaseline(tokens, i, from)) continue;
    // "Throughout tumour progression, X raises Y": a process or phenotype a preposition of time governs before the verb
    // says when the claim holds, never what acts (stop 52, h-misread52: the fronted phrase was read as a second subject,
    // "tumour progression raises Y"). The library has no place for a phase, so it is no context either. A condition
    // ("during hypoxia") stays the claim's context.
    // So too one an opening "In" governs, closed by a comma before the verb: "In tumour progression, X raises Y".
    // Before the verb, only beside another name: "During EMT, tumour cells gain resistance to Y" names no other agent,
    // and the phase is what the writer credits (as frames.ts during-acquire reads it), so it stays, as does the only
    // name of a clause a closing participle follows (subjects.ts closingParticipleAgents chooses among them).
    // After the verb a phase stays as read: "EMT is linked with malignant traits during cancer progression" is read as
    // EMT going with progression, which the writer means (a studied row, w5).
    // So too one a noun of a span of time governs, "In the course of gastric tumorigenesis, X raises Y", "During the
    // early stages of EMT, X ..." (`phaseNounPhrase`; issue 7, stop 54: read as tumorigenesis raising Y).
    if (side === 'left' && (type === 'process' || type === 'phenotype') && governor !== undefined && (timePrepositions.has(governor) || (governor === 'in' && opensSentenceBeforeComma(tokens, i, to)) || phaseNounPhrase(tokens, i, to))) {
      phases.push(participantAt(tokens, i, mention, type, governor, kb, side, from, to, excludedFrom));
      continue;
    }
    // "At the onset of hypoxia, X raises Y", "In the setting of hypoxia, ...": a condition in such a phrase is the
    // claim's context, as "during hypoxia" is (contextPrepositions), never its agent.
    if (side === 'left' && type === 'condition' && governor !== undefined && phaseNounPhrase(tokens, i, to)) {
      roles.context.push(mention);
      continue;
    }
    if (type && alwaysContext.has(type)) {
      roles.context.push(mention);
      if (!governor || !contextPrepositions.has(governor)) fallback.push(participantAt(tokens, i, mention, type, governor, kb, side, from, to, excludedFrom));
      continue;
    }
    // "Deletion of IL-6 in macrophages accelerates HCC": the cells the loss was made in, not the claim's setting.
    if (type === 'cell-type' && governor === 'in' && lossCompartment(tokens, i, kb)) continue;
    if (type && contextWhenGoverned.has(type) && isContextual(tokens, i, governor, mention, side)) {
      // "in hepatocytes and HCC cells": a cell type beside a cancer or cell line is a second place, not a narrower
      // one; the claim's setting is the cancer (a list of places is read as all at once, so it stays out).
      if (type !== 'cell-type' || !coordinatedWithPlace(tokens, i, kb)) roles.context.push(mention);
      continue;
    }
    // "IL-11 drives fibroblasts to ...", "X acts on progenitor cells": the library holds no findings on a cell type
    // of the lexicon, so as an object it could only add a claim nothing can judge beside the one the sentence
    // makes (recognised and shown on hover, it is read as a subject or as the cells a claim holds in).
    // "The proliferation of colonic epithelial cells is raised by X": before the verb too, the cells whose process
    // is named are the claim's place (only after a process: "secretion of X by fibroblasts" names a source).
    // "X protects cortical neurons against apoptosis": the cells a verb of protection shields are where the harm is
    // held back, as "X lowers apoptosis in cortical neurons" says (issue 7, h-w23b46: no setting was read, so a finding
    // in HCC backed protection of neurons). Either side: the anchored reader takes the whole sentence's places.
    if (type === 'cell-type' && !kb.inLibrary(mention.entityId) && shieldedCells(tokens, i, from)) {
      if (!coordinatedWithPlace(tokens, i, kb)) roles.context.push(mention);
      continue;
    }
    if (type === 'cell-type' && side === 'left' && governor === 'of' && !kb.inLibrary(mention.entityId) && processOfCells(tokens, i, kb) && !coordinatedWithPlace(tokens, i, kb)) {
      roles.context.push(mention);
      continue;
    }
    if (type === 'cell-type' && side === 'right' && !kb.inLibrary(mention.entityId)) {
      // "the invasion of prostate epithelial cells", "proliferation of colonic epithelial cells": the cells whose
      // process the verb changes are where the claim holds, as "in" them would say; a finding in another place
      // does not cover it (the guideline's other context).
      if (governor === 'of' && !coordinatedWithPlace(tokens, i, kb)) roles.context.push(mention);
      continue;
    }
    // "X promotes invasion in the absence (presence) of STAT3", "regardless of STAT3": a molecule names a condition
    // the claim holds under, not its partner or its route; in the absence, the writer says it is not needed (issue 7,
    // stop 48: read as X promoting STAT3, backed by a finding that X raises STAT3 phosphorylation).
    const condition = governor === 'of' ? conditionOf(tokens, i) : governor === 'without' && frontedWithout(tokens, i) ? 'absence' : undefined;
    if (condition) {
      // ("in the presence of hypoxia": a condition the lexicon files as one is the claim's setting.)
      if (condition === 'presence' && type === 'condition') roles.context.push(mention);
      continue;
    }
    // "more strongly than IL-6": the other term of a comparison is not a participant of the claim.
    if (governor === 'than') continue;
    if (governor === 'between' && side === 'right' && !between) {
      // "mediates crosstalk between tumour cells and CAFs": the pair qualifies a noun the library does not know.
      continue;
    }
    if (governor === 'by' && side === 'right' && !passive && !tokens[i - 1]?.lower.endsWith('ing')) {
      // "increased invasion by hypoxic cells": an agent phrase inside an object is not an object.
      continue;
    }
    roles.participants.push(participantAt(tokens, i, mention, type, governor, kb, side, from, to, excludedFrom));
  }
  // (A place read as a participant, "tumour cells show ...", is no other agent.)
  if (phases.length > 0 && roles.participants.every((p) => placeTypes.has(kb.entities.get(p.mention.entityId)?.type ?? ''))) roles.participants = [...phases, ...roles.participants].sort((a, b) => a.index - b.index);
  if (roles.participants.length > 1) {
    // "EMT regulators such as ZEB1 and Twist1": the classifier names a group; its members are the participants.
    const members = roles.participants.filter((p) => !classifierNouns.has(tokens[p.index + 1]?.lower ?? ''));
    if (members.length > 0) roles.participants = members;
  }
  if (roles.participants.length === 0 && side === 'right') {
    // "IL-6 promotes HCC": with nothing else to act on, the disease itself is the object, provided it is what
    // the verb governs directly (not "tumor" in "PD-1 on tumor-infiltrating T cells").
    // Nor a disease that only qualifies a count: "a major cause of breast cancer mortality".
    // Only determiners before it: read from `from` and stopped at the first other token, not a copy of the stretch
    // per entity (quadratic in a long run of disease names).
    const onlyDeterminersBefore = (index: number): boolean => {
      for (let k = from; k < index; k++) if (!(tokens[k].kind === 'word' && determiners.has(tokens[k].lower))) return false;
      return true;
    };
    // Nor a disease that qualifies another head noun: "promotes cancer hallmark capabilities", "tumour stemness
    // traits" name something the library does not know, not the disease (`qualifiesOtherHead`).
    const direct = fallback.filter((p) => !tokens[p.index].hyphenAfter && !epidemiologyNouns.has(tokens[p.index + 1]?.lower ?? '') && onlyDeterminersBefore(p.index) && !qualifiesOtherHead(tokens, p.index));
    for (const participant of direct) roles.participants.push(participant);
    if (direct.length > 0) {
      const objects = new Set(direct.map((p) => p.mention));
      roles.context = roles.context.filter((c) => !objects.has(c));
    }
  }
  return roles;
}

/**
 * Heads after a disease's name that name the disease itself or its course ("HCC development", "tumour formation",
 * "cancer onset"): the disease stays the object. Any other word heading the phrase ("cancer hallmark capabilities",
 * "tumour stemness traits", "cancer cell plasticity") is the thing the verb acts on, which the library does not know.
 */
const diseaseCourseHeads = new Set(['development', 'progression', 'formation', 'initiation', 'onset', 'occurrence', 'growth', 'outgrowth', 'recurrence', 'relapse', 'pathogenesis', 'aggressiveness', 'spread', 'advancement', 'evolution']);

/** The disease at `i` premodifies a head word of its noun phrase that is not its own course (see diseaseCourseHeads). */
function qualifiesOtherHead(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  if (after?.kind !== 'word' || after.hyphenBefore) return false;
  const head = nounPhraseAt(tokens, i).head;
  return head > i && tokens[head].kind === 'word' && !diseaseCourseHeads.has(tokens[head].lower);
}

/**
 * Whether the words right after the entity at `i` are one run of cues.ts otherThingHeads ("STAT3 target genes"), or
 * a class noun the lexicon knows that is not of the entity's own class (cues.ts classHeads: "the STAT3 cytokine", a
 * transcription factor before a cytokine; "the IL-11 cytokine" lost its class noun's mention in mentionSenses.ts), or
 * an altered form not named as a loss (cues.ts namesAlteredFormAt: "STAT3 double mutant cells").
 */
export function namesOtherThing(tokens: readonly Token[], i: number, type: string | undefined): boolean {
  const next = tokens[i + 1];
  if (next?.kind === 'entity' && !next.hyphenBefore && next.start > tokens[i].end && otherClassNoun(next.lower, type)) return true;
  // "STAT3 double mutant cells": an altered form, unless a loss form names it ("a dominant-negative STAT3 mutant").
  if (namesAlteredFormAt(tokens, i) && !lossOfFunctionAt(tokens, i)) return true;
  return namesOtherThingAt(tokens, i);
}

/** The nearest preposition that governs the entity at `i`, looking back across its noun phrase (not before `from`). */
/** Words that name the other term of a comparison before "to" / "with": "compared with", "relative to", "in comparison with". */
const comparedWords = new Set(['compared', 'relative', 'comparison', 'contrast']);

/**
 * Whether the entity at `i` is what a comparison is made against: governed by "than", "versus", or by "to" / "with"
 * after "compared" ("relative to", "in comparison with"), also with a place preposition between ("than under normoxia",
 * "compared to in normoxia").
 */
function comparedBaseline(tokens: readonly Token[], i: number, from: number): boolean {
  const k = scanOf(tokens).governorIndex[i];
  if (k < from || k < 0) return false;
  const word = prepositionWord(tokens, k);
  if (word === 'than' || word === 'versus' || word === 'vs') return true;
  const before = tokens[k - 1]?.lower ?? '';
  if ((word === 'to' || word === 'with') && comparedWords.has(before)) return true;
  if ((word === 'under' || word === 'in') && (before === 'than' || before === 'versus' || ((before === 'to' || before === 'with') && comparedWords.has(tokens[k - 2]?.lower ?? '')))) return true;
  return false;
}

export function governorOf(tokens: readonly Token[], i: number, from: number): string | undefined {
  const k = scanOf(tokens).governorIndex[i];
  // A preposition inside a description governs nothing after it: "The main source of IL-6 in the tumour, CAFs, ...",
  // CAFs is the name the description is given, not one more place in the tumour (appositions.ts namedDescription).
  if (k >= from && inApposition(tokens, k) && !inApposition(tokens, i)) return undefined;
  return k >= from ? prepositionWord(tokens, k) : undefined;
}

/**
 * "through phosphorylation of STAT3", "via the suppression of ERK": an event of an entity named after "via" or
 * "through" is the route of the claim, so the entity is a mediator, not an object.
 */
function isRouteOf(tokens: readonly Token[], i: number): boolean {
  const of = scanOf(tokens).governorIndex[i];
  let k = of - 1;
  while (k >= 0 && tokens[k].kind === 'word' && (determiners.has(tokens[k].lower) || /ly$/.test(tokens[k].lower))) k--;
  if (k < 0 || tokens[k].kind !== 'word' || !routeNouns.has(tokens[k].lower)) return false;
  k--;
  while (k >= 0 && tokens[k].kind === 'word' && (determiners.has(tokens[k].lower) || /ly$/.test(tokens[k].lower) || tokens[k].lower === 'subsequent' || tokens[k].lower === 'enhanced' || tokens[k].lower === 'increased' || tokens[k].lower === 'reduced')) k--;
  return k >= 0 && (tokens[k].lower === 'via' || tokens[k].lower === 'through');
}

/** The relation and head of "<this> and <entity>-induced <head>", if the entity after the coordinator carries one. */
function sharedCausalModifier(tokens: readonly Token[], i: number, to: number, kb: KnowledgeBase): { relation: ClaimRelation; head: EntityMention } | undefined {
  const and = tokens[i + 1];
  const second = tokens[i + 2];
  const modifier = tokens[i + 3];
  if (and?.kind !== 'word' || (and.lower !== 'and' && and.lower !== 'or') || second?.kind !== 'entity' || !modifier?.hyphenBefore) return undefined;
  const relation = causalModifiers[modifier.lower];
  const head = relation ? headAfter(tokens, i + 4, to, kb) : undefined;
  return relation && head ? { relation: head.falls ? invert(relation) : relation, head: head.mention } : undefined;
}

/**
 * The entity at `i` as a participant of the roles read over [.., to) (assignRoles), made only where it is kept as
 * one (a participant or a fallback object): most entities of a sentence are its context ("in HCC cells"), for
 * which the loss-of-function and flip tests were worked out and dropped, at every stretch roles are assigned over
 * (issue 10). A function of its own, not a closure made for every entity of every stretch read.
 */
function participantAt(tokens: readonly Token[], i: number, mention: EntityMention, type: EntityType | undefined, governor: string | undefined, kb: KnowledgeBase, side: 'left' | 'right', from: number, to: number, excludedFrom: number): Participant {
  return {
    mention,
    // "Decreased levels of X raised Y": a subject named by its lowered amount is its loss (vocabulary.ts loweredAmounts).
    lossOfFunction: hasLossOfFunction(tokens, i, governor) || (side === 'left' && loweredAmountOf(tokens, i, from)),
    // "resistance to apoptosis" is less apoptosis; resistance to a drug is an outcome of its own (drugOutcome.ts).
    // Not for the verb right after it: in "resistance to apoptosis induced by X", X induces apoptosis.
    loweredResponse: (type === 'drug' || type === 'chemical') && loweredResponseTo(tokens, i),
    flipped: isFlipped(tokens, i, kb) || (type === 'process' && resisted(tokens, i) && !(side === 'left' && to === i + 1 && /(?:ed|en)$/.test(tokens[i + 1]?.lower ?? ''))),
    excluded: i > excludedFrom,
    unsignedChange: side === 'right' && changeWithoutDirection(tokens, i, kb),
    sensitivityTo: (type === 'drug' || type === 'chemical') && ((governor === 'of' && sensitivityNouns.has(wordBefore(tokens, i, 'of') ?? '')) || (governor === 'to' && sensitivityTo(tokens, i))),
    resistanceTo: (type === 'drug' || type === 'chemical') && governor === 'to' && resistanceOfTo(tokens, i),
    index: i,
  };
}

/**
 * "X knockdown lowered invasion due to reduced Y", "... because of a fall in Y": the phrase after the cue names
 * why the effect happened, so Y is the route, not a second object of the verb (read as one, the loss of X was
 * inverted once and the fall of Y once more, and the claim came out turned round).
 */
/**
 * "Even without STAT3, IL-11 raises Y": "without" opening the sentence, its phrase closed by a comma right after the
 * name, names the condition, as "in the absence of" does (issue 7, stop 48: STAT3 was read as a member of the subject
 * list, STAT3 raising Y, a false contradiction). "Cells without STAT3 showed ..." is a place that lacks it (lostPlace.ts).
 */
function frontedWithout(tokens: readonly Token[], i: number): boolean {
  const k = scanOf(tokens).governorIndex[i];
  const opens = k === 0 || (k === 1 && tokens[0].kind === 'word' && ['even', 'but', 'yet'].includes(tokens[0].lower));
  return opens && tokens[i + 1]?.text === ',';
}

const degreeOfAbsence = new Set(['complete', 'total', 'relative', 'continued', 'near', 'virtual']);

/** Which condition word the entity at `i` follows: "in the (complete) absence (presence) of", "regardless (irrespective) of", past an article. */
function conditionOf(tokens: readonly Token[], i: number): 'absence' | 'presence' | 'regardless' | undefined {
  let k = scanOf(tokens).governorIndex[i] - 1;
  while (k >= 0 && tokens[k].kind === 'word' && determiners.has(tokens[k].lower)) k--;
  const noun = tokenAt(tokens, k)?.lower ?? '';
  if (noun === 'regardless' || noun === 'irrespective') return 'regardless';
  if (noun !== 'absence' && noun !== 'presence') return undefined;
  let b = k - 1;
  while (b >= 0 && tokens[b].kind === 'word' && (determiners.has(tokens[b].lower) || /ly$/.test(tokens[b].lower) || degreeOfAbsence.has(tokens[b].lower))) b--;
  return tokenAt(tokens, b)?.lower === 'in' ? noun : undefined;
}

function isCauseOf(tokens: readonly Token[], i: number, governor: string | undefined): boolean {
  if (governor !== 'to' && governor !== 'of' && governor !== 'in') return false;
  let k = scanOf(tokens).governorIndex[i];
  // "because of a reduction in Y": the change noun and its article stand between the cue and Y.
  const changed = (governor === 'of' || governor === 'in') && causeChangeNouns.has(tokenAt(tokens, k - 1)?.lower ?? '');
  if (changed) {
    k -= 2;
    while (k >= 0 && tokens[k].kind === 'word' && determiners.has(tokens[k].lower)) k--;
  }
  const preposition = tokenAt(tokens, k)?.lower;
  // "X lowered Y through a reduction in Z": the change of Z is the route, not a second object of the verb ("of"
  // after a route noun is isRouteOf's).
  if (changed && governor === 'in' && (preposition === 'through' || preposition === 'via')) return true;
  const cue = tokenAt(tokens, k - 1)?.lower ?? '';
  if (preposition === 'to') return causeBeforeTo.has(cue);
  return preposition === 'of' && (cue === 'because' || (cue === 'result' && tokenAt(tokens, k - 2)?.lower === 'a' && tokenAt(tokens, k - 3)?.lower === 'as'));
}
const causeBeforeTo = new Set(['due', 'owing', 'thanks']);
const causeChangeNouns = new Set(['reduction', 'decrease', 'decline', 'fall', 'drop', 'loss', 'increase', 'rise', 'elevation', 'upregulation', 'downregulation', 'induction', 'suppression', 'inhibition', 'activation']);

const routeNouns = new Set([
  'phosphorylation', 'activation', 'induction', 'upregulation', 'up-regulation', 'downregulation', 'down-regulation', 'suppression',
  'inhibition', 'repression', 'dephosphorylation', 'stimulation', 'expression', 'secretion', 'production', 'release', 'engagement',
  'recruitment', 'degradation', 'stabilization', 'stabilisation', 'blockade', 'modulation', 'regulation', 'signalling', 'signaling',
]);

/**
 * "X protects cortical neurons against Y", "X shielded the hepatocytes from Y": the cells right after a verb of
 * protection (a few words between, no name), with what is held back after "from" or "against" a word or two later.
 */
function shieldedCells(tokens: readonly Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && k > i - 4 && tokens[k].kind === 'word' && !protectionVerbs.test(tokens[k].lower)) k--;
  if (k < Math.max(0, from - 1) || tokens[k].kind !== 'word' || !protectionVerbs.test(tokens[k].lower)) return false;
  let after = i + 1;
  while (after < tokens.length && after <= i + 2 && tokens[after].kind === 'word' && !heldBackFrom.has(tokens[after].lower)) after++;
  return heldBackFrom.has(tokenAt(tokens, after)?.lower ?? '');
}
const heldBackFrom = new Set(['from', 'against']);

const sourceWords = new Set(['derived', 'isolated', 'obtained', 'originating', 'originated', 'established', 'collected', 'cloned', 'generated']);

function isSource(tokens: readonly Token[], i: number): boolean {
  let k = scanOf(tokens).governorIndex[i] - 1;
  while (k >= 0 && tokens[k].kind === 'word' && /ly$/.test(tokens[k].lower)) k--;
  return k >= 0 && sourceWords.has(tokens[k].lower);
}

/**
 * "CAFs isolated from X", "fibroblasts derived from X": the source word right after a cell type; or a fronted
 * source clause, "(When) isolated from X, CAFs ...", whose cells are the first name after its comma.
 */
function cellTypeTakenFrom(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  let k = scanOf(tokens).governorIndex[i] - 1;
  while (k >= 0 && tokens[k].kind === 'word' && /ly$/.test(tokens[k].lower)) k--;
  const isCellType = (token: Token | undefined): boolean => token?.kind === 'entity' && kb.entities.get(token.mention?.entityId ?? '')?.type === 'cell-type';
  if (isCellType(tokens[k - 1])) return true;
  if (!(k === 0 || (k === 1 && frontedSourceOpeners.has(tokens[0].lower)))) return false;
  let comma = i + 1;
  while (comma < tokens.length && tokens[comma].text !== ',') comma++;
  let head = comma + 1;
  while (head < tokens.length && tokens[head].kind === 'word' && determiners.has(tokens[head].lower)) head++;
  return comma < tokens.length && isCellType(tokens[head]);
}
const frontedSourceOpeners = new Set(['when', 'once', 'if', 'after']);

/**
 * "cells isolated from gastric tumours", "organoids derived from colorectal cancer": cells no name says which, taken
 * from the disease, are that disease's cells, where the claim holds (stop 49: the disease was dropped as a mere source
 * and a finding in MDA-MB-231 cells covered the claim). A named line before the cells ("HepG2 cells derived from HCC")
 * is the place, and its source stays out.
 */
function unnamedCellsTakenFrom(tokens: readonly Token[], i: number): boolean {
  let k = scanOf(tokens).governorIndex[i] - 1;
  while (k >= 0 && tokens[k].kind === 'word' && /ly$/.test(tokens[k].lower)) k--;
  const cells = tokens[k - 1];
  const namer = tokens[k - 2];
  // ("tumour cells derived from gastric cancer": the generic word names no place either.)
  return cells?.kind === 'word' && unnamedCellNouns.has(cells.lower) && (namer?.kind !== 'entity' || genericCellNamers.has(namer.mention?.entityId ?? '')) && !cells.hyphenBefore;
}
const unnamedCellNouns = new Set(['cells', 'organoids', 'spheroids', 'cultures']);
const genericCellNamers = new Set(['CANCER', 'SOLID_TUMOR']);

/** "cells treated with sorafenib": the drug is a condition of the cells. */
const treatedWords = new Set(['treated', 'incubated', 'exposed', 'cultured', 'stimulated', 'combined', 'pretreated', 'challenged', 'combination']);
/** "cells exposed to X", "mice subjected to X": the participle before "to" that makes X the cells' condition. */
const exposedWords = new Set(['exposed', 'subjected', 're-exposed', 'reexposed']);
const partnerWords = new Set(['combined', 'combination']);
/**
 * "cells treated with X", "cells exposed to X": X is what was done to the cells (extract.ts makes it the cause of a
 * change reported in them when the verb names no agent of its own).
 */
export function treatmentOfCells(tokens: readonly Token[], i: number): boolean {
  const governor = governorOf(tokens, i, 0);
  // Not "combined with X", "in combination with X": a partner of another agent, not the cells' treatment.
  if (governor === 'with') return treatedWords.has(wordBefore(tokens, i, 'with') ?? '') && !partnerWords.has(wordBefore(tokens, i, 'with') ?? '');
  return governor === 'to' && exposedWords.has(wordBefore(tokens, i, 'to') ?? '');
}
/** "Treatment with cobalt chloride elevated IL-11": at the head of a subject, the drug is the agent. */
const treatmentNounsBeforeWith = new Set(['treatment', 'treating', 'incubation', 'exposure', 'stimulation', 'cotreatment', 'co-treatment', 'pretreatment']);

function isContextual(tokens: readonly Token[], i: number, governor: string | undefined, mention: EntityMention, side: 'left' | 'right'): boolean {
  if (governor === 'with') {
    const before = wordBefore(tokens, i, 'with') ?? '';
    return treatedWords.has(before) || (side === 'right' && treatmentNounsBeforeWith.has(before));
  }
  // "cells exposed to gefitinib", "cells subjected to hypoxia": the condition of the cells, as "treated with" is.
  if (governor === 'to' && exposedWords.has(wordBefore(tokens, i, 'to') ?? '')) return true;
  // "Interplay among fibroblasts and tumour cells drives Y": the partners of an exchange (cues.ts exchangeNouns), not
  // a population the claim holds in, as after "between".
  if (governor === 'among' && partnerOfExchange(tokens, i)) return false;
  if (governor && contextPrepositions.has(governor) && governor !== 'after' || governor === 'after' && isTreatment(tokens, i)) return true;
  // Adjectives of conditions: "hypoxic MDA-MB-231 cells".
  if (/ic$/i.test(mention.text) && tokens[i + 1]?.kind !== undefined && tokens[i + 1].kind !== 'punct') return true;
  return isTreatment(tokens, i) && !!governor;
}

/**
 * Whether the preposition governing the name at `i` is the sentence's first word and a comma closes its phrase before
 * `to` (the verb's subject side ends there): "In tumour progression, X ...".
 */
function opensSentenceBeforeComma(tokens: readonly Token[], i: number, to: number, opener = scanOf(tokens).governorIndex[i]): boolean {
  if (opener !== 0) return false;
  for (let k = i + 1; k < to; k++) if (tokens[k].kind === 'punct') return tokens[k].text === ',';
  return false;
}

/** Nouns of a span or phase of time: "the course of", "the early stages of", "the onset of", "the context of". */
const phaseNouns = new Set(['course', 'stage', 'stages', 'phase', 'phases', 'onset', 'process', 'context', 'setting', 'period', 'time', 'times', 'step', 'steps', 'era']);
/** Prepositions that open a phrase of a span of time: "in (over, at, during, throughout) the course of". */
const phaseOpeners = new Set(['in', 'over', 'at', 'during', 'throughout', 'within']);

/**
 * The name at `i` is governed by "of" after a noun of a span of time that a preposition of time or place opens, "In
 * the course of tumorigenesis, X ...", "During the early stages of EMT, X ...": the phrase says when the claim holds,
 * as "during tumorigenesis" does. "During" and "throughout" anywhere before the verb; "in", "over", "at", "within"
 * only when they open the sentence and a comma closes the phrase before the verb ("in the process of EMT" elsewhere
 * may be what a verb is said of).
 */
function phaseNounPhrase(tokens: readonly Token[], i: number, to: number): boolean {
  const of = scanOf(tokens).governorIndex[i];
  if (of < 1 || tokens[of].lower !== 'of' || !phaseNouns.has(tokens[of - 1].lower)) return false;
  let k = of - 2;
  // Its determiner and up to three describing words: "the very early stages", "this late phase".
  while (k >= 0 && k >= of - 5 && tokens[k].kind === 'word' && !phaseOpeners.has(tokens[k].lower) && /^[a-z-]+$/.test(tokens[k].lower)) k--;
  if (k < 0 || !phaseOpeners.has(tokens[k].lower)) return false;
  if (timePrepositions.has(tokens[k].lower)) return true;
  return opensSentenceBeforeComma(tokens, i, to, k);
}

/** The name at `i` follows "among" (a few words of its phrase between) right after an exchange noun: "interplay among heterotypic fibroblasts". */
function partnerOfExchange(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 4 && tokens[k]?.kind === 'word' && tokens[k].lower !== 'among' && /^[a-z-]+$/.test(tokens[k].lower)) k--;
  return tokens[k]?.lower === 'among' && exchangeNouns.nouns.has(tokens[k - 1]?.lower ?? '');
}

/** The cell type at `i` follows "of" after a process or phenotype: "the migration of (normal) hepatocytes". */
function processOfCells(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  let k = i - 1;
  while (k > i - 4 && tokens[k]?.kind === 'word' && (placeDescribers.has(tokens[k].lower) || nonMalignantWords.has(tokens[k].lower) || determiners.has(tokens[k].lower))) k--;
  if (tokens[k]?.lower !== 'of') return false;
  const before = tokens[k - 1];
  const type = before?.kind === 'entity' && before.mention ? kb.entities.get(before.mention.entityId)?.type : undefined;
  return type === 'process' || type === 'phenotype';
}

/** The entity at `i` and a cancer or cell line are joined by "and"/"or", a few describing words apart. */
function coordinatedWithPlace(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  const isPlace = (k: number): boolean => {
    const token = tokens[k];
    const type = token?.kind === 'entity' && token.mention ? kb.entities.get(token.mention.entityId)?.type : undefined;
    return type !== undefined && alwaysContext.has(type);
  };
  const joins = (k: number): boolean => tokens[k]?.kind === 'word' && (tokens[k].lower === 'and' || tokens[k].lower === 'or');
  // After: "hepatocytes and (human, normal ...) HCC cells"; before: "HCC (cells) and (normal) hepatocytes".
  if (joins(i + 1)) {
    let k = i + 2;
    while (k < i + 5 && tokens[k]?.kind === 'word' && (placeDescribers.has(tokens[k].lower) || determiners.has(tokens[k].lower))) k++;
    return isPlace(k);
  }
  let k = i - 1;
  while (k > i - 4 && tokens[k]?.kind === 'word' && (placeDescribers.has(tokens[k].lower) || determiners.has(tokens[k].lower))) k--;
  if (!joins(k)) return false;
  // "on both malignant and stromal cells": the adjective of malignancy names the tumour's own cells, the head shared
  // with the cell type after it; the stroma beside them is the tumour's, no narrower place (issue 7, stop 48).
  return isPlace(k - 1) || (cellWords.has(tokens[k - 1]?.lower ?? '') && isPlace(k - 2)) || malignancyAdjectives.has(tokens[k - 1]?.lower ?? '');
}

/** The cell line at `i` is called non-malignant by the word (or "non-" and a tumour word) right before it, past "human". */
function markedNonMalignant(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.lower === 'human') k--;
  const token = tokens[k];
  if (!token) return false;
  if (token.kind === 'word') return nonMalignantWords.has(token.lower);
  // "non-tumor": the tumour word is recognised as the disease, with "non" before its hyphen.
  return token.kind === 'entity' && token.hyphenBefore && tokens[k - 1]?.lower === 'non';
}

/** The entities that name cancer as a class (verify.ts genericCancer): "cancers", "solid tumours", "carcinomas". */
export const cancerClassIds: ReadonlySet<string> = new Set(['CANCER', 'SOLID_TUMOR', 'CARCINOMA']);
/** Words that open examples of a class: "cancers including HCC", "tumours like HCC", "particularly HCC". */
const exampleOpeners = new Set(['including', 'like', 'especially', 'particularly', 'notably', 'incl']);
/**
 * Words that describe an example without making it another kind of place: "including human HNSCC", "such as
 * primary HCC" (issue 7, stop 52: "human" before the example stopped the walk back, and the named cancer became the
 * claim's setting).
 */
const exampleDescribers = new Set(['human', 'primary']);

/**
 * Back from the word at `k` over a short "of" phrase of plain words after the class noun, "cancers of epithelial
 * origin, including HNSCC", "tumours of diverse origins such as HCC": the class's own description, which leaves it a
 * class (issue 7, stop 52). Only words the lexicon does not know: "cancers of the liver" names an organ, and an entity
 * inside the phrase ends the walk where it was.
 */
function pastOfPhrase(tokens: readonly Token[], k: number): number {
  for (let j = k; j >= 0 && k - j < 3; j--) {
    if (tokens[j]?.kind !== 'word') return k;
    if (tokens[j].lower === 'of') return j === k ? k : j - 1;
  }
  return k;
}

/** Class nouns after "cancer" that make it many kinds: "many cancer types including HCC". */
const kindNouns = new Set(['types', 'kinds', 'entities', 'forms']);

/**
 * The disease at `i` is one of a list of examples of cancer as a class: "in a variety of human cancers, including
 * PDAC", "across many tumour types such as HCC and CRC", "in several malignancies (e.g., OSCC)". The class is the
 * claim's setting; its examples are not a narrower one. The class must be plural ("cancers", "tumour types"): "in
 * cancer, including its stroma" says nothing of kinds.
 */
function exampleOfCancerClass(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  let k = i - 1;
  // Back over the list's other members, their brackets, commas and conjunctions: "including CRC (colorectal cancer), HCC and".
  for (; k >= 0 && i - k < 24; k--) {
    const token = tokens[k];
    if (token.kind === 'entity' && token.mention && !cancerClassIds.has(token.mention.entityId) && kb.entities.get(token.mention.entityId)?.type === 'disease') continue;
    if (token.kind === 'punct' && (token.text === ',' || token.text === '(' || token.text === ')')) continue;
    if (token.kind === 'word' && (token.lower === 'and' || token.lower === 'or' || token.lower === 'the' || exampleDescribers.has(token.lower))) continue;
    break;
  }
  if (tokens[k]?.kind === 'word' && exampleOpeners.has(tokens[k].lower)) k--;
  else if (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such') k -= 2;
  else if (tokens[k]?.lower === 'g' && tokens[k - 1]?.lower === 'e') k -= 2;
  else return false;
  while (tokens[k]?.kind === 'punct' && (tokens[k].text === ',' || tokens[k].text === '(')) k--;
  k = pastOfPhrase(tokens, k);
  const kinds = tokens[k]?.kind === 'word' && kindNouns.has(tokens[k].lower);
  if (kinds) k--;
  const head = tokens[k];
  return head?.kind === 'entity' && head.mention !== undefined && cancerClassIds.has(head.mention.entityId) && (kinds || /s$/i.test(head.text));
}

/** The cell line at `i` and a cancer's place are joined by "and": "L-02 cells and HCC cells", "HCC cells and normal L-02 cells". */
function coordinatedWithCancer(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  const isCancerPlace = (k: number): boolean => {
    const token = tokens[k];
    if (token?.kind !== 'entity' || !token.mention) return false;
    const entity = kb.entities.get(token.mention.entityId);
    return entity?.type === 'disease' || (entity?.type === 'cell-line' && !markedNonMalignant(tokens, k));
  };
  // Past the line's noun phrase: "L-02 cells", "L-02 cell line", "the normal hepatocyte line L-02" (nounPhrases.ts).
  let k = Math.max(i + 1, nounPhraseAt(tokens, i).to);
  if (tokens[k]?.lower === 'and') {
    k++;
    while (k < i + 8 && tokens[k]?.kind === 'word' && (placeDescribers.has(tokens[k].lower) || determiners.has(tokens[k].lower))) k++;
    return isCancerPlace(k);
  }
  // Before: skip the marker ("normal", "non-tumor") and "human", then "and", then the cancer's cells.
  k = i - 1;
  while (k > i - 5 && tokens[k] && (tokens[k].kind === 'word' ? nonMalignantWords.has(tokens[k].lower) || tokens[k].lower === 'human' || tokens[k].lower === 'non' || tokens[k].lower === 'in' : tokens[k].hyphenBefore)) k--;
  if (tokens[k]?.lower !== 'and') return false;
  return isCancerPlace(k - 1) || (cellWords.has(tokens[k - 1]?.lower ?? '') && isCancerPlace(k - 2));
}

function isTreatment(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.kind === 'word' && treatmentNouns.has(next.lower);
}

function isFollowedByMannerWord(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'manner' || tokens[i]?.lower === 'fashion' || tokens[i]?.lower === 'pathway' || tokens[i]?.lower === 'signaling' || tokens[i]?.lower === 'signalling';
}

/**
 * The entity a hyphenated modifier qualifies: the next entity of the same noun phrase, also across a noun of
 * change ("the CoCl2-induced rise in IL-11", "the hypoxia-driven induction of MMP-9"); and whether the phrase
 * names its fall: "IL-6-induced growth inhibition" and "an IL-11-induced decrease in E-cadherin" say that the
 * cause lowers the head.
 */
function headAfter(tokens: readonly Token[], from: number, to: number, kb: KnowledgeBase, falls = false): { mention: EntityMention; falls: boolean } | undefined {
  for (let k = from; k < Math.min(to, from + 5); k++) {
    const token = tokens[k];
    if (token.kind === 'entity') {
      if (tokens[k + 1]?.hyphenBefore && causalModifiers[tokens[k + 1].lower]) return headAfter(tokens, k + 2, to, kb);
      // "IL-11-stimulated OSCC cells": a place before its phrase's head noun says which cells were stimulated; the
      // cause acts on the cells, and the library's findings are never about acting on a disease or a cell line.
      if (placeOfHead(tokens, k, kb)) return undefined;
      const next = tokens[k + 1];
      return { mention: token.mention!, falls: falls || (next?.kind === 'word' && !next.hyphenBefore && decreasingNouns.has(next.lower)) };
    }
    if (token.kind === 'word' && changeNouns.has(token.lower) && (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'in')) {
      falls = falls || decreasingNouns.has(token.lower);
      k++;
      continue;
    }
    // A verb ends the noun phrase: "a CAF-derived factor destabilises IRS-1" says nothing of CAFs and IRS-1.
    if (token.kind === 'punct' || (token.kind === 'word' && (prepositions.has(token.lower) || (verbTrigger(token.lower) && !changeNouns.has(token.lower))))) return undefined;
  }
  return undefined;
}

const changeNouns = new Set(['rise', 'increase', 'induction', 'activation', 'upregulation', 'up-regulation', 'elevation', 'expression', 'secretion', 'production', 'phosphorylation', 'release', 'levels', 'accumulation', 'decrease', 'reduction', 'loss', 'downregulation']);

/**
 * "the sensitivity to sorafenib", "the sensitivity of HCC cells to sorafenib", "the response of tumours to
 * sorafenib": a drug after "to" whose noun names how cells respond to it (the cells may stand between).
 */
function sensitivityTo(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && determiners.has(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== 'to') return false;
  if (sensitivityNouns.has(tokens[k - 1]?.lower ?? '')) return true;
  for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
    if (tokens[j].kind === 'punct') return false;
    if (tokens[j].lower === 'of') return sensitivityNouns.has(tokens[j - 1].lower);
  }
  return false;
}

/**
 * "a poor response of HCC to sorafenib", "the reduced sensitivity to sorafenib", "a weak response to the drug": the
 * noun of how cells respond to the drug after a word that lowers it. The drug is read as the sensitivity to it
 * (`sensitivityTo`); the adjective lowers that sensitivity, as "led to reduced X" lowers X (`fallBefore`), so the claim
 * turns once more (extract.ts, where the drug became its resistance) ("X underlies the poor response of HCC to sorafenib": X raises the resistance). Without it the
 * adjective was lost and the claim came out the wrong way round (contradicted where the library backs it).
 */
function loweredResponseTo(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && determiners.has(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== 'to') return false;
  let noun = k - 1;
  if (!sensitivityNouns.has(tokens[noun]?.lower ?? '')) {
    noun = -1;
    for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
      if (tokens[j].kind === 'punct') return false;
      if (tokens[j].lower === 'of') {
        noun = sensitivityNouns.has(tokens[j - 1].lower) ? j - 1 : -1;
        break;
      }
    }
  }
  if (noun < 1) return false;
  let a = noun - 1;
  while (a >= 0 && degreeWords.has(tokens[a].lower)) a--;
  return loweredResponseWords.has(tokens[a]?.lower ?? '');
}
const loweredResponseWords = new Set(['poor', 'poorer', 'reduced', 'decreased', 'diminished', 'lower', 'lowered', 'low', 'attenuated', 'impaired', 'weak', 'weaker', 'limited', 'blunted', 'dampened', 'compromised', 'inadequate', 'suboptimal', 'modest']);
const degreeWords = new Set(['very', 'rather', 'relatively', 'markedly', 'significantly', 'generally', 'notoriously', 'often', 'only', 'comparatively']);

/** "the resistance of HCC cells to sorafenib": the cells stand between the noun and the drug (at most six tokens). */
function resistanceOfTo(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && determiners.has(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== 'to') return false;
  for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
    if (tokens[j].kind === 'punct') return false;
    if (tokens[j].lower === 'of') return resistanceNouns.has(tokens[j - 1].lower);
  }
  return false;
}
const resistanceNouns = new Set(['resistance', 'refractoriness', 'insensitivity', 'tolerance']);

/**
 * Whether the entity at `i` closes "a <noun> of" that names another molecule by its relation to it: "a key regulator of
 * X", "an upstream activator of the X" (cues.ts otherThingOf). The phrase names that molecule, not X (roles above;
 * lastResort.ts, which reads a subject before a direction word).
 */
export function namedByRelationTo(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].kind === 'word' && determiners.has(tokens[k].lower)) k--;
  return tokens[k]?.lower === 'of' && otherThingOf.has(wordBefore(tokens, k + 1, 'of') ?? '');
}

/** The agent nouns of a loss, which name other molecules when the verb raises them: "inhibitors of X" (objectNamedByRelationTo). */
const lossAgentNouns = new Set(['inhibitor', 'inhibitors', 'antagonist', 'antagonists', 'blocker', 'blockers']);

/**
 * Whether the entity at `i`, after the verb, closes a direct object "(a) <noun> of (the) X" whose noun names another
 * molecule by its relation to X (cues.ts otherThingOf, and the agent nouns of a loss): the noun inside the stretch
 * [from, i), with no preposition before its phrase (but a measure's "of"). lastResort.ts asks it of the second name of a pair.
 */
export function objectNamedByRelationTo(tokens: readonly Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && tokens[k].kind === 'word' && determiners.has(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== 'of' || k - 1 < from) return false;
  let n = k - 1;
  if (!(otherThingOf.has(tokens[n].lower) || lossAgentNouns.has(tokens[n].lower)) || tokens[n].kind !== 'word') return false;
  // "STAT3 is activated downstream of cytokines": right after a participle of change, "downstream" is an adverb and
  // its "of" names the verb's agent (subjects.ts downstreamAgent), not a molecule downstream of X.
  if (tokens[n].lower === 'downstream' && participleOfChange(tokens, n - 1)) return false;
  // The noun's own words before it: an article, an adjective ("negative", "key", "endogenous").
  while (n - 1 >= from && tokens[n - 1].kind === 'word' && (determiners.has(tokens[n - 1].lower) || /^(?:negative|positive|key|major|main|endogenous|natural|potent|direct|upstream|downstream|novel|known|several|multiple|other|specific|selective)$/.test(tokens[n - 1].lower))) n--;
  // ("raised the expression of inhibitors of X": a measure noun's "of" leaves the inhibitors the object.)
  const before = tokenAt(tokens, n - 1)?.lower ?? '';
  return !governingPrepositions.has(before) || (before === 'of' && measuresOf.has(tokenAt(tokens, n - 2)?.lower ?? ''));
}
const governingPrepositions = new Set(['to', 'with', 'by', 'of', 'for', 'against', 'on', 'from', 'in']);

const measuresOf = new Set(['expression', 'levels', 'level', 'production', 'secretion', 'release', 'amount', 'amounts', 'abundance', 'synthesis', 'transcription']);

function wordBefore(tokens: readonly Token[], i: number, skipping: string): string | undefined {
  // "treated with the same concentration of X": a dose between the preposition and X (scan.ts dosePhraseBefore) is passed over.
  const governor = scanOf(tokens).governorIndex[i];
  let k = tokens[i - 1]?.lower === 'of' && governor >= 0 && governor < i - 2 && tokens[governor].lower === skipping ? governor : i - 1;
  while (k >= 0 && (tokens[k].lower === skipping || determiners.has(tokens[k].lower) || tokens[k].lower === 'therapeutic')) k--;
  return tokens[k]?.kind === 'word' ? tokens[k].lower : undefined;
}

/** Heads after "X-mediated" that name X's own signalling rather than something X acts on. */
const signallingHeads = new Set(['signalling', 'signaling', 'signal', 'signals', 'pathway', 'pathways', 'cascade', 'transduction']);


/** What a loss-of-function word can name instead of the entity: "blocking the expression of IL-11". */
const lossOfFunctionObjects = new Set(['expression', 'activity', 'function', 'signalling', 'signaling', 'production', 'secretion', 'gene']);

/**
 * Whether the entity at `i` is named by a lowered amount of itself in a subject phrase starting at `from`
 * (vocabulary.ts loweredAmounts): "[the] decreased [serum] levels of [the] X", "low [tissue] X expression". The
 * lowering word opens the phrase, so it is an adjective of the amount and not a verb of the clause.
 */
function loweredAmountOf(tokens: readonly Token[], i: number, from: number): boolean {
  let k = from;
  while (k < i && tokens[k].kind === 'word' && loweredAmounts.articles.has(tokens[k].lower)) k++;
  // "Reductions in Ki-67 (and pAKT) expression were associated with Y", "a decrease in serum X": a noun of fall and "in".
  if (k + 1 < i && tokens[k].kind === 'word' && loweredAmounts.fallNouns.has(tokens[k].lower) && tokens[k + 1].lower === 'in') {
    k += 2;
    while (k < i && tokens[k].kind === 'word' && (loweredAmounts.articles.has(tokens[k].lower) || loweredAmounts.qualifiers.has(tokens[k].lower))) k++;
    return k === i;
  }
  if (k >= i || tokens[k].kind !== 'word' || !loweredAmounts.lowering.has(tokens[k].lower)) return false;
  k++;
  while (k < i && tokens[k].kind === 'word' && loweredAmounts.qualifiers.has(tokens[k].lower)) k++;
  if (k === i) {
    // "low X expression", "reduced serum X levels": the amount noun right after the name.
    const after = tokens[i + 1];
    return after?.kind === 'word' && !after.hyphenBefore && loweredAmounts.nouns.has(after.lower);
  }
  // "decreased levels of X", "lower plasma concentrations of the X".
  if (!(tokens[k].kind === 'word' && loweredAmounts.nouns.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of')) return false;
  k += 2;
  while (k < i && tokens[k].kind === 'word' && loweredAmounts.articles.has(tokens[k].lower)) k++;
  return k === i;
}

/**
 * Whether the entity at `i` is what a group carries a lowered amount of (vocabulary.ts loweredAmounts.carriers):
 * "patients with low [serum] X", "HCC cells with reduced X expression", "mice with lower levels of X". After "with"
 * the lowering word can only be an adjective, so the bare name needs no amount noun.
 */
function lowAmountCarried(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  // "with low levels of (the) X".
  while (k >= 0 && tokens[k].kind === 'word' && loweredAmounts.articles.has(tokens[k].lower)) k--;
  if (tokens[k]?.lower === 'of' && loweredAmounts.nouns.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  while (k >= 0 && tokens[k].kind === 'word' && loweredAmounts.qualifiers.has(tokens[k].lower)) k--;
  if (!(tokens[k]?.kind === 'word' && loweredAmounts.lowering.has(tokens[k].lower) && tokens[k - 1]?.lower === 'with')) return false;
  // The carriers may be an entity of their own ("tumours", "HCC cells"): the noun is its last word.
  const carriers = tokens[k - 2]?.lower.split(/\s+/).pop() ?? '';
  return loweredAmounts.carriers.has(carriers);
}

/**
 * A cell type after "in" right after an entity named by its loss ("deletion of IL-6 in monocytes/macrophages",
 * "STAT3 knockout in hepatocytes"): the cells whose gene was lost, a part of the manipulation, not a place.
 */
function lossCompartment(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  let k = i - 1;
  while (k >= 0 && ((tokens[k].kind === 'punct' && tokens[k].text === '/') || tokens[k].lower === 'and' || tokens[k].lower === 'or' || (tokens[k].kind === 'entity' && kb.entities.get(tokens[k].mention!.entityId)?.type === 'cell-type'))) k--;
  if (tokens[k]?.lower !== 'in') return false;
  // The entity before "in", or its loss word after it ("IL-6 deletion in macrophages").
  let e = k - 1;
  if (tokens[e]?.kind === 'word' && lossOfFunctionAfter.has(tokens[e].lower)) e--;
  return tokens[e]?.kind === 'entity' && hasLossOfFunction(tokens, e, undefined);
}

function hasLossOfFunction(tokens: readonly Token[], i: number, governor: string | undefined): boolean {
  const previous = tokenAt(tokens, i - 1);
  const next = tokens[i + 1];
  // "Patients with low X", "cells with reduced X expression": the group carries less X.
  if (lowAmountCarried(tokens, i)) return true;
  // "IL-11-/- mice", "Stat3−/− cells": a knockout genotype written as the entity followed by -/-.
  if (next?.kind === 'punct' && next.text === '/' && next.start === tokens[i].end + 1 && (tokens[i + 2] === undefined || tokens[i + 2].start >= next.end + 2)) return true;
  // "Akt1KO mice": the knockout written into the symbol (entities/recognize.ts reads the gene in it).
  // (fusedKnockout ends in "KO": the name's end is read before the pattern is run, on every name a verb reads.)
  if (tokens[i].mention && tokens[i].mention!.text.endsWith('KO') && fusedKnockout.test(tokens[i].mention!.text)) return true;
  if (previous?.kind === 'word' && previous.hyphenAfter && lossOfFunctionPrefixes.has(previous.lower)) return true;
  if (governor && lossOfFunctionAgainst.has(governor)) return true;
  // "an antibody to the IL-6 receptor", "inhibitors to IGF-1R".
  if (governor === 'to' && lossOfFunctionAfter.has(wordBefore(tokens, i, 'to') ?? '')) return true;
  // "IL-11 knockdown", "IL-11-neutralizing antibody", "STAT3 siRNA", "a PI3K inhibitor".
  for (let k = i + 1; k < Math.min(tokens.length, i + 3); k++) {
    const token = tokens[k];
    if (token.kind !== 'word') break;
    if (lossOfFunctionAfter.has(token.lower)) return !isDrugAfter(tokens, k);
    if (!lossOfFunctionQualifiers.has(token.lower)) break;
  }
  // "knockdown of IL-11", "silencing STAT3", "blocking IL-6Rα", "depletion of ATF3 or its upstream factor, ATF4".
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const token = tokens[k];
    // "PTEN loss or PIK3CA mutation", "IL-6 knockdown and STAT3 overexpression": a loss word right after an
    // earlier name (not "... loss of") is that name's; a name coordinated after it keeps its own state.
    if (token.kind === 'word' && lossOfFunctionBefore.has(token.lower) && k < i - 1 && tokens[k - 1]?.kind === 'entity' && !/^(?:of|in)$/.test(tokens[k + 1]?.lower ?? '')) return false;
    if (token.kind === 'word' && lossOfFunctionBefore.has(token.lower)) return true;
    // "Depleting STAT3 reduced Y", "... showed that inactivating STAT3 ...": a gerund opening the clause.
    if (token.kind === 'word' && lossOfFunctionGerunds.has(token.lower) && (k === 0 || tokens[k - 1]?.lower === 'that')) return true;
    // "inhibitors of JAK2 and STAT3", "an antagonist of IL-6R" (not "the STAT3 inhibitor Stattic": the drug acts).
    if (token.kind === 'word' && drugClassNounForms.has(token.lower) && tokens[k + 1]?.lower === 'of') return true;
    // "interfering with IL-11", "knocking down STAT3", "knocked down STAT3": a spaced word of the loss table ends here
    // (vocabulary.ts lossWording), its particle or preposition between the loss and its entity.
    if (token.kind === 'word' && spacedLossEndsAt(tokens, k)) return true;
    if (token.kind === 'word' && lossOfFunctionObjects.has(token.lower) && tokens[k + 1]?.lower === 'of') continue;
    // "a dominant negative STAT3", "a catalytically inactive mutant of AKT" (vocabulary.ts lossForms).
    if (token.kind === 'word' && lossFormBefore(tokens, k)) return true;
    // "a dominant-negative mutant of STAT3": the noun of the form before "of", when a form word stands before it.
    if (token.kind === 'word' && lossFormNouns.has(token.lower) && tokens[k + 1]?.lower === 'of' && (lossFormBefore(tokens, k - 1) || lossFormWords.has(tokens[k - 1]?.lower ?? ''))) return true;
    if (token.kind === 'word' && (token.lower === 'of' || determiners.has(token.lower) || coordinators.has(token.lower) || token.lower === 'upstream' || token.lower === 'transcription' || token.lower === 'factor' || token.lower === 'both' || token.lower === 'either')) continue;
    // "blockade of activated STAT3", "inhibition of constitutively phosphorylated STAT3": a word of the protein's
    // active state says which of its forms is lost, and the loss is still the name's (issue 7, stop 52: the state word
    // stopped the walk, and "blockade of activated X raised Y" was read as X raising Y). A spaced word only: in
    // "IL-6-activated STAT3" the hyphen ties the word to its cause.
    if (token.kind === 'word' && !token.hyphenBefore && activeStateWords.has(token.lower)) continue;
    if (token.kind === 'punct' && (token.text === ',' || token.text === '/')) {
      // "In the absence of STAT3, IL-11 raises Y": the comma closes a fronted phrase opened by a preposition; the
      // name after it, no member of a list (nothing listed after it), is the clause's subject, not lost (issue 7,
      // stop 48: read as IL-11 lowering Y, a false contradiction of IL-11's finding).
      if (token.text === ',' && frontedLossBefore(tokens, k) && !listGoesOn(tokens[i + 1])) return false;
      continue;
    }
    if (token.kind === 'entity' && k < i) continue;
    break;
  }
  return false;
}

/** Words of a protein's active (or own) form between a loss and its name: "inhibition of activated (endogenous) X". */
const activeStateWords: ReadonlySet<string> = new Set([
  'activated', 'active', 'phosphorylated', 'hyperactivated', 'hyperactive', 'overactive', 'constitutively', 'constitutive',
  'persistently', 'aberrantly', 'aberrant', 'endogenous', 'nuclear', 'tyrosine-phosphorylated',
]);
/** Whether the comma at `comma` closes a phrase that opens the sentence with a preposition: "In the absence of Z,". */
function frontedLossBefore(tokens: readonly Token[], comma: number): boolean {
  const first = tokens[0];
  if (first?.kind !== 'word' || !prepositions.has(first.lower)) return false;
  for (let k = 1; k < comma; k++) if (tokens[k].kind === 'punct') return false;
  return true;
}
const listGoesOn = (token: Token | undefined): boolean => token !== undefined && (token.text === ',' || token.lower === 'and' || token.lower === 'or');

/**
 * "the IGF-1R inhibitor NT157": the drug, not the receptor, is the agent; the name after the loss word heads its
 * phrase. Not "IL-6-deficient HCC cells": there the name after it says which cells lack IL-6 (nounPhrases.ts).
 */
function isDrugAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.kind !== 'entity') return false;
  const after = tokens[k + 2];
  // Tagged only when a word follows the name without a hyphen, the one case a longer phrase can hold it.
  if (after?.kind !== 'word' || after.hyphenBefore) return true;
  const head = nounPhraseAt(tokens, k + 1).head;
  return !(head > k + 1 && tokens[head].kind === 'word');
}

/** The entity at `i` is the treatment of the place named next in its phrase: "IL-11-treated OSCC cells". */
function treatsPlaceAfter(tokens: readonly Token[], i: number, to: number, kb: KnowledgeBase): boolean {
  for (let k = i + 2; k < Math.min(to, i + 5); k++) {
    if (tokens[k].kind === 'punct') return false;
    if (tokens[k].kind === 'entity') return treatedPlaceAgent(tokens, k, (id) => placeTypes.has(kb.entities.get(id)?.type ?? '')) === i;
  }
  return false;
}
const placeTypes = new Set(['disease', 'cell-line', 'cell-type', 'experimental-system']);

/** The entity at `k` is a place (a disease, cell line or cell type) before its phrase's head noun: "OSCC cells", "MDA-MB-231 cell lines". */
function placeOfHead(tokens: readonly Token[], k: number, kb: KnowledgeBase): boolean {
  const type = kb.entities.get(tokens[k].mention?.entityId ?? '')?.type;
  const after = tokens[k + 1];
  if (!(type === 'disease' || type === 'cell-line' || type === 'cell-type') || after?.kind !== 'word' || after.hyphenBefore) return false;
  const head = nounPhraseAt(tokens, k).head;
  return head > k && tokens[head].kind === 'word';
}

/**
 * Whether the entity at `i` names a fall of itself: a decreasing noun before its "of" or "in" ("the decline of
 * proliferation", "a decrease in MMP-2"), right after it ("apoptosis inhibition"), or its own word ("regression",
 * read as the fall of tumour progression, impliedMentions.ts).
 */
/** The types of entity an "anti" before it names the opposite of: a process or phenotype. */
const antiTurnedTypes = new Set(['process', 'phenotype']);

function isFlipped(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  if (tokens[i]?.kind === 'entity' && decreasingNouns.has(tokens[i].lower)) return true;
  // "drives proliferation, anti-apoptosis and angiogenesis": a process named with "anti" tied before it is its
  // opposite (a receptor after "anti", "anti-IL-6R", is a loss of the agent, read elsewhere).
  if (tokens[i]?.kind === 'entity' && tokens[i - 1]?.kind === 'word' && tokens[i - 1].lower === 'anti' && antiTurnedTypes.has(kb.entities.get(tokens[i].mention!.entityId)?.type ?? '')) return true;
  // "inhibition of IL-6/STAT3 signalling": the second member of a slash pair falls with the first.
  if (i >= 2 && tokens[i - 1].kind === 'punct' && tokens[i - 1].text === '/' && tokens[i - 2].kind === 'entity' && isFlipped(tokens, i - 2, kb)) return true;
  // Falls named around the name cancel in pairs: "reversal of E-cadherin loss", "a decrease in E-cadherin loss",
  // "reversal of the loss of E-cadherin" name more E-cadherin, not less (issue 7, stop 51, h-subj51: each was read as
  // one fall, so "IL-6 led to reversal of E-cadherin loss" was IL-6 suppressing E-cadherin).
  const next = tokens[i + 1];
  const fallAfter = next?.kind === 'word' && decreasingNouns.has(next.lower);
  const before = fallBefore(tokens, i, kb);
  if (fallAfter || before) return [fallAfter, before, before && fallOfFallBefore(tokens, i, kb)].filter(Boolean).length % 2 === 1;
  // "resulted in reduced survival and proliferation", "a decrease in A, B and C": a member listed after a fallen head,
  // with no change word of its own, falls with it (read alone, the later members were said to rise).
  for (let member = i, n = 0; n < 4; n++) {
    let k = member - wordsOfWhose(tokens, member, kb) - 1;
    if (!(tokens[k]?.kind === 'word' && (tokens[k].lower === 'and' || tokens[k].lower === 'or')) && tokens[k]?.text !== ',') return false;
    k--;
    if (tokens[k]?.text === ',') k--;
    while (k >= 0 && tokens[k].kind === 'word' && (cellWords.has(tokens[k].lower) || determiners.has(tokens[k].lower))) k--;
    // "suppression of immune rejection and apoptosis": the member right before, joined by "and" or "or", is words the
    // lexicon does not know, right after the noun of a fall and its "of" (issue 7, h-w23b46: apoptosis read as driven,
    // a false contradiction). Only the entity's own pair: a later member of a longer list keeps its own sense.
    if (n === 0 && tokens[k]?.kind === 'word' && tokens[member - wordsOfWhose(tokens, member, kb) - 1]?.kind === 'word' && unknownMemberAfterFall(tokens, k)) return true;
    if (tokens[k]?.kind !== 'entity' || !coordinated(tokens, k, member)) return false;
    if (fallBefore(tokens, k, kb)) return !fallIsOuterMember(tokens, k, kb);
    member = k;
  }
  return false;
}

/**
 * "drives proliferation, inhibition (evasion) of apoptosis and tumour growth": the noun of a fall before the entity at
 * `k` is itself a later member of a comma list (a comma, or ", and", right before it and its article), so what
 * follows the fallen member is the outer list's, not a second thing that falls (issue 7, stop 48: tumour growth read
 * as lowered, a false contradiction; resisted() reads "resistance to" the same way).
 */
function fallIsOuterMember(tokens: readonly Token[], k: number, kb: KnowledgeBase): boolean {
  let b = k - wordsOfWhose(tokens, k, kb) - 3;
  if (articles.has(tokenAt(tokens, b)?.lower ?? '')) b--;
  const before = tokenAt(tokens, b);
  return before?.text === ',' || (before?.lower === 'and' && tokenAt(tokens, b - 1)?.text === ',');
}

/** Up to three plain words ending at `last`, right after a noun of a fall and its "of" or "in": "suppression of immune rejection". */
function unknownMemberAfterFall(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k > last - 3 && k >= 1; k--) {
    const token = tokens[k];
    if (token.kind !== 'word' || coordinators.has(token.lower)) return false;
    const preposition = tokens[k - 1];
    if ((preposition.lower === 'of' || preposition.lower === 'in') && tokens[k - 2]?.kind === 'word' && decreasingNouns.has(tokens[k - 2].lower)) return true;
  }
  return false;
}

/**
 * Whether the entity at `i` follows a noun of change that names no direction and its "in" or "of" ("caused alterations
 * in IRS-1", "led to differences in the invasion", vocabulary.ts neutralChangeNouns), past the words that say whose a
 * process is. Issue 7, stop 45: the verb of cause before such a noun was read as a rise of the entity ("NT157 caused
 * alterations in IRS-1" as NT157 inducing IRS-1), a false contradiction beside a finding that NT157 lowers it.
 */
function changeWithoutDirection(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  const start = i - wordsOfWhose(tokens, i, kb);
  const preposition = tokenAt(tokens, start - 1)?.lower;
  if (preposition !== 'in' && preposition !== 'of') return false;
  const noun = tokenAt(tokens, start - 2);
  return noun?.kind === 'word' && neutralChangeNouns.has(noun.lower);
}

/**
 * "reversal of the loss of X", "a reversal of reduced X": the fall named before the entity at `i` (fallBefore) is
 * itself what a noun of a fall before it, with its "of" or "in", undoes.
 */
function fallOfFallBefore(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  const start = i - wordsOfWhose(tokens, i, kb);
  let k = start - 1;
  // The inner fall: a noun of a fall and its "of" or "in" ("the loss of X"), or a lowering adjective ("reduced X").
  if ((tokenAt(tokens, k)?.lower === 'of' || tokenAt(tokens, k)?.lower === 'in') && decreasingNouns.has(tokenAt(tokens, k - 1)?.lower ?? '')) k -= 2;
  else if (decreasingAdjectives.has(tokenAt(tokens, k)?.lower ?? '')) k -= 1;
  else return false;
  if (articles.has(tokenAt(tokens, k)?.lower ?? '')) k--;
  const preposition = tokenAt(tokens, k)?.lower;
  const noun = tokenAt(tokens, k - 1);
  return (preposition === 'of' || preposition === 'in') && noun?.kind === 'word' && decreasingNouns.has(noun.lower);
}

/** The fall a word before the entity at `i` names: "a decrease in (the) X", "the decline of X", "led to reduced X". */
function fallBefore(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  // "a decrease of MMP-2" and "a decrease in MMP-2" both name less MMP-2; so do "a decrease in the invasion"
  // and "a decrease in tumour cell invasion", whose words before the process say whose it is.
  const start = i - wordsOfWhose(tokens, i, kb);
  const previous = tokenAt(tokens, start - 1);
  const beforeOf = previous?.lower === 'of' || previous?.lower === 'in' ? tokenAt(tokens, start - 2) : undefined;
  if (beforeOf?.kind === 'word' && decreasingNouns.has(beforeOf.lower)) return true;
  // "led to a failure of apoptosis": the process fails, less of it; not "the failure of X to V", which names X's
  // failure to act (issue 7, stop 48: read as the agent raising apoptosis, supported by a finding that it does).
  if (beforeOf?.lower === 'failure' && previous?.lower === 'of' && tokenAt(tokens, i + 1)?.lower !== 'to') return true;
  // "led to reduced MMP-2", "resulted in lower MMP-2": the outcome after a causal 'to' or 'in' is a fall.
  // Also past an article: "led to a reduced X", "resulted in a lower X".
  let b = i - 2;
  if (articles.has(tokenAt(tokens, b)?.lower ?? '')) b--;
  const beforeAdjective = tokenAt(tokens, b)?.lower;
  // (Not an infinitive's "to": "failed to lower Y" names the verb, not a fall of Y.)
  // Also after a verb of cause itself: "causes defective apoptosis", "caused reduced MMP-2" (issue 7, stop 48).
  if (previous?.kind === 'word' && decreasingAdjectives.has(previous.lower) && ((beforeAdjective === 'to' && !infinitiveOpeners.has(tokenAt(tokens, b - 1)?.lower ?? '')) || beforeAdjective === 'in' || causeVerbForms.test(beforeAdjective ?? ''))) return true;
  return lessAmountAfterVerb(tokens, start);
}

/**
 * "Hypoxic cells secreted less IL-11", "CAFs released lower amounts of X", "the cells produced reduced levels of X
 * than controls", "resulted in less X": a verb that names an amount made (secrete, produce, release, yield) before a
 * word of less, with an amount noun and "of" or not, or a light verb of cause ("to", "in") before "less", names a
 * fall of what follows (issue 7, stop 34: "secreted less IL-11 than normoxic cells" was read as hypoxia raising
 * IL-11, a false support of the opposite finding). `start` is where the name's phrase starts.
 */
function lessAmountAfterVerb(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokenAt(tokens, k)?.lower === 'of' && amountNouns.has(tokenAt(tokens, k - 1)?.lower ?? '')) k -= 2;
  const word = tokenAt(tokens, k);
  if (word?.kind !== 'word' || !(decreasingAdjectives.has(word.lower) || lessWords.has(word.lower))) return false;
  let b = k - 1;
  if (articles.has(tokenAt(tokens, b)?.lower ?? '')) b--;
  const verb = tokenAt(tokens, b);
  if (verb?.kind !== 'word') return false;
  // (After "to"/"in" only the words of less fallBefore lacks: "resulted in less Y"; "led to lower levels of Y" is
  // resultingChanges.ts's.)
  return amountVerbs.test(verb.lower) || (lessWords.has(word.lower) && (verb.lower === 'to' || verb.lower === 'in'));
}
const amountNouns = new Set(['level', 'levels', 'amount', 'amounts', 'quantities', 'quantity', 'concentrations', 'concentration']);
const lessWords = new Set(['less', 'fewer', 'smaller']);
const amountVerbs = /^(?:secret|produc|releas|yield)(?:e|es|ed|ing|s)?$/;

/** "resistance to X", "resistant to X", "resistance of the cells to X", "X resistance". */
function resisted(tokens: readonly Token[], i: number): boolean {
  const resistanceBefore = (to: number): boolean => tokens[to]?.lower === 'to' && ['resistance', 'resistant', 'refractory'].includes(tokens[to - 1]?.lower ?? '');
  if (resistanceBefore(i - 1)) return true;
  // "apoptosis resistance", "apoptosis-resistant cells": the resistance named after the process (issue 7, stop 48:
  // "X confers apoptosis resistance" read as X raising apoptosis, supported by a finding that X raises it).
  if (tokens[i + 1]?.kind === 'word' && (tokens[i + 1].lower === 'resistance' || tokens[i + 1].lower === 'resistant')) return true;
  // "resistance to stress and apoptosis", "resistant to anoikis, apoptosis": a member of the list the resistance
  // governs, reached over "and", "or", commas and the earlier members' plain words (no preposition or verb between).
  if (!['and', 'or', ','].includes(tokens[i - 1]?.lower ?? tokens[i - 1]?.text ?? '')) return false;
  // "drives proliferation, resistance to apoptosis, and invasion": a resistance that is itself a later member of a
  // comma list of the verb's objects governs only what follows it up to the next comma; the members after that comma
  // are the outer list's own (read as resisted, invasion was said to fall and the sentence came out contradicted).
  const outerMember = (to: number): boolean => tokens[to - 2]?.text === ',' || (tokens[to - 2]?.lower === 'and' && tokens[to - 3]?.text === ',');
  let commaCrossed = false;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    if (resistanceBefore(k)) return !(commaCrossed && outerMember(k));
    const t = tokens[k];
    // "resistance to anoikis and apoptosis": the first member named with its resistance as one term.
    if (t.kind === 'entity' && /^(?:resistance|resistant|refractory)\s+to\b/i.test(t.text)) return !(commaCrossed && outerMember(k + 1));
    if (t.kind === 'punct' && t.text === ',') commaCrossed = true;
    if (t.kind === 'punct' ? t.text !== ',' : t.kind === 'word' && (prepositions.has(t.lower) || npStopsForList.has(t.lower) || verbTrigger(t.lower) !== undefined)) return false;
  }
  return false;
}
/** Words that end a list the resistance governs before reaching it. */
const npStopsForList = new Set(['which', 'that', 'we', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'but', 'while', 'whereas']);
/**
 * How many tokens right before a process say whose it is or which one: an article, "cell(s)", and a disease,
 * cell line or cell type ("the", "cancer cell", "HCC cell"), at most three.
 */
function wordsOfWhose(tokens: readonly Token[], i: number, kb: KnowledgeBase): number {
  const type = kb.entities.get(tokens[i].mention?.entityId ?? '')?.type;
  // A molecule's words of its active form say which of it: "caused the inhibition of activated STAT3" names less
  // STAT3 (issue 7, stop 52: read as a rise of it, the fall before the state word missed). Spaced words only.
  if (type !== 'process' && type !== 'phenotype') {
    let n = 0;
    while (n < 2 && tokens[i - n - 1]?.kind === 'word' && !tokens[i - n - 1].hyphenBefore && !tokens[i - n - 1].hyphenAfter && activeStateWords.has(tokens[i - n - 1].lower)) n++;
    return n;
  }
  let n = 0;
  // "a reversal of the IL-6-induced EMT", "a decrease in X-driven invasion": a hyphen-tied cause before the process
  // says which of it, as the words of whose do (issue 7, stop 51: the fall before it was missed, read as a rise).
  if (tokens[i - 1]?.kind === 'word' && tokens[i - 1].hyphenBefore && causeParticiples.has(tokens[i - 1].lower) && tokens[i - 2]?.kind === 'entity') n = 2;
  while (n < 5) {
    const token = tokens[i - n - 1];
    if (!token || token.hyphenAfter) break;
    const tokenType = token.kind === 'entity' ? kb.entities.get(token.mention?.entityId ?? '')?.type : undefined;
    const whose = token.kind === 'word' ? cellWords.has(token.lower) || determiners.has(token.lower) || siteWords.has(token.lower) : tokenType === 'cell-type' || (tokenType !== undefined && alwaysContext.has(tokenType));
    if (!whose) break;
    n++;
  }
  return n;
}
const cellWords = new Set(['cell', 'cells', 'tumour', 'tumor', 'cancer']);
/** Participles tied by a hyphen to the cause before a process: "IL-6-induced EMT", "STAT3-driven invasion". */
const causeParticiples = new Set(['induced', 'mediated', 'driven', 'triggered', 'stimulated', 'promoted', 'dependent']);
/**
 * Words of the site a process is seen at ("fewer lung metastases", "a fall in distant metastasis"): the organ words of
 * entities/organPhrasings.ts and the sites of spread. Read past, so "X knockdown led to fewer lung metastases" names a
 * fall of metastasis (stop 35: read as a rise, and with the loss turned round, X lowering metastasis).
 */
const siteWords: ReadonlySet<string> = new Set([...organRows.flatMap((row) => row.before), 'distant', 'bone', 'brain', 'lymph', 'node', 'nodal', 'peritoneal', 'visceral', 'spontaneous']);
/** Words that may stand between "and" and the place it joins: "hepatocytes and human HCC cells". */
const placeDescribers = new Set(['human', 'normal', 'primary', 'murine', 'mouse', 'in']);

/** Adjectives that name a fall of what follows them ("reduced MMP-2"), read only after 'led to' / 'resulted in'. */
// ("led to defective (deficient, blunted, compromised) apoptosis": the process fails; issue 7, stop 48, read as
// induced, supported by a finding that the agent raises it.)
const decreasingAdjectives = new Set(['reduced', 'decreased', 'diminished', 'lower', 'lowered', 'attenuated', 'impaired', 'defective', 'deficient', 'blunted', 'compromised']);
const articles = new Set(['a', 'an', 'the']);
/** The verb of cause whose object a decreasing adjective can open: "causes (caused) defective apoptosis". */
const causeVerbForms = /^caus(?:e|es|ed|ing)$/;

/** Whether two participants form one coordinated phrase ("IL-11 and IL-6", "HIF-1α or IL-11 knockdown"). */
export function coordinated(tokens: readonly Token[], a: number, b: number): boolean {
  let sawCoordinator = false;
  // "NT157, an IGF-1R inhibitor, ...": an appositive describes the first entity; it is not a second one.
  const first = Math.min(a, b);
  if (tokens[first + 1]?.text === ',' && ['a', 'an', 'the'].includes(tokens[first + 2]?.lower ?? '')) return false;
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
    const token = tokens[k];
    if (coordinators.has(token.lower) || (token.kind === 'punct' && (token.text === ',' || token.text === '/'))) sawCoordinator = true;
    else if (token.kind === 'word' && prepositions.has(token.lower)) return false;
    else if (token.kind === 'punct') return false;
    // "involved in proliferation and preventing apoptosis": a gerund of the lexicon after the join acts on the name
    // after it, which is its object, no member beside the first (read as one, apoptosis was said to be promoted).
    else if (sawCoordinator && token.kind === 'word' && /ing$/.test(token.lower) && verbTrigger(token.lower) !== undefined) return false;
    // "involved in growth and lowers Y": a finite verb of the lexicon after the join opens a predicate of its own (the
    // subject's second), whose object is no member of the list before it (stop 38: read as one, "X promotes Y" was
    // read for "X lowers Y" and supported). Only the "-s" forms: "-ed" ones are adjectives in lists of changes.
    else if (sawCoordinator && token.kind === 'word' && /[^s]s$/.test(token.lower) && verbTrigger(token.lower) !== undefined) return false;
  }
  return sawCoordinator;
}

const lossFormNouns: ReadonlySet<string> = new Set(lossForms.nouns);
const lossFormWords: ReadonlySet<string> = new Set(lossForms.words);
/** The words of `entry` ("interfering with") end at token `k`, one word a token. */
function endsSpacedEntry(tokens: readonly Token[], k: number, entry: readonly string[]): boolean {
  return entry.every((word, n) => {
    const t = tokens[k - (entry.length - 1 - n)];
    return t?.kind === 'word' && t.lower === word;
  });
}
/** The spaced form of a blocking protein ends at `k`: "dominant negative", "kinase dead" (vocabulary.ts lossForms). */
function lossFormBefore(tokens: readonly Token[], k: number): boolean {
  const first = tokenAt(tokens, k - 1);
  if (first?.kind !== 'word') return false;
  const second = tokens[k]?.lower;
  return second !== undefined && spacedLossFormFirsts.get(second)?.has(first.lower) === true;
}
/** lossForms.spaced as the first words of each second word: "negative" -> {"dominant"} (looked up, not searched, per token). */
const spacedLossFormFirsts: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const firsts = new Map<string, Set<string>>();
  for (const [a, b] of lossForms.spaced) {
    if (!firsts.has(b)) firsts.set(b, new Set());
    firsts.get(b)!.add(a);
  }
  return firsts;
})();
/** lossOfFunctionBeforeSpaced by their last word: the entries that may end at a token, looked up by its word. */
const spacedLossByLast = runsByLastWord(lossOfFunctionBeforeSpaced);

/** Runs of words grouped by their last word, each group in the runs' order (the run that ends at a token is looked up by its word). */
function runsByLastWord(runs: Iterable<readonly string[]>): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byLast = new Map<string, (readonly string[])[]>();
  for (const run of runs) {
    const last = run[run.length - 1];
    if (!byLast.has(last)) byLast.set(last, []);
    byLast.get(last)!.push(run);
  }
  return byLast;
}
/** Whether a spaced word of the loss table ("interfering with", "knocking down") ends at token `k`. */
function spacedLossEndsAt(tokens: readonly Token[], k: number): boolean {
  const entries = spacedLossByLast.get(tokens[k].lower);
  return entries !== undefined && entries.some((entry) => endsSpacedEntry(tokens, k, entry));
}

/** Whether the entity at `i` is named by its loss of function ("knockdown of IL-11", "IL-11-/- mice"). */
export function lossOfFunctionAt(tokens: readonly Token[], i: number): boolean {
  return hasLossOfFunction(tokens, i, governorOf(tokens, i, 0));
}

export function isLossOfFunctionWord(word: string): boolean {
  return lossOfFunctionBefore.has(word) || lossOfFunctionAfter.has(word);
}

const cellNouns = new Set(['cells', 'cell', 'lines', 'line', 'clones', 'subpopulations', 'subpopulation', 'variants']);
/** Tumours named by their resistance where the lexicon leaves the noun a word: a place, as its cells are. */
const resistantTumourNouns = new Set(['tumours', 'tumors', 'tumour', 'tumor']);

/**
 * The drug of "sorafenib-resistant cells", "cisplatin-resistant clones": a drug's resistance (kb.drugPhenotype) named
 * right before the cells' noun, the cells described by what they resist.
 */
export function resistantCellsDrug(tokens: readonly Token[], i: number, kb: KnowledgeBase): string | undefined {
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || next.hyphenBefore || !resistantCellHeads.has(next.lower)) return undefined;
  const resisted = kb.drugPhenotype(tokens[i].mention?.entityId ?? '');
  return resisted?.kind === 'RESISTANCE' ? resisted.drug : undefined;
}

/** "STAT3-deficient cells", "IL-11-silenced HCC cells", "STAT3-null mice": the name, a hyphen-tied word of a loss of its group (vocabulary.ts lossWording), at most two tokens (a line, a cancer), and a noun of cells or animals. */
function lostCellsNamed(tokens: readonly Token[], i: number): boolean {
  const loss = tokens[i + 1];
  if (loss?.kind !== 'word' || !loss.hyphenBefore || !lossGroupWords.has(loss.lower)) return false;
  for (let j = i + 2; j <= i + 4 && j < tokens.length; j++) {
    if (tokens[j].kind === 'word' && lostCellHeads.has(tokens[j].lower)) return true;
    if (tokens[j].kind === 'punct') return false;
  }
  return false;
}
const lostCellHeads = new Set([...resistantCellHeads, 'mice', 'animals', 'xenografts', 'tumours', 'tumors', 'livers', 'organoids']);

/** The words of lacking between the cells' noun and the name (vocabulary.ts lossWording's lacking place), as token runs. */
const lackingRuns: readonly (readonly string[])[] = lossWordsAt('lacking').map((w) => w.split(' '));
/**
 * lackingRuns by their last word, in the table's order: the run that ends at a token is looked up by the token's word,
 * not tried whole with a callback each (issue 10: this test runs for every name on the left of every verb read).
 */
const lackingRunsByLast = runsByLastWord(lackingRuns);

/** The first run of lackingRuns whose words end at token `k`, one word a token. */
function lackingRunEndingAt(tokens: readonly Token[], k: number): readonly string[] | undefined {
  const candidates = k >= 0 && k < tokens.length ? lackingRunsByLast.get(tokens[k].lower) : undefined;
  if (candidates === undefined) return undefined;
  for (const words of candidates) {
    let all = true;
    for (let n = 0; n < words.length - 1 && all; n++) all = tokens[k - words.length + 1 + n]?.lower === words[n];
    if (all) return words;
  }
  return undefined;
}
const lackingArticles = new Set(['a', 'an', 'the', 'functional', 'endogenous', 'any', 'detectable']);

/**
 * "in cells lacking STAT3", "in mice deficient in IL-6", "in HCC cells that lack Z": the name after a noun of cells or
 * animals and a word of lacking, the phrase opened by "in" with no punctuation between (the lacking place of
 * lostPlace.ts placeLackingAt, read on tokens).
 */
function lackingCellsOpenedByIn(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].kind === 'word' && lackingArticles.has(tokens[k].lower)) k--;
  const run = lackingRunEndingAt(tokens, k);
  if (!run) return false;
  k -= run.length;
  if (tokens[k]?.kind !== 'word' || !lostCellHeads.has(tokens[k].lower)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (tokens[j].kind === 'punct') return false;
    if (tokens[j].lower === 'in') return true;
  }
  return false;
}

/**
 * A process adjective (metastatic, invasive, migratory, proliferating) before the cells it describes; a resistance
 * adjective ("chemoresistant", "drug-resistant") before cells or tumours, which it describes as well.
 */
function describesCells(tokens: readonly Token[], i: number, kb: KnowledgeBase): boolean {
  const text = tokens[i].mention?.text.toLowerCase() ?? '';
  // A drug's resistance ("sorafenib-resistant cells") is left to resistantCellsDrug, which keeps the drug as context.
  const resistant = /resistant$/.test(text) && !kb.drugPhenotype(tokens[i].mention?.entityId ?? '');
  if (!resistant && !/(ic|ive|ory|ing)$/.test(text)) return false;
  const next = tokens[i + 1];
  if (next?.kind === 'word' && (cellNouns.has(next.lower) || (resistant && resistantTumourNouns.has(next.lower)))) return true;
  const type = next?.kind === 'entity' && next.mention ? kb.entities.get(next.mention.entityId)?.type : undefined;
  // "chemoresistant tumours", "chemoresistant HCC": the tumour or cancer itself, named as the place.
  if (resistant && type === 'disease' && !next?.hyphenBefore) return true;
  return type === 'disease' && tokens[i + 2]?.kind === 'word' && cellNouns.has(tokens[i + 2].lower);
}

