// A backed claim standing beside a main claim the reader could not read (issue 7, stop 42, precision audit). The
// labelling guideline judges a sentence by its main claim; a backed side remark does not make it supported. Where
// the main claim names nothing the library or the lexicon knows, the reader reads no claim for it, and the backed
// side remark was left alone to speak for the sentence. Two shapes, each a content phrase in the main claim's slot
// that names nothing (only a place or a condition may stand in it):
// - an unnamed first list member: "X increased platelet counts and STAT3 phosphorylation" (X's effect on platelet
//   counts is as much the claim as its effect on STAT3, and the library cannot speak to it);
// - a relative clause on the subject beside an unread main verb: "X, which activates STAT3, raised platelet counts";
// - an opening concession that holds every claim read, its main clause naming something the reader read no claim
//   on: "Although X raises Y in A cells, Z does not share this property" (stop 47: what the writer grants is a side
//   remark, sideClauses.ts; with nothing read after the comma it was left to speak for the sentence).
// The sentence is then unsupported (no evidence), never supported by the side remark; a contradiction still wins
// (sentenceVerdict). Not an unnamed first predicate, "X stimulated megakaryocyte maturation and activated STAT3": two
// predicates are judged alike whatever their order (coordinatedPredicateVerdict, stop 36, from the labels of the
// studied waves), and treating the unread one as the main claim cost a held-out row called supported (stop 42). A
// copula ("X is a pleiotropic cytokine and activates Y", "X, which activates Y, is a cytokine") describes the
// subject: no main claim of its own here. A phrase opened by a possessive ("binds its receptor") refers to
// something named elsewhere, not to something unknown.
import type { ClaimResult, SentenceText } from './analyzeBlock';

/** Words that say nothing of what the phrase is about: form words, amounts and aspects of a molecule, references. */
const formWords = new Set([
  'the', 'a', 'an', 'both', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'that', 'such', 'other', 'all', 'some', 'several', 'many', 'more', 'less', 'most',
  'expression', 'level', 'levels', 'activity', 'activation', 'phosphorylation', 'production', 'secretion', 'protein', 'proteins', 'mrna', 'abundance', 'amount', 'amounts',
  'release', 'synthesis', 'transcription', 'signalling', 'signaling', 'function', 'effect', 'effects', 'also', 'further', 'not', 'only', 'strongly', 'significantly',
  'in', 'of', 'on', 'at', 'by', 'to', 'for', 'with', 'from', 'vitro', 'vivo', 'cells', 'cell', 'mice', 'patients', 'tissue', 'tissues', 'tumours', 'tumors', 'lines', 'line',
]);

/** A copula or the verbs of being: the predicate describes the subject, no main claim here. */
const copula = /^(?:is|are|was|were|be|been|being|remains|remained|represents|represented|belongs|belonged|becomes|became)$/i;

/** A clause break: the phrase before it belongs to another clause, or the slot holds a relative clause of its own. */
const clauseBreak = /[;:()]|\b(?:which|that|whereas|while|but|although|because|whether|if|when)\b/i;

/**
 * A concession opening the sentence, up to its comma: sideClauses.ts's opening clause, its concessive words only (a
 * reason, "because X raises Y, ...", grounds the main clause rather than granting something against it).
 */
const openingConcession = /^\s*(?:although|though|even though|while|whereas)\s[^,;]{3,200},/i;

/** A possessive opening the unread phrase: it refers back to something the sentence or the text named. */
const possessive = /^(?:its|their|his|her)$/i;

/** The list joiner right before the backed object, maybe with a second verb ("and activated"), a determiner and an aspect ("and the phosphorylation of"). */
const joinerBeforeObject = /\s*,?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+((?:also\s+)?(?:[a-z]+ly\s+)?[a-z][a-z-]*(?:ed|es|s)\s+)?(?:(?:the|a|an|its)\s+)?(?:(?:expression|levels?|activity|activation|phosphorylation|production|secretion)\s+of\s+(?:the\s+)?)?$/i;

