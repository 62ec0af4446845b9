// What an agent's functions are, listed by example: "CAFs have diverse functions such as matrix remodelling and
// angiogenesis", "X, a key part of the stroma with many roles including A and B", "the functions of X include A and B",
// "X, whose roles include A, ...". The noun "functions" (roles, activities) names no relation of its own, and the
// processes stand after "such as" or "include", so the reader named the agent and the processes and read nothing
// (issue 7, stop 44, h-actor44: the stage "actor, no claim read", a role whose object is a list). A function of X
// is something X carries out: X promotes each process named plainly in the list. The list ends at the first member
// that is not a process or phenotype named alone ("modulation of metabolism and angiogenesis": what the modulation
// does to the next one is not said), and a denied or lost agent ("X lacks functions such as", "X-deficient cells")
// reads nothing.
import type { EntityMention } from '../entities/recognize';
import { agentWithShortForm, type Construction, claimOf, mentionListFrom, mentionsIn, replacingWith, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { isLossOfFunctionWord } from './roles';
import { moleculeTypes } from '../kb/schema';

const functionNouns = String.raw`(?:functions|roles|activities)`;
/** Words of number or kind before the noun: "diverse", "a wide range of", "many key". */
const kindWords = String.raw`(?:(?:a|an|the)\s+)?(?:(?:varied|various|diverse|many|several|multiple|numerous|key|important|distinct|different|pleiotropic|broad|wide|crucial|essential|critical|major|central)\s+(?:(?:range|array|variety|spectrum|number)\s+of\s+)?)*`;

/**
 * After the agent, up to the first member: a verb of having or carrying out (or "with"), the function noun and "such
 * as" or "including"; "whose functions include". A copula's predicate may stand between ("are key components of the
 * stroma with ...").
 */
const listedAfter = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+[^,;.()]{0,60}?(?:\([^()]{1,20}\)\s*)?\s+)?` +
    String.raw`(?:(?:with|has|have|had|exert(?:s|ed)?|perform(?:s|ed)?|carr(?:y|ies|ied)\s+out|fulfil(?:l|ls|s|led)?|serv(?:e|es|ed))\s+${kindWords}${functionNouns}\s*,?\s+(?:such\s+as|including|like)` +
    String.raw`|(?:whose|its|their)\s+${kindWords}${functionNouns}\s+(?:include|includes|included|comprise|comprises|encompass|encompasses))` +
    String.raw`\s+(?:the\s+)?$`,
  'iu',
);
/** Before the agent "the functions of" and after it "include": "The diverse functions of X include A and B". */
const nounBefore = new RegExp(String.raw`(?:^|[.;:]\s*|,\s*)${kindWords}${functionNouns}\s+of\s+(?:the\s+)?$`, 'iu');
const includeAfter = /^\s*(?:include|includes|included|comprise|comprises|encompass|encompasses)\s+(?:the\s+)?$/iu;
/** Between two members of the list: a comma, "and", "or", an article. */
const nextMember = /^\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?(?:the\s+)?$/iu;

/** Who carries out functions: a molecule (the library's one list, schema.ts), a pathway or a cell type. */
const agentTypes: ReadonlySet<string> = new Set([...moleculeTypes, 'pathway', 'cell-type']);
const denial = /\b(?:not|no|never|lack(?:s|ed|ing)?|without|neither|nor|fail(?:s|ed)?)\b|n['’]t\b/iu;

function isEvent(type: string | undefined): boolean {
  return type === 'process' || type === 'phenotype';
}

/**
 * The processes listed from mention `k` on: the list (construction.ts mentionListFrom, members apart by `nextMember`)
 * up to its first member that is no process or phenotype.
 */
function listed(sentence: SentenceSpan, mentions: readonly EntityMention[], k: number): EntityMention[] {
  const { list } = mentionListFrom(sentence.text, mentions, k, nextMember);
  const notEvent = list.findIndex((m) => !isEvent(sentence.kb.entities.get(m.entityId)?.type));
  return notEvent < 0 ? list : list.slice(0, notEvent);
}

export function listedFunctionsClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, start } = sentence;
  const mentions = mentionsIn(sentence);
  for (let i = 0; i < mentions.length; i++) {
    const agent = mentions[i];
    if (!agentTypes.has(kb.entities.get(agent.entityId)?.type ?? '')) continue;
    // The agent's bracketed short form is the agent again (construction.ts agentWithShortForm).
    const { agentEnd, first } = agentWithShortForm(text, mentions, i);
    let at: number | undefined;
    // "X (is ... ) with functions such as A": the words up to the first member hold no other name but a place or a condition.
    for (let j = first; j < mentions.length; j++) {
      const gap = text.slice(agentEnd, mentions[j].start);
      if (gap.length > 160) break;
      if (listedAfter.test(gap)) {
        at = j;
        break;
      }
      const type = kb.entities.get(mentions[j].entityId)?.type ?? '';
      if (!['disease', 'cell-type', 'condition'].includes(type)) break;
    }
    // "The functions of X include A".
    if (at === undefined && nounBefore.test(text.slice(Math.max(start, agent.start - 80), agent.start)) && first < mentions.length && includeAfter.test(text.slice(agentEnd, mentions[first].start))) at = first;
    if (at === undefined) continue;
    const clauseStart = Math.max(start, text.lastIndexOf(';', agent.start) + 1, text.lastIndexOf('.', agent.start - 1) + 1);
    if (denial.test(text.slice(clauseStart, mentions[at].start))) continue;
    const words = text.slice(clauseStart, mentions[at].start).toLowerCase().match(/[\p{L}]+/gu) ?? [];
    if (words.some(isLossOfFunctionWord)) continue;
    const objects = listed(sentence, mentions, at).filter((m) => m.entityId !== agent.entityId);
    if (objects.length === 0) continue;
    return objects.map((object) => claimOf(sentence, agent, 'promotes', object));
  }
  return [];
}

export const listedFunctions: Construction = {
  name: 'listed-functions',
  reads: '"X has (varied) functions such as A and B", "X ... with roles including A", "the functions of X include A", "X, whose roles include A": X promotes each process the list names alone',
  triggers: ['function', 'roles', 'activities'],
  example: 'In liver tumours, CAFs carry out diverse functions such as angiogenesis and matrix remodelling.',
  expected: ['CAF promotes ANGIOGENESIS [ctx LIVER_CANCER]', 'CAF promotes ECM_REMODELING [ctx LIVER_CANCER]'],
  apply: replacingWith(listedFunctionsClaims),
};
