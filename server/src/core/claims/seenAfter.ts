// A process reported as seen after a treatment: "EMT was also seen after X incubation", "increased invasion was
// observed following X exposure", "reduced proliferation was noted upon treatment with D". Writers state a cause
// this way when the result, not the agent, is the topic: the event that appears (or changes) after the agent is
// the agent's effect. A bare event (a process or phenotype, no change word) is brought about by the cause; a
// change word before it gives the direction, and names a molecule's change too ("higher X levels were seen after
// Y"). The event opens the sentence (after a sentence adverb); a negation ("No EMT was seen", "was not seen")
// denies the claim (left unread before, a denial of a reported effect was no evidence instead of contradicted). changesAfter.ts reads the nouns of change ("reductions in A were seen after X").
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { type Construction, mentionsIn, claimOf, listSeparator } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { namedAsLost } from './lossClause';

/**
 * Before the first event: a sentence adverb, an article, an intensifier, and the change word if any; then the noun of
 * the event with its molecule after "of" ("enhanced phosphorylation of X was detected after Y", issue 7, stop 43,
 * h-nominal43b: the molecule's change said as a nominal event; a molecule is read only with a change word).
 */
export const opening =
  /^\s*(?:(?:similarly|likewise|moreover|furthermore|in\s+addition|notably|importantly|also|consistently|again|in\s+turn|in\s+contrast|by\s+contrast|however|interestingly|indeed)\s*,?\s*)?(?:(?:a|an|the)\s+|(no)\s+)?(?:(?:significant|significantly|marked|markedly|strong|strongly|clear|clearly|further|dramatically|substantially)\s+)?(?:(increased|enhanced|elevated|higher|greater|more|accelerated|augmented|stronger|faster)|(reduced|decreased|diminished|lower|less|impaired|delayed|attenuated|suppressed|inhibited|slower|weaker))?\s*(?:(?:phosphorylation|expression|activation|activity|levels?|secretion|production|release)\s+of\s+(?:the\s+)?)?$/i;
/** Between the events and the cause: the passive of seeing, then "after", "following", "upon", "in response to". */
// Also the event as the subject of an active "followed" ("Increased STAT3 phosphorylation followed IL-11
// stimulation", "EMT rapidly followed hypoxia exposure"): the event came after the cause, as "was seen after" says;
// "was followed by" (the cause after) is the light verbs' passive row, not this.
const seenAfterCue =
  /^\s*\)?\s*(?:(?:mRNA|protein|expression|levels?|activity|phosphorylation)\s+){0,2}(?:(?:was|were)\s+(not\s+|never\s+)?(?:(?:also|consistently|clearly|again|likewise|similarly|only|readily|frequently)\s+)?(?:seen|observed|found|noted|detected|evident|apparent|visible|documented|recorded)\s+(?:(?:only|also|again|mainly|shortly|soon)\s+)?(?:after|following|upon|in\s+response\s+to)|(?:(?:also|consistently|rapidly|quickly|promptly|soon|shortly|closely|invariably|reliably)\s+)?followed)\s+(?:(?:treatment|exposure|incubation|stimulation|challenge)\s+(?:with|to)\s+)?(?:the\s+)?$/i;
/** Between two events of one list: a comma, "and", "or"; an abbreviation in brackets repeats the event. */
const causeTypes = new Set(['condition', 'drug', 'chemical']);

export function seenAfterClaims(claims: readonly ExtractedClaim[], sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const first = inSentence[0];
  if (!first) return [];
  const head = opening.exec(text.slice(start, first.start));
  if (!head) return [];
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const events: EntityMention[] = [first];
  let j = 1;
  for (; j < inSentence.length; j++) {
    const gap = text.slice(inSentence[j - 1].end, inSentence[j].start);
    if (inSentence[j].entityId === events[events.length - 1].entityId && /^\s*\(\s*$/.test(gap)) continue;
    const previousEnd = inSentence[j - 1].end + (/^\s*\)/.test(gap) ? gap.indexOf(')') + 1 : 0);
    if (!listSeparator.test(text.slice(previousEnd, inSentence[j].start))) break;
    events.push(inSentence[j]);
  }
  const cause = inSentence[j];
  if (!cause || !seenAfterCue.test(text.slice(inSentence[j - 1].end, cause.start))) return [];
  if (!isMarkerType(typeOf(cause)) && !causeTypes.has(typeOf(cause))) return [];
  const changed = head[2] !== undefined || head[3] !== undefined;
  // "Reduced invasion was seen after X was silenced", "EMT was seen after X knockdown": the loss's effect, turned round.
  const lost = namedAsLost(text, cause);
  const lowered = (head[3] !== undefined) !== lost;
  const relation = head[2] === undefined && head[3] === undefined ? (lost ? 'inhibits' : 'promotes') : lowered ? 'decreases' : 'increases';
  // "No EMT was seen after X", "EMT was not observed following X": the event is denied of the cause.
  const cue = seenAfterCue.exec(text.slice(inSentence[j - 1].end, cause.start));
  const negated = head[1] !== undefined || cue?.[1] !== undefined;
  const read: ExtractedClaim[] = [];
  for (const event of events) {
    const type = typeOf(event);
    // A bare molecule "seen after" X is detected, not raised: only an event is brought about without a change word.
    if (!(type === 'process' || type === 'phenotype' || (changed && isMarkerType(type)))) continue;
    if (event.entityId === cause.entityId || readsPair(claims, cause.entityId, event.entityId)) continue;
    read.push(claimOf(sentence, cause, relation, event, { start: event.start, end: cause.end, negated, inverted: lost }));
  }
  return read;
}

export const seenAfter: Construction = {
  name: 'seen-after',
  reads: '"EMT was also seen after X incubation", "increased invasion was observed following X", "increased Y followed X stimulation": X brings about (raises) the event',
  triggers: ['after', 'following', 'upon', 'response', 'followed'],
  example: 'Epithelial-mesenchymal transition was likewise observed following hypoxia exposure.',
  expected: ['HYPOXIA promotes EMT'],
  apply(claims, sentence) {
    const read = seenAfterClaims(claims, sentence);
    if (read.length === 0) return claims;
    // The verb reader's readings between the events and their cause go: the cause is the agent of each.
    const events = new Set(read.map((c) => c.object.entityId));
    const cause = read[0].subject.entityId;
    return [...claims.filter((c) => !(events.has(c.object.entityId) && events.has(c.subject.entityId)) && !(c.subject.entityId === cause && events.has(c.object.entityId)) && !(events.has(c.subject.entityId) && c.object.entityId === cause)), ...read];
  },
};
