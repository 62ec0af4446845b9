// "not only A but also B" (issue 7, stop 50): the one place that says which shape a "not only" opens, so the two
// rules that read it agree (the lead's policy, stop 50).
// 1. A predicate pair, "X not only raises A, but (it) also lowers B": A is granted, B is the point the sentence adds;
//    the sentence is judged by B and A keeps its own diagnostic (sideClauses.ts puts A's claims after B's).
// 2. The members of one noun list, "raised not only A but also B" (objects), "not only A but also B raised Y"
//    (subjects), "the signals not only of A but also of B" (the owners of a nominal), and "X not only raised A but
//    also B" (the verb said once, shared by both objects): the members are asserted alike, as "A and B" are, so the
//    sentence is judged as the same sentence with "A and B" would be (analyzeBlock.ts listedWith joins the members).
// The shape is read from both halves: a predicate pair has a predicate on each side of the "but" ("not only raises A,
// but also lowers B", "not only is ..., but it also ..."); anything else is a list.
import { verbTrigger } from './vocabulary';

export type NotOnlyShape = 'predicate' | 'list';

/** The opening of "not only A but also B" (any of its adding words), which needs no comma before its "but". */
export const notOnlyOpening = /\bnot\s+(?:only|just|merely|simply)\s/i;

/**
 * The shape the "not only" at the start of `rest` opens (`rest` runs from it to the sentence's end): a predicate pair
 * when a predicate follows it and another follows its "but" (past "also", a pronoun subject or an adverb), else a
 * list. With no "but" after it, the first half alone decides ("X not only raises A." says nothing of a list).
 */
export function notOnlyShape(rest: string): NotOnlyShape {
  const first = /^not\s+(?:only|just|merely|simply)\s+(?:([a-z]+ly)\s+)?([\p{L}-]+)/iu.exec(rest);
  if (!first || !opensPredicate(first[2])) return 'list';
  const but = secondHalf.exec(rest.slice(first[0].length));
  if (!but) return 'predicate';
  return opensPredicate(but[1]) ? 'predicate' : 'list';
}

/**
 * Whether a list member starting at `memberStart` in `text` is the first member of a "not only ... but also" list:
 * a "not only" stands before it in the same phrase (no semicolon or "but" between, at most a verb and the member's
 * opening words) and opens a list (notOnlyShape). The "but also" before the next member then joins the two as "and"
 * does (analyzeBlock.ts gapOutsideBrackets).
 */
export function opensNotOnlyList(text: string, memberStart: number, sentenceStart = 0): boolean {
  const before = text.slice(Math.max(sentenceStart, memberStart - reach), memberStart);
  const at = lastOpening(before);
  if (at < 0) return false;
  if (/;|\bbut\b/i.test(before.slice(at))) return false;
  return notOnlyShape(text.slice(memberStart - before.length + at)) === 'list';
}

/** How far before a member its "not only" may stand: a verb, a preposition and a determiner or a form word ("raised not only the levels of A"). */
const reach = 80;

/** Where the last "not only" of `text` starts, or -1. */
function lastOpening(text: string): number {
  let at = -1;
  for (const m of text.matchAll(/\bnot\s+(?:only|just|merely|simply)\s/gi)) at = m.index ?? at;
  return at;
}

/**
 * After the first half: the "but" and the first word of the second half, past "also", a pronoun subject and adverbs in
 * any order ("but likely also drives B": stop 51, h-audit51, the adverb before "also" left "also" as the first word, the
 * pair was read as a list and a granted first half spoke for the sentence).
 */
// (Stop 51, h-deny51: also past the writer's comment between "but" and the predicate, "but, we suspect, also drives
// B", "but, in our view, also", "but we suspect (that) it also": the comment's first word was taken for the second
// half's, the pair was read as a list and the granted first half spoke for the sentence.)
const secondHalf = /^[^;]{0,200}?,?\s+but\s+(?:(?:it|they|this|these|also|additionally|rather|,|[a-z]+ly)\s+|,\s*(?:(?:we|i)\s+[a-z]+|in\s+(?:our|my)\s+(?:view|opinion|hands)|(?:as\s+)?we\s+[a-z]+|it\s+(?:seems|appears))\s*,\s*|(?:we|i)\s+(?:suspect|believe|think|propose|speculate|suggest|argue|expect|hypothesi[sz]e)\s+(?:that\s+)?|in\s+(?:our|my)\s+(?:view|opinion)\s*,?\s*|,\s*)*([\p{L}-]+)/iu;

/**
 * Whether a word opens a predicate: a verb of the relation lexicon or an auxiliary, copula or light verb ("raises",
 * "is", "plays"), not the first word of a noun phrase ("the", "MMP-13", "cell").
 */
export function opensPredicate(word: string): boolean {
  return predicateOpeners.has(word.toLowerCase()) || verbTrigger(word) !== undefined;
}

const predicateOpeners = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'does', 'do', 'did', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must',
  'plays', 'play', 'played', 'acts', 'act', 'acted', 'serves', 'serve', 'served', 'contributes', 'contribute', 'contributed', 'leads', 'lead', 'led',
  'confers', 'confer', 'conferred', 'fuels', 'fuel', 'fuelled', 'fueled', 'participates', 'participated', 'functions', 'functioned', 'exerts', 'exerted',
]);
