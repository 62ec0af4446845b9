// A cytokine called pro- or anti-inflammatory: "X is an anti-inflammatory cytokine", "X is a pleiotropic,
// pro-inflammatory mediator". The adjective says what X does to inflammation (anti: X lowers it; pro: X raises it),
// and the labelling guideline reads it as that claim: calling IL-6 anti-inflammatory contradicts the finding that it
// drives inflammation. The recognizer names "inflammatory cytokine" as a kind of cytokine and the sentence was read as
// a definition with no claim (issue 7). Only the copular form is read: in an apposition ("X, a pro-inflammatory
// cytokine, activates Y") the kind is a side remark on the subject of another claim. A plain denial of the class, "X
// is not a pro-inflammatory cytokine", is that claim denied (stop 38), against a finding that X drives inflammation.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

/** After the subject: "(IL-6) is a pleiotropic, anti-inflammatory cytokine". */
const copularKind = /^\s*(?:\([^()]{1,20}\)\s*)?(?<doesNot>(?:does|did|do)\s+not\s+)?(?:is|was|are|were|remains|acts?\s+as|serves?\s+as|functions?\s+as)\s+(?<denied>not\s+)?(?:an?|the)\s+(?:(?:[\p{L}-]+,?)\s+){0,3}?(?<direction>pro|anti)[-‐]?inflammatory\s+(?:cytokines?|factors?|mediators?|molecules?|agents?|proteins?|signals?|interleukins?|effectors?)\b/iu;
/** What may be called pro- or anti-inflammatory: a molecule or a pathway, not a place or a process. */
const kindTypes = new Set(['cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein', 'rna', 'protein-family', 'pathway']);
const inflammation = 'INFLAMMATION';

export function inflammatoryKindClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  if (!kb.entities.has(inflammation)) return [];
  for (const subject of mentionsIn(sentence)) {
    if (!kindTypes.has(kb.entities.get(subject.entityId)?.type ?? '')) continue;
    const kind = copularKind.exec(text.slice(subject.end, Math.min(sentence.end, subject.end + 160)));
    if (!kind) continue;
    const at = subject.end + kind.index + kind[0].search(/(?:pro|anti)[-‐]?inflammatory/iu);
    const word = /^[\p{L}‐-]+/u.exec(text.slice(at))![0];
    const object: EntityMention = { entityId: inflammation, start: at, end: at + word.length, text: word };
    // "X is not a pro-inflammatory cytokine" (stop 38): the class denied, unless the sentence puts it elsewhere ("but
    // a ...", "rather") or doubts or asks before the subject.
    const negated = (kind.groups!.doesNot ?? kind.groups!.denied) !== undefined;
    if (negated && (/\b(?:but|rather|instead|merely|only)\b/iu.test(text.slice(at, sentence.end)) || /\b(?:whether|if|unclear|unknown|unlikely|doubt\w*|not|no|never)\b/iu.test(text.slice(sentence.start, subject.start)))) return [];
    return [claimOf(sentence, subject, kind.groups!.direction.toLowerCase() === 'anti' ? 'inhibits' : 'promotes', object, { negated })];
  }
  return [];
}

export const inflammatoryKind: Construction = {
  name: 'inflammatory-kind',
  reads: '"X is an anti-inflammatory cytokine": X lowers inflammation; "pro-inflammatory": X raises it; "X is not a pro-inflammatory cytokine": denied',
  triggers: ['inflammatory'],
  example: 'In the gut, IL-11 is a potent anti-inflammatory cytokine.',
  expected: ['IL11 inhibits INFLAMMATION'],
  apply: (claims, sentence) => {
    const read = inflammatoryKindClaims(sentence);
    return read.length === 0 ? claims : [...claims.filter((c) => !(c.subject.entityId === read[0].subject.entityId && c.object.entityId === inflammation)), ...read];
  },
};
