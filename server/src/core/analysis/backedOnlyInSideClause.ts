// A precision guard (issue 7, stop 55): a sentence whose backed claims all lie in a side clause while its main clause
// says something the reader did not read. "Although X is thought to raise Y, studies show X has a second, opposite
// face", "X, which is switched on by Y, plays a key role in Z", "Consistent with X raising Y, Z keeps W low": the
// guideline judges a sentence by its MAIN claim, and a backed side remark does not make it supported. Where the main
// clause's predicate went unread, only the side clause's claim was left to speak, and its finding was taken for the
// sentence's (the historical false SUPPORTED of the studied sets' first opening had such rows: a concession granting
// what the library holds before a main clause that turns it, a relative clause on the subject before an unread role).
// analyzeBlock.ts turns such a supported sentence into no evidence; a contradiction still wins (sentenceVerdict).
// The side clauses are the reader's own (claims/sideClauses.ts: an opening concession or reason, an opening phrase of
// agreement, a relative clause, a closing inference, an opening purpose); the main clause is what is left of the
// sentence. Its predicate is the first verb group of the chunker (language/chunks.ts, via nounPhrases.ts) there after
// any verb of reporting; it is unread when no claim was read in the main clause at all, the clause names something
// the library or lexicon knows (not only a place or a condition) and does not restate a backed claim, and the verb is
// active and neither describes its subject (a copula, a verb of composition) nor reports (word classes below, as data).
import type { EntityMention } from '../entities/recognize';
import type { ExtractedClaim } from '../claims/extract';
import { sideClauses } from '../claims/sideClauses';
import { tokenize } from '../claims/tokens';
import { sentenceChunks } from '../claims/nounPhrases';

/**
 * Verbs that report or frame what follows ("studies have shown that ...", "data suggest ..."): their content is the
 * clause they frame, so the main clause's predicate is the verb group after them. By lemma.
 */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'show', 'suggest', 'reveal', 'demonstrate', 'report', 'find', 'indicate', 'imply', 'propose', 'note', 'know', 'think',
  'believe', 'hypothesize', 'hypothesise', 'observe', 'confirm', 'establish', 'argue', 'assume', 'say', 'state',
]);

/**
 * Verbs whose predicate describes its subject rather than asserting a relation: a copula ("X, which activates Y, is a
 * cytokine", as unreadMainSlot.ts reads it) and the verbs of composition ("the stroma contains several cell types,
 * which ..."). A main clause with such a predicate leaves the side clause as what the sentence asserts. By lemma.
 */
export const describingVerbs: ReadonlySet<string> = new Set([
  'be', 'become', 'remain', 'seem', 'appear', 'represent', 'constitute', 'belong', 'contain', 'include', 'comprise', 'consist', 'have', 'possess', 'harbour', 'harbor',
]);

/**
 * Verbs of asking or aiming ("we asked whether ...", "we examined if ..."): a main clause that asks claims nothing of
 * its own, and the finding granted before it is still checked (the seed's "Because X drives Y, we asked whether Z
 * takes part in it"). By lemma.
 */
export const askingVerbs: ReadonlySet<string> = new Set([
  'ask', 'examine', 'investigate', 'test', 'explore', 'study', 'assess', 'evaluate', 'determine', 'wonder', 'address', 'seek', 'aim',
]);

/** Words that open a relative clause: its antecedent stands right before it, outside the clause. */
const relativeOpening = /^\s*,\s*(?:where|in which|which|whose|who|that|a|an|the|one)\b/i;

interface Judged {
  claim: ExtractedClaim;
  verification: { verdict: string };
}

/**
 * The side clause holding every backed claim and the main clause's unread verb, when the sentence `text[start, end)`
 * is supported only by claims of its side clauses; undefined otherwise. `namesSomething(from, to)` says whether a name
 * other than a place or a condition lies in a span (analyzeBlock's SentenceText).
 */
