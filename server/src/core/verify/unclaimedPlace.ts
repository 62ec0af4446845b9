// A cell line the reader took for a participant (issue 7, stop 55: a precision guard). A cell line is a place, never a
// participant (kb/schema.ts placeTypes), but a reading can take one for the subject or object of a claim of its own
// ("IL-6 induced Jagged-1 and promotion of W-derived spheroid growth": "W increases growth"); then no claim carries it
// in its context, and a finding stated in other cells or another cancer backed the sentence's claim as if it named no
// place. The reader's sentence context (extract.ts) already lends the places a clause names to the claims of a clause
// naming none, and keeps to themselves, on purpose, the places of a detached second predicate ("and are abundant in Z
// cancer"), of a description of the subject ("X, a cytokine overexpressed in Z, ...") and of examples; what it cannot
// lend is a place it read as a participant. What the caller does with them: a supported claim with no place of its own
// is checked again with them as its places, so a finding elsewhere makes it other-context, and one there still backs it.
// Not places of the claim even so: a line compared against ("than in W cells"), excluded (scope.ts `excludedPlaces`),
// called normal or non-malignant (policy: no context), one of a list of examples, one in another clause with its own
// subject.
import type { ExtractedClaim } from '../claims/extract';
import type { EntityMention } from '../entities/recognize';
import { isCellLineId } from '../entities/cellLines';
import { calledNonMalignant, excludedPlaces } from './scope';

/** Kinds of entity that set a claim's own place: then no other place of the sentence is its. */
const ownPlaceTypes: ReadonlySet<string> = new Set(['disease', 'cell-line', 'cell-type']);

/** Words right before a place that set it against the claim's own, not as its place: "higher than in W cells", "unlike W". */
const comparedBefore = /\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|unlike|in\s+contrast\s+(?:with|to)|as\s+opposed\s+to|rather\s+than)\s+(?:(?:in|with|to|the|a|an|those\s+(?:in|of|with)|that\s+(?:in|of))\s+){0,2}(?:[\w-]+\s+){0,2}$/i;

/** Words that open examples of a class: "in many cell lines, including W", "lines such as W". */
const exampleMarker = /\b(?:including|such\s+as|e\.\s?g\.|for\s+example|for\s+instance|like|in\s+particular|particularly|especially|notably|among\s+them|among\s+which)\s/gi;
/** Words that end a list of examples before a mention: a new clause, a relative, a contrast. */
const pastExamples = /[;:]|\b(?:where|which|that|whereas|while|but|is|are|was|were|has|have|had)\b/i;

/** Whether the mention at `at` (sentence offset) is one of a list of examples opened by a word of `exampleMarker`. */
function anExample(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 150), at);
  let last = -1;
  for (const m of before.matchAll(exampleMarker)) last = (m.index ?? 0) + m[0].length;
  return last >= 0 && !pastExamples.test(before.slice(last));
}

/**
 * A clause of its own between the claim and a place: ", and Y levels are high in W cells" after the claim, "W cells
 * grow fast, and ..." before it (nm-cx08: the other clause's setting is not the claim's). A clause that goes on of the
 * claim's subject or names the claim again ("and this effect was seen in W cells") is the claim's.
 */
const clauseOpener = /(?:[,;]\s*(?:and|but|whereas|while|although)|;)\s+([\w-]+)/gi;
const goesOnWords = new Set(['this', 'these', 'that', 'those', 'such', 'it', 'they', 'its', 'their', 'which', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'may', 'might', 'could', 'will', 'would', 'also', 'thereby', 'thus', 'so', 'not']);
const finiteVerb = /\b(?:is|are|was|were|has|have|had|remains?|remained|becomes?|became|can|may|will|does|do|did)\b/i;
/** Whether the place over [at, end) lies in another clause than the claim over [claimStart, claimEnd) (sentence offsets). */
function anotherClause(text: string, claimStart: number, claimEnd: number, at: number, end: number): boolean {
  if (end <= claimStart) return /(?:[,;]\s*(?:and|but|whereas|while|although)\s|;)/i.test(text.slice(end, claimStart));
  if (at < claimEnd) return false;
  // (Through the place's own words: the clause's subject may be the place, ", and W cells were ...".)
  const between = text.slice(claimEnd, end);
  let last: RegExpMatchArray | undefined;
  for (const m of between.matchAll(clauseOpener)) last = m;
  if (!last) return false;
  // (The clause's verb may come after the place: ", and W cells were used to ...".)
  return !goesOnWords.has(last[1].toLowerCase()) && finiteVerb.test(text.slice(claimEnd + (last.index ?? 0) + last[0].length));
}

/**
 * The mentions of a sentence (block offsets; the sentence starts at `offset` in the block, `text` is its text) that
 * name a cell line a claim of `claims` took as a participant and none carries in its context, in the clause of `claim`
 * (one of them). `typeOf` gives an entity's kind.
 */
export function unclaimedPlaces(
  text: string,
  offset: number,
  mentions: readonly EntityMention[],
  claims: readonly ExtractedClaim[],
  claim: ExtractedClaim,
  typeOf: (id: string) => string | undefined,
): EntityMention[] {
  // A cell line is never a participant (kb/schema.ts placeTypes): one read as a claim's subject or object is a misreading.
  const lineOf = (id: string): boolean => isCellLineId(id) || typeOf(id) === 'cell-line';
  const participant = (m: EntityMention): boolean => claims.some((c) => [c.subject, c.object, ...c.mediators].some((x) => x.entityId === m.entityId));
  const candidates = mentions.filter((m) => lineOf(m.entityId) && participant(m));
  if (candidates.length === 0) return [];
  const taken = (m: EntityMention): boolean => claims.some((c) => c.context.some((x) => x.entityId === m.entityId));
  const excluded = excludedPlaces(text, offset, candidates);
  const seen = new Set<string>();
  return candidates.filter((m) => {
    if (taken(m) || excluded.includes(m) || seen.has(m.entityId)) return false;
    const at = m.start - offset;
    if (comparedBefore.test(text.slice(Math.max(0, at - 60), at)) || calledNonMalignant(text, at) || anExample(text, at)) return false;
    if (anotherClause(text, claim.start - offset, claim.end - offset, at, m.end - offset)) return false;
    seen.add(m.entityId);
    return true;
  });
}

/**
 * Whether a claim names a place of its own (a cancer, a cell line, a cell type, or cancer in general: "in many cancers,
 * including Z" sets the class, Z its example; not a dish or a model): then its own place stands.
 */
export function hasOwnPlace(claim: ExtractedClaim, typeOf: (id: string) => string | undefined): boolean {
  return claim.context.some((m) => isCellLineId(m.entityId) || ownPlaceTypes.has(typeOf(m.entityId) ?? ''));
}
