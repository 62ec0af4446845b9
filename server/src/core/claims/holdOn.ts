// A hold on an event, lifted or imposed: "NT157 lifted the block on apoptosis", "X relieved the IGF-1-dependent brake
// on Y", "X released the restraint on Y", "X lifted the suppression of Y" raise Y; "X imposed a block on Y", "X put a
// brake on Y" lower it. The hold
// noun is an inhibition of Y, and the verb says whether the agent brings it or takes it away (inhibition of an
// inhibitor). Read word by word, the verb of release ("released": secreted) or the noun "block" taken for a verb
// gave the opposite sign (issue 7, stop 34: "lifted the block on apoptosis" read as lowering apoptosis).
import { type Construction, claimOf, mentionsIn, replacingPairs, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** A verb that takes a hold away, or one that puts it on, then the hold, then "on" and what it holds. */
const hold = /\b(?:(relie(?:ve|ves|ved|ving)|lift(?:s|ed|ing)?|remov(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|abolish(?:es|ed|ing)?|overc(?:ome|omes|ame|oming)|cancel(?:s|led|ed|ling|ing)?|undo(?:es|ing)?|undid|eas(?:e|es|ed|ing))|(impos(?:e|es|ed|ing)|put(?:s|ting)?|plac(?:e|es|ed|ing)|exert(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|maintain(?:s|ed|ing)?))\s+(?:(?:the|a|an|its|their|this)\s+)?(?:(?!(?:after|following|upon|by|with|through|via|on|in|at|during|when)\s)[\p{L}\d-]+\s+){0,3}?(?:(?:block|blockade|brake|restraint|curb|lid|clamp|check)s?\s+(?:(?:that|which)\s+(?:[\p{L}\d-]+\s+){1,4}?(?:puts?|places?|imposes?|exerts?|applies|applied|maintains?|keeps?|holds?)\s+)?on|(?:suppression|inhibition|repression)\s+of)\s+(?:the\s+)?$/iu;

/** The verb in the passive: "was (partly) reversed", "could be abolished". */
const passiveBefore = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$/i;

/** What the construction reads, and the stretches of hold phrase whose names are no object of the agent's verb. */
export function holdOnClaims(sentence: SentenceSpan): ExtractedClaim[] {
  return holdOnReading(sentence).read;
}

function holdOnReading(sentence: SentenceSpan): { read: ExtractedClaim[]; phrases: [number, number][] } {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const read: ExtractedClaim[] = [];
  const phrases: [number, number][] = [];
  for (let j = 1; j < inSentence.length; j++) {
    const target = inSentence[j];
    const from = Math.max(start, target.start - 90);
    const match = hold.exec(text.slice(from, target.start));
    if (!match) continue;
    const verbAt = from + match.index;
    // "Y was reversed after inhibition of Z": the verb in the passive, with a cause after a preposition, lifts no hold
    // of Y's (the filler words above take no preposition either; issue 7, stop 40: read as Y raising Z).
    if (passiveBefore.test(text.slice(Math.max(start, verbAt - 40), verbAt))) continue;
    // The agent: the last name before the verb that is no setting ("in HCC cells") and no part of the hold's phrase.
    const agent = [...inSentence.slice(0, j)].reverse().find((m) => m.end <= verbAt && !['disease', 'cell-line', 'cell-type', 'condition'].includes(kb.entities.get(m.entityId)?.type ?? ''));
    if (!agent || agent.entityId === target.entityId) continue;
    // ("X did not lift the block on Y", "X failed to relieve ...": the verb denied.)
    const negated = /\b(?:not|never|failed\s+to|unable\s+to)\b|n['’]t\b/i.test(text.slice(agent.end, verbAt));
    read.push(claimOf(sentence, agent, match[1] ? 'increases' : 'decreases', target, { negated }));
    phrases.push([verbAt, target.start]);
  }
  return { read, phrases };
}

export const holdOn: Construction = {
  name: 'hold-on',
  reads: '"X lifted the block on Y" raises Y; "X imposed a brake on Y" lowers it',
  triggers: ['block', 'brake', 'restraint', 'curb', 'lid', 'clamp', 'check', 'suppression', 'inhibition', 'repression'],
  example: 'In HCC cells, NT157 lifted the IGF-1-dependent block on apoptosis.',
  expected: ['NT157 increases APOPTOSIS [ctx HCC]'],
  apply(claims, sentence) {
    const { read, phrases } = holdOnReading(sentence);
    if (read.length === 0) return claims;
    // "X released the brake that Y puts on Z", "X lifted the Y-dependent block on Z": Y names whose hold it is, no
    // object of X's verb (read as X releasing, i.e. raising, Y).
    const agents = new Set(read.map((r) => r.subject.entityId));
    const inPhrase = (c: ExtractedClaim): boolean => agents.has(c.subject.entityId) && phrases.some(([from, to]) => c.object.start >= from && c.object.end <= to);
    return replacingPairs(claims.filter((c) => !inPhrase(c)), read);
  },
};
