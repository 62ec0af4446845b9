// Protection from a treatment, and protection as a purpose: "hypoxia shields tumour cells from radiation", "IL-6
// protects HCC cells from sorafenib", "X switches on a set of genes to shield the cells from apoptosis" (issue 7, stop
// 34). What a verb of protection holds back after "from" (or "against") is a treatment or a harm:
// - a drug, radiation or chemotherapy: the cells withstand it, so the protector raises the resistance to it
//   (drugResistanceOf; radioresistance; chemoresistance). The verb reading keeps a drug after "from" off on purpose
//   (extract.ts): lowering the drug is not what the writer says.
// - a process or phenotype (apoptosis, cell death): the protector lowers it. The verb reading reads this when the
//   verb is the clause's own; in a purpose infinitive after a verb that signals nothing ("X turns on a survival
//   programme to protect cells from Y") it read the programme, or nothing. The clause's subject is the one who
//   protects: a purpose infinitive's agent is its main clause's subject.
// A denied protection ("did not protect", "failed to shield") is read denied; the cells being normal tissue is
// radioprotection of the patient, not the tumour's resistance, and is not read.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { drugResistanceOf } from '../kb/outcomes';
import { type Construction, claimOf, contextMentions, isDrugMention, mentionsIn, onePerEntity, type SentenceSpan } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';

const protectionVerb = /\b(?:(to)\s+)?(?:protect|shield|guard|safeguard|spare)(?:s|ed|ing)?\b/gi;
/** Between the verb and "from": the cells or tumours protected, a few words. */
const protectedThenFrom = /^\s+((?:[\p{L}\d/-]+\s+){0,6}?)(?:from|against)\s+(?:the\s+)?(?:(?:toxic|cytotoxic|lethal|killing|damaging|deleterious|harmful|detrimental)\s+)?(?:(?:effects?|action|toxicity)\s+of\s+(?:the\s+)?)?$/iu;
/** Radiation named as what cells are protected from: radioresistance. */
const radiationWords = /^(?:(?:ionizing|ionising|therapeutic|gamma|γ)[\s-]+)?(?:radiation|irradiation|radiotherapy|x-?rays?|gamma[\s-]rays?|γ[\s-]?rays?)\b/iu;
/** Chemotherapy named as what cells are protected from: chemoresistance. */
const chemotherapyWords = /^(?:chemotherapy|chemotherapeutics|chemotherapeutic\s+(?:drugs|agents)|cytotoxic\s+(?:drugs|agents|chemotherapy)|anti-?cancer\s+drugs)\b/iu;
/** The protected are normal cells: radioprotection of the tissue, no finding on the tumour. */
const normalTissue = /\b(?:normal|healthy|non-?tumou?r|non-?malignant|non-?cancerous)\b/i;
/** Where the subject's clause starts. */
const clauseStart = /[;:]|,\s*(?:whereas|while|but|and|which|that)\b|\b(?:whereas|while|which|that)\b/gi;
/** A denial of the protection in the few words before the verb. */
const denied = /\b(?:not|never|no\s+longer|failed|fails|fail|unable|cannot|could\s+not)\b(?:\s+\S+){0,2}\s*$/i;

function protectorType(type: string): boolean {
  return isMarkerType(type) || type === 'condition' || type === 'drug' || type === 'chemical' || type === 'cell-type' || type === 'pathway';
}

