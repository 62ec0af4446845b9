// A means whose agent the sentence does not name: "The new compound lowered MMP-9 by blocking STAT3",
// "EMT was attenuated by silencing Snail". The agent of "blocking" is the agent of "lowered", which is no entity
// we know (a compound the lexicon lacks, "the drug", "this treatment"); the object of the main verb is never
// the agent of its means (the reader used to read "MMP-9 inhibits STAT3"). What the sentence does say is that
// the means' object acts on the main verb's object: blocking STAT3 lowered MMP-9, so STAT3 raises MMP-9, the
// reading of a loss of function the guideline asks for ("X inhibitor abolished Y": X promotes Y).
import type { Token } from './tokens';
import type { Trigger } from './triggers';
import { relationSign, type ClaimRelation } from './vocabulary';
import { processMarkers } from '../kb/inference';
import type { KnowledgeBase } from '../kb/knowledgeBase';

/** Sentences of the rule and the claims the whole reader makes of them (formatClaim); each is a test. */
export const unnamedAgentExamples: readonly { example: string; reads: string[] }[] = [
  // A compound the lexicon lacks: the blocked pathway raises the process the compound lowered.
  { example: 'The new compound weakened EMT by blocking the PI3K/AKT pathway in thyroid cancer cells.', reads: ['PI3K_AKT_PATHWAY increases EMT [ctx THYROID_CANCER]'] },
  // A passive verb whose "by" opens the means: no place after it is the agent.
  { example: 'MMP-13 secretion was lowered by silencing STAT3 in OSCC cells.', reads: ['STAT3 increases MMP13 [ctx OSCC]'] },
  // A means that raises its object keeps the main verb's direction.
  { example: 'This treatment reduced invasion by activating E-cadherin.', reads: ['CDH1 decreases CELL_INVASION'] },
  // Gerunds joined to a means are means too: the last one explains the first verb.
  // Markers of the process are how it is seen, not what drives it: no "epithelial markers inhibit EMT".
  { example: 'The drug curbed EMT by raising epithelial markers and lowering mesenchymal ones by inhibiting STAT3.', reads: ['STAT3 activates EMT'] },
];

interface Item {
  trigger: Trigger;
  subjects: readonly unknown[];
}

/**
 * The index in `pending` of the verb a means trigger explains when that verb's agent is unnamed, else -1:
 * an active verb without a subject entity ("The compound lowered Y by ..."), or a passive verb whose "by"
 * opens the means itself ("Y was lowered by blocking Z"). A chain of means ("by raising A and lowering B by
 * blocking Z") explains the first verb before it that is no means.
 */
export function unnamedAgentRoot(tokens: readonly Token[], pending: readonly Item[], trigger: Trigger): number {
  if (!trigger.means) return -1;
  let root = pending.length - 1;
  while (root >= 0 && (pending[root].trigger.means || coordinatedMeans(tokens, pending, root))) root--;
  if (root < 0 || pending[root].trigger.clause !== trigger.clause) return -1;
  const verb = pending[root].trigger;
  if (verb.passive) return byOpensMeans(tokens, verb, trigger) ? root : -1;
  return pending[root].subjects.length === 0 && !verb.copular && !verb.reversed && !verb.signaling && !verb.between ? root : -1;
}

/** "by raising A and lowering B": a gerund joined to a means is a means too. */
function coordinatedMeans(tokens: readonly Token[], pending: readonly Item[], index: number): boolean {
  const trigger = pending[index].trigger;
  const before = tokens[trigger.first - 1]?.lower;
  return index > 0 && pending[index - 1].trigger.means && (before === 'and' || before === 'or' || before === ',') && tokens[trigger.first].lower.endsWith('ing');
}

/** "was attenuated by blocking": the agent's "by" right after the passive verb (an adverb between at most) opens the means. */
function byOpensMeans(tokens: readonly Token[], verb: Trigger, means: Trigger): boolean {
  let k = verb.last + 1;
  while (k < means.first - 1 && tokens[k]?.kind === 'word' && /ly$/.test(tokens[k].lower)) k++;
  return k === means.first - 1 && tokens[k]?.lower === 'by';
}

/**
 * How the means' object acts on the main verb's object: as the main verb says when the means raises it ("raised
 * Y by activating Z": Z raises Y), the opposite way when the means removes it ("lowered Y by blocking Z": Z
 * raises Y; the reading of a loss of function); undefined when either verb has no direction.
 */
export function routeDirection(verb: ClaimRelation, means: ClaimRelation): 'same' | 'opposite' | undefined {
  if (relationSign(verb) === 0) return undefined;
  const sign = relationSign(means);
  return sign > 0 ? 'same' : sign < 0 ? 'opposite' : undefined;
}

/**
 * True when the means' object is a readout of the main verb's object ("curbed EMT by raising epithelial
 * markers"): a marker of a process (inference.ts `processMarkers`, or a kind of one) changes because the
 * process does, so the sentence names no route through it.
 */
export function isReadoutOf(route: string, process: string, kb: KnowledgeBase): boolean {
  return processMarkers.some((m) => m.process === process && kb.isA(route, m.marker));
}
