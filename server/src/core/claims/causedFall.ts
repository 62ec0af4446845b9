// A fall named first, its cause after a passive verb of cause: "Reduced apoptosis in HCC cells was caused by X",
// "Lower MMP-3 levels were induced by X", "Decreased invasion resulted from X". The verb reader read the cause verb
// alone, X raising the event, and the participle before the event, an adjective, was lost (stop 49: read as X
// inducing apoptosis, a false SUPPORTED). The fall is what X brings about: X lowers the event; a cause named by its
// loss ("was caused by X knockdown") turns it round, as after "seen after" (seenAfter.ts, whose opening of a changed
// event this shares). Only a fall: a rise before the cause verb ("Increased Y was caused by X") reads as the verb does.
// The event may carry its place ("in HCC cells", "of tumour cells") before the verb.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { type Construction, mentionsIn, claimOf } from './construction';
import type { ExtractedClaim } from './extract';
import { namedAsLost } from './lossClause';
import { opening } from './seenAfter';

/** The event's place, between it and the verb: "in HCC cells", "of the treated tumour cells". */
const place = String.raw`(?:\s*(?:in|of|within|among)\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:cells?|lines?|tissues?|tumou?rs?|xenografts?|mice|patients|samples|cultures))?`;
/** The passive verb of cause and "by", or "resulted from", "was due to", "arose from", before the cause. */
const causeCue = new RegExp(
  String.raw`^\s*\)?\s*(?:(?:mRNA|protein|expression|levels?|activity|phosphorylation)\s+){0,2}` + place +
    String.raw`\s*(?:(?:was|were)\s+(?:(?:also|largely|partly|mainly|primarily|directly|thus|therefore)\s+)?(?:caused|induced|triggered|provoked|evoked|elicited|produced|driven|mediated|brought\s+about)\s+by|(?:(?:was|were)\s+)?(?:resulted|resulting|arose|arising)\s+from|(?:was|were)\s+due\s+to)\s+(?:(?:treatment|exposure|incubation|stimulation)\s+(?:with|to)\s+)?(?:the\s+)?$`,
  'iu',
);

export function causedFallClaims(sentence: Parameters<Construction['apply']>[1]): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const event = inSentence[0];
  if (!event) return [];
  const head = opening.exec(text.slice(start, event.start));
  // Only a fall word (opening's third group) and no denial ("No reduced ...").
  if (!head || head[3] === undefined || head[1] !== undefined) return [];
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  if (!(typeOf(event) === 'process' || typeOf(event) === 'phenotype' || isMarkerType(typeOf(event)))) return [];
  // The cause: the first name after the cue; names inside the place ("in HCC cells") are passed over.
  for (const cause of inSentence.slice(1)) {
    if (!causeCue.test(text.slice(event.end, cause.start))) continue;
    if (cause.entityId === event.entityId) return [];
    const lost = namedAsLost(text, cause);
    return [claimOf(sentence, cause, lost ? 'increases' : 'decreases', event, { start: event.start, end: cause.end, inverted: lost })];
  }
  return [];
}

export const causedFall: Construction = {
  name: 'caused-fall',
  reads: '"Reduced Y (in Z cells) was caused by X", "Lower Y resulted from X": X lowers Y (X\'s loss raises it)',
  triggers: ['caused', 'induced', 'triggered', 'provoked', 'evoked', 'elicited', 'produced', 'driven', 'mediated', 'brought', 'resulted', 'resulting', 'arose', 'arising', 'due'],
  example: 'Reduced apoptosis in HCC cells was caused by NT157.',
  expected: ['NT157 decreases APOPTOSIS [ctx HCC]'],
  apply(claims, sentence) {
    const read = causedFallClaims(sentence);
    if (read.length === 0) return claims;
    // The verb reader's readings of the pair, either way round, give way: the fall names the direction.
    const [{ subject, object }] = read;
    const pair = (c: ExtractedClaim): boolean => (c.subject.entityId === subject.entityId && c.object.entityId === object.entityId) || (c.subject.entityId === object.entityId && c.object.entityId === subject.entityId);
    return [...claims.filter((c) => !pair(c)), ...read];
  },
};
