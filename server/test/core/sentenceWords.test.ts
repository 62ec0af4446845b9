// One pass finds the words of every table a sentence is read with (claims/sentenceWords.ts): the constructions'
// triggers, the non-claim patterns' words and literals, the implied mentions' literals. Each reader asks whether a
// word is inside the sentence; the answer must be what the sentence's own lower case holds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../src/core/claims/constructions';
import '../../src/core/claims/impliedMentions';
import '../../src/core/verify/scope';
import { registeredSentenceWords, sentenceWords, sentenceWordsLookAhead, within } from '../../src/core/claims/sentenceWords';
import { foldForLiterals } from '../../src/core/util/requiredLiterals';

suite('sentenceWords: the tables\' words, found once a sentence', () => {
  const words = [...registeredSentenceWords()];

  test('the three tables registered their words', () => {
    for (const word of ['was treated with', 'tumo']) assert.ok(words.some((w) => w.includes(word)), word);
    assert.ok(words.length > 500, `${words.length} words`);
  });

  test('no word holds a Greek sigma (its lower case depends on the letter after it), and none is empty', () => {
    assert.deepEqual(words.filter((w) => /[σςΣ]/.test(w) || w.length === 0), []);
  });

  test('a word is within the sentence exactly when its lower case holds it; the stretch after it is read too', () => {
    // Each word's number in the index, looked up once per index (indexOf per word made the property quadratic).
    const numbersOf = new WeakMap<readonly string[], Map<string, number>>();
    const numberOf = (index: readonly string[], word: string): number => {
      let numbers = numbersOf.get(index);
      if (!numbers) numbersOf.set(index, (numbers = new Map(index.map((w, i) => [w, i] as [string, number]).reverse())));
      return numbers.get(word) ?? -1;
    };
    const pieces = [...words.slice(0, 400), ...words.slice(0, 400).map((w) => w.toUpperCase().slice(1)), ' ', '. ', 'İ', 'ſ', 'x', 'Was Treated With'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (a, b, c) => {
        const [before, sentence, after] = [a.join(''), b.join(''), c.join('')];
        const text = before + sentence + after;
        const found = sentenceWords(text, before.length, before.length + sentence.length);
        const own = foldForLiterals(sentence);
        const stretch = foldForLiterals(text.slice(before.length, before.length + sentence.length + sentenceWordsLookAhead));
        for (const word of words) {
          // Never a word the sentence holds turned away; exactly its words when the lower case keeps the length.
          if (own.includes(word)) assert.ok(within(found, word), `${word} in ${JSON.stringify(sentence)}`);
          else if (found.aligned) assert.ok(!within(found, word), `${word} not in ${JSON.stringify(sentence)}`);
          assert.equal(found.found.includes(numberOf(found.index.words, word)), stretch.includes(word), `${word} after ${JSON.stringify(sentence)}`);
        }
      }),
      { seed: 35, numRuns: 300 },
    );
  });
});
