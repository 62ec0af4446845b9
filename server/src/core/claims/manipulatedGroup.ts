// An experimental group named by its manipulation, then what changed in it: "compared with the control
// group, migration of the shRNA-X group was markedly enhanced; Y mRNA fell, and the levels of A and B
// rose", "in X-silenced cells, A decreased". Cell-biology abstracts report a knockdown or an overexpression
// this way, with the group as the grammatical place and each change in a clause of its own. Every change in
// the sentence is the manipulated gene's: a knockdown's rise means the gene lowers what rose, an
// overexpression's rise that it raises it. A fronted setting ("following the action of TGF-β1, ...") is the
// condition, not a changed molecule.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { canChange, type Construction, mentionsIn, phraseOf, type SentenceSpan, claimOf, replacingChanges } from './construction';
import type { ExtractedClaim } from './extract';
import { placeLackingAt } from './lostPlace';
import { alternation, groupNounsBefore, lossFormCellsBefore, lossGroupWordAfter, lossWordsAt } from './vocabulary';
import { allMatches } from '../util/allMatches';
import { requiredLiterals } from '../util/requiredLiterals';
import { LiteralGate } from './sentenceWords';

/** The manipulation named around the gene, with the group or cells after it. */
const knockdownBefore = /(?:\b(?:sh|si)RNA|\bsi|\bsh)[-‐]?$/i;
/**
 * After the gene: the group named by its loss, "X-silenced", "X knockdown", "X-null" (vocabulary.ts lossWording, its
 * group place). Not the knockout mark alone: a strain named "Y-/-" is the background a manipulation is made on
 * (onBackground), a disease model rather than the manipulation the changes are reported for.
 */
// A qualifier of the manipulation may stand between ("X double knockdown cells", "X stable knockdown clones": stop 50,
// h-actor50, read nothing); the qualifiers are those the loss readers already pass over (vocabulary.ts lossOfFunctionQualifiers).
const knockdownAfter = new RegExp(String.raw`^(?:[-‐‑\s]?(?:double|triple|stable|stably|transient|transiently|conditional)(?=[-‐‑\s]))?` + lossGroupWordAfter.source.replace(/^\^/, ''), lossGroupWordAfter.flags);
const overexpressionAfter = /^[-‐\s]?(?:overexpressing|overexpressed|overexpression|over-expressing|over-expression|OE)\b/i;
/** Head nouns of the phrase that names the manipulated group: "the shRNA-X group", "X-silenced HCC cell lines" (construction.ts phraseOf). */
/** A group noun and "whose" right before the name: "cells whose ", "the mice whose ". */
const whoseGroupBefore = new RegExp(String.raw`\b(?:${groupNounsBefore})\s+whose\s+$`, 'iu');
/** The "whose" clause's passive verb of a loss after the name (lossWording's passive place): " was silenced". */
const whoseLossAfter = new RegExp(
  String.raw`^\s+(?:(?:gene|expression|levels?)\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:stably|transiently|genetically|also)\s+)?(?:${alternation(lossWordsAt('passive'))})\b`,
  'iu',
);
const groupHeads = new Set(['group', 'groups', 'cells', 'lines', 'cultures', 'clones', 'subclones', 'sublines', 'mice', 'xenografts', 'tumours', 'tumors', 'strains', 'animals', 'rats']);
/** A group named by a marker of patients' tumours, not by a manipulation (manipulationOf). */
const clinicalGroup = /^(?:tumou?rs?|patients)\b/i;
/** After the manipulation, a knockout background and the group's noun: " Abcb4-/- mouse strains", " Mdr2−/− mice". */
const onBackground = /^\s+[\p{L}\p{N}]+\s?[-‐‑–−]\/[-‐‑–−]\s+(?:(?:mouse|murine|transgenic)\s+)?(\p{L}+)\b/u;
const changeWord =
  /\b(?:(enhanced|increased|elevated|up-?regulated|higher|promoted|raised|rose|augmented)|(reduced|decreased|diminished|down-?regulated|lower|inhibited|suppressed|attenuated|declined|fell|impaired))\b/gi;
