// Issue 7 (h-actor35, stop 35): classes found by tabulating why anchored reading read no claim on studied rows at
// stage "actor, no claim read" (eval --stops). Each suite is one class, in sentences of our own with different
// surface forms (other entities, verbs, antecedents), with the near misses that must not be read as the class.
import { readingTable } from './helpers';

readingTable('reader relatives 35', 'a present-form relation verb after a relative "that"/"which" heads the relative clause (chunks.ts retag)', [
  // The tagger read "that" + verb as a noun phrase ("[NP that drive STAT3 activation]"): no cue between the pair.
  ['Stromal cells produce IL-6 and IL-11 that drive STAT3 activation in hepatoma cells.', ['CL_0000499 increases IL11 [ctx HCC]', 'CL_0000499 increases IL6 [ctx HCC]', 'IL6 promotes STAT3 [ctx HCC]'], 'supported'],
  ['Breast cancer cells overexpress IL-11 that drives invasion of MDA-MB-231 cells.', ['BREAST_CANCER associated-with(positive) IL11 [ctx MDA_MB_231]', 'IL11 promotes CELL_INVASION [ctx BREAST_CANCER,MDA_MB_231]'], 'supported'],
  // A parenthesis after the antecedent stands for the phrase it closes.
  ['Tumour cells release matrix metalloproteinases (MMP-9) that support invasion in breast cancer.', ['MMPS promotes CELL_INVASION [ctx BREAST_CANCER,CANCER]'], 'supported'],
  // The -s form after a singular noun, with a verb of undirected effect and its preposition (vocabulary.ts).
  ['Hypoxia is a stress of the tumour niche that impacts upon the invasion of breast cancer cells.', ['HYPOXIA regulates CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  // Near misses: a denied relative; the relative's subject is not the main clause's ("IL-6 expands fibroblasts that
  // support Y", "sorafenib targets kinases that promote Y" say nothing of IL-6 or sorafenib and Y).
  ['Sorafenib targets kinases that promote the growth of HCC cells.', [], 'unsupported/no-evidence'],
  ['Hypoxia induces genes that do not promote the invasion of breast cancer cells.', [], 'unsupported/no-evidence'],
  ['IL-6 expands a pool of fibroblasts that support tumour growth in the liver.', [], 'unsupported/no-evidence'],
]);

readingTable('reader relatives 35', '"impacts", "impacted (on/upon)" as a verb of undirected effect, as "affects" (vocabulary.ts)', [
  ['Hypoxia impacts the invasion of breast cancer cells.', ['HYPOXIA regulates CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  // "upon Y" alone named Y a stimulus and turned the claim round.
  ['Hypoxia impacts upon the invasion of breast cancer cells.', ['HYPOXIA regulates CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['In HCC cells, IL-6 impacted the response to sorafenib.', ['IL6 regulates SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // Near misses: the plural noun before "of"; a question the writers asked.
  ['The impacts of hypoxia on breast cancer cells are broad.', [], 'unsupported/no-evidence'],
  ['We asked whether IL-6 impacts upon sorafenib resistance in HCC.', [], 'out-of-scope'],
]);
