// An event said to go on "independently of" an agent: "IGF-1 levels rose independently of IL-6", "invasion
// proceeded independently of STAT3". The writer denies that the agent drives the event, as "Y was independent of
// X" does (a cue row of the anchored reader); read by the verb reader, "rose ... of IL-6" made IL-6 the object of
// the event's own verb ("IGF-1 raises IL-6"), and a denial of IL-6's effect came out as a claim about IGF-1.
import { contextTypes } from '../kb/schema';
import { type Construction, claimOf, mentionsIn, replacingWith } from './construction';
import type { ExtractedClaim } from './extract';

/** Between the event and its agent: a verb of going on or changing, the adverb, "of" or "from", an article. */
const independentlyCue =
  /^[^.;,]{0,60}?\b(?:proceed|occur|persist|continu|develop|progress|rise|rose|risen|increas|decreas|declin|fell|fall|happen|remain|change|emerg|take|took|ensue|operat|act)\w*\s+(?:(?:largely|entirely|completely|fully|wholly|partly|partially|still|also)\s+)?independent(?:ly)?\s+(?:of|from)\s+(?:(?:the|any|exogenous|endogenous|added)\s+)?$/i;

export function independentlyOfClaims(sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { text } = sentence;
  const inSentence = mentionsIn(sentence);
  const read: ExtractedClaim[] = [];
  const isPlace = (id: string): boolean => contextTypes.has(sentence.kb.entities.get(id)?.type ?? '');
  for (let j = 1; j < inSentence.length; j++) {
    const agent = inSentence[j];
    // The event is the subject phrase's head, not a place named in it ("IGF-1 expression in HCC cells rose ...").
    let e = j - 1;
    while (e > 0 && isPlace(inSentence[e].entityId)) e--;
    const event = inSentence[e];
    if (event.entityId === agent.entityId || isPlace(event.entityId) || !independentlyCue.test(text.slice(event.end, agent.start))) continue;
    read.push(claimOf(sentence, agent, 'no-effect', event, { start: event.start, end: agent.end }));
  }
  return read;
}

export const independentlyOf: Construction = {
  name: 'independently-of',
  reads: '"Y rose independently of X", "Y proceeded independently of X": X has no effect on Y',
  triggers: ['independent'],
  example: 'In HCC cells, IGF-1 expression rose independently of IL-6.',
  expected: ['IL6 no-effect IGF1 [ctx HCC]'],
  apply(claims, sentence) {
    // "X raised Y independently of Z": Z is no route of X's effect, and no object of X's verb either.
    const { text } = sentence;
    const kept = claims.filter((c) => !(c.subject.end <= c.object.start && /\bindependent(?:ly)?\s+(?:of|from)\s+(?:the\s+)?$/i.test(text.slice(c.subject.end, c.object.start))));
    return replacingWith(independentlyOfClaims)(kept, sentence);
  },
};