/**
 * A preposition: a list after it is that preposition's ("a role in the genesis and progression of Y", "resistance to
 * stress and apoptosis", "inhibited by RNA interference the A and B"), a shared head over its members, never an
 * unnamed member of the verb's own.
 */
const preposition = /^(?:in|of|to|by|for|with|from|on|at|into|onto|through|via|across|within|among|between|against|during|after|before|under|over|upon|toward|towards|than|as)$/;

/** The words of a span, lower case. */
function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []).map((w) => w.toLowerCase());
}

/**
 * Whether `words` (after the subject: the verb first, then its object) make a predicate whose object is a content
 * phrase naming nothing: a verb that is no copula, then at least one word that is neither a form word nor an
 * adverb, the phrase not opened by a possessive, and no preposition anywhere (the object is the verb's own).
 */
function unnamedPredicate(words: readonly string[]): boolean {
  if (words.some((w) => preposition.test(w))) return false;
  let at = 0;
  while (at < words.length && (words[at].endsWith('ly') || ['has', 'have', 'had', 'also', 'further', 'was', 'were', 'is', 'are', 'been', 'may', 'might', 'can', 'could', 'did', 'does', 'do'].includes(words[at]))) {
    // An auxiliary of a passive or copula ("is expressed", "was elevated in") describes the subject.
    if (copula.test(words[at])) return false;
    at++;
  }
  if (at >= words.length - 1) return false;
  const object = words.slice(at + 1);
  if (possessive.test(object[0])) return false;
  return object.some((w) => !formWords.has(w) && !w.endsWith('ly') && !/^\d/.test(w));
}

/**
 * Whether the backed claim stands beside a main claim the reader could not read (the two shapes above):
 * `sentence.namesSomething(from, to)` says whether a name other than a place or condition lies in a span.
 */
export function besideUnreadMainClaim(backed: ClaimResult, sentence: SentenceText | undefined): boolean {
  if (!sentence?.namesSomething || sentence.end === undefined || backed.verification.verdict !== 'supported') return false;
  const b = backed.claim;
  if (insideConcessionBesideUnreadMain(b, sentence)) return true;
  if (b.negated) return false;
  // The same relative clause in the passive, its agent the backed claim's subject: "X, which can be activated by Y,
  // plays a key role in Z" (stop 53). The antecedent may carry its short form and head nouns before the comma
  // ("the A (B) signalling pathway, which ..."), and the agent a list of others ("by Y, C, and D,").
  if (!b.negated && b.object.end <= b.subject.start && passiveRelative.test(sentence.text.slice(b.object.end, b.subject.start))) return unreadAfterRelative(b.subject.end, sentence);
  if (b.subject.end > b.object.start) return false;
  const between = sentence.text.slice(b.subject.end, b.object.start);
  // The list member before the backed object.
  const joiner = joinerBeforeObject.exec(between);
  // A second verb after the joiner makes two predicates, judged by coordinatedPredicateVerdict (below).
  if (joiner && joiner.index > 0 && joiner[1] === undefined) {
    const slot = between.slice(0, joiner.index);
    if (!clauseBreak.test(slot) && !/,/.test(slot.trim().replace(/,$/, '')) && !sentence.namesSomething(b.subject.end, b.subject.end + joiner.index) && unnamedPredicate(wordsOf(slot))) return true;
  }
  // A relative clause on the subject between commas, holding the backed claim, and the main verb after it.
  if (/^\s*,\s*(?:which|who)\s/i.test(between)) return unreadAfterRelative(b.object.end, sentence);
  return false;
}

/**
 * A passive relative clause from its antecedent up to its agent: a gap of the antecedent's own words, ", which", its
 * auxiliaries and adverbs, a participle (with its particle: "switched on by"), "by" and the agent's determiner or
 * quantifier.
 */
