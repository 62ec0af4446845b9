// Stop 49 (h-prec49b): shapes the first precision round left open.
// - "Y rose within 30 minutes of X stimulation": the "of" after a time that "within" opens names a time after X, as
//   "after X stimulation" does (scan.ts prepositionWord); it was read as Y raising X.
// - "Y induction by X was abolished in C" (no agent, no loss named): the event was not there (deniedObservation.ts).
// - "no induction of Y by X in Z-silenced cells": the loss after it says the event needs Z, as the denied verb of
//   seeing already had it (extract.ts nominalDenied).
// - "At no point did X raise Y", "Never did X raise Y": a fronted negative with an inverted auxiliary denies the verb;
//   "X did not fail to raise Y" asserts it (extract.ts negativeInversion, isNegated).
// - "In the stomach, X raised Y in tumour cells": the fronted organ places the tumour cells (frontedOrgan.ts).
// - "Whereas X raised Y in other cells, it lowered it in HCC cells": the contrast clause's claim speaks of unnamed
//   places and goes, rather than take HCC from the main clause (otherPlaceClause.ts).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const verdictOf = (text: string): string => labelOf(text, kb);
const check = (text: string, claim: string, verdict: string): void => {
  assert.ok(claimsOf(text).includes(claim), `${text}: ${claimsOf(text).join('; ')}`);
  assert.equal(verdictOf(text), verdict, text);
};

