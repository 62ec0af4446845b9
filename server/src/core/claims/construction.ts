// Sentence constructions read after the verb and frame reading (readSentence in extract.ts), for drafts and
// abstracts alike: each takes the sentence's claims and returns them as the construction reads them. Each
// construction is one small module with an example in our own words and the claims the whole reader finds
// in it; the examples are tests (server/test/core/constructions.test.ts runs every one).
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { contextTypes, moleculeTypes, type EntityType } from '../kb/schema';
import type { ExtractedClaim } from './extract';
import { nounPhraseAt, resistantCellHeads } from './nounPhrases';
import { samePair } from './readPairs';
import { tokenize } from './tokens';
import { afterMalignancyAdjective, type ClaimRelation } from './vocabulary';
import { requiredLiterals } from '../util/requiredLiterals';

/** The sentence a construction reads: [start, end) of `text`, its mentions and the library. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  mentions: readonly EntityMention[];
  kb: KnowledgeBase;
  /** The sentence is hedged ("may", "suggest"): so are the claims a construction adds. */
  hedged: boolean;
}

export interface Construction {
  name: string;
  /** What the construction reads, for a reader of this table. */
  reads: string;
  example: string;
  /** The claims the whole reader finds in `example`, written as the claim tests write them. */
  expected: string[];
  apply(claims: ExtractedClaim[], sentence: SentenceSpan): ExtractedClaim[];
  /**
   * Words (lower case) of which the sentence, or the few characters after it, must contain one (anywhere, even
   * inside a word) for the construction to change anything: without one it is skipped (constructions.ts).
   * Leave it out when no such words exist.
   */
  triggers?: readonly string[];
}

/**
 * A construction's trigger words read off its own patterns, for a construction every reading of which needs a match of
 * one of `patterns` inside the sentence: the literals one of which each pattern's matches hold (util/requiredLiterals.ts),
 * together. Undefined (the construction always runs) when a pattern gives none. Read off the patterns, the words
 * cannot fall out of step with them as a list written out beside them can (issue 10).
 */
export function triggersOf(...patterns: RegExp[]): string[] | undefined {
  const words: string[] = [];
  for (const pattern of patterns) {
    const literals = requiredLiterals(pattern);
    if (!literals) return undefined;
    words.push(...literals);
  }
  return [...new Set(words)];
}

/**
 * What a change word ("increased", "inhibition of") can be said of: a marker whose level moves, or a process or
 * phenotype that is enhanced or impaired. A place, drug or condition named among the changes is where or by what,
 * not what changed. The constructions that read changes after a verb of showing or a group's manipulation
 * (cellsUnderCondition.ts, manipulatedCellsShow.ts, manipulatedGroup.ts) share it so that they agree on what changed.
 */
export function canChange(type: string): boolean {
  return isMarkerType(type) || type === 'process' || type === 'phenotype';
}

/**
 * What a cause does to what it changed, by the change's direction: a process, phenotype or disease it promotes or
 * inhibits, a molecule it raises or lowers (the readers of a change and its cause: lossClause.ts, changeAfterAdded.ts,
 * changeAfterLoss.ts, respondWith.ts; a loss passes the change turned round).
 */
export function changeRelation(changedType: string, rises: boolean): ClaimRelation {
  const process = changedType === 'process' || changedType === 'phenotype' || changedType === 'disease';
  return rises ? (process ? 'promotes' : 'increases') : process ? 'inhibits' : 'decreases';
}

/** A drug or chemical (the lexicon's drugs and the compounds recognised by form or role). */
export function isDrugMention(id: string, kb: KnowledgeBase): boolean {
  const type = kb.entities.get(id)?.type;
  return type === 'drug' || type === 'chemical';
}

/** A molecule: a cytokine, receptor, kinase, other protein, RNA or family of them (the library's moleculeTypes). */
export function isMoleculeMention(id: string, kb: KnowledgeBase): boolean {
  return moleculeTypes.has(kb.entities.get(id)?.type ?? '');
}


const sentenceMentions = new WeakMap<SentenceSpan, readonly EntityMention[]>();

/**
 * The mentions inside the sentence (`mentions` holds the whole block's). Worked out once per sentence and shared
 * by every construction that reads it, rather than each filtering the block's mentions again.
 */
export function mentionsIn(sentence: SentenceSpan): readonly EntityMention[] {
  // The readers hand constructions the sentence's own mentions (readSentence): all inside, the array is the
  // answer, with no copy and no entry in the table (a WeakMap entry per sentence read was ~1% of a 100k-word full
  // check; issue 10, stop 37).
  const { mentions, start, end } = sentence;
  let inside = true;
  for (let k = 0; k < mentions.length && inside; k++) inside = mentions[k].start >= start && mentions[k].end <= end;
  if (inside) return mentions;
  let inSentence = sentenceMentions.get(sentence);
  if (!inSentence) {
    inSentence = sentence.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    sentenceMentions.set(sentence, inSentence);
  }
  return inSentence;
}

