// A switch between two markers during a process: "a cadherin switch from E-cadherin to N-cadherin takes place
// during EMT", "EMT entails a shift from keratin to vimentin expression". Writers define a process by the markers
// it trades, as a noun phrase with no verb of change: the process lowers the first and raises the second. The
// verb reading found no relation in it (issue 7, stop 37). Only two molecules (a switch between two processes or
// two cell states is no change of level) and a process named in the sentence ("hypoxia" is a condition: a switch
// under hypoxia says what hypoxia brings about only through a verb, which the reader reads).
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { type Construction, claimOf, mentionsIn } from './construction';
import type { ExtractedClaim } from './extract';

/** Before the first marker: "switch from", "shift from", "switching from" (a noun or its gerund). */
const switchBefore = /\b(?:switch(?:es|ing)?|shift(?:s|ing)?)\s+(?:in\s+expression\s+)?from\s+(?:the\s+)?(?:expression\s+of\s+)?$/i;
/** Between the two markers: "to", "towards", with an optional word of level after the first. */
const switchBetween = /^\s*(?:(?:expression|levels?|protein)\s+)?to(?:wards?)?\s+(?:the\s+)?(?:expression\s+of\s+)?$/i;

/** Before the switch noun in its clause: a denial, an absence or a question. */
const deniedBefore = /\b(?:no|not|never|without|whether|if|absence\s+of|lack\s+of|failed\s+to|fail\s+to|unable\s+to|neither|nor)\b[^.;:]*$/i;
/** After the second marker: the switch's own verb denied ("was not seen", "did not occur", "was absent"). */
const deniedAfter = /^[^.;:]{0,80}?\b(?:(?:was|were|is|are|has|have|had|did|does|do)\s+(?:not(?!\s+(?:always|only|necessarily))|never)|(?:was|were|is|are)\s+absent|(?:wasn|weren|isn|aren|hasn|haven|didn|doesn)['’]t)\b/i;

function deniedSwitch(before: string, after: string): boolean {
  return deniedBefore.test(before) || deniedAfter.test(after);
}

export function markerSwitchClaims(sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const read: ExtractedClaim[] = [];
  for (let i = 0; i + 1 < inSentence.length; i++) {
    const from = inSentence[i];
    const to = inSentence[i + 1];
    if (!switchBefore.test(text.slice(Math.max(start, from.start - 60), from.start))) continue;
    if (!switchBetween.test(text.slice(from.end, to.start))) continue;
    if (!isMarkerType(typeOf(from)) || !isMarkerType(typeOf(to)) || from.entityId === to.entityId) continue;
    // The process: the nearest one named after the pair, else before it.
    const after = inSentence.slice(i + 2).find((m) => typeOf(m) === 'process');
    const before = [...inSentence.slice(0, i)].reverse().find((m) => typeOf(m) === 'process');
    const process = after ?? before;
    if (!process) continue;
    // "No switch from A to B was seen during P", "the switch ... was not observed", "without a switch", "whether a
    // switch ... occurs": a denied or asked switch says nothing of what P does to the markers (issue 7, stop 38: it
    // was read as asserted, and supported).
    if (deniedSwitch(text.slice(Math.max(start, from.start - 60), from.start), text.slice(to.end, sentence.end))) continue;
    const span = { start: Math.min(process.start, from.start), end: Math.max(process.end, to.end) };
    read.push(claimOf(sentence, process, 'decreases', from, span));
    read.push(claimOf(sentence, process, 'increases', to, span));
  }
  return read;
}

export const markerSwitch: Construction = {
  name: 'marker-switch',
  reads: '"a switch from A to B during P": the process P lowers marker A and raises marker B',
  triggers: ['switch', 'shift'],
  example: 'A shift from E-cadherin to vimentin expression accompanies epithelial-mesenchymal transition in these tumours.',
  expected: ['EMT decreases CDH1 [ctx CANCER]', 'EMT increases VIM [ctx CANCER]'],
  apply(claims, sentence) {
    const read = markerSwitchClaims(sentence);
    if (read.length === 0) return claims;
    // The verb reading's claims among the process and the two markers give way to the switch's.
    const ids = new Set(read.flatMap((c) => [c.subject.entityId, c.object.entityId]));
    return [...claims.filter((c) => !(ids.has(c.subject.entityId) && ids.has(c.object.entityId))), ...read];
  },
};
