// A fall undone: "the impaired liver regeneration of these mice was restored by X", "reduced invasion that is
// reversed with X treatment", "X rescued the diminished migration". What X reverses is the fall, so X raises the
// process; the verb reader read the verb of undoing as one of lowering with the process as its object ("X inhibits
// Y"), a false contradiction of the finding that X promotes Y (issue 7, stop 36). A raised state undone ("the
// enhanced invasion was reversed by X") is read right by the verb reader and left alone; an agent named by its loss
// ("the reduced invasion was restored by X knockdown") holds the process back.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn, type SentenceSpan } from './construction';
import { isPair, samePair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { relationSign } from './vocabulary';

const signOf = relationSign;

const undo = String.raw`(?:repair(?:ed|s)?|revers(?:ed|es|e)|rescu(?:ed|es|e)|restor(?:ed|es|e)|normali[sz](?:ed|es|e)|correct(?:ed|s)?|overc(?:ame|omes?|ome)|recover(?:ed|s)?)`;
/** A fall named by its state before the process: "impaired", "reduced", "the loss of". */
// (A noun of defect before "in" or "of", "corrected the defects in cell proliferation", "repaired the deficit in Y",
// names the fall as "impaired" does: stop 42, h-actor42.)
const fallen = String.raw`(?:(?:defects?|deficits?|deficienc(?:y|ies)|impairments?|shortfall)\s+(?:in|of)|impaired|reduced|decreased|diminished|defective|attenuated|suppressed|lowered|lower|weakened|compromised|delayed|blunted|inhibited|deficient|poor|loss\s+of|decline\s+in|reduction\s+(?:of|in)|decrease\s+in|impairment\s+(?:of|in))`;
const fallenBefore = new RegExp(String.raw`\b${fallen}\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu');
/** After the process: "(of these mice) (that) (is|was) (partly) reversed by (the) (treatment with)". */
// (A relative clause may stand a few words on: "impaired regeneration and more necrosis after surgery that is reversed by X".)
const passiveAfter = new RegExp(String.raw`^(?:(?:\s+(?:of|in)\s+(?:the\s+|these\s+|this\s+|such\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?:\s*,)?\s+(?:(?:that|which)\s+)?|(?:\s+[\p{L}-]+){1,8}?(?:\s*,)?\s+(?:that|which)\s+)(?:(?:is|was|were|are|could\s+be|can\s+be|may\s+be|be|been|has\s+been|had\s+been)\s+)(?:(?:partly|partially|largely|completely|fully|markedly|effectively|significantly)\s+)?${undo}\s+(?:by|with|upon|after|following)\s+(?:the\s+|an?\s+)?(?:(?:treatment|administration|addition|supplementation|injection|delivery|exposure)\s+(?:with|of|to)\s+)?(?:(?:exogenous|recombinant|added)\s+)?$`, 'iu');
/** Before the process, after the agent: "X (treatment) (partly) reversed (the) impaired" (the article optional, stop 37). */
// (A loss word may stand between: "anti-X antibodies reversed the impaired Y", "X knockdown restored the reduced Y".)
const activeBetween = new RegExp(String.raw`^[\s-]+(?:(?:treatment|administration|supplementation|injection|knock-?down|knock-?out|silencing|deletion|depletion|blockade|inhibition|neutrali[sz]ation|deficiency|antibod(?:y|ies)|inhibitors?|si-?RNA|sh-?RNA)\s+)?(?:(?:partly|partially|largely|completely|fully|markedly|effectively|significantly)\s+)?${undo}\s+(?:(?:the|this|these|their|its)\s+)?${fallen}\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu');
/** An agent named by its loss right after it. */
const lossAfter = /^[\s-]*(?:knockdown|knock-down|knockout|inhibition|inhibitors?|silencing|blockade|deletion|depletion|deficiency|si-?rna|sh-?rna|antibod(?:y|ies)|neutrali[sz]ation)\b/iu;
/**
 * An agent named by its loss before it ("deletion of IL-6 rescued the impaired Y", "knocking down X restored",
 * "anti-X antibodies reversed"): as after it, the loss undoes the fall. Read as X's own rescue it was a false finding
 * that X raises Y (stop 37, precision audit).
 */
const lossBefore = /(?:\b(?:deletion|loss|lack|absence|knock-?down|knock-?out|silencing|depletion|ablation|inhibition|blockade|neutrali[sz]ation|deficiency|removal|inactivation)\s+of\s+(?:the\s+)?|\b(?:deleting|silencing|blocking|inhibiting|neutrali[sz]ing|depleting|targeting|knocking\s+down|knocking\s+out|removing|ablating|inactivating)\s+(?:the\s+)?|\banti-|\b(?:si|sh)-?)$/iu;
/**
 * A denial or a question before the agent ("neither X nor Z restored", "whether X reverses"): no claim of the undoing
 * (stop 37, precision audit: "neither IL-6 nor IL-11 restored ..." was read as IL-11 raising the process).
 */
const deniedBefore = /\b(?:neither|nor|not|no|never|whether|if|unlikely|failed|fails|fail)\b|n't\b/iu;
/** What can fall: a process or phenotype. */
const fallTypes = new Set(['process', 'phenotype']);

export function undoneFallClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  const mentions = mentionsIn(sentence);
  const claims: ExtractedClaim[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const process = mentions[i];
    if (!fallTypes.has(kb.entities.get(process.entityId)?.type ?? '')) continue;
    if (!fallenBefore.test(text.slice(Math.max(sentence.start, process.start - 60), process.start))) continue;
    // Passive: the agent after the verb of undoing.
    const agentAfter = mentions.slice(i + 1).find((m) => m.entityId !== process.entityId && passiveAfter.test(text.slice(process.end, m.start)));
    // Active: the agent before it.
    const agentBefore = [...mentions.slice(0, i)].reverse().find((m) => m.entityId !== process.entityId && activeBetween.test(text.slice(m.end, process.start)));
    const agent: EntityMention | undefined = agentAfter ?? agentBefore;
    if (!agent || fallTypes.has(kb.entities.get(agent.entityId)?.type ?? '')) continue;
    if (deniedBefore.test(text.slice(sentence.start, Math.max(agent.start, process.start)))) continue;
    // "The reduced invasion was restored by STAT3 knockdown": the loss undoes the fall, so X holds the process back.
    const lost = lossAfter.test(text.slice(agent.end, agent.end + 20)) || lossBefore.test(text.slice(Math.max(sentence.start, agent.start - 40), agent.start));
    claims.push(claimOf(sentence, agent, lost ? 'suppresses' : 'promotes', process, { inverted: lost, start: Math.min(agent.start, process.start), end: Math.max(agent.end, process.end) }));
  }
  return claims;
}

export const undoneFall: Construction = {
  name: 'undone-fall',
  reads: '"the impaired Y was restored by X", "X reversed the reduced Y": X raises Y (the fall is what X undoes)',
  triggers: ['revers', 'rescu', 'restor', 'normali', 'correct', 'overc', 'recover', 'repair'],
  example: 'In these mice the weakened liver regeneration was reversed by IL-6.',
  expected: ['IL6 promotes LIVER_REGENERATION'],
  apply: (claims, sentence) => {
    const read = undoneFallClaims(sentence);
    if (read.length === 0) return claims;
    // The reader's claims on the same pair, either way round, give way; one that agrees stays where it was.
    const agrees = (c: ExtractedClaim, r: ExtractedClaim): boolean => samePair(c, r) && !c.negated && signOf(c.relation) === signOf(r.relation);
    const same = (c: ExtractedClaim, r: ExtractedClaim): boolean => samePair(c, r) || isPair(c, r.object.entityId, r.subject.entityId);
    const added = read.filter((r) => !claims.some((c) => agrees(c, r)));
    return [...claims.filter((c) => !read.some((r) => same(c, r) && !agrees(c, r))), ...added];
  },
};
