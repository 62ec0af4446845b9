// Side clauses: "Although X inhibits Y, it raised Z", "In A cells, where X raises Y, Y increased Z". The clause
// that concedes, gives a reason or describes a place says something by the way; the sentence asserts its main
// clause. The sentence's verdict follows its first claim (analyzeBlock's sentenceVerdict), so a claim read wholly
// inside a side clause goes after the claims of the main clause: a backed aside no longer lends its "supported"
// to an unbacked main claim (the labelling guideline: one label per sentence, by its main claim). Each claim keeps
// its own verdict; only the order changes, and a sentence whose every claim is in a side clause keeps its order.
// The general rule (issue 7, stop 33): the matrix clause's claim is the main one; relative clauses, concessions,
// background ("is known to ..., and here we show"), purposes and closing inferences are side remarks. Coordinated
// predicates of one subject ("X raises A and promotes B") are all main: the first read still speaks for them.
import type { ExtractedClaim } from './extract';
import { notOnlyOpening, notOnlyShape } from './notOnly';
import { allMatches } from '../util/allMatches';

export interface SideClauseRule {
  name: string;
  /** Matches the side clause in the sentence's text; the match is the clause. */
  pattern: RegExp;
  example: string;
  /** The claim the example's verdict follows (formatClaim, as the claim tests write it). */
  main: string;
  /**
   * `object`: a claim is in the side clause when its object is, though its subject stands before it ("X not only
   * raises A, but also lowers B": X is shared by both halves). `subject`: when its subject is, though its object stands
   * after it (a purpose clause's word misread as the main verb's actor). Otherwise the claim's words must lie wholly inside.
   */
  heldBy?: 'object' | 'subject';
  /** A further test, of the sentence's text from the clause's start (the clause and what follows it): the rule holds only where it says so. */
  when?: (from: string) => boolean;
}

