// A denial reaches every verb it governs (issue 7: denied claims called supported). "neither ... nor", ", nor did
// it V" and a bare verb after "or"/"and" under one "did not" or "cannot" deny the second verb too; a verb with its
// own tense after "but" or "and" keeps its own (affirmed) reading. Sentences of our own, one construction each.
import { readingTable } from './helpers';

readingTable('denials', 'coordinated verbs under one denial', [
  ['In HCC cells, IL-6 neither raised IGF-1 nor activated STAT3.', ['NOT IL6 increases IGF1 [ctx HCC]', 'NOT IL6 activates STAT3 [ctx HCC]'], 'contradicted'],
  ['IL-11 did not increase MMP-9, nor did it activate STAT3.', ['NOT IL11 increases MMP9', 'NOT IL11 activates STAT3'], 'contradicted'],
  ['IL-11 cannot raise IL-6 or activate STAT3.', ['NOT IL11 increases IL6', 'NOT IL11 activates STAT3'], 'contradicted'],
  ['IL-11 failed to raise IL-6 or to activate STAT3.', ['NOT IL11 increases IL6', 'NOT IL11 activates STAT3'], 'contradicted'],
  ['IL-11 did not increase MMP-9 nor activate STAT3.', ['NOT IL11 increases MMP9', 'NOT IL11 activates STAT3'], 'contradicted'],
  // "without V-ing": the subject's, denied; the first verb keeps its object (lost to the second verb's subject before).
  ['IL-6 raised STAT3 activity in HCC cells without increasing IGF-1.', ['IL6 increases STAT3 [ctx HCC]', 'NOT IL6 increases IGF1 [ctx HCC]'], 'contradicted'],
  // Controls: a verb with its own tense is affirmed.
  ['IL-11 did not raise IL-6 but activated STAT3.', ['NOT IL11 increases IL6', 'IL11 activates STAT3'], 'unsupported/no-evidence'],
  ['IL-11 does not raise IL-6 and does activate STAT3.', ['NOT IL11 increases IL6', 'IL11 activates STAT3'], 'unsupported/no-evidence'],
]);

readingTable('denials', 'an event that goes on without the agent, an effect denied by its size', [
  ['IGF-1 levels rose independently of IL-6 in HCC cells.', ['IL6 no-effect IGF1 [ctx HCC]'], 'contradicted'],
  ['The invasion of MDA-MB-231 cells occurred largely independently of IL-11.', ['IL11 no-effect CELL_INVASION [ctx MDA_MB_231]'], 'contradicted'],
  // "independently of Z" after a verb and its object: Z is no object of the verb. The library reports the effect
  // through STAT3, the route the writer denies: no evidence (claims/deniedRoute.ts, stop 40).
  ['IL-6 raised IGF-1 in HCC cells independently of STAT3.', ['IL6 increases IGF1 [ctx HCC]'], 'unsupported/no-evidence'],
  ['The stimulatory effect of IL-6 on IGF-1 in HCC cells was not significant.', ['IL6 no-effect IGF1 [ctx HCC]'], 'contradicted'],
  ['The lack of an effect of IL-6 on IGF-1 in HCC cells was unexpected.', ['IL6 no-effect IGF1 [ctx HCC]'], 'contradicted'],
]);

readingTable('denials', 'a change in the subject denied by the verb of seeing', [
  ['However, raised levels of vimentin were not detected under hypoxia.', ['NOT HYPOXIA increases VIM'], 'contradicted'],
  ['Notably, raised amounts of snail, N-cadherin and vimentin, together with a number of stemness regulators, were not detected in hypoxic conditions.', ['NOT HYPOXIA increases CDH2', 'NOT HYPOXIA increases VIM'], 'contradicted'],
  // An event denied by its determiner or its verb of seeing (seenAfter.ts, anchored.ts).
  ['No EMT was seen after hypoxia exposure.', ['NOT HYPOXIA promotes EMT'], 'contradicted'],
  ['EMT was not seen after hypoxia exposure.', ['NOT HYPOXIA promotes EMT'], 'contradicted'],
  ['No increased invasion was observed following IL-11 stimulation.', ['NOT IL11 increases CELL_INVASION'], 'contradicted'],
  ['EMT was seen after hypoxia exposure.', ['HYPOXIA promotes EMT'], 'supported'],
  // Control: a relative clause's "was not seen" is no denial of the main verb's claim.
  ['IL-6 raised IGF-1 in HCC cells, which was not seen in normal liver.', ['IL6 increases IGF1 [ctx HCC]'], 'supported'],
]);

readingTable('denials', 'a reported clause whose frame took the denial\'s own "not"', [
  ['Earlier studies have not shown that CAFs have an important role in chemoresistance of liver tumours.', ['NOT CAF promotes CHEMORESISTANCE [ctx LIVER_CANCER]'], 'contradicted'],
  ['There is not much evidence that IL-11 contributes to the growth of tumours.', ['NOT IL11 promotes TUMOR_GROWTH [ctx CANCER]'], 'unsupported/no-evidence'],
]);
