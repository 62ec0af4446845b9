// Issue 7 (experiment): a last-resort reading of a pair the library links, for a sentence from which nothing else
// (frames, constructions, anchored pairs) read any claim. It reads a claim only when the two names stand in the
// library's order (its subject first), in one clause, with only ordinary words between them, and those words carry
// one direction from the verb lexicon (vocabulary.ts): never from the two names standing together alone. It runs
// after anchored reading (analyzeBlock.ts) behind `lastResortReading.enabled`, so eval can measure it alone
// (`--no-last-resort`).
import { restrictedClass } from './restrictedClass';
import { isClassNoun, namesAlteredFormAt, namesOtherThingAt, ownSignalling } from './cues';
import { namedByRelationTo, objectNamedByRelationTo, setApartAt } from './roles';
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { placeTypes } from '../kb/schema';
import { verifyClaim } from '../verify/verify';
import { type Construction, claimOf, mentionsIn, phraseOf, type SentenceSpan } from './construction';
import type { ExtractedClaim, SentenceReading } from './extract';
import { tokenize, type Token } from './tokens';
import { changeOnlyVerbs, clauseBreakers, decreasingNouns, failureNouns, neutralChangeNouns, lossOfFunctionAfter, lossOfFunctionBefore, lossOfFunctionPrefixes, relationSign, verbTrigger } from './vocabulary';

/** Eval turns it off (`--no-last-resort`) to measure what it adds; `conditions` narrow or widen it (eval only). */
export const lastResortReading = {
  enabled: true,
  /** The most words between the two names. */
  maxGap: 8,
  /** A comma between the two ends the clause. */
  commaBreaks: true,
  /** Any other name between the two (not only one of the same type) stops the reading. */
  noEntityBetween: true,
  /** Both names must head their phrases (or stand before their own amount or activity). */
  ownHeadsOnly: true,
  /** How many reads it made (eval only). */
  reads: 0,
};

