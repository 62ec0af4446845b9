// Patient groups compared by a marker: "patients with PTEN loss had a shorter survival", "patients whose
// tumours harboured X had a lower response rate (R% versus S%)", "the survival of patients with negative X was
// longer than that of patients with positive X". Clinical abstracts report associations this way, with no
// verb between marker and outcome. The marker goes with each outcome named with a level word; the marker's
// state (loss, negative) and the level (lower, shorter) each turn the association round.
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import type { EntityMention } from '../entities/recognize';
import { type Construction, contextMentions, mentionsIn, type SentenceSpan, claimOf, triggersOf } from './construction';
import { samePair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { wordTable } from '../util/wordTable';
import { allMatches } from '../util/allMatches';

/** The group named by its marker: "patients (tumours, cases) with", "patients whose tumours harboured". */
const group = /\b(?:patients|cases|tumou?rs|women|subjects|those)\s+(?:(?:whose\s+tumou?rs\s+)?(?:harbou?r(?:ed|ing)?|had|showed|expressed|carried|carrying)|with(?:\s+tumou?rs\s+(?:showing|harbou?ring|expressing|with|characteri[sz]ed\s+by))?|characteri[sz]ed\s+by)\s+/gi;
const markerNamedGroup = /^[-‐‑–−](negative|positive|low|high|deficient|null|lost|mutant|mutated|amplified|expressing)\s+(?:[\p{L}-]+\s+){0,2}?(?:tumou?rs|patients|cases|carcinomas|cancers)\b/iu;
/** The states of `markerNamedGroup` that name the marker's loss. */
const negativeState = /^(?:negative|low|deficient|null|lost)$/i;
/** What the group had: a verb of having, then the level and the outcome. */
const having = /\b(?:had|have|has|showed|show|derived|experienced|achieved|exhibited|displayed|survived|carried)\b/gi;
const higher = /^(?:higher|greater|longer|better|improved|increased|more|superior|prolonged|favou?rable)$/i;
const lower = /^(?:lower|less|shorter|worse|poorer|reduced|decreased|inferior|diminished|unfavou?rable)$/i;
/** An outcome named first, with its level, then the group it was seen in: "Favourable OS was noted in patients with". */
const outcomeSeenIn = /^\s*(?:\([^()]*\)\s*)?(?:was|were)\s+(?:(?:also|significantly|only)\s+)?(?:noted|observed|seen|found|documented|recorded)\s+(?:in|among|for)\b/i;
/**
 * An outcome's risk with its level, then the group it is the risk of, with no verb between: "a lower risk of
 * relapse for patients with high X" (a coordinated outcome the lexicon does not name may stand between, "of
 * relapse and death for"). The group must begin where this ends.
 */
const riskForGroup = /^\s*(?:\([^()]*\)\s*)?(?:(?:and|or)\s+(?:[\p{L}-]+\s+){1,2}?)?(?:for|in|among)\s+(?:the\s+)?/iu;
/**
 * "a higher risk of metastasis": a process (metastasis, progression, recurrence) named as a risk is a clinical
 * outcome of the group, as a phenotype (survival, prognosis) is; its level is the risk's, the word before "risk".
 */
const riskOf = /\b(\p{L}+)\s+risks?\s+of\s+(?:(?:distant|local|tumou?r|cancer|disease)\s+)?$/iu;
/**
 * "survived 3 years without metastases": the group reached the end point's good end, so the event-free survival
 * the event names, with a higher level.
 */
const survivedWithout = /^\s*(?:(?:for\s+)?(?:at\s+least\s+)?(?:\d+|one|two|three|five|ten)[\s-]+(?:years?|months?)\s+)?without\s+(?:any\s+)?(?:distant\s+)?(metastas[ie]s|recurrence|relapse|progression)\b/i;
const eventFreeSurvival: Readonly<Record<string, string>> = wordTable({ metastases: 'METASTASIS_FREE_SURVIVAL', metastasis: 'METASTASIS_FREE_SURVIVAL', recurrence: 'DISEASE_FREE_SURVIVAL', relapse: 'DISEASE_FREE_SURVIVAL', progression: 'PROGRESSION_FREE_SURVIVAL' });
/** What may stand between two markers of one group: their states and a coordinator, "X immunonegativity or strong Y". */
const nextMarker = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:or|and|and\/or)\s+(?:(?:strong|high|low|weak|positive|negative|elevated|reduced|absent|increased|decreased|tumou?r)\s+){0,2}$/iu;
/** The comparison form: "<outcome> of patients with X was longer than". */
const comparedLevel = /^\s*(?:was|were|is|are)\s+(?:significantly\s+|markedly\s+)?(\p{L}+)\s+than\b/iu;

