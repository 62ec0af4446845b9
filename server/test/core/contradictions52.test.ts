// Stop 52 (h-contra52): contradictions the reader missed in real prose, each construction with its near misses and a
// control that stays supported. Sentences our own, one construction each.
// 1. A cytokine put in a class with a polarity adjective, also after a verb of regard and as "one of the" class:
//    "X is considered one of the most prominent anti-inflammatory cytokines" (inflammatoryKind.ts copularKind).
// 2. A fronted absence: "Without X, the liver can still regenerate" (no effect), "Without X, cells fail to invade" (X
//    drives invasion) (frontedAbsence.ts).
// 3. A class of pathways with its example after a relative clause on it: "X inhibits pathways that lead to Y, the most
//    studied of which is Z" (classExampleAfter.ts).
// 4. A denied association fronted, its markers after "for": "No correlation with Y was seen for A or B staining"
//    (deniedAssociationFor.ts).
// 5. A therapy aimed at X owning a capacity, the second of two things shown: "Anti-X therapies showed strong effects
//    and the ability to enhance Y" (capacityTo.ts hasCapacity): X's loss raises Y, so X lowers it.
// 6. "delay" as a verb that holds a process back, as "retard" (vocabulary.ts verbStems).
// 7. A participle of cause with its hyphen left out, "Y enhanced CM induced activation of X", is the compound
//    "CM-induced" (triggers.ts unhyphenatedCause): the verb before keeps its object.
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

