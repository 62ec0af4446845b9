// Where the first participant's phrase stands in its clause, in anchored reading: a phrase inside the clause's
// subject that makes the participant its agent ("matrix degradation by X", "pathways mediated by X"), a name among
// the examples after the subject ("factors such as A, B and C are raised"), and a time clause whose subject is the
// second participant ("when X was silenced"). These decide whose predicate the cue is, not what it says, so they
// sit apart from the cue reading in the entry point (anchored.ts).
import { looksLikeParticiple, type Chunk, type ChunkWord } from '../../language/chunks';
import { subjectExamples, exchangeNouns } from '../cues';
import { type Phrase, entitiesIn } from './phrases';
import { isNameOnly, joinWord } from './lists';

/**
 * "Several factors of spread, such as adhesion proteins (A, B, C, and D), are raised in hypoxic tumours", "Such
 * genes, such as the enzymes, A, B, and C, are ...": a name alone in its noun phrase, among the examples after
 * "such as" that follow the clause's subject (cues.ts subjectExamples), shares the subject's predicate. The
 * examples hold only noun phrases (class nouns and names, a participle modifying the noun after it), commas,
 * "and"/"or" and brackets, and end at a comma or a closing bracket right before the predicate's verb; the subject
 * is a noun phrase whose head is no name, with its own phrases, opening the clause. Returns the phrase from the
 * subject to the end of the examples, or undefined.
 */
export function exampleOfSubject(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number, secondChunk: number, own: Phrase): Phrase | undefined {
  if (own.firstChunk !== k || own.lastChunk !== k || own.preposition !== '' || !isNameOnly(words, chunks[k])) return undefined;
  const word = (c: Chunk | undefined): string => (c ? words[c.head].lower : '');
  const joiner = (c: Chunk): boolean => c.kind === 'O' && subjectExamples.joiners.has(joinWord(words, c));
  const modifier = (n: number): boolean => chunks[n].kind === 'VG' && chunks[n].to === chunks[n].from + 1 && /(?:ing|ed)$/.test(word(chunks[n])) && chunks[n + 1]?.kind === 'NP';
  const example = (n: number): boolean => chunks[n].kind === 'NP' || joiner(chunks[n]) || modifier(n);
  let open = k - 1;
  // ("such as" opens the examples: "as" a preposition before a noun phrase, or alone before one.)
  const opener = (c: Chunk): boolean => ((c.kind === 'PP' && c.lemma === 'as') || ((c.kind === 'O' || c.kind === 'ADVP') && c.to === c.from + 1 && word(c) === 'as'));
  while (open > 0 && k - open <= subjectExamples.span && !(opener(chunks[open]) && chunks[open - 1].kind === 'ADJP' && word(chunks[open - 1]) === 'such')) {
    if (!example(open)) return undefined;
    open--;
  }
  if (open <= 0 || k - open > subjectExamples.span) return undefined;
  // The subject: a noun phrase whose head is no name, with its phrases and a participle, before "such" and a comma.
  let start = open - 2;
  if (word(chunks[start]) === ',' && chunks[start].kind === 'O') start--;
  const describing = (c: Chunk): boolean => c.kind === 'PP' || (c.kind === 'VG' && c.to === c.from + 1 && /ed$/.test(words[c.head].lower));
  while (start > 0 && describing(chunks[start])) start--;
  const subject = chunks[start];
  if (subject?.kind !== 'NP' || words[subject.head].entity) return undefined;
  // What comes before the subject: nothing, or a fronted adverb or phrase without a name and its comma.
  const before = chunks.slice(0, start);
  if (before.length > 0 && !(word(before[before.length - 1]) === ',' && before.slice(0, -1).every((c) => (c.kind === 'ADVP' || c.kind === 'PP' || (c.kind === 'O' && c.to === c.from + 1 && /^[a-z]+$/.test(word(c)))) && entitiesIn(words, c).length === 0))) return undefined;
  let close = k;
  while (close + 1 < secondChunk && close - k <= subjectExamples.span && example(close + 1) && chunks[close + 1].kind !== 'VG' && chunks[close + 2]?.kind !== 'VG') close++;
  if (close + 1 < secondChunk && example(close + 1) && chunks[close + 1].kind !== 'VG') close++;
  // The examples end at a comma or a closing bracket right before the predicate's verb, or at a last example
  // after "and"/"or" ("..., and adhesion molecules are raised").
  const closed = chunks[close].kind === 'O' ? [',', ')'].includes(word(chunks[close])) : close > k && chunks.slice(k + 1, close).some((c) => c.kind === 'O' && ['and', 'or'].includes(joinWord(words, c)));
  if (!closed) return undefined;
  let verb = close + 1;
  while (chunks[verb]?.kind === 'ADVP') verb++;
  const predicate = chunks[verb];
  if (predicate?.kind !== 'VG' || verb >= secondChunk || (predicate.to === predicate.from + 1 && looksLikeParticiple(words[predicate.head].lower))) return undefined;
  return { firstChunk: start, lastChunk: close, preposition: '', sign: own.sign, change: own.change };
}

