// A fronted cause with a list of changes: "After treatment with X, A and B fell, while C rose", and the
// cause named by the treated cells: "A rose in X-treated cells, whereas B fell". Each entity before a change
// verb (back to the previous one) is an outcome of the cause with that verb's sign; no marker of the list acts
// on the next. The change verbs are the vocabulary's relation verbs (vocabulary.ts), read by their sign.
import type { EntityMention } from '../entities/recognize';
import { placeTypes, type EntityType } from '../kb/schema';
import { contextMentions, isDrugMention, phraseOf, type Construction, type SentenceSpan, claimOf } from './construction';
import type { ExtractedClaim } from './extract';
import { lossNamingWords, relationSign, verbTrigger } from './vocabulary';
import { namedByLoss } from './noLongerAfterLoss';
import { allMatches } from '../util/allMatches';

const frontedCause = /^\s*(?:After|Following|Upon|On)\s+[^,;]{0,120}?,/;
/** The characters treatedParticiple starts with. */
const hyphens = '-‐';
/** The participle after the cause's name; its noun phrase must then name cells (construction.ts phraseOf). */
const treatedParticiple = /^[-‐‑–−](?:treated|stimulated|exposed)\s/i;
/** Head nouns of a phrase that names cells: "X-treated cells", "X-treated HCC cell lines", "X-exposed cultures". */
const cellHeads = new Set(['cells', 'lines', 'cultures', 'clones', 'subclones', 'sublines']);
/**
 * A contrast with another agent's group, another agent's loss, or a passive's own agent ("was abolished by STAT3
 * inhibition in X-treated cells"): the changes are not the fronted cause's alone.
 */
const otherAgent = /\b(?:compared|versus|vs\.?|relative\s+to|than|groups?|overexpress\w*|transfect\w*|by\s+(?!\d))\b/i;
/** Another agent's loss: any word of vocabulary.ts lossWording after a name or naming a group by its loss. */
const otherLoss = lossNamingWords;

/**
 * After a change verb: an object of its own ("increased its expression", "raised the levels of", "lowered their
 * secretion"), a determiner or possessive, the adverbs of manner skipped. The name before such a verb is its agent,
 * not a change the cause brought about: "STAT3 bound the MMP-2 promoter and increased its expression in IL-11-treated
 * cells" says STAT3 raised MMP-2, not that IL-11 raised STAT3 (issue 7, stop 40, precision audit).
 */
const objectAfterVerb = /^\s+(?:[a-z]+ly\s+)?(?:its|their|the|a|an|this|these|that|those|both|his|her)\b/i;

/** The change verbs of [from, to): a relation verb with a sign, not a noun ("an increase in"). */
function changeVerbs(text: string, from: number, to: number): { start: number; end: number; relation: 'increases' | 'decreases' }[] {
  const found: { start: number; end: number; relation: 'increases' | 'decreases' }[] = [];
  const words = /[\p{L}][\p{L}\-‐]*/gu;
  const part = text.slice(from, to);
  let previous = '';
  for (const word of allMatches(words, part)) {
    const relation = verbTrigger(word[0]);
    const determiner = /^(?:a|an|the|this|that|no|any)$/i.test(previous);
    previous = word[0];
    if (!relation || determiner || relationSign(relation) === 0) continue;
    found.push({ start: from + word.index, end: from + word.index + word[0].length, relation: relationSign(relation) > 0 ? 'increases' : 'decreases' });
  }
  return found;
}

/** Where the fronted cause's clause ends in the sentence [from, to) ("After X," up to its comma), if any. */
export function frontedCauseEnd(text: string, from: number, to: number): number | undefined {
  // Issue 10: no trigger words ("on" is inside most words), so this ran on every sentence: the sentence's first
  // letter after its spaces must open one of the pattern's words (A, F, U, O) before the pattern is tried.
  let at = from;
  while (at < to && /\s/.test(text[at])) at++;
  if (at >= to || !'AFUO'.includes(text[at])) return undefined;
  const lead = frontedCause.exec(text.slice(from, to));
  return lead ? from + lead[0].length : undefined;
}

