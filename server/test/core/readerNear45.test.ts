// Issue 7 (h-near45, stop 45): claims read but missing their finding, because a name or a construction between
// reading and the library fell short; each in sentences of our own with other wordings, and the near misses that
// must not be read as supported. (Each construction's own example is a test of constructions.test.ts.)
import { readingTable } from './helpers';

readingTable('reader near45', '"the IGF receptor" names IGF-1R, as "IGFR" does (data/entities.json); IGF-II and the insulin receptor stay apart', [
  ['The IGF receptor shields hepatoma cells from apoptosis.', ['IGF1R decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['Blocking the IGF receptor restored apoptosis in liver cancer cells.', ['IGF1R decreases APOPTOSIS [ctx LIVER_CANCER]'], 'supported'],
  ['In HCC, activation of the IGF receptor drives resistance to sorafenib.', ['IGF1R promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // Near misses: the insulin receptor and IGF-II are other names (no finding); another cancer (other-context); the
  // direction turned round (contradicted).
  ['The insulin receptor shields hepatoma cells from apoptosis.', ['NCBIGENE_3643 decreases APOPTOSIS [ctx HCC]'], 'out-of-scope'],
  ['The IGF-II receptor shields hepatoma cells from apoptosis.', ['NCBIGENE_3481 decreases APOPTOSIS [ctx HCC]'], 'unsupported/no-evidence'],
  ['The IGF receptor shields breast cancer cells from apoptosis.', ['IGF1R decreases APOPTOSIS [ctx BREAST_CANCER]'], 'unsupported/other-context'],
  ['The IGF receptor triggers apoptosis of hepatoma cells.', ['IGF1R induces APOPTOSIS [ctx HCC]'], 'contradicted'],
]);
