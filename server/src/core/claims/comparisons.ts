// Comparisons between rivals: "Regorafenib raised X more strongly than sorafenib", "IL-11 was a more potent
// inducer of Y than IL-6", "Hypoxia raised Z more in A cells than in B cells". Each sentence compares two agents
// (or two places) of one kind; a finding that an agent raises X says nothing of which raises it more. The claim
// read before "than" is marked with its rival (ExtractedClaim.comparedWith), and verification does not call such a
// claim supported (verify.ts: no finding ranks the two). A comparison with the effect's own baseline ("higher
// under hypoxia than under normoxia", "than in normal tissue", "than control cells") names no rival of the
// claim's kind, so it stays the claim it was.
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { invert, type ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';
import { contrastWords } from './vocabulary';

export interface ComparisonExample {
  example: string;
  /** The compared claim, as the claim tests write it, and its rival's entity id. */
  claim: string;
  rival: string;
}

export const comparisonExamples: readonly ComparisonExample[] = [
  { example: 'Sorafenib raised ATF3 expression more strongly than regorafenib in HCC cells.', claim: 'SORAFENIB increases ATF3 [ctx HCC]', rival: 'REGORAFENIB' },
  { example: 'IL-11 was a more potent inducer of MMP-2 than IL-6 in MDA-MB-231 cells.', claim: 'IL11 induces MMP2 [ctx MDA_MB_231]', rival: 'IL6' },
  // The rival after a clause of its own: "than it raised Z", "than they lowered Z". The agent is the same, the
  // targets are ranked; no finding ranks them.
  { example: 'NT157 lowered IRS-1 more markedly than it lowered STAT3 phosphorylation in HCC cells.', claim: 'NT157 decreases IRS1 [ctx HCC]', rival: 'STAT3' },
  { example: 'Hypoxia raised IL-11 secretion more strongly than it raised IL-6 in HepG2 cells.', claim: 'HYPOXIA increases IL11 [ctx HEPG2]', rival: 'IL6' },
  // The rival fronted: "Compared with X, Y raised Z more strongly". X is what Y is ranked against, no actor.
  { example: 'Compared with sorafenib, regorafenib induced IL-6R more potently in HCC cells.', claim: 'REGORAFENIB induces IL6R [ctx HCC]', rival: 'SORAFENIB' },
  // A condition with its own verb after it is a rival agent, not the baseline: "than hypoxia did".
  { example: 'In MDA-MB-231 cells, IL-11 raised MMP-2 more strongly than hypoxia did.', claim: 'IL11 increases MMP2 [ctx MDA_MB_231]', rival: 'HYPOXIA' },
  // The agent ranked by its ability, the gerund after the rival: "X was more effective than Y at raising Z".
  { example: 'Regorafenib was more effective than sorafenib at inducing IL-6R in HCC cells.', claim: 'REGORAFENIB increases IL6R [ctx HCC]', rival: 'SORAFENIB' },
  { example: 'Sorafenib was as potent as regorafenib in inducing IL-6R expression in HCC cells.', claim: 'SORAFENIB induces IL6R [ctx HCC]', rival: 'REGORAFENIB' },
];

/** Comparisons with the effect's baseline: the claim keeps its own context, without the baseline. */
export const baselineExamples: readonly { example: string; claim: string }[] = [
  { example: 'IL-11 secretion was greater in hypoxic than in normoxic ATC cells.', claim: 'HYPOXIA increases IL11 [ctx ATC]' },
];

/** "than" that compares; not "rather than", "other than", nor a quantity ("more than 50%"). */
const than = /\b(?<!\b(?:rather|other)\s)than\b(?!\s+(?:\d|a\s+(?:few|dozen)|once|twice|one\b|two\b|three\b|half\b|expected\b|previously\b))/gi;
/**
 * What may stand between "than" and the rival: "than in", "than with", "than that of", "than did", "than the", and
 * a clause of the same agent, "than it raised", "than they did in".
 */
// ("than normal fibroblasts", "than in healthy tissue": a describing word of the rival group; issue 7, stop 34.)
const lead = /^\s*(?:(?:it|they|this|these|each)\s+(?:[a-z]+ly\s+)?[a-z]+\s+)?(?:(?:in|with|by|for|under|on|to|at|that|those|of|did|does|do|the|its|their|a|an|normal|healthy|parental|untreated|unstimulated)\s+){0,3}$/i;
/**
 * A rival fronted before the claim: "Compared with X, ...", "In comparison to X, ...", "Relative to X, ...", up to
 * the comma. The rival is the first name after the opening; the claim follows the comma.
 */
const frontedRival = /^\s*(?:(?:however|moreover|notably|importantly|interestingly),?\s+)?(?:(?:as\s+)?compared (?:with|to)|in comparison (?:with|to)|relative to)\s+(?:the\s+|that of\s+)?/i;
/** A verb of making before a word of less, right before the claim's object: "produced lower levels of". */
const lessThanRival = /\b(?:secret|produc|releas|yield)\w*\s+(?:(?:a|an|the)\s+)?(?:less|lower|fewer|smaller|reduced|decreased|diminished)\s+(?:(?:levels?|amounts?|quantities|concentrations?)\s+of\s+)?(?:the\s+)?$/i;
/** Kinds of entity that name a baseline rather than a rival: a condition (normoxia), a setting (tissue, culture). */
const baselineTypes = new Set(['condition', 'experimental-system']);

/** The claims with those read before a comparing "than" marked with the rival it names. */
export function withComparisons(claims: readonly ExtractedClaim[], text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase): readonly ExtractedClaim[] {
  if (claims.length === 0) return claims;
  const sentence = text.slice(start, end);
  const fronted = frontedComparison(claims, sentence, start, mentions, kb) ?? frontedContrast(frontedUnlike, claims, sentence, start, mentions, kb) ?? frontedContrast(interposedUnlike, claims, sentence, start, mentions, kb);
  if (fronted) return fronted;
  // Prefilter: "than" is rare.
  if (!/\bthan\b/i.test(sentence) && !/\bas\b/i.test(sentence)) return claims;
  let out: ExtractedClaim[] | undefined = rankedAbility(claims, text, start, mentions);
  if (!/\bthan\b/i.test(sentence)) return out ?? claims;
  for (const match of allMatches(than, sentence)) {
    const at = start + (match.index ?? 0);
    const after = at + match[0].length;
    const rival = mentions.find((m) => m.start >= after && m.end <= end && lead.test(text.slice(after, m.start)));
    if (!rival) continue;
    const rivalType = kb.entities.get(rival.entityId)?.type;
    if (!rivalType) continue;
    // ("X raised Y more strongly than hypoxia did": a condition with a verb of its own after it is an agent ranked
    // against X, not the baseline of the measure; issue 7, stop 34.)
    const actsItself = /^\s+(?:did|does|do|had|has|alone)\b/i.test(text.slice(rival.end, end));
    if (baselineTypes.has(rivalType) && !actsItself) {
      // The baseline is what the effect is measured against, not where it holds: "higher in hypoxic than in
      // normoxic cells" is hypoxia's effect, and normoxia in its context made it other-context.
      (out ??= [...claims]).forEach((claim, i) => {
        if (claim.context.some((c) => c.start === rival.start && c.entityId === rival.entityId)) out![i] = { ...claim, context: claim.context.filter((c) => !(c.start === rival.start && c.entityId === rival.entityId)) };
      });
      continue;
    }
    const typeOf = (m: EntityMention): string | undefined => kb.entities.get(m.entityId)?.type;
    // "X raised A more than it raised B": the second verb's subject is the pronoun, X; a claim read across "than"
    // from A (or anything before) to the rival B is the reader taking the nearest name for that pronoun's actor.
    const sameAgent = /^\s*(?:it|they|this|these|each)\s/i.test(text.slice(after, rival.start));
    if (sameAgent) {
      out = (out ?? [...claims]).filter((claim) => !(claim.object.start === rival.start && claim.subject.end <= at));
    }
    (out ??= [...claims]).forEach((claim, i) => {
      if (claim.end > at || claim.comparedWith) return;
      if (claim.subject.entityId === rival.entityId || claim.object.entityId === rival.entityId) return;
      const kinds = [claim.subject, claim.object, ...claim.context.filter((c) => c.entityId !== rival.entityId)].map(typeOf);
      // A rival target of the same agent ("than it raised B") is ranked against the claim's object whatever its kind.
      if (!sameAgent && !actsItself && !kinds.includes(rivalType)) return;
      // "CAFs produced less IL-6 than normal fibroblasts": against a rival, "less" ranks the amounts and names no fall
      // (roles.ts reads "secreted less Y" as lowering Y, right against a baseline): the claim is the making of Y, ranked.
      const lessMade = lessThanRival.test(text.slice(claim.subject.end, claim.object.start));
      out![i] = { ...claim, relation: lessMade ? invert(claim.relation) : claim.relation, comparedWith: rival };
    });
  }
  return out ?? claims;
}

/**
 * "X was more effective (potent, better) than Y at raising Z", "X was as effective as Y in inducing Z": the gerund after
 * "at" / "in" is X's doing, ranked against Y. The verb reader took the nearest name before the gerund, the rival, for
 * its subject (issue 7, stop 48: "IL-6 was more effective than IL-11 at raising MMP-2" read as IL-11 raising MMP-2,
 * supported by IL-11's finding). The claim is given back to X and marked with its rival.
 */
const abilityBeforeRival = /\b(?:is|was|are|were|proved|appeared|seemed)\s+(?:(?:far|much|considerably|significantly|markedly|even|equally|just)\s+)?(?:(?:more|less|as)\s+(?:effective|potent|efficient|capable|active|successful|powerful)|better|worse|stronger|weaker)\s+(?:than|as)\s+(?:the\s+)?$/i;
const gerundAfterRival = /^\s+(?:at|in)\s+[a-z]+ing\b/i;
function rankedAbility(claims: readonly ExtractedClaim[], text: string, start: number, mentions: readonly EntityMention[]): ExtractedClaim[] | undefined {
  let out: ExtractedClaim[] | undefined;
  claims.forEach((claim, i) => {
    const rival = claim.subject;
    if (claim.comparedWith || !gerundAfterRival.test(text.slice(rival.end, claim.object.start))) return;
    const before = abilityBeforeRival.exec(text.slice(start, rival.start));
    if (!before) return;
    const copula = start + before.index;
    const agent = mentions.find((m) => m.end <= copula && m.start >= start && /^\s*$/.test(text.slice(m.end, copula)));
    if (!agent || agent.entityId === rival.entityId) return;
    (out ??= [...claims])[i] = { ...claim, subject: agent, start: Math.min(claim.start, agent.start), comparedWith: rival };
  });
  return out;
}

/**
 * The rival named right after a fronted opening ("Compared with X,", "Unlike X,") and before its comma, when it is
 * of a kind that can be a rival (not a baseline), with the claims that do not read the rival as a participant.
 * Only a sentence that still has a claim after the comma counts: otherwise the opening was read for something else.
 */
function frontedRivalOf(opening: RegExp, claims: readonly ExtractedClaim[], sentence: string, start: number, mentions: readonly EntityMention[], kb: KnowledgeBase) {
  const open = opening.exec(sentence);
  if (!open) return undefined;
  const comma = sentence.indexOf(',', open[0].length);
  if (comma < 0) return undefined;
  const rival = mentions.find((m) => m.start === start + open[0].length);
  if (!rival || rival.end > start + comma) return undefined;
  // Where the contrast opens: the sentence's start, or the comma after the subject ("Y, unlike X, ...").
  const asideStart = open[1]?.length ?? 0;
  const rivalType = kb.entities.get(rival.entityId)?.type;
  if (!rivalType || baselineTypes.has(rivalType)) return undefined;
  const typeOf = (m: EntityMention): string | undefined => kb.entities.get(m.entityId)?.type;
  const isRival = (m: EntityMention): boolean => m.start === rival.start && m.entityId === rival.entityId;
  const after = claims.filter((c) => !isRival(c.subject) && !isRival(c.object));
  if (after.length === 0) return undefined;
  return { rival, rivalType, after, typeOf, comma, asideStart };
}

/**
 * "Compared with X, Y raised Z more strongly": X, named before the comma, is the rival of the claims after it,
 * when it is of their kind (a baseline, "Compared with normoxia", is no rival and leaves the claims as they are).
 * A claim read with the rival itself as a participant is the reader taking the fronted rival for an actor, and is
 * dropped: the sentence says nothing of what X does on its own.
 */
function frontedComparison(claims: readonly ExtractedClaim[], sentence: string, start: number, mentions: readonly EntityMention[], kb: KnowledgeBase): ExtractedClaim[] | undefined {
  const fronted = frontedRivalOf(frontedRival, claims, sentence, start, mentions, kb);
  if (!fronted) return undefined;
  const { rival, rivalType, after, typeOf } = fronted;
  return after.map((claim) => {
    if (claim.comparedWith || claim.subject.entityId === rival.entityId || claim.object.entityId === rival.entityId) return claim;
    const kinds = [claim.subject, claim.object].map(typeOf);
    return kinds.includes(rivalType) ? { ...claim, comparedWith: rival } : claim;
  });
}

/** "Unlike X, ...", "In contrast to X, ...", "Contrary to X, ...": a rival the claims after the comma are set against. */
const frontedUnlike = new RegExp(String.raw`^\s*(?:(?:however|moreover|notably|importantly|interestingly),?\s+)?${contrastWords}\s+(?:the\s+|that\s+of\s+)?`, 'i');
/**
 * "Y, unlike X, raised Z": the same contrast set between commas after a short subject (its group is the subject);
 * simplifiedViews.ts 'subject-contrast' blanks it so the readers give Y its verb.
 */
const interposedUnlike = new RegExp(String.raw`^([^,;()]{1,50}?),\s*${contrastWords}\s+(?:the\s+|that\s+of\s+)?`, 'i');

/**
 * "Unlike X, Y raised Z" (or "Y, unlike X, raised Z"): the writer says that X does not raise Z, the claim of the main
 * clause said of X and denied (issue 7, stop 40, precision audit: the rival was dropped, so "Unlike sorafenib,
 * regorafenib induced ATF3" was supported though the library reports that sorafenib induces ATF3). The rival stands in
 * the claim's place of its own kind (the subject, else the object); the denial comes after the claims it is made of,
 * so it speaks for the sentence only when the library contradicts it. A claim read with the rival as a participant is
 * dropped, as in frontedComparison. The main clause's claims are those whose object follows the contrast and whose
 * subject is not inside it (after it, or before it when the contrast is set after the subject).
 */
function frontedContrast(opening: RegExp, claims: readonly ExtractedClaim[], sentence: string, start: number, mentions: readonly EntityMention[], kb: KnowledgeBase): ExtractedClaim[] | undefined {
  const fronted = frontedRivalOf(opening, claims, sentence, start, mentions, kb);
  if (!fronted) return undefined;
  const { rival, rivalType, after, typeOf, comma, asideStart } = fronted;
  const outsideAside = (m: EntityMention): boolean => m.start > start + comma || (asideStart > 0 && m.end <= start + asideStart);
  const denials: ExtractedClaim[] = [];
  for (const claim of after) {
    if (claim.object.start < start + comma || !outsideAside(claim.subject) || claim.subject.entityId === rival.entityId || claim.object.entityId === rival.entityId || claim.relation === 'no-effect') continue;
    const place = typeOf(claim.subject) === rivalType ? 'subject' : typeOf(claim.object) === rivalType ? 'object' : undefined;
    if (place) denials.push({ ...claim, [place]: rival, negated: !claim.negated, comparedWith: undefined });
  }
  return [...after, ...denials];
}
