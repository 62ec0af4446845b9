// Precision audit of stop 44 (issue 7): shapes that made a claim look backed while the sentence's own claim is another.
// - a rule conceded only to introduce the writer's exception ("While X is usually known to raise Y, this study
//   identifies ..."): the conceded rule is no claim of the writer's (denials.ts, a superseded premise); without the
//   word of rule, or with a study that adds ("also"), the concession stays a claim;
// - a reduced relative of association on the subject ("IL-6 associated with inflammation drives Y", "related to",
//   "correlated with"): the verb's subject is the noun before the relative, not the relative's partner (extract.ts
//   reducedRelativeParticiples, as "linked to" and "involved in" were).
import * as assert from 'node:assert/strict';
import { bundledReadings } from './helpers';

const { read, check } = bundledReadings();

suite('precision audit (stop 44): a rule conceded to introduce the study\'s exception', () => {
  test('the conceded rule is dropped: an exception with no finding is no longer supported by the rule', () => {
    check('While CAFs are usually known to drive tumour progression, this study identifies a distinct fibroblast subset with low α-SMA in HCC.', 'unsupported');
    check('Although IL-6 is conventionally regarded as a driver of STAT3 activation, we identify an IL-6 variant with an altered receptor-binding site in HCC cells.', 'unsupported');
    check('Whereas hypoxia is typically considered to raise IL-11, our data show that hypoxia lowers IL-11 in tumour cells.', 'contradicted', 'HYPOXIA decreases IL11');
    assert.ok(!read('Whereas hypoxia is typically considered to raise IL-11, our data show that hypoxia lowers IL-11 in tumour cells.').claims.some((c) => c.startsWith('HYPOXIA increases IL11')));
  });
  test('a concession without the word of rule, or with a study that adds to it, stays a claim', () => {
    check('While CAFs are usually known to promote tumour progression, this study also shows that CAFs raise IL-6 in HCC.', 'supported', 'CAF increases IL6');
    check('Although IL-11 is usually known to promote invasion, IL-11 raised invasion of MDA-MB-231 cells under hypoxia.', 'supported', 'IL11 increases CELL_INVASION');
  });
});

suite('precision audit (stop 44): a reduced relative of association on the subject', () => {
  test('the noun before "associated with", "related to", "correlated with" is the verb\'s subject', () => {
    check('IL-6 associated with inflammation promotes tumour progression.', 'supported', 'IL6 promotes TUMOR_PROGRESSION');
    assert.ok(!read('IL-6 associated with inflammation promotes tumour progression.').claims.includes('INFLAMMATION promotes TUMOR_PROGRESSION'));
    check('IL-11 related to hypoxia drives invasion of MDA-MB-231 cells.', 'supported', 'IL11 promotes CELL_INVASION');
    assert.ok(!read('IL-11 related to hypoxia drives invasion of MDA-MB-231 cells.').claims.some((c) => c.startsWith('HYPOXIA promotes')));
    check('STAT3 correlated with poor prognosis activates MMP-13 in breast cancer.', 'unsupported', 'STAT3 activates MMP13');
  });
});
