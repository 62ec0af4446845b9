// Issue 7 (h-ctx55, stop 55): a cell line the reader took for a participant (verify/unclaimedPlace.ts) is the place of
// a supported claim that names none of its own, so a finding stated in other cells or another cancer does not back it
// (analyzeBlock.ts). The reader's sentence context lends every other place a clause names; a line read as the subject
// of a reading of its own ("W increases growth") was the one it could not lend. Sentences of our own, each with the
// misreading given as a claim; and the readings that must stay: a line compared against, excluded, called normal, one
// of a list of examples, in another clause with its own subject, a line no claim took as a participant (the reader's
// choice), a claim with a place of its own.
import * as assert from 'node:assert/strict';
import type { ExtractedClaim } from '../../src/core/claims/extract';
import type { EntityMention } from '../../src/core/entities/recognize';
import { hasOwnPlace, unclaimedPlaces } from '../../src/core/verify/unclaimedPlace';

/** A mention of `id` over `words`, the first time they occur in `text`. */
const at = (text: string, words: string, id: string): EntityMention => ({ entityId: id, start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
const types: Record<string, string> = { IL6: 'cytokine', STAT3: 'transcription-factor', CELL_GROWTH: 'process', HCC: 'disease', CANCER: 'disease', CELL_A549: 'cell-line', CELL_HELA: 'cell-line', CAF: 'cell-type', CELL_CULTURE: 'experimental-system' };
const typeOf = (id: string): string | undefined => types[id];
const claimOf = (text: string, subject: EntityMention, object: EntityMention, context: EntityMention[] = []): ExtractedClaim =>
  ({ subject, object, relation: 'increases', mediators: [], context, negated: false, hedged: false, inverted: false, start: subject.start, end: object.end }) as unknown as ExtractedClaim;

/**
 * The lines the predicate finds for the claim "IL-6 increases STAT3" of `text`, with the line over `line` read as the
 * subject of its own claim on growth (the misreading) unless `misread` is false.
 */
const linesOf = (text: string, line: string, misread = true): string[] => {
  const il6 = at(text, 'IL-6', 'IL6'), stat3 = at(text, 'STAT3', 'STAT3'), w = at(text, line, text.includes('HeLa') ? 'CELL_HELA' : 'CELL_A549'), growth = at(text, 'growth', 'CELL_GROWTH');
  const main = claimOf(text, il6, stat3);
  const claims = misread ? [main, claimOf(text, w, growth)] : [main];
  return unclaimedPlaces(text, 0, [il6, stat3, w, growth], claims, main, typeOf).map((m) => m.entityId);
};

suite('unclaimed places: a cell line read as a participant', () => {
  test('a line read as the subject of a reading of its own is the sentence\'s place', () => {
    assert.deepEqual(linesOf('IL-6 raised STAT3 and the growth of A549-derived spheres.', 'A549'), ['CELL_A549']);
    assert.deepEqual(linesOf('IL-6 raised STAT3 and promoted HeLa spheroid growth.', 'HeLa'), ['CELL_HELA']);
    assert.deepEqual(linesOf('IL-6 raised STAT3, and this effect sped the growth of A549 spheres.', 'A549'), ['CELL_A549']);
  });
  test('a line the reader did not take for a participant is the reader\'s choice', () => {
    assert.deepEqual(linesOf('IL-6 raised STAT3 and the growth of A549-derived spheres.', 'A549', false), []);
  });
  test('no place of the claim: compared against, excluded, called normal, an example, another clause', () => {
    for (const text of [
      'IL-6 raised STAT3 more than in A549 cells, where growth was slow.',
      'IL-6 raised STAT3 in all lines tested, unlike A549, whose growth stalled.',
      'IL-6 raised STAT3 in every line except A549, whose growth stalled.',
      'IL-6 raised STAT3 and the growth of non-malignant A549 spheres.',
      'IL-6 raised STAT3 in several lines, including A549, and growth.',
      'IL-6 raised STAT3, and A549 cells were used to measure growth.',
      'A549 cells grew, and IL-6 raised STAT3 and growth.',
    ]) assert.deepEqual(linesOf(text, 'A549'), [], text);
  });
  test('a claim with a place of its own keeps it; a dish or a model is no place', () => {
    const text = 'IL-6 raised STAT3 in HCC cells in culture.';
    const il6 = at(text, 'IL-6', 'IL6'), stat3 = at(text, 'STAT3', 'STAT3');
    assert.equal(hasOwnPlace(claimOf(text, il6, stat3, [at(text, 'HCC', 'HCC')]), typeOf), true);
    assert.equal(hasOwnPlace(claimOf(text, il6, stat3, [at(text, 'culture', 'CELL_CULTURE')]), typeOf), false);
    assert.equal(hasOwnPlace(claimOf(text, il6, stat3, []), typeOf), false);
  });
});
