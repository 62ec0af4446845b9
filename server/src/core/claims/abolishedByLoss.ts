// "A did not increase the invasion of cells that had been transfected with Z antisense": A's effect is gone
// where Z is lost, so Z is needed for it (Z promotes the effect). The reader took Z for one more object of the
// denial ("A did not change Z"), which the sentence does not say: that claim goes. The denial goes too: it holds
// only in cells without Z, a condition no finding of A's effect is in, so read bare it contradicted the very
// finding the writer builds on (the rule for a denial under a loss, noLongerAfterLoss.ts).
import { mentionsIn, claimOf, type SentenceSpan } from './construction';
import { isPair } from './readPairs';
import { invert, type ExtractedClaim } from './extract';
import { lossPatterns, relationSign } from './vocabulary';
import { manipulationOf } from './manipulatedGroup';

/** Between the effect and Z: the cells, then the transfection or treatment that removes Z. */
const lossCells = /^\s+(?:of|in)\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?cells?\s+(?:that|which)\s+(?:had\s+been|have\s+been|were)\s+(?:stably\s+|transiently\s+)?(?:transfected|treated|infected|transduced)\s+with\s+(?:an?\s+|the\s+)?$/iu;
/** Between the effect and Z, where the cells are named by Z's loss: " in (the) ", " of (HCC) cells lacking ". */
const lossNamedCells = /^\s+(?:of|in)\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}?$/iu;
/** After Z: the means of its loss, "Z siRNA", "Z antisense", "Z inhibitor" (vocabulary.ts lossWording). */
const lossMeans = lossPatterns.after;

/**
 * The rule's reading, a sentence-level claim filter (sentenceFilters.ts) run once on every reader's claims: anchored
 * reading's too (the verb reader's claims on a name the library lacks findings on are read again there, and the
 * denial comes back).
 */
export function abolishedByLossIn(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, end } = sentence;
  const inSentence = mentionsIn(sentence);
  const out: ExtractedClaim[] = [];
  const removed = new Set<ExtractedClaim>();
  for (const denial of claims) {
    if (!denial.negated || denial.object.start < denial.subject.end) continue;
    const lost =
      inSentence.find((m) => m.start > denial.object.end && lossCells.test(text.slice(denial.object.end, m.start)) && lossMeans.test(text.slice(m.end, m.end + 30))) ??
      // The cells named by the loss: "in Z-silenced cells", "of Z knockdown cells", "in cells lacking Z", "in cells
      // expressing dn Z" (manipulatedGroup.ts manipulationOf, the loss table's group and lacking places).
      inSentence.find((m) => m.start > denial.object.end && lossNamedCells.test(text.slice(denial.object.end, m.start)) && manipulationOf(sentence, m, end)?.sign === -1);
    if (!lost || lost.entityId === denial.object.entityId) continue;
    for (const c of claims) if (c.subject.entityId === denial.subject.entityId && c.object.start === lost.start) removed.add(c);
    removed.add(denial);
    // A denied rise says Z is needed for it (Z promotes Y). A denied fall ("D did not lower Y in Z-deficient cells")
    // says no direction of Z's own on Y (there may be little Y to lower without Z): the denial goes, nothing is read.
    const said = denial.inverted ? invert(denial.relation) : denial.relation;
    // (A reader may have read the claim already.)
    const known = [...claims, ...out].some((c) => !c.negated && isPair(c, lost.entityId, denial.object.entityId));
    if (relationSign(said) > 0 && !known) out.push(claimOf(sentence, lost, 'promotes', denial.object, { start: denial.object.start, end: lost.end, lossAndDenial: true }));
  }
  return removed.size === 0 ? claims : [...claims.filter((c) => !removed.has(c)), ...out];
}
