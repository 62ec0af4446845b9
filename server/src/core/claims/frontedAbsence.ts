// A fronted absence, then what happens or fails without the molecule: "Without IL-6, the liver can still regenerate",
// "In the absence of X, invasion proceeds normally", "Without X, cells fail to invade", "Without X, regeneration is
// impaired". The absence is the loss of X put first (lostPlace.ts's rule of a loss: what fails without X, X drives), and
// a process that goes on without X says X is not needed for it: no effect, which the labelling guideline reads against a
// finding that X drives it (issue 7, stop 52: "without" is no loss word of the verb reader, and the process named by its
// verb, "regenerate", "invade", gave it no object, so these read nothing). Only a clause with no agent of its own is
// read: "Without X, sorafenib still lowered Y" says what the drug does without X (frontedLostPlace.ts's reading), and a
// clause the sentence turns ("..., but more slowly", "whereas ...") or grades vaguely ("only partially") reads nothing.
import type { EntityMention } from '../entities/recognize';
import { claimOf, isDrugMention, isMoleculeMention, mentionsIn, replacingWith, type Construction, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { less, more, processVerbs } from './groupProcess';
import type { ClaimRelation } from './vocabulary';

/** Sentence start to the absent molecule: "Without", "Even without", "In the absence of", a determiner or adjective. */
const absenceOpening = /^\s*(?:(?:even|yet|however|thus|moreover),?\s+)?(?:without|in\s+the\s+(?:absence|lack)\s+of)\s+(?:(?:the|any|functional|endogenous|active|circulating)\s+)*$/iu;
/** The molecule to the comma: a word of its form may follow ("Without IL-6 signalling,"). */
const toComma = /^\s*(?:(?:signal(?:l)?ing|expression|activity|production|secretion)\s*)?,\s*/iu;

/** The verbs of what an organ does, beside those of cells (groupProcess.ts): a liver regenerates. */
const organVerbs: readonly { forms: readonly string[]; process: string; owner: RegExp }[] = [
  { forms: ['regenerate', 'regenerates', 'regenerated'], process: 'LIVER_REGENERATION', owner: /\b(?:liver|livers|hepatocytes)$/iu },
];
/** Who does the cells' verbs: cells, their lines and clones, tumours (a tumour grows: its growth). */
const cellOwner = /\b(?:cells|cell\s+lines|lines|clones|tumou?rs|xenografts|hepatocytes)$/iu;
const tumourOwner = /\b(?:tumou?rs|xenografts)$/iu;

const ability = String.raw`(?:can|could|may|might|will|would|(?:is|are|was|were)\s+(?:still\s+)?able\s+to)`;
const denial = String.raw`(?:cannot|can\s*not|could\s+not|does\s+not|do\s+not|did\s+not|will\s+not|fail(?:s|ed)?\s+to|(?:is|are|was|were)\s+(?:unable|not\s+able)\s+to|no\s+longer)`;
const adverbs = String.raw`(?:(?:still|also|effectively|efficiently|normally|readily|fully|even)\s+)*`;
const allVerbs = [...processVerbs.flatMap((r) => r.forms), ...organVerbs.flatMap((r) => r.forms)].join('|');
/** After the comma: the owner (a few words), a denial or a modal of ability, adverbs, the verb of what it does. */
const ownerVerb = new RegExp(String.raw`^(?<owner>(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+${adverbs}(?:(?<denied>${denial})\s+|${ability}\s+)?${adverbs}(?<verb>${allVerbs})(?![\p{L}])`, 'iu');

/** After a named process: it goes on (no effect), fails (X drives it) or rises (X holds it back). */
const goesOn = new RegExp(String.raw`^\s+${adverbs}(?:(?<denied>${denial})\s+|${ability}\s+)?${adverbs}(?:(?:proceed|occur|continu|persist)\w*|take[sn]?\s+place|took\s+place)(?![\p{L}])`, 'iu');
const changed = /^\s+(?:(?:is|are|was|were)\s+)(?:(?:\w+ly|still)\s+)?(?:(?<falls>impaired|abolished|blocked|prevented|delayed|reduced|decreased|diminished|attenuated|suppressed|inhibited|compromised|halted|abrogated|lost)|(?<rises>enhanced|increased|accelerated|augmented|elevated|promoted))(?![\p{L}])/iu;

/** Right after the verb, how much: a degree (it says the direction) or a vague grade (nothing read). */
const lessAfter = new RegExp(String.raw`^\s+(?:(?:\w+ly|much|far|even)\s+)?(?:${less})(?![\p{L}])`, 'iu');
const moreAfter = new RegExp(String.raw`^\s+(?:(?:\w+ly|much|far|even)\s+)?(?:${more})(?![\p{L}])`, 'iu');
const vagueGrade = /^\s+(?:only|partially|partly|incompletely|slowly|later|to\s+some\s+extent|with\s+(?:a\s+)?delay)\b/iu;
/** The sentence turns after the clause: "but more slowly", "whereas ...", "although ...". */
const turned = /\b(?:but|although|though|albeit|yet|whereas|while|unless|except)\b/iu;

/** The direction the clause's tail gives: undefined reads nothing. */
function relationAfter(tail: string, denied: boolean): ClaimRelation | undefined {
  if (turned.test(tail)) return undefined;
  if (denied) return moreAfter.test(tail) || lessAfter.test(tail) || vagueGrade.test(tail) ? undefined : 'promotes';
  if (lessAfter.test(tail)) return 'promotes';
  if (moreAfter.test(tail)) return 'inhibits';
  if (vagueGrade.test(tail)) return undefined;
  return 'no-effect';
}

export function frontedAbsenceClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, end } = sentence;
  const inSentence = mentionsIn(sentence);
  const agent = inSentence[0];
  if (!agent || !isMoleculeMention(agent.entityId, kb) || !absenceOpening.test(text.slice(sentence.start, agent.start))) return [];
  const comma = toComma.exec(text.slice(agent.end, end));
  if (!comma) return [];
  const clauseStart = agent.end + comma[0].length;
  const clause = text.slice(clauseStart, end);
  const later = inSentence.filter((m) => m.start >= clauseStart);
  // The clause names an agent of its own: what that agent does without X is frontedLostPlace.ts's to read.
  if (later.some((m) => isMoleculeMention(m.entityId, kb) || isDrugMention(m.entityId, kb))) return [];
  const read = (relation: ClaimRelation | undefined, object: EntityMention, objectEnd: number): ExtractedClaim[] =>
    relation === undefined || object.entityId === agent.entityId ? [] : [claimOf(sentence, agent, relation, object, { inverted: relation !== 'no-effect', start: agent.start, end: objectEnd })];

  // A named process opens the clause: "invasion proceeds", "liver regeneration is impaired".
  const first = later[0];
  if (first && kb.entities.get(first.entityId)?.type === 'process' && /^(?:(?:the|[\p{L}-]+)\s+){0,2}$/iu.test(text.slice(clauseStart, first.start))) {
    const after = text.slice(first.end, end);
    const going = goesOn.exec(after);
    if (going) return read(relationAfter(after.slice(going[0].length), going.groups!.denied !== undefined), first, first.end + going[0].length);
    const change = changed.exec(after);
    if (change) return turned.test(after.slice(change[0].length)) ? [] : read(change.groups!.falls ? 'promotes' : 'inhibits', first, first.end + change[0].length);
    return [];
  }
  // An owner and the verb of what it does: "the liver can regenerate", "the cells fail to invade".
  const m = ownerVerb.exec(clause);
  if (!m || later.some((o) => o.start < clauseStart + m.index + m[0].length - m.groups!.verb.length && !['cell-type', 'cell-line', 'disease', 'experimental-system'].includes(kb.entities.get(o.entityId)?.type ?? ''))) return [];
  const owner = m.groups!.owner.trim();
  const verb = m.groups!.verb.toLowerCase();
  const organ = organVerbs.find((r) => r.forms.includes(verb));
  const cells = processVerbs.find((r) => r.forms.includes(verb));
  const process = organ ? (organ.owner.test(owner) ? organ.process : undefined) : cells && cellOwner.test(owner) ? (cells.ofTumours && tumourOwner.test(owner) ? cells.ofTumours : cells.process) : undefined;
  if (!process || !kb.entities.has(process)) return [];
  const at = clauseStart + m.index + m[0].length - m.groups!.verb.length;
  const object: EntityMention = { entityId: process, start: at, end: at + verb.length, text: m.groups!.verb };
  return read(relationAfter(clause.slice(m.index + m[0].length), m.groups!.denied !== undefined), object, object.end);
}

export const frontedAbsence: Construction = {
  name: 'fronted-absence',
  reads: '"Without X, the liver can still regenerate": X has no effect on liver regeneration; "Without X, cells fail to invade" and "Without X, invasion is impaired": X promotes invasion',
  triggers: ['without', 'absence', 'lack'],
  example: 'Without IL-11, the cells still invade normally.',
  expected: ['IL11 no-effect CELL_INVASION'],
  apply: replacingWith(frontedAbsenceClaims),
};
