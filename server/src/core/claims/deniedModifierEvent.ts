// An event named by a hyphenated cause and denied by the word that opens its noun phrase: "We found no
// hypoxia-induced rise in IL-11", "There was no X-driven Y expression", "the lack (absence) of X-induced Y
// phosphorylation". The reader takes "X-induced Y" for the claim X induces Y (roles.ts causalModifiers) and read it
// as asserted, so the sentence came out supported by the very finding it denies (stop 49, own probes: 12 of 14 such
// wordings). extract.ts nominalDenied denies the same determiners before a relation noun ("no induction of Y by X");
// this is its form for the hyphenated cause, whatever reader read the pair.
// Not when the sentence names a loss besides the denial ("no X-induced Y in Z-silenced cells", "after Z knockdown"):
// that says the event needs Z, and the event itself stands (deniedObservation.ts's rule).
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { causalModifiers } from './vocabulary';
import { lossAfter } from './deniedObservation';

/** A verb of seeing, denied: "did not observe", "could not detect", "failed to find", "never saw" (also extract.ts nominalDenied). */
export const deniedSeeingVerb = String.raw`(?:(?:did|do|does|could|can|would)\s+not|didn['’]t|couldn['’]t|cannot|failed\s+to|were\s+unable\s+to|was\s+unable\s+to|never)\s+(?:(?:\w+ly)\s+)?(?:observe|see|detect|find|note|notice|record|identify|measure|saw|observed|detected|found|noted)`;

/**
 * Right before the cause's name: "no", "lack of", "absence of", "no evidence of", or a denied verb of seeing ("did not
 * observe", "failed to detect", "could not find"), past an article and a few words of degree.
 */
const denyingOpener = new RegExp(
  String.raw`\b(?:no(?:\s+evidence\s+(?:of|for))?|(?:lack|absence|paucity)\s+of|${deniedSeeingVerb})\s+` +
    String.raw`(?:(?:the|any|an?|detectable|significant|measurable|appreciable|obvious|apparent|discernible|further|additional|marked|substantial|notable)\s+){0,3}$`,
  'i',
);
/** The hyphen and participle right after the cause's name ("-induced", "–driven"). */
const hyphenParticiple = /^\s*[-‐–]\s*([a-z-]+)/i;
/** Between the participle and the object: a few words of the noun phrase, no punctuation and no clause. */
const phraseGap = /^[^,;:()]{0,60}$/;
const clauseWord = /\b(?:that|which|was|were|is|are|has|have|had|did|does|and|or|but|by)\b/i;

export function withDeniedModifierEvents(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start, end } = sentence;
  let changed = false;
  const out = claims.map((c) => {
    if (c.negated || c.relation === 'no-effect' || c.object.start < c.subject.end) return c;
    const participle = hyphenParticiple.exec(text.slice(c.subject.end, c.object.start));
    if (!participle || causalModifiers[participle[1].toLowerCase()] === undefined) return c;
    const gap = text.slice(c.subject.end + participle[0].length, c.object.start);
    if (!phraseGap.test(gap) || clauseWord.test(gap)) return c;
    const opener = denyingOpener.exec(text.slice(Math.max(start, c.subject.start - 60), c.subject.start));
    if (!opener) return c;
    // A loss elsewhere in the sentence (the opener's own "absence", "lack" aside) makes the denial a condition.
    const openerAt = c.subject.start - opener[0].length;
    if (lossAfter.test(text.slice(start, openerAt)) || lossAfter.test(text.slice(c.subject.start, end))) return c;
    changed = true;
    return { ...c, negated: true };
  });
  return changed ? out : claims;
}