export function frontedChangesIn(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start: from, end: to, mentions, kb } = sentence;
  const leadEnd = frontedCauseEnd(text, from, to);
  // Issue 10: no trigger words (the cause is fronted by a comma), so it ran on every sentence. Without a fronted
  // cause, a reading needs a mention followed by a hyphen ("X-treated"): checked on one character per mention
  // before the sentence's mentions are gathered and each is tested with the pattern.
  if (!leadEnd && !mentions.some((m) => m.start >= from && m.end <= to && hyphens.includes(text[m.end]))) return [];
  const inSentence = mentions.filter((m) => m.start >= from && m.end <= to);
  // The cause may also be named by the treated cells the changes were measured in: "A rose in X-treated
  // cells, whereas B fell". Then every clause of the sentence reports a change.
  const treated = leadEnd
    ? undefined
    : inSentence.filter((m) => treatedParticiple.test(text.slice(m.end, m.end + 12)) && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, m.start - 8), m.start)) && cellHeads.has(phraseOf(sentence, m).head));
  if (!leadEnd && treated?.length !== 1) return [];
  const clauseEnd = leadEnd ?? from;
  const named = leadEnd ? inSentence.filter((m) => m.end <= clauseEnd) : treated!;
  // "After treatment with the COX-2 inhibitor NS398": the drug, not its target, is the cause.
  const drugs = named.filter((m) => isDrugMention(m.entityId, kb));
  const causes = drugs.length > 0 ? drugs : named;
  // One cause, and it acts: a drug, compound, condition or a molecule (not a place or a process).
  if (causes.length !== 1 || placeTypes.has(kb.entities.get(causes[0].entityId)?.type as EntityType)) return [];
  const cause = causes[0];
  if (otherAgent.test(text.slice(clauseEnd, to)) || otherLoss.test(text.slice(clauseEnd, to))) return [];
  // "After IL-11 knockdown, MMP-9 fell": the cause is named by its loss, so each change is turned round (less MMP-9
  // without IL-11: IL-11 raises it). Read as it stood, the loss's effect was said of IL-11 itself (issue 7, stop 34).
  const lost = leadEnd !== undefined && namedByLoss(text, from, cause);
  const found: ExtractedClaim[] = [];
  let outcomesFrom = clauseEnd;
  for (const verb of changeVerbs(text, clauseEnd, to)) {
    // Only a list of changes: a verb with an object of its own is the reader's to read.
    if (objectAfterVerb.test(text.slice(verb.end, to))) return [];
    for (const m of inSentence) {
      // (Nor an agent: "Following X silencing, hypoxia promoted Y" names hypoxia acting, not changing.)
      const type = kb.entities.get(m.entityId)?.type;
      if (m.start < outcomesFrom || m.end > verb.start || m.entityId === cause.entityId || placeTypes.has(type as EntityType) || type === 'condition' || isDrugMention(m.entityId, kb)) continue;
      const relation = lost ? (verb.relation === 'increases' ? 'decreases' : 'increases') : verb.relation;
      found.push(claimOf(sentence, cause, relation, m, { hedged: false, context: [], start: from, end: to, inverted: lost }));
    }
    outcomesFrom = verb.end;
  }
  // Only a list of changes: a verb with an object after it ("X reduced Y") is the reader's to read.
  return found.length > 0 && !inSentence.some((m) => m.start >= outcomesFrom && /^[\s]*$/.test(text.slice(outcomesFrom, m.start))) ? found : [];
}

export const frontedChanges: Construction = {
  name: 'fronted-changes',
  reads: '"After X, A and B fell, while C rose": X lowers A and B and raises C',
  example: 'After exposure to trametinib, vimentin and Snail levels fell, while E-cadherin rose.',
  expected: ['DRUG_TRAMETINIB decreases NCBIGENE_6615', 'DRUG_TRAMETINIB decreases VIM', 'DRUG_TRAMETINIB increases CDH1'],
  apply(claims, sentence) {
    const fronted = frontedChangesIn(sentence);
    if (fronted.length === 0) return claims;
    const cause = fronted[0].subject;
    // The list replaces the reader's claims of the cause and those between the changed markers.
    const kept = claims.filter((c) => c.subject.entityId !== cause.entityId && !fronted.some((f) => f.object === c.subject));
    // The changes hold where the sentence says: its places and conditions are their context.
    const context = contextMentions(sentence, [cause.entityId]);
    return [...kept, ...fronted.map((f) => ({ ...f, hedged: sentence.hedged, context }))];
  },
};
