// hasHedge reads a sentence's runs of a-z in place; it must find a hedge exactly where the word pattern did.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readSentence } from '../../src/core/claims/extract';
import { hedges } from '../../src/core/claims/vocabulary';
import { bundledKb } from './helpers';

suite('hedges found word by word, in place', function () {
  this.timeout(60000);
  test('a sentence is hedged exactly when one of its runs of letters, lower-cased, is a hedge', async () => {
    const kb = await bundledKb();
    const pieces = [...hedges, 'May', 'MIGHT', 'mayor', 'remay', 'suggestion', 'thoughtful', 'IL-11', ' ', '-', 'é', 'ſ', "'", '1', 'K'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const expected = (text.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => hedges.has(word));
        assert.equal(readSentence(text, 0, text.length, [], kb).hedged, expected, JSON.stringify(text));
      }),
      { seed: 9, numRuns: 3000 },
    );
  });
});
