// The meaning of a relation for verification: a causal effect with a sign, a correlation with a sign, a
// binding, or the absence of an effect. Claims and facts use the same vocabulary, so one table serves both.
import type { ClaimRelation } from '../claims/vocabulary';

export type Effect =
  | { kind: 'causal'; sign: 1 | -1 | 0 }
  | { kind: 'association'; sign: 1 | -1 | 0 }
  | { kind: 'binding' }
  | { kind: 'none' };

export type Comparison = 'supports' | 'contradicts' | 'weak' | 'unrelated';

const positive = new Set<ClaimRelation>(['increases', 'activates', 'induces', 'upregulates', 'promotes', 'signals-through']);
const negative = new Set<ClaimRelation>(['decreases', 'inhibits', 'suppresses', 'downregulates']);

/** `undirected`: an association that names no direction ("X was associated with prognosis"), sign 0. */
export function effectOf(relation: ClaimRelation, polarity?: 'positive' | 'negative', undirected = false): Effect {
  if (positive.has(relation)) return { kind: 'causal', sign: 1 };
  if (negative.has(relation)) return { kind: 'causal', sign: -1 };
  if (relation === 'regulates') return { kind: 'causal', sign: 0 };
  if (relation === 'associated-with') return { kind: 'association', sign: undirected ? 0 : polarity === 'negative' ? -1 : 1 };
  if (relation === 'binds') return { kind: 'binding' };
  return { kind: 'none' };
}

/** How a fact bears on a claim about the same entities. */
export function compareEffects(claim: Effect, negated: boolean, fact: Effect): Comparison {
  if (negated) return compareNegated(claim, fact);
  switch (claim.kind) {
    case 'causal':
      if (fact.kind === 'causal') {
        if (claim.sign === 0 || claim.sign === fact.sign) return 'supports';
        // A finding without a direction ("Ras regulates IL-11") does not back "Ras raises IL-11".
        if (fact.sign === 0) return 'weak';
        return 'contradicts';
      }
      if (fact.kind === 'none') return 'contradicts';
      // A correlation does not show that one thing causes the other.
      if (fact.kind === 'association' && (claim.sign === 0 || claim.sign === fact.sign)) return 'weak';
      return 'unrelated';
    case 'association':
      // An association that names no direction is backed by one either way, as "regulates" is by an effect.
      if (fact.kind === 'association' || (fact.kind === 'causal' && fact.sign !== 0)) return claim.sign === 0 || fact.sign === claim.sign ? 'supports' : 'contradicts';
      // "X did not correlate with Y" against "X predicted Y": a reported "no effect" against a claimed relation.
      if (fact.kind === 'none') return 'contradicts';
      return 'unrelated';
    case 'binding':
      return fact.kind === 'binding' ? 'supports' : 'unrelated';
    case 'none':
      if (fact.kind === 'none') return 'supports';
      if (fact.kind === 'causal') return 'contradicts';
      return 'unrelated';
  }
}

/** "X does not activate Y" is contradicted by a reported activation and supported by a reported absence. */
function compareNegated(claim: Effect, fact: Effect): Comparison {
  if (fact.kind === 'none') return claim.kind === 'causal' || claim.kind === 'binding' || claim.kind === 'association' ? 'supports' : 'unrelated';
  if (claim.kind === 'causal' && fact.kind === 'causal') {
    if (claim.sign === 0 || claim.sign === fact.sign) return 'contradicts';
    // A denial of the opposite ("X failed to lower Y", "X is unlikely to reduce Y") is no assertion of the direction
    // (the labelling guideline: SUPPORTED needs the same relation in the same direction), so a finding that X raises
    // Y neither backs nor denies it: no evidence (before stop 36 it was called supported). Nor does a directionless
    // finding ("X regulates Y") back "X does not raise Y".
    return 'unrelated';
  }
  // "X was not associated with prognosis" (no direction) denies any finding that ties them, either way.
  if (claim.kind === 'association' && (fact.kind === 'association' || fact.kind === 'causal')) return claim.sign === 0 || fact.sign === claim.sign ? 'contradicts' : 'unrelated';
  if (claim.kind === 'binding' && fact.kind === 'binding') return 'contradicts';
  return 'unrelated';
}
