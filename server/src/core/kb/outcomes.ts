// Outcomes phrased by their bad end. Abstracts say "loss of SMAD4 was associated with shorter overall
// survival": the entity named is overall survival, a good outcome, and "shorter" turns the finding around, so
// SMAD4 goes with longer survival. The claim reader reads the entity and not its modifier; this module finds
// the modifier, so a finding read from an abstract, and a gold fact phrased the same way, point the right way.
import type { KnowledgeBase } from './knowledgeBase';

/** Words that name the bad end of a good outcome: "worse", "shorter", "poor" (survival), "negative" (prognostic factor). */
const adverseWords = /\b(?:worse|worst|shorter|shortened|poor|poorer|reduced|decreased|lower|inferior|unfavou?rable|adverse|negative|diminished|impaired)\b/gi;

/**
 * Words that may stand between the modifier and the outcome inside one noun phrase: other outcomes it also
 * modifies ("worse overall survival (OS) and disease-free survival"), and qualifiers of time. Checked word by
 * word (no nested quantifiers), so odd text cannot make the check slow.
 */
const outcomeWord = /^(?:and|or|overall|median|mean|\d+-year|[a-z]+-free|[a-z]+-specific|survival|time|times|rate|rates|clinical|[A-Z]{2,4})$/;

/**
 * True when `entityId` is a good outcome for patients: survival (overall, disease-free, progression-free…),
 * prognosis, or response to treatment, each of which papers also name by its bad end ("poorer prognosis",
 * "poor response to trastuzumab").
 */
export function isFavourableOutcome(entityId: string, kb: KnowledgeBase): boolean {
  const entity = kb.entities.get(entityId);
  if (!entity || entity.type !== 'phenotype') return false;
  return (/\bsurvival$/i.test(entity.name) && !/\bcell/i.test(entity.name)) || /^(?:prognosis|response to treatment)$/i.test(entity.name);
}

/**
 * True when the good outcome mentioned at `start` in `text` is named by its bad end: "shorter overall
 * survival", "worse OS and DFS", "poorer disease-free survival (p = 0.01)". `from` bounds the look-back (the
 * sentence start).
 */
export function adverseOutcomeAt(text: string, start: number, from = 0): boolean {
  return qualifiedBy(adverseWords, text, start, from);
}

/**
 * True when `entityId` is a bad outcome for patients named as a scale: mortality ("cancer-related deaths"). Papers
 * name its good end by lowering it ("lower mortality"), as they name survival's bad end by shortening it.
 */
export function isUnfavourableOutcome(entityId: string, kb: KnowledgeBase): boolean {
  const entity = kb.entities.get(entityId);
  return entity?.type === 'phenotype' && /^mortality$/i.test(entity.name);
}

/** Words that lower a scale just before it: "lower mortality", "reduced cancer-related deaths". */
const loweringWords = /\b(?:lower|lowest|reduced|decreased|diminished|less)\b/gi;

/**
 * True when the outcome `entityId` mentioned at `start` is named by its other end: a good outcome by its bad end
 * ("shorter overall survival", adverseOutcomeAt) or a bad one lowered ("lower mortality"). An association with it
 * then runs the other way. The one test the reader, its association fallback and the abstract reader share.
 */
export function outcomeTurnedAt(entityId: string, kb: KnowledgeBase, text: string, start: number, from = 0): boolean {
  if (isFavourableOutcome(entityId, kb)) return adverseOutcomeAt(text, start, from);
  return isUnfavourableOutcome(entityId, kb) && qualifiedBy(loweringWords, text, start, from);
}

/** Words that name the good end of an outcome: "longer", "better", "improved" (survival). */
const favourableWords = /\b(?:better|best|longer|prolonged|improved|increased|higher|superior|favou?rable|positive|good)\b/gi;

/**
 * True when the outcome at `start` is named with a direction, good or bad ("worse OS", "prolonged PFS"):
 * "X was related to overall survival" says that X matters, not which way, and is no finding to keep.
 */
export function directedOutcomeAt(text: string, start: number, from = 0): boolean {
  return qualifiedBy(adverseWords, text, start, from) || qualifiedBy(favourableWords, text, start, from) || qualifiedBy(changeNouns, text, start, from);
}

/**
 * A noun of change with its "in", "an increase (a decrease) in median OS" (stop 53): the outcome named with a
 * direction, which the reader reads off the noun itself (a noun of a fall turns the association, roles.ts), so it
 * only says the outcome is directed and turns nothing here.
 */
const changeNouns = /\b(?:increase|improvement|prolongation|extension|gain|rise|decrease|reduction|shortening|decline|drop|fall)s?\s+in\b/gi;

/**
 * True when the outcome mentioned at `start` is a scale named without a direction: "related to overall
 * survival", "associated with prognosis". Response to treatment is an event, not a scale: "associated with
 * clinical response" has its direction.
 */
