// Issue 7 (h-recD54, stop 54): a participle of level right after a relation verb describes the noun after it, "was
// enough to block raised levels of Y", "to lower elevated Y" (claims/triggers.ts participleOfLevelAfterVerb). Read as
// the clause's verb, the participle took the subject and the blocking verb lost its object, so a loss that blocks a
// rise (X raises Y) read nothing, or, after "to lower", read X's loss raising Y (a false contradiction). Blocking a
// raised level is lowering it. Near misses: a named cancer the finding does not cover, a marker the library has
// falling, a failed blocking, the agent itself blocking, and the opposite participle after the opposite verb.
import { readingTable } from './helpers';

readingTable('reader recD54', 'V raised (elevated, increased) levels of Y: the participle is the level\'s adjective, Y the verb\'s object (triggers.ts participleOfLevelAfterVerb)', [
  ['Neutralization of IL-6 was enough to block raised levels of p-STAT3 in treated cells.', ['IL6 activates STAT3'], 'supported'],
  ['Neutralization of IL-6 was enough to block elevated p-STAT3 in treated cells.', ['IL6 activates STAT3'], 'supported'],
  ['IL-6 neutralization was able to block increased levels of p-STAT3.', ['IL6 activates STAT3'], 'supported'],
  ['Silencing of IL-11 was sufficient to block raised levels of MMP-13 in cancer cells.', ['IL11 activates MMP13 [ctx CANCER]'], 'supported'],
  ['The IL-6R antibody was able to block elevated levels of STAT3 phosphorylation.', ['IL6R activates STAT3'], 'supported'],
  // A bare form read as a verb only after "to" or an auxiliary: "to lower raised Y" (a false contradiction before).
  ['Neutralization of IL-6 was enough to lower raised levels of p-STAT3 in treated cells.', ['IL6 increases STAT3'], 'supported'],
  ['Blocking IL-6 was enough to reduce elevated p-STAT3 levels in treated cells.', ['IL6 increases STAT3'], 'supported'],
  // The opposite participle after the opposite verb: restoring a lowered level raises it.
  ['IL-6 was enough to raise reduced levels of p-STAT3.', ['IL6 increases STAT3'], 'supported'],
  // Another cancer: the HCC finding does not cover gastric cancer.
  ['Neutralization of IL-6 was enough to block raised p-STAT3 in gastric cancer cells.', ['IL6 activates STAT3 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // The agent itself blocking, not its loss: the opposite of the finding.
  ['IL-11 was enough to block elevated levels of MMP-13 in cancer cells.', ['IL11 inhibits MMP13 [ctx CANCER]'], 'contradicted'],
  // A failed blocking denies the effect.
  ['Knockdown of IL-11 failed to block raised levels of MMP-13.', ['NOT IL11 activates MMP13'], 'contradicted'],
  // A marker the library has IL-11 lowering (E-cadherin): the loss blocking its rise says IL-11 raises it.
  ['Neutralization of IL-11 was enough to block raised levels of E-cadherin.', ['IL11 activates CDH1'], 'contradicted'],
  // A verb of bringing about is left as it was: "confers increased Y" says the participle's change, read as before.
  ['STAT3 signalling confers increased invasion in tumour cells.', ['STAT3 promotes CELL_INVASION [ctx CANCER]', 'CANCER associated-with(positive) CELL_INVASION'], 'supported'],
]);