/** Deverbal nouns, the heads of nominal events ("degradation", "cleavage", "signalling"). */
const nominalEvent = /(?:tion|sion|ment|ance|ence|sis|ing|age|ure)s?$/;

/**
 * A first participant in a phrase of the clause's subject that makes it the agent: "matrix degradation by X"
 * (the agent of a nominal event without an entity of its own), "pathways mediated by X" (a reduced relative of
 * mediation), "pathways such as X" (an example of the subject's class). The phrase then starts where the
 * subject starts, and the checks of what opens the clause apply to it.
 */
export function subjectOfPhrase(words: readonly ChunkWord[], chunks: readonly Chunk[], phrase: Phrase): Phrase {
  const k = phrase.firstChunk;
  const before = chunks[k - 1];
  const plainNoun = (c: Chunk | undefined): boolean => c?.kind === 'NP' && entitiesIn(words, c).length === 0;
  // ("STAT3 activation by IL-6 promotes invasion": an entity in the nominal is what the agent acts on.)
  if (phrase.preposition === 'by' && before?.kind === 'NP' && !words[before.head].entity && nominalEvent.test(words[before.head].lower)) return { ...phrase, firstChunk: k - 1, preposition: '' };
  if (phrase.preposition === 'by' || phrase.preposition === 'through') {
    // "pathways mediated through or by IRS-1": bare prepositions joined by "or" go with the last.
    let v = k - 1;
    while (v >= 2 && chunks[v].kind === 'O' && ['or', 'and'].includes(words[chunks[v].head].lower) && chunks[v - 1].kind === 'PP' && chunks[v - 1].to === chunks[v - 1].from + 1) v -= 2;
    const verb = chunks[v];
    if (verb?.kind === 'VG' && verb.from === verb.to - 1 && ['mediated', 'transduced', 'relayed'].includes(words[verb.head].lower) && plainNoun(chunks[v - 1])) return { ...phrase, firstChunk: v - 1, preposition: '' };
  }
  // "Crosstalk between X and Y plays a role in Z" (cues.ts exchangeNouns): the first partner of the exchange
  // stands for the exchange; its partner after "and" belongs to the phrase.
  if (exchangeNouns.prepositions.has(phrase.preposition) && plainNoun(before) && before!.from + 1 >= before!.head && exchangeNouns.nouns.has(words[before!.head].lower) && phrase.lastChunk === k) {
    const and = chunks[k + 1];
    const partner = chunks[k + 2];
    if (and?.kind === 'O' && words[and.head].lower === 'and' && partner?.kind === 'NP' && chunks[k + 3]?.kind === 'VG') return { ...phrase, firstChunk: k - 1, lastChunk: k + 2, preposition: '' };
  }
  if (phrase.preposition === 'as' && before?.kind === 'ADJP' && words[before.head].lower === 'such') {
    // "A number of pathways such as X": the class noun and its "of" phrases, without entities.
    let start = k - 1;
    while (start > 0 && (plainNoun(chunks[start - 1]) || (chunks[start - 1].kind === 'PP' && entitiesIn(words, chunks[start - 1]).length === 0))) start--;
    if (start < k - 1 && chunks[start].kind === 'NP') return { ...phrase, firstChunk: start, preposition: '' };
  }
  return phrase;
}

const timeOpeners = new Set(['when', 'once', 'whenever']);
const timePrepositions = new Set(['after', 'upon', 'following', 'before', 'until']);
/** Whether the second participant's phrase is the subject of a time clause: "when X was silenced", "after X had been depleted". */
export function timeClauseOpens(words: readonly ChunkWord[], chunks: readonly Chunk[], firstEnd: number, second: Phrase): boolean {
  // (Another name between the two stops the pair anyway, and says so: the path reader's reason is kept.)
  if (chunks.slice(firstEnd + 1, second.firstChunk).some((c) => words.slice(c.from, c.to).some((w) => w.entity))) return false;
  const opener = chunks.slice(firstEnd + 1, second.firstChunk + 1).some((c) => (c.kind === 'O' || c.kind === 'ADVP') && timeOpeners.has(words[c.head].lower)) || timeOpeners.has(second.preposition);
  if (opener) return true;
  const verb = chunks[second.lastChunk + 1];
  return timePrepositions.has(second.preposition) && verb?.kind === 'VG' && finiteHead(words, verb) && !observationVerbs.has(verb.lemma);
}

/** "A rise in Y after X was seen": a verb of observing after the name is the main clause's, not a time clause's. */
const observationVerbs = new Set(['see', 'observe', 'find', 'note', 'detect', 'show', 'measure', 'report', 'record', 'demonstrate', 'confirm', 'document', 'reveal']);

/** A verb group with a finite auxiliary or verb of its own ("was silenced", "had been lost"), not a bare participle. */
function finiteHead(words: readonly ChunkWord[], verb: Chunk): boolean {
  return ['was', 'were', 'is', 'are', 'had', 'has', 'have'].includes(words[verb.from].lower);
}
