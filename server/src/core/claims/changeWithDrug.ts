// A measured change given with the drug that brought it, after "with" or, past a size of the change, "for":
// "median tumour weight was lowered 2.4-fold for the drug", "tumour volume was reduced by 40% with the drug",
// "invasion was markedly reduced with the drug". Results prose puts the change first and names the arm after it;
// the drug is the agent, as after "by" (issue 7, stop 40: only "by" was read, and these sentences read no claim).
// Only a drug or chemical: "IL-6 rose with tumour stage" is a level along a scale, no cause (nm-pq), and "with"
// after a molecule names company as often as cause.
import { type Construction, type SentenceSpan, mentionsIn, claimOf, canChange, isDrugMention, replacingWith, changeRelation } from './construction';
import type { ExtractedClaim } from './extract';

/** What is changed as an outcome, not a target: a process or phenotype. */
const processTypes = new Set(['process', 'phenotype']);

/** Before the changed entity: the sentence's or a clause's start, an article, a word of summary ("median"). */
const changedOpens = /(?:^|[,;:])\s*(?:(?:the|a)\s+)?(?:(?:median|mean|average|total|relative|overall)\s+)?(?:(?:primary|cell|cellular)\s+)?$/iu;
/** The size of a change: "2.4-fold", "by 40%", "by about half", "threefold". */
const size = String.raw`(?:by\s+)?(?:(?:about|roughly|approximately|nearly|almost|over|more\s+than)\s+)?(?:\d+(?:\.\d+)?\s*(?:-?\s*fold|%|\s+per\s*cent|\s+percent)|(?:two|three|four|five|ten)-?fold|half)`;
/**
 * From the changed entity to the drug: the measure's noun ("weight", "volume", "levels"), the passive change, a size,
 * then "with" (or "for" after a size) and at most an article or a word of dose.
 */
const changeThenDrug = new RegExp(
  String.raw`^\s*(?:(?:weight|weights|volume|volumes|size|burden|mass|growth|levels?|expression|activity|secretion|production|release|phosphorylation|rate|rates|number|numbers|count|counts)\s+){0,2}` +
    String.raw`(?:was|were)\s+(?:(?:significantly|markedly|sharply|strongly|greatly|dramatically|substantially|clearly|further|also|only)\s+)?` +
    String.raw`(?:(increased|raised|elevated|enhanced|augmented)|(decreased|reduced|lowered|diminished|suppressed|inhibited|impaired|attenuated))` +
    String.raw`(?:\s+(${size}))?\s+(with|for)\s+(?:(?:the|a|an|low-dose|high-dose)\s+)?$`,
  'iu',
);

export const changeWithDrug: Construction = {
  name: 'change-with-drug',
  reads: '"Y was lowered 2-fold for D", "Y was reduced by 40% with D": the drug D lowers Y',
  triggers: ['with', 'for'],
  example: 'Median tumour volume was reduced 3-fold with tocilizumab.',
  expected: ['DRUG_TOCILIZUMAB inhibits TUMOR_GROWTH'],
  apply: (claims, sentence) => {
    const read = readChanges(sentence);
    if (read.length === 0) return claims;
    // With no agent named before, the reader took a disease named after the change for its partner ("Y was raised
    // ... in HCC cells": HCC goes with Y); the drug is the agent, and that stand-in goes.
    const { kb } = sentence;
    const kept = claims.filter((c) => !(c.relation === 'associated-with' && kb.entities.get(c.subject.entityId)?.type === 'disease' && read.some((r) => r.object.start === c.object.start)));
    return replacingWith(() => read)(kept, sentence);
  },
};

/** The changes given with a drug after them, each as the drug's claim. */
function readChanges(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const read: ExtractedClaim[] = [];
  for (let i = 0; i + 1 < inSentence.length; i++) {
    const changed = inSentence[i];
    if (!changedOpens.test(text.slice(start, changed.start))) continue;
    const type = kb.entities.get(changed.entityId)?.type ?? '';
    if (!canChange(type)) continue;
    const drug = inSentence[i + 1];
    if (!isDrugMention(drug.entityId, kb)) continue;
    const change = changeThenDrug.exec(text.slice(changed.end, drug.start));
    // "for" names the arm only after a size ("lowered 2-fold for D"); "was reduced for D" is a purpose. A molecule
    // changed with a drug and no size is a step of the method ("IGF-1R was inhibited with D at 2 µM"), measured it is
    // a result ("STAT3 phosphorylation was lowered 3-fold with D"); a process changed with a drug is an outcome.
    if (!change || (change[3] === undefined && (change[4].toLowerCase() === 'for' || !processTypes.has(type)))) continue;
    read.push(claimOf(sentence, drug, changeRelation(type, change[1] !== undefined), changed, { start: changed.start, end: drug.end }));
  }
  return read;
}
