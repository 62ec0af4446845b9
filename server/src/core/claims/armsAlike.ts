// A trial's arms reported alike: "no significant difference in OS was seen between D and placebo", "in the
// comparison of D versus control, no difference in OS was observed", "the OS of patients receiving D was similar to
// that of patients receiving placebo", "OS did not differ between the D and placebo arms". The guideline reads a
// reported absence of effect as a claim that contradicts a reported effect: D has no effect on the end point. The
// reader found no verb of effect and read nothing (issue 7, stop 53; trialArms.ts reads the arms' figures and
// leaves such a sentence alone).
// Only a drug set against a control arm (placebo, control, vehicle, best supportive care, observation, no
// treatment): two drugs alike rank each other and say nothing of either's own effect. Only an outcome whose
// difference is the one denied, in the clause that denies it ("...; however, after censoring the difference became
// significant" keeps the first clause's reading), and with no other drug in that clause.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, isDrugMention, mentionsIn, replacingWith, type SentenceSpan, triggersOf } from './construction';
import type { ExtractedClaim } from './extract';
import { controlArm } from './trialArms';

/** The control arm. */
const comparator = new RegExp(String.raw`\b(?:(?:the\s+)?${controlArm}(?:\s+(?:arm|group|cohort))?|untreated\s+(?:patients|controls))\b`, 'gi');

/**
 * The denial of a difference, and where its outcome stands: `after`, the outcome follows "difference(s) in" ("no
 * significant difference in OS", "a difference in OS was not detectable"); `before`, the outcome is the subject the
 * likeness is said of ("OS was similar", "OS did not differ").
 */
const differenceIn = /\b(?:(?<no>no|without\s+any|without\s+a)\s+(?:(?:statistically|clinically)\s+)?(?:significant\s+|meaningful\s+|notable\s+|detectable\s+|apparent\s+)?differences?\s+(?:was\s+|were\s+)?(?:(?:seen|observed|found|detected|noted)\s+)?in\s+(?:the\s+|terms\s+of\s+)?|differences?\s+in\s+(?:the\s+)?(?=[^.;]{1,60}?\b(?:was|were)\s+not\s+(?:(?:statistically\s+)?significant|detectable|detected|observed|seen|found|apparent)\b))/gi;
const likeness = /\b(?:(?:was|were|remained|proved)\s+(?:(?:very|largely|broadly|statistically)\s+)?(?:similar|comparable|equivalent|indistinguishable|identical)|did\s+not\s+(?:significantly\s+)?differ|(?:was|were)\s+not\s+(?:significantly\s+|statistically\s+)?different)\b/gi;

/** Words between the drug and the control arm (either order) that set them against each other. */
const joined = /^\s*(?:[-‐\s](?:arms?|groups?|cohorts?|treated\s+patients))?\s*,?\s*(?:versus|vs\.?|v\.?|and|or|compared\s+(?:with|to)|relative\s+to|over|against|with)\s+(?:(?:the|those|patients|participants)\s+(?:(?:who\s+)?(?:received|receiving|given|on|in|treated\s+with|(?:randomi[sz]ed|assigned|allocated)\s+to)\s+)?)?$/i;
/** "patients receiving D was similar to that of patients receiving C": the likeness itself between the two arms. */
const likenessBetween = /^[^.;]{0,40}?\b(?:similar|comparable|equivalent|identical)\s+(?:to|with)\s+(?:that|those)\s+(?:of|in|for|with)\s+(?:the\s+)?(?:(?:patients|participants|subjects|those)\s+)?(?:(?:who\s+)?(?:received|receiving|given|treated\s+with|on|in|(?:randomi[sz]ed|assigned|allocated)\s+to)\s+)?(?:the\s+)?$/i;
/** A clause boundary the denial does not cross. */
const boundary = /;|,\s*(?:however|but|whereas|while|although|yet)\b|\b(?:whereas|however)\b/i;

function clauseAround(text: string, start: number, end: number, at: number): { from: number; to: number } {
  let from = start;
  let to = end;
  const re = new RegExp(boundary.source, 'gi');
  for (let m = re.exec(text.slice(start, end)); m; m = re.exec(text.slice(start, end))) {
    const where = start + m.index;
    if (where < at) from = where + m[0].length;
    else {
      to = where;
      break;
    }
  }
  return { from, to };
}

