// Issue 7 (h-near45, stop 45): claims read but missing their finding, because a name or a construction between
// reading and the library fell short; each in sentences of our own with other wordings, and the near misses that
// must not be read as supported. (Each construction's own example is a test of constructions.test.ts.)
import { readingTable } from './helpers';

readingTable('reader near45', '"the IGF receptor" names IGF-1R, as "IGFR" does (data/entities.json); IGF-II and the insulin receptor stay apart', [
  ['The IGF receptor shields hepatoma cells from apoptosis.', ['IGF1R decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['Blocking the IGF receptor restored apoptosis in liver cancer cells.', ['IGF1R decreases APOPTOSIS [ctx LIVER_CANCER]'], 'supported'],
  ['In HCC, activation of the IGF receptor drives resistance to sorafenib.', ['IGF1R promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // Near misses: the insulin receptor and IGF-II's receptor (IGF2R, a curated alias of the lexicon, h-lex45) are other
  // names (no finding); another cancer (other-context); the direction turned round (contradicted).
  ['The insulin receptor shields hepatoma cells from apoptosis.', ['NCBIGENE_3643 decreases APOPTOSIS [ctx HCC]'], 'out-of-scope'],
  ['The IGF-II receptor shields hepatoma cells from apoptosis.', ['NCBIGENE_3482 decreases APOPTOSIS [ctx HCC]'], 'unsupported/no-evidence'],
  ['The IGF receptor shields breast cancer cells from apoptosis.', ['IGF1R decreases APOPTOSIS [ctx BREAST_CANCER]'], 'unsupported/other-context'],
  ['The IGF receptor triggers apoptosis of hepatoma cells.', ['IGF1R induces APOPTOSIS [ctx HCC]'], 'contradicted'],
]);

readingTable('reader near45', '"Signalling through M verbs Y" with no one named as signalling: M\'s own signalling is the agent (extract.ts)', [
  ['Signalling through IGF-1R protects hepatoma cells from apoptosis.', ['IGF1R decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['Signaling via the IGF-I receptor confers resistance to sorafenib on liver cancer cells.', ['IGF1R promotes SORAFENIB_RESISTANCE [ctx LIVER_CANCER]'], 'supported'],
  ['In hepatoma cells, signalling through the IGF receptor blocks apoptosis.', ['IGF1R inhibits APOPTOSIS [ctx HCC]'], 'supported'],
  // Near misses: a look-alike receptor with no finding; another cancer (other-context); the direction turned round
  // (contradicted); a route no finding gives (no evidence).
  ['Signalling through the insulin receptor protects hepatoma cells from apoptosis.', ['NCBIGENE_3643 decreases APOPTOSIS [ctx HCC]'], 'out-of-scope'],
  ['Signalling through IGF-1R protects breast cancer cells from apoptosis.', ['IGF1R decreases APOPTOSIS [ctx BREAST_CANCER]'], 'unsupported/other-context'],
  ['Signalling through IGF-1R triggers apoptosis of hepatoma cells.', ['IGF1R induces APOPTOSIS [ctx HCC]'], 'contradicted'],
  ['Signaling through gp130 drives STAT3 activation in breast cancer cells.', ['GP130 promotes STAT3 [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  // With someone signalling, M stays the route, as before.
  ['IL-11 signalling through gp130 promotes invasion of breast cancer cells.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER] via GP130'], 'unsupported/no-evidence'],
]);
