// Fibroblasts in a sentence about tumours are the tumour's: cancer-associated fibroblasts (the labelling
// guideline as the lead settled it at stop 44). "In gastric tumours, fibroblasts secrete IL-6" speaks of CAFs, and a
// CAF finding speaks to it; read as plain fibroblasts (a cell type the library has no finding on) the claim was out
// of scope. Only the plain word, and only in a claim already read: fibroblasts the sentence calls normal, of a tissue
// ("dermal", "gingival") or sets against CAFs ("compared with fibroblasts", "unlike fibroblasts") stay fibroblasts,
// and a sentence that only says where fibroblasts are ("fibroblasts abound in the liver of HCC patients") reads no
// claim and stays as it was. A sentence is about tumours when another of its mentions is a cancer (a disease under
// CANCER), CAFs or the tumour microenvironment.
import type { EntityMention } from '../entities/recognize';
import { mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';

const fibroblasts = 'CL_0000057';

/** The word itself: "fibroblast", "fibroblasts", with nothing else of the mention before it. */
const plainWord = /^fibroblasts?$/i;

/**
 * The words that call fibroblasts healthy or a tissue's, the CAFs' controls: shared with mentionSenses.ts, where they
 * turn "normal stromal fibroblasts" back from CAFs.
 */
export const healthyFibroblastWords = String.raw`normal|healthy|non[-‐]?(?:tumou?r(?:al)?|cancerous|malignant|neoplastic)|benign|quiescent|resting|dermal|skin|foreskin|gingival|embryonic|adjacent\s+normal`;

/** Right before the word: a word of healthy or tissue fibroblasts (more tissues here), or a contrast with the tumour's. */
const notTheTumours = new RegExp(String.raw`(?:\b(?:${healthyFibroblastWords}|adjacent|lung|pulmonary|cardiac|synovial|periodontal|mouse|murine|than|versus|vs\.?|unlike|with|to|from|and|or)\s+(?:the\s+)?|[-‐/])$`, 'i');

function isTumours(mention: EntityMention, text: string): boolean {
  return mention.entityId === fibroblasts && plainWord.test(mention.text) && !notTheTumours.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}

function aboutTumours(sentence: SentenceSpan): boolean {
  const { kb } = sentence;
  return mentionsIn(sentence).some((m) => m.entityId === 'CAF' || m.entityId === 'TUMOR_MICROENVIRONMENT' || (kb.entities.get(m.entityId)?.type === 'disease' && kb.isA(m.entityId, 'CANCER')));
}

/**
 * `claims` with each plain fibroblasts subject, object or place of a sentence about tumours read as CAFs. The place
 * too (stop 47): "X raises Y in fibroblasts of HCC" names the cancer after "of", so the claim's context held the cell
 * type beside HCC and a finding in HCC's CAFs was elsewhere; the tumour's fibroblasts are where the finding was made.
 */
export function withTumourFibroblasts(claims: readonly ExtractedClaim[], sentence: SentenceSpan): readonly ExtractedClaim[] {
  const { text } = sentence;
  const touched = (c: ExtractedClaim): boolean => isTumours(c.subject, text) || isTumours(c.object, text) || c.context.some((m) => isTumours(m, text));
  if (!claims.some(touched) || !aboutTumours(sentence)) return claims;
  const asCaf = (m: EntityMention): EntityMention => (isTumours(m, text) ? { ...m, entityId: 'CAF' } : m);
  return claims.map((c) => {
    if (!touched(c)) return c;
    const context = c.context.map(asCaf);
    // The cancer the fibroblasts are "associated" with is the claim's place, which the hyphenated descriptive modifier
    // left out (roles.ts descriptiveModifiers): "breast cancer-associated fibroblasts" are breast cancer's CAFs, and a
    // finding in HCC's CAFs is elsewhere (stop 49: read with no cancer, supported by the HCC finding).
    for (const f of [c.subject, c.object, ...c.context]) {
      const owner = isTumours(f, text) ? ownerCancer(f, sentence) : undefined;
      if (owner && !context.some((m) => m.entityId === owner.entityId)) context.push(owner);
    }
    return { ...c, subject: asCaf(c.subject), object: asCaf(c.object), context };
  });
}

/** The cancer named right before "-associated fibroblasts": "gastric cancer-associated fibroblasts". */
function ownerCancer(fibroblastsMention: EntityMention, sentence: SentenceSpan): EntityMention | undefined {
  const { text, kb } = sentence;
  return mentionsIn(sentence).find((m) => m.end <= fibroblastsMention.start && associatedWith.test(text.slice(m.end, fibroblastsMention.start)) && kb.entities.get(m.entityId)?.type === 'disease' && kb.isA(m.entityId, 'CANCER'));
}
const associatedWith = /^\s*[-‐–]\s*associated\s+$/i;
