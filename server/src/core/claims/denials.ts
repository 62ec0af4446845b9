// Denials of a reported clause: "We found no evidence that X raises Y", "we could not confirm that X raises Y".
// The clause after "that" is what the writer denies, so its claim is negated (a negated claim against a reported
// effect is contradicted, the labelling guideline says); read as it stands, the clause was called supported.
import type { ExtractedClaim } from './extract';

export interface DenialRule {
  /** What the rule denies: the clause after the match ("no evidence that ..."), or the belief before the
   *  match's retraction ("X was once thought to raise Y, but this was not confirmed"). */
  denies?: 'after' | 'before' | 'route';
  pattern: RegExp;
  example: string;
  /** The denied claim, as the claim tests write it ("NOT" marks a negated claim). */
  denied: string;
  /** The example's other claims, left as they are (a denied route's main claim). */
  keeps?: readonly string[];
}

export const denialRules: readonly DenialRule[] = [
  {
    pattern: /\b(?:no|little|not\s+(?:any|much|enough|sufficient|strong|convincing|clear|direct|conclusive)|insufficient)\s+(?:(?:convincing|direct|clear|further)\s+)?(?:evidence|indication|support|sign)\s+(?:that|for)\b/gi,
    example: 'We saw no evidence that IL-6 raises IGF-1 in HCC cells.',
    denied: 'NOT IL6 increases IGF1 [ctx HCC]',
  },
  {
    pattern: /\b(?:did not|didn't|could not|couldn't|failed to|was unable to|were unable to)\s+(?:find|show|confirm|demonstrate|detect|observe|reproduce)\s+(?:any\s+)?(?:evidence\s+)?that\b/gi,
    example: 'We could not confirm that IL-11 raises MMP-9 in MDA-MB-231 cells.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // "It is unlikely that X raises Y", "it seems improbable that": the clause after "that" is judged doubtful,
    // a hedged denial (read as it stood, the clause was a hedged claim and called supported). "X is unlikely to
    // raise Y" is read by roleScale.ts.
    pattern: /\b(?:unlikely|improbable|implausible|doubtful)\s+that\b/gi,
    example: 'It seems unlikely that IL-6 raises IGF-1 in HCC cells.',
    denied: 'NOT IL6 increases IGF1 [ctx HCC]',
  },
  {
    // The perfect of the same verbs: "no study has yet shown that", "it has not been established that". Read as it
    // stood, the clause after "that" was taken as the writer's own finding.
    pattern: /\b(?:have|has|had)\s+(?:not|never|n't)\s+(?:yet\s+)?(?:been\s+)?(?:found|shown|confirmed|demonstrated|established|proven|proved|reported)\s+(?:any\s+evidence\s+)?that\b/gi,
    example: 'Earlier work has not shown that IL-11 raises MMP-9 in MDA-MB-231 cells.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // The same verbs with an object and its description: "the data have not shown X to be a driver of Y", "our
    // work did not identify X as a cause of Y" (the claim is read from X on; "not" and the claim stand apart).
    pattern: /\b(?:have|has|had|did|do|does)\s+not\s+(?:yet\s+)?(?:shown|show|demonstrated|demonstrate|proven|proved|prove|established|establish|identified|identify|revealed|reveal)\s+(?=[^.;]{1,60}?\b(?:to\s+be|as)\b)/gi,
    example: 'Our experiments have not revealed hypoxia as a strong inducer of invasion in tumour cells.',
    denied: 'NOT HYPOXIA induces CELL_INVASION [ctx CANCER]',
  },
  {
    // A route denied: "one way X raises Y is not by inducing Z" keeps "X raises Y" but says X does not act through Z,
    // so the claims whose object is in the "by" clause are denied (their subject stands before the match) and Z is
    // no route of the others ("not only by" adds a route and denies nothing).
    denies: 'route',
    pattern: /\b(?:is|are|was|were)\s+not\s+(?:by|through|via)\s+(?=\w+ing\b)/gi,
    example: 'The chief means through which hypoxia accelerates tumour progression is not by inducing EMT.',
    denied: 'NOT HYPOXIA induces EMT',
    keeps: ['HYPOXIA promotes TUMOR_PROGRESSION'],
  },
  {
    // A superseded belief: the claim is reported only as what was once thought, then retracted. The match runs
    // from the belief verb to the retraction; the claims before its "but" are denied.
    denies: 'before',
    pattern: /\b(?:previously|once|long|formerly|initially|originally|widely|commonly)\s+(?:been\s+)?(?:thought|believed|assumed|held|proposed|presumed)\s+to\b[^.;]*?,?\s+but\s+(?:this|that|it|the\s+(?:claim|idea|finding|effect))\s+(?:was|has|had|could)\s+(?:not|never)\s+(?:been\s+|be\s+)?(?:confirmed|reproduced|replicated|substantiated|verified)\b/gi,
    example: 'IL-11 was once believed to raise MMP-9 in MDA-MB-231 cells, but this has never been confirmed.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // A reported claim the writer then fails to reproduce: "it has been claimed that X raises Y, but we could not
    // reproduce this". The report is no assertion of the writer's; the retraction after "but" denies it.
    denies: 'before',
    pattern: /\b(?:claimed|reported|suggested|proposed|thought|believed|argued)\s+that\b[^.;]*?,?\s+but\s+(?:we|others|our\s+\w+|later\s+\w+|subsequent\s+\w+)\s+(?:could\s+not|couldn't|were\s+unable\s+to|was\s+unable\s+to|failed\s+to|did\s+not|have\s+not|have\s+been\s+unable\s+to)\s+(?:reproduce|confirm|replicate|verify|substantiate)\s+(?:this|that|it|these|them|the\s+(?:claim|idea|finding|findings|effect|result|results|observation))\b/gi,
    example: 'Some groups have reported that IL-11 raises MMP-9 in MDA-MB-231 cells, but we were unable to replicate this.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
];

/** The claims with those read after a denial ("no evidence that") negated. */
export function withDenials(claims: readonly ExtractedClaim[], text: string, start: number, end: number): readonly ExtractedClaim[] {
  if (claims.length === 0) return claims;
  const sentence = text.slice(start, end);
  // Prefilter: every denial has "that" or "for" after a negative (or doubting) word.
  if (!/\b(?:no|not|never|little|insufficient|failed|unable|n't|unlikely|improbable|implausible|doubtful)\b|n't\b/i.test(sentence)) return claims;
  let from = Infinity;
  let before = -Infinity;
  let route = Infinity;
  for (const rule of denialRules) {
    rule.pattern.lastIndex = 0;
    const match = rule.pattern.exec(sentence);
    if (!match) continue;
    if (rule.denies === 'before') before = Math.max(before, start + match.index + match[0].search(/,?\s+but\s+(?!.*\sbut\s)/i));
    else if (rule.denies === 'route') route = Math.min(route, start + match.index + match[0].length);
    else from = Math.min(from, start + match.index + match[0].length);
  }
  if (from === Infinity && before === -Infinity && route === Infinity) return claims;
  const denied = (c: ExtractedClaim): boolean => c.start >= from || c.end <= before || (c.object.start >= route && c.mediators.length === 0);
  // A claim the reader negated already, with no negation of its own inside the denied clause, took its "not" from
  // the denial's words ("have not shown that X plays a role in Y": the frame reader sees "not" a few words back):
  // it stays negated, where toggling made it an affirmed, supported claim.
  const ownNegation = (c: ExtractedClaim): boolean => /\b(?:no|not|never|neither|nor|cannot|without|fail(?:s|ed)?|unable|lacks?|lacked)\b|n't\b/i.test(text.slice(Math.max(start, Math.min(from, c.start)), c.end));
  return claims.map((c) => {
    if (denied(c)) return c.relation === 'no-effect' ? c : c.negated && !ownNegation(c) ? c : { ...c, negated: !c.negated };
    if (c.mediators.some((m) => m.start >= route)) return { ...c, mediators: c.mediators.filter((m) => m.start < route) };
    return c;
  });
}
