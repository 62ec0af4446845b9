// A drug's targets: "NT157 targets IRS-1 and STAT3", "STAT3 is a direct target of NT157", "the targets of NT157
// include IRS-1". A drug acts on its targets by blocking them (the guideline reads a drug as the loss of its
// target), so each target named is one the drug inhibits. The verb reader has no relation for "target": it is
// an inhibition only when a drug or compound does it ("STAT3 target genes", "miR-21 targets PTEN" are other
// relations), so only a drug's mention makes these claims.
import type { EntityMention } from '../entities/recognize';
import { type Construction, isDrugMention, mentionsIn, replacingWith, type SentenceSpan, claimOf } from './construction';
import type { ExtractedClaim } from './extract';

/** After the drug: "targets", "also selectively targets", "was designed to target". */
const targetsAfter = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:(?:also|directly|selectively|specifically|potently|primarily|mainly|which)\s+){0,2}(?:(?:was|is|were|are)\s+designed\s+to\s+target|targets|targeted|target)\s+(?:(?:both|the|its|their)\s+)?$/i;
/** Before the drug: "Y is a direct target of", "Y and Z are well-known targets of the inhibitor". */
const targetOfBefore = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:is|are|was|were|represents?|remains?|serves?\s+as)\s+(?:also\s+)?(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:[\p{L}-]+\s+){0,3}?targets?\s+of\s+(?:the\s+)?$/iu;
/** "the targets of D are/include Y", "other targets of D are". */
const targetsOfHead = /\btargets?\s+of\s+(?:the\s+)?$/i;
const includeAfter = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:are|is|include|includes|included|including|comprise|were)\s+(?:(?:both|the|also)\s+)?$/i;
/** Between members of a list of targets: commas, "and", "or", a parenthesis of short forms. */
const listGap = /^\s*(?:\(\s*|\)\s*)?(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?(?:the\s+)?\(?\s*$|^\s*\/\s*$/;

function read(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, mentions, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const found: ExtractedClaim[] = [];
  const claim = (drug: EntityMention, target: EntityMention): void => {
    if (target.entityId === drug.entityId || isDrugMention(target.entityId, kb)) return;
    found.push(claimOf(sentence, drug, 'inhibits', target, { start: Math.min(drug.start, target.start), end: Math.max(drug.end, target.end) }));
  };
  /** The mentions from index i on that form one list. */
  const listFrom = (i: number): EntityMention[] => {
    const list: EntityMention[] = [];
    for (let j = i; j < inSentence.length && (j === i || listGap.test(text.slice(inSentence[j - 1].end, inSentence[j].start))); j++) list.push(inSentence[j]);
    return list;
  };
  inSentence.forEach((drug, i) => {
    if (!isDrugMention(drug.entityId, kb)) return;
    const next = inSentence[i + 1];
    const after = next ? text.slice(drug.end, next.start) : '';
    if (next && (targetsAfter.test(after) || (targetsOfHead.test(text.slice(Math.max(start, drug.start - 30), drug.start)) && includeAfter.test(after)))) {
      for (const target of listFrom(i + 1)) claim(drug, target);
    }
    // "Y and Z are targets of D": the list that ends right before the cue.
    const previous = inSentence[i - 1];
    if (previous && targetOfBefore.test(text.slice(previous.end, drug.start))) {
      let first = i - 1;
      while (first > 0 && listGap.test(text.slice(inSentence[first - 1].end, inSentence[first].start))) first--;
      for (const target of inSentence.slice(first, i)) claim(drug, target);
    }
  });
  return found;
}

export const drugTargets: Construction = {
  name: 'drug-targets',
  reads: '"D targets Y", "Y is a target of D", "the targets of D include Y": the drug D inhibits Y',
  triggers: ['target'],
  example: 'Well-described targets of NT157 include IRS-1 and STAT3.',
  expected: ['NT157 inhibits IRS1', 'NT157 inhibits STAT3'],
  apply: replacingWith(read),
};