// Words after which the second name is the agent or the two are only compared or measured together ("X was
// raised by Y", "X rose with Y", "X than Y"): the library's order would then be the sentence's order by chance.
const agentSecondOrCompared = new Set(['by', 'after', 'following', 'upon', 'under', 'response', 'with', 'than', 'versus', 'vs', 'compared', 'relative', 'like', 'unlike', 'between', 'among', 'from']);
// Words that open another clause between the two, or ask rather than say.
const clauseWords = new Set([...clauseBreakers, 'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'if', 'and', 'or', 'nor', 'because', 'since', 'as', 'whereby', 'thereby']);
const negations = new Set(['not', 'no', 'never', 'neither', 'nor', 'without', 'failed', 'fail', 'fails', 'unable', 'cannot', "n't", 'none']);
// A sentence that asks, aims or proposes to test says nothing read here.
const askingSentence = /\?|\b(?:whether|if|to (?:test|examine|investigate|determine|assess|explore|evaluate|study|ask|clarify))\b|\bwe (?:investigated|examined|asked|tested|explored|evaluated|assessed|studied|sought|aimed|hypothesi[sz]ed)\b|\b(?:aim|aims|goal|purpose|objective|question|hypothesis)\b/iu;

// A name read here must head its phrase, or stand before a noun that names its own amount or activity: "STAT3
// target genes", "IL-11-secreting cells" name other things, which the library's fact on the name does not cover.
const ownHeads = new Set(['expression', 'level', 'levels', 'activity', 'activation', 'phosphorylation', 'production', 'secretion', 'signalling', 'signaling', 'protein', 'mrna', 'abundance', 'concentration', 'concentrations']);

/** Words before a name that make it an altered form: "mutant STAT3", "mutated KRAS". */
const alteredFormBefore = new Set(['mutant', 'mutants', 'mutated']);

function headsOwnPhrase(sentence: SentenceSpan, m: EntityMention): boolean {
  const { head } = phraseOf(sentence, m);
  const last = m.text.toLowerCase();
  // ("IL-6 trans-signaling": a compound whose last part names the entity's signalling is its own, h-tag36.)
  return head === last.slice(last.lastIndexOf(' ') + 1) || ownHeads.has(head) || (ownSignalling.nouns.has(head.slice(head.lastIndexOf('-') + 1)) && head.includes('-'));
}

function linkedInOrder(kb: KnowledgeBase, subject: string, object: string): boolean {
  const ids = (x: string): string[] => [x, ...kb.standIns(x).map((s) => s.id)];
  for (const s of ids(subject)) {
    for (const o of ids(object)) {
      if (s === o) continue;
      const verdict = verifyClaim({ subject: s, relation: 'regulates', object: o, mediators: [], context: [], negated: false }, kb).verdict;
      if (verdict === 'supported' || verdict === 'contradicted') return true;
    }
  }
  return false;
}

/** The sign the words between carry (+1, -1), or 0 when none or when they disagree; 'unsigned' after a noun of change with no direction ("caused changes in"). */
function directionBetween(tokens: readonly Token[], from: number, to: number): number | 'unsigned' {
  let sign = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    // ("X caused changes in Y": the verb's cause reaches Y through a change that names no direction; "X prevented
    // changes in Y" says less than an effect on Y, and is not read.)
    if (neutralChangeNouns.has(t.lower)) return sign > 0 ? 'unsigned' : 0;
    // ("X levels rose during Y": a verb of change said of X alone relates it to nothing after it.)
    if (changeOnlyVerbs.has(t.lower)) return 0;
    const trigger = verbTrigger(t.lower);
    const s = trigger ? relationSign(trigger) : decreasingNouns.has(t.lower) ? -1 : 0;
    if (s === 0) continue;
    if (sign !== 0 && s !== sign) return 0;
    sign = s;
  }
  return sign;
}

/** The subject is named by its loss of function ("knockdown of X", "X silencing", "anti-X"). */
function namedByLoss(tokens: readonly Token[], i: number, text: string): boolean {
  const before = tokens[i - 1];
  const beforeOf = tokens[i - 1]?.lower === 'of' ? tokens[i - 2] : undefined;
  const after = tokens[i + 1];
  const prefix = /([a-z]+)-$/iu.exec(text.slice(Math.max(0, tokens[i].start - 6), tokens[i].start));
  return (before?.kind === 'word' && lossOfFunctionBefore.has(before.lower)) || (beforeOf?.kind === 'word' && lossOfFunctionBefore.has(beforeOf.lower)) || (after?.kind === 'word' && lossOfFunctionAfter.has(after.lower)) || (prefix !== null && lossOfFunctionPrefixes.has(prefix[1].toLowerCase()));
}

function readLastResort(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const mentions: readonly EntityMention[] = mentionsIn(sentence);
  if (new Set(mentions.map((m) => m.entityId)).size < 2) return [];
  if (askingSentence.test(text.slice(start, end))) return [];
  const tokens = tokenize(text, start, end, mentions);
  const typeOf = (t: Token): string | undefined => kb.entities.get(t.mention!.entityId)?.type;
  const read: ExtractedClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'entity') continue;
    // "X-induced Y", "X–driven Y": a participle joined to the name modifies a noun phrase, whose event a verb
    // may prevent or take for granted ("D blocked X-induced Y"); only a word apart from the name reads here.
    if (!/^\s/u.test(text.slice(tokens[i].end, tokens[i].end + 1))) continue;
    // "A key regulator of STAT3 increased Y": the subject is the molecule named by its relation to STAT3 (roles.ts).
    if (namedByRelationTo(tokens, i)) continue;
    // "STAT3 target genes", "STAT3 double mutant cells", "cells carrying mutant STAT3": the phrase names another thing
    // or an altered form of the name, whose effect may go either way (cues.ts otherThingHeads; issue 7, stop 51).
    if (namesOtherThingAt(tokens, i) || ((namesAlteredFormAt(tokens, i) || (tokens[i - 1]?.kind === 'word' && alteredFormBefore.has(tokens[i - 1].lower))) && !namedByLoss(tokens, i, text))) continue;
    // "Factors other than IL-11 drive EMT", "besides IL-11", "apart from IL-11": the name set apart is what the subject is not (roles.ts setApartAt).
    if (setApartAt(tokens, i) && !placeTypes.has(typeOf(tokens[i]) ?? '')) continue;
    for (let j = i + 1; j < tokens.length && j - i - 1 <= lastResortReading.maxGap; j++) {
      const t = tokens[j];
      if (t.kind === 'punct' && (t.text !== ',' || lastResortReading.commaBreaks)) break;
      if (t.kind === 'word' && (clauseWords.has(t.lower) || agentSecondOrCompared.has(t.lower))) break;
      if (t.kind !== 'entity') continue;
      // "X upregulates negative regulators of Y": the second name's phrase names other molecules (roles.ts).
      if (objectNamedByRelationTo(tokens, j, i + 1)) continue;
      const a = tokens[i].mention!;
      const b = t.mention!;
      if (a.entityId === b.entityId || typeOf(tokens[i]) === 'experimental-system' || typeOf(t) === 'experimental-system') break;
      // "the STAT3 cytokine drives Y": a class noun right after a name names the name's kind, never the class in
      // general (cues.ts isClassNoun, as anchored reading has it; stop 34: read as cytokines driving Y).
      if (i > 0 && tokens[i - 1].kind === 'entity' && !tokens[i].hyphenBefore && isClassNoun(tokens[i].lower)) break;
      // "X causes the failure of Y to activate": Y's own act fails, which says nothing of X raising Y (issue 7, stop 48:
      // the cause verb alone between gave X raising Y). "the failure of Y" with no act after it is roles.ts's fall.
      if (tokens[j + 1]?.lower === 'to' && tokens[j - 1]?.lower === 'of' && tokens.slice(i + 1, j - 1).some((w) => failureNouns.has(w.lower))) break;
      const between = directionBetween(tokens, i + 1, j);
      let sign = between === 'unsigned' ? 1 : between;
      if (sign !== 0 && linkedInOrder(kb, a.entityId, b.entityId) && (!lastResortReading.ownHeadsOnly || (headsOwnPhrase(sentence, a) && headsOwnPhrase(sentence, b)))) {
        let negated = false;
        for (let k = i + 1; k < j; k++) if (tokens[k].kind === 'word' && negations.has(tokens[k].lower)) negated = true;
        const inverted = namedByLoss(tokens, i, text);
        if (inverted) sign = -sign;
        read.push(claimOf(sentence, a, between === 'unsigned' ? 'regulates' : sign > 0 ? 'increases' : 'decreases', b, { negated, inverted }));
      }
      // The first name after the subject ends its reach (with `noEntityBetween`), or the first of either's type.
      if (lastResortReading.noEntityBetween || typeOf(t) === typeOf(tokens[i])) break;
    }
  }
  lastResortReading.reads += read.length;
  return read;
}

export const lastResort: Construction = {
  name: 'last-resort',
  reads: '"X raised Y" where nothing else read a claim: a pair the library links, in its order, one clause, a lexicon direction word between and no other name',
  example: 'Keeping the cultures in low oxygen markedly increased their IL-11 expression.',
  expected: ['HYPOXIA increases IL11'],
  apply(claims, sentence) {
    if (claims.length > 0) return claims;
    return readLastResort(sentence);
  },
};

/** The reading with the last-resort claims when nothing else read one (analyzeBlock.ts, after anchored reading). */
export function withLastResort(reading: SentenceReading, text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase): SentenceReading {
  if (!lastResortReading.enabled || reading.claims.length > 0 || mentions.length < 2) return reading;
  const sentence = { text, start, end, mentions, kb, hedged: reading.hedged };
  // A class noun narrowed by a name ("Th2-type cytokines") is that family here too (restrictedClass.ts).
  const claims = restrictedClass.apply(lastResort.apply([], sentence), sentence);
  return claims.length === 0 ? reading : { ...reading, claims };
}