/** The drug set against a control arm inside [from, to), if exactly one drug is named there. */
function drugAgainstControl(sentence: SentenceSpan, from: number, to: number): EntityMention | undefined {
  const { text, kb } = sentence;
  const drugs = mentionsIn(sentence).filter((m) => m.start >= from && m.end <= to && isDrugMention(m.entityId, kb));
  if (drugs.length === 0 || drugs.some((d) => d.entityId !== drugs[0].entityId)) return undefined;
  comparator.lastIndex = 0;
  const clause = text.slice(from, to);
  for (let c = comparator.exec(clause); c; c = comparator.exec(clause)) {
    const cStart = from + c.index;
    const cEnd = cStart + c[0].length;
    // "D plus placebo" is the drug's own arm.
    if (/\b(?:plus|with|and)\s+$/i.test(text.slice(Math.max(from, cStart - 6), cStart)) && drugs.some((d) => d.end <= cStart && /^\s*(?:plus|with)\s+$/i.test(text.slice(d.end, cStart)))) continue;
    for (const drug of drugs) {
      if (drug.end <= cStart && (joined.test(text.slice(drug.end, cStart)) || likenessBetween.test(text.slice(drug.end, cStart)))) return drug;
      if (cEnd <= drug.start && joined.test(text.slice(cEnd, drug.start))) return drug;
    }
  }
  return undefined;
}

export function armsAlikeClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const outcomes = mentionsIn(sentence).filter((m) => kb.entities.get(m.entityId)?.type === 'phenotype');
  if (outcomes.length === 0) return [];
  const span = text.slice(start, end);
  const read: ExtractedClaim[] = [];
  const add = (outcome: EntityMention, at: number) => {
    const clause = clauseAround(text, start, end, at);
    if (outcome.start < clause.from || outcome.end > clause.to) return;
    const drug = drugAgainstControl(sentence, clause.from, clause.to);
    if (!drug || read.some((r) => r.subject.entityId === drug.entityId && r.object.entityId === outcome.entityId)) return;
    read.push(claimOf(sentence, drug, 'no-effect', outcome, { start: Math.min(drug.start, outcome.start), end: Math.max(drug.end, outcome.end) }));
  };
  differenceIn.lastIndex = 0;
  for (let m = differenceIn.exec(span); m; m = differenceIn.exec(span)) {
    const after = start + m.index + m[0].length;
    // The outcome right after "in", or a second one joined to it ("in OS or PFS").
    const first = outcomes.find((o) => o.start >= after && /^[\s\p{L}-]{0,25}$/u.test(text.slice(after, o.start)));
    if (!first) continue;
    add(first, start + m.index);
    for (const o of outcomes) if (o.start > first.end && /^\s*(?:\([^)]*\)\s*)?,?\s*(?:and|or)\s+(?:the\s+)?$/i.test(text.slice(first.end, o.start))) add(o, start + m.index);
  }
  likeness.lastIndex = 0;
  for (let m = likeness.exec(span); m; m = likeness.exec(span)) {
    const at = start + m.index;
    // The outcome the likeness is said of: the clause's first outcome, before the likeness, with no verb between.
    const clause = clauseAround(text, start, end, at);
    const subject = outcomes.find((o) => o.start >= clause.from && o.end <= at && !/\b(?:was|were|is|are|did|had|has|have)\b/i.test(text.slice(o.end, at)));
    if (subject) add(subject, at);
  }
  return read;
}

export const armsAlike: Construction = {
  name: 'arms-alike',
  reads: '"no significant difference in OS was seen between D and placebo", "OS with D was similar to that with placebo": D has no effect on the outcome',
  triggers: triggersOf(comparator),
  example: 'No significant difference in overall survival was seen between sorafenib and placebo in this HCC trial.',
  expected: ['SORAFENIB no-effect OVERALL_SURVIVAL [ctx HCC]'],
  apply: replacingWith(armsAlikeClaims),
};