/**
 * The noun phrase a mention stands in, as offsets in the sentence's text: "tumour cells" for the cancer named by
 * "tumour", "OSCC cell lines", "gastric cancer tissue specimens" (nounPhrases.ts), with its head noun in lower case
 * ("cells", "lines", "specimens"; the last word of a name that heads it, "AGS cells"). Ask once a construction's own cheap test holds: the sentence is tagged on first asking.
 */
export function phraseOf(sentence: SentenceSpan, mention: EntityMention): { start: number; end: number; head: string } {
  const tokens = tokenize(sentence.text, sentence.start, sentence.end, mentionsIn(sentence));
  const i = tokens.findIndex((t) => t.kind === 'entity' && t.start === mention.start);
  if (i < 0) return { start: mention.start, end: mention.end, head: mention.text.toLowerCase().replace(/^.*\s/, '') };
  const phrase = nounPhraseAt(tokens, i);
  // The head noun is the head token's last word: "cells" of a cell line named "AGS cells" too.
  const head = tokens[phrase.head].lower;
  return { start: Math.min(mention.start, tokens[phrase.from].start), end: Math.max(mention.end, tokens[phrase.to - 1].end), head: head.slice(head.lastIndexOf(' ') + 1) };
}

/** Two mentions side by side in a sentence, `first` right before `second` (mentionsIn's `index` and `index + 1`), and the text between them. */
export interface MentionPair {
  first: EntityMention;
  second: EntityMention;
  index: number;
  between: string;
}

/**
 * The pairs of mentions side by side in the sentence that name two different molecules (the library's moleculeTypes),
 * in order: what the readers of a noun phrase on two molecules look through, each with its own cue before the first
 * and between the two ("the interaction of X with Y", nominalBinding.ts; "the use of Y for the activation of Z",
 * usedReceptor.ts).
 */
export function adjacentMoleculePairs(sentence: SentenceSpan): MentionPair[] {
  const { text, kb } = sentence;
  const mentions = mentionsIn(sentence);
  const pairs: MentionPair[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const first = mentions[i];
    const second = mentions[i + 1];
    if (first.entityId === second.entityId || !isMoleculeMention(first.entityId, kb) || !isMoleculeMention(second.entityId, kb)) continue;
    pairs.push({ first, second, index: i, between: text.slice(first.end, second.start) });
  }
  return pairs;
}

/**
 * The agent at index `i` with its bracketed short form, when the next mention is that short form
 * ("cancer-associated fibroblasts (CAFs)"): the short form is the agent again, so what the agent does is read
 * after the closing bracket. Returns where the agent's words end and the index of the first mention after them.
 */
