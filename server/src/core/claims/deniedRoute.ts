// A route the writer denies (issue 7, stop 40, precision audit): "X raised Y independently of Z", "in a Z-independent
// manner", "regardless of Z", "irrespective of Z". The writer says that X's effect on Y does not run through Z. A
// finding that routes the same effect through Z says the opposite of that part of the claim, so while one such
// finding backs the claim, the library does not back the sentence's claim as a whole: no evidence, the findings its
// nearest facts (`withoutDeniedRoute`, verification). A place said to lack Z ("cells lacking Z", "in the absence of Z")
// is the rule of a loss, lostPlace.ts, where only a claim every backing finding routes through Z loses its evidence:
// that writer says where the effect was seen, this one denies what it needs.
// The denied Z is no participant either: a claim read with Z as the object of a name before it ("X raised Y
// independently of Z" read as X raising Z), or as the agent of what follows a fronted "Regardless of Z,", is the reader
// taking the denial's name for a partner, and is dropped (a sentence filter, sentenceFilters.ts `denied-route`).
// "Y rose independently of X", with no other agent, is independentlyOf.ts's: X has no effect on Y, a claim kept.
import type { EntityMention } from '../entities/recognize';
import type { Fact } from '../kb/schema';
import type { ClaimVerification } from '../verify/verify';
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** Before the denied name: "independently of", "independent from", "regardless of", "irrespective of" (the presence of). */
const denialBefore = /\b(?:independent(?:ly)?\s+(?:of|from)|regardless\s+of|irrespective\s+of)\s+(?:(?:the|any|endogenous|exogenous)\s+)?(?:(?:presence|expression|activity|activation|levels?|status)\s+of\s+(?:the\s+)?)?$/i;
/** After it: "a Z-independent rise", "in a Z-independent manner". */
const denialAfter = /^[-\u2010\u2011\u2013]independent\b/i;
/** A fronted denial up to its comma: "Regardless of Z, ...", "Independently of Z, ...". */
const frontedDenial = /^\s*(?:(?:however|moreover|notably|importantly|interestingly),?\s+)?(?:independent(?:ly)?\s+(?:of|from)|regardless\s+of|irrespective\s+of)\s/i;

/** Whether the mention is a route the sentence denies ("independently of Z", "Z-independent"). */
export function isDeniedRoute(text: string, start: number, m: { start: number; end: number }): boolean {
  return denialBefore.test(text.slice(Math.max(start, m.start - 60), m.start)) || denialAfter.test(text.slice(m.end, m.end + 14));
}

/** The routes a sentence denies, by entity id (undefined when none). */
export function deniedRoutesIn(text: string, start: number, mentions: readonly EntityMention[]): Set<string> | undefined {
  if (!/independent|regardless|irrespective/i.test(text.slice(start, mentions.length > 0 ? mentions[mentions.length - 1].end + 14 : start))) return undefined;
  let denied: Set<string> | undefined;
  for (const m of mentions) if (isDeniedRoute(text, start, m)) (denied ??= new Set()).add(m.entityId);
  return denied;
}

/** Whether a finding routes its effect through one of the denied molecules. */
function routesThrough(f: Fact, denied: ReadonlySet<string>): boolean {
  return (f.mediators ?? []).some((m) => denied.has(m));
}

/**
 * A supported verification one of whose backing findings routes the effect through a molecule the sentence denies as
 * its route: no evidence, the findings the nearest facts. A claim on the denied molecule itself is the denial's own
 * claim (independentlyOf.ts: "Z has no effect on Y") and keeps its verification.
 */
export function withoutDeniedRoute(claim: ExtractedClaim, verification: ClaimVerification, denied: ReadonlySet<string> | undefined): ClaimVerification {
  if (!denied || verification.verdict !== 'supported' || denied.has(claim.subject.entityId) || denied.has(claim.object.entityId)) return verification;
  if (!verification.evidence.some((f) => routesThrough(f, denied))) return verification;
  return { ...verification, verdict: 'unsupported', basis: 'no-evidence', evidence: [], nearest: verification.evidence };
}

/**
 * The sentence filter: a claim that makes a denied route the object of a name before it, or the agent of what a
 * fronted denial's comma introduces, is dropped; a claim of no effect (the denial's own reading) stays.
 */
export function withoutDeniedRouteParticipants(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start, end } = sentence;
  if (!/independent|regardless|irrespective/i.test(text.slice(start, end))) return claims;
  const denied = (m: EntityMention): boolean => isDeniedRoute(text, start, m);
  const fronted = frontedDenial.test(text.slice(start, end));
  const comma = fronted ? text.indexOf(',', start) : -1;
  const misread = (c: ExtractedClaim): boolean => {
    if (c.relation === 'no-effect') return false;
    if (c.subject.start < c.object.start && denied(c.object)) return true;
    return comma >= 0 && comma < end && c.subject.end <= comma && c.object.start > comma && denied(c.subject);
  };
  return claims.some(misread) ? claims.filter((c) => !misread(c)) : claims;
}
