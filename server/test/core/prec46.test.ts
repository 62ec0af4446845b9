// Issue 7, stop 46 (h-prec46): false SUPPORTED and CONTRADICTED found with sentences of our own.
// - A relative clause placed only in cancer in general speaks of the named cancer its antecedent lives in
//   ("Gastric tumours contain CAFs, which promote ... of cancer cells": claims/relativeInNamedCancer.ts).
// - "along with" / "together with" a named change after a predicate: the change that came with the clause's own
//   (vocabulary.ts phraseTriggers, `joinsList`), never a list opener after a name. Near misses nm-m001..
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { relativeInNamedCancerExamples } from '../../src/core/claims/relativeInNamedCancer';
import { bundledKb, claimsOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a relative clause in cancer in general after a named cancer', () => {
  for (const { example, place } of relativeInNamedCancerExamples) {
    test(example, () => {
      const read = claimsOf(example, kb);
      assert.ok(read.length > 0 && read.every((c) => c.includes(`ctx ${place}`)), read.join(' | '));
    });
  }
  test('another cancer than the finding\'s is other-context, not supported', () => {
    assert.equal(verdictOf('Colorectal tumours contain CAFs, which drive the proliferation of cancer cells.', kb), 'unsupported/other-context');
  });
  test('the finding\'s own cancer named before the relative stays supported', () => {
    assert.equal(verdictOf('Liver cancers contain CAFs, which promote the proliferation of tumour cells.', kb), 'supported');
  });
  test('a relative inside a description keeps its own place (no named cancer before its antecedent)', () => {
    assert.equal(verdictOf('Tumours contain CAFs, which promote the proliferation of cancer cells.', kb), 'supported');
  });
});

suite('"along with" and "together with" a change after a predicate', () => {
  test('a knockdown lowering a marker along with the suppression of invasion is no contradiction', () => {
    assert.notEqual(verdictOf('Silencing of STAT3 in hypoxic MDA-MB-231 cells decreased MMP-9 levels along with the suppression of invasion.', kb), 'contradicted');
  });
  test('"together with" after the knockdown\'s fall reads the two falls together', () => {
    assert.equal(verdictOf('In hypoxic MDA-MB-231 cells, knockdown of IL-11 reduced STAT3 phosphorylation together with the suppression of invasion.', kb), 'supported');
  });
  test('", together with elevated X," after a name is a list, not a predicate', () => {
    assert.equal(verdictOf('IL-11, together with elevated STAT3 activity, drives the invasion of hypoxic MDA-MB-231 cells.', kb), 'supported');
  });
  test('no predicate before it: "X together with increased Y promotes Z" keeps its verb', () => {
    assert.equal(verdictOf('IL-11 together with increased MMP-9 levels promotes the invasion of MDA-MB-231 cells.', kb), 'supported');
  });
});
