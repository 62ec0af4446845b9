// "Medium from IL-11-silenced cells did not raise STAT3 phosphorylation": what the medium of normal cells does is
// gone when the cells lose Z, so Z is needed for it (Z raises Y). Said of a carrier (conditioned medium,
// supernatant, exosomes) taken from cells that lost Z, the denial is no finding that Z leaves Y alone, and never
// one that Z fails to raise Y: the reader's denied claim on Z becomes the positive one. The same reasoning as
// abolishedByLoss.ts, for the source of what the cells were given rather than the cells' own transfection.
import { type Construction, mentionsIn, replacingWith, claimOf } from './construction';
import type { ExtractedClaim } from './extract';
import { lossGroupAfter } from './vocabulary';

/** Before Z: the carrier's source. */
const fromCells = /\bfrom\s+(?:the\s+)?$/i;
/** After Z: the loss, the cells (at most two words between: "tumour", "MDA-MB-231"), a comma or not, then the denial and its verb. */
/** (The loss is the table's group place, vocabulary.ts lossWording: "-silenced", " knockdown", "-/-", " siRNA-transfected".) */
const lostCells = new RegExp(
  String.raw`^(?:${lossGroupAfter.source.slice(1)})\s+(?:[\p{L}\p{N}-]+\s+){0,2}?cells?\s*,?\s+(?:did\s+not|could\s+not|failed\s+to|no\s+longer)\s+([\p{L}-]+)\s+(?:the\s+)?`,
  'iu',
);
const raising = /^(?:raise|increase|induce|enhance|promote|stimulate|elevate|activate|up-?regulate|trigger)/i;
const lowering = /^(?:lower|reduce|decrease|inhibit|suppress|attenuate|diminish|down-?regulate|block)/i;

export const lostSource: Construction = {
  name: 'lost-source',
  reads: '"medium from Z-silenced cells did not raise Y": Z is needed for the medium to raise Y (Z raises Y)',
  triggers: ['from'],
  example: 'Conditioned medium from IL-11 silenced tumour cells did not raise STAT3 phosphorylation.',
  expected: ['IL11 increases STAT3 [ctx CANCER]'],
  apply: replacingWith((sentence) => {
    const { text, start } = sentence;
    const inSentence = mentionsIn(sentence);
    const out: ExtractedClaim[] = [];
    for (const lost of inSentence) {
      if (!fromCells.test(text.slice(Math.max(start, lost.start - 12), lost.start))) continue;
      const denial = lostCells.exec(text.slice(lost.end, lost.end + 120));
      const object = denial && inSentence.find((m) => m.start === lost.end + denial[0].length);
      const relation = raising.test(denial?.[1] ?? '') ? 'increases' : lowering.test(denial?.[1] ?? '') ? 'decreases' : undefined;
      if (!object || !relation || object.entityId === lost.entityId) continue;
      out.push(claimOf(sentence, lost, relation, object, { lossAndDenial: true }));
    }
    return out;
  }),
};