/** The direction a level word gives: "longer", "improved" 1; "shorter", "poorer" -1; any other word 0. */
export function levelSign(word: string): number {
  return higher.test(word) ? 1 : lower.test(word) ? -1 : 0;
}

export function patientGroupClaims(sentence: SentenceSpan): { claims: ExtractedClaim[]; markerSpan: [number, number] } | undefined {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (id: string) => kb.entities.get(id)?.type ?? '';
  const part = text.slice(start, end);
  // "Smad4-negative tumours carried a shorter survival": the group named by the marker's state.
  const named = inSentence.flatMap((m) => {
    const state = markerNamedGroup.exec(text.slice(m.end, end));
    if (!state || !isMarkerType(typeOf(m.entityId))) return [];
    return [{ index: m.start - start, length: m.end - m.start + state[0].length, marker: m, sign: negativeState.test(state[1]) ? -1 : 1 }];
  });
  const groups = [...allMatches(group, part).map((g) => ({ index: g.index, length: g[0].length, marker: undefined, sign: 0 })), ...named, ...levelNamed(sentence, inSentence)];
  // Every reading below, the outcome named first too, is of a group: none, nothing to read (issue 10: outcomeFirst
  // tested each outcome mention of the sentence before looking at the groups).
  if (groups.length === 0) return undefined;
  const seenIn = outcomeFirst(sentence, groups, inSentence);
  if (seenIn) return seenIn;
  for (const found of groups) {
    const groupEnd = start + found.index + found.length;
    const marker = found.marker ?? inSentence.find((m) => m.start >= groupEnd && m.start <= groupEnd + 40 && isMarkerType(typeOf(m.entityId)));
    if (!marker) continue;
    const markerSign = found.sign !== 0 ? found.sign : stateSign(text, marker, groupEnd, end);
    const context = contextMentions(sentence, [marker.entityId]);
    const claim = (object: (typeof inSentence)[number], sign: number): ExtractedClaim => claimOf(sentence, marker, 'associated-with', object, { polarity: sign > 0 ? 'positive' : 'negative', context, start, end });
    // "The survival of patients with negative X was longer than that of ...": the outcome before the group.
    const outcomeBefore = [...inSentence].reverse().find((m) => m.end <= start + found.index && typeOf(m.entityId) === 'phenotype');
    const compared = comparedLevel.exec(text.slice(marker.end, end).replace(/^[^,;]*?(?=\s+(?:was|were|is|are)\b)/i, ''));
    if (outcomeBefore && compared && levelSign(compared[1]) !== 0 && /^\s*(?:the\s+)?(?:\p{L}+\s+){0,2}of\s+$/iu.test(text.slice(outcomeBefore.end, start + found.index))) {
      return { claims: [claim(outcomeBefore, markerSign * levelSign(compared[1]))], markerSpan: [groupEnd, marker.end] };
    }
    // "... had a lower X (R% versus S%) and a lower Y": each outcome after a level word, to the clause's end.
    having.lastIndex = 0;
    const rest = text.slice(marker.end, end);
    const verb = having.exec(rest);
    if (!verb) continue;
    const verbEnd = marker.end + verb.index + verb[0].length;
    const groupMarkers = [marker, ...coordinatedMarkers(text, marker, marker.end + verb.index, inSentence, kb)];
    const signOf = (m: (typeof inSentence)[number]) => (m === marker ? markerSign : markerLost(text, m, m.start - 20, marker.end + verb.index) ? -1 : 1);
    // "survived 3 years without metastases": each marker of the group goes with the event-free survival.
    const event = /^survived$/i.test(verb[0]) ? survivedWithout.exec(text.slice(verbEnd, end)) : null;
    const eventId = event ? eventFreeSurvival[event[1].toLowerCase()] : undefined;
    if (event && eventId && kb.entities.has(eventId)) {
      const at = verbEnd + event.index + event[0].length - event[1].length;
      const outcome = { entityId: eventId, start: verbEnd, end: at + event[1].length, text: text.slice(verbEnd, at + event[1].length) };
      return { claims: groupMarkers.map((m) => ({ ...claim(outcome, signOf(m)), subject: m })), markerSpan: [groupEnd, verbEnd] };
    }
    const clauseEnd = verbEnd + (/;|\bwhereas\b|\bwhile\b|,\s*(?:when\s+)?compared\b|\bcompared\s+(?:with|to)\b/i.exec(text.slice(verbEnd, end))?.index ?? end - verbEnd);
    const claims: ExtractedClaim[] = [];
    for (const outcome of inSentence.filter((m) => m.start >= verbEnd && m.end <= clauseEnd && (typeOf(m.entityId) === 'phenotype' || riskLevel(text, verbEnd, m) !== 0))) {
      const words = text.slice(Math.max(verbEnd, outcome.start - 40), outcome.start).replace(/\([^()]*\)/g, ' ').split(/[\s,]+/).filter(Boolean);
      const level = typeOf(outcome.entityId) === 'phenotype' ? words.slice(-3).map(levelSign).find((s) => s !== 0) : riskLevel(text, verbEnd, outcome);
      if (level === undefined || claims.some((c) => c.object.entityId === outcome.entityId)) continue;
      claims.push(claim(outcome, markerSign * level));
    }
    if (claims.length > 0) return { claims, markerSpan: [groupEnd, verbEnd] };
  }
  return undefined;
}

