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
      'Overall survival of patients randomised to sorafenib was similar to that of patients assigned to placebo.',
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

// 2. A class word said of X in three more shapes (kindAsDirection.ts): a role "as" a class noun, a class word sharing
//    its head with another word, the activities X is involved in (also through its receptor); and a class challenged
//    by evidence of the opposite class.
suite('a class word as the direction, more shapes (kindAsDirection.ts)', () => {
  test('"plays a (key) role as a growth inhibitor", "a differentiation and growth inhibitor": X lowers growth', () => {
    for (const text of [
      'IL-6 plays a central role as a growth inhibitor of tumour cells.',
      'IL-6 has a key role as a growth inhibitor in hepatoma cells.',
      'IL-6 acts as a differentiation and growth inhibitor of tumour cells.',
      'In these tumours, IL-6 plays an important role as a differentiation and growth inhibitor.',
    ]) {
      assert.ok(plain(text).includes('IL6 inhibits CELL_GROWTH'), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('activities X is involved in (responsible for), with another adjective sharing the noun, also through its receptor', () => {
    for (const text of [
      'IL-6 signalling is responsible for anti-inflammatory activities.',
      'IL-6 is involved in regenerative and anti-inflammatory activities.',
      'Classic IL-6 signalling via the membrane-bound IL-6R is involved in protective and anti-inflammatory activities.',
      'IL-6 is mainly implicated in anti-inflammatory functions.',
      'Classic receptor signalling mediates the protective, anti-inflammatory, and pro-resolving effects of IL-6.',
    ]) {
      assert.ok(plain(text).includes('IL6 inhibits INFLAMMATION'), `${text}: ${JSON.stringify(plain(text))}`);
      assert.ok(!plain(text).some((c) => c.startsWith('IL6R ')), `${text}: the receptor is no subject`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('control: the pro-inflammatory class in the same shapes stays supported', () => {
    for (const text of ['IL-6 is involved in pro-inflammatory activities.', 'IL-6 signalling is responsible for regenerative and pro-inflammatory activities.']) assert.equal(verdict(text), 'supported', text);
  });
  test('near miss: a denial, a class word of its own before the shared noun, or a question read no single anti-inflammatory class', () => {
    assert.notEqual(verdict('IL-6 is not involved in anti-inflammatory activities.'), 'supported');
    assert.ok(!plain('It is unclear whether IL-6 is involved in anti-inflammatory activities.').includes('IL6 inhibits INFLAMMATION'));
    // "pro-inflammatory and anti-inflammatory": both classes, as before (the first is no shared head word).
    const both = plain('IL-6 is involved in pro-inflammatory and anti-inflammatory activities.');
    assert.ok(both.includes('IL6 promotes INFLAMMATION') && both.includes('IL6 inhibits INFLAMMATION'), JSON.stringify(both));
  });
  test('a class challenged by evidence of the opposite class: the opposite class is X\'s', () => {
    for (const [text, claim] of [
      ['The oncogenic role of STAT3 has been questioned by several reports that suggest a tumour-suppressive activity.', 'STAT3 inhibits TUMORIGENESIS'],
      ['However, the tumour-promoting role of STAT3 in cancers has been challenged by studies showing tumour-suppressive functions.', 'STAT3 inhibits TUMORIGENESIS'],
      ['The pro-inflammatory role of IL-6 has been disputed by findings that indicate anti-inflammatory effects.', 'IL6 inhibits INFLAMMATION'],
    ]) {
      assert.ok(plain(text).includes(claim), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('near miss: evidence that denies, names another holder, names the same class, or a role confirmed read no opposite class', () => {
    for (const text of [
      'The oncogenic role of STAT3 has been questioned by reports that do not suggest a tumour-suppressive activity.',
      'The oncogenic role of STAT3 has been confirmed by reports that suggest a tumour-promoting activity.',
      'The oncogenic role of STAT3 has been questioned by reports that suggest an oncogenic activity.',
    ]) assert.ok(!plain(text).includes('STAT3 inhibits TUMORIGENESIS'), `${text}: ${JSON.stringify(plain(text))}`);
    assert.ok(!plain('The oncogenic role of STAT3 has been questioned by reports that suggest a tumour-suppressive activity of IL-6.').includes('STAT3 inhibits TUMORIGENESIS'));
  });
});

// 3. A survival end point named after a noun of change, "an increase (a decrease) in median OS" (kb/outcomes.ts
//    changeNouns): the association is directed, as "longer (shorter) OS" is, so it meets the finding that the marker
//    goes with a poor prognosis instead of standing undirected.
suite('a survival end point after a noun of change is a directed outcome (kb/outcomes.ts)', () => {
  test('a marker going with an increase in survival contradicts its poor prognosis', () => {
    for (const text of [
      'High STAT3 expression was correlated with an increase in median overall survival.',
      'Strong STAT3 staining was associated with an improvement in disease-free survival.',
      'Nuclear STAT3 was linked to a prolongation in overall survival.',
    ]) assert.equal(verdict(text), 'contradicted', `${text}: ${JSON.stringify(plain(text))}`);
  });
  test('control: a decrease (reduction) in survival, or an increase with low levels, agrees with the poor prognosis', () => {
    for (const text of [
      'High STAT3 expression was correlated with a decrease in overall survival.',
      'High STAT3 expression was associated with a reduction in overall survival.',
      'Low STAT3 expression was associated with an increase in overall survival.',
    ]) assert.equal(verdict(text), 'supported', `${text}: ${JSON.stringify(plain(text))}`);
  });
  test('near miss: survival named with no direction stays undirected', () => {
    assert.notEqual(verdict('High STAT3 expression was related to overall survival.'), 'contradicted');
    assert.notEqual(verdict('High STAT3 expression was related to overall survival.'), 'supported');
  });
});

// 4. An agent noun set against another role before their shared "of" (contrastedAgentNoun.ts): "X is the main
//    inhibitor, instead of the target, of Y" says X inhibits Y; the contrasted role says nothing.
suite('an agent noun contrasted with another role before the shared "of" (contrastedAgentNoun.ts)', () => {
  test('the first noun is X\'s relation to Y', () => {
    for (const [text, claim, v] of [
      ['IL-6 is described to be the main upstream inhibitor, instead of a downstream target of STAT3.', 'IL6 inhibits STAT3', 'contradicted'],
      ['IL-6 acts as an inhibitor, not a substrate, of STAT3.', 'IL6 inhibits STAT3', 'contradicted'],
      ['IL-6 is considered to be a suppressor, rather than a product, of STAT3 signalling.', 'IL6 suppresses STAT3', 'contradicted'],
      ['In hepatoma cells, IL-6 is the main upstream activator, rather than a downstream target, of STAT3.', 'IL6 activates STAT3', 'supported'],
    ]) {
      assert.ok(plain(text).includes(claim), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), v, text);
    }
  });
  test('near miss: a role with no direction first, or the agent noun as the contrasted one, reads nothing', () => {
    for (const text of ['IL-6 is the downstream target, rather than the upstream inhibitor, of STAT3.', 'IL-6 is a marker, rather than a driver, of STAT3 activity.']) {
      assert.ok(!plain(text).some((c) => c.startsWith('IL6 ') && /inhibits|promotes|activates/.test(c)), `${text}: ${JSON.stringify(plain(text))}`);
      assert.notEqual(verdict(text), 'contradicted', text);
    }
  });
});

// 5. A step named by the time it takes place in, "X is an essential (a dispensable) step during Y" (cues.ts 'a step
//    during'): the part of Y that "a step in Y" names; "dispensable" says X has no effect on Y.
suite('a step during a process (cues.ts)', () => {
  test('a dispensable step during Y: no effect, against a finding that X drives Y', () => {
    for (const text of [
      'EMT is a dispensable step during tumour cell migration and invasion.',
      'EMT is a dispensable step during organ fibrosis, tumour migration, and invasion [3-4].',
      'EMT is not a necessary step during tumour invasion.',
    ]) assert.equal(verdict(text), 'contradicted', `${text}: ${JSON.stringify(plain(text))}`);
  });
  test('control: an essential step during Y is supported; a relative "during which" names no process', () => {
    assert.equal(verdict('EMT is an essential step during tumour cell migration.'), 'supported');
    assert.ok(!plain('EMT is a step during which cells lose E-cadherin.').some((c) => c.startsWith('EMT ')));
  });
});
