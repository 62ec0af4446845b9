// Issue 7 (h-actor42b, stop 42): route-as-means constructions left by round 1 (h-actor42), each in sentences of our own
// with other entities, verbs and order, and the near misses that must not come out supported.
import { readingTable } from './helpers';

readingTable('reader actor42b', 'a generic signalling output changed by way of a route, "X regulates gene transcription via Z": X signals through Z (frames.ts transcription-via-route)', [
  ['IL-6 regulates target gene transcription via STAT3.', ['IL6 signals-through STAT3'], 'supported'],
  ['In HCC cells, IL-6 can alter the expression of target genes through the JAK/STAT3 cascade.', ['IL6 signals-through JAK_STAT_PATHWAY [ctx HCC]'], 'supported'],
  ['IL-11 modulates gene transcription via gp130.', ['IL11 signals-through GP130'], 'supported'],
  // Near misses: the sibling STAT1, another cancer, a drug with no finding on the route.
  ['IL-6 modulates gene transcription through the STAT1 pathway.', ['IL6 signals-through STAT1'], 'unsupported/no-evidence'],
  ['In gastric cancer cells, IL-6 alters gene expression via STAT3.', ['IL6 signals-through STAT3 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['Sorafenib regulates target gene transcription through gp130.', ['SORAFENIB signals-through GP130'], 'unsupported/no-evidence'],
  // A named output is the claim, with the route its mediator: not read as signalling through the route.
  ['IL-6 controls the transcription of MMP-9 via STAT3.', ['IL6 regulates MMP9 via STAT3'], 'unsupported/no-evidence'],
]);

readingTable('reader actor42b', 'a family written in full with its bracketed short form before "signal cascade" is the family, the cascade its signalling (recognize.ts familiesNamedInFull)', [
  ['IL-6 alters gene expression through the signal transducer and activator of transcription (STAT) signal cascade.', ['IL6 signals-through STAT_FAMILY'], 'supported'],
  ['Cytokines switch on the signal transducer and activator of transcription (STAT) signal cascade.', ['CYTOKINE activates STAT_FAMILY'], 'supported'],
  // Near miss: an activator with no finding on the family.
  ['Oncostatin M activates the signal transducer and activator of transcription (STAT) signal cascade.', ['NCBIGENE_5008 activates STAT_FAMILY'], 'unsupported/no-evidence'],
]);
