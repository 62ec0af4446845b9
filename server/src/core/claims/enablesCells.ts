// What an agent lets cells do: "IL-6 enables HCC cells to proliferate", "hypoxia allows tumour cells to migrate and
// resist apoptosis", "X endows cells with the ability to invade", "X is a means by which cells gain the capacity to
// invade", "Through X, cells acquire the ability to spread". The verb of letting (or the means) names no relation of
// its own, and the process stands in a verb after "to" ("to invade" is cell invasion), so the reader named the agent
// and the process and read nothing (issue 7, stop 38, h-actor38: the stage "actor, no claim read", the EMT wordings
// "a means by which cells gain the ability to invade"; stop 45, h-w22b45c: a role named before the verb, "X is a key
// process giving cells the ability to V"). The agent brings about what the cells are let do, and holds
// back what they are let escape ("to evade apoptosis", "to resist cell death"). A denied or lost agent ("did not
// allow", "X knockdown enabled") reads nothing: the reading does not turn a loss round.
import type { EntityMention } from '../entities/recognize';
import { agentWithShortForm, type Construction, claimOf, mentionsIn, replacingPairs, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import type { ClaimRelation } from './vocabulary';
import { isLossOfFunctionWord } from './roles';

/** The cells let do something, between the verb (or "by which") and "to": a few words ending in a noun of cells. */
const cells = String.raw`(?:the\s+|these\s+|such\s+|many\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}?(?:cells?|lines|clones|tumou?rs?)`;
const abilityNoun = String.raw`(?:ability|abilities|capacity|capability|capabilities|potential|power|means)`;
const gainVerb = String.raw`(?:gain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|develop(?:s|ed|ing)?|attain(?:s|ed|ing)?)`;

/**
 * A role the agent is said to play before the verb of letting: "is a key process giving", "represents a mechanism that
 * enables", "acts as a factor which allows" (issue 7, stop 45: the EMT wording "X is a key process giving cells the
 * ability to migrate"). The verb that follows is still the reading's; the role noun names no relation of its own.
 */
const roleBeforeLetting = String.raw`(?:is|are|was|were|represents?|serves?\s+as|acts?\s+as)\s+(?:[\p{L}-]+\s+){0,2}?(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:process|mechanism|programme|program|step|event|factor|driver)\s*,?\s+(?:(?:that|which)\s+)?`;

/** After the agent: "enables (allowed, may help) the cells to", "endows cells with the ability to", "confers on cells the capacity to". */
const letting = new RegExp(
  String.raw`^\s*(?:(?:can|could|may|might|also|thereby|thus|further|then|ultimately|eventually|likely)\s+)*` +
    // "X is a key process giving (that gives) cells the ability to V": the role noun stands between X and the verb.
    String.raw`(?:${roleBeforeLetting})?` +
    String.raw`(?:(?:enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|help(?:s|ed|ing)?|empower(?:s|ed|ing)?)\s+${cells}\s+to` +
    String.raw`|(?:endow(?:s|ed|ing)?|equip(?:s|ped|ping)?|provid(?:e|es|ed|ing))\s+${cells}\s+with\s+(?:the|an?)\s+(?:[\p{L}-]+\s+)?${abilityNoun}\s+to` +
    String.raw`|(?:confer(?:s|red|ring)?|grant(?:s|ed|ing)?|giv(?:e|es|ing)|gave|lend(?:s|ing)?|lent)\s+(?:on\s+|upon\s+|to\s+)?${cells}\s+(?:with\s+)?(?:the|an?)\s+(?:[\p{L}-]+\s+)?${abilityNoun}\s+to` +
    String.raw`|(?:is|are|was|were|has\s+been|have\s+been|represents?|serves?\s+as|acts?\s+as)\s+(?:[\p{L}-]+\s+){0,3}?(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:means|mechanism|mechanisms|process|route|way|programme|program|step)\s+(?:by|through)\s+which\s+${cells}\s+(?:(?:can|could|may|might)\s+)?${gainVerb}\s+(?:the|an?)\s+(?:[\p{L}-]+\s+)?${abilityNoun}\s+to` +
    String.raw`)(?<tail>\s+(?:(?:also|further|better|more\s+readily)\s+)?(?:[\p{L}]+\s+)?(?:the\s+|an?\s+)?)$`,
  'iu',
);
/** Before the agent: "Through (via, by means of) X," and, after it, "cells gain the ability to". */
const frontedMeans = /(?:^|[.;]\s*|,\s*)(?:through|via|by\s+means\s+of|by\s+way\s+of)\s+(?:the\s+)?$/iu;
const gainAfterMeans = new RegExp(String.raw`^\s*,\s*${cells}\s+(?:(?:can|could|may|might)\s+)?${gainVerb}\s+(?:the|an?)\s+(?:[\p{L}-]+\s+)?${abilityNoun}\s+to(?<tail>\s+(?:[\p{L}]+\s+)?(?:the\s+|an?\s+)?)$`, 'iu');

/** A verb of escape before the process turns the claim round: the agent lets cells escape it, so it holds it back. */
const escapeVerb = /^(?:escape|evade|resist|avoid|withstand|elude|survive)$/iu;
/** Between two members of the list of what the cells are let do: ", invade and resist apoptosis". */
const nextMember = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:(?<verb>[\p{L}]+)\s+)?(?:the\s+)?$/iu;
/** Before the first member, after "to": a verb of taking on or of escape, an article. */
const firstLead = /^\s*(?:(?<verb>[\p{L}]+)\s+)?(?:the\s+|an?\s+)?$/iu;

