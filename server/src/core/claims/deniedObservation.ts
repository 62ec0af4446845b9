// An event named as the subject and its observation denied: "A hypoxia-dependent rise in IL-11 was not seen in
// MDA-MB-231 cells", "An X-driven induction of Y was never observed", "could not be detected", "was absent". The writer says the event did not happen there,
// as "No X-driven rise in Y was detected" does (extract.ts noneOpens), but the denial stands after the event, on a verb
// of seeing that carries no relation, so the claims read inside the subject phrase were kept as asserted and came out
// supported by the very finding the sentence denies (issue 7, stop 41: flipProbe --negate found three studied rows).
// The claims inside the subject phrase are denied. Not when what follows names a loss or an absence ("was not seen in
// STAT3-deficient cells", "in the absence of Z"): that says the event needs Z, and the event itself stands.
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { causalModifiers } from './vocabulary';

/**
 * The denied verb of seeing after the subject phrase: "was not seen", "could not be detected", "was never observed";
 * or the event's absence, "was absent", "remained undetectable".
 */
const deniedSeeing = /\b(?:(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:not|never)|(?:could|can|did|would)\s+(?:not|never)\s+be|cannot\s+be)\s+(?:seen|found|detected|observed|noted|noticed|recorded|evident|apparent|detectable|observable)|(?:was|were|is|are|remained)\s+(?:absent|undetectable|not\s+detectable)|(?:did|does|do)\s+not\s+occur)\b/i;
/** The subject phrase opens with an article and holds no clause of its own (no verb group, no conjunction of clauses). */
const subjectOpening = /^(?:(?:in|among|within|under)\s+[^,;]{1,60},\s*)?(?:an?|the)\s+/i;
/**
 * A subject phrase without an article opens with the hyphenated cause itself: "Hypoxia-induced IL-11 expression was not
 * observed" (stop 49: read as asserted). Only a name tied by a hyphen to a participle of cause (roles.ts
 * causalModifiers), which makes the phrase a noun phrase, never a clause of its own.
 */
const fronted = /^(?:(?:in|among|within|under)\s+[^,;]{1,60},\s*)?/i;
const hyphenCause = /^\s*[-‐–]\s*([a-z-]+)/i;
const clauseInside = /[,;:]|\b(?:that|which|whereas|while|although|but|we|our|was|were|is|are|has|have|had|did|does)\b/i;
/** After the denial: a place or time, nothing that names a loss, an absence, a blockade or a treatment given then. */
export const lossAfter = /\b(?:absence|absent|lacking|lack|deficient|deficiency|null|knock\w*|silenc\w*|deplet\w*|delet\w*|inhibit\w*|block\w*|presence|unless|until|without|except|only|(?<!-)(?:treated|exposed)\s+(?:with|to))\b|-\/-/i;

/** The fronted place only, when a name tied to a participle of cause opens the phrase right after it. */
function bareCauseOpening(subjectPhrase: string, sentence: SentenceSpan): RegExpExecArray | undefined {
  const opening = fronted.exec(subjectPhrase);
  if (!opening) return undefined;
  const at = sentence.start + opening[0].length;
  const name = sentence.mentions.find((m) => m.start === at);
  const participle = name && hyphenCause.exec(sentence.text.slice(name.end, sentence.start + subjectPhrase.length));
  return participle && causalModifiers[participle[1].toLowerCase()] !== undefined ? opening : undefined;
}

/**
 * The event undone with nothing named that undid it: "Y induction by X was abolished in C", "the X-induced rise in Y
 * was completely lost". The writer says the event was not there in C (precision, stop 49: read as asserted, it was
 * supported by the finding it denies). Only where nothing else is named: no agent after ("by D"), no treatment, loss or
 * absence anywhere in the sentence ("In ATF3-silenced cells, ...", "when ATF3 was silenced", "in NT157-treated
 * cells"), only a place after the verb; there the event stands and what undid it is read by the other rules.
 */
const undoneBare = /\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:completely|entirely|fully|totally|largely|virtually|almost\s+completely|then)\s+)?(?:abolished|abrogated|eliminated|lost|ablated|annulled)\b/i;
const placeOnlyAfter = /^\s*(?:in\s+(?:the\s+|these\s+|those\s+)?[^,;()]{1,60})?\s*\.?\s*$/i;
const treatmentOrLoss = /\b(?:by|when|once|after|upon|following|with|treat\w*|pretreat\w*|expos\w*|transfect\w*|mutant|variants?|addition|siRNA|shRNA|antibod\w*|inhibitors?|antagonists?|drugs?)\b|[-‐–](?:treated|exposed|transfected|expressing|silenced|depleted|deficient|null|knockdown|KO)\b/i;

function bareUndoing(whole: string): RegExpExecArray | undefined {
  const undone = undoneBare.exec(whole);
  if (!undone) return undefined;
  const rest = whole.slice(undone.index + undone[0].length);
  if (!placeOnlyAfter.test(rest) || treatmentOrLoss.test(rest) || lossAfter.test(rest)) return undefined;
  return undone;
}

/** Before an undoing verb: a loss or treatment named in the subject phrase or a fronted place ("In ATF3-silenced cells,"). */
const treatmentOrLossBefore = /[-‐–](?:treated|exposed|transfected|silenced|depleted|deficient|null|knockdown|KO)\b|\b(?:treated|exposed|transfected|knockdown|siRNA|shRNA|inhibitors?)\b/i;

/**
 * With an undoing verb, a phrase with no article opened by a name and its event noun: "MMP-9 induction by IL-11 was
 * abolished". The phrase is a noun phrase when the word after the first name is a noun of an event.
 */
function bareEventOpening(subjectPhrase: string, sentence: SentenceSpan): RegExpExecArray | undefined {
  const opening = fronted.exec(subjectPhrase);
  if (!opening) return undefined;
  const at = sentence.start + opening[0].length;
  const name = sentence.mentions.find((m) => m.start === at);
  return name && eventNoun.test(sentence.text.slice(name.end, sentence.start + subjectPhrase.length)) ? opening : undefined;
}
const eventNoun = /^\s+(?:induction|activation|phosphorylation|expression|upregulation|up-regulation|secretion|production|release|rise|increase|elevation)\b/i;

export function withDeniedObservations(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start, end } = sentence;
  const whole = text.slice(start, end);
  const seen = deniedSeeing.exec(whole);
  const undone = seen ? undefined : bareUndoing(whole);
  const denial = seen ?? undone;
  if (!denial) return claims;
  const subjectPhrase = whole.slice(0, denial.index);
  const opening = subjectOpening.exec(subjectPhrase) ?? bareCauseOpening(subjectPhrase, sentence) ?? (undone ? bareEventOpening(subjectPhrase, sentence) : undefined);
  if (!opening) return claims;
  const inner = subjectPhrase.slice(opening[0].length);
  if (undone ? clauseInside.test(inner.replace(/\bby\b/i, ' ')) || lossAfter.test(subjectPhrase) || treatmentOrLossBefore.test(subjectPhrase) : clauseInside.test(inner)) return claims;
  if (lossAfter.test(whole.slice(denial.index + denial[0].length))) return claims;
  const from = start + opening[0].length, to = start + denial.index;
  let changed = false;
  const out = claims.map((c) => {
    const inside = Math.min(c.subject.start, c.object.start) >= from && Math.max(c.subject.end, c.object.end) <= to;
    if (!inside || c.negated || c.relation === 'no-effect') return c;
    changed = true;
    return { ...c, negated: true };
  });
  return changed ? out : claims;
}
