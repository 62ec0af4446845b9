// Issue 7 (h-w21b44, stop 44): two constructions found on wave 21's studied half (the liver side), each in sentences
// of our own with other entities, verbs, tenses and hedges, and the near misses that must not be read as supported.
// (Each frame's and construction's own example is a test of frames.test.ts / constructions.test.ts.)
import { readingTable } from './helpers';

readingTable('reader w21b44', 'a survival benefit given by a verb in its base form, after a modal or "shown to" (frames.ts outcome-benefit)', [
  ['Regorafenib was found to provide a survival benefit for patients with HCC.', ['REGORAFENIB increases SURVIVAL [ctx HCC]'], 'supported'],
  ['In advanced HCC, sorafenib can offer a modest survival advantage.', ['SORAFENIB increases SURVIVAL [ctx HCC]'], 'supported'],
  ['Second-line regorafenib is expected to yield a survival benefit in HCC.', ['REGORAFENIB increases SURVIVAL [ctx HCC]'], 'supported'],
  // Near misses: another cancer (other-context); the sibling cytokine (no finding); "failed to" denies the benefit
  // as "did not" does (contradicted; read as the benefit shown before).
  ['Regorafenib was shown to provide a survival benefit to patients with pancreatic cancer.', ['REGORAFENIB increases SURVIVAL [ctx DOID_1793]'], 'unsupported/other-context'],
  ['IL-11 may offer a survival advantage to HCC cells.', ['IL11 increases SURVIVAL [ctx HCC]'], 'unsupported/no-evidence'],
  ['Sorafenib failed to offer a survival benefit in patients with advanced HCC.', ['NOT SORAFENIB increases SURVIVAL [ctx HCC]'], 'contradicted'],
  ['Regorafenib failed to show a survival benefit in HCC.', ['NOT REGORAFENIB increases SURVIVAL [ctx HCC]'], 'contradicted'],
]);

readingTable('reader w21b44', '"X sensitises the cells to apoptosis": X raises the harm; desensitising lowers it; a loss turns either round (sensitization.ts sensitizedToHarm)', [
  ['Loss of IGF-1R sensitized the hepatoma cells to apoptosis.', ['IGF1R decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['In HCC, IL-6 desensitizes tumour cells to multiple apoptotic stimuli.', ['IL6 decreases APOPTOSIS [ctx CANCER,HCC]'], 'supported'],
  // Near misses: the sensitiser where the finding protects (contradicted); the sibling STAT (no finding); another cancer.
  ['IL-6 sensitized HCC cells to a variety of apoptotic signals.', ['IL6 increases APOPTOSIS [ctx HCC]'], 'contradicted'],
  ['STAT1 sensitizes hepatoma cells to apoptosis.', ['STAT1 increases APOPTOSIS [ctx HCC]'], 'unsupported/no-evidence'],
  ['IGF-1R desensitised the breast cancer cells to a range of apoptotic stimuli.', ['IGF1R decreases APOPTOSIS [ctx BREAST_CANCER]'], 'unsupported/other-context'],
  // A drug after "to" is the drug's resistance, as before (sensitization).
  ['IL-6 sensitizes HCC cells to sorafenib.', ['IL6 decreases SORAFENIB_RESISTANCE [ctx HCC]'], 'contradicted'],
]);
