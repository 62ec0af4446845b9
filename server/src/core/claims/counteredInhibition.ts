// A drug's inhibition undone by another agent: "X counteracted the growth inhibition exerted by D", "X reversed the
// D-induced growth suppression", "X overcame the antiproliferative effect of D". What the sentence reports is that
// X makes the cells resist D (X raises resistance to D), not that X promotes growth: the growth named is the one D
// took away. The verb reading read "X counteracted ... growth" as X promoting growth and "inhibition of
// proliferation caused by D" as D inhibiting it; both go, and the resistance is the sentence's claim (issue 7).
import type { EntityMention } from '../entities/recognize';
import { drugResistanceOf } from '../kb/outcomes';
import { claimOf, contextMentions, isDrugMention, mentionsIn, type SentenceSpan } from './construction';
import { samePair } from './readPairs';
import type { ExtractedClaim } from './extract';

const undoing = String.raw`(?:counteract(?:ed|s)?|overc(?:ame|omes?)|revers(?:ed|es)|rescu(?:ed|es)|abrogat(?:ed|es)|antagoni[sz](?:ed|es)|blunt(?:ed|s)|offset|oppos(?:ed|es)|neutrali[sz](?:ed|es)|abolish(?:ed|es))`;
const adverb = String.raw`(?:(?:also|further|significantly|partly|partially|largely|completely|fully|markedly|effectively|strongly)\s+)?`;
const growthWords = String.raw`(?:(?:cell|cellular|tumou?r|cancer)\s+)?(?:growth|proliferation|proliferative|viability|survival)`;
const inhibitionNoun = String.raw`(?:inhibition|suppression|reduction|cytotoxicity)`;
/** The drug's effect named by what it does to the cells: "the antiproliferative effect of D". */
const effectNoun = String.raw`(?:(?:inhibitory|growth-inhibitory|anti-?proliferative|anti-?tumou?r|cytotoxic|cytostatic)\s+(?:effects?|actions?|activity))`;
/** Right before the drug: "counteracted the growth inhibition exerted by", "overcame the inhibition of proliferation caused by". */
const undoneBy = new RegExp(
  String.raw`^\s*${adverb}${undoing}\s+(?:the\s+)?(?:${growthWords}\s+)?` +
    String.raw`(?:${inhibitionNoun}\s+(?:of\s+${growthWords}\s+)?(?:(?:exerted|caused|induced|mediated|produced|elicited|imposed|triggered)\s+)?by|${effectNoun}\s+(?:of|exerted\s+by|caused\s+by|of\s+treatment\s+with))` +
    String.raw`\s+(?:the\s+)?(?:(?:drug|inhibitor|multikinase|multi-kinase|kinase|compound|agent|treatment)\s+){0,2}$`,
  'iu',
);
/** Before a hyphen-tied drug: "reversed the", then "D-induced growth inhibition". */
const undoingThe = new RegExp(String.raw`^\s*${adverb}${undoing}\s+(?:the\s+)?$`, 'iu');
const drugInducedInhibition = new RegExp(String.raw`^[-‐‑–−](?:induced|mediated|dependent|elicited|triggered)\s+(?:${growthWords}\s+)?${inhibitionNoun}`, 'iu');

export function counteredInhibitionClaims(sentence: SentenceSpan): { claims: ExtractedClaim[]; spans: { start: number; end: number }[] } {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const claims: ExtractedClaim[] = [];
  const spans: { start: number; end: number }[] = [];
  inSentence.forEach((drug, i) => {
    if (i === 0 || !isDrugMention(drug.entityId, kb)) return;
    // The agent: the mention right before the verb (one or two words between: "IGF1 treatment", "IGF1 also").
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const agent = inSentence[k];
      if (agent.entityId === drug.entityId || agent.end > drug.start) continue;
      const between = text.slice(agent.end, drug.start);
      const lead = /^\s*(?:(?:treatment|stimulation|exposure|overexpression|addition|alone)\s+)?/iu.exec(between)![0];
      const rest = between.slice(lead.length);
      const read = undoneBy.test(' ' + rest) || (undoingThe.test(' ' + rest) && drugInducedInhibition.test(text.slice(drug.end, drug.end + 60)));
      if (!read) continue;
      const resistance = drugResistanceOf(drug.entityId, kb);
      if (!resistance) return;
      const object: EntityMention = { entityId: resistance.object, start: drug.start, end: drug.end, text: drug.text };
      const context = [...contextMentions(sentence, [agent.entityId, drug.entityId, resistance.object]), ...resistance.context.map((id) => ({ ...drug, entityId: id }))];
      claims.push(claimOf(sentence, agent, 'increases', object, { context, start: agent.start, end: drug.end }));
      const after = drugInducedInhibition.exec(text.slice(drug.end, drug.end + 60));
      spans.push({ start: Math.max(start, agent.start), end: drug.end + (after ? after[0].length : 0) });
      return;
    }
  });
  return { claims, spans };
}

/** A cheap test first: the sentence names one of the undoing verbs. */
const undoingWord = new RegExp(undoing, 'iu');

/**
 * The sentence's claims with each "X counteracted the inhibition by D" read as X raising resistance to D, and the
 * claims inside the phrase (X promotes growth, D inhibits proliferation) gone. A sentence-level claim filter
 * (sentenceFilters.ts), run once on every reader's claims: anchored reading may read the phrase's pairs too.
 */
export function withCounteredInhibition(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  if (!undoingWord.test(sentence.text.slice(sentence.start, sentence.end))) return claims;
  const read = counteredInhibitionClaims(sentence);
  if (read.claims.length === 0) return claims;
  const inside = (c: ExtractedClaim): boolean => read.spans.some((s) => c.subject.start >= s.start && c.subject.end <= s.end && c.object.start >= s.start && c.object.end <= s.end);
  // A reader's claim on the same pair with the same relation gives way, denied or not (negation aside, unlike sameReading).
  return [...claims.filter((c) => !inside(c) && !read.claims.some((r) => samePair(r, c) && r.relation === c.relation)), ...read.claims];
}
