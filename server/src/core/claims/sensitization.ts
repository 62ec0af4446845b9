// Sensitisation to a drug: "X sensitised the resistant cells to D", "X knockdown resensitised cells to D"; and
// its opposite, "X desensitised the cells to D" (X raises the resistance).
// The cells named between the verb and the drug are where it holds; the finding is about the resistance to D:
// X lowers it, and X's loss of function (knockdown, silencing, inhibition) lowering it means X raises it.
// The verb reading leaves the drug after "cells to" without a role, so this construction reads it.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { drugResistanceOf } from '../kb/outcomes';
import { addingWith, type Construction, contextMentions, isDrugMention, mentionsIn, onePerEntity, type SentenceSpan, claimOf } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { isLostInPlace } from './lostPlace';
import { alternation, lossGroupAfter, lossNounsAt, lossOfFunctionAfter, lossOfFunctionBefore, lossPatterns } from './vocabulary';
import { allMatches } from '../util/allMatches';

const verb = /\b(?:re-?)?sensiti[sz](?:e|es|ed|ing)\b/gi;
/** Desensitising: "de-sensitised", "desensitizes" (never "resensitise", which the verb above reads). */
const opposite = /\bde-?sensiti[sz](?:e|es|ed|ing)\b/gi;
/** Between the verb and the drug: the cells (a few words), then "to". */
const cellsTo = /^\s+(?:[\p{L}\d-]+\s+){0,5}?to\s+(?:the\s+)?$/iu;
/** Where the subject's clause starts. */
const clauseStart = /[;:]|,\s*(?:whereas|while|but|and)\b|\b(?:whereas|while)\b/gi;

/**
 * The subject of the verb at `at`: the last mention that `fits` between the start of the verb's clause (after the last
 * `clauseStart` before the verb, else the sentence's start) and the verb. One lookup for the readers of this file,
 * which each wrote it out.
 */
function subjectBefore(sentence: SentenceSpan, at: number, fits: (m: EntityMention) => boolean): EntityMention | undefined {
  const { text, start } = sentence;
  const from = Math.max(start, ...[...allMatches(clauseStart, text.slice(start, at))].map((c) => start + c.index + c[0].length));
  const inSentence = mentionsIn(sentence);
  for (let k = inSentence.length - 1; k >= 0; k--) {
    const m = inSentence[k];
    if (m.end <= at && m.start >= from && fits(m)) return m;
  }
  return undefined;
}

/** Where each match of `verb` in the sentence stands and ends, in the block's text: the verbs each reader of this file starts from. */
function verbsIn(sentence: SentenceSpan, verb: RegExp): { at: number; verbEnd: number }[] {
  const { text, start, end } = sentence;
  return allMatches(verb, text.slice(start, end)).map((match) => ({ at: start + match.index, verbEnd: start + match.index + match[0].length }));
}

function lostAround(text: string, mention: EntityMention, verbAt: number): boolean {
  const after = text.slice(mention.end, verbAt).toLowerCase().split(/[^\p{L}\d-]+/u).filter(Boolean);
  const before = text.slice(Math.max(0, mention.start - 40), mention.start).toLowerCase().split(/[^\p{L}\d-]+/u).filter(Boolean);
  const previous = before[before.length - 1] === 'of' ? before[before.length - 2] : before[before.length - 1];
  return after.slice(0, 3).some((w) => lossOfFunctionAfter.has(w)) || (previous !== undefined && lossOfFunctionBefore.has(previous));
}

/**
 * What a claim that the subject changes the cells' response to `drug` is about: the resistance to the drug (kb/outcomes.ts
 * drugResistanceOf), standing where the drug is named, with the sentence's context and the outcome's own. Undefined where
 * the library names no resistance to the drug, or where the reader already read the subject on the resistance or on the
 * drug itself: that reading speaks first. sensitizationClaims and madeSensitiveClaims each wrote this out.
 */
function resistanceTo(sentence: SentenceSpan, subject: EntityMention, drug: EntityMention, claims: readonly ExtractedClaim[]): { object: EntityMention; context: EntityMention[] } | undefined {
  const outcome = drugResistanceOf(drug.entityId, sentence.kb);
  if (!outcome) return undefined;
  if (readsPair(claims, subject.entityId, outcome.object) || readsPair(claims, subject.entityId, drug.entityId)) return undefined;
  const object: EntityMention = { ...drug, entityId: outcome.object };
  const context = onePerEntity([...contextMentions(sentence, [subject.entityId, outcome.object]), ...outcome.context.map((id) => ({ ...drug, entityId: id }))]);
  return { object, context };
}