export function undirectedOutcomeAt(entityId: string, kb: KnowledgeBase, text: string, start: number, from = 0): boolean {
  if (!isFavourableOutcome(entityId, kb) || /^response to treatment$/i.test(kb.entities.get(entityId)?.name ?? '')) return false;
  return !directedOutcomeAt(text, start, from);
}

/**
 * Words that lower whatever follows them in one noun phrase: "reduced invasion", "a lower risk of metastasis",
 * "decreased STAT3 phosphorylation". Not after a hyphen: "hypoxia-reduced E-cadherin" names who lowered it.
 */
const loweringPartnerWords = /(?<![\p{L}\p{N}-])(?:lower|lowered|lowest|reduced|decreased|diminished|less|weaker|fewer)\b/giu;

/** Words between such a lowering word and the entity: the scale it is measured on ("the risk of", "levels of"). */
const scaleWord = /^(?:a|an|the|of|risks?|incidence|likelihood|probability|chances?|rates?|frequency|levels?|expression|degree|extent|serum|plasma|mRNA|protein)$/i;

/**
 * True when an association with the partner mentioned at `start` runs the other way because the partner is named
 * lowered or by its other end: "associated with shorter survival" (outcomeTurnedAt), and for any other partner
 * "associated with reduced invasion" or "with a lower risk of metastasis" (the finding is about less of it). Only the
 * association's second partner: a lowered first one ("reduced IL-11 levels were associated with") is read as a loss
 * by the reader itself. The one rule the reader, its association fallback and the abstract reader share.
 */
export function associationTurnedAt(subject: MentionAt, object: MentionAt, kb: KnowledgeBase, text: string, from = 0): boolean {
  const subjectTurned = outcomeTurnedAt(subject.entityId, kb, text, subject.start, from);
  const objectTurned = isFavourableOutcome(object.entityId, kb) || isUnfavourableOutcome(object.entityId, kb)
    ? outcomeTurnedAt(object.entityId, kb, text, object.start, from)
    : qualifiedBy(loweringPartnerWords, text, object.start, Math.max(from, subject.start), scaleWord) ||
      (isStageScale(object.entityId, kb) && qualifiedBy(earlyStageWords, text, object.start, Math.max(from, subject.start), scaleWord));
  return subjectTurned !== objectTurned;
}

/**
 * Words that name a disease stage by its low end: "associated with early clinical stage", "with a low TNM stage" say
 * the partner goes with less advanced disease (issue 7, stop 40). Only before a stage: "early metastasis" or "early
 * recurrence" is sooner, which is more of it, not less.
 */
const earlyStageWords = /(?<![\p{L}\p{N}-])(?:early|earlier|earliest|low|initial)\b/giu;

/** A scale of how far a disease has advanced: the phenotype the knowledge base names "... stage" ("clinical disease stage"). */
function isStageScale(entityId: string, kb: KnowledgeBase): boolean {
  const entity = kb.entities.get(entityId);
  return entity?.type === 'phenotype' && /\bstages?$/i.test(entity.name);
}

/** A mention as the outcome tests need it: which entity, and where it starts. */
export interface MentionAt {
  entityId: string;
  start: number;
}

function qualifiedBy(words: RegExp, text: string, start: number, from: number, between: RegExp = outcomeWord): boolean {
  const before = text.slice(Math.max(from, start - 160), start).replace(/\([^()]*\)/g, ' ');
  const last = [...before.matchAll(words)].pop();
  if (last?.index === undefined) return false;
  return before.slice(last.index + last[0].length).split(/[\s,]+/).every((word) => word === '' || between.test(word));
}

/** Before a drug resisted: "resistance to (the)", "resistant to both", or a later member of a list after it. */
// "resistance to the proteasome inhibitor bortezomib", "resistant to the multikinase inhibitor sorafenib": the drug's class
// named before it, as an apposition (up to two words, then the class noun), or with its examples ("agents such as cisplatin";
// stop 48: a class named by what it works against, "anti-estrogens such as fulvestrant", "antiandrogens like X").
const resistanceBefore = /\b(?:resistance|resistant|refractory)\s+(?:to|against)\s+(?:(?:both|either|the)\s+)?(?:(?:an?\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}(?:inhibitors?|agents?|drugs?|antibod(?:y|ies)|blockers?|TKIs?|chemotherapeutics?|anti-?\p{L}{4,}s),?\s+(?:(?:such\s+as|like|including|e\.g\.,?)\s+)?|(?:[\p{L}\p{N}-]+(?:\s*,\s*|\s+(?:and|or)\s+)){0,3})(?:the\s+)?$/iu;

