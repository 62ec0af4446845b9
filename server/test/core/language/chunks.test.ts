// The chunker as input -> plain-text pairs: sentences of our own, one construction each, tagged by wink-nlp.
import * as assert from 'node:assert/strict';
import { chunk, showChunks, wordsOf } from '../../../src/core/language/chunks';
import { tagWords } from '../../../src/core/language/tagger';
import { verbTrigger } from '../../../src/core/claims/vocabulary';

const options = { isVerb: (w: string) => verbTrigger(w) !== undefined, isNounAfterName: (w: string) => ['signaling', 'signalling', 'levels'].includes(w) };

function chunked(sentence: string): string {
  const words = wordsOf(tagWords(sentence)).filter((w) => w.pos !== 'PUNCT');
  return showChunks(words, chunk(words, options));
}

const cases: [string, string][] = [
  // The domain lexicon overrides the tagger's plural noun after a symbol.
  ['BRAF increases ERK phosphorylation in melanoma cells.', '[NP BRAF] [VG increases] [NP ERK phosphorylation] [PP in melanoma cells]'],
  ['STAT3 was not activated by IL6 in liver cells.', '[NP STAT3] [VG:passive:neg was not activated] [PP by IL6] [PP in liver cells]'],
  ['Treatment with sorafenib produced a marked fall in IL6 levels.', '[NP Treatment] [PP with sorafenib] [VG produced] [NP a marked fall] [PP in IL6 levels]'],
  ['IL11 plays a key role in the progression of gastric cancer.', '[NP IL11] [VG plays] [NP a key role] [PP in the progression] [PP of gastric cancer]'],
  ['STAT3 is important for the invasion of breast cancer cells.', '[NP STAT3] [VG is] [ADJP important] [PP for the invasion] [PP of breast cancer cells]'],
  ['Low oxygen led to elevated levels of SNAI1 protein.', '[NP Low oxygen] [VG led] [PP to elevated levels] [PP of SNAI1 protein]'],
  ['Hypoxia may also trigger EMT through HIF1A.', '[NP Hypoxia] [VG may also trigger] [NP EMT] [PP through HIF1A]'],
  ['Sorafenib failed to reduce IL6 levels.', '[NP Sorafenib] [VG:neg failed to reduce] [NP IL6 levels]'],
  // A relation verb in its plain form after an apposition's comma or an adverb heads the predicate.
  ['Stromal fibroblasts, the main cells of the niche, restrain tumour growth.', '[NP Stromal fibroblasts] [NP the main cells] [PP of the niche] [VG restrain] [NP tumour growth]'],
  ['Hypoxia can trigger EMT and thus impede tumour metastasis.', '[NP Hypoxia] [VG can trigger] [NP EMT] and thus [VG impede] [NP tumour metastasis]'],
  // A past form after the comma that closes an apposition is the predicate.
  ['Tocilizumab, an antibody to the receptor, reduced tumour growth in mice.', '[NP Tocilizumab] [NP an antibody] [PP to the receptor] [VG reduced] [NP tumour growth] [PP in mice]'],
  ['IL6 not only activates STAT3 but also induces EMT.', '[NP IL6] [VG not only activates] [NP STAT3] but also [VG induces] [NP EMT]'],
  ['Treated cells showed increased SNAI1 expression.', '[NP Treated cells] [VG showed] [NP increased SNAI1 expression]'],
  ['The kinase has been shown to suppress invasion.', '[NP The kinase] [VG has been shown to suppress] [NP invasion]'],
];

suite('language: chunks', () => {
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.equal(chunked(sentence), expected));
  }

  test('an entity is a noun phrase whatever the tagger said, and a hyphen ties a word to it', () => {
    const words = [
      { text: 'IL-6', lower: 'il-6', pos: 'VERB' as const, lemma: 'il-6', entity: true },
      { text: 'induced', lower: 'induced', pos: 'VERB' as const, lemma: 'induce', hyphenBefore: true },
      { text: 'STAT3', lower: 'stat3', pos: 'NOUN' as const, lemma: 'stat3', entity: true },
      { text: 'activation', lower: 'activation', pos: 'NOUN' as const, lemma: 'activation' },
    ];
    assert.equal(showChunks(words, chunk(words, options)), '[NP IL-6-induced STAT3 activation]');
  });
});