export function sensitizationClaims(sentence: SentenceSpan, claims: readonly ExtractedClaim[], desensitizing = false): ExtractedClaim[] {
  const { text, kb } = sentence;
  const added: ExtractedClaim[] = [];
  const inSentence = mentionsIn(sentence);
  for (const { at, verbEnd } of verbsIn(sentence, desensitizing ? opposite : verb)) {
    const drug = inSentence.find((m) => m.start > verbEnd && isDrugMention(m.entityId, kb) && cellsTo.test(text.slice(verbEnd, m.start)));
    if (!drug) continue;
    const subject = subjectBefore(sentence, at, (m) => isMarkerType(kb.entities.get(m.entityId)?.type ?? '') && m.entityId !== drug.entityId);
    if (!subject) continue;
    const resistance = resistanceTo(sentence, subject, drug, claims);
    if (!resistance) continue;
    const { object, context } = resistance;
    const lost = lostAround(text, subject, at);
    // Sensitising lowers the resistance, desensitising raises it; a loss of function turns either round.
    const raises = lost !== desensitizing;
    added.push(claimOf(sentence, subject, raises ? 'increases' : 'decreases', object, { context, inverted: lost, end: drug.end }));
  }
  return added;
}

export const sensitization: Construction = {
  name: 'sensitization',
  reads: '"X knockdown resensitised the cells to D": X raises resistance to D (X itself sensitising lowers it)',
  triggers: ['sensiti'],
  example: 'Vimentin knockdown resensitised the resistant cells to trastuzumab.',
  expected: ['VIM increases DRUG_RESISTANCE [ctx DRUG_TRASTUZUMAB]'],
  apply: addingWith((sentence, claims) => sensitizationClaims(sentence, claims)),
};

export const desensitization: Construction = {
  name: 'desensitization',
  reads: '"X desensitised the cells to D": X raises resistance to D ("X knockdown desensitised" lowers it)',
  triggers: ['sensiti'],
  example: 'Silencing of vimentin desensitised the breast tumour cells to trastuzumab.',
  expected: ['VIM decreases DRUG_RESISTANCE [ctx BREAST_CANCER,DRUG_TRASTUZUMAB]'],
  apply: addingWith((sentence, claims) => sensitizationClaims(sentence, claims, true)),
};

/**
 * Sensitisation to a harm rather than a drug: "X sensitises the cells to apoptosis", "X sensitized tumour cells to a
 * range of apoptotic stimuli". What the cells are made sensitive to is a process (a kind of cell death, a stimulus
 * named by its process): X makes it happen more readily, so X raises it; "X desensitises the cells to Y" lowers it,
 * and X's loss turns either round. The mirror of protectedFrom.ts's "X protects cells from apoptosis" (issue 7,
 * h-w21b44: the verb reading keeps only a drug after "cells to", so nothing was read).
 */
/** Between "to" and the harm: an article, and a quantity of kinds ("a variety of", "several", "multiple"). */
const harmAfterTo = /^\s+(?:[\p{L}\d-]+\s+){0,5}?to\s+(?:(?:the|a|an|various|several|multiple|diverse|many|different|numerous)\s+)?(?:(?:wide\s+|broad\s+)?(?:range|variety|number|array|spectrum|host|panel|series)\s+of\s+)?(?:(?:the|different|diverse|various|multiple|several)\s+)?$/iu;

export function sensitizedToHarmClaims(sentence: SentenceSpan, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const added: ExtractedClaim[] = [];
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention): string => kb.entities.get(m.entityId)?.type ?? '';
  for (const desensitizing of [false, true]) {
    for (const { at, verbEnd } of verbsIn(sentence, desensitizing ? opposite : verb)) {
      // "de-sensitised" is the opposite verb's, never this one's too.
      if (!desensitizing && /de-$/i.test(text.slice(Math.max(start, at - 3), at))) continue;
      // The first name after the verb must be the harm: "sensitised HCC cells to apoptosis" passes the cells' cancer.
      const harm = inSentence.find((m) => m.start > verbEnd && harmAfterTo.test(text.slice(verbEnd, m.start)));
      if (!harm || (typeOf(harm) !== 'process' && typeOf(harm) !== 'phenotype')) continue;
      const subject = subjectBefore(sentence, at, (m) => isMarkerType(typeOf(m)) && m.entityId !== harm.entityId);
      if (!subject) continue;
      if (readsPair([...claims, ...added], subject.entityId, harm.entityId)) continue;
      const lost = lostAround(text, subject, at);
      // Sensitising raises the harm, desensitising lowers it; a loss of function turns either round.
      const raises = lost === desensitizing;
      added.push(claimOf(sentence, subject, raises ? 'increases' : 'decreases', harm, { context: contextMentions(sentence, [subject.entityId, harm.entityId]), inverted: lost, end: harm.end }));
    }
  }
  return added;
}