suite('stop 49 (h-prec49b): a time after a cause, an undone event, a loss after "no", fronted negatives', () => {
  test('"Y rose within 30 minutes of X stimulation": X raises Y', () => {
    check('STAT3 phosphorylation increased within 30 minutes of IL-6 stimulation.', 'IL6 increases STAT3', 'supported');
    check('STAT3 phosphorylation increased within minutes of IL-6 addition.', 'IL6 increases STAT3', 'supported');
    check('MMP-9 expression increased within 24 hours of IL-11 treatment in MDA-MB-231 cells.', 'IL11 increases MMP9 [ctx MDA_MB_231]', 'supported');
    check('MMP-9 expression decreased within 24 hours of IL-11 treatment.', 'IL11 decreases MMP9', 'contradicted');
    // Near misses: "of" with no time that "within" opens keeps its reading; a time alone reads nothing.
    assert.ok(!claimsOf('STAT3 phosphorylation increased within 30 minutes.').some((c) => c.includes('IL6')));
    check('STAT3 phosphorylation increased 30 minutes after IL-6 stimulation.', 'IL6 increases STAT3', 'supported');
  });

  test('"Y induction by X was abolished in C", nothing named that undid it: the event is denied', () => {
    check('MMP-9 induction by IL-11 was abolished in MDA-MB-231 cells.', 'NOT IL11 induces MMP9 [ctx MDA_MB_231]', 'contradicted');
    check('IL-11-induced MMP-9 expression was completely abolished.', 'NOT IL11 induces MMP9', 'contradicted');
    check('The induction of MMP-9 by IL-11 was lost in MDA-MB-231 cells.', 'NOT IL11 induces MMP9 [ctx MDA_MB_231]', 'contradicted');
    check('STAT3 activation by IL-6 was abrogated in HCC cells.', 'NOT IL6 activates STAT3 [ctx HCC]', 'contradicted');
    // Near misses: an agent, a loss or a blocker named anywhere, and the event stands.
    for (const text of [
      'MMP-9 induction by IL-11 was abolished by NT157 in MDA-MB-231 cells.',
      'MMP-9 induction by IL-11 was abolished when ATF3 was silenced.',
      'MMP-9 induction by IL-11 was abolished in the presence of NT157.',
      'In ATF3-silenced cells, MMP-9 induction by IL-11 was abolished.',
      'MMP-9 induction by IL-11 was abolished in NT157-treated cells.',
    ]) {
      assert.ok(!claimsOf(text).some((c) => c.startsWith('NOT ')), `${text}: ${claimsOf(text).join('; ')}`);
    }
  });

  test('"no induction of Y by X in Z-silenced cells": the loss says the event needs Z, no denial', () => {
    for (const text of [
      'We found no induction of IL-6R by sorafenib in ATF3-silenced cells.',
      'There was no induction of MMP-9 by IL-11 in cells lacking STAT3.',
      'We saw no activation of STAT3 by IL-6 in the absence of gp130.',
    ]) {
      assert.ok(!claimsOf(text).some((c) => c.startsWith('NOT ')), `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: with no loss, the denial stands.
    check('We found no induction of IL-6R by sorafenib in HCC cells.', 'NOT SORAFENIB induces IL6R [ctx HCC]', 'contradicted');
    check('There was no induction of MMP-9 by IL-11 in MDA-MB-231 cells.', 'NOT IL11 induces MMP9 [ctx MDA_MB_231]', 'contradicted');
  });

  test('"At no point did X raise Y", "Never did X raise Y": denied; "X did not fail to raise Y": asserted', () => {
    check('At no point did IL-11 increase MMP-9 in MDA-MB-231 cells.', 'NOT IL11 increases MMP9 [ctx MDA_MB_231]', 'contradicted');
    check('In no case did IL-11 increase MMP-9.', 'NOT IL11 increases MMP9', 'contradicted');
    check('Never did IL-11 increase MMP-9.', 'NOT IL11 increases MMP9', 'contradicted');
    check('IL-11 did not fail to raise MMP-9 in MDA-MB-231 cells.', 'IL11 increases MMP9 [ctx MDA_MB_231]', 'supported');
    check('IL-11 never failed to induce MMP-9 in MDA-MB-231 cells.', 'IL11 induces MMP9 [ctx MDA_MB_231]', 'supported');
    // Near misses: a fronted phrase with no negative, and a plain failure, read as before.
    check('At this point, IL-11 increased MMP-9.', 'IL11 increases MMP9', 'supported');
    check('IL-11 failed to raise MMP-9 in MDA-MB-231 cells.', 'NOT IL11 increases MMP9 [ctx MDA_MB_231]', 'contradicted');
  });

  test('"In the stomach, X raised Y in tumour cells": the claim is about the organ\'s cancer', () => {
    check('In the stomach, IL-11 increased MMP-9 in tumour cells.', 'IL11 increases MMP9 [ctx GASTRIC_CANCER]', 'unsupported/other-context');
    check('In the liver, IL-6 increased STAT3 in tumour cells.', 'IL6 increases STAT3 [ctx LIVER_CANCER]', 'supported');
    check('In the breast, IL-11 increased MMP-9 in tumour cells.', 'IL11 increases MMP9 [ctx BREAST_CANCER]', 'supported');
    check('IL-11 increased MMP-9 in tumour cells of the stomach.', 'IL11 increases MMP9 [ctx GASTRIC_CANCER]', 'unsupported/other-context');
    // Near misses: an organ with no tumour word names no context; a named cancer stays as it was; cells of no organ.
    check('IL-11 increased MMP-9 in tumour cells of the mice.', 'IL11 increases MMP9 [ctx CANCER]', 'supported');
    check('In the stomach, IL-11 increased MMP-9.', 'IL11 increases MMP9', 'supported');
    check('In breast tumours, IL-11 increased MMP-9 in cancer cells.', 'IL11 increases MMP9 [ctx BREAST_CANCER,CANCER]', 'supported');
  });

  test('"Whereas X raised Y in other cells, ...": the contrast clause\'s claim does not take the main clause\'s place', () => {
    for (const text of [
      'Whereas IL-6 raised STAT3 in other cells, it lowered it in HCC cells.',
      'While IL-11 increases MMP-9 in many other cancers, it failed to do so in gastric cancer cells.',
    ]) {
      assert.ok(!claimsOf(text).some((c) => c.startsWith('IL6 increases') || c.startsWith('IL11 increases')), `${text}: ${claimsOf(text).join('; ')}`);
      assert.notEqual(verdictOf(text), 'supported', text);
    }
    check('Whereas IL-6 raised STAT3 in other cells, sorafenib lowered STAT3 in HCC cells.', 'SORAFENIB decreases STAT3 [ctx HCC]', 'unsupported/no-evidence');
    // Near misses: a named place in the contrast clause stays; a pair the main clause names again stays.
    check('Whereas IL-6 raised STAT3 in breast cancer cells, IL-6 lowered STAT3 in HCC cells.', 'IL6 increases STAT3 [ctx BREAST_CANCER]', 'contradicted');
    check('Although IL-6 raised STAT3 in other cells, IL-6 also raised STAT3 in HCC cells.', 'IL6 increases STAT3 [ctx HCC]', 'supported');
  });
});
