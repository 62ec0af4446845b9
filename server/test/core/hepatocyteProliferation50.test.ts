// Issue 7 (h-recall50, stop 50): the liver regrows by the proliferation of its hepatocytes, so a claim on hepatocyte
// proliferation (GO's term, as the lexicon names it) is checked as one on liver regeneration, the process the
// library's findings name (kb/inference.ts outcomeStandIns, beside "colony formation" as proliferation). Before, the
// claim met no finding: no evidence. Sentences of our own; near misses in nearmiss.jsonl (nm-t3*).
import { readingTable } from './helpers';

readingTable('hepatocyte proliferation 50', 'hepatocyte proliferation is checked as liver regeneration', [
  ['In mice, IL-6 signalling mediates hepatocyte proliferation.', ['IL6 promotes GO_0072574'], 'supported'],
  ['After partial hepatectomy, hepatocyte proliferation is driven by IL-6.', ['IL6 promotes GO_0072574'], 'supported'],
  // Near misses: the sibling cytokine and a molecule with no finding on the liver (no evidence); the reversed
  // direction (contradicted).
  ['IL-11 mediates hepatocyte proliferation in mice.', ['IL11 promotes GO_0072574'], 'unsupported/no-evidence'],
  ['STAT3 drives hepatocyte proliferation.', ['STAT3 promotes GO_0072574'], 'unsupported/no-evidence'],
  ['IL-6 suppresses hepatocyte proliferation after hepatectomy.', ['IL6 suppresses GO_0072574'], 'contradicted'],
]);
