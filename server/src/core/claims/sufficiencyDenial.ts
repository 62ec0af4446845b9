// A denial of sufficiency: "X alone was not sufficient to raise Y", "X by itself failed to induce Y", "X on its own
// did not activate Y", "X was insufficient to raise Y without Z". The writer says that X in isolation does not bring
// Y about, and by "alone" (or a partner whose absence is named) that X with something else does: X's part in Y is
// left open, often granted. Against a finding that X raises Y this is no claim of "no effect" (the labelling
// guideline's contradiction is a reported absence of an effect against a claimed one); it is a narrower claim, X
// without its partners, that no finding is about. So, as compareNegated's rule does for a denial of the opposite,
// it is no evidence either way: the denial is not kept (issue 7, stop 37). Read word by word it contradicted
// findings made with the very partner the sentence says X needs. A plain "X was insufficient to raise Y" (no
// "alone", no partner) still denies X's effect: it is "X failed to raise Y" (cues.ts capacityWords).
import { mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import type { EntityMention } from '../entities/recognize';
import { associationWordings } from './vocabulary';

/**
 * After the subject (a noun of its giving between: "X treatment alone"): the words that restrict it to itself. A
 * list of two agents each alone ("neither X alone nor Z alone") restricts each.
 */
const aloneAfter =
  /^\s*(?:(?:treatment|stimulation|exposure|overexpression|expression|signalling|signaling|levels?|activity|administration|monotherapy|supplementation)\s+)?(?:alone|by\s+(?:itself|themselves)|on\s+(?:its|their)\s+own|per\s+se|singly|in\s+isolation|as\s+(?:a\s+)?(?:single|sole)\s+(?:agents?|factors?|stimul(?:us|i)))\b/i;
/**
 * The same fronted, before the subject (or the list it is in): "On its own, X did not raise Y", "On their own, X and
 * Z did not raise Y"; and at the end of the denial, after its object: "X did not raise Y on its own".
 */
const aloneBefore = /\b(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|in\s+isolation)\s*,\s*[^,;.]{0,60}$/i;
const aloneAfterObject = /^\s*(?:(?:levels?|expression|secretion|production|activity|phosphorylation|activation)\s+)?(?:alone|by\s+(?:itself|themselves)|on\s+(?:its|their)\s+own|in\s+isolation)\b/i;
/** Words that deny sufficiency, and a partner whose absence they hold in: "insufficient ... without Z". */
const insufficient = /\b(?:insufficient|not\s+(?:(?:by\s+itself\s+)?sufficient|enough)|(?:not|never)\s+suffice[sd]?|failed\s+to\s+suffice|did\s+not\s+suffice)\b/i;
const partnerAbsent = /\b(?:without|in\s+the\s+absence\s+of|unless\s+(?:combined|paired|given\s+together)\s+with|except\s+(?:in\s+combination\s+)?with)\s+(?:the\s+|an?\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?$/iu;

/** Whether a denial's subject is restricted to itself, or its insufficiency is said to hold without a named partner. */
/**
 * A denied correlation is no denial of an effect: "each marker alone did not correlate with survival" says each is no
 * sign of it on its own, which the abstract reader keeps as no association (only an effect can need a partner). The
 * words are the association wordings' (vocabulary.ts associationWordings) and those of prediction.
 */
const correlationWords = new RegExp(String.raw`\b(?:${associationWordings.flatMap((row) => [row.base, row.participle, ...row.nouns]).join('|')}|predict|prognos)\w*`, 'i');

function deniesSufficiency(claim: ExtractedClaim, sentence: SentenceSpan, inSentence: readonly EntityMention[]): boolean {
  const { text, start, end } = sentence;
  const [from, to] = claim.subject.end <= claim.object.start ? [claim.subject.end, claim.object.start] : [claim.object.end, claim.subject.start];
  if (claim.relation === 'associated-with' || correlationWords.test(text.slice(from, to))) return false;
  if (aloneAfter.test(text.slice(claim.subject.end, Math.min(end, claim.subject.end + 60)))) return true;
  if (aloneBefore.test(text.slice(Math.max(start, claim.subject.start - 80), claim.subject.start))) return true;
  if (claim.subject.end <= claim.object.start && aloneAfterObject.test(text.slice(claim.object.end, Math.min(end, claim.object.end + 40)))) return true;
  const whole = text.slice(start, end);
  if (!insufficient.test(whole)) return false;
  // A partner named after "without" (or "in the absence of"), neither the claim's subject nor its object.
  return inSentence.some(
    (m) => m.entityId !== claim.subject.entityId && m.entityId !== claim.object.entityId && partnerAbsent.test(text.slice(Math.max(start, m.start - 50), m.start)),
  );
}

/** The rule's reading, a sentence-level claim filter (sentenceFilters.ts) run once on every reader's claims. */
// A denial is a negated claim or a claim of no effect ("X alone had no effect on Y").
const isDenial = (c: ExtractedClaim): boolean => c.negated || c.relation === 'no-effect';

export function withoutSufficiencyDenials(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  if (!claims.some(isDenial)) return claims;
  const inSentence = mentionsIn(sentence);
  const dropped = claims.filter((c) => isDenial(c) && deniesSufficiency(c, sentence, inSentence));
  return dropped.length === 0 ? claims : claims.filter((c) => !dropped.includes(c));
}
