// Issue 7 (h-tag35, stop 35): the domain's verb lexicon overrides the tagger where it read a relation verb as a noun
// or an adjective (chunks.ts retag): after a modal, a plain form after a plural noun or a name, an -s form after a
// relative "which". Sentences of our own, one construction each, with the nouns that must stay nouns.
import { readingTable } from './helpers';

readingTable('reader verb lexicon 35', 'a plain form after a modal is its verb', [
  ['Stromal fibroblasts can foster the growth of liver tumours.', ['CAF promotes TUMOR_GROWTH [ctx LIVER_CANCER]'], 'supported'],
  ['Tumour macrophages may foster invasion of breast cancer cells.', ['CL_0000235 promotes CELL_INVASION [ctx BREAST_CANCER,CANCER]'], 'out-of-scope'],
  ['In HCC, IL-6 could fuel sorafenib resistance.', ['IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
]);

readingTable('reader verb lexicon 35', 'a plain form after a plural noun or a name, before a noun phrase', [
  ['IL-6 and IL-11 fuel tumour growth in HCC.', ['IL11 promotes TUMOR_GROWTH [ctx HCC]', 'IL6 promotes TUMOR_GROWTH [ctx HCC]'], 'unsupported/no-evidence'],
  ['In hepatoma cells, cancer-associated fibroblasts fuel STAT3 activation.', ['CAF promotes STAT3 [ctx HCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader verb lexicon 35', 'an -s form after a relative "which"', [
  ['Breast cancer cells secrete IL-11, which associates with invasion.', ['IL11 associated-with(positive) CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['HCC cells make IL-6, which fuels tumour growth.', ['IL6 promotes TUMOR_GROWTH [ctx HCC]'], 'supported'],
]);

readingTable('reader verb lexicon 35', 'nouns that stay nouns', [
  ['The increases of IL-6 in HCC tissue were modest.', [], 'unsupported/no-evidence'],
  ['The drives of tumour growth in HCC remain unclear.', [], 'out-of-scope'],
  ['The impacts of IL-11 on breast cancer cells are broad.', [], 'unsupported/no-evidence'],
  ['We asked which signals drive invasion of breast cancer cells.', [], 'out-of-scope'],
  ['STAT3 target genes were measured in HCC cells.', [], 'unsupported/no-evidence'],
]);