const notAgents = new Set(['disease', 'cell-line', 'experimental-system']);
const denial = /\b(?:not|no|never|cannot|fail(?:s|ed)?\s+to|unable\s+to|neither|nor)\b|n['’]t\b/iu;

function isEvent(type: string | undefined): boolean {
  return type === 'process' || type === 'phenotype';
}

/** The processes the cells are let do or escape, from `at` on: each with the relation the agent has to it. */
function letDo(sentence: SentenceSpan, mentions: readonly EntityMention[], at: number): { object: EntityMention; relation: ClaimRelation }[] {
  const { text, kb } = sentence;
  const found: { object: EntityMention; relation: ClaimRelation }[] = [];
  let k = mentions.findIndex((m) => m.start >= at);
  if (k < 0) return found;
  let lead = firstLead.exec(text.slice(at, mentions[k].start));
  let previousEnd = at;
  while (k < mentions.length && lead) {
    const m = mentions[k];
    if (!isEvent(kb.entities.get(m.entityId)?.type)) break;
    const verb = lead.groups?.verb ?? '';
    // A plain verb other than one of escape or taking on ("to reach the liver and invade") names a step of its own.
    if (verb && !escapeVerb.test(verb) && !/^(?:undergo|acquire|gain|adopt|develop|display|show)$/iu.test(verb)) break;
    found.push({ object: m, relation: escapeVerb.test(verb) ? 'suppresses' : 'promotes' });
    previousEnd = m.end;
    k++;
    if (k >= mentions.length) break;
    lead = nextMember.exec(text.slice(previousEnd, mentions[k].start));
  }
  return found;
}

/**
 * What every reading (letting, gainAfterMeans) needs inside the sentence: the cells' noun or the noun of ability, then
 * "to" and a space. Asked first, it rules out the sentences the trigger words let through ("which", "through", "via",
 * "help": 1,800 of a 100k-word thesis's, 22 µs each in the bench's cost table, none read; issue 10, stop 40).
 */
const mayRead = new RegExp(String.raw`(?:cells?|lines|clones|tumou?rs?|${abilityNoun})\s+to\s`, 'iu');

export function enablesCellsClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, start, end } = sentence;
  if (!mayRead.test(text.slice(start, end))) return [];
  const mentions = mentionsIn(sentence);
  for (let i = 0; i < mentions.length; i++) {
    const agent = mentions[i];
    if (notAgents.has(kb.entities.get(agent.entityId)?.type ?? '')) continue;
    let at: number | undefined;
    // The agent's bracketed short form is the agent again (construction.ts agentWithShortForm).
    const { agentEnd, first } = agentWithShortForm(text, mentions, i);
    // "X enables cells to V": the words up to "to" hold no other name but the cells' places.
    for (let j = first; j <= mentions.length; j++) {
      const stop = j < mentions.length ? mentions[j].start : end;
      const m = letting.exec(text.slice(agentEnd, stop));
      if (m) {
        // Right after "to": what the cells are let do is read from there (its verb may be one of escape).
        at = stop - (m.groups?.tail.length ?? 0);
        break;
      }
      if (j < mentions.length && !['disease', 'cell-line', 'cell-type'].includes(kb.entities.get(mentions[j].entityId)?.type ?? '')) break;
      if (j < mentions.length && mentions[j].start - agentEnd > 240) break;
    }
    // "Through X, cells gain the ability to V".
    if (at === undefined && frontedMeans.test(text.slice(start, agent.start))) {
      for (let j = first; j <= mentions.length; j++) {
        const stop = j < mentions.length ? mentions[j].start : end;
        const m = gainAfterMeans.exec(text.slice(agentEnd, stop));
        if (m) {
          at = stop - (m.groups?.tail.length ?? 0);
          break;
        }
        if (j < mentions.length && !['disease', 'cell-line', 'cell-type'].includes(kb.entities.get(mentions[j].entityId)?.type ?? '')) break;
      }
    }
    if (at === undefined) continue;
    // The clause before the agent's verb: no denial, no loss of the agent.
    const clauseStart = Math.max(start, text.lastIndexOf(',', agent.start) + 1, text.lastIndexOf(';', agent.start) + 1);
    const around = text.slice(clauseStart, at);
    if (denial.test(around)) continue;
    const words = (text.slice(agentEnd, at).toLowerCase().match(/[\p{L}]+/gu) ?? []).slice(0, 2);
    if (words.some(isLossOfFunctionWord) || (text.slice(clauseStart, agent.start).toLowerCase().match(/[\p{L}]+/gu) ?? []).some(isLossOfFunctionWord)) continue;
    const objects = letDo(sentence, mentions, at).filter(({ object }) => object.entityId !== agent.entityId);
    if (objects.length === 0) continue;
    return objects.map(({ object, relation }) => claimOf(sentence, agent, relation, object));
  }
  return [];
}

export const enablesCells: Construction = {
  name: 'enables-cells',
  reads: '"X enables (allows) cells to V", "X endows cells with the ability to V", "X is a means by which cells gain the capacity to V", "X is a key process giving cells the ability to V": X promotes the process V names ("to evade Y": X holds Y back)',
  triggers: ['enabl', 'allow', 'permit', 'help', 'empower', 'endow', 'equip', 'provid', 'confer', 'grant', 'giv', 'gave', 'lend', 'lent', 'which', 'through', 'via', 'means'],
  example: 'Hypoxia allows breast cancer cells to migrate and evade apoptosis.',
  expected: ['HYPOXIA promotes CELL_MIGRATION [ctx BREAST_CANCER]', 'HYPOXIA suppresses APOPTOSIS [ctx BREAST_CANCER]'],
  apply: (claims, sentence) => {
    const read = enablesCellsClaims(sentence);
    return read.length === 0 ? claims : replacingPairs(claims, read);
  },
};
