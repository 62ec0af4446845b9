// A drug's targets: "NT157 targets IRS-1 and STAT3", "STAT3 is a direct target of NT157", "the targets of NT157
// include IRS-1". A drug acts on its targets by blocking them (the guideline reads a drug as the loss of its
// target), so each target named is one the drug inhibits. The verb reader has no relation for "target": it is
// an inhibition only when a drug or compound does it ("STAT3 target genes", "miR-21 targets PTEN" are other
// relations), so only a drug's mention makes these claims.
import type { EntityMention } from '../entities/recognize';
import { type Construction, isDrugMention, mentionListFrom, mentionListTo, mentionsIn, replacingWith, type SentenceSpan, claimOf } from './construction';
import type { ExtractedClaim } from './extract';

/** After the drug: "targets", "also selectively targets", "was designed to target", "does not target". */
const targetsAfter = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:(?:also|directly|selectively|specifically|potently|primarily|mainly|which)\s+){0,2}(?:(?:was|is|were|are)\s+designed\s+to\s+target|(?:(?:does|do|did)\s+not\s+(?:(?:directly|selectively|specifically)\s+)?)?target|targets|targeted)\s+(?:(?:both|the|its|their)\s+)?$/i;
/** Before the drug: "Y is a direct target of", "Y and Z are well-known targets of the inhibitor". */
const targetOfBefore = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:is|are|was|were|represents?|remains?|serves?\s+as)\s+(?:also\s+)?(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:[\p{L}-]+\s+){0,3}?targets?\s+of\s+(?:the\s+)?$/iu;
/** "the targets of D are/include Y", "other targets of D are". */
const targetsOfHead = /\btargets?\s+of\s+(?:the\s+)?$/i;
const includeAfter = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:are|is|include|includes|included|including|comprise|were)\s+(?:(?:both|the|also)\s+)?$/i;
/**
 * Issue 7 (h-oos53, stop 53): the drug defined by what it blocks, "D is a monoclonal antibody that targets Y", "D is a
 * small molecule which selectively targets Y": the relative clause on the drug's class noun says what D does, so D
 * inhibits Y as "D targets Y" says (before, the definition read no claim and a backed drug-target fact went unsaid;
 * beside an indication outside cancer it went out of scope). Only the copula straight after the drug, then up to four
 * words and a noun of a drug's kind; a denied copula ("is not an antibody that targets Y") denies it.
 */
const definedTargetsAfter = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:is|was|are|were|remains?)\s+(?:not\s+)?(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:antibod(?:y|ies)|inhibitors?|molecules?|compounds?|drugs?|agents?|peptides?|antagonists?|blockers?|therapeutics?|biologics?)\s+(?:that|which)\s+(?:(?:also|directly|selectively|specifically|potently|primarily|mainly)\s+)?(?:targets?|targeted)\s+(?:(?:both|the|its|their)\s+)?$/iu;
/**
 * "D is a novel IL-6 receptor blocker", "D is a selective Y inhibitor", "D is a Y antagonist": the target named before
 * the class noun of loss, inside the drug's definition (stop 53). Up to three describing words between the copula and
 * the target, none a clause break; the class noun right after the target.
 */
const copulaBeforeTarget = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:is|was|are|were|remains?)\s+(?:not\s+)?(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?$/iu;
const lossNounAfterTarget = /^[-‐\s]+(?:inhibitors?|blockers?|antagonists?)\b/iu;
/** Between members of a list of targets (construction.ts mentionListFrom, mentionListTo): commas, "and", "or", a parenthesis of short forms. */
/**
 * A denial in the cue: "Y is not a target of D", "D does not target Y", "Y was never a target of D". Issue 7 (stop 50,
 * h-prec50): the cue's filler words took "not" as one of them, so a denied target read "D inhibits Y" (the target-of
 * frame of other agents already read the denial, frames.ts). The claim is the drug's inhibition, denied; "not only a
 * target of D" affirms it.
 */
const denial = /\b(?:not(?!\s+(?:only|just|merely|simply|solely)\b)|never|no\s+longer)\b|n['’]t\b/i;
const listGap = /^\s*(?:\(\s*|\)\s*)?(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?(?:the\s+)?\(?\s*$|^\s*\/\s*$/;

function read(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, mentions, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const found: ExtractedClaim[] = [];
  const claim = (drug: EntityMention, target: EntityMention, cue: string): void => {
    if (target.entityId === drug.entityId || isDrugMention(target.entityId, kb)) return;
    found.push(claimOf(sentence, drug, 'inhibits', target, { start: Math.min(drug.start, target.start), end: Math.max(drug.end, target.end), negated: denial.test(cue) }));
  };
  inSentence.forEach((drug, i) => {
    if (!isDrugMention(drug.entityId, kb)) return;
    const next = inSentence[i + 1];
    const after = next ? text.slice(drug.end, next.start) : '';
    if (next && copulaBeforeTarget.test(after) && lossNounAfterTarget.test(text.slice(next.end, next.end + 30))) claim(drug, next, after);
    if (next && (targetsAfter.test(after) || definedTargetsAfter.test(after) || (targetsOfHead.test(text.slice(Math.max(start, drug.start - 30), drug.start)) && includeAfter.test(after)))) {
      for (const target of mentionListFrom(text, inSentence, i + 1, listGap).list) claim(drug, target, after);
    }
    // "Y and Z are targets of D": the list that ends right before the cue.
    const previous = inSentence[i - 1];
    const before = previous ? text.slice(previous.end, drug.start) : '';
    if (previous && targetOfBefore.test(before)) {
      for (const target of mentionListTo(text, inSentence, i - 1, listGap).list) claim(drug, target, before);
    }
  });
  return found;
}

export const drugTargets: Construction = {
  name: 'drug-targets',
  reads: '"D targets Y", "Y is a target of D", "the targets of D include Y", "D is an antibody that targets Y", "D is a Y blocker": the drug D inhibits Y',
  triggers: ['target', 'inhibitor', 'blocker', 'antagonist'],
  example: 'Well-described targets of NT157 include IRS-1 and STAT3.',
  expected: ['NT157 inhibits IRS1', 'NT157 inhibits STAT3'],
  apply: replacingWith(read),
};
