// Stop 48 (h-prec48c): two readings the earlier precision helpers left open.
// - "In STAT3-deficient cells, X raises Y": a fronted place named by what its cells lack is a condition of the claim
//   (lostPlace.ts, the rule of a loss for a place), never an inverted agent (roles.ts lostCellsNamed); read as STAT3
//   lowering Y, a false contradiction.
// - "X causes the failure of M to V": M's own act fails; the cause verb between gave "X raises M" in the last-resort
//   reader (lastResort.ts, vocabulary.ts failureNouns shared with extract.ts failureOf).
// - "X caused reduced apoptosis in HCC cells": the participle describes the cause verb's object; the cells are the
//   claim's place, no partner of an association (extract.ts objectOfCause).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));

suite('a fronted place that lacks Z; the failure of M to act', () => {
  test('"In Z-deficient cells, X raises Y": Z is no agent', () => {
    for (const text of [
      'In STAT3-deficient cells, IL-11 raises MMP-3.',
      'In STAT3-null cells, IL-11 raises MMP-3.',
      'In STAT3-silenced MDA-MB-231 cells, IL-11 raises MMP-3.',
      'In STAT3-deficient cells IL-11 raises MMP-3.',
    ]) {
      assert.ok(reads(text, 'IL11 increases MMP3'), `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(!claimsOf(text).some((c) => c.startsWith('STAT3 ')), `${text}: ${claimsOf(text).join('; ')}`);
    }
    assert.equal(onlySentence('In STAT3-deficient cells, IL-11 raises MMP-3.', kb).verdict, 'supported');
    // Near misses: with no agent, the place's loss still says what Z does (manipulatedGroup.ts); after the verb, as before.
    assert.ok(reads('In STAT3-deficient cells, MMP-3 fell.', 'STAT3 increases MMP3'));
    assert.ok(reads('MMP-3 was raised in STAT3-deficient cells.', 'STAT3 decreases MMP3'));
    assert.ok(reads('STAT3-deficient cells show lower MMP-3.', 'STAT3 increases MMP3'));
    // A treated place stays as it was: the drug is no loss.
    assert.ok(reads('In IL-6-treated cells, IL-11 raises MMP-3.', 'IL11 increases MMP3'));
  });

  test('"X causes the failure of M to V" reads no rise of M', () => {
    for (const text of ['NT157 causes the failure of STAT3 to activate.', 'NT157 causes the inability of STAT3 to activate in HCC cells.']) {
      assert.ok(!reads(text, 'NT157 increases STAT3'), `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: the cause verb with the act itself, and a failure of a process, are read as before.
    assert.ok(reads('NT157 causes activation of STAT3.', 'NT157 induces STAT3'));
    assert.ok(reads('NT157 causes a failure of apoptosis.', 'NT157 suppresses APOPTOSIS'));
  });

  test('"X caused reduced Y in HCC cells": the cells are no association partner', () => {
    for (const [text, claim] of [
      ['NT157 caused reduced apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS'],
      ['NT157 caused decreased proliferation of HCC cells.', 'NT157 suppresses CELL_PROLIFERATION'],
    ] as const) {
      assert.ok(reads(text, claim), `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(!claimsOf(text).some((c) => c.startsWith('HCC associated-with')), `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near misses: a level said of a name in the disease, with no cause verb before it, stays the association.
    assert.ok(reads('IL-6 is elevated in HCC.', 'HCC associated-with(positive) IL6'));
    assert.ok(reads('IL-11 was reduced in HCC cells.', 'HCC associated-with(negative) IL11'));
  });
});
