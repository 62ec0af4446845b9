// A relative clause whose antecedent is its verb's object, then the main verb: "pathways which X activates dampen
// proliferation", "the genes that X induces promote invasion". X is the agent inside the clause, and what it acts on
// is the noun before "which"; the main verb's subject is that noun, not X. A writer says here what X's targets do,
// a chain of two findings, not that X itself acts on what follows the main verb (issue 7, stop 35: read as X
// activating proliferation, and so contradicted, or as X promoting invasion, and so supported).
// The claims this drops: X as the agent of anything named after its own verb. The noun before "which" is no entity
// the library names (an entity there is the clause's object, "MMP-9, which IL-11 induces, ...", and the reader keeps
// what it reads of it).
import type { EntityMention } from '../entities/recognize';
import { mentionsIn } from './construction';
import type { ExtractedClaim } from './extract';
import { beVerbs, phraseTriggerOf, verbTrigger } from './vocabulary';

/** Right before X: a plural or mass noun and the relative pronoun ("pathways which", "the genes that"). */
const opensRelative = /\b([\p{L}][\p{L}-]*)\s+(?:which|that)\s+$/iu;
/** Right after X: its verb, then the main verb (an adverb before either; a modal or "be" as the main verb's start). */
// A particle after its verb makes one verb: "X switches on", "X turns off" (vocabulary.ts phraseTriggers).
const verbThenMain = /^\s+(?:[\p{L}]+ly\s+)?([\p{L}-]+)(?:\s+(on|off|up|down|out))?\s+(?:[\p{L}]+ly\s+)?([\p{L}-]+)\b/iu;
const modals = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'should', 'must', 'also', 'then', 'in', 'thus']);
/** The pronoun's antecedent is a noun, not a verb of saying or showing ("we found that X induces ..."). */
// Nor cells, animals or patients: "cells that X stimulated migrated more" are the treated cells, and X's effect is read.
const notNouns = new Set(['cells', 'cell', 'lines', 'cultures', 'tumours', 'tumors', 'xenografts', 'mice', 'rats', 'animals', 'patients', 'organoids', 'spheroids', 'reports', 'report', 'studies', 'data', 'results', 'demonstration', 'discovery', 'view', 'concept', 'model', 'theory', 'claim', 'belief', 'assumption', 'given', 'now', 'than', 'found', 'shown', 'showed', 'show', 'shows', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'demonstrated', 'demonstrate', 'reported', 'revealed', 'confirmed', 'known', 'evidence', 'so', 'such', 'fact', 'idea', 'notion', 'hypothesis', 'finding', 'observation', 'possibility', 'likely', 'clear', 'noted', 'concluded', 'believe', 'believed', 'thought', 'propose', 'proposed']);

/**
 * "which" or "that" between spaces anywhere from the sentence's start (`opensRelative`'s pronoun, its flags):
 * every drop needs one right before its agent. Asked first, it spares the look-back per agent in the sentences
 * without one (issue 10, stop 40: 18 µs on each of 6,413 sentences, none changed).
 */
const relativePronoun = /\s(?:which|that)\s/iu;

/**
 * Whether text [from, to) ends in "which" or "that" (any case) and then spaces, as every match of `opensRelative` in
 * it does: read back from the agent before that pattern is run (issue 10: the pattern, tried at each of the forty
 * positions before every agent of a sentence with a relative pronoun anywhere, was ~1% of a full check).
 */
function pronounRightBefore(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && spaceChar.test(text[end - 1])) end--;
  if (end === to) return false;
  const word = (length: number): string => (end - length >= from ? text.slice(end - length, end).toLowerCase() : '');
  return word(5) === 'which' || word(4) === 'that';
}
const spaceChar = /\s/u;

/**
 * The claims without those that take a relative clause's agent past its clause: X of "N which X V1 V2 ..." as the
 * agent of anything named after V1. A sentence-level claim filter (sentenceFilters.ts): it runs once on every reader's
 * claims, anchored and last-resort reading's too (they read the pair through V1 or V2 as their cue).
 */
export function withoutRelativeAgentReach<C extends ExtractedClaim>(claims: readonly C[], text: string, start: number, mentions: readonly EntityMention[]): readonly C[] {
  let out = claims;
  let last = start;
  for (const m of mentions) last = Math.max(last, m.start);
  if (!relativePronoun.test(text.slice(start, last))) return out;
  for (const agent of mentions) {
    if (!out.some((c) => c.subject.start === agent.start && c.subject.entityId === agent.entityId)) continue;
    if (!pronounRightBefore(text, Math.max(start, agent.start - 40), agent.start)) continue;
    const before = opensRelative.exec(text.slice(Math.max(start, agent.start - 40), agent.start));
    if (!before || notNouns.has(before[1].toLowerCase()) || /(?:ing|ed)$/i.test(before[1])) continue;
    const after = verbThenMain.exec(text.slice(agent.end, agent.end + 60));
    if (!after || !(after[2] ? phraseTriggerOf([after[1].toLowerCase(), after[2].toLowerCase()]) : verbTrigger(after[1]))) continue;
    const main = after[3].toLowerCase();
    if (!verbTrigger(main) && !beVerbs.has(main) && !modals.has(main)) continue;
    const clauseEnd = agent.end + after[0].length - after[3].length;
    out = out.filter((c) => !(c.subject.entityId === agent.entityId && c.subject.start === agent.start && c.object.start >= clauseEnd));
  }
  return out;
}
