// Coordination (issue 7): "A and B play a role in Y" says it of A and of B. The verb reader groups a coordinated
// subject itself (extract.ts subjectGroup); this is the one step the other readers use to distribute a relation
// over the members coordinated with the participant they found, so that a frame does not bind only the nearest
// of them. Members are joined by "and", "or", "nor", commas, "as well as", "but also" (so "both A and B",
// "neither A nor B", "not only A but also B" hold two members; the opener is the reader's business), and "but also"
// or "and" with the preposition of the first member said again ("not only of A but also of B", "of A and of B"). What does not join: "but not" and "rather than" (a contrast, read elsewhere),
// "together with" / "along with" (a partner, not a second agent), a preposition (the list belongs to another
// phrase: "in cells with A and B"), and a member of another kind ("IL-6 and cell migration" is no list of agents).
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Chunk, ChunkWord } from '../language/chunks';
import type { Token } from './tokens';

/** Single words that join two members. */
const joiners = new Set(['and', 'or', 'nor', 'plus']);

/**
 * The kinds of participant that may share one role in a list: agents (molecules, drugs, conditions), processes,
 * diseases and places. A member of another kind than its neighbour ends the list.
 */
function kindOf(type: string): string {
  switch (type) {
    case 'process': case 'phenotype': return 'process';
    case 'disease': return 'disease';
    case 'cell-line': case 'cell-type': case 'experimental-system': return 'place';
    default: return 'agent';
  }
}

/**
 * Whether the tokens strictly between two entities, `from` < `to`, join them as members of one list: only
 * commas and joiners, or one of the multi-word joiners ", as well as", "but also" (with an optional comma).
 */
export function joins(tokens: readonly Token[], from: number, to: number): boolean {
  const words: string[] = [];
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'entity') return false;
    if (t.text === ',') continue;
    words.push(t.lower);
  }
  const phrase = words.join(' ');
  if (words.length === 0) return to - from === 2; // "A, B" (one comma), not "A B"
  if (words.length === 1) return joiners.has(words[0]) || words[0] === '/';
  if (phrase === 'as well as' || phrase === 'but also' || phrase === 'and also') return true;
  // "the signals not only of A but also of B", "not only in A but also in B": the second member repeats the
  // preposition that governs the first, so both stand in one phrase (issue 7, stop 49: "but also of" ended the list
  // and B's claim went unread). Only the preposition right before the first member: "A but also of B" after another
  // word is no parallel.
  if (words.length === 3 && words[0] === 'but' && words[1] === 'also' && tokens[from - 1]?.kind === 'word' && tokens[from - 1].lower === words[2] && parallelPrepositions.has(words[2])) return true;
  // "the signals of A and of B": the same list said with "and" (stop 50: "not only of A but also of B" is judged as
  // "of A and of B" is, so the plain form must hold both members too; B's claim went unread).
  if (words.length === 2 && (words[0] === 'and' || words[0] === 'or') && tokens[from - 1]?.kind === 'word' && tokens[from - 1].lower === words[1] && parallelPrepositions.has(words[1])) return true;
  // "IL-11, and to a lesser extent IL-6, raised Y": a degree said of the second member joins it all the same (issue 7,
  // stop 38: the second subject went unread, so a backed first member spoke for an unbacked sibling).
  if (degreeJoin.test(phrase)) return true;
  return describedMember(words);
}

/** Prepositions a "not only ... but also" list may repeat before its second member. */
const parallelPrepositions = new Set(['of', 'in', 'by', 'on', 'to', 'for', 'from', 'with']);

/** "and to a lesser extent", "and, to some degree,", "or to a similar extent" (commas left out): a join with a degree. */
export const degreeJoin = /^(?:and|or) (?:to|in) (?:a |an |some |the same )?(?:(?:lesser|smaller|greater|larger|similar|much|far|lower|minor|comparable|certain) )*(?:extent|degree)$/;

/**
 * "IL-6 and its downstream effector STAT3", "IL-11 and the receptor subunit gp130": a joiner, then a determiner and
 * up to three describing words that open the next member's noun phrase (the words say what the member is, as an
 * apposition does). No preposition, verb of being or relative word among them: "A and the level of B" is no list.
 * The same opening as a list member's in analyzeBlock.ts (memberDescription).
 */
function describedMember(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 5 || (words[0] !== 'and' && words[0] !== 'or')) return false;
  if (!memberDeterminers.has(words[1])) return false;
  return words.slice(2).every((w) => /^[a-z][a-z-]*$/.test(w) && !notDescribing.has(w));
}

const memberDeterminers = new Set(['the', 'its', 'their']);
const notDescribing = new Set(['in', 'of', 'on', 'by', 'to', 'for', 'with', 'from', 'at', 'into', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'and', 'or', 'not', 'than', 'as', 'no', 'without', 'other', 'same']);

