// An effect named as a noun and denied by its size or its absence: "the effect of IL-6 on IGF-1 was negligible",
// "the lack of any effect of IL-6 on IGF-1". The writer says X does not act on Y. Neither form has a verb of
// effect, so the verb reader read nothing (or a sentence out of scope) where a denial of a reported finding stood.
import { type Construction, claimOf, mentionsIn, replacingWith, triggersOf } from './construction';
import type { ExtractedClaim } from './extract';

const effectNoun = String.raw`(?:effects?|impacts?|influences?|contributions?|actions?)`;
/** Before the agent: "the (measurable) effect of", "the lack (absence) of any effect of". */
// ("no (significant) effect of", issue 7, stop 34: after a superseded report, "however, we found no effect of X on
// Y" went unread when the report's clause held the sentence's other reading.)
const before = new RegExp(String.raw`\b(?:(lack|absence)\s+of\s+(?:an?\s+|any\s+)?(?:[\p{L}-]+\s+)?${effectNoun}|(no)\s+(?:[\p{L}-]+\s+)?${effectNoun}|${effectNoun})\s+of\s+(?:the\s+)?$`, 'iu');
/** Between the agent and what it acts on. */
const between = /^\s+(?:treatment\s+|stimulation\s+|exposure\s+)?(?:on|upon)\s+(?:the\s+)?$/i;
/** After what it acts on: the effect's size denied ("was negligible", "proved minimal", "was not significant"). */
const sizeDenied = /^[^.;,]{0,60}?\b(?:was|were|is|are|remained|proved|appeared|seemed)\s+(?:(?:only|very|rather|essentially|practically|almost|statistically)\s+)?(?:negligible|minimal|marginal|insignificant|non-?significant|not\s+significant|undetectable|absent|nil)\b/i;

export function deniedEffectClaims(sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { text, start, end } = sentence;
  const inSentence = mentionsIn(sentence);
  const read: ExtractedClaim[] = [];
  for (let j = 1; j < inSentence.length; j++) {
    const agent = inSentence[j - 1];
    const target = inSentence[j];
    if (agent.entityId === target.entityId || !between.test(text.slice(agent.end, target.start))) continue;
    const opening = before.exec(text.slice(Math.max(start, agent.start - 80), agent.start));
    if (!opening) continue;
    // Without "lack of", the denial is the effect's size after the target.
    if (!opening[1] && !opening[2] && !sizeDenied.test(text.slice(target.end, end))) continue;
    read.push(claimOf(sentence, agent, 'no-effect', target, { start: agent.start, end: target.end }));
  }
  return read;
}

export const deniedEffect: Construction = {
  name: 'denied-effect',
  reads: '"the effect of X on Y was negligible", "the lack of any effect of X on Y": X has no effect on Y',
  // Every reading needs `before`, and so one of its effect nouns ("effect", "impact", ...). Issue 10: the denial's
  // words listed here before ("no" is inside "not", "know", "normal") let it run on most claim sentences.
  triggers: triggersOf(before),
  example: 'In HCC cells, the effect of IL-6 on IGF-1 was negligible.',
  expected: ['IL6 no-effect IGF1 [ctx HCC]'],
  apply: replacingWith(deniedEffectClaims),
};