/**
 * "High Y staining before chemotherapy had a better response", "Low X levels showed a shorter survival": the
 * group named by the marker's level alone, opening the sentence as the subject of a verb of having (the patients
 * with that level, as "patients with high X" would say).
 */
const levelOpening = /^\s*(?:(?:results?|conclusions?)\s*:\s*)?(?:(high|higher|elevated|increased|strong|positive)|(low|lower|reduced|decreased|weak|negative|absent))\s+(?:(?:levels?|expression)\s+of\s+)?(?:(?:nuclear|cytoplasmic|serum|plasma|tumou?r|pre-?treatment|baseline)\s+)?$/iu;
const levelToVerb = /^\s*(?:expression|levels?|status|staining|immunoreactivity)?(?:\s+(?:before|after|at|prior\s+to)\s+[\p{L}\p{N}-]+)?\s+(?:had|showed|exhibited|displayed|experienced|achieved)\b/iu;

function levelNamed(sentence: SentenceSpan, inSentence: readonly EntityMention[]): { index: number; length: number; marker: EntityMention; sign: number }[] {
  const { text, start, end, kb } = sentence;
  const marker = inSentence[0];
  if (!marker || !isMarkerType(kb.entities.get(marker.entityId)?.type ?? '')) return [];
  const level = levelOpening.exec(text.slice(start, marker.start));
  if (!level || !levelToVerb.test(text.slice(marker.end, end))) return [];
  return [{ index: marker.start - start, length: marker.end - marker.start, marker, sign: level[1] ? 1 : -1 }];
}

/**
 * The state of a group's marker found after "patients with": its state tied to it by a hyphen, "with STAT3-negative
 * tumours" -1 (the group the marker's state names, `markerNamedGroup`), else its loss around it, else 1.
 */
function stateSign(text: string, marker: EntityMention, groupEnd: number, end: number): number {
  const state = markerNamedGroup.exec(text.slice(marker.end, end));
  if (state) return negativeState.test(state[1]) ? -1 : 1;
  return markerLost(text, marker, groupEnd, end) ? -1 : 1;
}

/** The level of an outcome named as a risk, "a lower risk of relapse" -1, "a higher risk of" 1; 0 when it is none. */
function riskLevel(text: string, from: number, outcome: EntityMention): number {
  const risk = riskOf.exec(text.slice(Math.max(from, outcome.start - 60), outcome.start));
  return risk ? levelSign(risk[1]) : 0;
}