const passiveRelative = /^(?:\s*\([^()]{1,40}\))?[^,;:()]{0,40},\s*(?:which|that)\s+(?:(?:is|are|was|were|can|could|may|might|be|been|being|has|have|had|also|often|mainly|[a-z]+ly)\s+)*(?:[a-z]+(?:ed|en)|bound|made|held|led|brought|kept)\s+(?:(?:on|up|off|out|down)\s+)?(?:(?:mainly|mostly|primarily|chiefly|largely|directly)\s+)?by\s+(?:(?:the|a|an|many|several|various|numerous|multiple|some|other|different|diverse|a\s+variety\s+of|a\s+number\s+of|a\s+range\s+of)\s+)*$/i;

/**
 * Whether the main clause after a relative clause ending at or after `from` names nothing and holds an unread main
 * verb. The relative clause runs to the next comma, or through a list of its own ("by A, B, and C,"): later pieces
 * between commas that are list members (no clause word, the last opened by "and" or "or"). The main clause is the
 * piece after the relative clause's last comma, with no clause word, no comma and no name of its own.
 */
function unreadAfterRelative(from: number, sentence: SentenceText): boolean {
  if (sentence.end === undefined || !sentence.namesSomething) return false;
  const after = sentence.text.slice(from, sentence.end);
  const pieces = after.split(',');
  if (pieces.length < 2 || /[;:()]/.test(pieces[0]) || clauseBreak.test(pieces[0])) return false;
  // Pieces after the first and before the last are members of the relative clause's list, the last of them opened by
  // a list word; with none, the relative clause ends at the first comma.
  const members = pieces.slice(1, -1);
  if (members.some((m) => /[;:()]/.test(m) || clauseBreak.test(m) || wordsOf(m).length > 6)) return false;
  if (members.length > 0 && !/^\s*(?:and|or)\s/i.test(members[members.length - 1])) return false;
  const main = pieces[pieces.length - 1];
  const mainFrom = sentence.end - main.length;
  if (/^\s*(?:and|or|as\s+well\s+as)\s/i.test(main) || clauseBreak.test(main) || sentence.namesSomething(mainFrom, sentence.end)) return false;
  // The main verb and its object up to the first preposition ("raised platelet counts in patients").
  const words = wordsOf(main);
  const upTo = words.findIndex((w) => preposition.test(w));
  return unnamedPredicate(upTo < 0 ? words : words.slice(0, upTo));
}

/**
 * The third shape: the backed claim lies wholly inside an opening concession, and the main clause after its comma sets
 * another molecule against it ("..., IL-6 does not share this property", "..., STAT1 showed no such effect") but holds
 * no claim read before it (a read main claim goes first, sideClauses.ts mainClauseFirst, and would be the one judged
 * here). A main clause that goes on about the concession's own subject ("..., its efficacy is limited by drug
 * resistance", opened by a pronoun or possessive) or names no molecule of its own ("..., the mechanism remains
 * unclear") leaves the concession to speak for the sentence, as the real-prose labels read it (wave 2).
 */
function insideConcessionBesideUnreadMain(b: ClaimResult['claim'], sentence: SentenceText): boolean {
  if (sentence.end === undefined || !sentence.moleculesIn) return false;
  const opening = openingConcession.exec(sentence.text.slice(sentence.start, sentence.end));
  if (!opening) return false;
  const mainFrom = sentence.start + opening[0].length;
  if (b.end > mainFrom) return false;
  if (backReference.test(sentence.text.slice(mainFrom, sentence.end))) return false;
  const granted = new Set([b.subject.entityId, b.object.entityId]);
  return sentence.moleculesIn(mainFrom, sentence.end).some((id) => !granted.has(id));
}

/** A main clause opened by a word that refers back to what the concession named. */
const backReference = /^\s*(?:it|its|they|their|this|these|that|those|such|both|the\s+same)\b/i;
