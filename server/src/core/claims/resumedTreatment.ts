// A treatment named again by its noun alone in a contrasting clause: "Short-term X administration raised A, whereas
// prolonged administration impaired B". The bare "prolonged administration" is X's administration given longer (or
// at another dose), so the second clause's verb is X's claim on B (issue 7, stop 50: the clause named no agent, so
// nothing was read, and a sentence whose second half the library contradicts came out unsupported).
// Only the same treatment noun as the first clause's "X <noun>" (one name, no list before it), only a modifier of
// time, repetition or dose before the bare noun, and only the verb right after it (adverbs and a parenthesis of
// days or doses between): "prolonged administration of Y" names its own agent, and a noun with no "X <noun>" before
// it refers to nothing the sentence names.
import { type Construction, claimOf, mentionsIn } from './construction';
import { allMatches } from '../util/allMatches';
import { verbTrigger } from './vocabulary';

const treatmentNoun = '(administration|treatment|exposure|infusion|injection|stimulation|dosing)';
/** The contrasting clause's opening: the conjunction, a modifier of time, repetition or dose, the bare noun. */
const resumed = new RegExp(
  String.raw`(?:,\s*|\s+)(?:whereas|while|but)\s+(?:(?:more|less|a|the|much)\s+)?(?:prolonged|continued|continuous|repeated|long-term|longer|chronic|sustained|extended|short-term|shorter|brief|acute|high-dose|low-dose|higher-dose|lower-dose)\s+${treatmentNoun}\s+(?:\([^()]*\)\s+)?(?:(?:did\s+not|failed\s+to)\s+)?(?:[\p{L}]+ly\s+)?([\p{L}-]+)\s+(?:the\s+)?`,
  'giu',
);
/** What may stand before the antecedent's name: no list ("X and Y administration" names two). */
const listBefore = /(?:\b(?:and|or)|,)\s*$/iu;

export const resumedTreatment: Construction = {
  name: 'resumed-treatment',
  reads: '"Short-term X administration raised A, whereas prolonged administration impaired B": X lowers B',
  triggers: ['whereas', 'while', 'but'],
  example: 'Brief IL-6 administration raised STAT3 activity, whereas prolonged administration markedly impaired liver regeneration.',
  expected: ['IL6 increases STAT3', 'IL6 inhibits LIVER_REGENERATION'],
  apply(claims, sentence) {
    const { text, start, end } = sentence;
    const mentions = mentionsIn(sentence);
    if (mentions.length < 2) return claims;
    const added = [];
    for (const match of allMatches(resumed, text.slice(start, end))) {
      const at = start + match.index;
      const after = at + match[0].length;
      const noun = match[1].toLowerCase();
      const denied = /\b(?:not|failed)\b/i.test(match[0]);
      // The antecedent: the one name right before the same noun earlier in the sentence.
      const named = mentions.filter((m) => m.end <= at && new RegExp(String.raw`^[\s-]*${noun}\b`, 'iu').test(text.slice(m.end, at)));
      if (named.length !== 1) continue;
      const agent = named[0];
      if (listBefore.test(text.slice(Math.max(start, agent.start - 6), agent.start))) continue;
      // The verb and its object, the first name after it.
      const relation = verbTrigger(match[2].toLowerCase());
      if (!relation || relation === 'no-effect') continue;
      const object = mentions.find((m) => m.start === after);
      if (!object || object.entityId === agent.entityId) continue;
      if (claims.some((c) => c.subject.entityId === agent.entityId && c.object.entityId === object.entityId)) continue;
      added.push(claimOf(sentence, agent, relation, object, { negated: denied, start: at, end: object.end, hedged: sentence.hedged }));
    }
    return added.length ? [...claims, ...added] : claims;
  },
};