suite('a class with a polarity adjective, after a verb of regard or as "one of the" class', () => {
  test('"is considered (regarded as, known as) one of the ... anti-inflammatory cytokines" lowers inflammation', () => {
    for (const text of [
      'IL-6 is considered one of the most prominent anti-inflammatory cytokines.',
      'IL-6 is known as one of the main anti-inflammatory mediators.',
      'IL-6 is widely regarded as a pleiotropic, anti-inflammatory cytokine.',
    ]) {
      assert.ok(plain(text).includes('IL6 inhibits INFLAMMATION'), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('control: the pro-inflammatory class, in the same forms, stays supported', () => {
    for (const text of [
      'IL-6 is regarded as one of the key pro-inflammatory cytokines.',
      'IL-6 is considered to be one of the most important pro-inflammatory cytokines.',
      'IL-6 is one of the pro-inflammatory cytokines.',
    ]) assert.equal(verdict(text), 'supported', text);
  });
  test('near miss: a preposition before the class puts the subject in no class of its own; a denial stays denied', () => {
    for (const text of ['IL-6 is a target of anti-inflammatory cytokines.', 'IL-6 is considered one of the targets of anti-inflammatory cytokines.', 'IL-6 is more potent than anti-inflammatory cytokines.']) {
      assert.ok(!plain(text).includes('IL6 inhibits INFLAMMATION'), text);
      assert.notEqual(verdict(text), 'contradicted', text);
    }
    assert.ok(plain('IL-6 is not considered one of the anti-inflammatory cytokines.').includes('NOT IL6 inhibits INFLAMMATION'));
    assert.notEqual(verdict('IL-6 induces one of the most prominent anti-inflammatory cytokines.'), 'contradicted');
  });
});

suite('a fronted absence ("Without X, ...")', () => {
  test('a process that goes on without X: X has no effect on it, against a finding that X drives it', () => {
    for (const [text, claim] of [
      ['Without IL-6, the liver can effectively regenerate.', 'IL6 no-effect LIVER_REGENERATION'],
      ['In the absence of IL-11, the cells still invade.', 'IL11 no-effect CELL_INVASION'],
      ['Without IL-6, liver regeneration proceeds normally.', 'IL6 no-effect LIVER_REGENERATION'],
      ['Without IL-11, invasion can proceed.', 'IL11 no-effect CELL_INVASION'],
      ['Without IL-11 signalling, the cells still invade.', 'IL11 no-effect CELL_INVASION'],
    ]) {
      assert.ok(plain(text).includes(claim), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('control: a process that fails, is impaired or slows without X says X drives it, supported', () => {
    for (const text of [
      'Without IL-6, the liver cannot regenerate.',
      'Without IL-6, liver regeneration is impaired.',
      'Without IL-11, the cells fail to invade.',
      'Without IL-11, the cells invade more slowly.',
      'Without IL-11, invasion was reduced.',
    ]) assert.equal(verdict(text), 'supported', `${text}: ${JSON.stringify(plain(text))}`);
    assert.ok(plain('Without IL-11, invasion is enhanced.').includes('IL11 inhibits CELL_INVASION'));
  });
  test('near miss: an agent of its own in the clause, a turned or vaguely graded clause, or no molecule absent read nothing', () => {
    assert.ok(!plain('Without IL-11, sorafenib still reduced invasion.').some((c) => c.startsWith('IL11')));
    for (const text of ['Without IL-6, the liver regenerates, but more slowly.', 'Without IL-6, the liver regenerates only partially.', 'Without IL-11, invasion takes longer.']) {
      assert.ok(!plain(text).some((c) => c.startsWith('IL6') || c.startsWith('IL11')), `${text}: ${JSON.stringify(plain(text))}`);
      assert.notEqual(verdict(text), 'contradicted', text);
    }
    assert.deepEqual(plain('Without treatment, the liver can regenerate.'), []);
    // "Without" after the subject is a manner, not a fronted absence (withoutClause.ts reads "X raised Y without ...").
    assert.ok(!plain('The liver regenerates without scarring.').some((c) => c.includes('no-effect')));
  });
});

suite('a class of pathways with its example after a relative clause', () => {
  test('the example takes the verb on the class, against a finding of the opposite', () => {
    for (const [text, claim] of [
      ['IL-6 blocks pathways that drive proliferation, the most studied of which is the STAT3 pathway.', 'IL6 inhibits STAT3'],
      ['IL-11 suppresses downstream pathways that limit invasion, in particular the STAT3 pathway.', 'IL11 suppresses STAT3'],
      ['IL-6 has been shown to inhibit signalling pathways that lead to growth, the best studied of which being the JAK/STAT3 pathway.', 'IL6 inhibits JAK_STAT_PATHWAY'],
    ]) {
      assert.ok(plain(text).includes(claim), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('control: the same construction with the finding\'s direction stays supported', () => {
    const text = 'IL-6 activates several pathways that are often altered, notably the STAT3 pathway.';
    assert.ok(plain(text).includes('IL6 activates STAT3'), JSON.stringify(plain(text)));
    assert.equal(verdict(text), 'supported');
  });
  test('near miss: a denied verb, an association, another molecule in the relative, or an agent named by its inhibitor read nothing of the example', () => {
    assert.ok(!plain('IL-6 does not inhibit pathways that lead to proliferation, notably the STAT3 pathway.').includes('IL6 inhibits STAT3'));
    assert.ok(!plain('IL-6 inhibits pathways that IL-11 activates, notably the STAT3 pathway.').includes('IL6 inhibits STAT3'));
    assert.ok(!plain('Inhibitors of STAT3 block pathways that lead to proliferation, such as the Akt pathway.').includes('STAT3 inhibits AKT'));
    assert.ok(!plain('IL-6 is associated with pathways that lead to proliferation, notably the STAT3 pathway.').some((c) => /^IL6 (?:inhibits|activates) STAT3$/.test(c)));
  });
});

suite('a fronted denied association with its markers after "for"', () => {
  test('each marker is denied its association with each outcome, against a reported association', () => {
    for (const [text, claim] of [
      ['No correlation with survival was seen for pSTAT3 staining.', 'NOT STAT3 associated-with(undirected) SURVIVAL'],
      ['No significant association with lymph node metastasis was found for IL-11 expression.', 'NOT IL11 associated-with(undirected) LYMPH_NODE_METASTASIS'],
      ['No correlations with tumour grade or survival were observed for IL-6 or pSTAT3 levels.', 'NOT STAT3 associated-with(undirected) SURVIVAL'],
    ]) {
      assert.ok(plain(text).includes(claim), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
    assert.ok(plain('No correlations with tumour grade or survival were observed for IL-6 or pSTAT3 levels.').includes('NOT IL6 associated-with(undirected) SURVIVAL'));
  });
  test('control: the association stated without the denial stays supported', () => {
    assert.equal(verdict('pSTAT3 staining correlated with poor prognosis.'), 'supported');
  });
  test('near miss: a group or a place after "for", an outcome no finding names, and a later clause keep their own reading', () => {
    assert.deepEqual(plain('No correlation with survival was seen for patients with HCC.'), []);
    assert.notEqual(verdict('No correlation with patient age was seen for pSTAT3 staining.'), 'contradicted');
    const turned = 'No correlation with survival was seen for IL-6 staining, but pSTAT3 staining predicted poor prognosis.';
    assert.ok(plain(turned).includes('STAT3 associated-with(positive) POOR_PROGNOSIS') && !plain(turned).some((c) => c.startsWith('NOT STAT3')), JSON.stringify(plain(turned)));
  });
});

suite('a therapy aimed at X with the ability to change Y, also as the second thing shown', () => {
  test('"Anti-X therapies showed ... and the ability to enhance Y": X lowers Y, against a finding that X raises it', () => {
    for (const text of [
      'Anti-IGF therapies showed strong anticancer effects and the ability to enhance chemoresistance.',
      'Anti-IGF therapies showed the ability to enhance cancer resistance to chemotherapy.',
    ]) {
      assert.ok(plain(text).includes('IGF1 decreases CHEMORESISTANCE'), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('control: the ability to lower it, and a plain owner with two things shown, stay supported', () => {
    assert.equal(verdict('Anti-IGF therapies showed the ability to lower chemoresistance.'), 'supported');
    assert.equal(verdict('IL-11 showed strong effects and the ability to enhance invasion.'), 'supported');
  });
  test('near miss: a therapy named for X with no word of loss is no owner', () => {
    assert.deepEqual(plain('IL-11 therapies showed the ability to enhance invasion.'), []);
  });
});

suite('"delay" holds a process back', () => {
  test('"X delays Y" lowers Y, against a finding that X drives it', () => {
    for (const text of ['IL-6 has been found to delay liver regeneration.', 'IL-6 delays liver regeneration.']) {
      assert.ok(plain(text).includes('IL6 inhibits LIVER_REGENERATION'), `${text}: ${JSON.stringify(plain(text))}`);
      assert.equal(verdict(text), 'contradicted', text);
    }
  });
  test('control: a delay under the loss of X says X drives it, supported', () => {
    for (const text of ['Loss of IL-6 delayed liver regeneration.', 'Liver regeneration was delayed in IL-6-deficient mice.']) assert.equal(verdict(text), 'supported', text);
  });
  test('near miss: a delayed treatment names no effect', () => {
    assert.deepEqual(plain('IL-6 treatment was delayed by two days.'), []);
  });
});

suite('a compound of cause written without its hyphen ("CM induced activation of X")', () => {
  test('the verb before keeps its object, read as with the hyphen; a loss turns it round', () => {
    const text = 'IL-6 neutralization enhanced CM induced activation of STAT3.';
    assert.ok(plain(text).includes('IL6 decreases STAT3'), JSON.stringify(plain(text)));
    assert.equal(verdict(text), 'contradicted');
    assert.deepEqual(plain(text), plain('IL-6 neutralization enhanced CM-induced activation of STAT3.'));
  });
  test('control: the loss lowering it stays supported', () => {
    assert.equal(verdict('IL-6 neutralization reduced CM induced activation of STAT3.'), 'supported');
  });
  test('near miss: a named agent before "induced" keeps its verb; no verb before, no compound', () => {
    assert.ok(plain('IL-6 induced activation of STAT3.').includes('IL6 induces STAT3'));
    assert.ok(plain('Hypoxia and IL-6 induced activation of STAT3.').includes('IL6 induces STAT3'));
  });
});