/**
 * A change word anywhere in the sentence (`changeWord`'s source and case flag, not its global state): every claim
 * reports the last one of its clause. Asked first, it spares the search for a manipulated marker (issue 10, stop 40).
 */
const anyChangeWord = new RegExp(changeWord.source, 'i');
/**
 * The words one of which every match of `anyChangeWord` holds, found in the sentence's shared pass (sentenceWords.ts):
 * the search itself tried its ~20 words at every character of each sentence with a group noun, ~1% of a full check
 * (issue 10, stop 41).
 */
const changeWordGate = new LiteralGate(() => [requiredLiterals(anyChangeWord) ?? null]);
/** One change per clause: clauses end at semicolons and at ", and", ", while", ", whereas". */
const clauseBreak = /;|,\s*(?:and|while|whereas|but)\s+/gi;
/** A fronted setting or comparison before the clause's subject: its mentions are no changed molecules. */
const frontedSetting = /(?:^|,)\s*(?:following|after|upon|under|with|in\s+the\s+presence\s+of|compared\s+(?:with|to)|relative\s+to|versus)\b[^,]*$/i;

/**
 * The claims this construction made: each reports one change of a list ("A fell, and B rose"), which the
 * abstract reader otherwise takes for separate measurements with no cause (kb/abstracts.ts separateChanges).
 */
export const groupChangeClaims = new WeakSet<ExtractedClaim>();

export interface Manipulation {
  gene: EntityMention;
  /** -1 for a knockdown (its changes are the gene's opposite), +1 for an overexpression. */
  sign: number;
  end: number;
}

export function manipulationOf(sentence: SentenceSpan, m: EntityMention, to: number): Manipulation | undefined {
  const { text } = sentence;
  // The cells named before the gene by its loss: "cells lacking X", "mice deficient in X", "cells expressing dn X"
  // (vocabulary.ts lossWording, its lacking place; lossForms). The group ends with the gene's name.
  // Not "tumours without X", "patients lacking X": patients' tumours grouped by a marker are a clinical comparison, no manipulation.
  const place = placeLackingAt(text, sentence.start, m) ?? lossFormCellsBefore.exec(text.slice(Math.max(sentence.start, m.start - 80), m.start))?.[0];
  if (place && !clinicalGroup.test(place)) return { gene: m, sign: -1, end: m.end };
  // "cells whose X was silenced", "mice whose X had been knocked out": the group named by a loss in a "whose" clause
  // on its noun; the group ends with the clause's verb (stop 51, h-contra51: the clause read nothing, or its name
  // took the main verb unturned, "cells whose X was silenced showed increased Y" read as X raising Y).
  if (whoseGroupBefore.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) {
    const lostInClause = whoseLossAfter.exec(text.slice(m.end, Math.min(to, m.end + 60)));
    if (lostInClause) return { gene: m, sign: -1, end: m.end + lostInClause[0].length };
  }
  const after = text.slice(m.end, Math.min(to, m.end + 50));
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  const lost = knockdownAfter.exec(after);
  const gained = overexpressionAfter.exec(after);
  const sign = lost || knockdownBefore.test(before) ? -1 : gained ? 1 : 0;
  if (sign === 0) return undefined;
  // The phrase's head is a word of the sentence (or of the mention's name): with no group noun anywhere in them the
  // sentence is not tagged for it ("Knockdown of X inhibited tumour growth": " inhibited" reads as a loss word after
  // X; issue 10, a tagged sentence costs ~0.1 ms).
  if (mayNameGroup(sentence, m)) {
    const phrase = phraseOf(sentence, m);
    if (groupHeads.has(phrase.head) && phrase.end > m.end) return { gene: m, sign, end: phrase.end };
  }
  const manipulated = lost ?? gained;
  if (!manipulated) return undefined;
  const from = m.end + manipulated.index + manipulated[0].length;
  // The group noun right after the word of the manipulation: "X knocked down cells", "X knocked-out mice". The tagger
  // takes a participle of two words for the clause's verb, so the noun phrase ends at the name (issue 7, stop 39: the
  // changes after "showed" were then read as X's own, the wrong way round, or not at all).
  const head = /^\s+(\p{L}+)\b/u.exec(text.slice(from, Math.min(to, from + 20)));
  if (head && groupHeads.has(head[1].toLowerCase())) return { gene: m, sign, end: from + head[0].length };
  // A mouse line bred on a knockout background names that background between ("X-deficient Y-/- mice"): the
  // noun phrase stops at the second gene's name, yet the group is still the one that lacks X.
  const background = onBackground.exec(text.slice(from, Math.min(to, from + 60)));
  return background && groupHeads.has(background[1].toLowerCase()) ? { gene: m, sign, end: from + background[0].length } : undefined;
}