/**
 * The entities coordinated with the one at `index` that come before it, nearest first: "A, B and C play a role
 * in Y" gives B and A for C. Empty when the list is opened by a contrast or a partner word, or holds a member of
 * another kind than the one at `index`.
 */
export function conjunctsBefore(tokens: readonly Token[], index: number, kb: KnowledgeBase): number[] {
  const kind = kindOf(kb.entities.get(tokens[index].mention?.entityId ?? '')?.type ?? '');
  const found: number[] = [];
  let last = index;
  // Six tokens: the longest join, a described member ("and its major downstream effector", describedMember).
  for (let k = index - 1; k >= 0 && k >= last - 6; k--) {
    if (tokens[k].kind !== 'entity') continue;
    // The member at `index` closes the list with a word ("A, B and C"): a comma alone before it ends a list that
    // belongs to an earlier phrase ("In cells with A and B, C raised Y").
    if (!joins(tokens, k, last) || (last === index && k === index - 2 && tokens[k + 1].text === ',')) break;
    if (kindOf(kb.entities.get(tokens[k].mention!.entityId)?.type ?? '') !== kind) return [];
    found.push(k);
    last = k;
  }
  return found;
}

/** "Neither A nor B ...": a list opened by "neither" denies what it is said of, for every member. */
export function deniedList(tokens: readonly Token[], members: readonly number[]): boolean {
  const first = Math.min(...members);
  return tokens[first - 1]?.lower === 'neither';
}

/** Whether the tokens between two members hold a joining word: the list is closed at `to` ("A and B"). */
export function closedBy(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k].kind === 'word' && joiners.has(tokens[k].lower)) return true;
  return false;
}

/** Whether two members are parted by a comma and nothing else: "A, B". */
export function bareComma(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 2 && tokens[from + 1].text === ',';
}

// The same step over the chunks knowledge-anchored reading works on (anchored.ts).

/** The chunk before `member` is a passive verb and `member` its "by" phrase: "was activated by A, B and C". */
export function passiveAgents(member: Chunk, before: Chunk | undefined): boolean {
  return member.kind === 'PP' && member.lemma === 'by' && before?.kind === 'VG' && before.passive === true;
}

/** The word at `at` follows "but not" (", not", ", and not") or "rather than": a member ruled out of the list ("A but not B raised Y"). */
export function ruledOutMember(words: readonly ChunkWord[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (words[k].lower === ',' || words[k].pos === 'DET')) k--;
  // (Stop 50, h-prec50: also ", not B," and ", and not B," set off by commas, as roles.ts reads them.)
  // ("Not B alone" rules nothing out: B is not enough, roles.ts excludesAfter.)
  const alone = (): boolean => { for (let n = at; n < words.length && words[n].lower !== ','; n++) if (['alone', 'itself', 'themselves', 'solely', 'only'].includes(words[n].lower)) return true; return false; };
  const notAfter = words[k - 1]?.lower === 'but' || ((words[k - 1]?.lower === ',' || (words[k - 1]?.lower === 'and' && words[k - 2]?.lower === ',')) && !alone());
  return (words[k]?.lower === 'not' && notAfter) || (words[k]?.lower === 'than' && words[k - 1]?.lower === 'rather');
}

/**
 * "X raised neither A nor B": the chunks from the verb to the second participant's phrase hold "neither" or "nor"
 * after the last verb (a "neither" in a clause before it is that clause's).
 */
export function deniedObjectList(words: readonly ChunkWord[], chunks: readonly Chunk[]): boolean {
  let lastVerb = -1;
  chunks.forEach((c, n) => { if (c.kind === 'VG') lastVerb = n; });
  if (lastVerb < 0) return false;
  for (const c of chunks.slice(lastVerb + 1)) for (let k = c.from; k < c.to; k++) if (words[k].lower === 'neither' || words[k].lower === 'nor') return true;
  return false;
}

/**
 * The entities coordinated with the one at `index` that come after it, in order: "by A, B and C" gives B and C
 * for A. A comma alone joins only inside a list that a joining word closes ("by A, B and C"; "by A, B" is no
 * list, the comma may end the phrase). Members of another kind end the list.
 */
export function conjunctsAfter(tokens: readonly Token[], index: number, kb: KnowledgeBase): number[] {
  const kind = kindOf(kb.entities.get(tokens[index].mention?.entityId ?? '')?.type ?? '');
  const found: number[] = [];
  let last = index;
  let closed = false;
  for (let k = index + 1; k < tokens.length && k <= last + 6; k++) {
    if (tokens[k].kind !== 'entity') continue;
    if (!joins(tokens, last, k) || kindOf(kb.entities.get(tokens[k].mention!.entityId)?.type ?? '') !== kind) break;
    closed = !bareComma(tokens, last, k);
    found.push(k);
    last = k;
    if (closed) break;
  }
  return closed ? found : [];
}
