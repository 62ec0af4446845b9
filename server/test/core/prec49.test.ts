// Stop 49 (h-prec49): three ways a sentence that denies, or places elsewhere, what a finding says came out supported.
// - "We found no X-induced rise in Y", "the lack of X-induced Y phosphorylation", "X-induced Y expression was not
//   detected": an event named by a hyphenated cause, denied by the word that opens its noun phrase or by a verb of
//   seeing after it (deniedModifierEvent.ts; deniedObservation.ts for a phrase with no article).
// - "STAT3-low tumours were associated with poor prognosis": a group named by the marker's low end turns the
//   association round (markerState.ts), as "STAT3-low tumours showed a poor prognosis" already was (patientGroups.ts).
// - "gastric cancer-associated fibroblasts": the cancer before "-associated" is the CAFs' place (tumourFibroblasts.ts).
// - "cells isolated from gastric tumours": cells no name says which are the source disease's cells (roles.ts
//   unnamedCellsTakenFrom); "4T1-bearing mice", "B16 tumours": a line the lexicon lacks, named by its tumours or the
//   animals carrying them, is an unknown context (verify/scope.ts namedModels).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));
const verdictOf = (text: string): string => labelOf(text, kb);

suite('stop 49: denied hyphenated events, low-named groups, cancer-associated fibroblasts', () => {
  test('"no (lack of, absence of) X-induced Y" denies X inducing Y', () => {
    for (const [text, claim] of [
      ['We found no hypoxia-induced increase in IL-11 in MDA-MB-231 cells.', 'NOT HYPOXIA induces IL11'],
      ['There was no IL-11-induced MMP-9 expression in MDA-MB-231 cells.', 'NOT IL11 induces MMP9'],
      ['No IL-11-induced MMP-9 expression occurred in MDA-MB-231 cells.', 'NOT IL11 induces MMP9'],
      ['The lack of IL-11-induced STAT3 phosphorylation in MDA-MB-231 cells was striking.', 'NOT IL11 induces STAT3'],
      ['Despite the absence of sorafenib-induced IL-6R expression, HCC cells remained resistant.', 'NOT SORAFENIB induces IL6R'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
      assert.equal(verdictOf(text), 'contradicted', text);
    }
  });

  test('"X-induced Y was not detected": a phrase with no article opened by the hyphenated cause', () => {
    for (const text of ['Hypoxia-induced IL-11 expression was not observed in MDA-MB-231 cells.', 'Sorafenib-induced ATF3 expression was not seen in HCC cells.']) {
      assert.equal(verdictOf(text), 'contradicted', `${text}: ${claimsOf(text).join('; ')}`);
    }
  });

  test('near misses: the event asserted, or denied only where a loss is named, stays supported', () => {
    for (const text of [
      'Sorafenib-induced IL-6R expression was seen in HCC cells.',
      'Sorafenib-induced IL-6R expression was not seen in ATF3-silenced HCC cells.',
      'We saw no sorafenib-induced IL-6R expression in ATF3-silenced HCC cells.',
      'The absence of IL-11 reduced MMP-9 expression in MDA-MB-231 cells.',
      'We found that hypoxia increased IL-11 in MDA-MB-231 cells.',
    ]) {
      assert.ok(!claimsOf(text).some((c) => c.startsWith('NOT ')), `${text}: ${claimsOf(text).join('; ')}`);
    }
  });

  test('"X-low (-negative, -deficient) tumours were associated with Y": X goes with Y the other way', () => {
    for (const text of [
      'STAT3-low tumours were associated with poor prognosis.',
      'STAT3-negative tumours were associated with poor prognosis.',
      'STAT3-low cases were linked to poor prognosis.',
    ]) {
      assert.ok(reads(text, 'STAT3 associated-with(negative) POOR_PROGNOSIS'), `${text}: ${claimsOf(text).join('; ')}`);
      assert.equal(verdictOf(text), 'contradicted', text);
    }
    assert.equal(verdictOf('STAT3-low tumours were associated with a favourable prognosis.'), 'supported');
    // Near misses: the high end, and the form the group reading already turned, are read as before.
    assert.ok(reads('STAT3-high tumours were associated with poor prognosis.', 'STAT3 associated-with(positive) POOR_PROGNOSIS'));
    assert.ok(reads('STAT3-positive tumours were associated with poor prognosis.', 'STAT3 associated-with(positive) POOR_PROGNOSIS'));
    assert.ok(reads('STAT3-low tumours showed a poor prognosis.', 'STAT3 associated-with(negative) POOR_PROGNOSIS'));
  });

  test('"<cancer>-associated fibroblasts" are that cancer\'s CAFs', () => {
    for (const [text, claim] of [
      ['IL-6 induced IGF-1 expression in gastric cancer-associated fibroblasts.', 'IL6 induces IGF1 [ctx CAF,GASTRIC_CANCER]'],
      ['Gastric cancer-associated fibroblasts secreted IL-6.', 'CAF increases IL6 [ctx GASTRIC_CANCER]'],
    ] as const) {
      assert.ok(claimsOf(text).includes(claim), `${text}: ${claimsOf(text).join('; ')}`);
      assert.equal(verdictOf(text), 'unsupported/other-context', text);
    }
    // Near misses: the library's own cancer, and plain CAFs, stay supported.
    assert.equal(verdictOf('Hepatocellular carcinoma-associated fibroblasts secreted IL-6.'), 'supported');
    assert.equal(verdictOf('Cancer-associated fibroblasts secrete IL-6 in HCC.'), 'supported');
  });

  test('"cells derived from <cancer>" hold the claim in that cancer; a named line keeps its own place', () => {
    for (const text of [
      'IL-11 raised MMP-9 levels in cells derived from colorectal tumours.',
      'IL-11 raised MMP-9 levels in organoids derived from colorectal tumours.',
      'IL-11 increased MMP-9 in tumour cells derived from gastric cancer.',
    ]) {
      assert.equal(verdictOf(text), 'unsupported/other-context', `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: a named line before the cells is the place, its source stays out; a covering source is supported.
    assert.ok(reads('HepG2 cells derived from HCC showed hypoxia-induced IL-11 expression.', 'HYPOXIA induces IL11 [ctx HEPG2]'));
    assert.equal(verdictOf('IL-11 increased MMP-9 in tumour cells derived from breast cancer.'), 'supported');
  });

  test('"4T1-bearing mice", "B16 tumours": a line the lexicon lacks is an unknown context', () => {
    for (const text of ['IL-11 increased MMP-9 in 4T1-bearing mice.', 'IL-11 raised MMP-9 levels in B16-bearing mice.', 'IL-11 raised MMP-9 levels in 4T1 tumours.']) {
      assert.equal(verdictOf(text), 'unsupported/other-context', `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: lines and models the lexicon knows stay covered.
    for (const text of ['IL-11 increased MMP-9 in MDA-MB-231-bearing mice.', 'IL-11 increased MMP-9 in MDA-MB-231 tumours.', 'Sarilumab overcame sorafenib resistance in HCC-bearing mice.']) {
      assert.equal(verdictOf(text), 'supported', `${text}: ${claimsOf(text).join('; ')}`);
    }
  });

  test('a denied verb of seeing before the event: "We did not observe (failed to detect) X-induced Y", "induction of Y by X"', () => {
    for (const text of [
      'We did not observe an IL-11-induced increase in MMP-9 in MDA-MB-231 cells.',
      'We failed to detect any IL-11-induced rise in MMP-9 in MDA-MB-231 cells.',
      'We could not detect hypoxia-induced IL-11 secretion in MDA-MB-231 cells.',
      'We did not observe induction of ATF3 by sorafenib in HCC cells.',
      'No evidence of sorafenib-induced IL-6R expression was found in HCC cells.',
      'IL-11-induced MMP-9 expression did not occur in MDA-MB-231 cells.',
    ]) {
      assert.equal(verdictOf(text), 'contradicted', `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: a loss after the event makes it the loss's condition; the event seen stays supported.
    for (const text of [
      'We did not observe induction of IL-6R by sorafenib in ATF3-silenced HCC cells.',
      'We did not observe sorafenib-induced IL-6R expression in ATF3-silenced HCC cells.',
      'Sorafenib-induced IL-6R expression did not occur in ATF3-silenced HCC cells.',
      'We observed sorafenib-induced IL-6R expression in HCC cells.',
    ]) {
      assert.equal(verdictOf(text), 'supported', `${text}: ${claimsOf(text).join('; ')}`);
    }
  });

  test('"Among the MMPs, MMP-7 is induced by X": the fronted set is no participant beside the name in its role', () => {
    for (const text of ['Among the MMPs, MMP-7 is induced by IL-11 in MDA-MB-231 cells.', 'Among cytokines, IL-8 raised MMP-9 in MDA-MB-231 cells.']) {
      assert.equal(verdictOf(text), 'unsupported/no-evidence', `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(!claimsOf(text).some((c) => /\b(?:MMPS|CYTOKINE)\b/.test(c)), `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: a member the library has a finding on stays supported.
    assert.equal(verdictOf('Among the MMPs, MMP-9 is induced by IL-11 in MDA-MB-231 cells.'), 'supported');
    assert.equal(verdictOf('Among the cytokines tested, IL-11 raised MMP-9 in MDA-MB-231 cells.'), 'supported');
  });

  test('"AGS gastric cells", "the gastric AGS line": a line the lexicon lacks past an organ\'s adjective is an unknown context', () => {
    for (const text of ['IL-11 increased MMP-9 in AGS gastric cells.', 'IL-11 increased MMP-9 in the gastric AGS line.']) {
      assert.equal(verdictOf(text), 'unsupported/other-context', `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: a known line so written stays covered; a number of lines of therapy names no line.
    for (const text of ['IL-11 increased MMP-9 in MDA-MB-231 mammary cells.', 'IL-11 increased MMP-9 in the MDA-MB-231 line.']) {
      assert.equal(verdictOf(text), 'supported', `${text}: ${claimsOf(text).join('; ')}`);
    }
    assert.equal(verdictOf('After 2 lines of therapy, sorafenib induced IL-6R in HCC.'), 'supported');
  });
});
