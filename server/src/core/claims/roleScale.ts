// The size a writer gives a role: "X plays a minor role in Y", "X is a negligible contributor to Y", "X is unlikely
// to be a driver of Y". Every reader of role nouns (the frames' "plays a role in", the copular agent nouns "a driver
// of", the anchored cues "a factor in") reads the role's direction from the noun and its adjectives of direction;
// none of them read its size, so "a minor role" came out as "X promotes Y", supported by a finding that X is a key
// driver. A belittled role says the writer does not credit X with Y: the claim is not the finding's claim.
// - A role sized to nothing ("negligible", "insignificant", "little") is a denial of the effect: no-effect, as
//   "the effect of X on Y was negligible" is (cues.ts sizeDenials).
//   So is a part called unneeded ("a dispensable step in Y", "an unnecessary factor in Y"), what "X is dispensable
//   for Y" says (stop 52: read as X promoting Y, a false support of the finding the sentence denies).
// - A role granted but made small ("minor", "marginal", "limited", "modest", "secondary") states no direction a
//   finding could back: the claim is dropped (the sentence then names its actor without a read claim: unsupported,
//   never supported), as "the effect of X on Y was modest" reads nothing.
// - A role hedged away ("X is unlikely to be a driver of Y", "unlikely to play a role in") is a denial: negated.
// The rule looks at the words between the claim's two participants (the role noun stands there in every reading of
// these shapes, "X plays a minor role in Y", "the minor role of X in Y" with a few words before the first) and
// applies only where a size word stands right before a role noun (vocabulary.ts roleNouns), one adjective between
// at most: "a small fall in Y" or "in a minor subset of cells" is no role.
import type { ExtractedClaim } from './extract';
import { roleNouns } from './vocabulary';

/** Sizes of a role: 'none' denies the effect, 'small' grants no direction. */
export const roleSizes: Readonly<Record<string, 'none' | 'small'>> = {
  negligible: 'none', insignificant: 'none', little: 'none', minimal: 'none', nil: 'none',
  dispensable: 'none', unnecessary: 'none', nonessential: 'none', 'non-essential': 'none', inessential: 'none', expendable: 'none',
  // Stop 54: other words of an unneeded part ("a needless step in Y", "a superfluous factor in Y").
  needless: 'none', superfluous: 'none', unneeded: 'none', unimportant: 'none', irrelevant: 'none',
  minor: 'small', marginal: 'small', limited: 'small', modest: 'small', secondary: 'small', subsidiary: 'small', peripheral: 'small', lesser: 'small',
};

/** Examples of the rule, each its own test (roleScale.test.ts): the sentence and the claims read from it. */
export const roleScaleExamples: readonly { example: string; reads: readonly string[] }[] = [
  { example: 'IL-11 plays only a minor role in the invasion of tumour cells.', reads: [] },
  { example: 'In these cells STAT3 was a marginal contributor to migration.', reads: [] },
  { example: 'Hypoxia appears to be a negligible factor in cell invasion.', reads: ['HYPOXIA no-effect CELL_INVASION'] },
  { example: 'Vimentin is unlikely to be a driver of cell migration.', reads: ['NOT VIM promotes CELL_MIGRATION'] },
  { example: 'In these cells hypoxia plays little if any role in cell invasion.', reads: ['HYPOXIA no-effect CELL_INVASION'] },
  { example: 'In breast tumours, STAT3 is a dispensable step in cell invasion.', reads: ['STAT3 no-effect CELL_INVASION [ctx BREAST_CANCER]'] },
  { example: 'STAT3 is not a dispensable factor in cell invasion.', reads: ['STAT3 promotes CELL_INVASION'] },
  { example: 'Vimentin plays an unnecessary part in cell migration.', reads: ['VIM no-effect CELL_MIGRATION'] },
  { example: 'In breast tumours, IL-11 is a needless step in cell invasion.', reads: ['IL11 no-effect CELL_INVASION [ctx BREAST_CANCER]'] },
  { example: 'Vimentin plays a superfluous part in cell migration.', reads: ['VIM no-effect CELL_MIGRATION'] },
  { example: 'Hypoxia is an unimportant trigger of cell invasion.', reads: ['HYPOXIA no-effect CELL_INVASION'] },
  { example: 'STAT3 is not a superfluous step in cell invasion.', reads: ['STAT3 promotes CELL_INVASION'] },
];

// (Stop 50, h-prec50: "little if any role", "little or no role" size the role to nothing as "little role" does; the
// words between were taken for the one adjective and the role noun was not reached.)
const sizeWord = new RegExp(`\\b(${Object.keys(roleSizes).join('|')})\\s+(?:(?:if\\s+any|or\\s+no),?\\s+)?(?:[a-z-]+\\s+)?(\\w+)\\b`, 'gi');

/** A size word or a hedge the rule reads: most sentences hold none (the table's words, so one added there is seen). */
const prefilter = new RegExp(`\\b(?:${Object.keys(roleSizes).join('|')}|unlikely|hardly|barely|scarcely)\\b`, 'i');

