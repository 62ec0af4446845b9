// "Tumour hypoxia: a driver of cancer progression", "STAT3: a key regulator of invasion": a title that names its
// subject, a colon, and what the subject is, an agent noun of the role table (cues.ts agentNounRelations) with "of"
// and its object. The colon stands where the copula would ("Tumour hypoxia is a driver of cancer progression", which
// the reader reads), so the title asserts the same relation; read without it, it named actors and read no claim, and
// the title was taken for a heading (issue 7, stop 39). Only a title: the part before the colon is a short noun
// phrase with no verb or comma, its last name the subject, and the agent noun's article follows the colon at once.
// A genre after the colon ("X: a review", "X: a double-edged sword") names no agent noun and is left to the
// non-claim patterns (verify/scope.ts).
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn, replacingPairs, type SentenceSpan } from './construction';
import { agentNounRelations } from './cues';
import type { ExtractedClaim } from './extract';

/** Before the colon: up to eight words, none a verb of being or a comma, semicolon or full stop. */
const titleSubject = /^\s*(?![^:]*\b(?:is|are|was|were|be|been|has|have|had|does|do|did)\b)[^,;:.]{1,100}$/iu;

/** After the subject: the colon, an article, up to three describing words and the agent noun, then "of" (and "the"). */
const agentNounAfterColon = /^[^:]?:\s*(?:an?|the|one)\s+(?:(?!(?:of|in|for|and|or|that|which)\b)[\p{L}-]+\s+){0,3}?(?<noun>[\p{L}]+?)s?\s+of\s+(?:the\s+)?$/iu;

/** Between the subject and the colon: the place it is named in ("in gastric cancer", "in hepatocellular carcinoma"). */
const placeAfterSubject = /^\s+(?:in|within)\s+[^:]{1,60}$/iu;

/** Between two objects of one list: a comma or "and" / "or". */
const listJoin = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/iu;

/** Kinds of entity that are a place or a way of study, never the agent a title names. */
const notAgents: ReadonlySet<string> = new Set(['disease', 'cell-line', 'experimental-system']);

export function titleAgentNounClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, start, end } = sentence;
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon >= end) return [];
  const before = text.slice(start, colon);
  if (!titleSubject.test(before) || before.trim().split(/\s+/).length > 8) return [];
  const mentions = mentionsIn(sentence);
  // The subject is the head of the noun phrase before the colon: its last name that is no place, ending at the colon
  // or followed only by the place it is named in ("Interleukin-6 in gastric cancer:"; the place is the setting).
  const isPlace = (m: EntityMention): boolean => notAgents.has(kb.entities.get(m.entityId)?.type ?? '');
  const subject: EntityMention | undefined = [...mentions].reverse().find((m) => m.end <= colon && !isPlace(m));
  if (!subject) return [];
  const between = text.slice(subject.end, colon);
  if (between.trim() !== '' && !(placeAfterSubject.test(between) && mentions.every((m) => m.start < subject.end || m.start >= colon || isPlace(m)))) return [];
  const after = mentions.filter((m) => m.start > colon);
  if (after.length === 0) return [];
  const found = agentNounAfterColon.exec(text.slice(colon - 1, after[0].start));
  if (!found?.groups) return [];
  const relation = agentNounRelations[found.groups.noun.toLowerCase()];
  if (!relation) return [];
  // The object is the head of its noun phrase, the last of the names written next to each other ("tumour cell
  // invasion": the cancer before the process is its setting), and so is each name listed with it ("a driver of
  // invasion and metastasis").
  const objects: EntityMention[] = [];
  let head = after[0];
  for (let k = 1; k <= after.length; k++) {
    const next = after[k];
    if (next && /^[\s-]*$/.test(text.slice(head.end, next.start))) {
      head = next;
      continue;
    }
    objects.push(head);
    if (!next || !listJoin.test(text.slice(head.end, next.start))) break;
    head = next;
  }
  return objects.map((object) => claimOf(sentence, subject, relation, object));
}

export const titleAgentNoun: Construction = {
  name: 'title-agent-noun',
  reads: '"X: a driver of Y", a title whose colon stands for the copula: X promotes Y (the agent noun gives the relation)',
  triggers: [':'],
  example: 'Interleukin-11: a key driver of tumour cell invasion',
  expected: ['IL11 promotes CELL_INVASION [ctx CANCER]'],
  apply: (claims, sentence) => replacingPairs(claims, titleAgentNounClaims(sentence)),
};
