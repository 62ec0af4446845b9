// A relative clause on the subject written without commas: "STAT3 which is a transcription factor promotes Y",
// "IL-11 that is made by CAFs drives Y", "STATs which are known as transcription factors are involved in Y".
// Issue 7 (stop 42, h-actor42): with a comma ("STAT3, which is ..., promotes Y") the clause is a description
// (appositions.ts) and the verb after it takes the name before it as its subject; without one, the subject phrase of
// the main verb stopped at "which" (subjects.ts npStops) and found nothing, or the name inside the relative clause
// ("STAT3 which is activated by IL-6 promotes Y" was read as IL-6 promoting Y). The relative pronoun stands for the
// name right before it, so every verb of the relative clause and the main verb after it share that name as their
// subject (a passive verb's undergoer): "STAT3 that IL-6 activates promotes Y" is STAT3 promoting Y too.
import type { Token } from './tokens';
import type { Trigger } from './triggers';
import { auxiliaryVerbs as auxiliaries, beVerbs, relativePronouns as relativeWords } from './vocabulary';

const exampleWords = new Set(['as', 'including', 'like', 'especially', 'particularly']);

/**
 * The index of the relative word ("which", "that", "who") that opens a relative clause on trigger t's subject
 * without a comma, or -1. The relative word follows a name right away (or a name's bracketed short form, "signal
 * transducers (STATs) which"), with no punctuation between it and the trigger and no trigger of the clause before
 * it (the name opens the clause's subject: "X raised Y in cells that ..." is a relative on an object). A trigger
 * whose own subject phrase names something ("that IL-6 activates") keeps it, unless an earlier verb or a copula of
 * the relative clause stands between ("STAT3 which is activated by IL-6 promotes Y": the main verb).
 */
export function bareRelativeOnSubject(tokens: readonly Token[], triggers: readonly Trigger[], t: number, clauses: readonly number[], subjectFrom: number, skipStart: number): number {
  const trigger = triggers[t];
  let k = skipStart - 1;
  for (; k > 0; k--) {
    const token = tokens[k];
    if (clauses[k] !== trigger.clause || token.kind === 'punct') return -1;
    if (token.kind === 'word' && (relativeWords.has(token.lower) || token.lower === 'whose')) break;
  }
  if (k <= 0 || !namedRightBefore(tokens, k)) return -1;
  // ("Cytokines such as IL-11 that signal through gp130 drive EMT": an example of a class, whose relative clause
  // the frame reader takes as a side route (frames.ts `exclusive`), is left as it was read.)
  const before = tokens[antecedentEnd(tokens, k) - 2];
  if (before?.kind === 'word' && exampleWords.has(before.lower)) return -1;
  // ("It was X that raised Y" is a cleft, read as X raising Y either way; a verb before the name is not.)
  if (triggers.some((u, i) => i !== t && u.clause === trigger.clause && u.first < k)) return -1;
  // ("X is a designer form of IL-6 that activates Y": after a copula the name is inside the predicate, no subject.)
  for (let j = k - 1; j >= 0 && clauses[j] === trigger.clause; j--) if (tokens[j].kind === 'word' && (beVerbs.has(tokens[j].lower) || auxiliaries.has(tokens[j].lower))) return -1;
  // ("STAT3 which is known for its role in inflammation promotes Y": the relative clause's own copula or earlier
  // verb stands between, so the name inside the clause is no subject of the main verb.)
  if (triggers.some((u, i) => i < t && u.clause === trigger.clause && u.first > k)) return k;
  // ("CAFs whose function depends on IL-6 promote Y": a "whose" clause speaks of what the name has, its function, so
  // its own verb keeps the subject it reads; the main verb after it, past the clause's verb or copula, is the name's.)
  const whose = tokens[k].lower === 'whose';
  for (let j = k + 1; j < skipStart; j++) if (tokens[j].kind === 'word' && beVerbs.has(tokens[j].lower)) return k;
  if (whose) return -1;
  for (let j = subjectFrom; j < skipStart; j++) if (tokens[j].kind === 'entity') return -1;
  return k;
}

/** A name right before position k: "STAT3 which", or its bracketed short form, "transducers (STATs) which". */
function namedRightBefore(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.kind === 'entity') return true;
  return tokens[k - 1]?.text === ')' && tokens[k - 2]?.kind === 'entity' && tokens[k - 3]?.text === '(';
}

/** Where the relative clause's antecedent phrase may end: the relative word, before a bracketed short form the bracket. */
export function antecedentEnd(tokens: readonly Token[], k: number): number {
  return tokens[k - 1]?.text === ')' ? k - 3 : k;
}
