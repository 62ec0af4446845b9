// "Whereas IL-6 raised STAT3 in other cells, it lowered it in HCC cells": the contrast clause says what X does in
// places the writer sets apart from the one named, "other cells", which the lexicon names no context for. Read
// bare, its claim took the sentence's context (HCC, the main clause's) and a finding in HCC supported the very effect
// the writer says does not hold there (precision, stop 49). The claims read inside a contrast clause ("whereas",
// "while", "although", "though", "unlike") placed in "other (different) cells (tissues, cancers, cell types)" go:
// they speak of unnamed places. The main clause's claims stay, and so does a pair the main clause names again.
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** contrastClause's opening word, which every match of it starts with. */
const contrastWord = /\b(?:whereas|while|although|though|unlike)\b/i;
const contrastClause = /\b(?:whereas|while|although|though|unlike)\b[^,;.]*?\b(?:in|of|among)\s+(?:many\s+|most\s+|several\s+|some\s+)?(?:other|different|non-?[a-z]+)\s+(?:[a-z]+\s+)?(?:cells|cell\s+types|cell\s+lines|tissues|cancers|tumou?rs|settings|contexts|organs|models)\b[^,;.]*[,;]/gi;

export function withoutOtherPlaceClauses(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start, end } = sentence;
  const whole = text.slice(start, end);
  // Every contrast clause opens with its word: asked first, a plain test spares most sentences matchAll's copy of
  // the pattern and its search (issue 10: ~1% of a 100k-word LaTeX full check's profile, on sentences none of which it changed).
  if (!contrastWord.test(whole)) return claims;
  const spans: [number, number][] = [];
  for (const m of whole.matchAll(contrastClause)) spans.push([start + m.index, start + m.index + m[0].length]);
  if (spans.length === 0) return claims;
  // (A pair the main clause names again, "Although X raised Y in other cells, X also raised Y in HCC", may have been
  // read once, on the first clause's words: that claim is the main clause's too, and stays.)
  const namedAfter = (id: string, after: number): boolean => sentence.mentions.some((m) => m.start >= after && m.end <= end && m.entityId === id);
  const inside = (c: ExtractedClaim): boolean =>
    spans.some(([from, to]) => Math.min(c.subject.start, c.object.start) >= from && Math.max(c.subject.end, c.object.end) <= to && !(namedAfter(c.subject.entityId, to) && namedAfter(c.object.entityId, to)));
  const out = claims.filter((c) => !inside(c));
  return out.length === claims.length ? claims : out;
}
