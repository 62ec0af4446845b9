// A switch between two markers during a process: "a cadherin switch from E-cadherin to N-cadherin takes place
// during EMT", "EMT entails a shift from keratin to vimentin expression". Writers define a process by the markers
// it trades, as a noun phrase with no verb of change: the process lowers the first and raises the second. The
// verb reading found no relation in it (issue 7, stop 37). Only two molecules (a switch between two processes or
// two cell states is no change of level) and a process named in the sentence ("hypoxia" is a condition: a switch
// under hypoxia says what hypoxia brings about only through a verb, which the reader reads).
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { addingWith, type Construction, claimOf, mentionsIn } from './construction';
import { readsPair } from './readPairs';
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

/** The pairs of markers a sentence names as a switch ("a switch from A to B"), asserted (not denied or asked), with the index of the first. */
function switchPairs(sentence: Parameters<Construction['apply']>[1]): { from: EntityMention; to: EntityMention; i: number }[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const pairs: { from: EntityMention; to: EntityMention; i: number }[] = [];
  for (let i = 0; i + 1 < inSentence.length; i++) {
    const from = inSentence[i];
    const to = inSentence[i + 1];
    if (!switchBefore.test(text.slice(Math.max(start, from.start - 60), from.start))) continue;
    if (!switchBetween.test(text.slice(from.end, to.start))) continue;
    if (!isMarkerType(typeOf(from)) || !isMarkerType(typeOf(to)) || from.entityId === to.entityId) continue;
    // "No switch from A to B was seen during P", "the switch ... was not observed", "without a switch", "whether a
    // switch ... occurs": a denied or asked switch says nothing of what P does to the markers (issue 7, stop 38: it
    // was read as asserted, and supported).
    if (deniedSwitch(text.slice(Math.max(start, from.start - 60), from.start), text.slice(to.end, sentence.end))) continue;
    pairs.push({ from, to, i });
  }
  return pairs;
}

export function markerSwitchClaims(sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const read: ExtractedClaim[] = [];
  for (const { from, to, i } of switchPairs(sentence)) {
    // The process: the nearest one named after the pair, else before it.
    const after = inSentence.slice(i + 2).find((m) => typeOf(m) === 'process');
    const before = [...inSentence.slice(0, i)].reverse().find((m) => typeOf(m) === 'process');
    const process = after ?? before;
    if (!process) continue;
    const span = { start: Math.min(process.start, from.start), end: Math.max(process.end, to.end) };
    read.push(claimOf(sentence, process, 'decreases', from, span));
    read.push(claimOf(sentence, process, 'increases', to, span));
  }
  return read;
}

/** Relations that bring a switch about ("X induced a switch from A to B"): read by the verb reader as X raising both markers. */
const raising: ReadonlySet<string> = new Set(['increases', 'induces', 'upregulates', 'promotes', 'activates']);

/**
 * "IL-11 triggered a switch from E-cadherin to fibronectin": a named agent that brings a switch about lowers its first
 * marker. The verb reader read the agent raising both (issue 7, stop 39: "X induced a switch from E-cadherin to B"
 * came out contradicted by the finding that X lowers E-cadherin); the claim on the first marker turns round.
 */
function agentsOfSwitches(claims: ExtractedClaim[], sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const firsts = switchPairs(sentence).map((p) => p.from);
  if (firsts.length === 0) return claims;
  return claims.map((c) =>
    !c.negated && raising.has(c.relation) && c.subject.end <= c.object.start && firsts.some((m) => m.start === c.object.start && m.entityId === c.object.entityId)
      ? { ...c, relation: 'decreases' as const }
      : c,
  );
}

