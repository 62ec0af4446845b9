// Issue 7, stop 47 (helper h-prec47): a denied correlation that refers back to a marker's level across a comparison or
// a disease read as the level's partner (claims/clauseAnaphora.ts; near misses nm-m8* in corpus/nearmiss.jsonl). The
// library reports the correlation, so the denial contradicts it; each came out SUPPORTED before, by the level alone.
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('a denied correlation referring back to a level (stop 47)', () => {
  test('", but it showed no association with" after "higher in A than in B": the marker\'s denial, contradicted', () => {
    check('IL-11 expression was higher in OSCC tissues than in normal mucosa, but it showed no association with clinical stage.', 'contradicted', 'IL11 associated-with CLINICAL_STAGE');
    check('IL-11 expression was higher in OSCC tissues than in normal mucosa, but it did not correlate with lymph node metastasis.', 'contradicted', 'IL11 associated-with LYMPH_NODE_METASTASIS');
  });
  test('"but did not correlate with" sharing the subject of a level read as the disease\'s partner: contradicted', () => {
    check('IL-11 was raised in OSCC tissues but did not correlate with lymph node metastasis.', 'contradicted', 'IL11 associated-with LYMPH_NODE_METASTASIS');
    check('Levels of IL-11 were elevated in OSCC specimens but were not associated with clinical stage.', 'contradicted', 'IL11 associated-with CLINICAL_STAGE');
  });
  test('controls: an affirmed correlation after the level stays supported; a subjectless "but" with no denial reads nothing new', () => {
    check('IL-11 expression was higher in OSCC tissues than in normal mucosa, and it correlated with lymph node metastasis.', 'supported');
  });
});