export function backedOnlyInSideClause(
  text: string,
  start: number,
  end: number,
  mentions: readonly EntityMention[],
  claims: readonly Judged[],
  namesSomething: (from: number, to: number) => boolean,
): { side: [number, number]; verb: string } | undefined {
  const backed = claims.filter((c) => c.verification.verdict === 'supported' && !c.claim.aside);
  if (backed.length === 0) return undefined;
  const sentence = text.slice(start, end);
  if (!sentence.includes(',')) return undefined;
  const sides = sideClauses(text, start, end);
  if (sides.length === 0) return undefined;
  const holds = ([from, to, heldBy]: [number, number, 'object' | 'subject' | undefined], c: ExtractedClaim): boolean => {
    // A relative clause closing the sentence after the main clause's object ("cells make X, which fuels Y", "Y occurs
    // in tumours, where Z induces it") is the next link the sentence asserts, as unbackedPartners.ts reads a chain
    // ("A raises B, which in turn activates C"), not a side remark.
    if (relativeOpening.test(text.slice(from, to)) && /^[\s.;:)\]]*$/.test(text.slice(to, end))) return false;
    const inside = (m: { start: number; end: number }): boolean => m.start >= from && m.end <= to;
    if (heldBy === 'object' ? inside(c.object) : heldBy === 'subject' ? inside(c.subject) : c.start >= from && c.end <= to) return true;
    // A relative clause's claim on its antecedent ("X, which is activated by Y, ..."): one participant inside, the
    // other the antecedent before the clause.
    if (!relativeOpening.test(text.slice(from, to))) return false;
    return (inside(c.subject) && c.object.end <= from) || (inside(c.object) && c.subject.end <= from);
  };
  const sideOf = (c: ExtractedClaim) => sides.find((s) => holds(s, c));
  // Every claim read lies in a side clause: a claim of the main clause speaks for the sentence itself.
  if (claims.some((c) => sideOf(c.claim) === undefined)) return undefined;
  const side = sideOf(backed[0].claim)!;
  const inAnySide = (from: number, to: number): boolean => sides.some(([f, t]) => from >= f && to <= t);
  // The main clause: the sentence's pieces outside every side clause.
  const main: Array<[number, number]> = [];
  let at = start;
  for (const [f, t] of [...sides].sort((a, b) => a[0] - b[0])) {
    if (f > at) main.push([at, f]);
    at = Math.max(at, t);
  }
  if (at < end) main.push([at, end]);
  if (!main.some(([f, t]) => namesSomething(f, t))) return undefined;
  // The main clause restating a backed claim (both its participants named there: "Whereas X raised Y in A cells, X
  // also raised Y in B cells") holds that claim too; the reader kept one copy of it.
  const namedInMain = new Set(mentions.filter((m) => main.some(([f, t]) => m.start >= f && m.end <= t)).map((m) => m.entityId));
  if (backed.some((c) => namedInMain.has(c.claim.subject.entityId) && namedInMain.has(c.claim.object.entityId))) return undefined;
  const tokens = tokenize(text, start, end, mentions);
  const { words, chunks } = sentenceChunks(text, start, end, tokens);
  for (const chunk of chunks) {
    if (chunk.kind !== 'VG') continue;
    const first = tokens[chunk.from];
    const last = tokens[chunk.to - 1];
    if (!first || !last || inAnySide(first.start, last.end)) continue;
    const head = words[chunk.head];
    if (!head) continue;
    // A lone participle or gerund ("the JAK/STAT signalling pathway", "cells expressing X") is no predicate of its own.
    if (chunk.to - chunk.from === 1 && head.lower.endsWith('ing')) continue;
    // A verb of reporting frames the predicate after it.
    if (reportingVerbs.has(head.lemma) || tokens[chunk.to]?.lower === 'that') continue;
    // The main clause's predicate: one that describes its subject, or a passive one (what was done to its subject: a
    // treatment, a method, its source: "cells were treated with X, which raised Y", "X, which raises Y, is secreted
    // by Z"), leaves the side clause as what the sentence asserts.
    if (describingVerbs.has(head.lemma) || describingVerbs.has(head.lower) || askingVerbs.has(head.lemma) || chunk.passive) return undefined;
    return { side: [side[0], side[1]], verb: head.text };
  }
  return undefined;
}
