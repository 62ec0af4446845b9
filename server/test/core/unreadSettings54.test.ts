// Issue 7 (h-limits54, stop 54): a setting the sentence restricts its claim to that no mention covers and scope.ts
// `namesUnknownContext` does not read (verify/unreadSettings.ts) is an unknown context, so a finding stated in other
// cells or another cancer does not back the claim (analyzeBlock.ts). Sentences of our own, one construction each, with
// the readings that must stay: a non-cancer setting (policy: no context), a species before a cancer the lexicon names.
import * as assert from 'node:assert/strict';
import { unreadSettings } from '../../src/core/verify/unreadSettings';
import { readingTable } from './helpers';

/** The kinds and words the predicate finds, no mentions recognised except those given by their words. */
const settingsOf = (text: string, ...covered: string[]) =>
  unreadSettings(text, 0, covered.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }))).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);

suite('unread settings: the predicate', () => {
  test('a tumour named fused with its genesis', () => {
    assert.deepEqual(settingsOf('In the setting of gliomagenesis, HIF-1α raised invasion.'), ['fused-tumour:gliomagenesis']);
    assert.deepEqual(settingsOf('STAT3 is a driver of lymphomagenic signalling.'), ['fused-tumour:lymphomagenic']);
    // Read when the lexicon names it; a word ending in -oma that is no tumour is no setting.
    assert.deepEqual(settingsOf('In the setting of gliomagenesis, HIF-1α raised invasion.', 'gliomagenesis'), []);
    assert.deepEqual(settingsOf('CAFs of the tumour stroma raised IL-6.'), []);
  });
  test('a cancer\'s mixed-case short form before "cells"', () => {
    assert.deepEqual(settingsOf('Hypoxia induced EMT in PCa cells.'), ['cancer-acronym:PCa']);
    assert.deepEqual(settingsOf('IL-6 raised growth of CCa xenografts.'), ['cancer-acronym:CCa']);
    // One capital names a kind of cell ("T cells", "B cells"), a known name is covered.
    assert.deepEqual(settingsOf('Hypoxia induced EMT in T cells.'), []);
    assert.deepEqual(settingsOf('Hypoxia induced EMT in PCa cells.', 'PCa'), []);
    assert.deepEqual(settingsOf('Stem cells of the colon renew the crypt.'), []);
    // A short form after a hyphen names a form of the gene ("STAT3-DN cells"), all capitals are scope.ts's.
    assert.deepEqual(settingsOf('STAT3-DN cells invaded less.', 'STAT3'), []);
    assert.deepEqual(settingsOf('IL-6 raised growth of ABC cells.'), []);
  });
  test('cells named by the organ they came from, or an organ before a kind of cancer cell', () => {
    assert.deepEqual(settingsOf('IL-11 raised STAT3 phosphorylation in prostate-derived cells.'), ['organ-cells:prostate']);
    assert.deepEqual(settingsOf('IL-11 raised STAT3 phosphorylation in kidney derived cell lines.'), ['organ-cells:kidney']);
    assert.deepEqual(settingsOf('After hypoxia, gastric CSCs invaded more.'), ['organ-cells:gastric']);
    assert.deepEqual(settingsOf('IL-6 expanded pancreatic tumour-initiating cells.'), ['organ-cells:pancreatic']);
    // A non-cancer setting names no context (policy): "normal", "non-tumorigenic" before it; normal kinds of cell.
    assert.deepEqual(settingsOf('IL-11 raised STAT3 phosphorylation in normal prostate-derived cells.'), []);
    assert.deepEqual(settingsOf('IL-11 raised STAT3 phosphorylation in non-tumorigenic breast-derived cells.'), []);
    assert.deepEqual(settingsOf('IL-6 activated hepatic stellate cells.'), []);
    assert.deepEqual(settingsOf('IL-6 raised proliferation of gastric epithelial cells.'), []);
  });
  test('the animal a process is named in, and a genotype\'s organs', () => {
    assert.deepEqual(settingsOf('Loss of IL-11 lowered mouse tumorigenesis.'), ['species:mouse']);
    assert.deepEqual(settingsOf('STAT3 drove murine gastric hyperplasia.'), ['species:murine']);
    assert.deepEqual(settingsOf('IL-6 lowered apoptosis in both +/+ and -/- kidneys.'), ['species:kidneys']);
    // A species before a tumour of an organ names that cancer (nm-av24); a species before a cell line or a mouse model is left to the lexicon.
    assert.deepEqual(settingsOf('IL-6 raised IGF-1 in murine liver tumours.'), []);
    assert.deepEqual(settingsOf('IL-6 raised IGF-1 in a mouse model of HCC.'), []);
    assert.deepEqual(settingsOf('IL-6 raised IGF-1 in the rat.'), []);
  });
});

// End to end: each setting the lexicon lacks makes the library's findings in other cells or cancers other-context.
readingTable('unread settings', 'a claim in a setting nothing reads is not backed by a finding elsewhere', [
  ['Hypoxia induced EMT in CCa cells.', ['HYPOXIA induces EMT'], 'unsupported/other-context'],
  ['IL-11 raised STAT3 phosphorylation in kidney-derived cells.', ['IL11 increases STAT3'], 'unsupported/other-context'],
  ['IL-11 drives murine tumorigenesis.', ['IL11 promotes TUMORIGENESIS'], 'unsupported/other-context'],
  ['IL-6 lowered apoptosis in both +/+ and -/- kidneys.', ['IL6 decreases APOPTOSIS'], 'unsupported/other-context'],
]);

readingTable('unread settings', 'controls: a non-cancer setting and a species before a named cancer keep their support', [
  ['IL-11 raised STAT3 phosphorylation in normal kidney-derived cells.', ['IL11 increases STAT3'], 'supported'],
  ['IL-6 raised IGF-1 in murine liver tumours.', ['IL6 increases IGF1 [ctx LIVER_CANCER]'], 'supported'],
]);
