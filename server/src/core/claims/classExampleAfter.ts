// A verb on a class of pathways whose example is named after a relative clause on the class: "X inhibits signalling
// pathways that lead to proliferation, the best studied of which is the STAT3 pathway", "X activates several cascades
// that control survival, notably the Akt pathway". The example is a member of the class the verb acts on, so the
// writer says X does to it what X does to the class, as "X inhibits pathways such as the STAT3 pathway" is read by
// the verb reader (an example right after the class). Past the relative clause, or after "the most studied of which
// (being)", the verb reader's object search stopped and the sentence read nothing of the example (issue 7, stop 52).
// Only the relative on the class is passed over, never another verb's clause; a denial or doubt before the verb, a
// relation of plain association, and a class the example is not put in ("pathways other than ...") read nothing.
import { claimOf, isMoleculeMention, mentionsIn, replacingWith, type Construction, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { verbTrigger } from './vocabulary';

/** Subject to the verb: a bracketed short form, then auxiliaries, verbs of report and adverbs; no denial. */
const beforeVerb = String.raw`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|have|had|been|is|are|was|were|be|shown|reported|known|found|demonstrated|thought|believed|to|also|may|can|could|might|further|directly|strongly|potently|reportedly|consistently)\s+){0,6}`;
/** Words of kind or number before the class noun. */
const kindWords = String.raw`(?:(?:the|several|various|many|multiple|numerous|some|a\s+number\s+of|a\s+range\s+of|key|major|important|downstream|intracellular|oncogenic|distinct|different|signal(?:l)?ing|survival|proliferative|pro-survival)\s+){0,4}`;
/** The opener of the example: "the most studied of which is (being)", "notably", "such as", after a comma. */
const opener = String.raw`\s*,\s*(?:the\s+(?:most|best)\s+[\p{L}-]+(?:\s+(?:and\s+)?[\p{L}-]+)?\s+(?:one\s+)?of\s+which\s+(?:is|are|was|were|being)|notably|especially|particularly|in\s+particular|chiefly|mainly|including|such\s+as|e\.g\.,?|for\s+example,?)\s+(?:the\s+)?$`;
/** Subject to example: the verb, the class (pathways, cascades), a relative clause on it, the opener. */
const verbClassExample = new RegExp(String.raw`${beforeVerb}(?<verb>[\p{L}-]+)\s+${kindWords}(?:pathways|cascades)\b(?:\s+(?:that|which)\s+[^,;.()]{1,100}?)?${opener}`, 'iu');
/** Causal relations only: an association with a class is no action on its example. */
const causal = new Set(['increases', 'decreases', 'activates', 'inhibits', 'promotes', 'suppresses', 'induces']);

export function classExampleAfterClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  for (let i = 0; i < inSentence.length; i++) {
    const agent = inSentence[i];
    if (!isMoleculeMention(agent.entityId, kb)) continue;
    // The agent heads the subject: not the object of a preposition or a loss ("Inhibitors of X block ...").
    if (/\b(?:of|by|with|in|for|to|from|on|against|than|via|through|without|anti)[\s-]+(?:the\s+)?$/iu.test(text.slice(sentence.start, agent.start))) continue;
    for (let j = i + 1; j < inSentence.length; j++) {
      const example = inSentence[j];
      // No other molecule before the example: "pathways that IL-11 activates, notably ..." speaks of IL-11's pathways.
      if (example.entityId === agent.entityId) break;
      const found = verbClassExample.exec(text.slice(agent.end, example.start));
      if (!found) {
        if (isMoleculeMention(example.entityId, kb)) break;
        continue;
      }
      const relation = verbTrigger(found.groups!.verb);
      if (!relation || !causal.has(relation)) break;
      if (/\b(?:not|no|never|fail\w*|unable|whether|unclear)\b/iu.test(text.slice(sentence.start, agent.start))) return [];
      return [claimOf(sentence, agent, relation, example, { start: agent.start, end: example.end })];
    }
  }
  return [];
}

export const classExampleAfter: Construction = {
  name: 'class-example-after',
  reads: '"X inhibits pathways that lead to Y, the most studied of which is Z", "X activates cascades that control Y, notably Z": X does to Z what it does to the class',
  triggers: ['pathways', 'cascades'],
  example: 'IL-11 activates several pathways that are often altered, notably the STAT3 pathway.',
  expected: ['IL11 activates STAT3'],
  apply: replacingWith(classExampleAfterClaims),
};