/**
 * The drug mentioned at [start, end) named as the patient's or cell's resistance or sensitivity to it:
 * "resistance to lapatinib", "lapatinib resistance", "lapatinib-resistant", "sensitivity to X", "X
 * sensitivity", "X-refractory", and "responses to X" or "X response", which is response to treatment. The claim reader may take the drug itself as the object ("survivin decreases
 * trastuzumab"); the finding is about the resistance, with the drug as its context. `from` and `to` bound the
 * sentence.
 */
export function drugOutcomeAt(text: string, start: number, end: number, from = 0, to = text.length): 'resistance' | 'sensitivity' | 'response' | undefined {
  // 70 characters: "resistance to chemotherapeutic agents such as cisplatin" names the class first.
  const before = text.slice(Math.max(from, start - 70), start);
  // "sorafenib and regorafenib resistance", "sorafenib/regorafenib efficacy": the outcome after the last drug of
  // a pair is the outcome of each.
  const after = text.slice(end, Math.min(to, end + 50)).replace(coordinatedName, '');
  // "resistance to both cisplatin and gefitinib", "resistant to A, B or C": every drug of the list.
  // "the resistance of HCC cells to cisplatin", "the chemosensitivity of LoVo cells to carboplatin": the cells whose
  // response it is stand between the outcome noun and the drug (a few words, no punctuation, no second "to").
  const ofCells = cellsBetween.exec(before);
  if (ofCells) return ofCells[1].toLowerCase().endsWith('resistance') ? 'resistance' : 'sensitivity';
  if (resistanceBefore.test(before) || /^[\s-]*(?:resistance|resistant|refractory|refractoriness)\b/i.test(after)) return 'resistance';
  // The drug's efficacy or activity is how sensitive the cells are to it: "the efficacy of lapatinib", "neratinib activity".
  if (/\b(?:chemo-?)?(?:sensitivity|sensitive|susceptibility)\s+(?:to|of)\s+(?:the\s+)?$|\b(?:efficacy|activity)\s+of\s+(?:the\s+)?$/i.test(before) || /^[\s-]*(?:sensitivity|sensitive|efficacy|activity)\b/i.test(after)) return 'sensitivity';
  // "the antitumour (cytotoxic, anticancer, therapeutic) effect of gemcitabine" is its efficacy too (issue 7, stop 37:
  // "silencing X enhanced the antitumor effect of D" read nothing). Only an adjective of killing or treating tumour
  // cells, and no "on" after the drug: "the inhibitory effect of sorafenib on STAT3" is the drug's effect on STAT3.
  if (drugEffectBefore.test(before) && !/^\s+on\b/i.test(after)) return 'sensitivity';
  // Response to treatment is an outcome of its own (TREATMENT_RESPONSE), in the drug's context.
  // "trastuzumab response" names the same outcome.
  if (/\b(?:responses?|responsiveness)\s+to\s+(?:the\s+)?$/i.test(before) || /^\s+(?:responses?|responsiveness)\b/i.test(after)) return 'response';
  return undefined;
}

/** "the antitumour effect of", "cytotoxic effects of the", "the therapeutic efficacy of": a drug's efficacy named by what it does to tumours. */
const drugEffectBefore = /\b(?:anti-?tumou?r|anti-?cancer|anti-?neoplastic|anti-?proliferative|cytotoxic|cytocidal|tumou?r-?killing|therapeutic|chemotherapeutic|growth-?inhibitory)\s+(?:effects?|efficacy|activity|activities|actions?|potency)\s+of\s+(?:the\s+)?$/i;

/**
 * An outcome noun, "of", the cells (one to five words) and "to" before a drug: "sensitivity of HCC cells to", "the
 * chemoresistance of LoVo cells to the". The noun is group 1; "response" is not among them (a response of cells to a
 * drug can be any change the sentence names next).
 */
const cellsBetween = /\b((?:chemo-?)?(?:sensitivity|susceptibility|resistance))\s+of\s+(?:[\p{L}\p{N}-]+\s+){1,5}to\s+(?:the\s+)?$/iu;

/** ", Y" / "/Y" / " and Y" / " or Y" right after a drug: one more name (a second drug) before a shared outcome noun. */
const coordinatedName = /^(?:\s*[,/]\s*|\s+(?:and|or)\s+)[\p{L}\p{N}][\p{L}\p{N}-]{1,30}(?=[\s-])/u;

/**
 * The resistance to one drug the KB names ("SORAFENIB_RESISTANCE"), else drug resistance in general, which
 * then holds in the drug's context (see kb.drugPhenotype and verify's scope). Undefined when the KB has
 * neither.
 */
export function drugResistanceOf(drugId: string, kb: KnowledgeBase): { object: string; context: string[] } | undefined {
  const specific = `${drugId}_RESISTANCE`;
  if (kb.entities.has(specific) && kb.drugPhenotype(specific)) return { object: specific, context: [] };
  return kb.entities.has('DRUG_RESISTANCE') ? { object: 'DRUG_RESISTANCE', context: [drugId] } : undefined;
}