export function agentWithShortForm(text: string, mentions: readonly EntityMention[], i: number): { agentEnd: number; first: number } {
  const agent = mentions[i];
  const short = mentions[i + 1];
  if (short && short.entityId === agent.entityId && /^\s*\($/u.test(text.slice(agent.end, short.start)) && text[short.end] === ')') {
    return { agentEnd: short.end + 1, first: i + 2 };
  }
  return { agentEnd: agent.end, first: i + 1 };
}

/** Between two members of a list of mentions: a comma, "and", "or" (", and"). */
export const listSeparator = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/u;

/**
 * The mentions from index `i` on that form one list ("A, B and C"), each separated from the one before by
 * `separator`; returns the list and the index of the first mention after it.
 */
export function mentionListFrom(text: string, mentions: readonly EntityMention[], i: number, separator: RegExp = listSeparator): { list: EntityMention[]; next: number } {
  const list: EntityMention[] = [mentions[i]];
  let j = i + 1;
  while (j < mentions.length && separator.test(text.slice(mentions[j - 1].end, mentions[j].start))) list.push(mentions[j++]);
  return { list, next: j };
}

/**
 * The list that ends with the mention at index `i` ("A, B and C" read back from C), each member separated from the
 * one after it by `separator`: mentionListFrom walking backwards, for a cue that follows its list ("Y and Z are
 * targets of D", drugTargets.ts; "A and B belong to the F family, whose members share Y", memberSharedRoute.ts).
 * Returns the list in text order and the index of its first mention.
 */
export function mentionListTo(text: string, mentions: readonly EntityMention[], i: number, separator: RegExp = listSeparator): { list: EntityMention[]; first: number } {
  let first = i;
  while (first > 0 && separator.test(text.slice(mentions[first - 1].end, mentions[first].start))) first--;
  return { list: mentions.slice(first, i + 1), first };
}

/**
 * The sentence's places and conditions, as the context of a claim a construction adds; cells named by the drug they
 * resist, "sorafenib-resistant cells", add the drug, as the verb reader's roles do (roles.ts resistantCellsDrug).
 */
export function contextMentions(sentence: SentenceSpan, except: readonly string[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentionsIn(sentence)) {
    if (except.includes(m.entityId)) continue;
    const type = sentence.kb.entities.get(m.entityId)?.type;
    // "on both malignant and stromal cells": the tumour's stroma, no narrower place (vocabulary.ts malignancyAdjectives).
    if (type === 'cell-type' && afterMalignancyAdjective(sentence.text, m.start)) continue;
    if (contextTypes.has(type as EntityType)) out.push(m);
    else {
      const drug = resistedByCells(sentence, m);
      if (drug && !except.includes(drug)) out.push({ ...m, entityId: drug });
    }
  }
  return out;
}

/** The drug of "sorafenib-resistant cells": a drug's resistance named right before the cells' head noun. */
function resistedByCells(sentence: SentenceSpan, m: EntityMention): string | undefined {
  const resisted = sentence.kb.drugPhenotype(m.entityId);
  if (resisted?.kind !== 'RESISTANCE') return undefined;
  const head = /^ +([a-z]+)/.exec(sentence.text.slice(m.end, m.end + 16))?.[1];
  return head && resistantCellHeads.has(head) ? resisted.drug : undefined;
}

/**
 * A claim a construction reads: `subject` `relation` `object`, in the common case for the rest: no mediators, the
 * sentence's places and conditions for its context (contextMentions, without the two), neither denied nor read from
 * a loss of function, hedged as the sentence is, and spanning the subject's start to the object's end. `rest` says
 * what the construction reads otherwise: a polarity, a denial, a loss, its own context or span.
 */
export function claimOf(
  sentence: SentenceSpan,
  subject: EntityMention,
  relation: ClaimRelation,
  object: EntityMention,
  rest: Partial<Omit<ExtractedClaim, 'subject' | 'relation' | 'object'>> = {},
): ExtractedClaim {
  return {
    subject,
    relation,
    object,
    mediators: [],
    context: rest.context ?? contextMentions(sentence, [subject.entityId, object.entityId]),
    negated: false,
    hedged: sentence.hedged,
    inverted: false,
    start: subject.start,
    end: object.end,
    ...rest,
  };
}

/**
 * What a construction that reads one agent's changes on a list of events ("X-silenced cells showed impaired A and
 * less B") returns: its claims in place of the reader's claims on those events, whether of the agent, of one event
 * on another (one change does not cause the next) or of any subject `alsoReplaced` names. Nothing read, nothing changed.
 */
export function replacingChanges(claims: ExtractedClaim[], read: readonly ExtractedClaim[], alsoReplaced: (subject: EntityMention) => boolean = () => false): ExtractedClaim[] {
  if (read.length === 0) return claims;
  const changed = new Set(read.map((c) => c.object.entityId));
  const agent = read[0].subject.entityId;
  const kept = claims.filter((c) => !(changed.has(c.object.entityId) && (changed.has(c.subject.entityId) || c.subject.entityId === agent || alsoReplaced(c.subject))));
  return [...kept, ...read];
}

/** Mentions with one per entity: a construction's context may name the same place twice ("tumours ... tumours"). */
export function onePerEntity(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m, i, all) => all.findIndex((n) => n.entityId === m.entityId) === i);
}

/**
 * The construction's readings in place of the verb reading's claims about the same two entities: either way round,
 * or with `oneWay` only in the same direction (a reading the other way round is kept).
 */
export function replacingPairs(claims: readonly ExtractedClaim[], read: readonly ExtractedClaim[], oneWay = false): ExtractedClaim[] {
  const same = (a: ExtractedClaim, b: ExtractedClaim) =>
    (a.subject.entityId === b.subject.entityId && a.object.entityId === b.object.entityId) || (!oneWay && a.subject.entityId === b.object.entityId && a.object.entityId === b.subject.entityId);
  return [...claims.filter((c) => !read.some((r) => same(r, c))), ...read];
}

/**
 * The apply of a construction that reads its own claims: they replace what the general reader made of the same
 * pairs, and a sentence it reads nothing in keeps its claims as they are. With `oneWay`, only a reading of a pair
 * in the construction's own direction gives way and one the other way round is kept (treatedPatients.ts, which
 * wrote this out for itself before; one place now says how a construction's readings replace the reader's).
 */
export function replacingWith(read: (sentence: SentenceSpan) => ExtractedClaim[], { oneWay = false }: { oneWay?: boolean } = {}): Construction['apply'] {
  return (claims, sentence) => {
    const found = read(sentence);
    return found.length === 0 ? claims : replacingPairs(claims, found, oneWay);
  };
}

/**
 * The apply of a construction whose claims join the reader's: `read` sees the reader's claims (to add no pair they
 * already hold), and a sentence it reads nothing in keeps its claims as they are (sensitization.ts, whose three
 * constructions each wrote this out).
 */
export function addingWith(read: (sentence: SentenceSpan, claims: readonly ExtractedClaim[]) => ExtractedClaim[]): Construction['apply'] {
  return (claims, sentence) => {
    const added = read(sentence, claims);
    return added.length > 0 ? [...claims, ...added] : claims;
  };
}

/**
 * The readings of `read` on a pair (subject, object) none of `claims` reads in that direction: what a construction
 * that adds to the reader's claims adds when the reader's own reading of a pair speaks first (groupProcess.ts,
 * classInPassing.ts, trialArms.ts, which each wrote this filter out).
 */
export function newPairs(read: readonly ExtractedClaim[], claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return read.filter((r) => !claims.some((c) => samePair(c, r)));
}
