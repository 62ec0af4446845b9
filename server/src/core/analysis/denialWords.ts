// The words of denial the precision guards read between a claim's participants (issue 7, stop 54), as data in one
// place. Two guards were built at once and each kept its own list (unaccountedLink.ts's negative words, unreadDenial.ts's
// denial words); they agreed on most words and the lead already had to teach one the other's (a part called unneeded).
// Here each word says which classes it belongs to, and each guard reads the classes it needs:
// - 'negative': a word the claim must carry to be read as said ("X was ineffective at raising Y", "X is a dispensable
//   step in Y"); unaccountedLink.ts reports one the claim lacks, and uses the class for its side remarks and for a
//   second negative that cancels a first.
// - 'denial': a word that denies or empties the link wherever it stands between subject and object, one the claim
//   does not show (unreadDenial.ts): the negative words, and words of no change ("unaffected"), of independence and of
//   a blockade.
// - 'plain': the bare denials; a name right after one is what it denies ("but not B", "no Y").
// A word in both 'negative' and 'denial' is one both guards read; a word in one class only was measured in that guard
// only (stop 54: giving every word both classes is a reader change to measure, not a merge).
// The exemptions both guards share are data here too: the words after "not" that grant the claim ("not only"), and the
// words that turn a denial before them round ("not unlikely", "did not fail to", "not a superfluous step").
import { roleSizes } from '../claims/roleScale';

export type DenialClass = 'negative' | 'denial' | 'plain';

const both: readonly DenialClass[] = ['negative', 'denial'];
const plain: readonly DenialClass[] = ['negative', 'denial', 'plain'];
const negativeOnly: readonly DenialClass[] = ['negative'];
const denialOnly: readonly DenialClass[] = ['denial'];

/** Every word of denial with its classes. */
export const denialTable: Readonly<Record<string, readonly DenialClass[]>> = {
  // Bare denials.
  not: plain, no: plain, never: plain, neither: plain, nor: plain,
  // Contractions and "cannot".
  cannot: both, "can't": negativeOnly, "don't": negativeOnly, "doesn't": negativeOnly, "didn't": negativeOnly,
  // Failure.
  fail: both, fails: both, failed: both, failing: negativeOnly, unable: both, ineffective: negativeOnly, insufficient: negativeOnly,
  // Degree words that deny.
  barely: negativeOnly, hardly: negativeOnly, scarcely: negativeOnly, none: negativeOnly,
  // Absence.
  without: both, lack: both, lacks: both, lacked: both, lacking: both, absent: both, absence: denialOnly,
  // A part called unneeded (roleScale.ts reads most of them as a role sized to nothing).
  dispensable: both, unnecessary: both, irrelevant: both, unrelated: negativeOnly,
  needless: denialOnly, superfluous: denialOnly, unneeded: denialOnly, unimportant: denialOnly,
  // No change, no dependence, a blockade.
  unaffected: denialOnly, unchanged: denialOnly, unaltered: denialOnly, independent: denialOnly, independently: denialOnly,
  blockade: denialOnly, 'dominant-negative': denialOnly,
};

/** The words of one class. */
export function wordsOfClass(kind: DenialClass): ReadonlySet<string> {
  return new Set(Object.keys(denialTable).filter((w) => denialTable[w].includes(kind)));
}

/** The words of one class as a regular-expression alternation (for guards that read the text). */
export function alternationOfClass(kind: DenialClass): string {
  return [...wordsOfClass(kind)].map((w) => w.replace(/[-']/g, (c) => `\\${c}`)).join('|');
}

/** Words after "not" (a determiner or "be" between allowed) that make it "not only ... but also": the claim is granted. */
export const notOnlyWords: ReadonlySet<string> = new Set(['only', 'merely', 'just', 'simply', 'solely', 'exclusively', 'sole', 'single', 'unique']);

/** More words that grant the claim right after "not" ("not least", "not surprisingly", "not until"), read from the text. */
export const notOnlyRightAfter: readonly string[] = [...notOnlyWords, 'least', 'surprisingly', 'until'];

/** More words that grant the claim after "not" and an article ("not the main", "not the first"), read from the text. */
export const notOnlyAfterArticle: readonly string[] = [...notOnlyWords, 'main', 'first', 'exclusive', 'one'];

/** Negative adjectives that a denial before them cancels ("not unlikely", "not uncommon"). */
export const cancellingAdjectives: ReadonlySet<string> = new Set(['unlikely', 'uncommon', 'unusual', 'unimportant', 'unexpected', 'impossible']);

/** The words that turn a denial before them round: a second negative, a negative adjective, a word of an unneeded part. */
export const turningWords: ReadonlySet<string> = new Set([
  ...wordsOfClass('negative'), ...wordsOfClass('denial'), ...cancellingAdjectives, ...Object.keys(roleSizes).filter((w) => roleSizes[w] === 'none'),
]);

/** Whether a word after a denial turns it round ("not unlikely", "did not fail to", "not a superfluous step"). */
export function turnsDenialRound(word: string): boolean {
  return turningWords.has(word);
}
