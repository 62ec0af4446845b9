// A level that persists under a treatment: "HER2 overexpression persisted after trastuzumab exposure", "Akt
// phosphorylation was maintained despite the drug", "X stayed high in the presence of Y". The treatment did
// not lower the level: a denied decrease, which the verb reading misses (no relation verb is named).
import type { EntityMention } from '../entities/recognize';
import { mentionsIn, isDrugMention, type Construction, type SentenceSpan, claimOf } from './construction';
import type { ExtractedClaim } from './extract';
import { placeTypes } from '../kb/schema';

/** The verb of persistence right after the level (its state words may stand between). Words after the first are
 * set off by a space or comma, so a word can be cut only where the verb starts ("well-maintained"): with an
 * optional separator a 160-letter word took 25 s to fail (five pieces cut every way) and a longer one hung. */
const persists =
  /^[\p{L}\p{N}/-]*(?:(?:\s*,\s*|\s+)[\p{L}\p{N}/-]+){0,5}?\s*(?:(?:was|were|is|are)\s+)?(?:(?:largely|all|still|fully|mostly|also|similarly)\s+)*(?:persisted|persists|remained|remains|stayed|stays|retained|maintained|sustained|preserved|unchanged|unaffected)\b/iu;
/** The treatment it persisted under, in the rest of the clause. */
const under = /\b(?:after|despite|during|following|on|under|in\s+the\s+(?:continuous\s+|continued\s+)?presence\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:(?:continuous|continued|prolonged|chronic)\s+)?(?:(?:exposure|treatment|therapy)\s+(?:to|with)\s+)?$/i;


/** Where it was measured, which may stand between the verb and the treatment: "in the metastatic tumour". */
const place = /\bin\s+(?:the\s+)?(?:[\p{L}\p{N}/-]+\s+){0,3}?(?:subclones?|cells|lines|tumou?rs?|metastases|patients|cases|xenografts|biopsies)\s*/giu;

/** `persists`'s verbs alone, to find the last one of a sentence (no verb after a level: `persists` cannot match). */
const persistVerbs = /(?:persisted|persists|remained|remains|stayed|stays|retained|maintained|sustained|preserved|unchanged|unaffected)/giu;

/** Where the sentence's last verb of persistence starts, or -1. */
function lastPersistVerb(text: string, start: number, end: number): number {
  const sentence = text.slice(start, end);
  let last = -1;
  persistVerbs.lastIndex = 0;
  for (let match = persistVerbs.exec(sentence); match; match = persistVerbs.exec(sentence)) last = start + match.index;
  return last;
}

/** The drug named again by its class within the clause: "despite exposure to the antibody", "in the presence of this inhibitor". */
const classAnaphor = /\b(?:the|this|that)\s+(?:same\s+)?(?:antibody|drug|inhibitor|compound|agent)\b/giu;

/** The one drug the sentence names before `before` (a class noun can name only that one), or undefined. */
function soleDrugBefore(mentions: readonly EntityMention[], before: number, kb: SentenceSpan['kb']): EntityMention | undefined {
  const drugs = mentions.filter((m) => m.end <= before && isDrugMention(m.entityId, kb));
  return drugs.length > 0 && drugs.every((d) => d.entityId === drugs[0].entityId) ? drugs[0] : undefined;
}

/**
 * The levels that persisted under a treatment. With `byClass`, only those whose treatment is named again by its
 * class ("despite exposure to the antibody"), read as the one drug the sentence named before the level.
 */
