// The tagger's model read the quick way (language/tagger.ts) tags as wink's own reader does.
import * as assert from 'node:assert/strict';
import { tagWords, taggerWithWinksReader } from '../../../src/core/language/tagger';

suite('tagger: the model read the quick way', function () {
  // Two readings of a 3 MB model: a second or so on a loaded machine.
  this.timeout(60000);

  test('parts of speech and lemmas equal those of wink\'s own reader', () => {
    const text = [
      'Knockdown of STAT3 markedly reduced the invasion of OSCC cells, whereas IL-11 was not required.',
      'These findings were unexpected: the inhibitors didn\'t lower p-ERK levels in 3 of 5 lines (Fig. 2b).',
      'Interestingly, NF-κB signalling drives EMT through Snail; β-catenin, however, stayed nuclear.',
      'We hypothesise that hypoxia-induced HIF-1α binds the VEGF promoter and enhances angiogenesis.',
    ].join(' ');
    const quick = tagWords(text);
    const winks = taggerWithWinksReader()(text);
    assert.ok(quick.length > 60);
    assert.deepEqual(quick, winks);
    // What the reader relies on: verbs and their lemmas.
    assert.ok(quick.some((w) => w.text === 'reduced' && w.pos === 'VERB' && w.lemma === 'reduce'), JSON.stringify(quick.slice(0, 12)));
  });
});