export const sideClauseRules: readonly SideClauseRule[] = [
  {
    // A concession or reason that opens the sentence, up to its comma; a participle phrase after that comma
    // (", causing Z,") still belongs to it.
    name: 'an opening concessive or causal clause',
    pattern: /^\s*(?:although|though|even though|while|whereas|because|since|given that)\s[^,;]{3,200},(?:\s*[a-z]+ing\s[^,;]{1,200},)*/i,
    example: 'Although IL-6 raises IGF-1 in HCC cells, it lowered ATF4 expression there.',
    main: 'IL6 decreases ATF4 [ctx HCC]',
  },
  {
    // "As X raises Y, ..." gives a reason as "since" does; "as" before a participle or an article ("As shown in",
    // "As expected", "As a result", "As an X target") opens no clause of its own.
    name: 'an opening clause of reason with "as"',
    pattern: /^\s*as\s(?!(?:shown|expected|described|reported|noted|seen|indicated|illustrated|observed|mentioned|predicted|demonstrated|discussed|outlined|summari[sz]ed|depicted|previously|already|well|such|a|an|the|in|with|for|to|of|part|compared|opposed|regards|far|long|soon|much|many)\b)[^,;]{3,200},(?:\s*[a-z]+ing\s[^,;]{1,200},)*/i,
    example: 'As IL-11 raises MMP-13 in OSCC cells, MMP-13 lowered ATF4 expression there.',
    main: 'MMP13 decreases ATF4 [ctx OSCC]',
  },
  {
    // "Consistent with X raising Y, Z did W": the opening grants what is known and the main clause adds the point.
    name: 'an opening phrase of agreement',
    pattern: /^\s*(?:consistent with|in line with|in agreement with|in keeping with|in accordance with)\s[^,;]{3,200},/i,
    example: 'In line with IL-6 raising IGF-1 in HCC cells, IGF-1 lowered ATF4 expression.',
    main: 'IGF1 decreases ATF4 [ctx HCC]',
  },
  {
    // A relative clause set off by commas (or running to the end of the sentence): it describes what it follows.
    name: 'a relative clause between commas',
    pattern: /,\s*(?:where|in which|which|whose)\s[^,;]{3,200}(?:,|$)/i,
    example: 'In OSCC cells, where IL-11 raises MMP-13, MMP-13 lowered ATF4 expression.',
    main: 'MMP13 decreases ATF4 [ctx OSCC]',
  },
  {
    // "IL-11, a cytokine that binds gp130, drives Y": a relative clause on the noun that describes the subject
    // (appositions.ts) describes it too; the verb after the closing comma is the sentence's (stop 41). Its claims
    // belong to it by their object: the clause's subject is the described subject, outside it.
    name: 'a relative clause on a described subject',
    pattern: /,\s*(?:a|an|the|one)\s[^,;]{1,80}?\b(?:that|which|who)\s[^,;]{3,200},/i,
    example: 'IL-6, a cytokine that activates STAT3, promotes metastasis.',
    main: 'IL6 promotes METASTASIS',
    heldBy: 'object',
  },
  {
    // "Trans-signalling, where X binds A, joins B and drives C, is needed for D": a relative clause whose own verbs
    // run as a list past a comma ends only where the main clause's verb resumes (a finite verb straight after a
    // comma); the rule above stops at its first comma and left the list's later verbs in the main clause, so an
    // unbacked one of them spoke for the sentence (issue 7, stop 33: the matrix clause's claim is the main one).
    name: 'a relative clause whose verbs run on to the main verb',
    pattern: /,\s*(?:where|in which|which|whose)\s[^;]{3,240}?,(?=\s*(?:(?:has|have|had)\s+(?:been|also|long|recently|now)|is|are|was|were|may|might|can|could|will|would|should|must|seems?|appears?|remains?|plays?|played|acts?|acted|serves?|served)\b)/i,
    example: 'In HCC cells IL-6, which lowers ATF4, binds gp130 and recruits JAK1, has been shown to activate STAT3.',
    main: 'IL6 activates STAT3 [ctx HCC]',
    // "X, which binds A and lowers B, ..., activates C": the relative clause's subject is X, outside it, so a claim
    // belongs to it by its object; "where X binds A, ..." holds its own subject and object alike.
    heldBy: 'object',
  },
  {
    // "X is known to do A, and here we show that it does B": what earlier work established is background to the
    // point the writer adds; the sentence asserts the new finding (the guideline: one label per sentence, by its
    // main claim). Only with an explicit marker of the new work after the known part ("here", "we now show", "in
    // this study"), so a plain "X is known to do A and B" stays one claim with two objects.
    name: 'a background clause before the new finding',
    pattern: /^\s*(?:[^;]{0,240}?\b)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:well\s+|widely\s+|long\s+|previously\s+)?(?:known|established|reported|described|recognised|recognized|thought|believed)|(?:previous|earlier|prior)\s+(?:studies|work|reports)\s+(?:have\s+)?(?:shown|showed|reported|found))\b[^;]{3,240}?(?=[,;]\s*(?:and|but|yet|whereas|while)?\s*(?:here|now|in\s+this\s+(?:study|work|report)|in\s+the\s+present\s+(?:study|work)|we\s+(?:now\s+)?(?:show|report|demonstrate|find|found|reveal)))/i,
    example: 'IL-11 is known to raise MMP-13 in OSCC cells, and here we show that MMP-13 lowers ATF4 there.',
    main: 'MMP13 decreases ATF4 [ctx OSCC]',
  },
  {
    // "X not only does A, but (it) also does B": A is granted, B is what the sentence adds and asserts as its point
    // (issue 7: on real prose the labels follow B). The first half runs from "not only" to the "but"; its subject
    // stands before it, so a claim belongs to it by its object.
    name: 'the first half of "not only A, but also B"',
    pattern: /\bnot (?:only|just|merely|simply)\s[^;]{1,200}?(?=,?\s+but\b)/i,
    // Only where "not only" opens a predicate pair (a predicate on each side of the "but", notOnly.ts): after a verb
    // or a preposition it opens a list ("promotes the activation of not only A but also B", "boosted not only A but
    // also B", "in not only A but also B"), and "X not only raised A but also B" says its verb once for both objects;
    // a list's members are asserted alike, as "A and B" are (issue 7, stops 36 and 50: the first member was put after
    // a side claim of a closing participle, which then spoke for the sentence).
    when: (from) => notOnlyShape(from) === 'predicate',
    example: 'In OSCC cells IL-11 not only raises MMP-13, but it also lowers ATF4.',
    main: 'IL11 decreases ATF4 [ctx OSCC]',
    heldBy: 'object',
  },
  {
    // "X raised A, suggesting a role in B": a closing participle draws the writer's inference from the finding; the
    // finding before it is what the sentence reports (stop 33: frame readers read the inference first, "treatment
    // with X led to a rise in A, suggesting a role in B" followed X and B); so is the readout named as evidence
    // (", as evidenced by higher B"). Its subject is the main clause's, so a claim belongs to it by its object.
    name: 'a closing inference',
    pattern: /,\s*(?:(?:thus\s+|thereby\s+|therefore\s+)?(?:suggesting|indicating|implying|pointing\s+to|hinting\s+at)|as\s+(?:evidenced|shown|indicated|reflected|judged|demonstrated|revealed)\s+by)\b[^;]{1,200}$/i,
    example: 'Treatment with IL-11 led to a rise in MMP-13 levels in OSCC cells, suggesting a role in invasion.',
    main: 'IL11 increases MMP13 [ctx OSCC]',
    heldBy: 'object',
  },
  {
    // "To V ..., S V O": an opening purpose clause says what the main clause is for; its own subject is the main
    // clause's, so a claim whose subject the reader found inside it ("To transmit protumourigenic signalling, X
    // activates Y": tumorigenesis taken as the actor) is no claim the sentence asserts. Held by the subject: the
    // object of such a misread claim lies in the main clause. "To date," and "To our knowledge," name no purpose.
    name: 'an opening purpose clause',
    pattern: /^\s*(?:in order )?to\s(?!date\b|our\b|this\b|that\b|the\b|these\b|some\b|a\b)[a-z]+\s[^,;]{3,200},/i,
    example: 'To relay protumourigenic signals, IL-11 raises MMP-13 in OSCC cells.',
    main: 'IL11 increases MMP13 [ctx OSCC]',
    heldBy: 'subject',
  },
];