export const markerSwitch: Construction = {
  name: 'marker-switch',
  reads: '"a switch from A to B during P": the process P lowers marker A and raises marker B',
  triggers: ['switch', 'shift'],
  example: 'A shift from E-cadherin to vimentin expression accompanies epithelial-mesenchymal transition in these tumours.',
  expected: ['EMT decreases CDH1 [ctx CANCER]', 'EMT increases VIM [ctx CANCER]'],
  apply(claims, sentence) {
    const read = markerSwitchClaims(sentence);
    if (read.length === 0) return agentsOfSwitches(claims, sentence);
    // The verb reading's claims among the process and the two markers give way to the switch's.
    const ids = new Set(read.flatMap((c) => [c.subject.entityId, c.object.entityId]));
    return [...claims.filter((c) => !(ids.has(c.subject.entityId) && ids.has(c.object.entityId))), ...read];
  },
};

/** The verb that defines a process by its markers' changes (frames.ts process-characterized-by-change). */
const definedBy = /\b(?:characteri[sz]ed|marked|defined|typified|hallmarked|distinguished)\s+by\b/i;
/** The nouns of change and the relation each gives the process. */
const changeNouns: Readonly<Record<string, 'increases' | 'decreases'>> = {
  loss: 'decreases', decrease: 'decreases', fall: 'decreases', reduction: 'decreases', decline: 'decreases', drop: 'decreases', downregulation: 'decreases', 'down-regulation': 'decreases',
  gain: 'increases', increase: 'increases', rise: 'increases', elevation: 'increases', upregulation: 'increases', 'up-regulation': 'increases', accumulation: 'increases',
};
/** Between one marker and the next change: a join ("and", "but not", "rather than"), "by", an article, the noun of change, "of". */
const nextChange = /^\s*,?\s*(and|but\s+not|rather\s+than|,)\s+(?:by\s+)?(?:(?:a|an|the)\s+)?(?:(?:marked|strong|concomitant|parallel|reciprocal|corresponding)\s+)?([a-z-]+)\s+(?:of|in)\s+(?:the\s+)?(?:expression\s+of\s+)?$/i;

/**
 * "EMT is characterized by loss of E-cadherin and gain of P-cadherin", "... but not by a gain of vimentin", "... rather
 * than a loss of E-cadherin": the frame reads the first change only; each later change of the list is a claim of the
 * process too, denied after "but not" or "rather than" (issue 7, stop 38 audit of the marker-of-process reading: a
 * denied or unbacked second change went unread, and the sentence came out supported on the first).
 */
export const definedByChanges: Construction = {
  name: 'defined-by-changes',
  reads: '"P is characterized by a loss of A and a gain of B (but not a gain of C)": P changes each marker of the list',
  triggers: ['characterized', 'characterised', 'marked', 'defined', 'typified', 'hallmarked', 'distinguished'],
  example: 'EMT is characterized by a loss of E-cadherin and a gain of N-cadherin.',
  expected: ['EMT decreases CDH1', 'EMT increases CDH2'],
  apply: addingWith((sentence, claims) => {
    const { text, kb } = sentence;
    const inSentence = mentionsIn(sentence);
    const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
    const added: ExtractedClaim[] = [];
    for (const claim of claims) {
      if (claim.negated || (claim.relation !== 'decreases' && claim.relation !== 'increases')) continue;
      if (!['process', 'phenotype'].includes(typeOf(claim.subject)) || !isMarkerType(typeOf(claim.object))) continue;
      if (claim.object.start < claim.subject.end || !definedBy.test(text.slice(claim.subject.end, claim.object.start))) continue;
      let last = claim.object;
      for (const next of inSentence.filter((m) => m.start > claim.object.end)) {
        const join = nextChange.exec(text.slice(last.end, next.start));
        const relation = join ? changeNouns[join[2].toLowerCase()] : undefined;
        if (!join || !relation || !isMarkerType(typeOf(next))) break;
        if (!readsPair(claims, claim.subject.entityId, next.entityId)) {
          added.push(claimOf(sentence, claim.subject, relation, next, { negated: /^(?:but|rather)/i.test(join[1]), context: claim.context, end: next.end }));
        }
        last = next;
      }
    }
    return added;
  }),
};
