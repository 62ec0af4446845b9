// A word of denial between the main claim's subject and object that the reader did not read (issue 7, stop 54,
// precision guard). The historical false SUPPORTED of the studied sets include sentences whose
// claim is denied by a word the reader had no rule for in that place ("X is a dispensable step in Y"): the claim read
// without its denial matches a finding and the sentence came out SUPPORTED. A denial the reader read shows in the
// claim (negated, inverted, no effect) or belongs to a wording that asserts the claim after all (a double denial, "not
// the only", "no longer" after a loss, a comparison, "independent predictor"); a denial word left between subject and
// object otherwise means the reader did not see it, and such a sentence is not SUPPORTED (no evidence).
import type { LinkClaim, UnaccountedWord } from './unaccountedLink';
import { bareDenials, deniesAsUsed, denialAlternation, notOnlyAfterArticle, notOnlyRightAfter, turningWords } from './denialWords';

/** Words that deny or empty a claim (denialWords.ts). */
const denialWords = new RegExp(String.raw`\b(?:${denialAlternation})\b`, 'gi');

/** Wordings with a denial word that assert the claim all the same, or deny something else than it. */
const notDenying = new RegExp([
  String.raw`\bnot\s+(?:${notOnlyRightAfter.join('|')})\b`,
  String.raw`\bnot\s+(?:be\s+|been\s+)?(?:the|a|an)\s+(?:${notOnlyAfterArticle.join('|')})\b`,
  String.raw`\bnot\s+[\w-]+\s+alone\b`,
  String.raw`\bno\s+longer\b`,
  String.raw`\b(?:whether|or|if)\s+not\b`,
  String.raw`\bwith\s+or\s+without\b`,
  String.raw`\bnot\s+all\b`,
  String.raw`\bnot\s+always\b`,
  // A side remark between commas or brackets, "X, which is not a cytokine, raises Y": its denial is its own.
  String.raw`,\s*(?:which|who|whose)\b[^,;]*,`,
  String.raw`\([^()]*\)`,
  String.raw`\bindependent(?:ly)?\s+(?:[\w-]+\s+)?(?:predictors?|prognostic|factors?|markers?|risk|of\s+(?:age|stage|grade|other))\b`,
].join('|'), 'gi');

/** A word that turns a denial before it round: "not unlikely", "did not fail to", "is not a dispensable step" (denialWords.ts turningWords, and any "un-" word). */
const secondDenial = new RegExp(String.raw`^\s+(?:(?:a|an|the|be|been)\s+)?(?:un[a-z]+|${[...turningWords].map((w) => w.replace(/[-']/g, (c) => `\\${c}`)).join('|')})\b`, 'i');

/** A comparison after the denial: "did not raise Y as strongly as Z", "no more than". */
const comparison = /\bas\s+[\w-]+\s+as\b|\bthan\b/i;

/** A concession opening the sentence, up to its comma (what the writer grants is not the main claim's own words). */
const openingConcession = /^\s*(?:although|though|even though|while|whereas|despite)\s[^,;]{3,200},/i;

/**
 * The words of denial between the claim's subject and object (in the sentence [start, end) of `text`) that the
 * claim does not show, or undefined. `namesSomething` says whether a name other than a place or condition lies in a
 * span ("but not B": the name after a bare denial is what it denies). Asked by unaccountedLink.ts, the one predicate,
 * which reports one of them only if its own reading of the tokens does not grant it either.
 */
export function unreadDenials(text: string, start: number, end: number, c: LinkClaim, namesSomething?: (from: number, to: number) => boolean): UnaccountedWord[] {
  if (c.negated || c.inverted || c.relation === 'no-effect') return [];
  let from = Math.min(c.subject.end, c.object.end);
  const to = Math.max(c.subject.start, c.object.start);
  const concession = openingConcession.exec(text.slice(start, end));
  if (concession) from = Math.max(from, start + concession[0].length);
  if (to <= from) return [];
  const found: UnaccountedWord[] = [];
  const core = text.slice(from, to).replace(notDenying, (s) => ' '.repeat(s.length));
  let turned = -1;
  for (const m of core.matchAll(denialWords)) {
    const at = from + (m.index ?? 0);
    const after = at + m[0].length;
    const rest = text.slice(after, to);
    // ("independently associated with" is the multivariate affirmative; only "independent of Y" denies: denialWords.ts.)
    if (!deniesAsUsed(m[0].toLowerCase(), /^\s*([\w-]+)/.exec(text.slice(after, end))?.[1]?.toLowerCase() ?? '')) continue;
    // A double denial asserts ("did not fail to", "is not a dispensable step"): both words are read.
    if (at <= turned) continue;
    const second = secondDenial.exec(rest);
    if (second) { turned = after + second[0].length; continue; }
    // A comparison: "did not raise Y as strongly as Z" ranks, it does not deny.
    if (comparison.test(text.slice(after, end))) continue;
    // A loss right before the claim's own participant is the reader's reading of its loss ("cells lacking X").
    if (/^\s*(?:of\s+)?(?:the\s+)?$/i.test(rest)) continue;
    // "but not B", "no Y": a name right after a plain denial is what it denies.
    const next = /^\s+(?:the\s+)?\S/.exec(rest);
    if (next && bareDenials.has(m[0].toLowerCase()) && namesSomething?.(after + next[0].length - 1, after + next[0].length)) continue;
    found.push({ kind: 'negation', word: m[0], start: at });
  }
  return found;
}
