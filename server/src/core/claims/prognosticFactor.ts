// A marker named as a directed prognostic factor: "a PIK3CA mutation is an independent negative prognostic
// factor", "high X represents an unfavourable prognostic marker", "X was a favourable prognostic indicator".
// No outcome is named, only the adjective "prognostic": the claim is an association of the marker with the
// prognosis, negative for a poor factor, positive for a favourable one, turned round when the marker is named
// by its loss ("loss of X is an adverse prognostic factor": X goes with a better prognosis).
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import type { EntityMention } from '../entities/recognize';
import { addingWith, contextMentions, type Construction, claimOf } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';

const factor =
  /\b(?:is|are|was|were|represents?|represented|remained|remains|serves?\s+as|served\s+as|emerged\s+as|identified\s+as|as)\s+(?:an?\s+|the\s+)?(?:(?:independent|significant|strong|important|powerful|novel|potential|useful|reliable)\s+(?:and\s+)?)*(?:(negative|poor|adverse|unfavou?rable|worse)|(positive|favou?rable|good|better))\s+(?:and\s+(?:independent|significant)\s+)?prognostic\s+(?:factor|marker|biomarker|indicator|predictor)s?\b/gi;

export const prognosticFactor: Construction = {
  name: 'prognostic-factor',
  reads: '"X is an independent negative prognostic factor": X goes with a worse prognosis',
  triggers: ['prognostic'],
  example: 'Vimentin overexpression was an independent negative prognostic factor in gastric cancer.',
  expected: ['VIM associated-with(negative) PROGNOSIS [ctx GASTRIC_CANCER]'],
  apply: addingWith((sentence, claims) => {
    const { text, start, end, mentions, kb } = sentence;
    if (!kb.entities.has('PROGNOSIS')) return [];
    const added: ExtractedClaim[] = [];
    for (const match of allMatches(factor, text.slice(start, end))) {
      const at = start + match.index;
      // The marker: the last molecule or exposure before the cue in its clause.
      const clauseStart = Math.max(start, ...[...allMatches(/[;:]|,\s+(?:whereas|while|but)\b/g, text.slice(start, at))].map((m) => start + m.index + m[0].length));
      const marker = [...mentions].reverse().find((m) => m.end <= at && m.start >= clauseStart && isMarkerType(kb.entities.get(m.entityId)?.type ?? ''));
      if (!marker || readsPair(claims, marker.entityId, 'PROGNOSIS')) continue;
      const lost = markerLost(text, marker, clauseStart, at);
      const sign = (match[1] ? -1 : 1) * (lost ? -1 : 1);
      const object: EntityMention = { entityId: 'PROGNOSIS', start: at + match[0].search(/prognostic/i), end: at + match[0].length, text: match[0] };
      added.push(claimOf(sentence, marker, 'associated-with', object, { polarity: sign > 0 ? 'positive' : 'negative', context: contextMentions(sentence, [marker.entityId]), inverted: lost }));
    }
    return added;
  }),
};
