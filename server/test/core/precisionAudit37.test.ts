// Issue 7, stop 37: SUPPORTED precision of stop 36's mechanisms, audited on sentences they were not built from.
// Sentences of our own, several surface forms per class; each class was read wrongly (most as SUPPORTED) before:
// - a classification said of the loss of X ("deletion of X was pro-inflammatory", "X inhibitors are anti-inflammatory"):
//   the class turns round for X (claims/kindAsDirection.ts lossBeforeSubject, lossAfterSubject);
// - a nominal classification the predicate doubts ("the oncogenic role of X is debated"): no class
//   (kindAsDirection.ts doubtAfterNominal);
// - a fall undone by the loss of X ("deletion of X rescued the impaired Y"): X holds Y back (undoneFall.ts lossBefore);
// - a level under a condition ranked against another molecule ("than did MMP-2") or taken back ("but not in later
//   ones"): no change read (levelUnderCondition.ts);
// - two predicates of one subject whose silent first one is a near miss of a finding ("X raises MMP-11 and promotes Y",
//   the library reporting X on MMP-13): unsupported (analyzeBlock.ts coordinatedPredicateVerdict);
// - a denial of degree ("did not raise A as strongly as B"): X still raises A (claims/deniedDegree.ts).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { assertReading, bundledKb, verdictAndTriples } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const read = (text: string) => verdictAndTriples(text, kb);
const check = (text: string, verdict: string, triple?: string): void => assertReading(kb, text, verdict, triple);

suite('precision audit (stop 37): a classification of the loss of X', () => {
  test('the loss named before or after X turns the class round', () => {
    check('Ablation of IL-6 is strongly pro-inflammatory in the damaged liver.', 'contradicted', 'IL6 inhibits INFLAMMATION');
    check('IL-6 knockdown is pro-inflammatory in hepatocytes.', 'contradicted', 'IL6 inhibits INFLAMMATION');
    check('IL-6 inhibitors have marked anti-inflammatory effects.', 'supported', 'IL6 promotes INFLAMMATION');
    check('Blocking IL-6 had anti-inflammatory effects in the liver.', 'supported', 'IL6 promotes INFLAMMATION');
  });
  test('X itself keeps its class', () => {
    check('IL-6 exerts potent pro-inflammatory effects.', 'supported', 'IL6 promotes INFLAMMATION');
    check('IL-6 is a cytokine with anti-inflammatory properties.', 'contradicted', 'IL6 inhibits INFLAMMATION');
  });
  test('a nominal classification the predicate doubts or denies is no class', () => {
    for (const text of [
      'The pro-inflammatory role of IL-6 in hepatitis is debated.',
      'The pro-inflammatory activity of IL-6 in the gut remains controversial.',
      'The oncogenic function of IL-11 in breast tumours has not been established.',
    ]) {
      const got = read(text);
      assert.notEqual(got.verdict, 'supported', `${text}\n${JSON.stringify(got.claims)}`);
      assert.ok(!got.claims.some((c) => c.includes('INFLAMMATION') || c.includes('TUMORIGENESIS')), `${text}\n${JSON.stringify(got.claims)}`);
    }
    check('The pro-inflammatory role of IL-6 is well established.', 'supported', 'IL6 promotes INFLAMMATION');
  });
});

suite('precision audit (stop 37): a second class of the same subject', () => {
  test('"pro- in some settings and anti- in others", "oncogenic here but tumour-suppressive there": both read', () => {
    check('IL-6 is pro-inflammatory in some settings and anti-inflammatory in others.', 'contradicted', 'IL6 inhibits INFLAMMATION');
    check('IL-6 exerts strong pro-inflammatory effects and, in the gut, anti-inflammatory ones.', 'contradicted', 'IL6 inhibits INFLAMMATION');
    check('STAT3 is oncogenic in the liver but tumour-suppressive in the colon.', 'contradicted', 'STAT3 inhibits TUMORIGENESIS');
  });
  test('a second class said of another molecule is not the subject\'s', () => {
    check('IL-6 is pro-inflammatory, whereas IL-10 is anti-inflammatory.', 'supported', 'IL6 promotes INFLAMMATION');
  });
});

