// The route of a change the library cannot name (issue 7, stop 42): "X raised platelet counts through STAT3
// activation", "X protects the gut mucosa via activation of STAT3", "X shortened the bleeding time by way of
// STAT3". The verb's object (platelet counts, the mucosa, the bleeding time) is a thing the lexicon names no entity
// for, and Z is only the way X acts on it. A reader that finds no object after the verb takes the next name, the
// route, for it, and reads X raising (protecting, shortening) Z: a claim the sentence does not make, with the verb's
// direction put on the route ("shortened ... through STAT3 activation" read as X lowering STAT3). The sentence's main
// claim is X's effect on the unnamed thing, which no finding reports: the claim read on the route goes, and the
// sentence, naming library entities with no claim read, is unsupported (no evidence), never supported by the route.
// Recombinant proteins given to patients and animals ("rhIL-11 raised platelet counts through STAT3") brought it up:
// their readouts (platelets, mucositis, bleeding, survival of crypts) are mostly outside the lexicon.
// With a named object the route is the claim's mediator already ("X raised MMP-13 through STAT3 activation": roles.ts),
// and "X acts (signals, exerts its effects) through Z" is a claim on the route itself (signals-through), left alone.
import { contextTypes } from '../kb/schema';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { EntityMention } from '../entities/recognize';
import type { ExtractedClaim } from './extract';

/** Relations of a route itself ("X signals through Z") or of no direction: the route is their object by right. */
const routeOwnRelations = new Set(['signals-through', 'associated-with', 'binds']);

/**
 * The words between the verb's object and the route's name: "through (the) (enhanced) activation of", "via the",
 * "by way of", "by means of the phosphorylation of", "through (its) induction of". Not a means gerund, "by activating
 * Z": its own verb asserts X's effect on Z ("TGF-β1 promotes malignancy by triggering EMT" says TGF-β1 triggers EMT),
 * a claim the reader reads with the gerund's direction, not the main verb's.
 */
const routeBefore = new RegExp(
  String.raw`\s(?:through|via|by\s+way\s+of|by\s+means\s+of)` +
    String.raw`\s+(?:(?:the|its|their|an?)\s+)?(?:(?:enhanced|increased|sustained|persistent|downstream|reduced|decreased)\s+)?` +
    String.raw`(?:(?:activation|induction|phosphorylation|up-?regulation|down-?regulation|stimulation|inhibition|suppression|blockade|engagement|recruitment|expression|signal(?:l)?ing)\s+of\s+(?:the\s+)?)?$`,
  'i',
);

/** A clause or list break between the subject and the route: a route after it may belong to another predicate. */
const breakBetween = /[;:]|\b(?:and|or|but|which|that|whereas|while)\b/i;

/**
 * Whether the claim reads the route of a change of something unnamed as the verb's object: the subject stands before
 * the object, the object is governed by a route word, and between the subject and that route word stand a verb and
 * at least one more word with no name of a molecule, process or outcome (a place may stand there: "in HCC patients").
 */
export function readsRouteOfUnnamedChange(claim: ExtractedClaim, text: string, mentions: readonly EntityMention[], kb: KnowledgeBase): boolean {
  if (routeOwnRelations.has(claim.relation) || claim.subject.end > claim.object.start) return false;
  const between = text.slice(claim.subject.end, claim.object.start);
  const route = routeBefore.exec(between);
  if (!route) return false;
  const beforeRoute = between.slice(0, route.index);
  if (breakBetween.test(beforeRoute)) return false;
  // A verb and what it acts on: two words at least ("raised platelet counts", "protects the mucosa").
  if ((beforeRoute.match(/[\p{L}][\p{L}-]*/gu) ?? []).length < 2) return false;
  const routeStart = claim.subject.end + route.index;
  return !mentions.some((m) => m.start >= claim.subject.end && m.end <= routeStart && !contextTypes.has(kb.entities.get(m.entityId)?.type ?? ''));
}

/** The sentence filter: claims that read the route of a change of something unnamed as its object go. */
export function withoutRoutesOfUnnamedChanges(claims: readonly ExtractedClaim[], text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase): readonly ExtractedClaim[] {
  if (!/\b(?:through|via|by)\b/i.test(text.slice(start, end))) return claims;
  return claims.some((c) => readsRouteOfUnnamedChange(c, text, mentions, kb)) ? claims.filter((c) => !readsRouteOfUnnamedChange(c, text, mentions, kb)) : claims;
}
