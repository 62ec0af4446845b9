// "In the stomach, IL-11 increased MMP-9 in tumour cells": the organ named in a fronted phrase of its own is where the
// tumour cells are, so the claim is about the organ's cancer. Read apart, the fronted organ named no context (an organ
// the lexicon has no context for) and "tumour cells" only cancer in general, which any finding in a named cancer
// covers: a finding in breast cancer supported a claim about the stomach (precision, stop 49). The claim's general
// cancer becomes the organ's cancer ("stomach cancer", the lexicon's entity through impliedMentions.ts organCancer).
// Also the organ after the cells, "in tumour cells of the stomach" (the lexicon has "tumours of the stomach" only).
// Only a fronted "In (the) <organ>," with the organ's noun (organPhrasings.ts), only claims whose place is cancer in
// general and no named cancer; a fronted organ with no tumour word in the claim names no context, as before.
import type { EntityMention } from '../entities/recognize';
import { organRows } from '../entities/organPhrasings';
import type { SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { organCancer } from './impliedMentions';

const organNouns = new Set(organRows.map((row) => row.noun));
const frontedOrgan = /^\s*(?:in|within)\s+(?:the\s+)?([a-z]+)\s*,/i;

/** Or the organ after the tumour cells: "in tumour (cancer) cells of (from) the stomach". */
const cellsOfOrgan = /\b(?:tumou?r|cancer|carcinoma|malignant)\s+cells\s+(?:of|from)\s+(?:the\s+)?([a-z]+)\b/i;

export function withFrontedOrgan(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const whole = text.slice(start, end);
  const fronted = frontedOrgan.exec(whole) ?? cellsOfOrgan.exec(whole);
  if (!fronted || !organNouns.has(fronted[1].toLowerCase())) return claims;
  const cancer = organCancer(fronted[1], kb);
  if (!cancer) return claims;
  const at = start + fronted.index + fronted[0].lastIndexOf(fronted[1]);
  const organ: EntityMention = { entityId: cancer, start: at, end: at + fronted[1].length, text: fronted[1] };
  const named = (m: EntityMention): boolean => m.entityId !== 'CANCER' && kb.entities.get(m.entityId)?.type === 'disease' && kb.isA(m.entityId, 'CANCER');
  let changed = false;
  const out = claims.map((c) => {
    if (!c.context.some((m) => m.entityId === 'CANCER') || c.context.some(named)) return c;
    changed = true;
    return { ...c, context: c.context.map((m) => (m.entityId === 'CANCER' ? organ : m)) };
  });
  return changed ? out : claims;
}