suite('precision audit (stop 37): a fall undone by the loss of X', () => {
  test('deletion, knockout, silencing of X, anti-X antibodies: X holds the process back', () => {
    check('Deletion of IL-6 rescued the impaired liver regeneration in these animals.', 'contradicted', 'IL6 suppresses LIVER_REGENERATION');
    check('Knockout of IL-6 normalized the delayed liver regeneration.', 'contradicted', 'IL6 suppresses LIVER_REGENERATION');
    check('Anti-IL-6 antibodies reversed the impaired liver regeneration.', 'contradicted', 'IL6 suppresses LIVER_REGENERATION');
  });
  test('X itself undoing the fall still raises the process, with or without an article', () => {
    check('IL-6 treatment restored the reduced liver regeneration.', 'supported', 'IL6 increases LIVER_REGENERATION');
    check('IL-6 restored impaired liver regeneration in these mice.', 'supported', 'IL6 promotes LIVER_REGENERATION');
    check('Recombinant IL-6 rescued defective liver regeneration.', 'supported', 'IL6 promotes LIVER_REGENERATION');
    check('The weakened liver regeneration of these mice was reversed by IL-6.', 'supported', 'IL6 promotes LIVER_REGENERATION');
  });
});

suite('precision audit (stop 37): an undoing denied or asked', () => {
  test('"neither X nor Z restored", "whether X reverses": no undoing read', () => {
    for (const text of ['Neither IL-6 nor IL-11 restored impaired liver regeneration.', 'We asked whether IL-6 reverses the impaired liver regeneration.']) {
      const got = read(text);
      assert.ok(!got.claims.some((c) => / (?:promotes|increases) LIVER_REGENERATION$/.test(c)), `${text}\n${JSON.stringify(got.claims)}`);
      assert.notEqual(got.verdict, 'supported', text);
    }
  });
});

suite('precision audit (stop 37): a level under a condition, ranked or taken back', () => {
  test('a ranking against another molecule with its verb repeated reads no change', () => {
    for (const text of ['IL-11 showed higher expression under hypoxia than did MMP-2.', 'STAT3 displayed greater phosphorylation under hypoxia than does IL-11.']) {
      const got = read(text);
      assert.notEqual(got.verdict, 'supported', `${text}\n${JSON.stringify(got.claims)}`);
    }
  });
  test('a change taken back reads nothing; a contrast about another molecule keeps it', () => {
    for (const text of ['STAT3 showed increased phosphorylation under hypoxia in one earlier study, but not in later ones.', 'MMP-9 had more activity under hypoxia in the first experiment, yet never again.']) {
      assert.notEqual(read(text).verdict, 'supported', text);
    }
    check('Vimentin had higher expression under hypoxia, but this was not seen with E-cadherin.', 'supported', 'HYPOXIA increases VIM');
  });
  test('a level in cells that lost or were given a second agent is not the condition\'s own change', () => {
    for (const text of ['MMP-9 showed lower activity under hypoxia when IL-11 was silenced.', 'MMP-2 had less expression under hypoxia after STAT3 knockdown.']) {
      const got = read(text);
      assert.ok(!got.claims.some((c) => c.startsWith('HYPOXIA decreases')), `${text}\n${JSON.stringify(got.claims)}`);
      assert.notEqual(got.verdict, 'contradicted', text);
    }
  });
});

suite('precision audit (stop 37): a silent first predicate that is a near miss', () => {
  test('MMP-11 for MMP-13, STAT1 for STAT3, IL-6 for IL-11: unsupported', () => {
    for (const text of [
      'IL-11 raises MMP-11 and promotes migration of OSCC cells.',
      'IL-11 induces MMP-12 and enhances the migration of OSCC cells.',
      'IL-6 activates STAT1 and drives growth of sorafenib-treated HCC cells.',
      'Hypoxia raises IL-6 and promotes invasion of MDA-MB-231 cells.',
    ]) check(text, 'unsupported');
  });
  test('an -ly adverb of consequence makes a chain, not a second predicate of its own', () => {
    check('IL-11 raises TIMP-1 and consequently promotes migration of OSCC cells.', 'unsupported');
    check('IL-11 raises TIMP-1 and ultimately drives the migration of OSCC cells.', 'unsupported');
    check('IL-11 raises TIMP-1 and strongly promotes migration of OSCC cells.', 'supported', 'IL11 promotes CELL_MIGRATION');
  });
  test('a silent predicate with no sibling in the library stays a side remark', () => {
    check('IL-11 raises TIMP-1 and activates STAT3.', 'supported', 'IL11 activates STAT3');
  });
});

suite('precision audit (stop 37): a denial of degree', () => {
  test('"not as strongly as", "not to the same extent as": X still raises A', () => {
    check('STAT3 did not raise MMP-3 as strongly as it raised MMP-9.', 'contradicted', 'STAT3 increases MMP3');
    check('MMP-3 was not induced by STAT3 to the same extent as MMP-9.', 'contradicted', 'STAT3 induces MMP3');
    check('IL-11 did not raise MMP-13 as strongly as IL-6 did.', 'supported', 'IL11 increases MMP13');
  });
  test('a plain denial stays a denial', () => {
    const got = read('STAT3 did not raise MMP-3 in these cells.');
    assert.equal(got.verdict, 'supported', JSON.stringify(got.claims));
  });
});
