// A denied association fronted, its markers after "for": "No correlation with survival was seen for X staining", "No
// significant associations with stage or survival were found for A, B or C expression". Pathology papers report a
// marker panel's null results this way; the denial is each marker's, with each outcome named before the verb, as "X
// staining did not correlate with survival" is read (the guideline: a negated claim against a reported association
// is contradicted). The verb reader found no verb of association here (the noun is the cue, fronted by "No") and
// read nothing (issue 7, stop 52). A correlation names no direction (undirected, as the verb reader marks "did not
// correlate"). Only markers after "for" (never "in patients with", a group, or a place) and only
// a clause that ends after them ("..., but Y predicted survival" keeps its own reading).
import { contextTypes } from '../kb/schema';
import { claimOf, isMoleculeMention, mentionsIn, replacingWith, type Construction, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { associationNouns, associationPrepositions } from './vocabulary';

/** Sentence start to the first outcome: "No (significant) correlation(s) with", a noun and preposition of the
 * association wordings (vocabulary.ts associationWordings, the one table of them). */
const opening = new RegExp(String.raw`^\s*(?:(?:however|moreover|furthermore|in\s+contrast|by\s+contrast|notably|importantly|interestingly|overall|conversely),?\s+)?no\s+(?:(?:statistically\s+)?(?:significant|clear|apparent|obvious|meaningful)\s+)?(?:${associationNouns.join('|')})\s+(?:${associationPrepositions.join('|')})\s+(?:the\s+)?`, 'iu');
/** After the outcomes, to the first marker: the verb of observation, then "for". */
const verbFor = /^[^.;]*?\s(?:was|were)\s+(?:(?:\w+ly|also|then)\s+)?(?:seen|found|observed|noted|detected|identified|shown|evident|apparent|demonstrated)\s+for\s+(?:the\s+)?$/iu;
/** Between two markers. */
const markerJoin = /^\s*(?:(?:staining|expression|levels?|immunoreactivity|positivity)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+nor\s+)(?:the\s+)?$/iu;

export function deniedAssociationForClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  const open = opening.exec(text.slice(sentence.start, sentence.end));
  if (!open) return [];
  const outcomesFrom = sentence.start + open[0].length;
  const inSentence = mentionsIn(sentence);
  // The first marker: the first molecule after the verb of observation and "for".
  const first = inSentence.findIndex((m) => m.start >= outcomesFrom && isMoleculeMention(m.entityId, kb) && verbFor.test(text.slice(outcomesFrom, m.start)));
  if (first < 0) return [];
  const outcomes = inSentence.filter((m) => m.start >= outcomesFrom && m.end <= inSentence[first].start && !contextTypes.has(kb.entities.get(m.entityId)?.type ?? ''));
  if (outcomes.length === 0) return [];
  const markers = [inSentence[first]];
  for (let j = first + 1; j < inSentence.length && markerJoin.test(text.slice(markers[markers.length - 1].end, inSentence[j].start)); j++) {
    if (!isMoleculeMention(inSentence[j].entityId, kb)) return [];
    markers.push(inSentence[j]);
  }
  return markers.flatMap((marker) => outcomes.filter((o) => o.entityId !== marker.entityId).map((outcome) => claimOf(sentence, marker, 'associated-with', outcome, { polarity: 'positive', undirected: true, negated: true, start: sentence.start + open.index, end: marker.end })));
}

export const deniedAssociationFor: Construction = {
  name: 'denied-association-for',
  reads: '"No correlation with Y was seen for A or B staining": neither A nor B goes with Y',
  triggers: [...associationNouns],
  example: 'No correlation with lymph node metastasis was seen for IL-11 or STAT3 staining.',
  expected: ['NOT IL11 associated-with(undirected) LYMPH_NODE_METASTASIS', 'NOT STAT3 associated-with(undirected) LYMPH_NODE_METASTASIS'],
  apply: replacingWith(deniedAssociationForClaims),
};
