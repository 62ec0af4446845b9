// Stop 53 (h-contra53): contradictions the reader missed in real prose, each construction with its near misses and a
// control. Sentences our own, one construction each.
// 1. A trial's arms reported alike: "no significant difference in OS was seen between D and placebo", "OS with D was
//    similar to that with placebo" (armsAlike.ts): D has no effect on the outcome, against a finding that it prolongs it.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsWithoutContextOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

const plain = (text: string): string[] => claimsWithoutContextOf(text, kb);
const verdict = (text: string): string => onlySentence(text, kb).verdict;

suite('a trial\'s arms reported alike (armsAlike.ts)', () => {
  test('a denied difference in an outcome between a drug and a control arm: the drug has no effect on it', () => {
    for (const text of [
      'No significant difference in overall survival was seen between sorafenib and placebo.',
      'In the comparison of sorafenib versus control, no significant difference in overall survival was observed.',
      'There was no significant difference in overall survival between the sorafenib arm and the placebo arm.',
      'A difference in OS between sorafenib and placebo was not detectable.',
      'Overall survival of patients given sorafenib was similar to that of patients given placebo.',
      'The final OS of patients on sorafenib was comparable to that of patients on placebo; however, after censoring, the gap widened.',
      'Overall survival did not differ between patients given sorafenib and those given placebo.',
      'Overall survival was not significantly different between the sorafenib and control groups.',
      'Overall survival with sorafenib was comparable to that with placebo.',
    ]) {
      assert.ok(plain(text).includes('SORAFENIB no-effect OVERALL_SURVIVAL'), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('each outcome of a list after "difference in" is denied', () => {
    const text = 'There was no significant difference in overall survival or progression-free survival between sorafenib and placebo.';
    assert.ok(plain(text).includes('SORAFENIB no-effect OVERALL_SURVIVAL'), JSON.stringify(plain(text)));
    assert.ok(plain(text).includes('SORAFENIB no-effect PROGRESSION_FREE_SURVIVAL'), JSON.stringify(plain(text)));
  });
  test('near miss: two drugs alike, groups by a marker, a difference found, or a likeness of something else read no denial', () => {
    for (const text of [
      'No significant difference in overall survival was observed between sorafenib and lenvatinib.',
      'No difference in overall survival was observed between patients with high and low STAT3 levels.',
      'A significant difference in overall survival was observed between sorafenib and placebo.',
      'Overall survival was similar in patients with high and low IL-6 levels treated with sorafenib.',
      'Sorafenib plus placebo and sorafenib plus erlotinib gave similar overall survival.',
      'Sorafenib prolonged overall survival compared with placebo, while the rate of adverse events was similar.',
    ]) {
      assert.ok(!plain(text).some((c) => c.includes('no-effect')), `${text}: ${JSON.stringify(plain(text))}`);
      assert.notEqual(verdict(text), 'contradicted', text);
    }
  });
  test('control: a drug that prolongs survival over placebo stays supported', () => {
    for (const text of ['Sorafenib prolonged overall survival compared with placebo.', 'Compared with placebo, sorafenib significantly improved overall survival.']) assert.equal(verdict(text), 'supported', text);
  });
});
