// "evasion of apoptosis", "apoptosis evasion" name less of the process (vocabulary.ts decreasingNouns), and a fall
// that is itself a later member of a comma list ("drives proliferation, inhibition of apoptosis and tumour growth")
// does not lower the outer list's later members (roles.ts fallIsOuterMember). Issue 7, stop 48: "X leads to evasion
// of apoptosis" was read as X inducing apoptosis (supported by a finding that X raises it), and tumour growth after
// "inhibition of apoptosis and" as lowered (a false contradiction).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));

suite('evasion of a process, and a fall inside an outer list', () => {
  test('"evasion of" and "evasion" after the process lower it', () => {
    const cases: [string, string, string][] = [
      ['NT157 leads to evasion of apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
      ['NT157 results in apoptosis evasion in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
      ['IL-6 promotes evasion of apoptosis in HCC cells.', 'IL6 suppresses APOPTOSIS', 'IL6 promotes APOPTOSIS'],
    ];
    for (const [text, right, wrong] of cases) {
      assert.ok(reads(text, right), `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(!reads(text, wrong), `${text}: ${claimsOf(text).join('; ')}`);
    }
    assert.equal(onlySentence('NT157 leads to evasion of apoptosis in HCC cells.', kb).verdict, 'contradicted');
    assert.equal(onlySentence('IL-6 promotes evasion of apoptosis in HCC cells.', kb).verdict, 'supported');
  });

  test('a fallen member of a comma list leaves the later members as the verb reads them', () => {
    for (const text of ['IL-6 drives proliferation, inhibition of apoptosis and tumour growth in HCC.', 'IL-6 drives proliferation, evasion of apoptosis, and tumour growth in HCC.']) {
      assert.ok(reads(text, 'IL6 suppresses APOPTOSIS'), `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(reads(text, 'IL6 promotes TUMOR_GROWTH'), `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(!reads(text, 'IL6 suppresses TUMOR_GROWTH'), `${text}: ${claimsOf(text).join('; ')}`);
    }
    // Near miss: the fall heads the list, so every member falls.
    assert.ok(reads('NT157 caused a decrease in IRS-1, STAT3 and proliferation in HCC.', 'NT157 suppresses CELL_PROLIFERATION'));
    assert.ok(reads('NT157 caused a decrease in proliferation and tumour growth in HCC.', 'NT157 suppresses TUMOR_GROWTH'));
  });
  test('"abrogation of", "avoidance of", "X resistance" and "led to defective X" lower the process', () => {
    const cases: [string, string, string][] = [
      ['NT157 leads to the abrogation of apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
      ['NT157 results in the avoidance of apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
      ['NT157 confers apoptosis resistance on HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 promotes APOPTOSIS'],
      ['NT157 leads to defective apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
    ];
    for (const [text, right, wrong] of cases) {
      assert.ok(reads(text, right), `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(!reads(text, wrong), `${text}: ${claimsOf(text).join('; ')}`);
    }
    // The same turn backs a claim the library reports that way.
    assert.equal(onlySentence('IL-6 confers apoptosis resistance on HCC cells.', kb).verdict, 'supported');
  });
});
