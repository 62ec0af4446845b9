// An event said to go on "independently of" an agent: "IGF-1 levels rose independently of IL-6", "invasion
// proceeded independently of STAT3". The writer denies that the agent drives the event, as "Y was independent of
// X" does (a cue row of the anchored reader); read by the verb reader, "rose ... of IL-6" made IL-6 the object of
// the event's own verb ("IGF-1 raises IL-6"), and a denial of IL-6's effect came out as a claim about IGF-1.
import { contextTypes } from '../kb/schema';
import { type Construction, claimOf, mentionsIn, replacingWith } from './construction';
import type { ExtractedClaim } from './extract';

/**
 * Between the event and its agent: a verb of going on or changing, the adverb, "of" or "from", an article. The
 * verb may be the passive of a cause ("Y was induced (upregulated) independently of X", issue 7, stop 37): the
 * event is still Y and X is denied as its cause; a verb with its own object before the adverb ("A induced Y
 * independently of X") has a name between and is not this cue.
 */
const independentlyCue =
  /^[^.;,]{0,60}?\b(?:proceed|occur|persist|continu|develop|progress|rise|rose|risen|increas|decreas|declin|fell|fall|happen|remain|change|emerg|take|took|ensue|operat|act|induc|upregulat|up-regulat|downregulat|down-regulat|activat|elevat|rais|reduc|lower|suppress|inhibit|express|secret|produc|enhanc|promot|trigger|stimulat)\w*\s+(?:(?:largely|entirely|completely|fully|wholly|partly|partially|still|also)\s+)?independent(?:ly)?\s+(?:of|from)\s+(?:(?:the|any|exogenous|endogenous|added)\s+)?$/i;

/**
 * The same denial as a hyphenated adjective: "an IL-6-independent rise in IGF-1" (the agent before the noun of change,
 * the event after it), "IGF-1 rose in an IL-6-independent manner" (the event first). Without it the verb reader
 * took the hyphenated name for the change's agent, the opposite of what the writer says.
 */
const hyphenIndependent = /^[-\u2010\u2011\u2013\u2212]independent\b/i;
const changeNounAfter =
  /^[-\u2010\u2011\u2013\u2212]independent\s+(?:(?:and\s+)?[\w-]+[-\u2010\u2011\u2013\u2212](?:dependent|independent)\s+)?(?:(?:increases?|rises?|elevations?|induction|inductions|upregulation|up-regulation|activation|accumulation|gains?|decreases?|reductions?|falls?|declines?|drops?|losses|downregulation|down-regulation|suppression|inhibition|changes?|shifts?)\s+(?:in|of)\s+(?:the\s+)?(?:(?:expression|levels?|secretion|production|phosphorylation|activity)\s+of\s+(?:the\s+)?)?)$/i;
const eventThenManner = /^[^.;,]{0,60}?\b(?:proceed|occur|persist|continu|develop|progress|rise|rose|risen|increas|decreas|declin|fell|fall|happen|change|emerg|induc|upregulat|up-regulat|activat|elevat|rais|reduc|lower|suppress)\w*\s+(?:(?:in|within|among)\s+(?:[\w-]+\s+){1,4}?)?(?:(?:largely|entirely|completely|fully|wholly|partly|partially|still|also)\s+)?in\s+an?\s+(?:(?:largely|entirely|completely|partly|partially)\s+)?$/i;
const mannerAfter = /^[-\u2010\u2011\u2013\u2212]independent\s+(?:manner|fashion|way)\b/i;

/** "an X-independent rise in Y", "Y rose in an X-independent manner": X has no effect on Y. */
function hyphenatedDenials(sentence: Parameters<Construction['apply']>[1], isPlace: (id: string) => boolean): ExtractedClaim[] {
  const { text } = sentence;
  const inSentence = mentionsIn(sentence);
  const read: ExtractedClaim[] = [];
  for (let j = 0; j < inSentence.length; j++) {
    const agent = inSentence[j];
    const after = text.slice(agent.end, agent.end + 140);
    if (!hyphenIndependent.test(after)) continue;
    const event = inSentence[j + 1];
    if (event && !isPlace(event.entityId) && event.entityId !== agent.entityId && changeNounAfter.test(text.slice(agent.end, event.start))) {
      read.push(claimOf(sentence, agent, 'no-effect', event, { start: agent.start, end: event.end }));
      continue;
    }
    const manner = mannerAfter.exec(after);
    if (!manner) continue;
    let e = j - 1;
    while (e > 0 && isPlace(inSentence[e].entityId)) e--;
    const before = inSentence[e];
    if (before && before.entityId !== agent.entityId && !isPlace(before.entityId) && eventThenManner.test(text.slice(before.end, agent.start))) {
      read.push(claimOf(sentence, agent, 'no-effect', before, { start: before.start, end: agent.end + manner[0].length }));
    }
  }
  return read;
}

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
  read.push(...hyphenatedDenials(sentence, isPlace));
  return read;
}

export const independentlyOf: Construction = {
  name: 'independently-of',
  reads: '"Y rose independently of X", "an X-independent rise in Y", "Y rose in an X-independent manner": X has no effect on Y',
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
