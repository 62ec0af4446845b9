// Matching a pair's path against the cue table (cues.ts cueRows) in anchored reading: `pathMatches` tests one
// row's chunk pattern and prepositions against the path (each row compiled once, as every row is tried for every
// pair), and `lexiconCue` derives a cue from the trigger lexicon for a verb phrase no hand row names ("switches
// on", "acts upstream of", "proved essential for", "is regarded as a driver of"). The tables say what a path
// means; this module only asks them, so rows can grow without touching the reader.
import { looksLikeParticiple, type Chunk, type ChunkWord } from '../../language/chunks';
import { verbStems, type CueRow } from '../cues';
import { phraseTriggerOf, groupTrigger } from '../vocabulary';
import type { Phrase } from './phrases';

/**
 * Cues derived from the trigger lexicon (vocabulary.ts phraseTriggers): one rule for every verb phrase of the
 * lexicon that no hand row names. From the verb group's main verb to the second participant's preposition, the
 * words are one of the lexicon's phrases ("switches on", "acts upstream of", "goes hand in hand with", "interacts
 * with", "requires"). The verb group's auxiliaries, modals and hedges before its main verb ("may", "has been shown
 * to", "appears to") say nothing of the relation, and a copula ("is", "was found to be") goes with them before an
 * adjective or agent noun of the lexicon ("essential for", "an inducer of": a noun phrase is read by its head).
 * The lexicon gives the relation and which participant acts (`reversed`: "X requires Y", the cause follows); a
 * passive of a one-word phrase with "by" turns the agent round again. Adverbs between are read both ways: part of
 * the phrase ("acts upstream of") or left out ("contributes significantly to"). Denial, hedges and the
 * participants' signs are read after it as for any row.
 */
export function lexiconCue(words: readonly ChunkWord[], all: readonly Chunk[], path: readonly Chunk[], second: Phrase): CueRow | undefined {
  const verb = path[0];
  if (verb?.kind !== 'VG') return undefined;
  const end = all[second.firstChunk].from;
  const preposition = second.preposition === '' ? [] : [second.preposition];
  if (preposition.length > 0 && words[end]?.lower !== second.preposition) return undefined;
  // A copula, a linking verb ("proved essential for", "remains a driver of") or a passive of judging ("is regarded
  // as an activator of", "was considered a driver of") says nothing itself: what follows it is the phrase.
  const alone = verb.head === verb.to - 1;
  const linking = words[verb.to - 1].lemma === 'be' || (alone && linkingVerbs.has(verb.lemma)) || (alone && verb.passive === true && judgingVerbs.has(verb.lemma));
  const copula = linking && end > verb.to;
  const start = copula ? verb.to : verb.head;
  if (end <= start) return undefined;
  const lower = (from: number, to: number): string[] => words.slice(from, to).map((w) => w.lower);
  const own = copula ? [] : lower(verb.head, verb.to);
  const rest = path.slice(1);
  // The path's chunks (adverbs left out), with noun phrases whole or by their head ("a potent inducer", "as a
  // regulator"), and the words as written.
  // ("one of the main drivers of": the noun after "one of" is the head.)
  const byHead = (c: Chunk): boolean => c.kind === 'NP' || (c.kind === 'PP' && c.lemma === 'as');
  const oneOf = (c: Chunk, n: number): boolean => c.kind === 'NP' && words[c.head].lower === 'one' && c.to === c.from + 1 && rest[n + 1]?.kind === 'PP' && rest[n + 1].lemma === 'of';
  const spans = [
    [...own, ...rest.flatMap((c) => lower(c.from, c.to))],
    [...own, ...rest.flatMap((c, n) => (oneOf(c, n) ? [] : byHead(c) || (n > 0 && oneOf(rest[n - 1], n - 1)) ? [words[c.head].lower] : lower(c.from, c.to)))],
    lower(start, end),
  ];
  for (const span of spans) {
    const meaning = phraseTriggerOf([...span, ...preposition]);
    // (A predicative phrase, "an inhibitor of", "upstream of", is said of the subject only after a copula.)
    if (meaning && !(meaning.predicative && !copula)) return { name: 'lexicon phrase', path: '', second: second.preposition, agent: meaning.reversed ? 'second' : 'first', relation: meaning.relation, example: '', reads: '' };
  }
  // "X is required by Y": the passive of a one-word phrase names its agent with "by".
  const passive = verb.passive === true && !copula && path.length === 1 && second.preposition === 'by' ? phraseTriggerOf([words[verb.head].lower]) : undefined;
  if (passive) return { name: 'lexicon phrase', path: '', second: 'by', agent: passive.reversed ? 'first' : 'second', relation: passive.relation, example: '', reads: '' };
  return undefined;
}

/** Verbs that link a subject to what it is, as a copula does: "X proved essential for Y", "X remains a driver of Y". */
const linkingVerbs: ReadonlySet<string> = new Set(['become', 'remain', 'seem', 'appear', 'prove', 'stay']);
/** Verbs whose passive says what the subject is judged to be: "X is regarded as a driver of Y", "was identified as". */
const judgingVerbs: ReadonlySet<string> = new Set(['consider', 'regard', 'identify', 'recognize', 'recognise', 'view', 'see', 'establish', 'propose', 'describe', 'characterize', 'characterise']);

/** A cue row's path and prepositions parsed once (pathMatches runs for every row of every pair read). */
interface CompiledRow {
  second: ReadonlySet<string>;
  elements: readonly { kind: string; voice: string; lemmas?: readonly string[] }[];
}
const compiledRows = new Map<CueRow, CompiledRow>();

function compiled(row: CueRow): CompiledRow {
  let known = compiledRows.get(row);
  if (!known) {
    const elements = (row.path === '' ? [] : row.path.split(' ')).map((element) => {
      const [head, lemmas] = element.split('=');
      const [kind, voice = ''] = head.split(':');
      return { kind, voice, ...(lemmas ? { lemmas: lemmas.split('|') } : {}) };
    });
    known = { second: new Set(row.second.split('|')), elements };
    compiledRows.set(row, known);
  }
  return known;
}

export function pathMatches(row: CueRow, path: readonly Chunk[], words: readonly ChunkWord[], preposition: string): boolean {
  const { second, elements } = compiled(row);
  if (!second.has(preposition) || elements.length !== path.length) return false;
  return elements.every(({ kind, voice, lemmas }, k) => {
    const c = path[k];
    if (c.kind !== kind) return false;
    // A participle alone after a noun ("IL-11 induced by hypoxia") is a reduced passive.
    // "was shown to be", "is believed to be": a group that ends in a copula is no passive, whatever verb raised it.
    const passive = c.passive === true && words[c.to - 1].lemma !== 'be';
    if (kind === 'VG' && (voice === 'participle' ? !(!c.passive && c.to === c.from + 1 && looksLikeParticiple(words[c.head].lower)) : (voice === 'passive') !== passive)) return false;
    if (lemmas) {
      if (kind !== 'VG') return lemmas.some((l) => l === c.lemma || l === words[c.head].lower);
      // "appears to be", "is thought to be": a group that ends in "be" is a copula.
      if (lemmas.some((l) => l === c.lemma || (l === 'be' && words[c.to - 1].lemma === 'be'))) return true;
      const stems = verbStems(words[c.head].lower);
      return lemmas.some((l) => stems.includes(l));
    }
    // A bare VG is a relation verb the lexicon knows.
    return kind !== 'VG' || groupTrigger(words[c.head].lower, c.lemma) !== undefined;
  });
}
