// Patients grouped by the drug they received: "patients treated with regorafenib had a longer overall survival",
// "sorafenib-treated patients showed an improved response", "those receiving X lived longer". Clinical prose
// reports a drug's effect on an outcome this way, with no verb between drug and outcome: the level word before
// the outcome gives the direction (the marker groups of patientGroups.ts are associations; a drug given is a
// cause, read as "treatment with X prolonged survival" is).
import type { EntityMention } from '../entities/recognize';
import { type Construction, isDrugMention, mentionsIn, type SentenceSpan, claimOf, replacingWith } from './construction';
import type { ExtractedClaim } from './extract';
import { levelSign } from './patientGroups';

/** The group before the drug: "patients treated with", "cases receiving", "mice given", "patients who received". */
const groupBefore = /\b(?:patients|cases|subjects|participants|individuals|mice|rats|those|animals)\s+(?:who\s+(?:were\s+|had\s+been\s+)?)?(?:(?:treated|managed)\s+with|receiving|received|given|administered|on)\s+(?:(?:the|adjuvant|first-line|second-line|oral|combined)\s+)?$/i;
/** The group after the drug: "sorafenib-treated patients". */
const groupAfter = /^[-‐\s](?:treated|exposed)\s+(?:[\p{L}-]+\s+)?(?:patients|cases|subjects|mice|rats|animals|groups?)\b/iu;
/**
 * Issue 7, stop 38: the arm of a study named by its drug, "the sorafenib group (arm, cohort) had a longer median OS":
 * the group received the drug, as "sorafenib-treated patients" did. Only with no other drug in the sentence ("the
 * A group lived longer than the B group" ranks two drugs, which no finding of one drug speaks to), and never a group
 * named by the drug's absence ("the non-sorafenib group", "the no-sorafenib arm").
 */
const armAfter = /^\s+(?:(?:treatment|therapy|monotherapy|treated)\s+)?(?:group|arm|cohort)\b/i;
const namedByAbsence = /(?:\bnon|\bno|\bwithout|\bfree\s+of)[-‐\s]$/i;
/** What the group had, up to the outcome: a verb of having, then at most a few words with the level word among them. */
const having = /^[^;:]*?\b(?:had|has|have|showed|show|shows|experienced|achieved|exhibited|displayed|attained|gained|demonstrated)\s+((?:[\p{L}-]+\s+){0,3}?)$/iu;
/** "lived longer", "survived longer": the group's survival, with no outcome named. */
const livedLonger = /^[^;:]*?\b(?:lived|survived)\s+(?:significantly\s+|markedly\s+)?(longer|shorter)\b/i;

function read(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const phenotype = (m: EntityMention) => kb.entities.get(m.entityId)?.type === 'phenotype';
  const found: ExtractedClaim[] = [];
  for (const drug of inSentence) {
    if (!isDrugMention(drug.entityId, kb)) continue;
    const after = text.slice(drug.end, end);
    const arm = armAfter.exec(after);
    const armOfItsOwn = arm !== null && !namedByAbsence.test(text.slice(Math.max(start, drug.start - 8), drug.start)) && !inSentence.some((m) => m.entityId !== drug.entityId && isDrugMention(m.entityId, kb));
    const named = groupAfter.exec(after) ?? (armOfItsOwn ? arm : null);
    if (!named && !groupBefore.test(text.slice(Math.max(start, drug.start - 60), drug.start))) continue;
    const from = drug.end + (named ? named[0].length : 0);
    const claim = (object: EntityMention, sign: number): void => {
      found.push(claimOf(sentence, drug, sign > 0 ? 'increases' : 'decreases', object, { start: Math.min(drug.start, object.start), end: Math.max(drug.end, object.end) }));
    };
    const outcome = inSentence.find((m) => m.start >= from && phenotype(m) && having.test(text.slice(from, m.start)));
    if (outcome) {
      const words = having.exec(text.slice(from, outcome.start))![1].split(/\s+/).filter(Boolean);
      const sign = words.map(levelSign).find((s) => s !== 0);
      if (sign !== undefined) claim(outcome, sign);
      continue;
    }
    const lived = livedLonger.exec(text.slice(from, end));
    if (lived && kb.entities.has('SURVIVAL')) {
      const at = from + lived.index + lived[0].length - lived[1].length;
      claim({ entityId: 'SURVIVAL', start: at, end: at + lived[1].length, text: lived[1] }, /longer/i.test(lived[1]) ? 1 : -1);
    }
  }
  return found;
}

export const treatedPatients: Construction = {
  name: 'treated-patients',
  reads: '"patients treated with X had a longer OS", "X-treated patients lived longer": X raises (or lowers) the outcome',
  triggers: ['treated', 'receiv', 'given', 'administered', 'exposed', ' on ', 'group', 'arm', 'cohort'],
  example: 'Patients treated with regorafenib had a longer overall survival in this HCC trial.',
  expected: ['REGORAFENIB increases OVERALL_SURVIVAL [ctx HCC]'],
  // Only the reader's claims of drug on outcome give way; a reading the other way round is left as it was.
  apply: replacingWith(read, { oneWay: true }),
};
