// "IL-6 is made in tumours with an aggressive phenotype and is involved in metastasis": the predicate after
// "and" shares the clause's subject (IL-6). The reader took the nearest entity before it, the last noun of the
// first predicate's prepositional phrase ("aggressive phenotype"), which cannot be the subject of a finite verb.
// The claim goes to the clause's subject, with the context the second predicate names itself: where the first
// predicate places the subject is not where the second holds. But when the second names no place, a named cancer
// or cell line of the first is the sentence's setting (issue 7, h-w11b34: "X is overexpressed in gastric tumours
// and promotes invasion" was read with no place, and a finding in breast cancer cells supported it); cancer in
// general ("raised in tumours") names none.
import { type Construction, type SentenceSpan, contextMentions, mentionsIn, phraseOf } from './construction';
import type { ExtractedClaim } from './extract';

/** Before the displaced subject: a preposition and at most three words ("with an aggressive"). */
const inPhrase = /\b(?:in|with|from|among|by|on|under|of|within)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;
/** Right after its noun phrase (the cancer named by "tumour" stands in "tumour cells", the tissue in "gastric cancer
 * tissue specimens": phraseOf): a citation or parenthesis, then "and" and a finite verb or auxiliary (verbs of both signs: a
 * lowering verb left to the displaced subject made "X is secreted by tumour cells and suppresses Y" a claim about
 * tumour cells, and the sentence took the supported side remark's verdict). */
// (A connective set off by commas after "and" is passed over: "X is secreted by Y and, in turn, promotes Z".)
// (A denied predicate too, "X is secreted by Y and does not raise Z", "and fails to raise Z": issue 7, stop 40, the
// denial went to the displaced subject, so a denial of X's reported effect was no contradiction.)
const andPredicate = /^\s*(?:\[[^\]]{0,30}\]|\([^)]{0,30}\))?\s*,?\s+and(?:\s*,\s*(?:in\s+turn|thus|therefore|hence|consequently|subsequently|as\s+a\s+result|moreover|furthermore|in\s+addition|additionally|ultimately|eventually|importantly|notably|accordingly)\s*,\s*|\s+)(?:also\s+|thus\s+|therefore\s+)?(?:is|are|was|were|has|have|had|can|may|might|could|does|do|did|cannot|fails?|failed|plays?|promotes?|drives?|induces?|contributes?|acts?|serves?|regulates?|mediates?|enhances?|increases?|raises?|elevates?|upregulates?|downregulates?|activates?|suppress(?:es)?|inhibits?|reduces?|decreases?|blocks?|attenuates?|lowers?|impairs?|prevents?|confers?|causes?|leads?|results?|triggers?|stimulates?|facilitates?|predicts?)\b/iu;
/** The clause's subject opens the sentence (after at most three words, "Raised", "The high") and its finite verb follows. */
const opening = /^\s*(?:[\p{L}-]+\s+){0,3}$/u;
const finite = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:is|are|was|were|has|have|had|can|may)\b/iu;

/** Cancer in general, "tumours", "malignancies": a setting of no cancer in particular. */
const generalPlaces = new Set(['CANCER', 'SOLID_TUMOR', 'CARCINOMA']);
/** A named cancer or cell line, the setting a first predicate lends the second. */
function namedPlace(sentence: SentenceSpan, id: string): boolean {
  const type = sentence.kb.entities.get(id)?.type;
  return (type === 'disease' || type === 'cell-line') && !generalPlaces.has(id);
}

export const coordinatedPredicate: Construction = {
  name: 'coordinated-predicate',
  reads: '"X is raised in tumours with trait T and is involved in Y": X, not T, is involved in Y',
  triggers: ['and'],
  example: 'Vimentin is often raised in tumours with an aggressive phenotype and is involved in metastasis of gastric cancer.',
  // "often raised in tumours" is read as "frequently raised in tumours" is: vimentin goes with cancer.
  expected: ['CANCER associated-with(positive) VIM', 'VIM promotes METASTASIS [ctx GASTRIC_CANCER]'],
  apply(claims, sentence) {
    const { text, start } = sentence;
    let head: ExtractedClaim['subject'] | undefined;
    let looked = false;
    return claims.map((claim) => {
      const { subject, object } = claim;
      if (object.start <= subject.end) return claim;
      // The cheap test first (a displaced subject after a preposition, "and" before the object); then the phrase.
      if (!inPhrase.test(text.slice(Math.max(start, subject.start - 40), subject.start)) || !/\band\b/i.test(text.slice(subject.end, object.start))) return claim;
      const phraseEnd = Math.min(object.start, phraseOf(sentence, subject).end);
      const after = andPredicate.exec(text.slice(phraseEnd, object.start));
      if (!after) return claim;
      if (!looked) {
        looked = true;
        const first = mentionsIn(sentence)[0];
        if (first && first.end < subject.start && opening.test(text.slice(start, first.start)) && finite.test(text.slice(first.end, first.end + 40))) head = first;
      }
      if (!head || head.entityId === object.entityId) return claim;
      const second = phraseEnd + after[0].length;
      // With what the claim's own reading placed after the second verb ("confer resistance to cetuximab": the drug).
      const named = contextMentions(sentence, [head.entityId, object.entityId]).filter((m) => m.start >= second);
      const context = [...named, ...claim.context.filter((m) => m.start >= second && !named.some((n) => n.entityId === m.entityId))];
      if (context.length === 0) {
        const ownHead = head;
        context.push(...contextMentions(sentence, [ownHead.entityId, object.entityId]).filter((m) => m.start > ownHead.end && m.start < second && namedPlace(sentence, m.entityId)));
      }
      return { ...claim, subject: head, context };
    });
  },
};
