// Issue 7, stop 40 (round 2): SUPPORTED precision on sentences of our own, the mechanisms the morning's helpers found
// and left (helper h-prec40b; near misses nm-hq* in corpus/nearmiss.jsonl):
// - a contrast set between commas after the subject, "Y, unlike X, raised Z": "unlike" opened a clause and X was read
//   as the verb's subject, so X's finding made the sentence supported (or, with "failed to", contradicted). The
//   readers read around the aside (simplifiedViews.ts 'subject-contrast') and comparisons.ts denies X the claim, as
//   for a fronted "Unlike X, Y raised Z".
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('precision audit (stop 40b): "Y, unlike X, raised Z"', () => {
  test('the claim is the subject\'s, and the rival is denied it', () => {
    check('Regorafenib, unlike sorafenib, raised ATF3 levels in HCC cells.', 'contradicted');
    check('IL-6, in contrast to IL-11, raised MMP-13 levels in OSCC cells.', 'contradicted');
  });
  test('a denied subject: the rival is not read as the one that failed', () => {
    check('IL-6, unlike IL-11, failed to raise MMP-13 levels in OSCC cells.', 'unsupported', 'IL6 increases MMP13');
  });
  test('a rival the library is silent on leaves the subject\'s claim supported', () => {
    check('IL-11, unlike IL-6, raised MMP-13 levels in OSCC cells.', 'supported', 'IL11 increases MMP13');
  });
});