/** Markers coordinated with the group's first one before its verb: "with X immunonegativity or strong Y expression". */
function coordinatedMarkers(text: string, first: EntityMention, to: number, inSentence: readonly EntityMention[], kb: SentenceSpan['kb']): EntityMention[] {
  const found: EntityMention[] = [];
  let previous = first;
  for (const m of inSentence) {
    if (m.start < previous.end || m.end > to || m.entityId === previous.entityId) continue;
    if (!isMarkerType(kb.entities.get(m.entityId)?.type ?? '')) continue;
    const gap = text.slice(previous.end, m.start).replace(/\([^()]*\)/g, ' ');
    if (!nextMarker.test(gap)) break;
    found.push(m);
    previous = m;
  }
  return found;
}

/**
 * "Favourable metastasis-free survival was noted in patients with A and with tumours characterised by low B":
 * the outcome and its level come first; each group after it goes with the outcome, turned round by its state.
 */
function outcomeFirst(sentence: SentenceSpan, groups: readonly { index: number; length: number; marker: EntityMention | undefined; sign: number }[], inSentence: readonly EntityMention[]): { claims: ExtractedClaim[]; markerSpan: [number, number] } | undefined {
  const { text, start, end, kb } = sentence;
  const groupAt = (at: number) => groups.some((g) => start + g.index === at);
  const outcome = inSentence.find((m) => {
    const risk = riskLevel(text, start, m) !== 0;
    if ((risk || kb.entities.get(m.entityId)?.type === 'phenotype') && outcomeSeenIn.test(text.slice(m.end, end))) return true;
    const forGroup = risk ? riskForGroup.exec(text.slice(m.end, end)) : null;
    return forGroup !== null && groupAt(m.end + forGroup[0].length);
  });
  if (!outcome) return undefined;
  const risk = riskLevel(text, start, outcome);
  const level = risk !== 0 ? risk : text.slice(Math.max(start, outcome.start - 40), outcome.start).split(/[\s,]+/).filter(Boolean).slice(-2).map(levelSign).find((l) => l !== 0);
  if (level === undefined) return undefined;
  const claims: ExtractedClaim[] = [];
  let first = end;
  for (const found of groups) {
    const groupEnd = start + found.index + found.length;
    if (groupEnd <= outcome.end) continue;
    const marker = found.marker ?? inSentence.find((m) => m.start >= groupEnd && m.start <= groupEnd + 40 && isMarkerType(kb.entities.get(m.entityId)?.type ?? ''));
    if (!marker || claims.some((c) => c.subject.entityId === marker.entityId)) continue;
    const sign = (found.sign !== 0 ? found.sign : stateSign(text, marker, groupEnd, end)) * level;
    first = Math.min(first, groupEnd);
    claims.push(claimOf(sentence, marker, 'associated-with', outcome, { polarity: sign > 0 ? 'positive' : 'negative', start, end }));
  }
  return claims.length > 0 ? { claims, markerSpan: [first, end] } : undefined;
}

export const patientGroups: Construction = {
  name: 'patient-groups',
  reads: '"patients with X loss had a shorter survival": X goes with survival (the loss and the level each turn it round)',
  example: 'Patients with vimentin loss had a shorter overall survival.',
  expected: ['VIM associated-with(positive) OVERALL_SURVIVAL'],
  // Every reading needs a group: named by `group` or `markerNamedGroup` (a noun of patients or tumours), or by its
  // level alone (levelNamed), which needs both a level word and a verb of `levelToVerb`; the verbs are the rarer
  // (issue 10: the level words listed here before, "high", "low", "positive", let it run on most claim sentences).
  triggers: triggersOf(group, markerNamedGroup, levelToVerb),
  apply(claims, sentence) {
    const read = patientGroupClaims(sentence);
    if (!read) return claims;
    const [from, to] = read.markerSpan;
    // The group's own description ("defined as A and/or B") holds no finding between its markers.
    const kept = claims.filter((c) => !(c.subject.start >= from && c.object.end <= to && c.object.start >= from && c.subject.end <= to) && !read.claims.some((r) => samePair(r, c)));
    return [...kept, ...read.claims];
  },
};
