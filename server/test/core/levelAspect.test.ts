// Issue 7, stop 41 (helper h-aspect41): a claim on the level of a molecule ("X raised M levels", "the expression of
// M") is not backed by the restatement of a route through M ("X acts through M": X activates M, kb/inference.ts
// 'route-upstream'). The object's aspect is read from the words around its name (claims/writtenAsLevel.ts) and
// compared with the fact's once, in verification (verify.ts levelAgainstRoute). Near misses nm-hx* in nearmiss.jsonl.
import * as assert from 'node:assert/strict';
import { writtenAsLevel } from '../../src/core/claims/writtenAsLevel';
import type { EntityMention } from '../../src/core/entities/recognize';
import { bundledReadings } from './helpers';

const { check, notSupported } = bundledReadings();

/** The mention of `name` in `text` (its first occurrence), as the recognizer would give it. */
function mentionIn(text: string, name: string, aspect?: 'phosphorylation'): EntityMention {
  const start = text.indexOf(name);
  return { entityId: name, start, end: start + name.length, text: name, ...(aspect ? { aspect } : {}) };
}

suite('an object written as its level (claims/writtenAsLevel.ts)', () => {
  test('a level noun after the name, or "levels of" before it', () => {
    for (const [text, name] of [
      ['Hypoxia lifted gp130 levels in the cells.', 'gp130'],
      ['The cytokine raised gp130 mRNA expression.', 'gp130'],
      ['The cytokine raised gp130 (protein) abundance.', 'gp130'],
      ['The cytokine raised the expression of gp130.', 'gp130'],
      ['Serum concentrations of the cytokine IL-6 went up.', 'IL-6'],
    ]) assert.equal(writtenAsLevel(mentionIn(text, name), text), true, text);
  });
  test('the bare name, or the name as its activity, is no level', () => {
    for (const [text, name] of [
      ['The cytokine activates gp130 in these cells.', 'gp130'],
      ['The cytokine raised gp130 in these cells.', 'gp130'],
      ['The cytokine raised STAT3 phosphorylation levels.', 'STAT3'],
      ['The cytokine raised phosphorylated STAT3 levels.', 'STAT3'],
      ['The cytokine raised the levels of activated Akt.', 'Akt'],
    ]) assert.equal(writtenAsLevel(mentionIn(text, name), text), false, text);
    const text = 'The cytokine raised p-STAT3 levels.';
    assert.equal(writtenAsLevel(mentionIn(text, 'p-STAT3', 'phosphorylation'), text), false, text);
  });
});

suite('a level claim against a route the library reports (verify.ts levelAgainstRoute)', () => {
  test('the level of a route partner has no evidence', () => {
    check('IL-11 raised the amount of IL-11Rα in OSCC cells.', 'unsupported', 'IL11 increases IL11RA');
    check('In OSCC, IL-11 raised gp130 protein levels.', 'unsupported', 'IL11 increases GP130');
  });
  test('engaging the partner, or its activity, is still backed by the route', () => {
    check('In OSCC, IL-11 activates gp130.', 'supported', 'IL11 activates GP130');
    check('IL-11 signals through IL-11Rα in OSCC.', 'supported');
    check('IL-11 increased the phosphorylation of Akt in OSCC cells.', 'supported');
  });
  test('a level finding stated as such still backs the level claim', () => {
    check('IL-11 elevated the expression of MMP-2 in MDA-MB-231 cells.', 'supported', 'IL11 increases MMP2');
  });
});

// Stop 52 (h-infer52): a factor read from its target genes (kb/inference.ts 'factor-targets': "hypoxia raised the
// HIF-1α target genes", MDA-MB-231) is the factor's activity, so it backs "hypoxia activated HIF-1α" but not a claim
// on how much HIF-1α the cells make. (Where the claim's context is ATC, CoCl2's own finding still speaks: 'mimetic'.)
suite('a level claim against a factor read from its target genes (verify.ts levelAgainstRoute)', () => {
  test('the factor\'s amount is not backed by its target genes', () => {
    for (const text of [
      'In MDA-MB-231 cells, hypoxia raised HIF-1α protein levels.',
      'In MDA-MB-231 cells, hypoxia increased the expression of HIF-1α.',
      'In MDA-MB-231 cells, hypoxia increased HIF-1α mRNA levels.',
      'Under hypoxia, MDA-MB-231 cells overexpress HIF-1α.',
      'In MDA-MB-231 cells, hypoxia lowered HIF-1α expression.',
    ]) notSupported(text);
  });
  test('the factor\'s activity, or the target genes themselves, are still backed', () => {
    check('In MDA-MB-231 cells, hypoxia activated HIF-1α.', 'supported', 'HYPOXIA activates HIF1A');
    check('In MDA-MB-231 cells, HIF-1α activity rose under hypoxia.', 'supported');
    check('In MDA-MB-231 cells, hypoxia increased the expression of HIF-1α target genes.', 'supported');
  });
});