/** The claims of a sentence with each belittled role's claim turned into a denial or dropped. */
export function withRoleScale(claims: readonly ExtractedClaim[], text: string, start: number, end: number): readonly ExtractedClaim[] {
  if (claims.length === 0) return claims;
  const sentence = text.slice(start, end);
  // Prefilter: most sentences have no size word and no "unlikely".
  if (!prefilter.test(sentence)) return claims;
  let changed = false;
  const out: ExtractedClaim[] = [];
  for (const claim of claims) {
    const scale = scaleOf(claim, text, start, end);
    if (scale === undefined) {
      out.push(claim);
      continue;
    }
    changed = true;
    if (scale === 'small') continue;
    // "X is not a dispensable (negligible) factor in Y": the size denied grants the role. Only a denial of the size
    // word itself: in "little or no role" the "no" is the size said twice, not a denial of it.
    if (scale === 'none' && claim.negated && claim.relation !== 'no-effect' && sizeDenied(claim, text, start)) out.push({ ...claim, negated: false });
    else if (scale === 'none') out.push({ ...claim, relation: 'no-effect', negated: false, polarity: undefined });
    else out.push({ ...claim, negated: true });
  }
  return changed ? out : claims;
}

/** How the words around the claim's role size it: a role size, 'hedged' ("unlikely to be"), or nothing. */
function scaleOf(claim: ExtractedClaim, text: string, start: number, end: number): 'none' | 'small' | 'hedged' | undefined {
  const [first, second] = claim.subject.start <= claim.object.start ? [claim.subject, claim.object] : [claim.object, claim.subject];
  if (second.start <= first.end) return undefined;
  const between = text.slice(first.end, second.start);
  // "The minor role of X in Y": the last three words before the first participant.
  const before = (text.slice(Math.max(start, first.start - 60), first.start).match(/(?:\S+\s+){0,3}$/) ?? [''])[0];
  for (const stretch of [between, before]) {
    sizeWord.lastIndex = 0;
    for (let match = sizeWord.exec(stretch); match; match = sizeWord.exec(stretch)) {
      const size = roleSizes[match[1].toLowerCase()];
      const words = match[0].toLowerCase().split(/\s+/).slice(1);
      if (size && words.some((w) => roleNouns.has(w))) return size;
    }
  }
  // The size said after the pair: "the contribution of X to Y was minor", "the role of X in Y appears (to be)
  // limited", "X plays a role in Y, albeit a minor one": a role noun stands before the pair or between it.
  const after = text.slice(second.end, Math.min(end, second.end + 80));
  const roleNamed = [between, before].some((stretch) => stretch.toLowerCase().split(/[^a-z-]+/).some((w) => roleNouns.has(w)));
  const sized = roleNamed ? sizeAfter.exec(after) ?? sizeAside.exec(after) : null;
  if (sized) return roleSizes[sized[1].toLowerCase()];
  // "X is hardly involved in Y": a hedged denial. ("X is unlikely to be a driver of Y" is negated where the verb
  // group is read, vocabulary.ts, which also knows "unlikely to be the only driver" asserts the claim.)
  // A claim of no effect is that denial already read (extract.ts reads the adverb before its verb since stop 36):
  // denied again it said the opposite of what the writer meant.
  return !claim.negated && claim.relation !== 'no-effect' && /\b(?:hardly|barely|scarcely)\b/i.test(between) ? 'hedged' : undefined;
}

/** Whether a size word of nothing stands right after "not" (or "never"), with an article between at most: "is not a
 * dispensable factor", "not an unnecessary step". */
function sizeDenied(claim: ExtractedClaim, text: string, start: number): boolean {
  const from = Math.max(start, Math.min(claim.subject.start, claim.object.start) - 60);
  return deniedNothingSize.test(text.slice(from, Math.max(claim.subject.end, claim.object.end)));
}
const deniedNothingSize = new RegExp(`\\b(?:not|never)\\s+(?:(?:a|an|the)\\s+)?(?:${Object.keys(roleSizes).filter((k) => roleSizes[k] === 'none').join('|')})\\b`, 'i');

const sizeNames = Object.keys(roleSizes).join('|');
/** "... was (only, relatively) minor", "... appears to be limited", after the pair, in its own clause. */
const sizeAfter = new RegExp(`^[^,.;:]{0,40}?\\b(?:is|was|are|were|be|been|remains?|remained|seems?|seemed|appears?|appeared|proved|proves)\\s+(?:to\\s+be\\s+)?(?:only\\s+|rather\\s+|relatively\\s+|very\\s+|quite\\s+|at\\s+best\\s+)?(${sizeNames})\\b`, 'i');
/** "..., albeit (though, but only) a minor one". */
const sizeAside = new RegExp(`^[^.;:]{0,20}?,\\s*(?:albeit|although|though|but|if)\\s+(?:only\\s+)?(?:a|an)\\s+(?:very\\s+|rather\\s+|relatively\\s+)?(${sizeNames})\\s+one\\b`, 'i');
