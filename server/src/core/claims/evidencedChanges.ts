// Changes offered as the sign of an effect: "X induced EMT, as shown by increased vimentin and reduced
// E-cadherin". The clause after "as indicated / evidenced / shown by" names markers, each after its own
// direction word, that changed with the main clause's agent: X raises vimentin and lowers E-cadherin. The verb
// reading takes every marker after the cue for an object of the main verb ("X activated E-cadherin"), so the
// construction replaces its claims on those markers. An agent named by its loss ("X knockdown blocked EMT, as
// shown by higher E-cadherin") turns each change round, as the main claim does.
import { mentionsIn, type Construction, claimOf } from './construction';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';
import { moleculeTypes } from '../kb/schema';

/** Molecules whose amount can be the sign of an effect (not the processes a marker is said to mark). */
const markerTypes: ReadonlySet<string> = moleculeTypes;

const cue = /,?\s*as\s+(?:was\s+)?(?:indicated|evidenced|shown|demonstrated|reflected|confirmed|judged|revealed)\s+by\b/i;
/** The last direction word before a marker decides its change ("increased A and B and reduced C"). */
const directionWords = /\b(?:(reduced|decreased|lower|diminished|attenuated|suppressed|downregulated|down-regulated|loss\s+of|lost)|(increased|elevated|higher|enhanced|upregulated|up-regulated|raised|induced|gain\s+of))\b/gi;

export const evidencedChanges: Construction = {
  name: 'evidenced-changes',
  reads: '"X induced EMT, as shown by increased A and reduced B": X raises A and lowers B',
  triggers: ['indicated', 'evidenced', 'shown', 'demonstrated', 'reflected', 'confirmed', 'judged', 'revealed'],
  example: 'HOTAIR induced EMT in HT-29 cells, as shown by the increased expression of vimentin and the reduced expression of E-cadherin.',
  expected: ['NCBIGENE_100124700 decreases CDH1 [ctx CELL_HT_29]', 'NCBIGENE_100124700 increases VIM [ctx CELL_HT_29]', 'NCBIGENE_100124700 induces EMT [ctx CELL_HT_29]'],
  apply(claims, sentence) {
    const { text, start, end, kb, hedged } = sentence;
    const found = cue.exec(text.slice(start, end));
    if (!found) return claims;
    const cueStart = start + found.index;
    const cueEnd = cueStart + found[0].length;
    // The main clause's claim: subject and object before the cue.
    const main = claims.find((c) => c.subject.end <= cueStart && c.object.end <= cueStart && !c.negated);
    if (!main) return claims;
    const added: ExtractedClaim[] = [];
    let sign = 0;
    let from = cueEnd;
    for (const marker of mentionsIn(sentence)) {
      if (marker.start < cueEnd) continue;
      for (const word of allMatches(directionWords, text.slice(from, marker.start))) sign = word[1] ? -1 : 1;
      from = marker.end;
      if (sign === 0 || marker.entityId === main.subject.entityId || !markerTypes.has(kb.entities.get(marker.entityId)?.type ?? '')) continue;
      const up = (sign > 0) !== main.inverted;
      added.push(claimOf(sentence, main.subject, up ? 'increases' : 'decreases', marker, { hedged: hedged || main.hedged, inverted: main.inverted }));
    }
    if (added.length === 0) return claims;
    // The verb reading's claims on the markers after the cue are misreadings of the same words.
    return [...claims.filter((c) => !(c.subject.entityId === main.subject.entityId && c.object.start >= cueEnd)), ...added];
  },
};
