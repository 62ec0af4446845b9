// Effects undone (issue 7, stop 50): "X led to (a) rescue of Z effects", "X caused a reversal of the effects of Z",
// "X restored the effects of Z", "X reversed the Z-induced changes". The word of undoing (rescue, reversal,
// restoration, normalisation, as noun or verb) acts on what Z did, not on Z: it says X takes back (or gives back)
// Z's changes, which is no rise or fall of Z and no claim that X brings Z about. The verb reader took the name inside
// the phrase for the verb's object and read "X induces Z" (a rescue of a virus's effects read as the virus's
// induction, "restored the effects of hypoxia" as X raising hypoxia), a claim the sentence never makes. That claim
// goes; the sentence's other changes stay ("... led to rescue of Z effects, reduced A and increased B" keeps A and B).
// Only Z's effects or the changes Z caused are undone here: a word of undoing on a name itself ("restoration of
// E-cadherin", "reversed EMT") names a change of that name, read as the other readers read it. The subject of an
// undoing verb is extract.ts undoingVerbs' business, an undone fall undoneFall.ts's.
import type { ExtractedClaim } from './extract';

/**
 * The word of undoing: a noun with "of" ("rescue of", "reversal of", "restoration of", "normalisation of") or a verb
 * ("rescued", "reverses", "restoring", "normalised"), as extract.ts undoingVerbs names them.
 */
const undoing = String.raw`(?:(?:rescue|reversal|restoration|normali[sz]ation)\s+of|(?:rescu|revers|restor|normali[sz])(?:e|es|ed|ing))`;
/** The undoing word right before the phrase that holds the name, with one word between at most: "(a) rescue of (the)". */
const undoingBefore = new RegExp(String.raw`\b${undoing}\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$`, 'iu');
/** The phrase names the name's effects or the changes it caused: "Z effects", "Z-induced changes". */
const effectsAfter = /^(?:[\s-]+(?:induced|mediated|driven|dependent|related|associated))?\s+(?:effects?|actions?|changes|alterations|phenotypes?|responses?)\b/i;
/** Or "the effects of Z", "the changes caused by Z", after the undoing word. */
const effectsOfBefore = new RegExp(String.raw`\b${undoing}\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:effects?|actions?|changes|alterations)\s+(?:of|by|caused\s+by|induced\s+by)\s+(?:the\s+)?$`, 'iu');
/**
 * Or what those effects were on: "a reversal of the effects of Z on Y" undoes Z's effect on Y, no rise of Y by the
 * agent (issue 7, stop 51, h-false51: read as "X induces Y"). The agent's own effect on Y is not said.
 */
const effectsOnBefore = new RegExp(String.raw`\b${undoing}\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:effects?|actions?)\s+of\s+[^,;.]{1,60}?\s+on\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$`, 'iu');
/** A cheap test that the sentence has a word of undoing at all. */
const anyUndoing = new RegExp(String.raw`\b${undoing}\b`, 'i');

/**
 * A state's own phenotype: "the EMT phenotype", "the mesenchymal phenotype" is the state itself, so "the reversal of
 * the EMT phenotype" is less EMT, read as "the reversal of EMT" is (issue 7, stop 51, h-subj51: it read no claim).
 * An agent's phenotype ("the hypoxia phenotype") and a caused one ("the IL-6-induced phenotype") stay its changes.
 */
const ownPhenotypeAfter = /^\s+phenotypes?\b/i;

/** Whether the claim's object is a name whose effects an undoing noun takes back; `isState` says a name is a process or phenotype. */
export function objectsEffectsUndone(claim: ExtractedClaim, text: string, start: number, isState: (entityId: string) => boolean = () => false): boolean {
  if (claim.subject.end > claim.object.start) return false;
  const before = text.slice(Math.max(start, claim.object.start - 60), claim.object.start);
  if (effectsOfBefore.test(before) || effectsOnBefore.test(before)) return true;
  const after = text.slice(claim.object.end, claim.object.end + 40);
  return undoingBefore.test(before) && effectsAfter.test(after) && !(ownPhenotypeAfter.test(after) && isState(claim.object.entityId));
}

/** The sentence filter: claims on a name whose effects the sentence says were undone go. */
export function withoutUndoneEffects(claims: readonly ExtractedClaim[], text: string, start: number, end: number, isState?: (entityId: string) => boolean): readonly ExtractedClaim[] {
  if (!anyUndoing.test(text.slice(start, end))) return claims;
  return claims.some((c) => objectsEffectsUndone(c, text, start, isState)) ? claims.filter((c) => !objectsEffectsUndone(c, text, start, isState)) : claims;
}
