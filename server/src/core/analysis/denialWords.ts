// The words of denial the precision guard reads between a claim's participants (issue 7, stop 54), as data in one
// place. Two guards were built at once and each kept its own list; here is one table: each word with its kind (the
// union of their lists left every studied figure identical, stop 54). Since stop 55 one function decides whether such
// a word is accounted for (denialExemptions.ts, asked by unaccountedLink.ts). The kinds say what a word denies; one
// kind is read apart:
// - 'bare': "not", "no", "never", "neither", "nor"; a name right after one is what it denies ("but not B", "no Y").
// The exemption words are data here too: the words after "not" that grant the claim ("not only"), and the words that
// turn a denial before them round ("not unlikely", "did not fail to", "not a superfluous step").
import { roleSizes } from '../claims/roleScale';

export type DenialKind = 'bare' | 'contraction' | 'failure' | 'degree' | 'absence' | 'unneeded' | 'no-change' | 'independence' | 'blockade';

/** Every word of denial with its kind. */
export const denialTable: Readonly<Record<string, DenialKind>> = {
  not: 'bare', no: 'bare', never: 'bare', neither: 'bare', nor: 'bare',
  cannot: 'contraction', "can't": 'contraction', "don't": 'contraction', "doesn't": 'contraction', "didn't": 'contraction',
  // "X failed to raise Y", "X was ineffective at raising Y".
  fail: 'failure', fails: 'failure', failed: 'failure', failing: 'failure', unable: 'failure', ineffective: 'failure', insufficient: 'failure',
  barely: 'degree', hardly: 'degree', scarcely: 'degree', none: 'degree',
  // "X acting without its receptor", "in the absence of Y".
  without: 'absence', lack: 'absence', lacks: 'absence', lacked: 'absence', lacking: 'absence', absent: 'absence', absence: 'absence',
  // A part called unneeded, "X is a dispensable step in Y" (roleScale.ts reads most of them as a role sized to nothing).
  dispensable: 'unneeded', unnecessary: 'unneeded', irrelevant: 'unneeded', unrelated: 'unneeded', needless: 'unneeded', superfluous: 'unneeded',
  unneeded: 'unneeded', unimportant: 'unneeded',
  unaffected: 'no-change', unchanged: 'no-change', unaltered: 'no-change',
  independent: 'independence', independently: 'independence',
  blockade: 'blockade', 'dominant-negative': 'blockade',
};

/**
 * Whether a denial word denies where it stands, given the word after it. A word of independence denies a link only with
 * its partner after it ("survival was independent of Y", "X acts independently of Y"); before another word it is the
 * multivariate analysis's affirmative ("X was independently associated with poor survival", "an independent negative
 * prognostic factor"), a claim the library's finding backs.
 */
export function deniesAsUsed(word: string, next: string): boolean {
  return denialTable[word] !== 'independence' || next === 'of' || next === 'from';
}

/** Every word of denial: the words between two participants that deny what the claim states, unless the claim is denied. */
export const denialWords: ReadonlySet<string> = new Set(Object.keys(denialTable));

/** The bare denials: a name right after one is what it denies. */
export const bareDenials: ReadonlySet<string> = new Set(Object.keys(denialTable).filter((w) => denialTable[w] === 'bare'));

/** Words after "not" (a determiner or "be" between allowed) that make it "not only ... but also": the claim is granted. */
export const notOnlyWords: ReadonlySet<string> = new Set(['only', 'merely', 'just', 'simply', 'solely', 'exclusively', 'sole', 'single', 'unique']);

/** More words that grant the claim right after "not" ("not least", "not surprisingly", "not until"). */
export const notOnlyRightAfter: readonly string[] = [...notOnlyWords, 'least', 'surprisingly', 'until'];

/** More words that grant the claim after "not" and an article ("not the main", "not the first"). */
export const notOnlyAfterArticle: readonly string[] = [...notOnlyWords, 'main', 'first', 'exclusive', 'one'];

/** Negative adjectives that a denial before them cancels ("not unlikely", "not uncommon"). */
export const cancellingAdjectives: ReadonlySet<string> = new Set(['unlikely', 'uncommon', 'unusual', 'unimportant', 'unexpected', 'impossible']);

/** The words that turn a denial before them round: a second negative, a negative adjective, a word of an unneeded part. */
export const turningWords: ReadonlySet<string> = new Set([
  ...denialWords, ...cancellingAdjectives, ...Object.keys(roleSizes).filter((w) => roleSizes[w] === 'none'),
]);

/** Whether a word after a denial turns it round ("not unlikely", "did not fail to", "not a superfluous step"). */
export function turnsDenialRound(word: string): boolean {
  return turningWords.has(word);
}