/**
 * Whether a group noun occurs in the sentence or in the mention's name, in lower case and anywhere (inside a word
 * too): phraseOf's head is the lower case of a word of the sentence, or the last word of the name, so without one
 * no head is a group noun.
 */
function mayNameGroup(sentence: SentenceSpan, m: EntityMention): boolean {
  const lower = sentence.text.slice(sentence.start, sentence.end).toLowerCase();
  const name = m.text.toLowerCase();
  for (const noun of groupHeads) if (lower.includes(noun) || name.includes(noun)) return true;
  return false;
}

export function manipulatedGroupClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, mentions, kb } = sentence;
  if (changeWordGate.mayMatch(text, start, end)[0] === 0) return [];
  if (!anyChangeWord.test(text.slice(start, end))) return [];
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  let manipulation: Manipulation | undefined;
  for (const m of inSentence) {
    if (!isMarkerType(typeOf(m))) continue;
    manipulation = manipulationOf(sentence, m, end);
    if (manipulation) break;
  }
  if (!manipulation) return [];
  const { gene, sign } = manipulation;
  const breaks = [...allMatches(clauseBreak, text.slice(start, end))].map((b) => ({ at: start + b.index, after: start + b.index + b[0].length }));
  const clauses = [start, ...breaks.map((b) => b.after)].map((from, i) => ({ from, to: breaks[i]?.at ?? end }));
  const claims: ExtractedClaim[] = [];
  for (const clause of clauses) {
    const words = [...allMatches(changeWord, text.slice(clause.from, clause.to))];
    const word = words[words.length - 1];
    if (!word) continue;
    const at = clause.from + word.index;
    // In the group's own clause its change follows it ("invasion of the X-silenced group was reduced"); a verb before
    // it has a subject of its own ("IL-11 promoted the invasion of STAT3-deficient cells": IL-11 acts on the group).
    if (gene.start >= clause.from && gene.start < clause.to && at < manipulation.end) continue;
    const rising = word[1] !== undefined ? 1 : -1;
    for (const m of inSentence) {
      if (m.start < clause.from || m.end > at || m.entityId === gene.entityId) continue;
      if (m.start >= gene.start && m.end <= manipulation.end) continue;
      if (!canChange(typeOf(m))) continue;
      if (frontedSetting.test(text.slice(clause.from, m.start))) continue;
      if (claims.some((c) => c.object.entityId === m.entityId)) continue;
      const claim = claimOf(sentence, gene, sign * rising > 0 ? 'increases' : 'decreases', m, { inverted: sign < 0, start: Math.min(gene.start, m.start), end: at });
      groupChangeClaims.add(claim);
      claims.push(claim);
    }
  }
  return claims;
}

export const manipulatedGroup: Construction = {
  name: 'manipulated-group',
  reads: '"migration of the shRNA-X group was enhanced; the levels of A rose": X lowers migration and A (an overexpression: raises)',
  // Every reading needs the group's head noun (manipulationOf): the nouns themselves, so that a noun added to the
  // set is a trigger too ("strains", "animals" and "rats" were missing from the list written out here before).
  triggers: [...groupHeads],
  example: 'Compared with the control group, invasion of the vimentin-silenced group was markedly reduced, and Snail mRNA levels fell.',
  expected: ['VIM increases CELL_INVASION', 'VIM increases NCBIGENE_6615'],
  // The gene's changes, in place of the reader's claims on them (one change does not cause the next).
  apply: (claims, sentence) => replacingChanges(claims, manipulatedGroupClaims(sentence)),
};
