// "IL-11 is secreted by CAFs, and blocking it reduced invasion", "If IL-11 drives EMT, silencing it should lower
// invasion": a loss word before a pronoun ("blocking it", "silencing them", "its knockdown") names the loss of the
// molecule the pronoun stands for. The verb reader has no mention in "it", so it took the name before the pronoun as the
// clause's agent, the cells that secrete it ("CAF lowers invasion") or the molecule itself without its loss ("IL11
// lowers invasion"): a claim the writer never made, which a finding could contradict or back. Issue 7 (stop 50,
// h-prec50), the pronoun shapes of the brief. The claims that cross the pronoun (agent before it, object after it) are
// the referent's, turned by the loss. The referent is the one molecule named before the pronoun in the sentence; with
// two or more ("IL-11 binds gp130, and blocking it ..."), the pronoun is not resolved and those claims go: no agent
// the sentence names is the one it states them of.
import { type Construction, isMoleculeMention, mentionsIn } from './construction';
import type { ExtractedClaim } from './extract';
import { alternation, invert, lossNounsAt, lossWordsAt } from './vocabulary';

/**
 * A loss word and the pronoun it governs: "blocking it", "knocking it down", "its knockdown" ("its inhibition of Z" is
 * what it does, no loss). The words come from the one loss table (vocabulary.ts lossWording): its gerunds that stand
 * before a name ("silencing", "blocking", "interfering with") and its nouns of a loss ("knockdown", "depletion").
 */
const lossGerunds = lossWordsAt('before').filter((word) => /ing(?: with)?$/.test(word) && !word.startsWith('knock'));
const lossOfPronoun = new RegExp(
  String.raw`\b(?:${alternation(lossGerunds)})\s+(?:it|them)\b|\bknocking\s+(?:(?:it|them)\s+down|down\s+(?:it|them))\b|\bits\s+(?:${alternation(lossNounsAt('after'))})\b(?!\s+of\b)`,
  'gi',
);

function read(claims: ExtractedClaim[], sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  lossOfPronoun.lastIndex = 0;
  const match = lossOfPronoun.exec(text.slice(start, end));
  if (!match) return claims;
  const at = start + match.index;
  const after = at + match[0].length;
  const crossing = (c: ExtractedClaim): boolean => c.subject.end <= at && c.object.start >= after;
  if (!claims.some(crossing)) return claims;
  const molecules = new Set(mentionsIn(sentence).filter((m) => m.end <= at && isMoleculeMention(m.entityId, kb)).map((m) => m.entityId));
  const referent = molecules.size === 1 ? [...mentionsIn(sentence)].reverse().find((m) => m.end <= at && isMoleculeMention(m.entityId, kb)) : undefined;
  const out: ExtractedClaim[] = [];
  for (const c of claims) {
    if (!crossing(c)) out.push(c);
    // A claim read as the referent's loss already keeps its reading.
    else if (referent && c.subject.entityId === referent.entityId && c.inverted) out.push(c);
    else if (referent && c.object.entityId !== referent.entityId && !out.some((o) => o.subject.entityId === referent.entityId && o.object.entityId === c.object.entityId && o.relation === invert(c.relation))) {
      out.push({ ...c, subject: referent, relation: invert(c.relation), inverted: true, start: Math.min(referent.start, c.start), end: Math.max(c.end, c.object.end) });
    }
  }
  return out;
}

export const pronounUnderLoss: Construction = {
  name: 'pronoun-under-loss',
  reads: '"X is made by C, and blocking it lowered Y": the loss of X (the one molecule before "it") lowered Y, so X raises Y',
  triggers: ['it', 'them', 'its'],
  example: 'IL-11 is secreted by CAFs, and blocking it reduced the invasion of OSCC cells.',
  expected: ['CAF increases IL11 [ctx OSCC]', 'IL11 increases CELL_INVASION [ctx OSCC]'],
  apply: read,
};
