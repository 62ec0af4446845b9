// Claims that keep a backed claim from speaking for its sentence alone (issue 7, stop 39, precision audit). The
// list and predicate policy of sentenceVerdict (analyzeBlock.ts) lets a backed member carry unbacked ones as side
// remarks ("X raises A and promotes B", "A and B promote Y"); two shapes are not side remarks:
// - a switch: one subject moving two molecules in opposite directions ("IL-11 raised N-cadherin and lowered ZEB1",
//   "IL-11 brought about a switch from E-cadherin to fibronectin").
//   The writer asserts the pair, each half as much as the other; the library backing only one half does not back
//   the sentence. An outcome left unbacked stays a side remark, as in a list of outcomes ("knockdown lowered
//   invasion and induced apoptosis", "promotes angiogenesis and anti-apoptosis": the labels of waves 2, 4, 8, 9 and
//   15 call such sentences supported when one outcome is backed).
// - a sibling the library has no finding on at all beside a backed one in a list of subjects ("IL-11 and OSM
//   promote invasion", OSM an IL-6-family cytokine): alone its claim is out of scope, but beside IL-11 it is the
//   near miss the labelling guideline calls unsupported, as IL-6 beside IL-11 already is.
import type { ClaimResult, SentenceText } from './analyzeBlock';
import { effectOf } from '../verify/effects';

/** The sign of a causal relation: 1 raising, -1 lowering, undefined for the rest (binding, association, regulation). */
function causalSign(c: ClaimResult): 1 | -1 | undefined {
  const effect = effectOf(c.claim.relation);
  return effect.kind === 'causal' && effect.sign !== 0 ? effect.sign : undefined;
}

/**
 * Between two predicates of one subject, from the first object to the second: the first object's form word, a
 * coordinator ("and", "but", "while", "whereas", "yet"), an adverb at most, the second verb and at most two describing
 * words ("N-cadherin levels but lowered Snail"). Nothing else: a relative clause or a second clause between them
 * ("IL-6, which lowers A, binds B and recruits C, activates D") joins no pair of predicates.
 */
const predicatePair = /^(?:\s+(?:expression|levels?|activity|activation|phosphorylation|production|secretion|protein))?\s*,?\s+(?:and|but|while|whereas|yet)\s+(?:also\s+|instead\s+)?(?:[a-z]+ly\s+)?[a-z-]+\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}$/iu;

/** "a switch from A to B" (claims/markerSwitch.ts): the two halves named as one noun phrase, the agent's verb before it. */
const switchFrom = /\b(?:switch(?:es|ing)?|shift(?:s|ing)?)\s+(?:in\s+expression\s+)?from\s+(?:the\s+)?(?:expression\s+of\s+)?$/i;
const switchTo = /^\s*(?:(?:expression|levels?|protein)\s+)?to(?:wards?)?\s+(?:the\s+)?(?:expression\s+of\s+)?$/i;

/**
 * The unbacked half of a switch around `backed` (the claim speaking for the sentence, supported): a claim of the
 * same subject, not negated differently, with the opposite causal sign, its object a molecule (not an outcome,
 * `isOutcome`) joined to the backed one's as a second predicate (predicatePair) or as the other end of a switch, that
 * the library does not back.
 */
export function unbackedSwitchHalf(claims: readonly ClaimResult[], backed: ClaimResult, sentence: SentenceText | undefined, isOutcome: ((entityId: string) => boolean) | undefined): ClaimResult | undefined {
  if (!sentence || !isOutcome || backed.verification.verdict !== 'supported') return undefined;
  const sign = causalSign(backed);
  if (sign === undefined) return undefined;
  const b = backed.claim;
  return claims.find((c) => {
    if (c === backed || c.verification.verdict === 'supported' || c.verification.verdict === 'contradicted') return false;
    const o = c.claim;
    if (o.subject.entityId !== b.subject.entityId || o.negated !== b.negated || causalSign(c) !== -sign || isOutcome(o.object.entityId)) return false;
    // The same words read twice (one mention, two readings) are no second predicate.
    if (o.object.start === b.object.start || o.object.entityId === b.object.entityId) return false;
    const [first, second] = o.object.start > b.object.start ? [b, o] : [o, b];
    if (second.object.start <= first.object.end) return false;
    const between = sentence.text.slice(first.object.end, second.object.start);
    if (switchTo.test(between) && switchFrom.test(sentence.text.slice(Math.max(0, first.object.start - 40), first.object.start))) return true;
    return predicatePair.test(between);
  });
}

/**
 * A subject beside the backed claim's, in a list sharing its verb and object ("IL-11 and OSM promote invasion"), that
 * the library has no finding on (its claim out of scope) and that is a sibling of the backed subject in one family.
 * `nearMiss` is scope.ts nearMissOf. Only a list: the two subjects stand within a short gap joined by "and", "or",
 * "as well as" or a comma.
 */
