// Issue 7 (stop 41): the claim's object written as an amount of it, "raised IL-11Rα levels", "the expression of
// MMP-9", "CXCL8 mRNA", "secretion of IL-6". A level is a finding of its own: a route the library reports ("IL-11
// acts through IL-11Rα", restated as "IL-11 activates IL-11Rα", kb/inference.ts 'route-upstream') says the agent
// engages the partner, not that it makes more of it, so that restatement does not back the level (verify.ts
// `levelAgainstRoute`), nor (stop 42) does a finding on its phosphorylation back its expression, mRNA or total
// protein (`writtenAsExpression`, verify.ts `levelAgainstPhosphorylation`). The bare name ("raised IL-11Rα",
// "activates STAT3") names no aspect and is left as it is.
import type { EntityMention } from '../entities/recognize';

/**
 * Before the name, the verb that names the amount made: "by overexpressing IGF-1", "CAFs overexpress IL-6" (issue 7,
 * stop 52: a route through IGF-1, restated as the agent activating it, backed "the TME mediates this by
 * overexpressing IGF-1"). Only "overexpress": "express" alone also opens a state ("cells expressing IL-6R"), and
 * "secrete" or "produce" are left as they were read.
 */
const amountVerbBefore = /\bover-?express(?:es|ed|ing)?\s+(?:the\s+)?$/i;

/** After the name: "IL-11Rα levels", "MMP-9 mRNA expression", "IL-6 (protein) secretion". */
const levelAfter = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:mRNA|protein|gene|transcript|surface|serum|plasma|cellular|total|intracellular)\s+)*(?:levels?|expression|amounts?|abundance|content|secretion|production|release|transcription|transcripts?|concentrations?)\b/i;
/** Before the name: "levels of IL-11Rα", "the expression of the receptor IL-11Rα". */
const levelBefore = /\b(?:levels?|expression|amounts?|abundance|content|secretion|production|release|transcription|concentrations?)\s+of\s+(?:the\s+)?(?:(?:mRNA|protein|soluble|secreted|membrane|surface|receptor|cytokine)\s+)*$/i;

/** A word of a list (a name is one with a capital or a digit: "gp130", "STAT3", "AP-1"; `namesOnly`). */
const member = String.raw`[\p{L}\p{N}][\p{L}\p{N}/α-ωΑ-Ω-]*`;
/** Between two names of a list: ", ", " and ", ", and ", " or ". */
const listGap = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;

/**
 * Other members of a list the amount word governs, between it and the name: "the expression of gp130 and STAT3",
 * "STAT3, ERK and Akt mRNA levels" (each name one word, up to three of them; the list in the first group).
 */
const levelAfterList = new RegExp(String.raw`^((?:${listGap}${member}){1,3})` + levelAfter.source.slice(1), 'iu');
const levelBeforeList = new RegExp(levelBefore.source.slice(0, -1) + String.raw`((?:${member}${listGap}){1,3})$`, 'iu');

/** The list of a match, when every word of it is a name, never a plain word ("and changed expression of"). */
function namesOnly(list: RegExpExecArray | null): RegExpExecArray | null {
  return list !== null && (list[1].match(new RegExp(member, 'gu')) ?? []).every((w) => /^(?:and|or)$/.test(w) || /[\p{Lu}\p{N}]/u.test(w)) ? list : null;
}

/** The active form named before the name: "phosphorylated STAT3 levels", "activated Akt levels" are its activity. */
const activeFormBefore = /\b(?:phospho(?:rylated)?|activated|active)[-\s]+$/i;

/**
 * Both patterns before the name hold "of" between spaces ("levels of", "the expression of gp130 and"): a stretch
 * without it is not tried against them. Both are anchored at the stretch's end, which the engine reaches by trying
 * every start in it; this one test stands in for those tries in most claims (issue 10, stop 46).
 */
const ofBetweenSpaces = /\sof\s/iu;

/** The words that write the object as its amount, or undefined (see writtenAsLevel). */
function amountWords(object: EntityMention, text: string): string | undefined {
  if (object.aspect === 'phosphorylation') return undefined;
  const before = text.slice(Math.max(0, object.start - 90), object.start);
  if (activeFormBefore.test(before)) return undefined;
  const after = text.slice(object.end, object.end + 90);
  const ofBefore = ofBetweenSpaces.test(before);
  return (levelAfter.exec(after) ?? (ofBefore ? levelBefore.exec(before) : null) ?? namesOnly(levelAfterList.exec(after)) ?? (ofBefore ? namesOnly(levelBeforeList.exec(before)) : null) ?? amountVerbBefore.exec(before))?.[0];
}

/**
 * Whether the object mention is written as its amount in `text` (the block text its offsets are in). A level of the
 * active form ("p-STAT3 levels", "levels of phosphorylated STAT3") is the partner's activity, not its amount.
 */
export function writtenAsLevel(object: EntityMention, text: string): boolean {
  return amountWords(object, text) !== undefined;
}

/**
 * Whether the amount is named as what the cells make of the partner, its expression, mRNA, transcripts or total
 * protein ("STAT3 mRNA expression", "the expression of gp130 and STAT3", "total STAT3 protein levels"), not by the
 * bare "levels" or "amount", which writers also use of a blot of the active form ("STAT3 levels fell"): only that
 * amount is one a finding on the partner's phosphorylation does not back (verify.ts levelAgainstPhosphorylation).
 */
export function writtenAsExpression(object: EntityMention, text: string): boolean {
  const words = amountWords(object, text);
  return words !== undefined && namesExpression(words, object, text);
}

/** Whether the amount words (amountWords) name what the cells make (writtenAsExpression). */
function namesExpression(words: string, object: EntityMention, text: string): boolean {
  // "total STAT3 protein levels": "total" before the name says the amount is of every form.
  return /\b(?:expression|mRNA|transcripts?|transcription|gene|total)\b|express(?:es|ed|ing)?\b/i.test(words) || /\btotal\s+$/i.test(text.slice(Math.max(0, object.start - 8), object.start));
}

/**
 * The object's aspect as the claim writes it: 'expression' (writtenAsExpression), else 'level' (writtenAsLevel), else
 * undefined. The amount words are found once for both questions (extract.ts toVerifiable asks them of every claim).
 */
export function writtenAspect(object: EntityMention, text: string): 'level' | 'expression' | undefined {
  const words = amountWords(object, text);
  if (words === undefined) return undefined;
  return namesExpression(words, object, text) ? 'expression' : 'level';
}