export function protectedFromClaims(sentence: SentenceSpan, claims: readonly ExtractedClaim[]): { read: ExtractedClaim[]; replaced: Set<ExtractedClaim> } {
  const { text, start, end, kb } = sentence;
  const read: ExtractedClaim[] = [];
  const replaced = new Set<ExtractedClaim>();
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention): string => kb.entities.get(m.entityId)?.type ?? '';
  for (const match of allMatches(protectionVerb, text.slice(start, end))) {
    const at = start + match.index;
    const verbAt = at + (match[1] ? match[0].length - match[0].replace(/^to\s+/i, '').length : 0);
    const verbEnd = at + match[0].length;
    const purpose = match[1] !== undefined;
    // What is held back: the first thing after "from".
    const tail = text.slice(verbEnd, end);
    const from = /\b(?:from|against)\b/i.exec(tail);
    if (!from) continue;
    const afterFrom = verbEnd + from.index;
    // The target as a mention, or as words of radiation or chemotherapy, right after "from (the effects of)".
    const fromEnd = afterFrom + from[0].length;
    const wordsAfter = text.slice(fromEnd, end).replace(/^\s+(?:the\s+)?(?:(?:toxic|cytotoxic|lethal|killing|damaging|deleterious|harmful|detrimental)\s+)?(?:(?:effects?|action|toxicity)\s+of\s+(?:the\s+)?)?/i, '');
    const wordsAt = end - wordsAfter.length;
    const protectedWords = protectedThenFrom.exec(text.slice(verbEnd, wordsAt));
    const targetMention = inSentence.find((m) => m.start === wordsAt);
    let object: EntityMention | undefined;
    let outcomeContext: string[] = [];
    let raises = true;
    const radiation = radiationWords.exec(wordsAfter);
    const chemo = chemotherapyWords.exec(wordsAfter);
    if (targetMention && isDrugMention(targetMention.entityId, kb)) {
      // "from sorafenib-induced apoptosis": the drug causes the harm; the harm is the target, read below.
      if (/^[-\u2010\u2011](?:induced|mediated|triggered|evoked|driven|dependent)\b/i.test(text.slice(targetMention.end, targetMention.end + 12))) continue;
      const outcome = drugResistanceOf(targetMention.entityId, kb);
      if (!outcome) continue;
      object = { ...targetMention, entityId: outcome.object };
      outcomeContext = outcome.context;
    } else if (radiation && kb.entities.has('RADIORESISTANCE') && !targetMention) {
      object = { entityId: 'RADIORESISTANCE', start: wordsAt, end: wordsAt + radiation[0].length, text: radiation[0] };
    } else if (chemo && kb.entities.has('CHEMORESISTANCE') && !(targetMention && targetMention.end > wordsAt + chemo[0].length)) {
      object = { entityId: 'CHEMORESISTANCE', start: wordsAt, end: wordsAt + chemo[0].length, text: chemo[0] };
    } else if (purpose && targetMention && (typeOf(targetMention) === 'process' || typeOf(targetMention) === 'phenotype')) {
      // A harm held back in a purpose clause: lowered. (The verb's own clause is the verb reading's.)
      object = targetMention;
      raises = false;
    }
    if (!object || !protectedWords) continue;
    if (normalTissue.test(protectedWords[1] ?? '')) continue;
    if (/\b(?:was|were|is|are|be|been|being|become|became|remain|remained)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(start, verbAt - 30), verbAt)) && normalTissue.test(text.slice(start, verbAt))) continue;
    // The protector: the subject of the verb's clause (for a purpose infinitive, of the main clause); in the passive,
    // "the cells were protected from radiation by X", the agent after "by" (the cells are where it acts).
    const clauseFrom = Math.max(start, ...[...allMatches(clauseStart, text.slice(start, verbAt))].map((c) => start + c.index + c[0].length));
    const passive = !purpose && /\b(?:was|were|is|are|be|been|being|become|became|remain|remained)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(start, verbAt - 30), verbAt));
    const before = passive ? [] : inSentence.filter((m) => m.end <= verbAt && m.start >= clauseFrom);
    // A fronted setting ("In HCC, ...") is no protector; the subject is the first actor of the clause.
    const subject = passive
      ? inSentence.find((m) => m.start >= object.end && /^[^,;]*?\bby\s+(?:the\s+)?$/i.test(text.slice(object.end, m.start)) && protectorType(typeOf(m)))
      : before.find((m) => protectorType(typeOf(m)) && !/\b(?:in|among|within|under)\s+(?:the\s+)?$/i.test(text.slice(Math.max(start, m.start - 12), m.start)));
    if (!subject || subject.entityId === object.entityId) continue;
    // "We added D to protect the cells from E": the writers act, D is what they used, not the clause's subject.
    if (purpose && /\b(?:we|they|i|authors?|investigators?|researchers?)\b/i.test(text.slice(clauseFrom, subject.start))) continue;
    if (purpose) {
      // After a verb that names a signalling partner ("X induces IL-11 to protect"), the partner may be the protector:
      // only a main verb whose object names no other actor is read.
      const between = before.filter((m) => m.start > subject.end);
      if (between.some((m) => protectorType(typeOf(m)))) continue;
      for (const c of claims) if (c.object.entityId === object.entityId && between.some((m) => m.entityId === c.subject.entityId)) replaced.add(c);
    }
    if (readsPair(claims, subject.entityId, object.entityId)) continue;
    // The cells protected are where it acts, no object of the verb ("protected the tumours against irradiation" is no
    // lowering of the cancer).
    for (const c of claims) if (c.subject.entityId === subject.entityId && c.object.start >= verbEnd && c.object.end <= afterFrom) replaced.add(c);
    // The drug protected from is no object of the main verb ("X engages factors to guard cells against D").
    if (object.entityId !== targetMention?.entityId) for (const c of claims) if (targetMention && c.object.start === targetMention.start && c.object.entityId === targetMention.entityId) replaced.add(c);
    const negated = denied.test(text.slice(clauseFrom, verbAt));
    const context = onePerEntity([...contextMentions(sentence, [subject.entityId, object.entityId]), ...outcomeContext.map((id) => ({ ...object, entityId: id }))]);
    read.push(claimOf(sentence, subject, raises ? 'increases' : 'decreases', object, { context, negated }));
  }
  return { read, replaced };
}

export const protectedFrom: Construction = {
  name: 'protected-from',
  reads: '"X shields cells from radiation (from D)": X raises radioresistance (resistance to D); "X turns on genes to protect cells from Y": X lowers Y',
  triggers: ['protect', 'shield', 'guard', 'spare'],
  example: 'Low oxygen tension shields the tumour cells from ionising radiation.',
  expected: ['HYPOXIA increases RADIORESISTANCE [ctx CANCER]'],
  apply(claims, sentence) {
    const { read, replaced } = protectedFromClaims(sentence, claims);
    if (read.length === 0) return claims;
    return [...read, ...claims.filter((c) => !replaced.has(c))];
  },
};