export const sensitizedToHarm: Construction = {
  name: 'sensitized-to-harm',
  reads: '"X sensitises the cells to apoptosis": X raises apoptosis ("X desensitises" lowers it; X\'s loss turns either round)',
  triggers: ['sensiti'],
  example: 'STAT3 desensitised the gastric cancer cells to a range of apoptotic insults.',
  expected: ['STAT3 decreases APOPTOSIS [ctx GASTRIC_CANCER]'],
  apply: addingWith(sensitizedToHarmClaims),
};

/**
 * The same finding with a verb of making and an adjective of response: "loss of X made the cells more sensitive to
 * D", "X renders tumours resistant to D", "X left the cells less responsive to D". The adjective says which way: a
 * sensitive (susceptible, responsive, vulnerable) result lowers the resistance to D, a resistant (refractory,
 * tolerant, insensitive) or "less sensitive" one raises it; a loss of function of the subject turns either round.
 * The verb reading found no relation verb in "made" and left the drug after "to" without a role.
 */
const makingVerb = /\b(?:made|makes|make|making|rendered|renders|render|rendering|left|leaves|leaving)\b/gi;
/**
 * Or a copula after cells named by a loss: "HCC cells lacking X were more sensitive to D", "X-silenced cells became
 * resistant to D". Only with the loss: "X-high cells were less sensitive to D" is a marker's state, another reading.
 */
const copula = /\b(?:were|was|are|is|became|become|becomes|remained|remain|remains|appeared)\b/gi;
const cellsThenAdjective =
  /^\s+(?:[\p{L}\d-]+\s+){0,5}?(?:(?:(less)|more|highly|increasingly|markedly|much|far|significantly|fully|again|considerably|substantially|exquisitely)\s+)*(?:(sensitive|susceptible|responsive|vulnerable|sensitised|sensitized)|(resistant|refractory|tolerant|insensitive|unresponsive))\s+to\s+(?:the\s+)?$/iu;

export function madeSensitiveClaims(sentence: SentenceSpan, claims: readonly ExtractedClaim[], copular = false): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const added: ExtractedClaim[] = [];
  const inSentence = mentionsIn(sentence);
  for (const { at, verbEnd } of verbsIn(sentence, copular ? copula : makingVerb)) {
    let adjective: RegExpExecArray | null = null;
    const drug = inSentence.find((m) => m.start > verbEnd && isDrugMention(m.entityId, kb) && (adjective = cellsThenAdjective.exec(text.slice(verbEnd, m.start))) !== null);
    if (!drug || !adjective) continue;
    const before = subjectBefore(sentence, at, (m) => m.entityId !== drug.entityId && (isMarkerType(kb.entities.get(m.entityId)?.type ?? '') || isDrugMention(m.entityId, kb)));
    // "The cells became more sensitive to D after X knockdown": with a copula, the loss may follow the drug.
    const after = copular && !before ? lossAfterDrug(text, drug, inSentence, end) : undefined;
    // "Cells were more sensitive to D after treatment with X", "Following X treatment, the cells were less sensitive
    // to D": a treatment named around the copular clause is what made the cells so (issue 7, stop 34).
    const treated = copular && !after ? treatmentAround(text, drug, inSentence, start, end, at) : undefined;
    const subject = treated ?? before ?? after;
    if (!subject) continue;
    const resistance = resistanceTo(sentence, subject, drug, claims);
    if (!resistance) continue;
    const { object, context } = resistance;
    const lost = treated === undefined && (after !== undefined || lostAround(text, subject, at) || lostTied(text, subject) || (copular && isLostInPlace(text, 0, subject)));
    if (copular && !lost && !treated) continue;
    // A sensitive result lowers the resistance, "less sensitive" or a resistant one raises it; a loss turns it round.
    const [, less, sensitive] = adjective as RegExpExecArray;
    const resultRaisesResistance = (sensitive !== undefined) === (less !== undefined);
    const raises = resultRaisesResistance !== lost;
    added.push(claimOf(sentence, subject, raises ? 'increases' : 'decreases', object, { context, inverted: lost, start: Math.min(subject.start, at), end: Math.max(drug.end, subject.end) }));
  }
  return added;
}

/** Between the drug and the lost name: "after", "following the silencing of". */
const lossOfAfterDrug = new RegExp(String.raw`^\s+(?:(?:only|also|even)\s+)?(?:after|following|upon|on)\s+(?:the\s+|a\s+|an\s+)?(?:(?:${alternation(lossNounsAt('before'))})\s+of\s+(?:the\s+)?)?$`, 'i');
/** The name whose loss follows the drug: "... to D after (following, upon) X knockdown (the silencing of X)". */
function lossAfterDrug(text: string, drug: EntityMention, inSentence: readonly EntityMention[], end: number): EntityMention | undefined {
  const next = inSentence.find((m) => m.start >= drug.end);
  if (!next) return undefined;
  const between = text.slice(drug.end, next.start);
  // The nouns of a loss before "of" and the words of a loss after the name are vocabulary.ts lossWording's.
  if (!lossOfAfterDrug.test(between)) return undefined;
  const named = /of\s+(?:the\s+)?$/i.test(between);
  if (!named && !lossPatterns.after.test(text.slice(next.end, Math.min(end, next.end + 30)))) return undefined;
  return next;
}

