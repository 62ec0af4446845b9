// WordIndex answers, in one pass, which of a set of words a text contains: it must be exactly `text.includes`.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { constructions } from '../../src/core/claims/constructions';
import { WordIndex } from '../../src/core/claims/wordIndex';

suite('WordIndex: the words a text holds, in one pass', () => {
  const triggers = constructions.flatMap((c) => c.triggers ?? []);

  test('the construction triggers found in generated text are those text.includes finds (inside words, overlapping, at the ends)', () => {
    const index = new WordIndex(triggers);
    const pieces = [...triggers, ...triggers.map((w) => w.slice(0, -1)), ...triggers.map((w) => w.slice(1)), ' ', 'x', 'ſ', 'é', '%', 'by', ' b', 'y ', 'ing', 'anti-', 'sensitis'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual([...index.wordsIn(text)].sort(), [...new Set(triggers.filter((w) => text.includes(w)))].sort(), JSON.stringify(text));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  test('words that share their first three characters, and words shorter than three', () => {
    const index = new WordIndex(['sensitive', 'sensitis', 'sen', 'se', '%', 'a']);
    assert.deepEqual([...index.wordsIn('resensitised cells, 5%')].sort(), ['%', 'se', 'sen', 'sensitis']);
    assert.deepEqual([...index.wordsIn('')], []);
    assert.deepEqual([...index.wordsIn('se')], ['se']);
  });
});