export function silentSiblingSubject(claims: readonly ClaimResult[], backed: ClaimResult, sentence: SentenceText | undefined, nearMiss: ((member: string, backed: string) => boolean) | undefined): ClaimResult | undefined {
  if (!sentence || !nearMiss || backed.verification.verdict !== 'supported') return undefined;
  const b = backed.claim;
  return claims.find((c) => {
    if (c === backed || c.verification.verdict !== 'out-of-scope') return false;
    const o = c.claim;
    if (o.object.entityId !== b.object.entityId || o.relation !== b.relation || o.negated !== b.negated) return false;
    if (o.subject.entityId === b.subject.entityId || !nearMiss(o.subject.entityId, b.subject.entityId)) return false;
    const [first, second] = o.subject.start > b.subject.start ? [b, o] : [o, b];
    if (second.subject.start <= first.subject.end) return false;
    const between = sentence.text.slice(first.subject.end, second.subject.start);
    return /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:,\s*)?(?:and|or|and\/or|as\s+well\s+as|but\s+also|like)\s+)$/i.test(between);
  });
}

/**
 * Between the backed claim's last participant and a later claim's object: a clause of its own that goes on from
 * the backed one, opened by a comma or semicolon and "which" ("..., which in turn activates C"), "and" ("..., and STAT3
 * induced C") or a pronoun after a semicolon ("; it raised C"). Then at most a few words before its object, no second
 * comma (a list or an aside in between).
 */
const chainedClause = /^(?:\s+(?:expression|levels?|activity|activation|phosphorylation|production|secretion|protein))?\s*[,;]\s*(?:(which)|and|(?<=;\s*)(?:it|this|these|they))\b\s*(?:[\p{L}\p{N}α-ω-]+\s+){0,5}?[\p{L}\p{N}α-ω-]*\s*$/iu;

/**
 * Between the backed claim's object and a later claim's object: a reduced relative on the object with no comma,
 * "X elicits an inflammatory response promoting C", "X induces a programme driving C": the participle says what the
 * object does, so the sentence names the object as X's route to C, a chain, no side remark (issue 7, stop 40).
 * Only a participle of a verb of causing right after the object, then at most three words before its object; the
 * link read as the object's or as the backed subject's own (the reader may give the participle to either).
 */
const reducedRelative = /^(?:\s+(?:expression|levels?|activity|activation|production|secretion))?\s+(?:promoting|driving|inducing|favou?ring|triggering|causing|stimulating|enhancing|fuelling|fueling|facilitating|supporting)\s+(?:[\p{L}\p{N}α-ω-]+\s+){0,3}?$/iu;

/**
 * A link of a chain the sentence asserts after its backed claim: "A raises B, which in turn activates C", "A
 * raises B, and B induces C". The labelling guideline calls a chain of two findings that no paper states as one
 * unsupported: the later link is a claim the writer makes as much as the first, no side remark, so when the
 * library does not back it, it speaks for the sentence (issue 7, stop 40, precision audit). Only a chain: the link's
 * subject is the backed claim's object. A second clause about something else ("Hypoxia raises IL-11, and MMP-13 takes
 * part in migration") or the same subject again ("IL-6 binds IL-6R, and this complex engages gp130": the labels of
 * waves 5 and 13 call such background supported) stays a side remark, as do two predicates of one subject
 * (coordinatedPredicateVerdict), and so does an association said of the object (frames.test.ts). The link reported
 * only elsewhere speaks as such; a link out of scope (its partner
 * unknown to the library) is no evidence.
 */
export function unbackedChainLink(claims: readonly ClaimResult[], backed: ClaimResult, sentence: SentenceText | undefined): ClaimResult | undefined {
  if (!sentence || backed.verification.verdict !== 'supported') return undefined;
  const b = backed.claim;
  const anchor = Math.max(b.object.end, b.subject.end);
  return claims.find((c) => {
    if (c === backed || c.verification.verdict === 'supported' || c.verification.verdict === 'contradicted') return false;
    const o = c.claim;
    // An association said of the object (", which is associated with poor prognosis") describes it; no step of a chain.
    if (o.relation === 'associated-with' || o.object.start <= anchor || o.object.entityId === b.object.entityId) return false;
    const between = sentence.text.slice(anchor, o.object.start);
    // A reduced relative is the object's doing, whether the reader gave the participle to the object or to the
    // backed claim's subject ("X provokes inflammation fuelling C" read as X raising C).
    if ((o.subject.entityId === b.object.entityId || o.subject.entityId === b.subject.entityId) && b.object.end >= b.subject.end && reducedRelative.test(between)) return true;
    const m = chainedClause.exec(between);
    if (!m) return false;
    // The link goes on from the backed claim's object ("B, which activates C", "B, and B induces C"); after "which" it
    // may also be the backed event as a whole ("X inhibits B, which leads to C", read as X acting on C).
    return o.subject.entityId === b.object.entityId || (m[1] !== undefined && o.subject.entityId === b.subject.entityId);
  });
}