export function persistenceClaims(sentence: SentenceSpan, byClass = false): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const found: ExtractedClaim[] = [];
  // `persists` tries up to five words in every way they can be cut before giving up, after every level: on a
  // long sentence with no such verb that cost half the check (issue 11: a 20 kB line of entity names). A level
  // with no verb after it is skipped; the others are read as before.
  const lastVerb = inSentence.length > 0 ? lastPersistVerb(text, start, end) : -1;
  for (const level of inSentence) {
    if (lastVerb < level.end) continue;
    if (isDrugMention(level.entityId, kb) || placeTypes.has(kb.entities.get(level.entityId)?.type ?? '')) continue;
    const verb = persists.exec(text.slice(level.end, end));
    if (!verb) continue;
    let verbEnd = level.end + verb[0].length;
    // "remained high after X", "persisted in the tumour after X"; not "remained a predictor of".
    const state = /^\s*(?:(?:high|elevated|stable|unchanged|detectable|constant|intact|present|similar|strong)\b)?\s*(?=[,;.]|$|\b(?:in|after|despite|during|following|on|at|under|throughout)\b)/i.exec(text.slice(verbEnd, end));
    if (!state) continue;
    verbEnd += state[0].length;
    const clauseEnd = verbEnd + (/[;]|,\s*(?:but|whereas|while)\b|\bwhereas\b|\bbut\b/i.exec(text.slice(verbEnd, end))?.index ?? end - verbEnd);
    const named = byClass ? undefined : inSentence.find((m) => m.start >= verbEnd && m.end <= clauseEnd && isDrugMention(m.entityId, kb) && (under.test(text.slice(Math.max(verbEnd, m.start - 80), m.start).replace(place, ' ')) || /^[-‐]\s*(?:exposure|treatment)/i.test(text.slice(m.end, m.end + 12))));
    const drug = byClass ? classDrug(text, verbEnd, clauseEnd, inSentence.filter((m) => m !== level), level.start, kb) : named;
    if (!drug) continue;
    const subject: EntityMention = drug;
    found.push(claimOf(sentence, subject, 'decreases', level, { negated: true, context: [], start, end }));
    // The other levels coordinated before this one persisted too ("X and Y were sustained").
  }
  return found;
}

/** The drug a class noun after the verb names ("despite continued exposure to the drug"), as the one named before the level. */
function classDrug(text: string, verbEnd: number, clauseEnd: number, mentions: readonly EntityMention[], levelStart: number, kb: SentenceSpan['kb']): EntityMention | undefined {
  if (mentions.some((m) => m.start >= verbEnd && m.end <= clauseEnd && isDrugMention(m.entityId, kb))) return undefined;
  const clause = text.slice(verbEnd, clauseEnd);
  classAnaphor.lastIndex = 0;
  for (let match = classAnaphor.exec(clause); match; match = classAnaphor.exec(clause)) {
    if (!under.test(clause.slice(Math.max(0, match.index - 80), match.index).replace(place, ' '))) continue;
    const drug = soleDrugBefore(mentions, levelStart, kb);
    return drug && { ...drug };
  }
  return undefined;
}

/** The words that say a level held: each persistence construction is tried on sentences holding one. */
const persistenceTriggers = ['persist', 'remain', 'stay', 'retained', 'maintained', 'sustained', 'preserved', 'unchanged', 'unaffected'];

/** The claims read replace the verb reading's claims on the same pair (the verb reading saw only "maintained"). */
function replacingPairs(underClass: boolean): Construction['apply'] {
  return (claims, sentence) => {
    const read = persistenceClaims(sentence, underClass);
    if (read.length === 0) return claims;
    const pairs = new Set(read.map((r) => `${r.subject.entityId}|${r.object.entityId}`));
    return [...claims.filter((c) => !pairs.has(`${c.subject.entityId}|${c.object.entityId}`)), ...read];
  };
}

export const persistence: Construction = {
  name: 'persistence',
  reads: '"Y persisted after X", "Y was maintained despite X": X did not lower Y',
  example: 'Vimentin expression persisted after trametinib exposure.',
  expected: ['NOT DRUG_TRAMETINIB decreases VIM'],
  triggers: persistenceTriggers,
  apply: replacingPairs(false),
};

export const persistenceUnderClass: Construction = {
  name: 'persistence under a drug named by its class',
  reads: '"in X-treated cells, Y was maintained despite the drug": the drug is X, which did not lower Y',
  example: 'In lapatinib-treated SKBR3 cells, ERK phosphorylation stayed high despite prolonged exposure to the inhibitor.',
  expected: ['NOT DRUG_LAPATINIB decreases ERK'],
  triggers: persistenceTriggers,
  apply: replacingPairs(true),
};
