// Groups compared by when an event came: "X-positive tumours progressed earlier than X-negative ones",
// "patients with X loss relapsed sooner". The event names its survival end point (progression: progression-
// free survival; relapse or recurrence: disease-free survival; death: overall survival), and an earlier event
// is a shorter survival: the group's marker goes with the end point, negatively when the event came earlier.
// A group named by the marker's loss or negativity turns it round.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import { addingWith, contextMentions, onePerEntity, type Construction, claimOf } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { wordTable } from '../util/wordTable';
import { allMatches } from '../util/allMatches';

const event = /\b(progressed|relapsed|recurred|died)\s+(?:(?:significantly|markedly|much)\s+)?(earlier|sooner|faster|more\s+(?:rapidly|quickly|often)|later|more\s+slowly|less\s+often)\b/gi;
const endPointOf: Readonly<Record<string, string>> = wordTable({ progressed: 'PROGRESSION_FREE_SURVIVAL', relapsed: 'DISEASE_FREE_SURVIVAL', recurred: 'DISEASE_FREE_SURVIVAL', died: 'OVERALL_SURVIVAL' });
/** The marker's state where the group is named by it: "X-positive tumours", "X-negative patients". */
const stateAfter = /^[-‐\s](positive|negative|high|low|expressing|mutant|mutated|amplified|deficient|null)\b/i;

export const timeToEvent: Construction = {
  name: 'time-to-event',
  reads: '"X-positive tumours progressed earlier than X-negative tumours": X goes with a shorter progression-free survival',
  triggers: ['progressed', 'relapsed', 'recurred', 'died'],
  example: 'Vimentin-positive tumours progressed earlier than vimentin-negative tumours.',
  expected: ['VIM associated-with(negative) PROGRESSION_FREE_SURVIVAL [ctx CANCER]'],
  apply: addingWith((sentence, claims) => {
    const { text, start, end, mentions, kb } = sentence;
    const added: ExtractedClaim[] = [];
    for (const match of allMatches(event, text.slice(start, end))) {
      const at = start + match.index;
      const endPoint = endPointOf[match[1].toLowerCase()];
      if (!kb.entities.has(endPoint)) continue;
      // The group: the first marker of the sentence before the event.
      const marker = mentions.find((m) => m.start >= start && m.end <= at && isMarkerType(kb.entities.get(m.entityId)?.type ?? ''));
      if (!marker || readsPair(claims, marker.entityId, endPoint)) continue;
      const state = stateAfter.exec(text.slice(marker.end, at));
      const lost = state ? /^(?:negative|low|deficient|null)$/i.test(state[1]) : markerLost(text, marker, start, at);
      const earlier = /^(?:earlier|sooner|faster|more\s+(?:rapidly|quickly|often))$/i.test(match[2].replace(/\s+/g, ' '));
      const sign = (earlier ? -1 : 1) * (lost ? -1 : 1);
      const object: EntityMention = { entityId: endPoint, start: at, end: at + match[0].length, text: match[0] };
      added.push(claimOf(sentence, marker, 'associated-with', object, { polarity: sign > 0 ? 'positive' : 'negative', context: onePerEntity(contextMentions(sentence, [marker.entityId])), inverted: lost }));
    }
    return added;
  }),
};