/** The side clauses of the sentence `text[start, end)`, as [start, end) offsets in `text`, with how a claim is held in each. */
export function sideClauses(text: string, start: number, end: number): Array<[number, number, SideClauseRule['heldBy']]> {
  const sentence = text.slice(start, end);
  const found: Array<[number, number, SideClauseRule['heldBy']]> = [];
  globalPatterns.forEach((pattern, i) => {
    const when = sideClauseRules[i].when;
    for (const match of allMatches(pattern, sentence)) if (!when || when(sentence.slice(match.index ?? 0))) found.push([start + (match.index ?? 0), start + (match.index ?? 0) + match[0].length, sideClauseRules[i].heldBy]);
  });
  return found;
}

/**
 * The granted first halves of the sentence's "not only ..., but also ..." predicate pairs (the rule above), as
 * [start, end) offsets in `text`: a claim whose object lies in one is the side remark of rule 1 (notOnly.ts), which the
 * list rule does not weigh as a member of the main claim's list (analyzeBlock.ts objectListVerdict).
 */
export function grantedHalves(text: string, start: number, end: number): Array<[number, number]> {
  const sentence = text.slice(start, end);
  if (!notOnlyOpening.test(sentence)) return [];
  const found: Array<[number, number]> = [];
  for (const match of allMatches(grantedHalf, sentence)) if (notOnlyShape(sentence.slice(match.index ?? 0)) === 'predicate') found.push([start + (match.index ?? 0), start + (match.index ?? 0) + match[0].length]);
  return found;
}

/** The rules' patterns with the global flag matchAll needs, made once rather than per sentence. */
const globalPatterns = sideClauseRules.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g'));

/** The claims with those read wholly inside a side clause after the rest, each group in its order. */
export function mainClauseFirst(claims: readonly ExtractedClaim[], text: string, start: number, end: number): readonly ExtractedClaim[] {
  // Prefilter: most sentences have neither a comma or semicolon (nor a "not only", which may go without one) nor more than one claim.
  if (claims.length < 2) return claims;
  const sentence = text.slice(start, end);
  if (!sentence.includes(',') && !sentence.includes(';') && !notOnlyOpening.test(sentence)) return claims;
  const sides = sideClauses(text, start, end);
  if (sides.length === 0) return claims;
  const inSide = (c: ExtractedClaim): boolean => sides.some(([from, to, heldBy]) => (heldBy === 'object' ? c.object.start >= from && c.object.end <= to : heldBy === 'subject' ? c.subject.start >= from && c.subject.end <= to : c.start >= from && c.end <= to));
  const main = claims.filter((c) => !inSide(c));
  if (main.length === 0 || main.length === claims.length) return claims;
  return [...main, ...claims.filter(inSide)];
}

/** The "not only" rule's pattern (the first half of a predicate pair), with the global flag. */
const grantedHalf = globalPatterns[sideClauseRules.findIndex((rule) => rule.name === 'the first half of "not only A, but also B"')];
