// "Tumours whose growth is linked to IL-6 show high STAT3", "CAFs whose activity depends on IL-6 secrete IL-11": a
// "whose" clause right after the name that opens its clause, with no comma, restricts that name; the sentence's
// claim is the main verb's, said of the name (bareRelative.ts gives the main verb its subject). What a reader makes
// of the clause's own words ("growth is linked to IL-6") is a side remark at most (issue 7, stop 51, h-false51): an
// aside (ExtractedClaim `aside`), as is a pair of the name and a name inside the clause, which may contradict but never speaks for the sentence (analyzeBlock
// sentenceVerdict); and a pair with one partner inside the clause and the other after the main verb ("growth ... high
// STAT3") is no claim at all: the clause's names are no partners of the main verb. Before, the remark, backed by a
// finding on IL-6 and growth, made the sentence supported whatever the main verb said; or the name inside the clause
// took the main verb ("CAFs whose function depends on IL-6 promote Y" read as IL-6 promoting Y).
// The "whose" clause on a name after the verb ("... a CAF population whose function is linked to Z") is
// whoseRelative.ts's.
import { mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { taggedAsFiniteVerb } from './nounPhrases';
import { tokenize, type Token } from './tokens';
import { auxiliaryVerbs, beVerbs } from './vocabulary';

/** A "whose" clause on the clause's opening name: the text offsets of its words and of the main verb after it. */
export interface WhoseClause {
  /** The end of "whose". */
  from: number;
  /** The start of the main verb. */
  mainVerb: number;
}

/**
 * Verbs of having or showing a subject may take that the tagger reads as a noun after a name ("IL-6 show high STAT3"):
 * the plural's present form, which is also a noun.
 */
const showingVerbs = new Set(['show', 'display', 'exhibit', 'harbour', 'harbor', 'carry', 'contain', 'express', 'secrete', 'produce', 'release']);
/** Words that end the search for the main verb: another clause opens. */
const clauseOpeners = new Set(['but', 'which', 'that', 'who', 'whose', 'where', 'while', 'whereas', 'although', 'because', 'since', 'if', 'when']);

/** The "whose" clauses of a sentence that stand on the name opening their clause, each with its main verb. */
export function whoseClausesOnSubject(tokens: readonly Token[]): WhoseClause[] {
  const found: WhoseClause[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].lower !== 'whose' || tokens[k - 1].kind !== 'entity') continue;
    // The name opens its clause: no verb, copula or auxiliary before it back to the sentence's start or a comma.
    let opens = true;
    for (let j = k - 2; j >= 0 && tokens[j].kind !== 'punct'; j--) {
      if (tokens[j].kind === 'word' && (beVerbs.has(tokens[j].lower) || auxiliaryVerbs.has(tokens[j].lower) || taggedAsFiniteVerb(tokens, j))) opens = false;
    }
    if (!opens) continue;
    const mainVerb = mainVerbAfter(tokens, k);
    if (mainVerb >= 0) found.push({ from: tokens[k].end, mainVerb: tokens[mainVerb].start });
  }
  return found;
}

/** The main verb after the "whose" at k: past the clause's own verb group, the next finite verb; -1 if none. */
function mainVerbAfter(tokens: readonly Token[], k: number): number {
  const stops = (t: Token): boolean => t.kind === 'punct' || (t.kind === 'word' && clauseOpeners.has(t.lower));
  let j = k + 1;
  while (j < tokens.length && !stops(tokens[j]) && !(tokens[j].kind === 'word' && verbLike(tokens, j))) j++;
  if (j >= tokens.length || stops(tokens[j])) return -1;
  // The clause's own verb group: "is linked", "has been shown to depend".
  while (j < tokens.length && tokens[j].kind === 'word' && (verbLike(tokens, j) || /ly$/.test(tokens[j].lower) || tokens[j].lower === 'to' || tokens[j].lower === 'not')) j++;
  for (; j < tokens.length && !stops(tokens[j]); j++) {
    const token = tokens[j];
    if (token.kind !== 'word' || /ing$/.test(token.lower)) continue;
    if (taggedAsFiniteVerb(tokens, j)) return j;
    if (showingVerbs.has(token.lower) && tokens[j - 1]?.kind === 'entity') return j;
  }
  return -1;
}

function verbLike(tokens: readonly Token[], j: number): boolean {
  return beVerbs.has(tokens[j].lower) || auxiliaryVerbs.has(tokens[j].lower) || taggedAsFiniteVerb(tokens, j);
}

/**
 * The claims with the "whose" clause's own pairs made asides and the pairs across its main verb gone. A sentence
 * with no such clause keeps its claims as they were (the same array).
 */
export function withWhoseClausesAsRemarks(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  if (claims.length === 0 || !/\bwhose\b/i.test(sentence.text)) return claims;
  const clauses = whoseClausesOnSubject(tokenize(sentence.text, sentence.start, sentence.end, mentionsIn(sentence)));
  if (clauses.length === 0) return claims;
  const inside = (at: number, c: WhoseClause): boolean => at >= c.from && at < c.mainVerb;
  let changed = false;
  const kept: ExtractedClaim[] = [];
  for (const claim of claims) {
    const [a, b] = [claim.subject.start, claim.object.start];
    const clause = clauses.find((c) => inside(a, c) || inside(b, c));
    if (!clause) kept.push(claim);
    else if (Math.max(a, b) >= clause.mainVerb) changed = true;
    else {
      // (Both inside, or the antecedent and a name inside: "CAFs whose function depends on IL-6" as IL-6 acting on CAFs.)
      kept.push(claim.aside ? claim : { ...claim, aside: true });
      changed ||= !claim.aside;
    }
  }
  return changed ? kept : claims;
}
