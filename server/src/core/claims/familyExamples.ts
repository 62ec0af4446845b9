// A family the library names, with examples after it, as the subject: "Cytokines, including IL-6, activate STAT1",
// "Several growth factors, such as EGF and IGF-1, raise Y". The examples are the writer's claim, as they are before a
// bare "such as" ("Cytokines such as IL-6 activate STAT1", read so by the verb reader) and after a passive's "by"
// (subjects.ts agents). Set off by commas, the examples were an aside the verb reader passed over, and the family
// took the claim, backed through another member's finding (issue 7, stop 38: "Cytokines, including IL-6, activate
// STAT1" came out supported on IL-11's STAT1 finding).
import type { EntityMention } from '../entities/recognize';
import { type Construction, mentionsIn } from './construction';
import type { ExtractedClaim } from './extract';

/** From the family to its first example. */
const opener = /^\s*,?\s*(?:including|such\s+as|like|e\.g\.,?|for\s+example,?|notably|especially)\s+(?:the\s+)?$/i;
/** Between two examples. */
const join = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/i;

/** The entities named as examples right after `family`, or none. */
function examplesAfter(text: string, family: EntityMention, mentions: readonly EntityMention[]): EntityMention[] {
  const examples: EntityMention[] = [];
  let last = family;
  for (const m of mentions) {
    if (m.start < last.end) continue;
    const gap = text.slice(last.end, m.start);
    if (!(examples.length === 0 ? opener : join).test(gap)) break;
    examples.push(m);
    last = m;
  }
  return examples;
}

export const familyExamples: Construction = {
  name: 'family-examples-subject',
  reads: '"Cytokines, including IL-6, activate STAT1": the examples, not the family, are the subject',
  triggers: ['including', 'such', 'like', 'e.g', 'example', 'notably', 'especially'],
  example: 'Several growth factors, including IGF-1, promote the growth of hepatoma cells.',
  expected: ['IGF1 promotes CELL_GROWTH [ctx HCC]'],
  apply(claims, sentence) {
    const { text, kb } = sentence;
    const mentions = mentionsIn(sentence);
    let changed = false;
    const read = claims.flatMap((claim): ExtractedClaim[] => {
      if (kb.entities.get(claim.subject.entityId)?.type !== 'protein-family' || claim.object.start < claim.subject.end) return [claim];
      const examples = examplesAfter(text, claim.subject, mentions).filter((m) => m.end <= claim.object.start && m.entityId !== claim.object.entityId);
      if (examples.length === 0) return [claim];
      changed = true;
      return examples.map((example) => ({ ...claim, subject: example }));
    });
    return changed ? read : claims;
  },
};