/** Words naming a treatment given to cells: "treatment with X", "exposure to X", "X pretreatment". */
const treatmentNoun = '(?:treatment|pre-?treatment|co-?treatment|exposure|incubation|stimulation|administration|supplementation)';
const treatmentBefore = new RegExp(`(?:^|[\\s(])(?:after|following|upon|on)\\s+(?:the\\s+|a\\s+)?(?:${treatmentNoun}\\s+(?:with|to|by|of)\\s+(?:the\\s+|recombinant\\s+|exogenous\\s+)*)?$`, 'i');
const treatmentAfterName = new RegExp(`^[-\u2010\u2011\\s]+${treatmentNoun}\\b`, 'i');

/**
 * The agent of a copular sensitivity named as a treatment, after the drug ("... to D after treatment with X", "... to D
 * following X exposure") or fronted before the cells ("After X treatment, the cells were more sensitive to D"). A
 * name without a noun of treatment after "after" ("after X", "after X knockdown") is not this reading: bare, it may be a
 * time; with a loss, `lossAfterDrug` reads it.
 */
function treatmentAround(text: string, drug: EntityMention, inSentence: readonly EntityMention[], start: number, end: number, copulaAt: number): EntityMention | undefined {
  const treatedAt = (m: EntityMention): boolean => {
    const before = text.slice(Math.max(start, m.start - 60), m.start);
    const match = treatmentBefore.exec(before);
    if (!match) return false;
    // "after treatment with X siRNA": a loss, not this reading.
    const nextWords = text.slice(m.end, Math.min(end, m.end + 24)).toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
    if (nextWords.slice(0, 2).some((w) => lossOfFunctionAfter.has(w))) return false;
    // "after X": a noun of treatment must name it on one side or the other.
    return new RegExp(`${treatmentNoun}\\s+(?:with|to|by|of)\\s+(?:the\\s+|recombinant\\s+|exogenous\\s+)*$`, 'i').test(before) || treatmentAfterName.test(text.slice(m.end, Math.min(end, m.end + 20)));
  };
  const next = inSentence.find((m) => m.start >= drug.end);
  if (next && treatedAt(next) && /^\s+(?:(?:only|also|even)\s+)?(?:after|following|upon|on)\b/i.test(text.slice(drug.end, next.start))) return next;
  // Fronted: the treatment in a phrase closed by a comma before the copula's clause.
  const fronted = inSentence.find((m) => m.end <= copulaAt && treatedAt(m));
  if (fronted && /^[^,;]*,[^,;]*$/.test(text.slice(fronted.end, copulaAt)) && /^\s*(?:after|following|upon|on)\b/i.test(text.slice(start, fronted.start))) return fronted;
  return undefined;
}

export const madeSensitive: Construction = {
  name: 'made-sensitive',
  reads: '"loss of X made the cells more sensitive to D", "cells lacking X were more sensitive to D": X raises resistance to D; "X renders cells resistant to D" too',
  triggers: ['made', 'make', 'render', 'left', 'leave', 'leaving', 'sensitive', 'susceptible', 'responsive', 'vulnerable', 'resistant', 'refractory', 'tolerant'],
  example: 'Silencing of IGF-1R made the HCC cells more sensitive to sorafenib.',
  expected: ['IGF1R increases SORAFENIB_RESISTANCE [ctx HCC]'],
  apply(claims, sentence) {
    const added = madeSensitiveClaims(sentence, claims);
    const copular = madeSensitiveClaims(sentence, [...claims, ...added], true);
    // The loss's effect on the resistance is the sentence's main claim; that the drug acts on the cells
    // (sensitiveCells.ts) goes after it, so the verdict follows the loss's finding.
    return added.length + copular.length > 0 ? [...copular, ...claims, ...added] : claims;
  },
};

/** A loss tied to the name by a hyphen: "IGF-1R-silenced cells", "STAT3-deficient cells", "IL-6-null mice". */
function lostTied(text: string, mention: EntityMention): boolean {
  // The words are vocabulary.ts lossWording's, at its group place, here with a hyphen.
  const after = text.slice(mention.end, mention.end + 24);
  return /^[-\u2010\u2011]/.test(after) && lossGroupAfter.test(after);
}
