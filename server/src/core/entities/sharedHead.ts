import type { EntityMention } from './recognize';

/**
 * "inflammatory and immune responses": two describing words coordinated before one head noun share it, so the first
 * names "inflammatory responses" as much as the second names "immune responses". The recognizer reads the longest
 * name at each word, which only the last word with the head makes; the first, alone before "and", named nothing
 * (issue 7, stop 53: "IL-6 takes part in inflammatory and immune responses" read no claim, while "in immune and
 * inflammatory responses" was backed). Kept to a class of heads that name a process the describing word qualifies
 * (responses, reactions, processes), and to a first word shaped as an adjective ("-ory", "-al", "-ic", "-ive",
 * "-ous", "-ar"), whose name with the head the lexicon must know: a noun before "and" ("inflammation and immune
 * responses") is a member of its own and already read, and a shared disease head ("breast and lung cancer") is left
 * as the recognizer reads it, since a site of disease before "and" may be a setting rather than a second disease.
 * The first word's mention spans that word alone, with the entity its name with the head resolves to; it is added
 * only where no mention covers the word already nor the second word with the head (then the phrase already names a
 * member), with one word between "and" and the head, the head ending its noun phrase ("immune response processes" has
 * a longer head the first word's name was never made with), and never for a word joined to the one before
 * ("anti-inflammatory").
 */
// The head ends its noun phrase: a punctuation mark, a preposition, a conjunction, a relative or a copula follows.
const sharedProcessHead = /^([a-z]+(?:ory|al|ic|ive|ous|ar))((?:\s*,\s*[a-z]+)*\s*,?\s+(?:and|or|and\/or)\s+[a-z][a-z-]*\s+)(responses?|reactions?|process(?:es)?)(?=\s*(?:[.,;:)\]]|$)|\s+(?:in|of|to|and|or|that|which|by|with|within|during|after|is|are|was|were|through|via|against|for|at|than|as)\b)/i;
const cheapTest = /\b(?:and|or)\s+[^.;]{2,40}?\b(?:respons|reaction|process)/i;

export function adjectivesSharingHead(
  text: string,
  mentions: EntityMention[],
  from: number,
  to: number,
  nameOf: (surface: string) => string | null | undefined,
): EntityMention[] {
  const slice = text.slice(from, to);
  if (!cheapTest.test(slice)) return mentions;
  const added: EntityMention[] = [];
  const word = /\b[a-z]+(?:ory|al|ic|ive|ous|ar)\b/gi;
  for (let m = word.exec(slice); m; m = word.exec(slice)) {
    const start = from + m.index;
    // "anti-inflammatory and immune responses": a word joined to one before it is part of a longer word.
    if (start > 0 && /[-\u2010-\u2015\p{L}\p{N}]/u.test(text[start - 1])) continue;
    const shape = sharedProcessHead.exec(text.slice(start, to));
    if (!shape) continue;
    const end = start + shape[1].length;
    if (mentions.some((mention) => mention.start < end && mention.end > start)) continue;
    // The second word with the head read as a name already ("inflammatory and hypoxic responses"): the list has a
    // member, and the first word is left to the reading it had, which the reader's list judgement was tuned to.
    const headEnd = start + shape[0].length;
    if (mentions.some((mention) => mention.start < headEnd && mention.end > end)) continue;
    const entityId = nameOf(`${shape[1]} ${shape[3]}`);
    if (!entityId) continue;
    added.push({ entityId, start, end, text: shape[1] });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
